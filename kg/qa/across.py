"""Stage 3, across reports: kinds of answer drawn from several reports at once.

Tried before one report is chosen (see :data:`kg.qa.kinds.HANDLERS`): two regions
named (白桦区和铁西区…各), two years compared (2025年比2024年多多少), each year
(各年), and a ranking of regions (哪个区县…最多).  Each figure still passes the
evidence check, through :func:`kg.qa.handlers.resolve`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.qa import phrasing
from kg.qa.answer import (
    ANSWERED,
    NO_DATA,
    NOT_UNDERSTOOD,
    Answer,
    FactOut,
    number,
    show,
)
from kg.qa.catalogue import ReportRef
from kg.qa.handlers import resolve
from kg.qa.reading import Reading
from kg.qa.templates import with_values

if TYPE_CHECKING:
    from kg.qa.engine import Engine


def _region_reports(eng: Engine, r: Reading) -> list[ReportRef]:
    region = r.region or eng.default_region or (eng.reports[0].region if eng.reports else None)
    return sorted((x for x in eng.reports if region in (x.region, x.city)), key=lambda x: x.year)


def across_years(eng: Engine, question: str, r: Reading) -> Answer | None:
    """白桦区2025年行政复议比2024年多了多少件 / 各年法律援助案件各多少件."""
    # (2024年和2023年的罚没款分别是多少: each year's, asked together; 截至2025年底…2024年度…: one year's)
    compare = len(set(r.years)) >= 2 and (eng.reader.compares(r.text) or eng.reader.has("each", r.text)
                                          or r.change or "difference" in r.cues
                                          or any(w in r.text for w, _ in eng.lx.changes))
    if not compare and "by_year" not in r.cues:
        return None
    reps = _region_reports(eng, r)
    asked = [(x, x.year) for x in reps]
    if compare:
        # (2023年、2024年、2025年…分别是多少: each year's; a difference is of two)
        each = eng.reader.has("each", r.text) and not ("difference" in r.cues or eng.reader.compares(r.text))
        wanted = list(dict.fromkeys(r.years))[:None if each else 2]
        by_year = {x.year: x for x in reps}
        # a year with no report of its own may be stated in a later one (2023年、2024年…分别为…)
        stated = {y: s for y in wanted if y not in by_year and (s := _report_stating(eng, reps, y))}
        missing = [y for y in wanted if y not in by_year and y not in stated]
        later = by_year.get(max(wanted))
        unreported = [y for y in wanted if y not in by_year]
        if unreported == [min(wanted)] and later and later.year - 1 == min(wanted) \
                and (eng.priors(later) or eng.states_changes(later)):
            # 2025年比2024年少了多少 with no 2024 report: the 2025 one states that year's figures beside
            # its own (上年为M, a column of 2024) or its change on it (较上年减少N次), and answers as a change
            # on the year before (or, each
            # year asked, with both figures)
            r.year = later.year
            if eng.reader.has("each", r.text):
                r.before = r.prior = True      # 2024年和2023年的罚没款分别是多少: each year's figure
            else:
                r.change = True
            return None
        if missing:
            return Answer(question, NO_DATA, f"没有{reps[0].region if reps else ''}"
                          f"{'、'.join(map(str, missing))}年的报告，无法比较。", kind="derived",
                          suggestions=[f"{x.region}{x.year}年{''.join(r.tokens)}是多少？" for x in reps][:3])
        asked = [(by_year.get(y) or stated[y], y) for y in wanted]
    tokens = [t for t in r.tokens if t not in ("比", "多", "少", "变化")]
    # each year read on its own (only its figures answer it: a report states several years' side by side)
    matches = [(x, y, resolve(eng, replace(r, years=[y], year=y, stated_year=None if x.year == y else y,
                                          report_year=x.year),
                              x, tokens, r.units, r.text)) for x, y in asked]
    found = [(x, y, m) for x, y, m in matches if m]
    if not found or (compare and len(found) < 2) or (compare and each and len(found) < len(asked)):
        lacking = "、".join(f"{y}年" for _, y, m in matches if not m)
        return Answer(question, NO_DATA, f"{lacking}的报告中没有找到这项数据。", kind="derived")
    facts, sparql = eng.facts([m.obs.iri for _, _, m in found])
    if compare and not each:
        (xa, _, a), (xb, _, b) = found
        bind = {"a": URIRef(a.obs.iri), "b": URIRef(b.obs.iri)}
        row = eng.store.select(eng.t.difference, bind)[0]
        result = FactOut(number(row["result"]), a.obs.unit, f"{facts[0].indicator}（{xa.year}年较{xb.year}年变化）",
                         facts[0].actor, xa.region, xa.year, "", "", computed=True)
        text = (f"据{xa.region}{xa.year}年、{xb.year}年报告，{xa.year}年{phrasing.phrase(facts[0])}，"
                f"{xb.year}年{phrasing.phrase(facts[1])}，相差{show(result.value)}{a.obs.unit}（计算值）。")
        return Answer(question, ANSWERED, text, "derived", [result] + facts,
                      with_values(eng.t.difference, [bind]), round(min(a.coverage, b.coverage, 1), 2))
    text = "；".join(f"{f.region}{f.year}年{phrasing.phrase(f)}" for f in facts) + "。"
    if any(x.year != y for x, y, _ in found):
        text += "".join(dict.fromkeys(f"（{y}年的数字见{x.name}）" for x, y, _ in found if x.year != y))
    return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(m.coverage for _, _, m in found), 2))


def _report_stating(eng: Engine, reps: list[ReportRef], year: int) -> ReportRef | None:
    """The earliest later report of the region that states figures of ``year`` (a 分别 over years, a
    table's column of it)."""
    return next((x for x in reps if x.year > year and any(o.year == year for o in eng.cat.figures[x.iri])), None)


def across_regions(eng: Engine, question: str, r: Reading) -> Answer | None:
    """白桦区和铁西区法律援助案件各多少件 / …谁多: one figure per region named, each from its report."""
    if len(r.regions) < 2:
        return None
    found, missing = [], []
    for region in r.regions:
        reps = [x for x in eng.reports if x.region == region and (not r.year or x.year == r.year)]
        hit = resolve(eng, r, reps[0], r.tokens, r.units, r.text) if reps else None
        (found.append((reps[0], hit)) if hit else missing.append(region))
    if missing:
        return Answer(question, NO_DATA, "、".join(missing) + "的报告中没有找到这项数据，无法逐一回答。", kind="multi",
                      suggestions=eng.suggestions(eng.reports[0], r.tokens) if eng.reports else [])
    if len({m.obs.unit for _, m in found}) > 1:
        return Answer(question, NO_DATA, "各地报告的这项数据单位不同，无法放在一起回答。", kind="multi")
    facts, sparql = eng.facts([m.obs.iri for _, m in found])
    text = "；".join(f"据{x.name}，{phrasing.phrase(f)}" for (x, _), f in zip(found, facts)) + "。"
    if eng.reader.compares(r.text) or "entity" in r.cues:
        top = max(zip(found, facts), key=lambda xf: xf[1].value)
        if len({f.value for f in facts}) > 1:
            text += f"{top[0][0].region}更多。"
    return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(m.coverage for _, m in found), 2))


def ranking(eng: Engine, question: str, r: Reading) -> Answer | None:
    """哪个区县法律援助案件最多: the latest report of each region, ranked."""
    if "ranking" not in r.cues:
        return None
    if len({x.region for x in eng.reports}) < 2:
        return Answer(question, NO_DATA, "目前只收录了" + "、".join(dict.fromkeys(x.name for x in eng.reports))
                      + "，没有可以比较的其他区县。", kind="ranking")
    if len(r.regions) == 1 and any(x.region == r.regions[0] or x.city == r.regions[0] for x in eng.reports):
        # 甲市哪个县区…最多: the places within one named, which no ranking of reports is (the named
        # place's own total would come first): its report's parts, if any, are the later handlers'
        return None
    latest: dict[str, ReportRef] = {}
    for x in eng.reports:
        if (not r.year or x.year == r.year) and (x.region not in latest or x.year > latest[x.region].year):
            latest[x.region] = x
    cue_words = set(eng.reader.words.get("more", []) + eng.reader.words.get("less", [])) | {"区县", "地区", "排名", "排序"}
    tokens = [t for t in r.tokens if not any(t in w or w in t for w in cue_words)]
    found = [(x, m) for x in latest.values() for m in [resolve(eng, r, x, tokens, r.units, r.text)] if m]
    if not found:
        return Answer(question, NO_DATA, "各地报告中都没有找到这项数据。", kind="ranking")
    if len({m.obs.unit for _, m in found}) > 1:
        return Answer(question, NOT_UNDERSTOOD, "各地报告的这项数据单位不同，无法排序。", kind="ranking")
    reverse = not eng.reader.has("less", r.text)
    found.sort(key=lambda xm: xm[1].obs.value, reverse=reverse)
    facts, sparql = eng.facts([m.obs.iri for _, m in found])
    text = f"{found[0][0].region}{'最多' if reverse else '最少'}：" + "；".join(
        f"{f.region}{f.year}年{phrasing.phrase(f)}" for f in facts) + "。"
    if len(latest) > len(found):
        text += "（" + "、".join(x for x in latest if x not in {y.region for y, _ in found}) + "的报告中没有这项数据）"
    return Answer(question, ANSWERED, text, "ranking", facts, sparql, round(min(m.coverage for _, m in found), 2))
