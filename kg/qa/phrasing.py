"""Stage 5: facts → a short Chinese answer that says which report it comes from.

Every answered text opens with its report (据四平市铁西区2025年报告，…), so an
answer read on its own — in a chat, a screenshot — never hides its region and year.
"""

from __future__ import annotations

from kg.qa.answer import FactOut, show
from kg.qa.catalogue import ReportRef

# a plan asked is answered only from the report's plans (the evidence check): said so, never read as done
PLANNED = "（以上是报告所列的计划或目标，不是已完成的数字。）"
QUALIFIER_WORDS = {"atLeast": "不少于", "atMost": "不超过", "moreThan": "超过", "lessThan": "少于", "approximate": "约"}


def lead(rep: ReportRef) -> str:
    return f"据{rep.name}，"


def phrase(f: FactOut) -> str:
    """区司法局收到行政复议申请N件 (the actor left out where the indicator names it already)."""
    q = QUALIFIER_WORDS.get(f.qualifier or "", "")
    actor = f.actor or ""
    if actor and actor.removeprefix("区") in f.indicator:
        actor = ""
    # (其中枫林社区调处N件: the part of the place named, whose figure it alone is)
    scope = f.scope if f.scope and f.scope not in f.indicator and f.scope not in actor else ""
    return f"{scope}{actor}{f.indicator}{q}{show(f.value)}{f.unit}"


def name(f: FactOut) -> str:
    actor = f.actor or ""
    return f.indicator if not actor or actor.removeprefix("区") in f.indicator else actor + f.indicator


def quote(facts: list[FactOut]) -> str:
    sources = list(dict.fromkeys(f.source for f in facts if f.source))
    return "".join(f"（原文：“{s}”）" for s in sources)


def figures(facts: list[FactOut]) -> str:
    return "，".join(phrase(f) for f in facts)
