"""Extraction quality against gold facts: precision and recall of numeric facts.

A fact matches a gold fact when value, unit and source sentence agree (the same sentence, or one
cut at a semicolon inside the other);
indicator and actor agreement are reported beside, over the matched pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.extract.facts import Fact, extract_facts
from kg.extract.text import heading, parse_structure
from kg.lexicon import Lexicon

SENTENCE_PIECE_MIN = 8   # characters a piece of a sentence must have to name its source (not 合计|N)


@dataclass
class Scores:
    by_type: dict[str, tuple[int, int, int]]   # type -> (matched, extracted, gold)
    indicator_agreement: float
    actor_agreement: float
    missed: list[dict]
    spurious: list[Fact]
    indicator_exact: float = 0.0                 # the same words, quotes and list marks aside
    disagreements: list[tuple[dict, Fact]] = field(default_factory=list)   # indicator or actor differs

    def total(self) -> tuple[float, float]:
        m = sum(v[0] for v in self.by_type.values())
        e = sum(v[1] for v in self.by_type.values())
        g = sum(v[2] for v in self.by_type.values())
        return (m / e if e else 0.0), (m / g if g else 0.0)


def fact_type(value, unit: str, kind: str = "level") -> str:
    if kind != "level":
        return kind
    if value == 0:
        return "zero"
    if unit == "%":
        return "percent"
    if "元" in unit:
        return "money"
    if unit in ("日", "天", "个工作日"):
        return "duration"
    return "count"


def _same_unit(fact, unit: str, lexicon: Lexicon) -> bool:
    """The unit the report writes; a stated zero (未发生…案件) writes none, so the counter a reader gives
    it may be any of one group (件 or 起: unit_groups.tsv), or any counter of things, and agrees."""
    if fact.unit == unit:
        return True
    # (…未发生…情况 writes no counter at all: any counter of things agrees, 件 or 次)
    return fact.kind == "zero" and (any(fact.unit in g and unit in g for g in lexicon.unit_groups)
                                    or lexicon.unit(fact.unit).kind == lexicon.unit(unit).kind == "count")


def _norm(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch not in "“”\"'（）() 、，的").removeprefix("驻").removeprefix("区")


def _bare(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch not in "“”\"'、 ")


def _similar(a: str | None, b: str | None) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    grams = {a[i:i + 2] for i in range(len(a) - 1)}
    other = {b[i:i + 2] for i in range(len(b) - 1)}
    return len(grams & other) / max(1, min(len(grams), len(other))) >= 0.5


def _sentence(text: str) -> str:
    """A sentence without the point mark a line may open with (①, 1.) or its closing mark: the gold
    may keep them, a point read as a heading with no body does not."""
    text = text.strip()
    h = heading(text)
    return (h[2].strip() if h else text).rstrip("。；;.!！?？")


def _one_within(ours: str, gold: str) -> bool:
    """The same source where the gold and the reader cut sentences differently: a gold sentence
    ended at a semicolon (…增加N件；依法受理…) inside the reader's, or the other way round."""
    short, long = sorted((ours, gold), key=len)
    return len(short) >= SENTENCE_PIECE_MIN and short in long


def evaluate(text: str, gold_rows: list[dict], lexicon: Lexicon, default_actor: str | None = None,
             done_in: int | None = None) -> Scores:
    """``done_in``: score only the figures of work done in that year, as gold of that kind lists them —
    a target of the plans section, and a figure of the year before (上年为M, a column of last year), are
    kept apart from precision (they are stored, each for what it is, and answer their own questions)."""
    structure = parse_structure(text, lexicon)
    # (a figure restated of what every one of its things came to, …N件，全部胜诉, is the figure before
    # it again: counted once, as the report writes it once)
    facts = [f for f in extract_facts(structure.sentences, lexicon, default_actor, structure.sections) if not f.restated]
    if done_in is not None:
        plans = {s.id for s in structure.sections if s.role == "plans"}
        facts = [f for f in facts if f.sentence.section not in plans and not f.prior
                 and not (f.period and f.period < done_in)]
        # …on both sides: a gold row of a sentence of the plans section is a target too
        planned = {_sentence(s.text) for s in structure.sentences if s.section in plans}
        gold_rows = [g for g in gold_rows if not any(_sentence(g["sentence"]) == p or _one_within(p, _sentence(g["sentence"]))
                                                     for p in planned)]
        # …and a gold row of an earlier year (上年为M: year 2023 in a 2024 report) as ours of it are
        gold_rows = [g for g in gold_rows if not (str(g.get("year") or "").isdigit() and int(g["year"]) < done_in)]
    pool = list(facts)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in facts:
        counts[fact_type(f.value, f.unit, "zero" if f.kind == "zero" else f.kind)][1] += 1
    ind_ok = act_ok = exact = 0
    disagreements = []
    missed = []
    for g in gold_rows:
        gv = Decimal(str(g["value"]))
        # (a gold row may keep the report's scaled unit, 近三成 as 3 成, where the reader gives 30 %)
        unit, scale = lexicon.unit_scales.get(g["unit"], (g["unit"], 1))
        alike = [f for f in pool if Decimal(str(f.value)) == gv * scale and _same_unit(f, unit, lexicon)]
        said = _sentence(g["sentence"])
        hit = next((f for f in alike if _sentence(f.sentence.text) == said), None) \
            or next((f for f in alike if _one_within(_sentence(f.sentence.text), said)), None)
        # a gold row may say its kind (change); else a matched one is of its fact's kind, so the
        # two sides of a type's precision count the same facts (never above 100%)
        kind = g.get("kind") or (hit.kind if hit else "level")
        t = fact_type(gv, g["unit"], kind)
        counts[t][2] += 1
        if hit is None:
            missed.append(g)
            continue
        pool.remove(hit)
        counts[t][0] += 1
        # a breakdown's part (其中甲社区调处N件) is the whole's indicator of its scope: the two together
        described = hit.indicator if not hit.scope or hit.scope in hit.indicator else hit.scope + hit.indicator
        same_ind, same_act = _similar(described, g.get("indicator")), _similar(hit.actor, g.get("actor"))
        ind_ok += same_ind
        act_ok += same_act
        exact += _bare(hit.indicator) == _bare(g.get("indicator"))
        if not (same_ind and same_act):
            disagreements.append((g, hit))
    matched = sum(v[0] for v in counts.values())
    return Scores({k: tuple(v) for k, v in sorted(counts.items())},
                  ind_ok / matched if matched else 0.0, act_ok / matched if matched else 0.0,
                  missed, pool, exact / matched if matched else 0.0, disagreements)


def load_gold(path: Path) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
