"""The HTTP layer: a thin Flask app over :mod:`kg`.

``create_app(config)`` builds the graph from the data folder once, at start,
and registers the blueprints: the ask API, SPARQL, and health.  The
hardening that applies to every endpoint (settings read with their types,
JSON errors, security headers, the public base URL, bounded request bodies)
is in :mod:`service.hardening`.
"""

from __future__ import annotations

from flask import Flask
from flask_cors import CORS

from kg.config import Config
from kg.netview import from_store
from kg.qa import engine_for
from kg.store import default_store
from service.hardening import cors_origins, harden, typed_settings
from service.runner import QueryRunner

DEFAULTS = {
    "MAX_QUESTION_LENGTH": 500,
    "SPARQL_TIMEOUT": 10.0,        # seconds
    "SPARQL_MAX_ROWS": 10_000,
    "CORS_ORIGINS": "*",           # origins allowed on /api/* and /v1/*: "*", one, or several comma-separated
    "SPARQL_PROCESSES": 2,         # query children per server process
    "ANSWER_CACHE_SIZE": 4096,     # answers kept per server process; 0: none
    "SPARQL_CACHE_BYTES": 16 << 20,  # SPARQL results kept per server process; 0: none
    "SPARQL_QUEUE": 2,             # SPARQL queries that may wait for a busy child; more → 503 + Retry-After
    "SPARQL_MEMORY_BYTES": 256 << 20,  # memory a query child may grow by (RLIMIT_AS); 0: no cap
    "SPARQL_MAX_DEPTH": 16,        # deepest nesting of { ( [ (and chained unary operators) accepted
    "SPARQL_MAX_QUERY_LENGTH": 20_000,  # characters; longer → 413
    "MAX_CONTENT_LENGTH": 1 << 20,  # request body bytes (Flask's own setting); larger → 413
    "JSON_MAX_DEPTH": 32,          # deepest nesting of a JSON body or ?context=; deeper → 400
    "BODY_TIMEOUT": 10.0,          # seconds a client may take to send a request body; slower → 408
    "THREADS": 16,                 # gunicorn threads per worker (SPARQL holds at most PROCESSES + QUEUE)
    "BASE_URL": "",                # public URL of the service (https://host/prefix); "": links stay relative
    "DIFY_API_KEY": "",            # Bearer key /retrieval requires; "": no key required
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


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("KGQA")
    app.config.from_mapping(typed_settings(DEFAULTS))
    app.config.from_mapping(config or {})
    kg_config = app.config.get("KG_CONFIG") or Config()
    store = default_store(kg_config)
    app.extensions["kg.store"] = store
    app.extensions["kg.engine"] = engine_for(store, kg_config)
    app.extensions["kg.runner"] = QueryRunner(store.ox, size=int(app.config["SPARQL_PROCESSES"]),
                                              waiting=int(app.config["SPARQL_QUEUE"]),
                                              memory=int(app.config["SPARQL_MEMORY_BYTES"]),
                                              max_depth=int(app.config["SPARQL_MAX_DEPTH"]))

    app.extensions["kg.netview"] = from_store(store)
    app.extensions["kg.examples"] = load_examples(kg_config.data_dir / "queries")
    app.extensions["kg.prefixes"] = [("fz", str(app.extensions["kg.engine"].iris.FZ)), *PREFIXES]

    origins = cors_origins(app.config["CORS_ORIGINS"])
    CORS(app, resources={r"/api/*": {"origins": origins},
                         r"/widget.js": {"origins": "*"},
                         r"/v1/*": {"origins": origins}})

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
    harden(app)
    return app
