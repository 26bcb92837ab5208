"""The kgqa command as a newcomer meets it: help, version, a busy port, the access log."""

import socket
import subprocess
import sys
import time
from importlib import metadata

from kg.cli import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as e:
        assert e.code == 0
    assert capsys.readouterr().out.strip() == f"kgqa {metadata.version('fazhi-kg')}"


def test_bare_kgqa_prints_help(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: kgqa") and "serve" in out and "ingest" in out


def test_every_option_says_its_default(capsys):
    try:
        main(["serve", "--help"])
    except SystemExit:
        pass
    out = " ".join(capsys.readouterr().out.split())
    for default in ("(default: 127.0.0.1)", "(default: 8000)", "(default: 2)"):
        assert default in out


def test_a_taken_port_is_one_clear_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        start = time.monotonic()
        r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--port", str(port)],
                           check=False, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and time.monotonic() - start < 10
    expected = f"kgqa serve: 127.0.0.1:{port} is already in use (another server?); choose another with --port"
    assert r.stderr.strip().splitlines() == [expected]


def test_ingest_names_the_folder_it_needs(capsys, monkeypatch):
    monkeypatch.delenv("KGQA_DATA", raising=False)
    assert main(["ingest", "report.txt"]) == 2
    assert "--data DIR" in capsys.readouterr().err


def test_access_log_is_on(live_server):
    import urllib.request
    urllib.request.urlopen(live_server + "/healthz?from=test_cli", timeout=10).read()
    time.sleep(0.3)
    with open(live_server.log, encoding="utf-8") as log:
        assert '"GET /healthz?from=test_cli HTTP/1.1" 200' in log.read()
