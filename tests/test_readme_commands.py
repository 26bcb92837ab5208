"""The README's commands run as written: curl lines and Python snippets against a live server,
and no command that only works in someone's shell (bare python/pip, raw UTF-8 in a URL)."""

import re
import shutil
import subprocess
import sys

import pytest

from kg.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text("utf-8")


def commands(block: str) -> list[str]:
    """A shell block's commands: backslash continuations joined, and lines inside quotes kept together."""
    out, pending = [], ""
    for line in re.sub(r"\\\n\s*", " ", block).splitlines():
        pending = f"{pending}\n{line}" if pending else line
        if pending.count("'") % 2 == 0:
            if pending.strip():
                out.append(pending.strip())
            pending = ""
    return out


SH = [c for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL) for c in commands(block)]
PYTHON = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
CURLS = [c for c in SH if c.startswith("curl ")]
HOST = "http://127.0.0.1:8000"


def test_no_bare_python_pip_or_kgqa():
    bare = [c for c in SH if re.match(r"(python|pip|kgqa)\b", c)]
    assert bare == [], "use .venv/bin/…"


def test_urls_in_commands_are_ascii():
    for c in SH:
        for url in re.findall(r"https?://\S+", c):
            assert url.isascii(), f"percent-encode or --data-urlencode: {c}"


def test_there_is_something_to_run():
    assert len(CURLS) >= 6 and len(PYTHON) >= 3


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("command", CURLS)
def test_curl_commands_run(command, live_server):
    r = subprocess.run(["bash", "-c", command.replace(HOST, live_server).replace("curl ", "curl -sS -f ", 1)],
                       capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()


@pytest.mark.parametrize("snippet", PYTHON)
def test_python_snippets_run(snippet, live_server, tmp_path):
    r = subprocess.run([sys.executable, "-c", snippet.replace(HOST, live_server)], cwd=PROJECT_ROOT,
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
