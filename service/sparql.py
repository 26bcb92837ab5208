"""SPARQL 1.1 Protocol (query) and the read side of the Graph Store Protocol.

Read-only and bounded: updates and SERVICE are refused before anything runs,
and each query runs in a child process (:mod:`service.runner`) under a time
limit and a row cap.
"""

from __future__ import annotations

import re
import threading

import pyoxigraph as ox
from cachetools import LRUCache, cached
from flask import Blueprint, Response, current_app, jsonify, request, url_for

from service.runner import QueryError, QueryTimeout

bp = Blueprint("sparql", __name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
_OX_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
             "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
# functions whose value changes from one evaluation to the next: such queries are never reused
_VOLATILE = re.compile(r"\b(RAND|NOW|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)


def result_cache(run, max_bytes: int):
    """``run`` (a :class:`QueryRunner`'s) with its results kept, up to ``max_bytes`` of bodies.

    The graph does not change while the server runs, so a query asked again
    in the same form (dashboards, notebooks re-run) has the same answer; the
    least recently used results go first. Errors and time-outs are not kept.
    """
    if max_bytes <= 0:
        return run

    def key(query, options, result_format, graph_format, max_rows, timeout):
        return (query, tuple(options["default_graph"]), tuple(options["named_graphs"]),
                result_format, graph_format, max_rows)

    cache = LRUCache(maxsize=max_bytes, getsizeof=lambda outcome: len(outcome.body) + 1)
    return cached(cache, key=key, lock=threading.Lock(), info=True)(run)


def _error(status: int, message: str):
    return jsonify(error=message), status


def _best(types: dict[str, str]) -> str | None:
    """The client's preferred type among ``types`` (q-values honoured); first one if no Accept."""
    if not request.accept_mimetypes:
        return next(iter(types))
    return request.accept_mimetypes.best_match(list(types))


def _read_query() -> tuple[str | None, tuple | None]:
    if "update" in request.values or request.mimetype == "application/sparql-update":
        return None, _error(403, "this endpoint is read-only: SPARQL Update is not accepted")
    if request.method == "POST":
        if request.mimetype == "application/sparql-query":
            return request.get_data(as_text=True), None
        if request.mimetype not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return None, _error(400, f"unsupported content type {request.mimetype!r}: use "
                                     "application/sparql-query or a form")
        return request.form.get("query"), None
    return request.args.get("query"), None


def service_description() -> Response:
    endpoint = url_for("sparql.sparql", _external=True)
    store = current_app.extensions["kg.store"]
    graphs = "".join(f"\n        sd:namedGraph [ sd:name <{g}> ] ;" for g in store.named_graphs())
    body = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .

[] a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:JSON-LD, fmt:RDF_XML ;
    sd:defaultDataset [ a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ] ;{graphs}
    ] .
"""
    return Response(body, mimetype="text/turtle")


def _wants_html() -> bool:
    """A browser: text/html named outright (not through */*) and preferred to results."""
    if "text/html" not in request.headers.get("Accept", ""):
        return False
    accept = request.accept_mimetypes
    named = any(mime == "text/html" and q > 0 for mime, q in accept)
    return named and accept.best_match(["text/html", *RESULT_TYPES, "text/turtle"]) == "text/html"


def editor_page(query: str = ""):
    from flask import render_template
    return render_template("sparql.html", query=query, examples=current_app.extensions["kg.examples"])


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    if request.method == "GET" and _wants_html() and "update" not in request.args:
        return editor_page(request.args.get("query", ""))
    if request.method == "GET" and not request.args:
        return service_description()
    query, err = _read_query()
    if err:
        return err
    if not query or not query.strip():
        return _error(400, "missing query parameter")
    bare = _STRINGS.sub(" ", query)
    if _UPDATE.search(bare):
        return _error(403, "this endpoint is read-only: updates are refused")
    if _SERVICE.search(bare):
        return _error(403, "federated queries (SERVICE) are disabled on this endpoint")
    result_mime, graph_mime = _best(RESULT_TYPES), _best(GRAPH_TYPES)
    if result_mime is None and graph_mime is None:
        return _error(406, "acceptable types: " + ", ".join([*RESULT_TYPES, *GRAPH_TYPES]))
    cfg = current_app.config
    options = {"default_graph": request.values.getlist("default-graph-uri"),
               "named_graphs": request.values.getlist("named-graph-uri")}
    run = current_app.extensions["kg.runner"].run if _VOLATILE.search(bare) \
        else current_app.extensions["kg.results"]
    try:
        out = run(
            query, options, RESULT_TYPES.get(result_mime, "json"), GRAPH_TYPES.get(graph_mime, "turtle"),
            int(cfg["SPARQL_MAX_ROWS"]), float(cfg["SPARQL_TIMEOUT"]))
    except QueryTimeout:
        return _error(503, f"the query ran past the {cfg['SPARQL_TIMEOUT']} s time limit and was stopped")
    except QueryError as e:
        return _error(400, str(e))
    mime = result_mime if out.kind == "results" else graph_mime
    if mime is None:
        return _error(406, "acceptable types for this query: " + ", ".join(
            RESULT_TYPES if out.kind == "results" else GRAPH_TYPES))
    resp = Response(out.body, mimetype=mime)
    if out.capped:
        resp.headers["X-Result-Capped"] = str(cfg["SPARQL_MAX_ROWS"])
    return resp


@bp.get("/store")
def graph_store():
    """Graph Store Protocol, read side: ``?graph=IRI`` or ``?default`` (the union)."""
    store = current_app.extensions["kg.store"]
    mime = _best(GRAPH_TYPES)
    if mime is None:
        return _error(406, "acceptable types: " + ", ".join(GRAPH_TYPES))
    if "default" in request.args and "graph" not in request.args:
        triples = set(store.triples())
    elif graph := request.args.get("graph"):
        if graph not in store.named_graphs():
            return _error(404, f"no graph named {graph}")
        triples = set(store.triples(graph))
    else:
        return _error(400, "use ?graph=IRI or ?default")
    fmt = _OX_GRAPH[GRAPH_TYPES[mime]]
    prefixes = dict(current_app.extensions["kg.prefixes"]) if fmt == ox.RdfFormat.TURTLE else None
    body = ox.serialize(sorted(triples, key=str), format=fmt, prefixes=prefixes)
    return Response(body, mimetype=mime)
