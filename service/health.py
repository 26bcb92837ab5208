"""Liveness and readiness."""

from flask import Blueprint, current_app, jsonify

from kg.store import StoreUnavailable

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    store = current_app.extensions["kg.store"]
    engine = current_app.extensions["kg.engine"]
    try:
        store.check()
    except StoreUnavailable as e:
        return jsonify(status="unavailable", store=store.describe_source(), reason=str(e)), 503
    return jsonify(status="ready", store=store.describe_source(), triples=len(store),
                   graphs=store.named_graphs(),
                   reports=[{"region": r.region, "city": r.city, "year": r.year} for r in engine.reports])
