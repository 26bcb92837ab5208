"""Run the app under gunicorn (production) or Flask's server (``--debug``)."""

from __future__ import annotations

import gc
import json

from gunicorn import util
from gunicorn.app.base import BaseApplication

from kg.config import Config
from service import create_app


def _json_error(sock, status_int, reason, mesg):
    """gunicorn's own error responses (414, 431, malformed requests) in JSON, like the app's.

    gunicorn writes these itself, before any application code runs, through
    ``gunicorn.util.write_error``; its HTML body is the one thing here that is
    not JSON, so the function is replaced in the serving process.
    """
    body = json.dumps({"error": f"{reason}: {mesg}"[:300]}).encode("ascii")
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"X-Content-Type-Options: nosniff\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


class _Gunicorn(BaseApplication):
    def __init__(self, app, options):
        self.application, self.options = app, options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000, workers: int = 2,
          debug: bool = False) -> int:
    app = create_app({"KG_CONFIG": config})
    if debug:
        app.run(host=host, port=port, debug=True)
        return 0
    # The graph is built once here and shared copy-on-write by the forked workers:
    # keep the garbage collector off those objects so it does not touch (copy) them.
    gc.freeze()
    util.write_error = _json_error
    # Threads keep /healthz answering while long SPARQL queries run: SPARQL holds at most
    # SPARQL_PROCESSES + SPARQL_QUEUE of them, a slow body one for at most BODY_TIMEOUT.
    _Gunicorn(app, {"bind": f"{host}:{port}", "workers": workers, "threads": int(app.config["THREADS"]),
                    "worker_class": "gthread", "timeout": 60,
                    "graceful_timeout": 5}).run()
    return 0
