"""SPARQL 1.1 Protocol (query) and the read side of the Graph Store Protocol.

Read-only and bounded: updates and SERVICE are refused before anything runs,
and each query runs in a child process (:mod:`service.runner`) under a time
limit and a row cap.
"""

from __future__ import annotations

import threading
from collections import namedtuple

import pyoxigraph as ox
from cachetools import LRUCache
from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import BadRequest

from service.runner import Overloaded, QueryError, QueryTimeout, QueryTooBig
from service.sparqlguard import Refused, check_depth

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
# ``format=`` / ``output=`` as Fuseki, Virtuoso and SPARQLWrapper send them: a name (or a media
# type) → (type for SELECT/ASK, type for CONSTRUCT/DESCRIBE); it overrides Accept, so a plain
# URL (pandas.read_csv, a spreadsheet's web import) gets CSV.
FORMAT_PARAMS = ("format", "output")
_NAMED = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None), "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"), "ttl": (None, "text/turtle"), "n3": (None, "text/turtle"),
    "nt": (None, "application/n-triples"), "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"), "json-ld": (None, "application/ld+json"),
    "rdf": (None, "application/rdf+xml"), "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
}
_OX_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
             "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
# a query text longer than this is not kept as a cache key (it is run, not remembered)
CACHE_KEY_CHARS = 4096
CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")


def result_cache(run, max_bytes: int):
    """``run`` (a :class:`QueryRunner`'s) with its results kept, up to ``max_bytes`` of bodies.

    The graph does not change while the server runs, so a query asked again
    in the same form (dashboards, notebooks re-run) has the same answer; the
    least recently used results go first.  Errors, time-outs and results of
    volatile queries (RAND, NOW, …: the child's parse says so) are not kept.
    Keys are bounded too: a query (with its dataset) longer than
    ``CACHE_KEY_CHARS`` runs without being kept.
    """
    if max_bytes <= 0:
        return run
    cache = LRUCache(maxsize=max_bytes, getsizeof=lambda outcome: len(outcome.body) + 1)
    lock, counts = threading.Lock(), {"hits": 0, "misses": 0}

    def run_or_keep(query, options, result_format, graph_format, max_rows, timeout):
        key = (query, tuple(options["default_graph"]), tuple(options["named_graphs"]),
               result_format, graph_format, max_rows)
        if sum(map(len, key[:3])) + sum(map(len, key[1] + key[2])) > CACHE_KEY_CHARS:
            return run(query, options, result_format, graph_format, max_rows, timeout)
        with lock:
            out = cache.get(key)
            counts["hits" if out is not None else "misses"] += 1
        if out is not None:
            return out
        out = run(query, options, result_format, graph_format, max_rows, timeout)
        if not out.volatile and len(out.body) < max_bytes:
            with lock:
                cache[key] = out
        return out

    def cache_info():
        with lock:
            return CacheInfo(counts["hits"], counts["misses"], max_bytes, cache.currsize)

    run_or_keep.cache_info = cache_info
    return run_or_keep


def _error(status: int, message: str, retry_after: int | None = None):
    resp = jsonify(error=message)
    resp.status_code = status
    if retry_after is not None:
        resp.headers["Retry-After"] = str(retry_after)
    return resp


def _best(types: dict[str, str]) -> str | None:
    """The client's preferred type among ``types`` (q-values honoured); first one if no Accept."""
    if not request.accept_mimetypes:
        return next(iter(types))
    return request.accept_mimetypes.best_match(list(types))


def requested_format() -> tuple[str | None, str | None] | None:
    """The (results type, graph type) named by ``format=`` or ``output=``; None if neither is given.

    Raises BadRequest for a name nobody knows."""
    name = next((request.values[p] for p in FORMAT_PARAMS if request.values.get(p)), None)
    if name is None:
        return None
    key = name.strip().lower()
    if key in _NAMED:
        return _NAMED[key]
    mime = key.split(";")[0].strip()
    if mime in RESULT_TYPES or mime in GRAPH_TYPES:
        return (mime if mime in RESULT_TYPES else None, mime if mime in GRAPH_TYPES else None)
    raise BadRequest(f"unknown format {name!r}: use one of {', '.join(_NAMED)} or a media type")


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
    endpoint = current_app.config["BASE_URL"].rstrip("/") + "/sparql"
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


@bp.after_request
def _vary(resp: Response) -> Response:
    """Responses here depend on Accept: caches must key on it (the editor page, results, graphs)."""
    resp.vary.add("Accept")
    return resp


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    if request.method == "GET" and _wants_html() and "update" not in request.args \
            and not any(p in request.args for p in FORMAT_PARAMS):
        return editor_page(request.args.get("query", ""))
    if request.method == "GET" and not request.args:
        return service_description()
    query, err = _read_query()
    if err:
        return err
    if not query or not query.strip():
        return _error(400, "missing query parameter")
    cfg = current_app.config
    if len(query) > int(cfg["SPARQL_MAX_QUERY_LENGTH"]):
        return _error(413, f"the query is longer than {cfg['SPARQL_MAX_QUERY_LENGTH']} characters")
    named = requested_format()
    result_mime, graph_mime = named if named else (_best(RESULT_TYPES), _best(GRAPH_TYPES))
    if result_mime is None and graph_mime is None:
        return _error(406, "acceptable types: " + ", ".join([*RESULT_TYPES, *GRAPH_TYPES]))
    options = {"default_graph": request.values.getlist("default-graph-uri"),
               "named_graphs": request.values.getlist("named-graph-uri")}
    runner = current_app.extensions["kg.runner"]
    timeout = float(cfg["SPARQL_TIMEOUT"])
    try:
        check_depth(query, int(cfg["SPARQL_MAX_DEPTH"]))   # the rest of the check runs in the child
        with runner.admitted():
            out = current_app.extensions["kg.results"](
                query, options, RESULT_TYPES.get(result_mime, "json"), GRAPH_TYPES.get(graph_mime, "turtle"),
                int(cfg["SPARQL_MAX_ROWS"]), timeout)
    except Refused as e:
        return _error(e.status, e.message)
    except Overloaded:
        return _error(503, "too many SPARQL queries at once: try again shortly", retry_after=1)
    except QueryTimeout:
        return _error(503, f"the query ran past the {cfg['SPARQL_TIMEOUT']} s time limit and was stopped",
                      retry_after=max(int(timeout), 1))
    except QueryTooBig:
        return _error(503, f"the query needed more than the {int(cfg['SPARQL_MEMORY_BYTES']) >> 20} MB "
                           "a query may use (or broke its process) and was stopped", retry_after=1)
    except QueryError as e:
        return _error(e.status, str(e))
    mime = result_mime if out.kind == "results" else graph_mime
    if mime is None:
        return _error(406, "acceptable types for this query: " + ", ".join(
            RESULT_TYPES if out.kind == "results" else GRAPH_TYPES))
    body = _prefixed(out.body) if mime == "text/turtle" else out.body
    resp = Response(body, mimetype=mime)
    if out.capped:
        resp.headers["X-Result-Capped"] = str(cfg["SPARQL_MAX_ROWS"])
    return resp


def _prefixed(turtle: bytes) -> bytes:
    """Turtle with the graph's prefixes (fz:, skos:, …) declared and used: readable in the
    editor and anywhere else, and the same triples."""
    triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(current_app.extensions["kg.prefixes"]))


@bp.get("/store")
def graph_store():
    """Graph Store Protocol, read side: ``?graph=IRI`` or ``?default`` (the union)."""
    store = current_app.extensions["kg.store"]
    named = requested_format()
    mime = named[1] if named else _best(GRAPH_TYPES)
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
