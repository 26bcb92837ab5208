"""Throughput and latency of the service under wrk, against /healthz as the ceiling.

    python bench/http_wrk.py [--seconds 5] [--workers 2]

Starts ``kgqa serve`` (gunicorn) on 127.0.0.1, then for 1, 8 and 32 concurrent
clients measures /healthz, /api/ask over the development questions, and a
typical SPARQL SELECT, and prints each throughput as a ratio of /healthz's.
Then again with the answer cache off (``KGQA_ANSWER_CACHE_SIZE=0``), against
a fresh server's own /healthz: the cost of questions never asked before.
"""

from __future__ import annotations

import argparse
import json
import urllib.parse

from _wrk import ROOT, free_port, python, run_wrk, start, stop

SELECT = """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?indicator ?value ?unit WHERE {
  ?o fz:actor/skos:prefLabel "区司法局"@zh ; fz:indicator/skos:prefLabel ?indicator ;
     fz:value ?value ; fz:unit ?unit .
}"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    qs = [json.loads(x)["q"] for x in (ROOT / "tests/fixtures/dev_questions.jsonl").read_text("utf-8").splitlines() if x]
    ask_paths = ["/api/ask?" + urllib.parse.urlencode({"q": q}) for q in qs]
    sparql_paths = ["/sparql?" + urllib.parse.urlencode({"query": SELECT})]
    modes = {
        # the default: a question asked again is served from the answer cache
        "cache on": {},
        # every question answered afresh: what a never-seen question costs
        "cache off": {"KGQA_ANSWER_CACHE_SIZE": "0"},
    }
    print(f"server: gunicorn, {a.workers} workers x 4 threads; {a.seconds} s per run; wrk on 127.0.0.1; "
          f"/api/ask cycles {len(qs)} development questions")
    print(f"{'answers':9s} {'target':15s} {'clients':>7s} {'req/s':>9s} {'p50 ms':>8s} {'p99 ms':>8s} "
          f"{'errors':>6s} {'vs healthz':>10s}")
    for mode, env in modes.items():
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start([python(), "-m", "kg.cli", "serve", "--port", str(port), "--workers", str(a.workers)],
                     base + "/readyz", env=env)
        targets = {"/healthz": (["/healthz"], "*/*"), "/api/ask": (ask_paths, "application/json")}
        if mode == "cache on":
            targets["SPARQL SELECT"] = (sparql_paths, "application/sparql-results+json")
        try:
            for c in (1, 8, 32):
                ceiling = None
                for name, (paths, accept) in targets.items():
                    r = run_wrk(base, paths, c, a.seconds, accept)
                    ceiling = ceiling or r["rps"]
                    print(f"{mode:9s} {name:15s} {c:7d} {r['rps']:9.1f} {r['p50']:8.2f} {r['p99']:8.2f} "
                          f"{r['errors']:6d} {r['rps'] / ceiling:10.0%}")
        finally:
            stop(proc)


if __name__ == "__main__":
    main()
