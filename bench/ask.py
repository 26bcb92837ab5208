"""Question-answering latency in process, and cold start in a fresh process.

    python bench/ask.py [--rounds 20]

Prints p50/p99 over the development questions after a warm-up (no answer
cache exists to warm), the cold start of a fresh interpreter (import, build
and load the graph, first answer), and the cost of one prepared fact query
on Oxigraph against rdflib's own engine on the same graph, as a ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "fixtures" / "dev_questions.jsonl"


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))

    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from kg.qa import ask; ask('多少件行政复议')"],
                       cwd=ROOT, check=True)
        cold.append(time.perf_counter() - t0)

    from kg.qa import ask
    qs = [json.loads(x)["q"] for x in QUESTIONS.read_text("utf-8").splitlines() if x.strip()]
    for q in qs:  # warm-up: first use builds the store and the engine
        ask(q)
    lat = []
    for _ in range(a.rounds):
        for q in qs:
            t0 = time.perf_counter()
            ask(q)
            lat.append((time.perf_counter() - t0) * 1000)

    # the store seam: one prepared fact query, Oxigraph vs rdflib on the same data
    from rdflib import URIRef
    from rdflib.plugins.sparql import prepareQuery

    from kg.build import build
    from kg.config import Config
    from kg.namespaces import Iris
    from kg.qa.templates import make_templates
    from kg.store import default_store

    config = Config()
    iris = Iris(config.base_iri)
    t = make_templates(str(iris.FZ))
    obs = URIRef(iris.observation("tiexi-2025", 40))
    store = default_store(config)
    ds = build(config)
    ds.default_union = True
    prepared = prepareQuery(t.fact)
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        store.select(t.fact, {"obs": obs})
    ox_ms = (time.perf_counter() - t0) / n * 1000
    t0 = time.perf_counter()
    for _ in range(n // 10):
        list(ds.query(prepared, initBindings={"obs": obs}))
    rdflib_ms = (time.perf_counter() - t0) / (n // 10) * 1000

    print(f"questions        {len(qs)} x {a.rounds} rounds")
    print(f"ask p50          {statistics.median(lat):.3f} ms   (goal <= 2 ms)")
    print(f"ask p99          {pct(lat, 99):.3f} ms   (goal <= 10 ms)")
    print(f"cold start       {statistics.median(cold):.2f} s    (median of 3 fresh processes; goal <= 3 s)")
    print(f"fact query       oxigraph {ox_ms:.3f} ms, rdflib {rdflib_ms:.3f} ms, "
          f"rdflib/oxigraph = {rdflib_ms / ox_ms:.1f}x")


if __name__ == "__main__":
    main()
