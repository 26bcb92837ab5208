#!/usr/bin/env python3
"""Score the engine on the questions generated from the graph (bench/paraphrases.py).

Prints accuracy by kind and by persona, and the number of wrong answers (answered
but not right: a figure a user would wrongly trust).  ``--show`` lists misses and
wrong answers; ``--write FILE`` saves the generated set as JSON lines.

    .venv/bin/python bench/paraphrase_eval.py [--show] [--write bench/generated.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# the sets are asked as of 2026, the year after the shipped report's (去年 is 2025; see README)
os.environ.setdefault("KGQA_CURRENT_YEAR", "2026")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]


def evaluate(engine, questions) -> dict:
    from scoring import judge
    by_kind: dict[str, list[int]] = {}
    by_persona: dict[str, list[int]] = {}
    misses, wrong = [], 0
    t0 = time.perf_counter()
    for q in questions:
        row = q.row(0)
        context = None
        for earlier in q.before:       # a follow-up: the conversation so far, each turn's context carried
            context = engine.answer(earlier, context).context or context
        a = engine.answer(q.q, context).to_dict()
        ok = judge(row, a)
        for table, key in ((by_kind, q.kind), (by_persona, q.persona)):
            table.setdefault(key, [0, 0])
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            wrong += a["answered"]
            misses.append((q, a))
    good = sum(g for g, _ in by_kind.values())
    return {"by_kind": by_kind, "by_persona": by_persona, "good": good, "total": len(questions),
            "wrong": wrong, "misses": misses, "seconds": time.perf_counter() - t0}


def two_report_engine():
    import shutil
    import tempfile

    from kg.build import build
    from kg.config import PROJECT_ROOT, Config
    from kg.qa import engine_for
    from kg.store import GraphStore
    d = Path(tempfile.mkdtemp())
    shutil.copytree(PROJECT_ROOT / "data/lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data/reports", d / "reports")
    for f in (PROJECT_ROOT / "tests/fixtures/reports").iterdir():
        shutil.copy(f, d / "reports" / f.name)
    config = Config(data_dir=d)
    return engine_for(GraphStore.from_dataset(build(config)), config)


def all_fixtures_engine():
    """The shipped report, the Baihua fixture, every layout fixture (tests/fixtures/layouts) and the question
    fixtures (tests/fixtures/qa), loaded together."""
    import shutil
    import tempfile

    from kg.build import build
    from kg.config import PROJECT_ROOT, Config
    from kg.qa import engine_for
    from kg.store import GraphStore
    d = Path(tempfile.mkdtemp())
    shutil.copytree(PROJECT_ROOT / "data/lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data/reports", d / "reports")
    for folder in ("tests/fixtures/reports", "tests/fixtures/layouts", "tests/fixtures/qa"):
        for f in (PROJECT_ROOT / folder).iterdir():
            if f.suffix in (".json", ".txt"):
                shutil.copy(f, d / "reports" / f.name)
    config = Config(data_dir=d)
    return engine_for(GraphStore.from_dataset(build(config)), config)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--write")
    ap.add_argument("--fixture", action="store_true",
                    help="also load the fictional Baihua 2024 fixture and ask about it (two reports)")
    ap.add_argument("--all-fixtures", action="store_true",
                    help="load every layout fixture too (tests/fixtures/layouts) and ask about each report")
    a = ap.parse_args()
    from paraphrases import generate

    from kg.config import Config
    from kg.qa import _default_engine
    if a.all_fixtures:
        engine = all_fixtures_engine()
        questions = [q for rep in engine.reports for q in generate(engine, rep=rep)]
    elif a.fixture:
        engine = two_report_engine()
        questions = [q for rep in engine.reports for q in generate(engine, rep=rep)]
    else:
        engine = _default_engine(Config())
        questions = generate(engine)
    if a.write:
        Path(a.write).write_text("".join(json.dumps(q.row(i), ensure_ascii=False) + "\n"
                                         for i, q in enumerate(questions, 1)), encoding="utf-8")
    res = evaluate(engine, questions)
    if a.show:
        for q, ans in res["misses"]:
            tag = "WRONG" if ans["answered"] else "MISS"
            vals = [f["value"] for f in ans["facts"]]
            print(f"{tag} [{q.kind}/{q.persona}] {q.q} gold={q.gold} got={vals} {ans['answer'][:90]}")
    for title, table in (("kind", res["by_kind"]), ("persona", res["by_persona"])):
        print(f"-- by {title}")
        for k, (g, t) in sorted(table.items()):
            print(f"{k:12s} {g:4d}/{t:<4d} {g / t:6.1%}")
    negatives = res["by_kind"].get("none", [0, 0])[1]
    print(f"accuracy {res['good']}/{res['total']} = {res['good'] / res['total']:.1%}; wrong {res['wrong']}; "
          f"negatives {negatives}; {res['seconds'] / res['total'] * 1000:.1f} ms a question")


if __name__ == "__main__":
    main()
