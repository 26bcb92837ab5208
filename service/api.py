"""The ask API: the answer contract of :mod:`kg.qa` over HTTP."""

from __future__ import annotations

import json
from functools import lru_cache

from flask import Blueprint, Response, current_app, request
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


def answer_cache(engine, dumps, size: int):
    """The ask API's answers as response bodies, the last ``size`` kept.

    The graph does not change while the server runs and an answer depends on
    the question and the context only, so a question asked again (chatbots
    see the same few questions over and over) is served from here; ``size`` 0
    answers every question afresh.
    """
    @lru_cache(maxsize=size)
    def body(question: str, context: str | None) -> bytes:
        answer = engine.answer(question, json.loads(context) if context is not None else None)
        return (dumps(answer.to_dict()) + "\n").encode("utf-8")
    return body


@bp.route("/ask", methods=["GET", "POST"])
def ask():
    question, context = _question()
    key = json.dumps(context, sort_keys=True, ensure_ascii=False) if context is not None else None
    return Response(current_app.extensions["kg.answers"](question, key), mimetype="application/json")
