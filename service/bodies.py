"""One validation layer for the JSON the endpoints take: /api/ask, /v1/chat/completions, /retrieval.

Each body is read by the app's bounded JSON provider (finite numbers, at most
``JSON_MAX_DEPTH`` deep, at most ``MAX_CONTENT_LENGTH`` bytes) and checked
with jsonschema against the very schemas :mod:`service.openapi` publishes, so
what the description promises and what the server accepts cannot drift apart
(schemathesis in ``bench/fuzz.py`` checks both directions).  Views read the
result knowing its types: no ``int()`` on a float infinity, no ``.get`` on a
string.
"""

from __future__ import annotations

from functools import lru_cache

from flask import current_app, request
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from werkzeug.exceptions import BadRequest

from service.openapi import request_schemas


@lru_cache(maxsize=8)
def _validators(max_question: int) -> dict[str, Draft202012Validator]:
    return {name: Draft202012Validator(schema) for name, schema in request_schemas(max_question).items()}


def _say(error) -> str:
    """jsonschema's finding in words a client can act on (never echoing a long value back)."""
    where = "/".join(str(p) for p in error.absolute_path)
    field = f'"{where}"' if where else "the body"
    kind, expected = error.validator, error.validator_value
    if kind == "required":
        missing = [p for p in expected if isinstance(error.instance, dict) and p not in error.instance]
        return f"missing {', '.join(missing)} in {field}"
    if kind == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return f"{field} must be {'a JSON object' if wanted == 'object' else 'a ' + wanted}"
    if kind == "maxLength":
        return f"{field} is longer than {expected} characters"
    if kind in ("minLength", "pattern"):
        return f"{field} is empty"
    if kind in ("minItems", "contains"):
        return f"{field} has no user message with text content" if kind == "contains" else f"{field} is empty"
    return f"{field}: {error.message}"[:300]


def validate(name: str, value) -> None:
    """Raise a 400 naming the first thing wrong with ``value`` as a ``name`` (see openapi.request_schemas)."""
    validator = _validators(int(current_app.config["MAX_QUESTION_LENGTH"]))[name]
    error = best_match(validator.iter_errors(value))
    if error is not None:
        raise BadRequest(_say(error))


def json_body(name: str):
    """The request's JSON body, checked as ``name``; 400 when it is not JSON or is wrong."""
    if not request.is_json:
        raise BadRequest("the body must be application/json")
    value = json_text(request.get_data(), "the body")   # bounded by MAX_CONTENT_LENGTH (413)
    validate(name, value)
    return value


def json_text(text: str | bytes, what: str):
    """A JSON value sent as text (``?context=``) or a body: malformed, too deep, non-finite → 400."""
    try:
        return current_app.json.loads(text)
    except ValueError as e:
        raise BadRequest(f"{what} is not valid JSON: {str(e)[:200]}") from None
