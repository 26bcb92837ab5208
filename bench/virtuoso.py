"""Ask latency in remote mode: Virtuoso against Oxigraph server over loopback, embedded for reference.

    pip install -e '.[test]' && apt-get install virtuoso-opensource-7-bin
    python bench/virtuoso.py [--rounds 5]

Why: issue 11 sets remote mode (Oxigraph server) at ask p50 ≤ 10 ms over
loopback; this says where Virtuoso stands beside it on the same export (the
project's reports plus the Baihua fixture), with the same question engine.
Prints Virtuoso's start and load times, then ask p50 / p99 over the dev and
Baihua questions (``--rounds`` passes) for embedded, Oxigraph server and
Virtuoso, and whether the remote answers equal the embedded ones.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.config import Config
from kg.qa import engine_for
from kg.store import open_store
from tests.corpus import built_and_exported
from tests.virtuoso import Virtuoso, binaries, free_port

FIXTURES = ROOT / "tests" / "fixtures"


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def questions() -> list[str]:
    out = []
    for name in ("dev_questions.jsonl", "baihua_2024_questions.jsonl"):
        out += [json.loads(x)["q"] for x in (FIXTURES / name).read_text("utf-8").splitlines() if x.strip()]
    return out


def timed(engine, qs: list[str], rounds: int) -> tuple[list[float], list[dict]]:
    times, answers = [], []
    for r in range(rounds):
        for q in qs:
            t = time.perf_counter()
            a = engine.answer(q)
            times.append(time.perf_counter() - t)
            if r == 0:
                answers.append(a.to_dict())
    return times, answers


def start_oxigraph(export: Path, work: Path) -> tuple[subprocess.Popen, str, float]:
    exe = Path(sys.executable).with_name("oxigraph")
    subprocess.run([str(exe), "load", "--location", str(work / "ox"), "--file", str(export)],
                   check=True, capture_output=True)
    port = free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "serve-read-only", "--location", str(work / "ox"), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    while True:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            return proc, url, time.perf_counter() - t0
        except OSError:
            if proc.poll() is not None or time.perf_counter() - t0 > 60:
                sys.exit("oxigraph server did not start")
            time.sleep(0.05)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    found = binaries()
    if found is None:
        sys.exit("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    work = Path(tempfile.mkdtemp(prefix="kgqa-bench-virtuoso-"))
    virtuoso, ox_proc = Virtuoso(*found), None
    try:
        embedded, data, export = built_and_exported(work)
        virtuoso.start()
        virtuoso.load(export)
        ox_proc, ox_url, ox_start = start_oxigraph(export, work)
        qs = questions()
        quads = len(export.read_bytes().splitlines())
        print(f"export: {quads} quads; {len(qs)} questions x {args.rounds} rounds")
        print(f"Virtuoso start {virtuoso.started_in:.2f} s (new database), load + publish + checkpoint "
              f"{virtuoso.loaded_in:.2f} s; Oxigraph server start {ox_start:.2f} s")
        base_times, base = timed(engine_for(open_store(embedded), embedded), qs, args.rounds)
        print(f"{'mode':28s} {'engine start':>12s} {'p50 ms':>8s} {'p99 ms':>8s}  same answers as embedded")
        print(f"{'embedded (in process)':28s} {'':>12s} {percentile(base_times, 50) * 1e3:8.2f} "
              f"{percentile(base_times, 99) * 1e3:8.2f}")
        for name, url in (("remote, Oxigraph server", ox_url), ("remote, Virtuoso", virtuoso.url)):
            config = Config(data_dir=data, store=url)
            t0 = time.perf_counter()
            engine = engine_for(open_store(config), config)
            started = time.perf_counter() - t0
            times, answers = timed(engine, qs, args.rounds)
            same = sum(a == b for a, b in zip(answers, base, strict=True))
            print(f"{name:28s} {started * 1e3:9.0f} ms {percentile(times, 50) * 1e3:8.2f} "
                  f"{percentile(times, 99) * 1e3:8.2f}  {same}/{len(qs)}")
    finally:
        virtuoso.stop()
        if ox_proc is not None:
            ox_proc.kill()
            ox_proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
