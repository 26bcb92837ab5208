"""The OpenAPI 3 description of every endpoint, served at /openapi.json."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

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
_SPARQL_ERRORS = {
    "400": _ERROR,
    "403": {"description": "updates and SERVICE are refused", "content": {"application/json": {}}},
    "406": {"description": "no acceptable result type", "content": {"application/json": {}}},
    "503": {"description": "stopped at the time limit", "content": {"application/json": {}}},
}


def spec(server: str) -> dict:
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
                                    "schema": {"type": "string", "minLength": 1, "maxLength": 500}}],
                    "responses": {"200": {"description": "the answer",
                                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}},
                                  "400": _ERROR},
                },
                "post": {
                    "summary": "Answer a question in Chinese",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["question"],
                        "properties": {"question": {"type": "string", "minLength": 1, "maxLength": 500},
                                       "context": {"type": ["object", "null"],
                                                   "description": "the previous answer's context"}}}}}},
                    "responses": {"200": {"description": "the answer",
                                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}},
                                  "400": _ERROR},
                },
            },
            "/sparql": {
                "get": {
                    "summary": "SPARQL 1.1 query (no parameters: the service description)",
                    "parameters": [
                        {"name": "query", "in": "query", "schema": {"type": "string"}},
                        {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                        {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    ],
                    "responses": {"200": _SPARQL_OUT, **_SPARQL_ERRORS},
                },
                "post": {
                    "summary": "SPARQL 1.1 query by form or by application/sparql-query",
                    "requestBody": {"content": {
                        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                            "query": {"type": "string"}, "default-graph-uri": {"type": "string"},
                            "named-graph-uri": {"type": "string"}}}},
                        "application/sparql-query": {"schema": {"type": "string"}}}},
                    "responses": {"200": _SPARQL_OUT, **_SPARQL_ERRORS},
                },
            },
            "/store": {
                "get": {
                    "summary": "Graph Store Protocol (read): one report's graph, or ?default",
                    "parameters": [{"name": "graph", "in": "query", "schema": {"type": "string"}},
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
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["messages"],
                    "properties": {"model": {"type": "string"}, "stream": {"type": "boolean"},
                                   "stream_options": {"type": "object", "properties": {
                                       "include_usage": {"type": "boolean"}}},
                                   "messages": {"type": "array", "items": {"type": "object"},
                                                "description": "content: a string or [{type: text, text}]"}}}}}},
                "responses": {"200": {"description": "chat.completion, or chat.completion.chunk events",
                                      "content": {"application/json": {}, "text/event-stream": {}}},
                              "400": {"description": "bad input", "content": {"application/json": {}}},
                              "401": {"description": "missing or wrong API key (KGQA_API_KEY)"}}}},
            "/retrieval": {"post": {
                "summary": "Dify external knowledge API",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["knowledge_id", "query", "retrieval_setting"],
                    "properties": {"knowledge_id": {"type": "string"}, "query": {"type": "string"},
                                   "retrieval_setting": {"type": "object", "properties": {
                                       "top_k": {"type": "integer"}, "score_threshold": {"type": "number"}}}}}}}},
                "responses": {"200": {"description": "records", "content": {"application/json": {}}},
                              "403": {"description": "1001 bad Authorization header, 1002 authorization failed",
                                      "content": {"application/json": {}}},
                              "404": {"description": "2001 unknown knowledge base", "content": {"application/json": {}}}}}},
            "/search": {"get": {"summary": "entities by Chinese label or alias (HTML, or JSON by Accept)",
                                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                                "responses": {"200": {"description": "matches",
                                                      "content": {"text/html": {}, "application/json": {}}}}}},
            "/describe": {"get": {"summary": "any IRI of the graph: HTML, Turtle, JSON-LD or N-Triples by Accept",
                                  "parameters": [{"name": "iri", "in": "query", "required": True,
                                                  "schema": {"type": "string"}}],
                                  "responses": {"200": {"description": "the resource"}, "404": _ERROR}}},
            "/id/{path}": {"get": {"summary": "dereferenceable IRIs under the base IRI (as /describe)",
                                   "parameters": [{"name": "path", "in": "path", "required": True,
                                                   "schema": {"type": "string"}}],
                                   "responses": {"200": {"description": "the resource"}, "404": _ERROR}}},
            "/api/neighbourhood": {"get": {"summary": "nodes and edges around an IRI (networkx view)",
                                           "parameters": [{"name": "iri", "in": "query", "required": True,
                                                           "schema": {"type": "string"}},
                                                          {"name": "radius", "in": "query",
                                                           "schema": {"type": "integer", "minimum": 1, "maximum": 2}}],
                                           "responses": {"200": {"description": "cytoscape.js elements"}}}},
            "/widget.js": {"get": {"summary": "the embeddable chat widget",
                                   "responses": {"200": {"description": "JavaScript"}}}},
            "/healthz": {"get": {"summary": "process up", "responses": {"200": {"description": "ok"}}}},
            "/readyz": {"get": {"summary": "graph loaded: triple count, graphs, reports",
                                "responses": {"200": {"description": "ready"}}}},
            "/openapi.json": {"get": {"summary": "this document", "responses": {"200": {"description": "OpenAPI 3"}}}},
        },
        "components": {"schemas": {
            "Answer": _ANSWER, "Fact": _FACT,
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
        }},
    }


@bp.get("/openapi.json")
def openapi():
    return jsonify(spec(request.host_url.rstrip("/")))
