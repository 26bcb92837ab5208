"""Liveness and readiness."""

from flask import Blueprint, current_app, jsonify

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    store = current_app.extensions["kg.store"]
    engine = current_app.extensions["kg.engine"]
    return jsonify(status="ready", triples=len(store), graphs=store.named_graphs(),
                   reports=[{"region": r.region, "city": r.city, "year": r.year} for r in engine.reports])
