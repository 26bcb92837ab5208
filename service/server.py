"""Run the app under gunicorn (production) or Flask's server (``--debug``)."""

from __future__ import annotations

import gc

from gunicorn.app.base import BaseApplication

from kg.config import Config
from service import create_app


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
    # Threads keep /healthz answering while a long SPARQL query runs.
    _Gunicorn(app, {"bind": f"{host}:{port}", "workers": workers, "threads": 4,
                    "worker_class": "gthread", "timeout": 60,
                    "graceful_timeout": 5}).run()
    return 0
