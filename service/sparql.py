"""SPARQL 1.1 Protocol, read-only, bounded in time and rows.

Results are read lazily from Oxigraph with a deadline checked between rows,
so a runaway query is stopped and answered 503 rather than cut off mid-body;
SELECT/ASK results are written by rdflib's result serialisers, graphs by
Oxigraph's RDF serialisers.
"""

from __future__ import annotations

import re
import time

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, request
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.query import Result

bp = Blueprint("sparql", __name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                    re.IGNORECASE)


class Timeout(Exception):
    pass


def _error(status: int, message: str):
    return jsonify(error=message), status


def _to_rdflib(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _read_query():
    if "update" in request.values or request.mimetype == "application/sparql-update":
        return None, _error(403, "this endpoint is read-only: SPARQL Update is not accepted")
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True), None
    if request.method == "POST" and request.mimetype not in ("application/x-www-form-urlencoded",
                                                              "multipart/form-data"):
        return None, _error(400, f"unsupported content type {request.mimetype!r}")
    return request.values.get("query"), None


def _deadline_rows(iterator, deadline: float, cap: int):
    rows, capped = [], False
    for item in iterator:
        if time.monotonic() > deadline:
            raise Timeout
        if len(rows) >= cap:
            capped = True
            break
        rows.append(item)
    if time.monotonic() > deadline:
        raise Timeout
    return rows, capped


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    query, err = _read_query()
    if err:
        return err
    if not query:
        return _error(400, "missing query parameter")
    if UPDATE.search(query):
        return _error(403, "this endpoint is read-only: updates are refused")
    store = current_app.extensions["kg.store"].ox
    default_graphs = [ox.NamedNode(g) for g in request.values.getlist("default-graph-uri")]
    named_graphs = [ox.NamedNode(g) for g in request.values.getlist("named-graph-uri")]
    kwargs = {"use_default_graph_as_union": not default_graphs}
    if default_graphs:
        kwargs["default_graph"] = default_graphs
    if named_graphs:
        kwargs["named_graphs"] = named_graphs
    cfg = current_app.config
    deadline = time.monotonic() + float(cfg["SPARQL_TIMEOUT"])
    try:
        result = store.query(query, **kwargs)
    except SyntaxError as e:
        return _error(400, f"malformed query: {e}")
    try:
        if isinstance(result, ox.QueryBoolean):
            return _select_or_ask("ASK", bool(result), None, False)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows, capped = _deadline_rows(result, deadline, int(cfg["SPARQL_MAX_ROWS"]))
            return _select_or_ask("SELECT", names, rows, capped)
        triples, capped = _deadline_rows(result, deadline, int(cfg["SPARQL_MAX_ROWS"]))
        return _graph(triples, capped)
    except Timeout:
        return _error(503, f"the query ran past the {cfg['SPARQL_TIMEOUT']} s time limit and was stopped")
    except OSError as e:
        return _error(400, f"query failed: {e}")


def _select_or_ask(kind, payload, rows, capped):
    mime = request.accept_mimetypes.best_match(list(RESULT_TYPES), default="application/sparql-results+json")
    if request.accept_mimetypes and not request.accept_mimetypes.best_match(list(RESULT_TYPES)) \
            and "*/*" not in str(request.accept_mimetypes):
        return _error(406, "acceptable result types: " + ", ".join(RESULT_TYPES))
    res = Result(kind)
    if kind == "ASK":
        res.askAnswer = payload
    else:
        res.vars = [Variable(n) for n in payload]
        res.bindings = [{Variable(n): _to_rdflib(row[n]) for n in payload if row[n] is not None}
                        for row in rows]
    fmt = RESULT_TYPES[mime]
    if fmt == "tsv" and kind == "SELECT":
        # rdflib parses TSV results but has no serialiser: the format is terms in N-Triples syntax
        lines = ["\t".join(f"?{v}" for v in res.vars)]
        lines += ["\t".join(b[v].n3() if v in b else "" for v in res.vars) for b in res.bindings]
        body = "\n".join(lines) + "\n"
    else:
        body = res.serialize(format=fmt)
    resp = Response(body, mimetype=mime if mime != "application/json" else "application/sparql-results+json")
    if capped:
        resp.headers["X-Result-Capped"] = str(current_app.config["SPARQL_MAX_ROWS"])
    return resp


def _graph(triples, capped):
    mime = request.accept_mimetypes.best_match(list(GRAPH_TYPES), default="text/turtle")
    if request.accept_mimetypes and not request.accept_mimetypes.best_match(list(GRAPH_TYPES)) \
            and "*/*" not in str(request.accept_mimetypes):
        return _error(406, "acceptable graph types: " + ", ".join(GRAPH_TYPES))
    body = ox.serialize(triples, format=GRAPH_TYPES[mime])
    resp = Response(body, mimetype=mime)
    if capped:
        resp.headers["X-Result-Capped"] = str(current_app.config["SPARQL_MAX_ROWS"])
    return resp
