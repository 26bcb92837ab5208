"""Shared by the HTTP benchmarks: servers on 127.0.0.1, and wrk to load them."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ensure_wrk() -> str:
    """wrk from Debian's packages, installed here when missing (the machine runs as root)."""
    path = shutil.which("wrk")
    if path:
        return path
    subprocess.run(["apt-get", "update", "-qq"], check=False)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd: list[str], ready_url: str, env: dict | None = None, timeout: float = 60) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(ready_url, timeout=2)
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}")
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"{ready_url} did not come up")


def stop(proc: subprocess.Popen):
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()


LUA = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], {["Accept"] = "%s"})
end
"""


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def run_wrk(base: str, paths: list[str], connections: int, seconds: int, accept: str = "*/*") -> dict:
    """Throughput and latency of GETs over ``paths`` (cycled), at ``connections`` clients."""
    with tempfile.TemporaryDirectory() as d:
        plist = Path(d) / "paths.txt"
        plist.write_text("\n".join(paths) + "\n", encoding="utf-8")
        script = Path(d) / "paths.lua"
        script.write_text(LUA % (plist, accept), encoding="utf-8")
        out = subprocess.run([ensure_wrk(), "-t", str(min(connections, 2)), "-c", str(connections),
                              "-d", f"{seconds}s", "--latency", "-s", str(script), base],
                             capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.MULTILINE))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
    return {"rps": rps, "p50": _ms(lat["50"]), "p99": _ms(lat["99"]), "requests": total, "errors": errors}


def python() -> str:
    return sys.executable
