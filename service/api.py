"""The ask API: the answer contract of :mod:`kg.qa` over HTTP."""

from __future__ import annotations

import json
from functools import lru_cache

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import BadRequest

from service.bodies import json_body, json_text, validate

bp = Blueprint("api", __name__, url_prefix="/api")

# an answer's own context is a few hundred characters; larger ones are answered, not kept
CONTEXT_KEY_CHARS = 4096


def _question() -> tuple[str, dict | None]:
    """The question and context of a GET (``?q=``, ``?context=``) or a POST, checked as an AskRequest."""
    if request.method == "GET":
        if request.args.get("q") is None:
            raise BadRequest("missing question: use ?q=… or {\"question\": \"…\"}")
        body = {"question": request.args["q"]}
        if request.args.get("context"):
            body["context"] = json_text(request.args["context"], "\"context\"")
        validate("AskRequest", body)
    else:
        body = json_body("AskRequest")
    return body["question"], body.get("context")


def answer_cache(engine, dumps, size: int):
    """The ask API's answers as response bodies, the last ``size`` kept.

    The graph does not change while the server runs and an answer depends on
    the question and the context only, so a question asked again (chatbots
    see the same few questions over and over) is served from here; ``size`` 0
    answers every question afresh.  A context longer than ``CONTEXT_KEY_CHARS``
    as text is answered without being kept, so keys stay small.
    """
    @lru_cache(maxsize=size)
    def body(question: str, context: str | None) -> bytes:
        answer = engine.answer(question, json.loads(context) if context is not None else None)
        return (dumps(answer.to_dict()) + "\n").encode("utf-8")

    def body_or_keep(question: str, context: str | None) -> bytes:
        if context is not None and len(context) > CONTEXT_KEY_CHARS:
            return body.__wrapped__(question, context)
        return body(question, context)
    body_or_keep.cache_info = body.cache_info
    return body_or_keep


@bp.route("/ask", methods=["GET", "POST"])
def ask():
    question, context = _question()
    key = json.dumps(context, sort_keys=True, ensure_ascii=False) if context is not None else None
    return Response(current_app.extensions["kg.answers"](question, key), mimetype="application/json")
