"""SPARQL queries run in child processes that can be stopped.

Oxigraph cannot interrupt a query from another thread, and a query that
aggregates or sorts does all its work before its first row.  So each query
runs in a forked child holding a copy of the (read-only) store; when the time
limit passes, the parent kills the child, answers 503, and forks a fresh one.
The serving threads never block on a runaway query.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import signal
import threading
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.query import Result

RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class QueryTimeout(Exception):
    pass


class QueryError(Exception):
    """The query is malformed or failed: the message is for the client."""


@dataclass
class Outcome:
    kind: str          # "results" (SELECT/ASK) or "graph"
    body: bytes
    capped: bool


def _to_rdflib(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _results(kind: str, names, rows, fmt: str) -> bytes:
    """SELECT/ASK results written by rdflib's serialisers (TSV: terms in N-Triples syntax)."""
    res = Result(kind)
    if kind == "ASK":
        res.askAnswer = names
    else:
        res.vars = [Variable(n) for n in names]
        res.bindings = [{Variable(n): _to_rdflib(row[n]) for n in names if row[n] is not None}
                        for row in rows]
    if fmt == "tsv" and kind == "SELECT":
        lines = ["\t".join(f"?{v}" for v in res.vars)]
        lines += ["\t".join(b[v].n3() if v in b else "" for v in res.vars) for b in res.bindings]
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "tsv":
        return f"?_askResult\n{'true' if res.askAnswer else 'false'}\n".encode()
    out = res.serialize(format=fmt)
    return out if isinstance(out, bytes) else out.encode("utf-8")


def execute(store: ox.Store, query: str, options: dict, result_format: str, graph_format: str,
            max_rows: int) -> Outcome:
    """Run one query and write its answer; raises QueryError for the client's mistakes.

    ``options``: ``default_graph`` and ``named_graphs`` as lists of IRIs; with no
    default graph given, the default graph is the union of all named graphs.
    """
    kwargs: dict = {"use_default_graph_as_union": not options.get("default_graph")}
    if options.get("default_graph"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in options["default_graph"]]
    if options.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in options["named_graphs"]]
    try:
        result = store.query(query, **kwargs)
    except SyntaxError as e:
        raise QueryError(f"malformed query: {e}") from None
    except (OSError, ValueError) as e:
        raise QueryError(f"query failed: {e}") from None
    try:
        if isinstance(result, ox.QueryBoolean):
            return Outcome("results", _results("ASK", bool(result), None, result_format), False)
        rows, capped = [], False
        for item in result:
            if len(rows) >= max_rows:
                capped = True
                break
            rows.append(item)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return Outcome("results", _results("SELECT", names, rows, result_format), capped)
        return Outcome("graph", ox.serialize(rows, format=GRAPH_FORMATS[graph_format]), capped)
    except (OSError, ValueError) as e:
        raise QueryError(f"query failed: {e}") from None


def _child(conn, store: ox.Store, parent: int):
    # the server's signal handlers (gunicorn's) make no sense here: plain defaults
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1,
                signal.SIGUSR2, signal.SIGWINCH, signal.SIGCHLD, signal.SIGTTIN, signal.SIGTTOU):
        signal.signal(sig, signal.SIG_DFL)
    while True:
        try:
            if not conn.poll(1.0):
                if os.getppid() != parent:   # the server went away
                    os._exit(0)
                continue
            job = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            conn.send(("ok", execute(store, *job)))
        except QueryError as e:
            conn.send(("error", str(e)))
        except Exception as e:  # noqa: BLE001 - reported to the parent, never lost
            conn.send(("error", f"query failed: {e}"))


class _Worker:
    def __init__(self, ctx, store):
        self.conn, child_conn = ctx.Pipe()
        self.proc = ctx.Process(target=_child, args=(child_conn, store, os.getpid()), daemon=True)
        self.proc.start()
        child_conn.close()

    def stop(self):
        self.proc.kill()
        self.proc.join(1)
        self.conn.close()


class QueryRunner:
    """A small pool of query children for one server process."""

    def __init__(self, store: ox.Store, size: int = 2):
        self.store, self.size = store, size
        # load rdflib's result serialisers here, once, so that forked children start warm
        for fmt in RESULT_FORMATS:
            _results("SELECT", ["x"], [], fmt)
        self._ctx = mp.get_context("fork")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._pid = None

    def _ensure(self):
        # children are made in the process that serves (after gunicorn forks), on first use
        with self._lock:
            if self._pid != os.getpid():
                self._pid = os.getpid()
                self._idle = queue.Queue()
                # children share the server's heap copy-on-write; keep their GC off it
                gc.freeze()
                for _ in range(self.size):
                    self._idle.put(_Worker(self._ctx, self.store))

    def run(self, query: str, options: dict, result_format: str, graph_format: str,
            max_rows: int, timeout: float) -> Outcome:
        self._ensure()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout from None
        try:
            worker.conn.send((query, options, result_format, graph_format, max_rows))
            if not worker.conn.poll(timeout):
                raise QueryTimeout
            status, payload = worker.conn.recv()
        except (QueryTimeout, EOFError, OSError, BrokenPipeError):
            worker.stop()
            gc.freeze()
            self._idle.put(_Worker(self._ctx, self.store))
            raise QueryTimeout from None
        self._idle.put(worker)
        if status == "error":
            raise QueryError(payload)
        return payload
