"""Measure the two ways of reading a clause's grammar on the gold fixtures.

* ``lexicon`` — the dependency-free chunker the extractor uses: verbs, function words
  (将/了/对), light words and link words from ``data/lexicon``;
* ``posseg`` — the same rules, with "does this phrase end / start with a verb or a
  function word" answered by jieba's part-of-speech tags instead of the word lists.

Prints, per chunker, values matched and the indicator and actor agreement, both
exact (after dropping quotes) and as ``kgqa eval-extraction`` counts it (similar).

    .venv/bin/python scripts/measure_chunkers.py
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import _similar
from kg.extract import facts as facts_module
from kg.extract.facts import extract_facts
from kg.extract.text import parse_structure
from kg.lexicon import load_lexicon
from kg.report import load_report

FIXTURES = ROOT / "tests" / "fixtures"
GOLD = [(FIXTURES / "layouts" / f"{n}.json", FIXTURES / "layouts" / f"{n}.facts.jsonl") for n in
        ["qingsong-city-2023", "baihua-sifa-2023", "qingsong-scj-2023", "qinglan-province-2022",
         "songlin-county-2022", "beihu-district-2024", "qingsong-zfb-2024"]] + [
    (FIXTURES / "reports" / "baihua-2024.json", FIXTURES / "baihua-2024.facts.jsonl")]
VERB_TAGS = ("v",)
FUNCTION_TAGS = ("p", "d", "ul", "uz", "ug", "uguo", "c")


def _posseg_rules():
    """Patch the rule helpers to answer from jieba.posseg; returns a function restoring them."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    rules = facts_module._Rules
    saved = {n: getattr(rules, n) for n in ("ends_with_verb", "starts_with_verb", "ends_with_function_word")}

    def ends_with_verb(self, text):
        toks = pseg.lcut(text) if text else []
        return toks[-1].word if toks and toks[-1].flag.startswith(VERB_TAGS) else ""

    def starts_with_verb(self, text):
        toks = pseg.lcut(text) if text else []
        return toks[0].word if toks and toks[0].flag.startswith(VERB_TAGS) else ""

    def ends_with_function_word(self, text):
        toks = pseg.lcut(text) if text else []
        return toks[-1].word if toks and toks[-1].flag in FUNCTION_TAGS else ""

    rules.ends_with_verb, rules.starts_with_verb = ends_with_verb, starts_with_verb
    rules.ends_with_function_word = ends_with_function_word

    def restore():
        for name, fn in saved.items():
            setattr(rules, name, fn)
    return restore


def _bare(text):
    return (text or "").replace("“", "").replace("”", "").replace("、", "")


def measure(lexicon, gold=GOLD) -> dict:
    totals = {"gold": 0, "matched": 0, "extracted": 0, "exact": 0, "similar": 0, "actor": 0}
    for meta, gold_path in gold:
        report = load_report(meta)
        facts = extract_facts(parse_structure(report.text, lexicon).sentences, lexicon, report.default_actor)
        pool = list(facts)
        totals["extracted"] += len(facts)
        for g in (json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()):
            totals["gold"] += 1
            hit = next((f for f in pool if Decimal(str(f.value)) == Decimal(str(g["value"]))
                        and f.unit == g["unit"] and f.sentence.text == g["sentence"]), None)
            if hit is None:
                continue
            pool.remove(hit)
            totals["matched"] += 1
            totals["exact"] += _bare(hit.indicator) == _bare(g["indicator"])
            totals["similar"] += _similar(hit.indicator, g["indicator"])
            totals["actor"] += _similar(hit.actor, g.get("actor"))
    return totals


def main() -> int:
    lexicon = load_lexicon(ROOT / "data" / "lexicon")
    sets = [("layouts", GOLD[:-1]), ("baihua", GOLD[-1:]), ("all", GOLD)]
    rows = [("lexicon", s, measure(lexicon, g)) for s, g in sets]
    restore = _posseg_rules()
    try:
        rows += [("posseg", s, measure(lexicon, g)) for s, g in sets]
    finally:
        restore()
    print(f"{'chunker':8s} {'gold':8s} {'recall':>7s} {'precision':>9s} {'indicator exact':>15s} {'similar':>8s} "
          f"{'actor':>6s}")
    for name, which, t in rows:
        m = t["matched"] or 1
        print(f"{name:8s} {which:8s} {t['matched'] / t['gold']:7.1%} {t['matched'] / max(1, t['extracted']):9.1%} "
              f"{t['exact'] / m:15.1%} {t['similar'] / m:8.1%} {t['actor'] / m:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
