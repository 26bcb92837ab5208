"""What every endpoint gets, whatever it does: the app-wide defences.

- Errors are JSON for every client but a browser navigating to a page (which
  gets the site's error page), 405 with its ``Allow`` either way, and an
  unexpected exception is a bare 500 JSON without a traceback or a path.
- Request bodies are bounded: ``MAX_CONTENT_LENGTH`` (werkzeug's 413) and
  ``BODY_TIMEOUT`` for the whole body (a client trickling a byte every half
  second held a serving thread for as long as it liked).
- JSON is read by one provider that refuses non-finite numbers (``1e400``)
  and nesting deeper than ``JSON_MAX_DEPTH``.
- The public base URL is configuration (``BASE_URL``), never the Host
  header: redirects are rewritten to it, or left relative when it is unset.
- HTML pages carry a Content-Security-Policy, ``frame-ancestors 'none'``
  and ``X-Frame-Options``; every response carries ``nosniff``.  The widget
  script is JavaScript, not a page: it stays embeddable anywhere.
"""

from __future__ import annotations

import json
import math
import socket
import threading

from flask import Flask, current_app, jsonify, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException, RequestTimeout

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def cors_origins(value) -> str | list:
    """``KGQA_CORS_ORIGINS`` as flask-cors takes it: a JSON list, or origins separated by commas."""
    if isinstance(value, str) and value.strip().startswith("["):
        return json.loads(value)
    if isinstance(value, str) and "," in value:
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


def json_depth(value) -> int:
    """How deeply ``value`` nests lists and objects (without recursion)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        x, depth = todo.pop()
        if isinstance(x, (dict, list)):
            deepest = max(deepest, depth)
            todo.extend((v, depth + 1) for v in (x.values() if isinstance(x, dict) else x))
    return deepest


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")


class BoundedJSON(DefaultJSONProvider):
    """Flask's JSON, reading only what JSON allows and only ``JSON_MAX_DEPTH`` deep.

    Every error is a ``ValueError``, which Flask's ``get_json`` turns into a 400.
    """

    def loads(self, s, **kwargs):
        kwargs.setdefault("parse_float", _finite)
        kwargs.setdefault("parse_constant", _no_constant)
        try:
            value = json.loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None
        limit = int(self._app.config["JSON_MAX_DEPTH"])
        if json_depth(value) > limit:
            raise ValueError(f"JSON nested deeper than {limit} levels")
        return value


class _Cut:
    """Shuts a socket's reading side when called (from a timer); remembers that it did."""

    def __init__(self, sock):
        self.sock, self.fired = sock, False

    def __call__(self):
        self.fired = True
        try:
            self.sock.shutdown(socket.SHUT_RD)
        except OSError:
            pass


def _read_body_in_time():
    """Read the whole body now, within ``BODY_TIMEOUT`` seconds, or answer 408.

    Only under gunicorn (its socket is in the environ): at the deadline the
    socket's reading side is shut, so the blocked read returns at once and
    the serving thread is free again.  The body is kept for the view.
    """
    sock = request.environ.get("gunicorn.socket")
    if sock is None or (not request.content_length and "chunked" not in
                        request.headers.get("Transfer-Encoding", "").lower()):
        return
    cut = _Cut(sock)
    timer = threading.Timer(float(current_app.config["BODY_TIMEOUT"]), cut)
    timer.daemon = True
    timer.start()
    try:
        data = request.get_data(cache=True)
    except HTTPException:
        raise
    except Exception:   # whatever a cut read raises: the client was too slow, or left
        if cut.fired:
            raise RequestTimeout("the request body was not received in time") from None
        raise
    finally:
        timer.cancel()
    if cut.fired and request.content_length is not None and len(data) != request.content_length:
        raise RequestTimeout("the request body was not received in time")


def public_url(path: str = "/") -> str:
    """``path`` under the configured public base URL; relative when none is configured."""
    base = current_app.config.get("BASE_URL") or ""
    return base.rstrip("/") + path


def _error_body(e: HTTPException):
    from service import ui
    message = e.description or e.name
    if ui.wants_page():   # a browser gets a page of the site (404 …)
        resp = current_app.make_response(ui.error_page(e))
    elif request.path.startswith("/v1/"):
        resp = jsonify(error={"message": message, "type": "invalid_request_error", "param": None, "code": None})
    else:
        resp = jsonify(error=message)
    resp.status_code = e.code or 500
    for name, value in e.get_headers():
        if name.lower() != "content-type":
            resp.headers[name] = value
    if e.code == 408:
        resp.headers["Connection"] = "close"
    return resp


def _after(resp):
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    if resp.mimetype == "text/html":
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
    location = resp.headers.get("Location")
    if location and location.startswith(request.host_url):      # werkzeug's own redirects
        location = "/" + location[len(request.host_url):]
    if location and location.startswith("/") and not location.startswith("//"):
        resp.headers["Location"] = public_url(location)
    return resp


def harden(app: Flask) -> None:
    bounded = BoundedJSON(app)
    bounded.ensure_ascii = app.json.ensure_ascii     # keep the app's choice (UTF-8 text)
    app.json = bounded
    app.register_error_handler(HTTPException, _error_body)

    @app.errorhandler(Exception)
    def unexpected(e: Exception):
        app.logger.exception("unexpected error on %s", request.path)
        return jsonify(error="internal error"), 500

    app.before_request(_read_body_in_time)
    app.after_request(_after)
    app.add_template_global(public_url, "public_url")
