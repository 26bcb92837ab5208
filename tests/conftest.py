import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

# the tests ask as of 2026, the year after the shipped report's: 去年 is its year, 今年 has no report
# (KGQA_CURRENT_YEAR; set before any Config is made, and inherited by the servers the tests start)
os.environ.setdefault("KGQA_CURRENT_YEAR", "2026")

from kg.build import build
from kg.config import PROJECT_ROOT, Config
from kg.lexicon import load_lexicon
from kg.report import load_report

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def config():
    return Config(data_dir=PROJECT_ROOT / "data")


@pytest.fixture(scope="session")
def lexicon(config):
    return load_lexicon(config.lexicon_dirs)


@pytest.fixture(scope="session")
def tiexi(config):
    return load_report(config.data_dir / "reports" / "tiexi-2025.json")


@pytest.fixture(scope="session")
def baihua():
    return load_report(FIXTURES / "reports" / "baihua-2024.json")


@pytest.fixture(scope="session")
def dataset(config):
    return build(config)


@pytest.fixture(scope="session")
def two_report_config(tmp_path_factory, config):
    """The shipped data plus the fictional fixture, in a temporary data folder."""
    d = tmp_path_factory.mktemp("data")
    shutil.copytree(config.data_dir / "lexicon", d / "lexicon")
    shutil.copytree(config.data_dir / "reports", d / "reports")
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, d / "reports" / f.name)
    return Config(data_dir=d)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Live(str):
    """The server's base URL, knowing the server's process id and where its output goes."""
    pid: int
    log: str


def _proc_stats() -> dict[int, list[str]]:
    """Each process's /proc/<pid>/stat fields after its name (Linux)."""
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stats[int(entry.name)] = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
    return stats


def descendants(pid: int, stats: dict[int, list[str]] | None = None) -> list[int]:
    """A process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for p, fields in (stats or _proc_stats()).items():
        children.setdefault(int(fields[1]), []).append(p)
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    total = 0
    for p in descendants(pid):
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total


def tree_cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and all its descendants (Linux /proc)."""
    stats = _proc_stats()
    # utime + stime, in clock ticks
    total = sum(int(stats[p][11]) + int(stats[p][12]) for p in descendants(pid, stats) if p in stats)
    return total / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def serving(folder: Path, command: list | None = None, cwd: Path = PROJECT_ROOT, **env: str):
    """``kgqa serve`` (gunicorn, one worker) on 127.0.0.1 and a free port, with ``KGQA_*`` ``env``.

    Its output (the access log on stdout, errors on stderr) goes to ``folder/server.log``: a pipe
    nobody reads would fill and stall the server.
    """
    port = free_port()
    command = command or [sys.executable, "-m", "kg.cli"]
    log = (folder / "server.log").open("w+b")
    proc = subprocess.Popen([*command, "serve", "--port", str(port), "--workers", "1"],
                            cwd=cwd, env=dict(os.environ, **env), stdout=log, stderr=log)
    url = Live(f"http://127.0.0.1:{port}")
    url.pid, url.log = proc.pid, log.name
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/readyz", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(log.read().decode())
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start")
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail("server did not stop on SIGTERM")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The service over HTTP, for clients that speak HTTP."""
    with serving(tmp_path_factory.mktemp("server"), KGQA_SPARQL_TIMEOUT="2", KGQA_BODY_TIMEOUT="3") as url:
        yield url


@pytest.fixture(scope="session")
def keyed_server(tmp_path_factory):
    """The service over HTTP with ``KGQA_API_KEY`` set (to ``keyed_server.key``)."""
    with serving(tmp_path_factory.mktemp("keyed"), KGQA_API_KEY="sk-test-0123") as url:
        url.key = "sk-test-0123"
        yield url


@pytest.fixture(scope="session")
def two_report_server(tmp_path_factory, two_report_config):
    """The service over HTTP with the fictional Baihua report added (cross-report questions)."""
    with serving(tmp_path_factory.mktemp("two"), KGQA_DATA=str(two_report_config.data_dir)) as url:
        yield url
