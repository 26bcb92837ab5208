"""A private Virtuoso for the tests and the bench: its own database folder, a generated
``virtuoso.ini``, free ports on 127.0.0.1, the README's load commands.

Why a module: remote mode is proven against a second engine besides Oxigraph
server, and the test and ``bench/virtuoso.py`` must start, load and stop it
the same way the README tells an operator to.  Debian's
``virtuoso-opensource-7-bin`` names the binaries ``virtuoso-t`` and
``isql-vt`` (upstream's ``isql`` clashes with unixODBC's, so it is not
looked for).

Virtuoso's default graph without FROM is the union of *all* its graphs,
including its own system graphs (``virtrdf#``, the LDP ontology, the service
description), so ``COUNT(*)`` and ``GRAPH ?g`` would see more than the
export.  :func:`publish` therefore turns on graph-level security for the
anonymous SPARQL user (``nobody``: no graph readable by default) and lets it
read exactly the graphs in the export: the endpoint's default graph is then
the union of the report graphs and the vocabulary graph, as Oxigraph's
``--union-default-graph`` gives.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

SERVER_NAMES = ("virtuoso-t",)
ISQL_NAMES = ("isql-vt", "isql-v")
_GRAPH = re.compile(rb"<([^<>]*)> \.$")   # an N-Quads line's last term: its graph

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = ., {load_dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ServerThreads = 10
CheckpointInterval = 0
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
MaxKeepAlives = 10
KeepAliveTimeout = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
"""


def binaries() -> tuple[str, str] | None:
    """(server, isql) paths, or None when Virtuoso is not installed."""
    server = next(filter(None, map(shutil.which, SERVER_NAMES)), None)
    isql = next(filter(None, map(shutil.which, ISQL_NAMES)), None)
    return (server, isql) if server and isql else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def graphs_of(nquads: Path) -> list[str]:
    """The named graphs an N-Quads file fills (every quad of ``kgqa export`` is in one)."""
    found = set()
    with open(nquads, "rb") as f:
        for line in f:
            m = _GRAPH.search(line.rstrip())
            if m:
                found.add(m.group(1).decode())
    return sorted(found)


def load_script(folder: Path, name: str, graphs: list[str]) -> str:
    """The isql statements the README gives: bulk-load, publish the graphs, checkpoint."""
    grants = "".join(f"DB.DBA.RDF_GRAPH_USER_PERMS_SET ('{g}', 'nobody', 1);\n" for g in graphs)
    return (f"ld_dir ('{folder}', '{name}', 'https://fazhi-kg.example.org/graph/default');\n"
            "rdf_loader_run ();\n"
            "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0);\n"
            f"{grants}"
            "checkpoint;\n")


class Virtuoso:
    """One private server; :meth:`start`, :meth:`load`, :meth:`stop` (which deletes its folder)."""

    def __init__(self, server: str, isql: str):
        self.server, self.isql = server, isql
        self.dir = Path(tempfile.mkdtemp(prefix="kgqa-virtuoso-"))
        self.sql_port, self.http_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.proc: subprocess.Popen | None = None
        self.started_in = self.loaded_in = 0.0

    def start(self, limit: float = 60.0) -> Virtuoso:
        (self.dir / "db").mkdir()
        (self.dir / "load").mkdir()
        ini = self.dir / "virtuoso.ini"
        ini.write_text(INI.format(db=self.dir / "db", load_dir=self.dir / "load",
                                  sql_port=self.sql_port, http_port=self.http_port))
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([self.server, "+foreground", "+configfile", str(ini)], cwd=self.dir,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        while time.perf_counter() - t0 < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited ({self.proc.returncode}): {self.log()}")
            try:
                urllib.request.urlopen(self.url + "?query=ASK%7B%7D", timeout=1).read()
                if self._sql("SELECT 1;"):
                    self.started_in = time.perf_counter() - t0
                    return self
            except (OSError, RuntimeError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Virtuoso did not start in {limit} s")

    def log(self) -> str:
        p = self.dir / "db" / "virtuoso.log"
        return p.read_text("utf-8", "replace")[-2000:] if p.exists() else ""

    def _sql(self, script: str) -> str:
        out = subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=script, check=False,
                             capture_output=True, text=True, timeout=120)
        text = out.stdout + out.stderr
        if out.returncode or "*** Error" in text:
            raise RuntimeError(f"isql failed: {text[-1500:]}")
        return text

    def load(self, nquads: Path) -> None:
        """Bulk-load ``kgqa export --format nquads`` and publish its graphs (see the module's note)."""
        target = self.dir / "load" / "kg.nq"
        shutil.copy(nquads, target)
        t0 = time.perf_counter()
        self._sql(load_script(target.parent, target.name, graphs_of(target)))
        self.loaded_in = time.perf_counter() - t0
        # the loader records a file it could not parse here instead of failing
        errors = self._sql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "\n0 Rows." not in errors:
            raise RuntimeError(f"rdf_loader_run could not load the export: {errors[-1500:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
