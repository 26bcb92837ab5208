"""The OpenAPI 3 description of every endpoint, served at /openapi.json."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

bp = Blueprint("openapi", __name__)

_ERROR = {"description": "bad input", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_FACT = {
    "type": "object",
    "required": ["value", "unit", "indicator", "region", "year", "source", "iri"],
    "properties": {
        "value": {"type": "number"}, "unit": {"type": "string"}, "indicator": {"type": "string"},
        "actor": {"type": ["string", "null"]}, "region": {"type": "string"}, "year": {"type": "integer"},
        "source": {"type": "string", "description": "the sentence the fact comes from"},
        "iri": {"type": "string"}, "computed": {"type": "boolean"},
        "qualifier": {"type": ["string", "null"],
                      "enum": ["atLeast", "atMost", "moreThan", "approximate", "increase", "decrease", None]},
        "section": {"type": ["string", "null"], "description": "the section of the report"},
        "scope": {"type": ["string", "null"],
                  "description": "the part of the place the figure alone is of (a town, a community, 市本级)"},
    },
}
_ANSWER = {
    "type": "object",
    "required": ["question", "answered", "status", "answer", "kind", "facts", "sparql", "confidence", "suggestions"],
    "properties": {
        "question": {"type": "string"},
        "answered": {"type": "boolean"},
        "status": {"type": "string", "enum": ["answered", "ambiguous", "not_understood", "no_data"]},
        "answer": {"type": "string"},
        "kind": {"type": ["string", "null"]},
        "facts": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}},
        "sparql": {"type": "string"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "suggestions": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "report": {"type": ["object", "null"]},
        "context": {"type": ["object", "null"], "description": "send back with a follow-up question"},
    },
}
_SPARQL_OUT = {
    "description": "results (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE), by content negotiation",
    "headers": {"X-Result-Capped": {"description": "present when rows were cut at the cap",
                                    "schema": {"type": "integer"}}},
    "content": {t: {} for t in ["application/sparql-results+json", "application/sparql-results+xml",
                                "text/csv", "text/tab-separated-values", "text/turtle",
                                "application/n-triples", "application/ld+json", "application/rdf+xml"]},
}
# SPARQL text: not blank (its grammar is the parser's to check: a malformed query is a 400)
_QUERY = {"type": "string", "minLength": 1, "pattern": "\\S"}
# an absolute IRI: a scheme, then no character the SPARQL/Turtle IRIREF excludes
_IRI = {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\\\\x00-\\x20]*$"}
_BODY_ERRORS = {
    "400": _ERROR,
    "408": {**_ERROR, "description": "the body was not received within KGQA_BODY_TIMEOUT"},
    "413": {**_ERROR, "description": "the body is larger than KGQA_MAX_CONTENT_LENGTH"},
}
_SPARQL_ERRORS = {
    **_BODY_ERRORS,
    "403": {**_ERROR, "description": "updates and SERVICE are refused"},
    "406": {**_ERROR, "description": "no acceptable result type"},
    "413": {**_ERROR, "description": "the body or the query is too long (KGQA_MAX_CONTENT_LENGTH, "
                                     "KGQA_SPARQL_MAX_QUERY_LENGTH)"},
    "503": {**_ERROR, "description": "overloaded (too many queries at once), or the query was stopped at "
                                     "its time or memory limit; see Retry-After",
            "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
}


def request_schemas(max_question: int = 500) -> dict:
    """The JSON bodies the server accepts: published here, enforced by :mod:`service.bodies`.

    ``question`` and user turns are at most ``max_question`` characters
    (``MAX_QUESTION_LENGTH``) and not blank; other members are free (clients
    send more than we read) but typed when read.
    """
    text = {"type": "string", "minLength": 1, "maxLength": max_question, "pattern": "\\S"}
    # OpenAI's content parts: [{"type": "text", "text": …}, {"type": "image_url", …}]; text parts are read
    part = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}},
            "if": {"properties": {"type": {"const": "text"}}},
            "then": {"required": ["text"], "properties": {"text": {"type": "string", "maxLength": max_question}}}}
    parts = {"type": "array", "items": part}
    user_turn = {"type": "object", "required": ["role", "content"],
                 "properties": {"role": {"const": "user"}, "content": {"anyOf": [text, {
                     **parts, "contains": {"type": "object", "required": ["type", "text"],
                                           "properties": {"type": {"const": "text"}, "text": text}}}]}}}
    return {
        "AskRequest": {
            "type": "object", "required": ["question"],
            "properties": {"question": text,
                           "context": {"type": ["object", "null"],
                                       "description": "the previous answer's context"}}},
        "ChatRequest": {
            "type": "object", "required": ["messages"],
            "properties": {
                "model": {"type": "string"}, "stream": {"type": "boolean"},
                "stream_options": {"type": "object", "properties": {"include_usage": {"type": "boolean"}}},
                "messages": {
                    "type": "array", "minItems": 1, "maxItems": 256,
                    "description": "the last user message with text is answered, the earlier ones are its context",
                    "items": {"type": "object", "required": ["role"],
                              "properties": {"role": {"type": "string"}},
                              "if": {"properties": {"role": {"const": "user"}}},
                              "then": {"properties": {"content": {"anyOf": [
                                  {"type": ["string", "null"], "maxLength": max_question}, parts]}}}},
                    "contains": user_turn}}},
        "RetrievalRequest": {
            "type": "object", "required": ["knowledge_id", "query"],
            "properties": {
                "knowledge_id": {"type": "string", "minLength": 1},
                "query": {"type": "string", "minLength": 1, "pattern": "\\S",
                          "description": f"the first {max_question} characters are answered"},
                "retrieval_setting": {"type": "object", "description": "Dify sends it; top_k 5 and no threshold without",
                                      "properties": {
                    "top_k": {"type": "integer", "minimum": 0},
                    "score_threshold": {"type": "number"}}}}},
    }


def spec(server: str, max_question: int = 500) -> dict:
    """The document; every operation also lists gunicorn's own 414 (a request line over 4094 bytes)."""
    doc = _spec(server, max_question)
    for operations in doc["paths"].values():
        for operation in operations.values():
            operation["responses"].setdefault("414", {**_ERROR, "description": "the request line is too long"})
    return doc


def _spec(server: str, max_question: int) -> dict:
    bodies = request_schemas(max_question)
    return {
        "openapi": "3.1.0",
        "info": {"title": "fazhi-kg", "version": "0.1.0",
                 "description": "Questions and SPARQL over rule-of-law government reports."},
        "servers": [{"url": server}],
        "paths": {
            "/api/ask": {
                "get": {
                    "summary": "Answer a question in Chinese",
                    "parameters": [{"name": "q", "in": "query", "required": True,
                                    "schema": bodies["AskRequest"]["properties"]["question"]},
                                   {"name": "context", "in": "query", "required": False,
                                    "description": "the previous answer's context, as JSON text",
                                    "content": {"application/json": {"schema": {"type": "object"}}}}],
                    "responses": {"200": {"description": "the answer",
                                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}},
                                  "400": _ERROR},
                },
                "post": {
                    "summary": "Answer a question in Chinese",
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/AskRequest"}}}},
                    "responses": {"200": {"description": "the answer",
                                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}},
                                  **_BODY_ERRORS},
                },
            },
            "/sparql": {
                "get": {
                    "summary": "SPARQL 1.1 query (no parameters: the service description)",
                    "parameters": [
                        {"name": "query", "in": "query", "schema": _QUERY},
                        {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": _IRI}},
                        {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": _IRI}},
                    ],
                    "responses": {"200": _SPARQL_OUT, **_SPARQL_ERRORS},
                },
                "post": {
                    "summary": "SPARQL 1.1 query by form or by application/sparql-query",
                    "requestBody": {"content": {
                        "application/x-www-form-urlencoded": {"schema": {
                            "type": "object", "required": ["query"], "properties": {
                                "query": _QUERY, "default-graph-uri": _IRI, "named-graph-uri": _IRI}}},
                        "application/sparql-query": {"schema": _QUERY}}},
                    "responses": {"200": _SPARQL_OUT, **_SPARQL_ERRORS},
                },
            },
            "/store": {
                "get": {
                    "summary": "Graph Store Protocol (read): one report's graph, or ?default",
                    "parameters": [{"name": "graph", "in": "query", "schema": _IRI},
                                   {"name": "default", "in": "query", "allowEmptyValue": True,
                                    "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "the graph", "content": {
                        t: {} for t in ["text/turtle", "application/n-triples", "application/ld+json",
                                        "application/rdf+xml"]}},
                        "400": _ERROR, "404": _ERROR, "406": _ERROR},
                },
            },
            "/v1/models": {"get": {"summary": "OpenAI-compatible model list (KGQA_API_KEY: Bearer token)",
                                   "responses": {"200": {"description": "one model, fazhi-kg"},
                                                 "401": {"description": "missing or wrong API key"}}}},
            "/v1/models/{model}": {"get": {
                "summary": "one model", "parameters": [{"name": "model", "in": "path", "required": True,
                                                        "schema": {"type": "string"}}],
                "responses": {"200": {"description": "fazhi-kg"}, "404": {"description": "no such model"},
                              "401": {"description": "missing or wrong API key"}}}},
            "/v1/chat/completions": {"post": {
                "summary": "OpenAI-compatible chat: answers the last user message, in the context of the earlier ones",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ChatRequest"}}}},
                "responses": {"200": {"description": "chat.completion, or chat.completion.chunk events",
                                      "content": {"application/json": {}, "text/event-stream": {}}},
                              **{code: {"description": r["description"], "content": {"application/json": {
                                  "schema": {"$ref": "#/components/schemas/OpenAIError"}}}}
                                 for code, r in _BODY_ERRORS.items()},
                              "401": {"description": "missing or wrong API key (KGQA_API_KEY)",
                                      "content": {"application/json": {
                                          "schema": {"$ref": "#/components/schemas/OpenAIError"}}}}}}},
            "/retrieval": {"post": {
                "summary": "Dify external knowledge API",
                "security": [{}, {"bearer": []}],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/RetrievalRequest"}}}},
                "responses": {"200": {"description": "records", "content": {"application/json": {}}},
                              **_BODY_ERRORS,
                              "403": {"description": "1001 bad Authorization header, 1002 authorization failed",
                                      "content": {"application/json": {}}},
                              "404": {"description": "2001 unknown knowledge base", "content": {"application/json": {}}}}}},
            "/search": {"get": {"summary": "entities by Chinese label or alias (HTML, or JSON by Accept)",
                                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                                "responses": {"200": {"description": "matches",
                                                      "content": {"text/html": {}, "application/json": {}}}}}},
            "/describe": {"get": {"summary": "any IRI of the graph: HTML, Turtle, JSON-LD or N-Triples by Accept",
                                  "parameters": [{"name": "iri", "in": "query", "required": True,
                                                  "schema": {**_IRI, "pattern": "^(https?://|urn:)"}}],
                                  "responses": {"200": {"description": "the resource"}, "400": _ERROR,
                                                "404": _ERROR, "406": _ERROR}}},
            "/id/{path}": {"get": {"summary": "dereferenceable IRIs under the base IRI (as /describe)",
                                   "parameters": [{"name": "path", "in": "path", "required": True,
                                                   "schema": {"type": "string"}}],
                                   "responses": {"200": {"description": "the resource"}, "404": _ERROR,
                                                 "406": _ERROR}}},
            "/api/neighbourhood": {"get": {"summary": "nodes and edges around an IRI (networkx view)",
                                           "parameters": [{"name": "iri", "in": "query", "required": True,
                                                           "schema": {"type": "string", "minLength": 1}},
                                                          {"name": "radius", "in": "query",
                                                           "schema": {"type": "integer", "minimum": 1, "maximum": 2}}],
                                           "responses": {"200": {"description": "cytoscape.js elements"},
                                                         "400": _ERROR}}},
            "/widget.js": {"get": {"summary": "the embeddable chat widget",
                                   "responses": {"200": {"description": "JavaScript"}}}},
            "/healthz": {"get": {"summary": "process up", "responses": {"200": {"description": "ok"}}}},
            "/readyz": {"get": {"summary": "graph loaded: triple count, graphs, reports",
                                "responses": {"200": {"description": "ready"}}}},
            "/openapi.json": {"get": {"summary": "this document", "responses": {"200": {"description": "OpenAPI 3"}}}},
        },
        "components": {
            "schemas": {
                "Answer": _ANSWER, "Fact": _FACT, **bodies,
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
                "OpenAIError": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}}},
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "required when KGQA_DIFY_API_KEY is set"}},
        },
    }


@bp.get("/openapi.json")
def openapi():
    # the configured public URL, never the Host header; relative ("/") when none is configured
    return jsonify(spec(current_app.config["BASE_URL"].rstrip("/") or "/",
                        int(current_app.config["MAX_QUESTION_LENGTH"])))
