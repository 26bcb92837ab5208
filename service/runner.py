"""SPARQL queries run in child processes that can be stopped.

Oxigraph cannot interrupt a query from another thread, and a query that
aggregates or sorts does all its work before its first row.  So each query
runs in a forked child holding a copy of the (read-only) store; when the time
limit passes, the parent kills the child, answers 503, and forks a fresh one.
The serving threads never block on a runaway query.

Each child first parses the query with rdflib (:mod:`service.sparqlguard`)
and refuses updates and SERVICE before Oxigraph sees it.  The parse is done
here and not in the server because rdflib's parser is not thread-safe (two
parses at once gave wrong verdicts), is slow on some shapes (seconds for a
few kilobytes of chained BINDs: here the time limit stops it) and recursive
(here it gets a 64 MB stack and a higher recursion limit, and a crash costs
one child).

A child starts clean and boxed in (see :func:`_box`): it closes every
descriptor it inherited (the listening socket, clients' connections: held by
a child they outlived a server's close and hung pooled keep-alive clients),
may not open any new one (so no query can reach the network, whatever a
SERVICE check upstream missed), and may grow by at most ``memory`` bytes (a
cross join sorted, or a string doubled thirty times, otherwise takes the
machine).  At most ``size + queue`` queries are admitted per server process;
the rest are told at once to come back (:class:`Overloaded`), so runaways
hold a bounded number of serving threads and /healthz, /api/ask and pages
keep theirs.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import queue
import resource
import signal
import socket
import stat
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection

import pyoxigraph as ox

from service.sparqlguard import Refused, check

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


class QueryTooBig(Exception):
    """The query's child ran out of its memory allowance (or crashed) and was replaced."""


class Overloaded(Exception):
    """Every child is busy and the queue is full: the client should retry shortly."""


class QueryError(Exception):
    """The query is malformed (400), refused (403: an update, SERVICE) or failed: the message is for the client."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Outcome:
    kind: str          # "results" (SELECT/ASK) or "graph"
    body: bytes
    capped: bool
    volatile: bool = False   # uses RAND, NOW, UUID, STRUUID or BNODE: not to be kept


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
_CHANNEL = 3   # the one descriptor a child keeps besides stdin, stdout and stderr


def _watch_parent(parent: int):
    # the server went away (killed, say): its children must not linger
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _box(channel: int, memory: int, files: str | None = None):
    """Leave the child only its channel to the parent, no way to open another, and a memory cap.

    Every inherited descriptor above stderr is closed but the on-disk store's
    files (see :func:`_keep_only_files`); the channel moves to descriptor 3 and
    ``RLIMIT_NOFILE`` leaves no free number, so ``socket()``, ``open()`` and
    ``connect`` fail with EMFILE from here on: Oxigraph's HTTP client (SERVICE)
    has nowhere to go.  ``RLIMIT_AS`` is the address space the
    child has now (a fork of the server) plus ``memory``.
    """
    if channel != _CHANNEL:
        os.dup2(channel, _CHANNEL)
        os.close(channel)
    for std in (0, 1, 2):           # lowest free descriptors would otherwise stay open below the cap
        try:
            os.fstat(std)
        except OSError:
            os.open(os.devnull, os.O_RDWR)
    top = _keep_only_files(_CHANNEL + 1, files)
    if memory > 0:
        limit = _vm_size() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_NOFILE, (top + 1, top + 1))


def _keep_only_files(first: int, files: str | None) -> int:
    """Close every inherited descriptor from ``first`` on but the on-disk store's own files
    (regular files under the folder ``files``); the highest kept (at least ``first - 1``).

    RocksDB keeps its table files open and reads them through those descriptors: closing
    them leaves a query hanging. Sockets, pipes and every other file go. Each number freed below the highest kept is taken by ``/dev/null``,
    so with ``RLIMIT_NOFILE`` just above it there is no free number left: ``socket()`` and
    ``open()`` still fail with EMFILE.
    """
    top = first - 1
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd < first:
            continue
        try:
            keep = bool(files) and stat.S_ISREG(os.fstat(fd).st_mode) \
                and os.path.realpath(f"/proc/self/fd/{fd}").startswith(files)
        except OSError:       # the listing's own descriptor, already closed
            continue
        if keep:
            top = max(top, fd)
        else:
            with contextlib.suppress(OSError):   # gone already (closed along with another)
                os.close(fd)
    while True:               # fill the holes below ``top``, lowest first, as open() does
        fd = os.open(os.devnull, os.O_RDONLY)
        if fd > top:
            os.close(fd)
            return top


_STACK = 64 << 20      # the serving thread's stack in a child: room for rdflib's recursive parser
_RECURSION = 12_000    # Python frames allowed there (a 600-pattern triple block parses)


def _child(channel: int, store: ox.Store, parent: int, memory: int, checked: bool, files: str | None = None):
    # the server's signal handlers (gunicorn's) make no sense here: plain defaults
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1,
                signal.SIGUSR2, signal.SIGWINCH, signal.SIGCHLD, signal.SIGTTIN, signal.SIGTTOU):
        signal.signal(sig, signal.SIG_DFL)
    _box(channel, memory + _STACK if memory > 0 else 0, files)
    conn = Connection(_CHANNEL)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    sys.setrecursionlimit(_RECURSION)
    threading.stack_size(_STACK)       # the serving thread's only (the watcher above has the default)
    # Oxigraph's random numbers (RAND, UUID, STRUUID) come from a per-thread generator that a
    # forked thread inherits mid-sequence, the same in every child: a new thread seeds afresh
    serve = threading.Thread(target=_serve, args=(conn, store, checked))
    serve.start()
    serve.join()
    os._exit(0)


def _serve(conn, store: ox.Store, checked: bool):
    # bytes both ways (marshal for the job; back a kind byte, a capped byte, a volatile byte and
    # the body): a round trip costs half of what pickled objects and polling did
    while True:
        try:
            query, max_depth, *job = marshal.loads(conn.recv_bytes())
        except (EOFError, OSError):
            os._exit(0)
        try:
            volatile = check(query, max_depth).volatile if checked else False
            out = execute(store, query, *job)
            reply = ((b"r" if out.kind == "results" else b"g") + (b"1" if out.capped else b"0")
                     + (b"1" if volatile else b"0") + out.body)
        except Refused as e:
            reply = (b"u" if e.status == 403 else b"e") + b"00" + e.message.encode("utf-8")
        except QueryError as e:
            reply = b"e00" + str(e).encode("utf-8")
        except MemoryError:
            os._exit(3)       # the parent reports it; a fresh child replaces this one
        except BaseException as e:  # noqa: BLE001 - Oxigraph's panics too: reported, never lost
            reply = b"e00" + f"query failed: {e}".encode()
        try:
            conn.send_bytes(reply)
        except MemoryError:
            os._exit(3)


class _Worker:
    """One child and the parent's end of its channel."""

    def __init__(self, store, memory: int, checked: bool, files: str | None = None):
        parent_end, child_end = socket.socketpair()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            try:
                parent_end.close()
                _child(child_end.detach(), store, parent, memory, checked, files)
            finally:
                os._exit(70)
        child_end.close()
        self.pid, self.conn = pid, Connection(parent_end.detach())

    def stop(self) -> int | None:
        """Kill the child and reap it; its wait status if it had already ended."""
        status = None
        try:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if not done:
                status = None
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.conn.close()
        return status


@contextmanager
def place(places: threading.BoundedSemaphore):
    """Hold one of ``places`` while the block runs, or raise :class:`Overloaded` at once."""
    if not places.acquire(blocking=False):
        raise Overloaded
    try:
        yield
    finally:
        places.release()


class QueryRunner:
    """A small pool of query children for one server process.

    ``size`` children; ``waiting`` more queries may wait for one; ``memory``
    bytes each child may grow by (0: no cap); queries nested deeper than
    ``max_depth`` are refused.  ``checked=False`` skips the parser's verdict
    (tests use it to show the box alone keeps SERVICE off the network).
    """

    def __init__(self, store: ox.Store, size: int = 2, waiting: int = 2, memory: int = 256 << 20,
                 max_depth: int = 16, checked: bool = True, files: str | None = None):
        self.store, self.size, self.memory, self.files = store, size, memory, files
        self.max_depth, self.checked = max_depth, checked
        self._admit = threading.BoundedSemaphore(size + max(waiting, 0))
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
                    self._idle.put(_Worker(self.store, self.memory, self.checked, self.files))

    def _replace(self, worker: _Worker) -> int | None:
        status = worker.stop()
        gc.freeze()
        self._idle.put(_Worker(self.store, self.memory, self.checked, self.files))
        return status

    @contextmanager
    def admitted(self):
        """Hold one of the ``size + waiting`` places, or raise :class:`Overloaded` at once.

        The SPARQL view holds a place while it parses and runs a query, so no
        more serving threads than that are ever busy with SPARQL.
        """
        with place(self._admit):
            yield

    def run(self, query: str, options: dict, result_format: str, graph_format: str,
            max_rows: int, timeout: float) -> Outcome:
        """Run one query in a child (callers hold a place from :meth:`admitted`)."""
        self._ensure()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout from None
        try:
            worker.conn.send_bytes(marshal.dumps((query, self.max_depth, options, result_format, graph_format,
                                                  max_rows)))
            if not worker.conn.poll(timeout):
                self._replace(worker)
                raise QueryTimeout
            reply = worker.conn.recv_bytes()
        except (EOFError, OSError):
            # the child ended on its own: out of memory (MemoryError, or Oxigraph's
            # allocator aborting), or crashed; either way this query did it
            self._replace(worker)
            raise QueryTooBig from None
        self._idle.put(worker)
        if reply[:1] in b"eu":
            raise QueryError(reply[3:].decode("utf-8"), 403 if reply[:1] == b"u" else 400)
        return Outcome(_KINDS[reply[:1]], reply[3:], reply[1:2] == b"1", reply[2:3] == b"1")
