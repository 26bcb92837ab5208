"""Score the question engine on the question sets written blind (``bench/blind/``).

Each set was written by someone who read only the report texts (never the
engine, the lexicon or the generated paraphrases), as citizens, journalists,
officials and chatbot users would ask, with near-miss questions that must be
declined. They are a check on whether the method generalises, not a target:
a miss is fixed by changing the mechanism, never by a row for the line.

    .venv/bin/python bench/blind_eval.py [--show-misses]

``tiexi-2025.jsonl`` is asked of the shipped data; ``layouts.jsonl`` of the
layout fixtures (``tests/fixtures/layouts``) and the Baihua fixture loaded
together, as a service holding many reports would hold them.  Prints accuracy
by kind and persona and the number of **wrong** answers (answered, not right).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

# the sets are asked as of 2026, the year after the shipped report's (去年 is 2025; see README)
os.environ.setdefault("KGQA_CURRENT_YEAR", "2026")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import judge

from kg.build import build
from kg.config import Config
from kg.qa import engine_for
from kg.store import GraphStore

FIXTURES = ROOT / "tests" / "fixtures"


def fixtures_data(folder: Path) -> Config:
    """A data folder holding every fixture report (layouts and Baihua) beside the shipped one."""
    reports = folder / "reports"
    reports.mkdir(parents=True)
    for src in [*(FIXTURES / "layouts").glob("*.json"), *(FIXTURES / "reports").glob("*.json")]:
        shutil.copy(src, reports / src.name)
        shutil.copy(src.with_suffix(".txt"), reports / src.with_suffix(".txt").name)
    return Config(data_dir=folder)


def held_back_data(folder: Path) -> Config:
    """A data folder holding the held-back reports (``bench/blind/reports``) beside the shipped one."""
    reports = folder / "reports"
    reports.mkdir(parents=True)
    for src in (ROOT / "bench/blind/reports").glob("*.json"):
        shutil.copy(src, reports / src.name)
        shutil.copy(src.with_suffix(".txt"), reports / src.with_suffix(".txt").name)
    return Config(data_dir=folder)


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def score(name: str, rows: list[dict], engine, show: bool) -> int:
    by_kind, by_persona, wrong = Counter(), Counter(), 0
    totals_k, totals_p = Counter(), Counter()
    for row in rows:
        ans = engine.answer(row["q"]).to_dict()
        ok = judge(row, ans)
        totals_k[row["kind"]] += 1
        totals_p[row.get("persona", "-")] += 1
        by_kind[row["kind"]] += ok
        by_persona[row.get("persona", "-")] += ok
        if not ok and ans["answered"]:
            wrong += 1
        if show and not ok:
            tag = "WRONG" if ans["answered"] else "MISS"
            print(f"  {tag} {row['id']} [{row['kind']}] {row['q']} gold={row['gold']} "
                  f"got={ans['answer'][:120]!r}")
    good = sum(by_kind.values())
    print(f"{name}: {good}/{len(rows)} = {good / len(rows):.1%} right; wrong {wrong}")
    for label, hits, totals in (("kind", by_kind, totals_k), ("persona", by_persona, totals_p)):
        print(f"  by {label}: " + ", ".join(f"{k} {hits[k]}/{totals[k]}" for k in sorted(totals)))
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", action="store_true", help="list each miss and wrong answer")
    args = parser.parse_args()
    config = Config()
    engine = engine_for(GraphStore.from_dataset(build(config)), config)
    for path in sorted((ROOT / "bench/blind").glob("tiexi-*.jsonl")):   # every set on the shipped report
        if not path.name.endswith(".evidence.jsonl"):   # (a set's evidence, for its writer's checks)
            score(path.stem, load(path), engine, args.show_misses)
    with tempfile.TemporaryDirectory() as tmp:
        config = fixtures_data(Path(tmp))
        score("layouts", load(ROOT / "bench/blind/layouts.jsonl"),
              engine_for(GraphStore.from_dataset(build(config)), config), args.show_misses)
    with tempfile.TemporaryDirectory() as tmp:   # the held-back reports, loaded together
        config = held_back_data(Path(tmp))
        engine = engine_for(GraphStore.from_dataset(build(config)), config)
        for path in sorted((ROOT / "bench/blind").glob("layouts-*.jsonl")):
            if not path.name.endswith(".evidence.jsonl"):   # (a set's evidence, for its writer's checks)
                score(path.stem, load(path), engine, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
