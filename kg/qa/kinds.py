"""The kinds of answer, in the one order they are tried: :data:`HANDLERS`.

Each handler gets the engine, the question and its :class:`~kg.qa.reading.Reading`
(and, for one-report kinds, the report chosen); it returns an answer when the
question is of its kind, or None to let the next one try.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.qa import across, handlers


@dataclass(frozen=True)
class Handler:
    name: str
    across: bool              # True: answers from several reports (before one report is chosen)
    run: Callable
    why: str


# Tried in this order; the first that returns an answer wins.  Across-report kinds
# come first (they name several years or regions); then, on the chosen report, the
# kinds with the most specific cues before the general value lookup, which also gives
# the kind ``zero`` (a stated none: 全年无生产安全事故) and ``multi`` for one indicator
# of several actors (公安、法院派驻调解室分别…).
HANDLERS: tuple[Handler, ...] = (
    Handler("across-regions", True, across.across_regions, "two regions named (白桦区和铁西区…各/谁多): one figure from each one's report"),
    Handler("across-years", True, across.across_years, "two years named with a comparison, or 各年: one figure per year"),
    Handler("ranking", True, across.ranking, "哪个区县…最多: the regions' latest reports, ranked"),
    Handler("most-of-named", False, handlers.most_of_named, "A、B、C哪类最多 / 哪个最低: the things named, each its figure, the largest or smallest"),
    Handler("figure-named", False, handlers.figure_named, "报告中的“N件”指的是什么: the thing the one figure of that number and unit counts"),
    Handler("list", False, handlers.listing, "哪些/包括什么 with a kind of item (问题, 工作安排, 机制), or how many items"),
    Handler("entity", False, handlers.entity, "谁/哪个部门: a body, not a number"),
    Handler("describe", False, handlers.describe, "什么系统/哪些方式 with no count asked: the clause naming it, quoted, or declined"),
    Handler("stated-count", False, handlers.stated_count, "几个坚持/第几次: a count or ordinal stated of a named term in a sentence"),
    Handler("count-share", False, handlers.count_and_share, "X的数量及其占比: the count and the share stated of that same X"),
    Handler("year-before", False, handlers.year_before, "上一年的X / X比上年提高了多少: the report's figure of the year before (上年为M), or this year's less it"),
    Handler("the-rest", False, handlers.the_rest, "其余继续有效的有多少 / 其余为某分局的: a sentence's whole less the parts it names before 其余"),
    Handler("derived", False, handlers.derived, "合计/比…多/未…/…率/占…比例: computed from two stated figures"),
    Handler("multi", False, handlers.multi, "coordinated parts with 各/分别, or two units asked: one figure each"),
    Handler("value", False, handlers.value, "one figure (kind zero when the report states none); the general case, last"),
)
