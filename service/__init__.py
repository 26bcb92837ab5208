"""The HTTP layer: a thin Flask app over :mod:`kg`.

``create_app(config)`` opens the store once, at start (the folder ``kgqa build``
wrote, a remote SPARQL endpoint, or failing both a graph built in memory), and
registers the blueprints: the ask API, SPARQL, and health.  The hardening that
applies to every endpoint (JSON errors, security headers, the public base URL,
bounded request bodies) is in :mod:`service.hardening`.
"""

from __future__ import annotations

import os
from dataclasses import replace

from flask import Flask, jsonify
from flask_cors import CORS

from kg.config import Config
from kg.qa import engine_for
from kg.settings import read
from kg.store import StoreUnavailable, default_store
from service.hardening import cors_origins, harden
from service.runner import QueryRunner
from service.settings import SERVICE_SETTINGS, unknown

# Defaults, types and meanings: the one settings table, service/settings.py (add a row there).
DEFAULTS = {s.name: s.default for s in SERVICE_SETTINGS}


PREFIXES = [
    ("qb", "http://purl.org/linked-data/cube#"), ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"), ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"), ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"), ("xsd", "http://www.w3.org/2001/XMLSchema#"),
]


def load_examples(paths) -> list[dict]:
    """The editor's example queries: ``data/queries/*.rq``, the first line a ``#`` title."""
    out = []
    for path in paths:
        title, _, query = path.read_text(encoding="utf-8").partition("\n")
        out.append({"title": title.lstrip("# ").strip(), "query": query})
    return out


def _runner(store, settings):
    """The SPARQL endpoint's runner: query children over the embedded store, or the remote one."""
    if store.forkable() is not None:
        return QueryRunner(store.forkable(), size=int(settings["SPARQL_PROCESSES"]), files=store.files(),
                           waiting=int(settings["SPARQL_QUEUE"]),
                           memory=int(settings["SPARQL_MEMORY_BYTES"]),
                           max_depth=int(settings["SPARQL_MAX_DEPTH"]))
    from service.remote import RemoteRunner
    return RemoteRunner(store, size=int(settings["SPARQL_PROCESSES"]), waiting=int(settings["SPARQL_QUEUE"]),
                        max_depth=int(settings["SPARQL_MAX_DEPTH"]))


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(read(SERVICE_SETTINGS))
    app.config.from_mapping(config or {})
    kg_config = app.config.get("KG_CONFIG") or Config()
    if "MAX_QUESTION_LENGTH" in (config or {}):   # one limit, for the engine and the endpoints alike
        kg_config = replace(kg_config, max_question_length=int(config["MAX_QUESTION_LENGTH"]))
    app.config["MAX_QUESTION_LENGTH"] = kg_config.max_question_length
    for name in unknown(os.environ):
        app.logger.warning("%s is not a setting (see the README's settings table); ignored", name)
    store = default_store(kg_config)
    app.extensions["kg.store"] = store
    app.extensions["kg.engine"] = engine_for(store, kg_config)
    app.extensions["kg.runner"] = _runner(store, app.config)
    app.extensions["kg.examples"] = load_examples(kg_config.example_queries())
    app.extensions["kg.prefixes"] = [("fz", str(app.extensions["kg.engine"].iris.FZ)), *PREFIXES]

    # The SPARQL endpoint and the graph store are public and read-only: any site may query them
    # (YASGUI and the like), never with cookies or credentials.
    read_only = {"origins": "*", "send_wildcard": True, "methods": ["GET", "POST", "OPTIONS"],
                 "supports_credentials": False}
    origins = cors_origins(app.config["CORS_ORIGINS"])
    CORS(app, resources={r"/api/*": {"origins": origins},
                         r"/widget.js": {"origins": "*"},
                         r"/sparql": read_only, r"/store": {**read_only, "methods": ["GET", "OPTIONS"]},
                         r"/v1/*": {"origins": origins}})
    app.json.ensure_ascii = False   # Chinese as UTF-8 text in JSON bodies, not \u escapes

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

    @app.errorhandler(StoreUnavailable)
    def store_down(e: StoreUnavailable):
        return jsonify(error=f"the graph store is unavailable: {e}"), 503

    return app
