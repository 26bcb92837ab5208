"""Pages for people: the chat page, entity pages, search, and the embeddable widget."""

from __future__ import annotations

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from kg.describe import describe, triples
from kg.describe import search as find
from kg.netview import around, neighbourhood_json

bp = Blueprint("ui", __name__)

ENTITY_TYPES = {"text/html": None, "text/turtle": ox.RdfFormat.TURTLE,
                "application/ld+json": ox.RdfFormat.JSON_LD, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def base_iri() -> str:
    return current_app.extensions["kg.engine"].iris.base


@bp.app_template_filter("local")
def local(iri: str) -> str:
    """A graph IRI → the page of this server that shows it."""
    base = base_iri()
    if isinstance(iri, str) and iri.startswith((base + "id/", base + "def/", base + "graph/")):
        return "/" + iri[len(base):]
    return url_for("ui.describe_iri", iri=iri)


@bp.app_template_filter("short")
def short(iri: str) -> str:
    for prefix, ns in current_app.extensions["kg.prefixes"]:
        if isinstance(iri, str) and iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def examples(n: int = 6) -> list[str]:
    """Questions made from the default report's own figures, and the genre's list questions."""
    engine = current_app.extensions["kg.engine"]
    if not engine.reports:
        return []
    genre = engine.lx.example_questions
    return engine.suggestions(engine.reports[0], [])[: n - len(genre)] + genre


@bp.get("/")
def chat():
    return render_template("chat.html", examples=examples(), reports=current_app.extensions["kg.engine"].reports)


@bp.get("/search")
def search():
    q = (request.args.get("q") or "").strip()[:100]
    hits = find(current_app.extensions["kg.store"], q) if q else []
    if request.accept_mimetypes.best == "application/json":
        return jsonify(query=q, results=hits)
    return render_template("search.html", search_query=q, hits=hits)


FORMATS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}


def _entity(iri: str):
    try:
        ox.NamedNode(iri)
    except ValueError:   # no resource of the graph has a malformed name: nothing is said about it
        abort(404, description="nothing is said about that IRI (it is not a well-formed IRI)")
    store = current_app.extensions["kg.store"]
    mime = request.accept_mimetypes.best_match(list(ENTITY_TYPES)) if request.accept_mimetypes else "text/html"
    if request.args.get("format") in FORMATS:
        mime = FORMATS[request.args["format"]]
    if mime is None:
        return jsonify(error="acceptable types: " + ", ".join(ENTITY_TYPES)), 406
    if mime != "text/html":
        body = triples(store, iri)
        if not body:
            abort(404, description=f"nothing is said about {iri}")
        fmt = ENTITY_TYPES[mime]
        prefixes = dict(current_app.extensions["kg.prefixes"]) if fmt == ox.RdfFormat.TURTLE else None
        return Response(ox.serialize(body, format=fmt, prefixes=prefixes), mimetype=mime)
    info = describe(store, iri, str(current_app.extensions["kg.engine"].iris.FZ))
    if info is None:
        abort(404, description=f"nothing is said about {iri}")
    return render_template("entity.html", e=info, title=(info["labels"] or [iri])[0])


@bp.after_app_request
def _vary(resp):
    """Entity pages are HTML, Turtle, JSON-LD or N-Triples by Accept: caches must key on it."""
    if request.endpoint in ("ui.entity", "ui.describe_iri", "ui.vocabulary_term"):
        resp.vary.add("Accept")
    return resp


@bp.get("/describe")
def describe_iri():
    iri = request.args.get("iri", "")
    if not iri.startswith(("http://", "https://", "urn:")):
        abort(400, description="give ?iri= an absolute IRI")
    return _entity(iri)


@bp.get("/id/<path:rest>")
def entity(rest: str):
    return _entity(base_iri() + "id/" + rest)


@bp.get("/def/<path:rest>")
def vocabulary_term(rest: str):
    return _entity(base_iri() + "def/" + rest)


@bp.get("/graph/<path:rest>")
def named_graph(rest: str):
    """A report's named graph IRI: its content, from the Graph Store endpoint."""
    return redirect(url_for("sparql.graph_store", graph=base_iri() + "graph/" + rest), code=303)


@bp.get("/api/neighbourhood")
def neighbourhood():
    iri = request.args.get("iri", "")
    if not iri:
        abort(400, description="give ?iri= the IRI to draw around")
    radius = request.args.get("radius", "1")
    if radius not in ("1", "2"):
        abort(400, description="radius must be 1 or 2")
    radius = int(radius)
    if not iri.startswith(("http://", "https://", "urn:")):
        return jsonify(nodes=[], edges=[])
    hood = around(current_app.extensions["kg.store"], iri, radius)
    return jsonify(neighbourhood_json(hood, iri, radius))


# Machine endpoints answer errors in JSON whoever asks; everything else is a page.
MACHINE_PATHS = ("/api/", "/v1/", "/sparql", "/store", "/retrieval", "/openapi.json", "/healthz", "/readyz")
HEADINGS = {404: "找不到这个页面", 400: "请求有误", 405: "不支持这种请求方式", 406: "无法提供所要的格式"}


def wants_page() -> bool:
    """A browser navigating (text/html named and preferred to JSON) to a page, not an API."""
    if request.path.startswith(MACHINE_PATHS) or "text/html" not in request.headers.get("Accept", ""):
        return False
    return request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"


def error_page(e):
    """An HTTP error as a page of the site, in Chinese, with the way back."""
    heading = HEADINGS.get(e.code, "出错了")
    return render_template("error.html", code=e.code, heading=heading, message=e.description or ""), e.code


@bp.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico whatever the page says: the same SVG icon."""
    return current_app.send_static_file("favicon.svg")


@bp.get("/widget.js")
def widget():
    return current_app.send_static_file("widget.js")


@bp.get("/widget-demo")
def widget_demo():
    """A page that embeds the widget with its one tag, as a third-party site would."""
    return render_template("widget_demo.html")
