"""The HTTP layer: a thin Flask app over :mod:`kg`.

``create_app(config)`` opens the store once, at start (the folder ``kgqa build``
wrote, a remote SPARQL endpoint, or failing both a graph built in memory), and registers the blueprints: the ask API, SPARQL, and health.
"""

from __future__ import annotations

from flask import Flask, jsonify
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from kg.config import Config
from kg.qa import engine_for
from kg.store import StoreUnavailable, default_store
from service.runner import QueryRunner

DEFAULTS = {
    "MAX_QUESTION_LENGTH": 500,
    "SPARQL_TIMEOUT": 10.0,        # seconds
    "SPARQL_MAX_ROWS": 10_000,
    "CORS_ORIGINS": "*",
    "SPARQL_PROCESSES": 2,         # query children per server process
    "ANSWER_CACHE_SIZE": 4096,     # answers kept per server process; 0: none
    "SPARQL_CACHE_BYTES": 16 << 20,  # SPARQL results kept per server process; 0: none
}


PREFIXES = [
    ("qb", "http://purl.org/linked-data/cube#"), ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"), ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"), ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"), ("xsd", "http://www.w3.org/2001/XMLSchema#"),
]


def load_examples(folder) -> list[dict]:
    """The editor's example queries: ``data/queries/*.rq``, the first line a ``#`` title."""
    out = []
    for path in sorted(folder.glob("*.rq")):
        title, _, query = path.read_text(encoding="utf-8").partition("\n")
        out.append({"title": title.lstrip("# ").strip(), "query": query})
    return out


def _runner(store, size: int):
    """The SPARQL endpoint's runner: query children over the embedded store, or the remote one."""
    if store.forkable() is not None:
        return QueryRunner(store.forkable(), size=size)
    from service.remote import RemoteRunner
    return RemoteRunner(store)


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("KGQA")
    app.config.from_mapping(config or {})
    kg_config = app.config.get("KG_CONFIG") or Config()
    store = default_store(kg_config)
    app.extensions["kg.store"] = store
    app.extensions["kg.engine"] = engine_for(store, kg_config)
    app.extensions["kg.runner"] = _runner(store, int(app.config["SPARQL_PROCESSES"]))
    app.extensions["kg.examples"] = load_examples(kg_config.data_dir / "queries")
    app.extensions["kg.prefixes"] = [("fz", str(app.extensions["kg.engine"].iris.FZ)), *PREFIXES]

    CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]},
                         r"/widget.js": {"origins": "*"},
                         r"/v1/*": {"origins": app.config["CORS_ORIGINS"]}})

    from service import api, chatbots, health, openapi, sparql, ui
    app.extensions["kg.results"] = sparql.result_cache(app.extensions["kg.runner"].run,
                                                       int(app.config["SPARQL_CACHE_BYTES"]))
    app.extensions["kg.answers"] = api.answer_cache(app.extensions["kg.engine"], app.json.dumps,
                                                    int(app.config["ANSWER_CACHE_SIZE"]))
    app.register_blueprint(api.bp)
    app.register_blueprint(ui.bp)
    app.register_blueprint(chatbots.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(health.bp)

    @app.errorhandler(StoreUnavailable)
    def store_down(e: StoreUnavailable):
        return jsonify(error=f"the graph store is unavailable: {e}"), 503

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return jsonify(error=e.description or e.name), e.code

    return app
