"""The same SPARQL queries against this service, rdflib-endpoint and the Oxigraph server.

    pip install -e '.[bench]' && python bench/sparql.py [--seconds 5]

All three serve the graph built from data/ (the canonical N-Quads of
``kgqa build``) on 127.0.0.1, with the default graph as the union of the
named graphs; wrk drives each with the same queries. Prints throughput,
latency and this service's throughput as a ratio of each other server's,
with its result cache (the default) and without (``KGQA_SPARQL_CACHE_BYTES=0``).
rdflib-endpoint keeps parsed queries, not results; the Oxigraph server keeps neither.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

from _wrk import ROOT, free_port, python, run_wrk, start, stop

QUERIES = [
    """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?indicator ?value ?unit WHERE {
  ?o fz:actor/skos:prefLabel "区司法局"@zh ; fz:indicator/skos:prefLabel ?indicator ;
     fz:value ?value ; fz:unit ?unit .
}""",
    """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?rate ?value ?base WHERE {
  ?r fz:rateOf ?b ; fz:value ?value ; fz:indicator/skos:prefLabel ?rate . ?b fz:value ?base .
}""",
    """PREFIX qb: <http://purl.org/linked-data/cube#>
SELECT (COUNT(?o) AS ?n) WHERE { ?o a qb:Observation }""",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=5)
    a = ap.parse_args()
    bindir = Path(python()).parent
    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "kg.nq"
        subprocess.run([python(), "-m", "kg.cli", "build", "--out", str(nq)], cwd=ROOT, check=True)
        oxdir = Path(tmp) / "ox"
        oxigraph = shutil.which("oxigraph", path=str(bindir)) or shutil.which("oxigraph")
        subprocess.run([oxigraph, "load", "--location", str(oxdir), "--file", str(nq)], check=True,
                       capture_output=True)
        servers = {}
        p = free_port()
        servers["fazhi-kg (results kept)"] = (
            [python(), "-m", "kg.cli", "serve", "--port", str(p), "--workers", "2"],
            f"http://127.0.0.1:{p}", "/sparql", "/readyz", {})
        p = free_port()
        # every query evaluated afresh in a query child: the cost of a query never asked before
        servers["fazhi-kg (no result cache)"] = (
            [python(), "-m", "kg.cli", "serve", "--port", str(p), "--workers", "2"],
            f"http://127.0.0.1:{p}", "/sparql", "/readyz", {"KGQA_SPARQL_CACHE_BYTES": "0"})
        p = free_port()
        servers["rdflib-endpoint (uvicorn)"] = (
            [python(), "-m", "rdflib_endpoint", "serve", str(nq), "--host", "127.0.0.1", "--port", str(p)],
            f"http://127.0.0.1:{p}", "/", "/?query=ASK%7B%7D", {})
        p = free_port()
        servers["Oxigraph server"] = (
            [oxigraph, "serve-read-only", "--location", str(oxdir), "--bind", f"127.0.0.1:{p}",
             "--union-default-graph"],
            f"http://127.0.0.1:{p}", "/query", "/query?query=ASK%7B%7D", {})
        results = {}
        print(f"{a.seconds} s per run; {len(QUERIES)} queries cycled; wrk on 127.0.0.1")
        print(f"{'server':32s} {'clients':>7s} {'req/s':>9s} {'p50 ms':>8s} {'p99 ms':>8s} {'errors':>6s}")
        for name, (cmd, base, path, ready, env) in servers.items():
            proc = start(cmd, base + ready, env=env, timeout=120)
            try:
                paths = [path + "?" + urllib.parse.urlencode({"query": q}) for q in QUERIES]
                for c in (1, 8):
                    r = run_wrk(base, paths, c, a.seconds, "application/sparql-results+json")
                    results[(name, c)] = r
                    print(f"{name:32s} {c:7d} {r['rps']:9.1f} {r['p50']:8.2f} {r['p99']:8.2f} {r['errors']:6d}")
            finally:
                stop(proc)
        ours = [name for name in servers if name.startswith("fazhi-kg")]
        for mine in ours:
            for name in list(servers)[len(ours):]:
                for c in (1, 8):
                    print(f"{mine} / {name} at {c} client(s): "
                          f"{results[(mine, c)]['rps'] / results[(name, c)]['rps']:.2f}x")


if __name__ == "__main__":
    main()
