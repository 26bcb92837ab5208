"""Run the app under gunicorn (production) or Flask's server (``--debug``)."""

from __future__ import annotations

import errno
import json
import socket
import sys

from gunicorn import util
from gunicorn.app.base import BaseApplication

from kg.config import Config
from kg.qa.catalogue import freeze_heap
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


def port_taken(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None.

    Checked before the graph is built, so a busy port is one clear line
    (gunicorn alone retries five times, then exits with a traceback-free 1).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        return f"cannot listen on {host}: {e.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as gunicorn does
        try:
            sock.bind(address)
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                return f"{host}:{port} is already in use (another server?); choose another with --port"
            return f"cannot listen on {host}:{port}: {e.strerror}"
    return None


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000, workers: int = 2,
          debug: bool = False) -> int:
    problem = port_taken(host, port)
    if problem:
        print(f"kgqa serve: {problem}", file=sys.stderr)
        return 2
    app = create_app({"KG_CONFIG": config})
    if debug:
        app.run(host=host, port=port, debug=True)
        return 0
    # The graph is built once here and shared copy-on-write by the forked workers:
    # keep the garbage collector off those objects so it does not touch (copy) them,
    # and off each report's figures as they are made.
    freeze_heap()
    util.write_error = _json_error
    # Threads keep /healthz answering while long SPARQL queries run: SPARQL holds at most
    # SPARQL_PROCESSES + SPARQL_QUEUE of them, a slow body one for at most BODY_TIMEOUT.
    _Gunicorn(app, {"bind": f"{host}:{port}", "workers": workers, "threads": int(app.config["THREADS"]),
                    "worker_class": "gthread", "timeout": 60,
                    "graceful_timeout": 5,
                    # one line per request on stdout, in gunicorn's format (KGQA_ACCESS_LOG=0: none)
                    "accesslog": "-" if app.config["ACCESS_LOG"] else None}).run()
    return 0
