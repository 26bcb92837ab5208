"""Scores an answer function on a question set the way ../shared/eval/score.py does."""

import json
from pathlib import Path


def judge(row: dict, answer: dict) -> bool:
    kind, gold = row["kind"], row["gold"]
    if kind == "none":
        return not answer["answered"]
    if not answer["answered"]:
        return False
    if kind in ("entity", "list"):
        return all(k in answer["answer"] for k in gold)
    values = [f["value"] for f in answer["facts"]]
    if len({round(v, 4) for v in values}) > len(gold) + 2:
        return False
    if kind == "derived":
        return all(any(abs(abs(v) - abs(g)) < 1e-6 for v in values) for g in gold)
    return all(any(abs(v - g) < 1e-6 for v in values) for g in gold)


def accuracy(answer_fn, questions: Path) -> float:
    rows = [json.loads(x) for x in Path(questions).read_text("utf-8").splitlines() if x.strip()]
    return sum(judge(row, answer_fn(row["q"]).to_dict()) for row in rows) / len(rows)
