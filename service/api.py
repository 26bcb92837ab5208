"""The ask API: the answer contract of :mod:`kg.qa` over HTTP."""

from __future__ import annotations

import json

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import BadRequest

bp = Blueprint("api", __name__, url_prefix="/api")


def _question() -> tuple[str, dict | None]:
    context = None
    if request.method == "GET":
        q = request.args.get("q")
        if request.args.get("context"):
            try:
                context = json.loads(request.args["context"])
            except ValueError:
                raise BadRequest("\"context\" must be the JSON \"context\" of a previous answer") from None
    else:
        if not request.is_json:
            raise BadRequest("POST /api/ask takes application/json: {\"question\": \"…\"}")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise BadRequest("the body is not a JSON object")
        q = body.get("question")
        if q is not None and not isinstance(q, str):
            raise BadRequest("\"question\" must be a string")
        context = body.get("context")
    if context is not None and not isinstance(context, dict):
        raise BadRequest("\"context\" must be an object (the \"context\" of a previous answer)")
    if q is None:
        raise BadRequest("missing question: use ?q=… or {\"question\": \"…\"}")
    if not q.strip():
        raise BadRequest("the question is empty")
    limit = current_app.config["MAX_QUESTION_LENGTH"]
    if len(q) > limit:
        raise BadRequest(f"the question is longer than {limit} characters")
    return q, context


@bp.route("/ask", methods=["GET", "POST"])
def ask():
    question, context = _question()
    answer = current_app.extensions["kg.engine"].answer(question, context)
    return jsonify(answer.to_dict())
