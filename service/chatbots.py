"""Chatbot integrations: an OpenAI-compatible chat API and Dify's external knowledge API.

Both answer from the graph through the same engine as /api/ask.
"""

from __future__ import annotations

import hmac
import json
import time
import uuid

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    request,
    stream_with_context,
)
from werkzeug.exceptions import BadRequest

from service.bodies import json_body

bp = Blueprint("chatbots", __name__)

MODEL = "fazhi-kg"


def _openai_error(status: int, message: str, kind: str = "invalid_request_error"):
    return jsonify(error={"message": message, "type": kind, "param": None, "code": None}), status


def _answer_text(answer: dict) -> str:
    lines = [answer["answer"]]
    if answer.get("report"):
        rep = answer["report"]
        lines.append(f"（来源：{rep['city']}{rep['region']}{rep['year']}年法治政府建设情况报告）")
    if answer.get("suggestions"):
        lines.append("也可以问：" + "；".join(answer["suggestions"]))
    return "\n".join(lines)


def _text(content) -> str | None:
    """A message's text: a string, or OpenAI's list of parts (``[{"type": "text", "text": …}]``,
    the text parts joined; images and other parts are not read). None if neither."""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(p, dict) for p in content):
        texts = [p.get("text") for p in content if p.get("type") == "text"]
        if texts and all(isinstance(t, str) for t in texts):
            return "\n".join(texts)
    return None


def _context_from(messages: list[dict]) -> tuple[str, dict | None]:
    """The last user message, read against the earlier user turns of the conversation."""
    engine = current_app.extensions["kg.engine"]
    users = [t for m in messages
             if m.get("role") == "user" and (t := _text(m.get("content"))) is not None and t.strip()]
    context = None
    for earlier in users[:-1][-5:]:
        context = engine.answer(earlier, context).context or context
    return users[-1], context


def keys_match(given: str, *keys: str | None) -> bool:
    """``given`` is one of the set ``keys``; compared in constant time (hmac.compare_digest)."""
    given_bytes = given.encode("utf-8")
    return any(hmac.compare_digest(given_bytes, k.encode("utf-8")) for k in keys if k)


def _bearer() -> str | None:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


@bp.before_app_request
def _require_api_key():
    """With ``KGQA_API_KEY`` set, ``/v1/*`` needs it as a Bearer token (as OpenAI's API does).

    CORS preflights carry no credentials and pass; ``/retrieval`` checks it itself, in Dify's format.
    """
    key = current_app.config.get("API_KEY")
    if not key or not request.path.startswith("/v1/") or request.method == "OPTIONS":
        return None
    token = _bearer()
    if token is None or not keys_match(token, key):
        resp = jsonify(error={"message": "missing or wrong API key: send Authorization: Bearer KEY",
                              "type": "invalid_request_error", "param": None, "code": "invalid_api_key"})
        resp.headers["WWW-Authenticate"] = "Bearer"
        return resp, 401
    return None


def _model() -> dict:
    return {"id": MODEL, "object": "model", "created": 0, "owned_by": "fazhi-kg"}


@bp.get("/v1/models")
def models():
    return jsonify(object="list", data=[_model()])


@bp.get("/v1/models/<path:model_id>")
def model(model_id: str):
    if model_id != MODEL:
        return _openai_error(404, f"The model '{model_id}' does not exist", "invalid_request_error")
    return jsonify(_model())


@bp.post("/v1/chat/completions")
def chat_completions():
    try:
        body = json_body("ChatRequest")      # types, sizes, a user message with text: service.bodies
    except BadRequest as e:
        return _openai_error(400, e.description)
    options = body.get("stream_options")
    question, context = _context_from(body["messages"])
    if len(question) > current_app.config["MAX_QUESTION_LENGTH"]:   # text parts joined can outgrow each part's limit
        return _openai_error(400, f"the question is longer than {current_app.config['MAX_QUESTION_LENGTH']} characters")
    answer = current_app.extensions["kg.engine"].answer(question, context).to_dict()
    text = _answer_text(answer)
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    usage = {"prompt_tokens": len(question), "completion_tokens": len(text),
             "total_tokens": len(question) + len(text)}   # characters: the engine has no tokens
    if body.get("stream"):
        include_usage = bool((options or {}).get("include_usage"))

        def events():
            base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL}
            if include_usage:   # as OpenAI: every chunk says usage null, one last chunk carries it
                base["usage"] = None
            yield f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'role': 'assistant', 'content': ''}, 'finish_reason': None}]}, ensure_ascii=False)}\n\n"
            for i in range(0, len(text), 16):
                chunk = {**base, "choices": [{"index": 0, "delta": {"content": text[i:i + 16]}, "finish_reason": None}]}
                yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
            yield f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]}, ensure_ascii=False)}\n\n"
            if include_usage:
                yield f"data: {json.dumps({**base, 'choices': [], 'usage': usage}, ensure_ascii=False)}\n\n"
            yield "data: [DONE]\n\n"
        return Response(stream_with_context(events()), mimetype="text/event-stream",
                        headers={"Cache-Control": "no-cache"})
    return jsonify({
        "id": cid, "object": "chat.completion", "created": created, "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": usage,
        "fazhi_kg": answer,
    })


def _dify_error(status: int, code: int, message: str):
    return jsonify(error_code=code, error_msg=message), status


@bp.post("/retrieval")
def retrieval():
    """Dify external knowledge API: records built from the answer and its facts."""
    keys = (current_app.config.get("DIFY_API_KEY"), current_app.config.get("API_KEY"))
    if any(keys):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or not auth[7:].strip():
            return _dify_error(403, 1001, "Invalid Authorization header format. Expected 'Bearer <api-key>' format.")
        if not keys_match(auth[7:].strip(), *keys):
            return _dify_error(403, 1002, "Authorization failed")
    body = json_body("RetrievalRequest")     # types checked: knowledge_id a string, top_k an integer…
    engine = current_app.extensions["kg.engine"]
    known = {MODEL} | {r.iri.rsplit("/", 1)[-1] for r in engine.reports}
    if body["knowledge_id"] not in known:
        return _dify_error(404, 2001, "The knowledge does not exist")
    setting = body.get("retrieval_setting", {})
    # numbers as JSON gave them (validated: integer, number): float(10**400) would overflow
    top_k, threshold = setting.get("top_k", 5), setting.get("score_threshold", 0.0)
    question = body["query"][: current_app.config["MAX_QUESTION_LENGTH"]]
    if body["knowledge_id"] != MODEL:
        rep = next(r for r in engine.reports if r.iri.endswith("/" + body["knowledge_id"]))
        if rep.region not in question:
            question = f"{rep.region}{rep.year}年{question}"
    answer = engine.answer(question).to_dict()
    records = []
    if answer["answered"]:
        meta = {"status": answer["status"], "kind": answer["kind"], "report": answer["report"],
                "sparql": answer["sparql"]}
        records.append({"content": answer["answer"], "score": answer["confidence"], "title": question,
                        "metadata": meta})
        for f in answer["facts"]:
            content = f"{f['actor'] or ''}{f['indicator']}：{f['value']}{f['unit']}"
            if f["source"]:
                content += f"。原文：{f['source']}"
            records.append({"content": content, "score": round(answer["confidence"] * 0.9, 3),
                            "title": f["indicator"], "metadata": {"iri": f["iri"], "region": f["region"],
                                                                  "year": f["year"], "computed": f["computed"]}})
    records = [r for r in records if r["score"] >= threshold][: max(int(top_k), 0)]
    return jsonify(records=records)
