"""The HTTP layer: a thin Flask app over :mod:`kg`.

``create_app(config)`` builds the graph from the data folder once, at start,
and registers the blueprints: the ask API, SPARQL, and health.
"""

from __future__ import annotations

from flask import Flask, jsonify
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from kg.config import Config
from kg.qa import engine_for
from kg.store import default_store
from service.runner import QueryRunner

DEFAULTS = {
    "MAX_QUESTION_LENGTH": 500,
    "SPARQL_TIMEOUT": 10.0,        # seconds
    "SPARQL_MAX_ROWS": 10_000,
    "CORS_ORIGINS": "*",
    "SPARQL_PROCESSES": 2,         # query children per server process
}


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("KGQA")
    app.config.from_mapping(config or {})
    kg_config = app.config.get("KG_CONFIG") or Config()
    store = default_store(kg_config)
    app.extensions["kg.store"] = store
    app.extensions["kg.engine"] = engine_for(store, kg_config)
    app.extensions["kg.runner"] = QueryRunner(store.ox, size=int(app.config["SPARQL_PROCESSES"]))

    CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}})

    from service import api, health, openapi, sparql
    app.register_blueprint(api.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(health.bp)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return jsonify(error=e.description or e.name), e.code

    return app
