"""SPARQL queries run in child processes that can be stopped.

Oxigraph cannot interrupt a query from another thread, and a query that
aggregates or sorts does all its work before its first row.  So each query
runs in a forked child holding a copy of the (read-only) store; when the time
limit passes, the parent kills the child, answers 503, and forks a fresh one.
The serving threads never block on a runaway query.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
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


class _Capped(Exception):
    pass


class _RowCap:
    """A sink for Oxigraph's TSV writer that stops it after ``max_rows`` rows.

    TSV writes one solution per line (terms in N-Triples syntax, newlines
    escaped), so lines are rows.  Oxigraph evaluates lazily, so raising from
    ``write`` ends the evaluation itself, one buffered chunk past the cap.
    """

    def __init__(self, max_rows: int):
        self.parts: list[bytes] = []
        self.lines, self.limit, self.capped = 0, max_rows + 1, False   # + the header line

    def write(self, chunk) -> int:
        if self.capped:   # the writer may retry a failed write: keep refusing
            raise _Capped
        chunk = bytes(chunk)
        room = self.limit - self.lines
        if chunk.count(b"\n") > room:
            end = -1
            for _ in range(room):
                end = chunk.index(b"\n", end + 1)
            self.parts.append(chunk[:end + 1])
            self.capped = True
            raise _Capped
        self.parts.append(chunk)
        self.lines += chunk.count(b"\n")
        return len(chunk)

    def flush(self):
        pass


def _solutions(result: ox.QuerySolutions, fmt: str, max_rows: int) -> tuple[bytes, bool]:
    """Capped SELECT results in ``fmt``, written by Oxigraph's own serialisers.

    The rows go through TSV (lossless: N-Triples terms) so they can be counted
    and cut; another format is then written from the parsed TSV.
    """
    sink = _RowCap(max_rows)
    try:
        result.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except _Capped:
        pass
    tsv = b"".join(sink.parts)
    if fmt == "tsv":
        return tsv, sink.capped
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULT_FORMATS[fmt]), sink.capped


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
            return Outcome("results", result.serialize(format=RESULT_FORMATS[result_format]), False)
        if isinstance(result, ox.QuerySolutions):
            return Outcome("results", *_solutions(result, result_format, max_rows))
        triples = list(islice(result, max_rows + 1))
        capped = len(triples) > max_rows
        return Outcome("graph", ox.serialize(triples[:max_rows], format=GRAPH_FORMATS[graph_format]),
                       capped)
    except (OSError, ValueError, SyntaxError) as e:
        raise QueryError(f"query failed: {e}") from None


_KINDS = {b"r": "results", b"g": "graph"}


def _watch_parent(parent: int):
    # the server went away (killed, say): its children must not linger
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _child(conn, store: ox.Store, parent: int):
    # the server's signal handlers (gunicorn's) make no sense here: plain defaults
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1,
                signal.SIGUSR2, signal.SIGWINCH, signal.SIGCHLD, signal.SIGTTIN, signal.SIGTTOU):
        signal.signal(sig, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    # Oxigraph's random numbers (RAND, UUID, STRUUID) come from a per-thread generator that a
    # forked thread inherits mid-sequence, the same in every child: a new thread seeds afresh
    serve = threading.Thread(target=_serve, args=(conn, store))
    serve.start()
    serve.join()
    os._exit(0)


def _serve(conn, store: ox.Store):
    # bytes both ways (marshal for the job, a kind byte + a capped byte + the body back):
    # a round trip costs half of what pickled objects and polling did
    while True:
        try:
            job = marshal.loads(conn.recv_bytes())
        except (EOFError, OSError):
            os._exit(0)
        try:
            out = execute(store, *job)
            reply = (b"r" if out.kind == "results" else b"g") + (b"1" if out.capped else b"0") + out.body
        except QueryError as e:
            reply = b"e0" + str(e).encode("utf-8")
        except Exception as e:  # noqa: BLE001 - reported to the parent, never lost
            reply = b"e0" + f"query failed: {e}".encode()
        conn.send_bytes(reply)


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
            worker.conn.send_bytes(marshal.dumps((query, options, result_format, graph_format, max_rows)))
            if not worker.conn.poll(timeout):
                raise QueryTimeout
            reply = worker.conn.recv_bytes()
        except (QueryTimeout, EOFError, OSError, BrokenPipeError):
            worker.stop()
            gc.freeze()
            self._idle.put(_Worker(self._ctx, self.store))
            raise QueryTimeout from None
        self._idle.put(worker)
        if reply[:1] == b"e":
            raise QueryError(reply[2:].decode("utf-8"))
        return Outcome(_KINDS[reply[:1]], reply[2:], reply[1:2] == b"1")
