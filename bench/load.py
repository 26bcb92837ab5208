"""Sustained load on /api/ask with questions never asked before: errors, latency, and memory over time.

    python bench/load.py [--seconds 60] [--clients 32] [--workers 2]

Starts ``kgqa serve`` on 127.0.0.1; each client keeps one connection and
asks a distinct question every time (a base question with a number in it, so
the answer cache never serves one).  Prints requests, errors, p50/p99 and the
server tree's proportional memory (PSS) every ten seconds: flat is the goal.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wrk
from fuzz import ROOT, free_port, tree_pss

QUESTIONS = ["区司法局收到多少件行政复议申请", "进驻率是多少", "存在的问题有哪些", "法律援助案件多少件",
             "人大建议和政协提案合计多少件", "行政复议办结了多少件"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--workers", str(args.workers)], cwd=ROOT, env=dict(os.environ),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        latencies: list[float] = []
        errors: list[str] = []
        lock, counter, stop = threading.Lock(), iter(range(10**9)), time.monotonic() + args.seconds

        def client():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            while time.monotonic() < stop:
                with lock:
                    i = next(counter)
                q = f"{QUESTIONS[i % len(QUESTIONS)]}（第{i}问）"
                t0 = time.monotonic()
                try:
                    conn.request("GET", "/api/ask?" + urllib.parse.urlencode({"q": q}))
                    r = conn.getresponse()
                    body = r.read()
                    ok = r.status == 200 and "answer" in json.loads(body)
                except (OSError, http.client.HTTPException, ValueError) as e:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    ok, body = False, repr(e).encode()
                with lock:
                    latencies.append(time.monotonic() - t0)
                    if not ok:
                        errors.append(body[:120].decode("utf-8", "replace"))
            conn.close()

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        memory = [(0, tree_pss(server.pid))]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        while time.monotonic() < stop:
            time.sleep(min(10, max(stop - time.monotonic(), 0)))
            memory.append((round(time.monotonic() - t0), tree_pss(server.pid)))
        for t in threads:
            t.join()
        lat = sorted(latencies)
        print(f"requests {len(lat)} in {args.seconds} s ({len(lat) / args.seconds:.0f}/s), {args.clients} clients, "
              f"{args.workers} workers; errors {len(errors)}")
        print(f"latency p50 {statistics.median(lat) * 1000:.1f} ms, p99 {lat[int(len(lat) * 0.99)] * 1000:.1f} ms")
        print("server tree PSS (s: MB) " + ", ".join(f"{s}: {m >> 20}" for s, m in memory))
        for e in errors[:5]:
            print("  ", e)
        return 1 if errors else 0
    finally:
        _wrk.stop(server)


if __name__ == "__main__":
    sys.exit(main())
