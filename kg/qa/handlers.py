"""Stage 3: the kinds of answer from one report, each a handler (order: :data:`kg.qa.kinds.HANDLERS`).

A handler gets the engine, the question, its :class:`~kg.qa.reading.Reading` and
(for handlers of one report) the report chosen; it returns an
:class:`~kg.qa.answer.Answer` when the question is of its kind, or None to let
the next handler try.  Handlers that give a figure put it through the evidence
check (:mod:`kg.qa.evidence`) first, and decline with the reasons when it fails.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg.lexicon import longest_first
from kg.qa import phrasing
from kg.qa.answer import (
    AMBIGUOUS,
    ANSWERED,
    NO_DATA,
    Answer,
    FactOut,
    number,
    show,
)
from kg.qa.catalogue import ReportRef
from kg.qa.evidence import ARITHMETIC_CUES, CHANGE_SINCE, NEGATIONS, SHARE_OPENING
from kg.qa.matching import Match, Obs
from kg.qa.reading import Reading
from kg.qa.segment import strip_punctuation
from kg.qa.templates import with_values

if TYPE_CHECKING:
    from kg.qa.engine import Engine

ROUNDING = 6          # decimals a difference of two stated decimals is rounded to (binary floats leave a tail: N.N − M.M)
MIN_COVERAGE = 0.6     # share of the question's content words a figure must cover to be considered at all
CLOSE_SCORE = 0.25     # two figures this close in score are equally good readings (rivals, or one per actor)
CANDIDATES = 6         # figures looked at below the best one when the best fails the evidence check
RIVAL_CONFIDENCE = 0.6 # confidence kept when another reading was about as good (status ambiguous)
COUNT_CONFIDENCE = 0.8 # 有几个部门 counted from the graph's entities: as complete as extraction, no more
LIST_CONFIDENCE = 0.9  # items of a kind listed whole from the graph
RIVALS_SHOWN = 3       # readings offered beside the one answered
REST_CONFIDENCE = 0.8  # 其余… computed from a whole and its named parts: as sure as reading the sentence's parts whole
THING_ITSELF_MARGIN = 1.0  # how much worse a figure of the thing itself may rank and still beat one of an action on it


def fits(m: Match) -> bool:
    """Enough of the question is about this figure, and it is the measure asked for."""
    return m.coverage >= MIN_COVERAGE and m.missing == 0 and m.unit_fits


def no_data(eng: Engine, question: str, r: Reading, rep: ReportRef, kind: str, why: str = "") -> Answer:
    topic = "、".join(r.tokens)
    text = f"{rep.name}中没有找到关于“{topic}”的数据。" if topic else f"{rep.name}中没有找到这项数据。"
    if why:
        text = f"{rep.name}中没有能回答这个问题的数字：{why}。"
    return Answer(question, NO_DATA, text, kind=kind, suggestions=eng.suggestions(rep, r.tokens))


def checked(eng: Engine, r: Reading, ranked: list[Match], text=None, tokens=None):
    """The best-ranked fitting figure that passes the evidence check, and the first failure's reasons."""
    first_problems: list[str] = []
    for m in [m for m in ranked[:CANDIDATES * 4] if fits(m)][:CANDIDATES]:
        problems = eng.evidence.check(r, m.obs, text, tokens)
        if not problems:
            return m, first_problems
        first_problems = first_problems or problems
    return None, first_problems


# -- one report --------------------------------------------------------------
_COUNTED_KIND = r"\d+(?:\.\d+)?\s*[个项家类种位条支所名]{0}"   # N个社区: the kind after its count
GAP_ASKED = re.compile(r"相差|差多少|差几|差距|还差")    # a difference asked in so many words (not 占比有多高)


def value(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """One figure (某局收到多少件某类申请); a stated zero is kind ``zero``."""
    if not r.tokens:
        return None
    if not r.slots and not r.units and not r.change and not any(eng.reader.has(k, r.text) for k in ("rate", "money")) \
            and asked_head(eng, r.text, ("which",)):
        return None       # 优化了哪个服务中心的职能: a thing is asked (哪个 + a noun), no number — never a figure
    if r.slots == 2 and (pair := _before_and_after(eng, r, rep)):
        # 从多少个工作日压减到多少个: what it was and what it became, stated as one change (由N…压减至M)
        facts, sparql = eng.facts([o.iri for o in pair])
        facts.sort(key=lambda f: [o.iri for o in pair].index(f.iri))
        text = (f"{phrasing.name(facts[0])}由{show(facts[0].value)}{facts[0].unit}变为{show(facts[1].value)}"
                f"{facts[1].unit}。" + phrasing.quote(facts[:1]))
        return Answer(question, ANSWERED, text, "multi", facts, sparql, 1.0)
    if r.slots > 1:
        # 几家…整合成几家, 期数和人次: several numbers asked and the kinds before found no figure for each;
        # one of them alone would read as the whole answer
        return no_data(eng, question, r, rep, "multi", "问题问了几个数，报告中没有找到各自的数字")
    if len(set(r.years)) > 2 and not r.change:
        # over 2023, 2024 and 2025: several years asked, which no one figure is (each, or their sum —
        # more than two are left to the asker, as sums of more than two figures are)
        return no_data(eng, question, r, rep, "value", "问题问了几个年份的数字，报告中没有一个数字能回答")
    ranked = eng.matcher.rank(eng.cat.figures[rep.iri], r.tokens, r.units, r.text)
    best, problems = checked(eng, r, ranked)
    if best is None:
        return no_data(eng, question, r, rep, "value", "；".join(problems[:2]))
    if "difference" in r.cues and best.obs.kind != "change" and not r.change \
            and (compares(eng, r.text) or GAP_ASKED.search(r.text)):
        # 差多少 / 相差 asked, and the figure found states no difference: it is one side, not the answer
        return no_data(eng, question, r, rep, "derived", "问的是差多少，报告中没有可据以计算的两个数字")
    best = the_thing_itself(eng, r, ranked, best)
    best = the_whole(eng, r, rep, best)
    if not r.parts and (r.cues & {"multi", "sum"} or _things_counted(eng, r)) \
            and (piece := _piece_left_out(eng, r, best.obs)):
        # A和B各有多少 / A和B…中C加起来 whose parts were not told apart: one figure, naming nothing of one
        # of them, would read as the answer for both
        return no_data(eng, question, r, rep, "multi", f"问题问了几项，报告中的这个数字没有说到“{piece}”")
    kind = "zero" if best.obs.kind == "zero" else "value"
    # 压缩至1-2个工作日, 抽查5至8次: a range is stated as two figures of one indicator in one clause;
    # one end alone would be a wrong answer, so both are given
    ends = [o for o in eng.cat.figures[rep.iri] if o.iri != best.obs.iri and o.clause == best.obs.clause
            and o.year == best.obs.year
            and o.label == best.obs.label and o.unit == best.obs.unit and o.actor == best.obs.actor
            and o.qualifier and best.obs.qualifier and o.qualifier != best.obs.qualifier]
    if ends:
        facts, sparql = eng.facts(sorted([best.obs.iri] + [o.iri for o in ends]))
        facts.sort(key=lambda f: f.value)
        lo, hi = facts[0], facts[-1]
        text = (f"{phrasing.name(lo)}为{show(lo.value)}至{show(hi.value)}{lo.unit}（报告给出的是一个范围）。"
                + phrasing.quote(facts))
        return Answer(question, ANSWERED, text, kind, facts, sparql, round(min(best.coverage, 1), 2))
    if not r.units and r.slots <= 1 and best.obs.unit != "%":
        # 全省仍有N个机构可办事项少于M项 asked with no unit: one clause, one name, a count and a bound
        # in another measure — either would be a guess at what is counted (组建队伍N支M人, no bound, stays)
        twins = [o for o in eng.cat.figures[rep.iri] if o.iri != best.obs.iri and o.clause == best.obs.clause
                 and o.label == best.obs.label and o.year == best.obs.year and o.unit not in (best.obs.unit, "%")
                 and (o.qualifier or best.obs.qualifier)]
        if twins:
            facts, _ = eng.facts([best.obs.iri, *(o.iri for o in twins)])
            return no_data(eng, question, r, rep, "value",
                           "报告在同一处给出了几个数（" + "、".join(f"{show(f.value)}{f.unit}" for f in facts)
                           + "），问题没有说明问的是哪一个单位")
    # one indicator of several actors; not when the best is the overall figure (化解纠纷N件 of all)
    peers = [m for m in ranked if best.obs.actor and m.obs.label == best.obs.label and m.obs.unit == best.obs.unit
             and m.obs.actor != best.obs.actor and (best.score - m.score < CLOSE_SCORE or by_publisher(r, best, m))
             and fits(m) and not eng.evidence.check(r, m.obs)]
    if len(peers) == 1 and "sum" in r.cues:
        # 调解室一共化解了多少纠纷: one indicator, two actors, their sum asked
        return computed(eng, question, "sum", best, peers[0])
    if "sum" in r.cues and not peers and (named := _siblings_named(eng, r, rep, best)):
        # 收到甲建议、乙建议各N件 … 两类加起来: the sum of the things the question names, never
        # one of them; more than two are named and left to the asker (parts_named)
        if len(named) == 1:
            return computed(eng, question, "sum", best, Match(named[0], best.score, best.coverage))
        return parts_named(eng, question, r, rep, [best, *(Match(o, best.score, best.coverage) for o in named)])
    if peers:
        # one indicator, several actors (公安、法院……分别): the answer names each
        facts, sparql = eng.facts([m.obs.iri for m in [best] + peers])
        text = phrasing.figures(facts) + "。" + phrasing.quote(facts)
        return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(best.coverage, 1), 2))
    facts, sparql = eng.facts([best.obs.iri])
    rivals = [m for m in ranked[1:1 + RIVALS_SHOWN] if m is not best and abs(best.score - m.score) < CLOSE_SCORE and fits(m)
              and m.obs.label != best.obs.label and not eng.evidence.check(r, m.obs)]
    status = AMBIGUOUS if rivals else ANSWERED
    text = f"{phrasing.phrase(facts[0])}。{phrasing.quote(facts)}"
    sugg = [f"{m.obs.actor or ''}{m.obs.label}有多少{m.obs.unit}？" for m in rivals]
    conf = min(1.0, best.coverage) * (RIVAL_CONFIDENCE if rivals else 1.0)
    return Answer(question, status, text, kind, facts, sparql, round(conf, 2), sugg)


def _siblings_named(eng: Engine, r: Reading, rep: ReportRef, best: Match) -> list:
    """The other figures of ``best``'s clause, in its unit and year, whose thing (their label less the
    action it opens with) the question names and ``best``'s label does not — in its question or in
    the sentence before it that the question points back to (…收到了甲建议和乙建议。两类加起来)."""
    own = _thing(eng, best)
    return [o for o in eng.cat.figures[rep.iri] if o.iri != best.obs.iri and o.clause == best.obs.clause
            and o.unit == best.obs.unit and o.year == best.obs.year and o.kind == best.obs.kind
            and (thing := _thing(eng, Match(o, 0, 0))) and len(thing) >= 2 and (thing in r.text or thing in r.raw)
            and thing not in own and own not in thing]


def _before_and_after(eng: Engine, r: Reading, rep: ReportRef) -> tuple[Obs, Obs] | None:
    """The figures before and after one change (由N…压减至M), the after one passing the evidence check
    for the question, where the question asks both (从多少…到多少)."""
    if not (eng.reader.has("stage_before", r.raw) and eng.reader.has("stage_after", r.raw)):
        return None
    ranked = eng.matcher.rank(eng.cat.figures[rep.iri], r.tokens, r.units, r.text)
    for m in [m for m in ranked[:CANDIDATES * 4] if fits(m) and m.obs.stage == "after"][:CANDIDATES]:
        before = [o for o in eng.cat.figures[rep.iri] if o.stage == "before" and o.clause == m.obs.clause
                  and o.year == m.obs.year
                  and o.label == m.obs.label and o.unit == m.obs.unit]
        if len(before) == 1 and not eng.evidence.check(r, m.obs):
            return before[0], m.obs
    return None


def by_publisher(r: Reading, best: Match, other: Match) -> bool:
    """Whether all that puts ``best`` above ``other`` is a word of its actor that names the department
    whose report it is (某市监局罚没了多少: 各县区市场监管局's figure and 局执法稽查支队's are alike
    the bureau's report's, and 市场监管局 chose the report, not one of them)."""
    ahead = [t for t in r.tokens if t in best.obs.actor_text and t not in other.obs.actor_text]
    return bool(ahead) and bool(r.report_publisher) and all(t in r.department_words for t in ahead)


def the_thing_itself(eng: Engine, r: Reading, ranked: list[Match], best: Match) -> Match:
    """执法人员有多少: a question naming a thing, with no unit and no action, asks how many of the thing
    there are (N名), not how often something was done with it (出动执法人员M人次): a figure in
    a unit of occurrences (人次, 件次) gives way to one about as good that counts the thing."""
    if r.units or eng.evidence.asked_actions(r.text) or not _counts_occurrences(best.obs.unit):
        return best
    for m in ranked[:CANDIDATES]:
        if m is best or best.score - m.score > THING_ITSELF_MARGIN or not fits(m):
            continue
        # …and whose indicator ends with the thing asked (…的执法人员: Chinese puts what is counted last)
        ends = any(len(t) >= 2 and m.obs.label_clean.endswith(t) for t in r.tokens)
        if ends and not _counts_occurrences(m.obs.unit) and m.obs.unit != "%" and not eng.evidence.check(r, m.obs):
            return m
    return best


def _thing(eng: Engine, m: Match) -> str:
    """What a figure counts, less the actions its indicator opens with (收到司法建议 → 司法建议)."""
    label = m.obs.label_clean
    return label.removeprefix(eng.evidence.opening_actions(label))


def asked_year(eng: Engine, r: Reading, rep: ReportRef) -> list:
    """The report's figures of the year asked (a report states other years' beside its own: 上年为M,
    2023年、2024年…分别为…), for the kinds that pick figures before the evidence check does."""
    return eng.cat.figures.selection(rep.iri, lambda o: not eng.evidence.of_another_year(r, o))


def the_whole(eng: Engine, r: Reading, rep: ReportRef, best: Match, text: str | None = None,
              tokens: list[str] | None = None) -> Match:
    """化解纠纷多少件, no actor named: the sentence's figure of all (化解纠纷N件), not one actor's part of it
    (公安派驻调解室化解纠纷M件) — the part answers only a question (or a part of one: ``text``, ``tokens``)
    naming its actor."""
    tokens = r.tokens if tokens is None else tokens
    if not best.obs.actor:
        return best
    same = [o for o in eng.cat.figures[rep.iri] if o.sentence == best.obs.sentence and o.year == best.obs.year
            and _whole_label(eng, o, best.obs) and o.unit == best.obs.unit and o.kind == best.obs.kind]
    # …named by a word of its actor that is no action (公安, 调解室; not the 调解 of 多元调解, which
    # names how the disputes were settled, not who settled them)
    words = tokens + [a + b for a, b in pairwise(tokens)]    # (调解|室: split by jieba)
    if any(len(t) >= 2 and t in best.obs.actor_text and eng.evidence.action_class(t) is None for t in words):
        return best
    whole = [o for o in same if not o.actor]
    if len(whole) == 1 and not eng.evidence.check(r, whole[0], text, tokens):
        return Match(whole[0], best.score, best.coverage)
    return best


def _whole_label(eng: Engine, whole: Obs, part: Obs) -> bool:
    """The part's label is the whole's, or the whole's after an action of the part's own, the whole
    stated first (全县…办理行政处罚案件N件；其中，某局办理M件: 办理 + the whole's label)."""
    label, own = part.label_clean, whole.label_clean
    if label == own:
        return True
    lead = label[:-len(own)] if label.endswith(own) else ""
    return bool(lead) and whole.start < part.start and eng.evidence.opening_actions(lead) == lead


def _counts_occurrences(unit: str) -> bool:
    """人次, 件次, 家次: a count of times something was done, not of things."""
    return len(unit) >= 2 and unit.endswith("次")


def resolve(eng: Engine, r: Reading, rep: ReportRef, tokens: list[str], units: list[str], text: str,
            unique: bool = False) -> Match | None:
    """The figure that answers this part of a question, evidence checked, or None; ``unique``: None
    too where another figure answers the part about as well (one part of a coordinated question)."""
    ranked = eng.matcher.rank(eng.cat.figures[rep.iri], tokens, units, text)
    best, _ = checked(eng, r, ranked, text, tokens)
    if best is not None:
        best = the_whole(eng, r, rep, best, text, tokens)
    if unique and best is not None and any(m is not best and m.obs.label != best.obs.label and fits(m)
                                and best.score - m.score < CLOSE_SCORE
                                and not eng.evidence.check(r, m.obs, text, tokens)
                                for m in ranked[:CANDIDATES]):
        return None       # a part another figure answers as well: none of them
    return best


def _things_counted(eng: Engine, r: Reading) -> bool:
    """多少个街道和镇: the count word is followed by several things joined (each its own figure)."""
    m = eng.reader.count_word_after(r.text, 0)
    return m is not None and len([x for x in eng.reader.split_conj(r.text[m.end():])
                                  if eng.reader.tokens(x, usual=False)]) >= 2


def _piece_left_out(eng: Engine, r: Reading, obs) -> str:
    """A piece of the asking clause (split at 和/、) none of whose own words (not in the other pieces)
    the figure's words hold; "" when the figure speaks of every one."""
    last = re.split(r"[，,；;]", r.clauses.strip(" ，,；;"))[-1]
    pieces = [eng.reader.tokens(p, usual=False) for p in eng.reader.split_conj(last)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return ""
    # (the words of the clause's other figures, less those of the same indicator of other bodies:
    # 公安、法院派驻调解室分别化解…, which are told apart after, each its own figure)
    siblings = "|".join(t for t, _ in eng.evidence.words(obs).by_unit if not t.startswith(obs.label_text + "|"))

    def spoken(t: str) -> bool:
        # (辖N个街道、M个镇: a word its clause holds only in another figure's words is that one's)
        return t in obs.label_text or (t in obs.clause and t not in siblings)

    for i, toks in enumerate(pieces):
        others = {t for j, p in enumerate(pieces) if j != i for t in p}
        # (the body every figure of the report is of, 石桥县住房和城乡建设局, tells no piece apart;
        # a level's one character, 镇 of 街道和镇, is a piece of its own)
        own = [t for t in toks if t not in others and (len(t) >= 2 or t in eng.evidence.level_chars)
               and t not in obs.actor_text]
        if own and not any(spoken(t) for t in own):
            return own[0]
    return ""


def _measured(r: Reading, item: str) -> list[str]:
    """The unit a measure noun closing this part asks in (调解员人数 → 人; 数量: "", any): a measure of
    another part (调解组织数量和调解员人数) is not this one's."""
    item = item.strip()
    return [u for piece, u in r.measure_pieces if piece and (piece in item or item in piece)]


def _grid(eng: Engine, r: Reading) -> tuple[list[str], list[str]]:
    """(the things, the units) of a question asking several things each in several units: 轮训和培训
    各自的场次与人次 (the units after 各), or 轮训和培训的场次和人次 (the units closing the last part's
    的 and the bare parts after it); ([], []) for any other."""
    units = set(eng.reader.units)
    parts = [p.strip() for p in r.parts]
    tail = [x.strip() for x in eng.reader.split_conj(r.rest.strip().removeprefix("的"))] if r.rest.strip() else []
    if len(parts) >= 2 and len(tail) >= 2 and all(x in units for x in tail):
        return parts, tail
    bare = 0
    while bare < len(parts) and parts[len(parts) - 1 - bare] in units:
        bare += 1
    if not bare or len(parts) - bare < 2:
        return [], []
    thing, de, unit = parts[-bare - 1].rpartition("的")
    if not de or unit not in units or not thing:
        return [], []
    return [*parts[:-bare - 1], thing], [unit, *parts[len(parts) - bare:]]


def multi(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """Several figures: coordinated parts (收到和办结各多少) or several units (几支，共多少人)."""
    if not r.parts and len(r.units) < 2 and r.slots < 2:
        return None
    chosen: list[Match] = []
    missing: list[str] = []
    things, grid = _grid(eng, r)
    if grid:
        # 轮训和培训各自的场次与人次: every thing asked in every unit, one figure each
        for item in things:
            for u in grid:
                hit = resolve(eng, r, rep, eng.reader.tokens(item), [u], item + u, unique=True)
                (chosen.append(hit) if hit else missing.append(item + u))
    elif r.parts:
        rest = eng.reader.tokens(r.rest)
        # 场次和人次各是多少: a part that is only a unit asks the figure in that unit beside the other part's
        units_only = {i: u for i, p in enumerate(r.parts)
                      if (u := p.strip().removeprefix("的").strip()) in eng.reader.units or u.removeprefix("其") in
                      eng.reader.units}
        # 完成注册的执法部门和执法人员: the first part's modifier (…的) may be a bare part's too
        lead = r.parts[0].rsplit("的", 1)[0] + "的" if "的" in r.parts[0] else ""
        own = [eng.reader.tokens(p) for p in r.parts]
        for parts in (eng.shared_subject(eng.shared_thing(own)), own):
            chosen, missing = [], []
            for i, (item, toks) in enumerate(zip(r.parts, parts)):
                if i in units_only:
                    continue
                # 普法活动场次: a part ending in a unit of its own (not 即办件, 法治讲座) asks in it — a unit of
                # one character ending a noun (承诺|件) only where the question asks in none
                unit = eng.reader.ending_unit(item)
                measured = _measured(r, item)
                units = [unit] if unit and (len(unit) > 1 or not r.units) else (
                    eng.reader.units_asked(item) or [u for u in measured if u]
                    # (调解组织数量和调解员人数: a part counted by 数量, in whatever unit, beside one in 人)
                    or ([] if measured else r.units))
                if not eng.reader.units_asked(item) and eng.reader.has("rate", item) and not eng.reader.has("rate", r.rest):
                    units = ["%"]     # 备案次数和正常核验率: the rate's part asks a rate, not the 次 of the other
                hit = None
                if i and lead and "的" not in item and len(toks) == 1:
                    # …a bare noun first with it (执法人员: of those 完成注册的, not any 执法人员 of the report)
                    hit = resolve(eng, r, rep, eng.reader.tokens(lead + item) + rest, units, lead + item + r.rest,
                                  unique=True)
                hit = hit or resolve(eng, r, rep, toks + rest, units, item + r.rest, unique=True)
                if hit is None and units != r.units and not eng.reader.units_asked(item) and units and units == measured:
                    # (信访件数, read as 事项数: a measure's unit the figure words otherwise — the question's)
                    hit = resolve(eng, r, rep, toks + rest, r.units, item + r.rest, unique=True)
                (chosen.append(hit) if hit else missing.append(item))
            if parts == own or not missing and len({c.obs.iri for c in chosen}) == len(chosen):
                break     # (轮训和执法人员培训: a part that borrowed the other's subject became it, or
                # 收到、依法受理、办结: one that borrowed 依法 is found nowhere; each on its own)
        for i, u in units_only.items():
            u = u.removeprefix("其")
            beside = {o.iri: o for c in chosen for o in eng.cat.figures[rep.iri] if o.sentence == c.obs.sentence
                      and o.year == c.obs.year
                      and o.iri not in {x.obs.iri for x in chosen} and eng.lx.units_fit([u], o.unit) == "yes"}
            if len(beside) > 1:
                # 轮训N场M人次、培训K场L人次: the one of the same indicator as the figure found
                beside = {i: o for i, o in beside.items() if any(o.label == c.obs.label for c in chosen)}
            if len(beside) == 1:
                o = next(iter(beside.values()))
                chosen.append(Match(o, 0.0, 1.0))
            else:
                missing.append(r.parts[i])
        # X多少卷，其中A和B各多少卷: a clause before the parts' asking a number of its own is asked too
        at = r.text.find(r.parts[0].strip())
        for clause in re.split(r"[，,；;]", r.text[:at])[:-1] if at > 0 else []:
            if eng.reader.pattern["count"].search(clause) and (toks := eng.reader.tokens(clause)):
                hit = resolve(eng, r, rep, toks, eng.reader.units_asked(clause) or r.units, clause)
                (chosen.insert(0, hit) if hit else missing.append(clause))
        asked_in = {u for p in r.parts if (u := eng.reader.ending_unit(p))}
        # (…each asked, 各: never the one figure naming both, which answers only their sum, 一共)
        if len({c.obs.iri for c in chosen}) < len(r.parts) and not missing \
                and (len(asked_in) > 1 or "sum" not in r.cues or not _one_figure_names_both(eng, r, rep, r.parts)):
            # two parts asked, one figure found for both: one part's answer is not the answer
            return no_data(eng, question, r, rep, "multi", "问的几项没有各自的数字")
    elif r.slots >= 2 and len(pieces := eng.reader.slot_segments(r.text)) == r.slots:
        # 收到多少件、办结多少件 / 几个主体，多少人: one figure for each number asked, each with the words of
        # its own piece (a piece of bare verbs shares the others' subject)
        topic = eng.reader.slot_topic(r.text)
        for piece in pieces:
            units = eng.reader.units_asked(piece) or r.units
            if not eng.reader.units_asked(piece) and eng.reader.has("rate", piece):
                units = ["%"]     # 来信多少条，以及回复办结率是多少: the rate's piece asks a rate, not 条
            toks = eng.shared_subject([eng.reader.tokens(piece), r.tokens])[0]
            if topic and piece is pieces[0] and not eng.reader.tokens(piece):
                # (a first piece of no words of its own, 有几件, asks its topic's thing: never words only
                # a later piece says, 有几件，维持几件)
                toks = eng.reader.tokens(topic)
            # (某县的跨省通办，事项多少项、业务多少件: the figure of a piece with the topic clause before the
            # pieces, where one holds them both, over one of the piece alone)
            told = topic and not set(eng.reader.tokens(topic)) <= set(toks)
            hit = told and resolve(eng, r, rep, eng.reader.tokens(topic + piece), units, topic + piece)
            hit = hit or resolve(eng, r, rep, toks, units, piece)
            if hit is None and topic:
                # (给执法人员办培训，办了几场: a piece of bare verbs, its thing in the clause before them all)
                hit = resolve(eng, r, rep, eng.reader.tokens(topic + piece), units, topic + piece)
            if hit and chosen and eng.reader.has("part_of", r.raw) and hit.obs.sentence != chosen[0].obs.sentence:
                # (…，其中企业多少家: a part of the first piece's whole, which its own sentence breaks down —
                # never a figure of another sentence; asked with the whole's words, or none)
                again = resolve(eng, r, rep, eng.reader.tokens(pieces[0] + piece), units, pieces[0] + piece)
                hit = again if again and again.obs.sentence == chosen[0].obs.sentence else None
            (chosen.append(hit) if hit else missing.append(piece))
        if missing:
            return no_data(eng, question, r, rep, "multi", "没有找到" + "、".join(f"“{m}”" for m in missing) + "的数字")
    else:
        # 检查企业多少次、排查整改隐患多少处: each unit asked with the words before it (and what all share)
        segments = eng.reader.unit_segments(r.text, r.units)
        for u in r.units:
            seg = segments.get(u)
            toks = eng.shared_subject([eng.reader.tokens(seg), r.tokens])[0] if seg else r.tokens
            hit = resolve(eng, r, rep, toks, [u], seg or r.text)
            if hit is None and seg:
                hit = resolve(eng, r, rep, r.tokens, [u], r.text)
            (chosen.append(hit) if hit else missing.append(u))
    unique = list({c.obs.iri: c for c in chosen}.values())
    if missing and (r.parts or len(unique) >= 2):
        # one figure for every number asked, or none: a partial answer reads as the whole
        return no_data(eng, question, r, rep, "multi", "没有找到" + "、".join(f"“{m}”" for m in missing) + "的数字")
    if len(unique) < 2:
        return None
    asked = Counter(eng.reader.units_asked_each(r.text)) if not r.parts else Counter()
    if any(n > sum(1 for c in unique if eng.lx.units_fit([u], c.obs.unit)) for u, n in asked.items()):
        # 轮训几场几人次 执法人员培训几场几人次: two numbers asked in 场, one found — a part is no answer
        return no_data(eng, question, r, rep, "multi", "问题问了几个数，报告中没有找到各自的数字")
    facts, sparql = eng.facts([c.obs.iri for c in unique])
    text = phrasing.figures(facts) + "。"
    # 哪个多 compares the parts (not the 多 of 多少)
    if eng.reader.compares(r.rest) and len({f.unit for f in facts}) == 1 \
            and len({f.value for f in facts}) > 1:
        top = max(facts, key=lambda f: f.value)
        text += f"{phrasing.name(top)}更多。"
    text += phrasing.quote(facts)
    conf = min(c.coverage for c in unique)
    return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(conf, 1.0), 2))


_STATED = "([零〇一二两三四五六七八九十百\\d]+)"


# 报告中的“N件”: a figure the question quotes, a number and its unit (never a year or a date)
FIGURE_QUOTED = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]{1,2})")
ONE_KIND = re.compile(r"一[类项种个件次]")   # 哪一类 cut as 哪|一类: a measure word, no thing named
FIGURE_NAMED_CONFIDENCE = 0.8   # the thing a quoted figure counts: the figure is the report's, which one ours


def most_of_named(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """A、B、C这三类里哪类最多 / 进驻率、核验率哪个最低: the things named before the which-word, each
    its own figure in one measure; the largest or smallest answers, every figure given beside it. Any
    thing not found, two of one figure, measures that differ, or a tie: no answer."""
    pattern = eng.reader.pattern.get("most_of")
    m = pattern.search(r.text) if pattern is not None else None
    if m is None:
        return None
    # the clause naming two things or more before it (这三类里, 其中: a pointer back, no thing of its own)
    clauses = [c for c in re.split(r"[，,：:；;]", r.text[:m.start()]) if c.strip()]
    items = next((x for c in reversed(clauses) if len(x := eng.reader.split_conj(c)) >= 2), [])
    if len(items) < 2:
        return None
    hits = [resolve(eng, r, rep, eng.reader.tokens(x), r.units, x, unique=True) for x in items]
    if not all(hits) or len({h.obs.iri for h in hits}) < len(hits) \
            or any(eng.lx.units_fit([hits[0].obs.unit], h.obs.unit) != "yes" for h in hits):
        return no_data(eng, question, r, rep, "entity", "所列几项没有各自可比的数字")
    values = [number(h.obs.value) for h in hits]
    best = max(values) if m.group(1) in eng.reader.words.get("most", ()) else min(values)
    if values.count(best) > 1:
        return no_data(eng, question, r, rep, "entity", "所列几项中有数字相同的，无法确定哪一项" + m.group(1))
    winner = items[values.index(best)].strip()
    facts, sparql = eng.facts([h.obs.iri for h in hits])
    text = f"{winner}{m.group(1)}：" + phrasing.figures(facts) + "。" + phrasing.quote(facts)
    return Answer(question, ANSWERED, text, "entity", facts, sparql, round(min(h.coverage for h in hits), 2))


def figure_named(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """报告中的“N件”指的是哪一类案件 / 哪项工作的数字是M次: the thing counted by the one figure of
    the report with the number and unit the question quotes; several, or none, and the kinds after it
    try (哪个机构受理了N件: the entity handler's). Only where the question asks what (什么, 哪项, 哪一类)
    and no count: the number is given, not asked."""
    # (…and no arithmetic, no remainder: N%…what % did NOT asks 100 − N)
    if not (eng.reader.has("what", r.raw) or eng.reader.has("which", r.raw)) or r.slots or r.units \
            or r.cues - {"entity", "list"} or r.claimed or eng.reader.has("negating", r.raw):
        return None
    units = longest_first(eng.reader.units)
    quoted = [(float(m.group(1)), unit) for m in FIGURE_QUOTED.finditer(r.raw)
              if (unit := next((u for u in units if m.group(2).startswith(u)), None))
              and not m.group(2).startswith(("年", "月", "日"))]
    if len(quoted) != 1:
        return None
    n, unit = quoted[0]
    found = [o for o in asked_year(eng, r, rep) if number(o.value) == n and eng.lx.units_fit([unit], o.unit) == "yes"
             and o.kind != "change"]
    # …and every thing the question names besides (一类案件: the 案件 any count of cases is) the figure's own
    # (…nor 哪项 / 一类, the asking and its measure word)
    generic = set(eng.lx.generic_nouns) | set(eng.evidence.count_nouns) | {
        *eng.reader.words.get("what", ()), *eng.reader.words.get("which", ())}
    named = [t for t in r.tokens if eng.reader.is_noun(t) and t not in generic and not ONE_KIND.fullmatch(t)]
    found = [o for o in found if all(eng.evidence.accounted(t, eng.evidence.words(o)) for t in named)]
    if len(found) != 1:
        return None       # (the number is of several things, or of none the question names: the others try)
    facts, sparql = eng.facts([found[0].iri])
    text = f"报告中的{show(n)}{unit}是“{phrasing.name(facts[0])}”的数字。" + phrasing.quote(facts)
    return Answer(question, ANSWERED, text, "entity", facts, sparql, FIGURE_NAMED_CONFIDENCE)


def stated_count(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """几个坚持 / 第几次: a count or ordinal the report states of a named term (十二个“坚持”, 第三次),
    read from a sentence of the report that names the term right after it; the sentence is quoted."""
    m = re.search(r"(几|多少)个[“\"]?([\u4e00-\u9fff]{2,6}?)[”\"]?(?:$|是|有|呢|吗)", r.text) or \
        re.search(r"第(几)([次届轮批])", r.text)
    if not m:
        return None
    from kg.numbers import chinese_to_int
    term = m.group(2)
    ordinal = m.group(0).startswith("第")
    if not ordinal and ("个" + term in eng.reader.units or term in eng.reader.units):
        return None       # 几个工作日: a unit, asked of a figure
    # the genre names such a term in quotes (十二个“坚持”); unquoted, N个X is an ordinary figure's
    t = re.escape(term)
    pattern = re.compile(rf"第{_STATED}{t}" if ordinal else rf"“{_STATED}个{t}”|{_STATED}个“{t}”")
    others = [t for t in r.tokens if t != term and len(t) >= 2]
    found = {}
    sentences = {o.sentence for o in eng.cat.figures[rep.iri]} | {e["sentence"] for e in eng.cat.entities[rep.iri]}
    for sentence in sentences:
        for hit in pattern.finditer(sentence or ""):
            # the question's other words must be in that sentence (领悟…几个坚持: the sentence about it)
            if others and sum(len(t) for t in others if t in sentence) < MIN_COVERAGE * sum(len(t) for t in others):
                continue
            said = next(g for g in hit.groups() if g)
            try:
                n = int(said) if said.isdigit() else chinese_to_int(said)
            except ValueError:
                continue
            found[(n, sentence)] = hit.group(0)
    if len({n for n, _ in found}) != 1:
        return None if not found else no_data(eng, question, r, rep, "value", f"报告中“{term}”的数字不止一个")
    (n, sentence), said = next(iter(found.items()))
    unit = m.group(2) if ordinal else "个"
    fact = FactOut(n, unit, f"第{term}" if ordinal else term, None, rep.region, rep.year, sentence, "")
    text = f"报告中说的是「{said}」，即{'第' if ordinal else ''}{n}{unit if not ordinal else m.group(2)}。（原文：“{sentence}”）"
    return Answer(question, ANSWERED, text, "value", [fact], "", LIST_CONFIDENCE)


DESCRIBE_CONFIDENCE = 0.7   # a clause quoted as the answer to 什么/哪些: the words are the report's, the reading ours
DESCRIBE_NOUNS_ALONE = 2    # things a question must name for the one sentence holding them all to answer it
                            # without the kind word asked (one word alone, 改革, is in too many sentences)


# 哪个区 / 哪些街道: a place of a level asked by which, answered only by a name of that level
_WHICH_PLACE = re.compile(r"哪(?:个|些|一个|几个)?(街道|社区|乡镇|区县|县区|区|县|镇|乡|村)")
_NO_NAME = set("全本该各辖城我两多每一二三四五六七八九十几个等乡县区镇")   # before a level: no name (全区, 两个街道)

def describe(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """依托的是什么系统 / 对哪些事项严格开展合法性审查: a question for a thing, not a number, answered by
    quoting the one sentence of the report that holds every other word of the question — the clause
    naming the kind asked (系统, 方式 — answer_kinds.txt), else the clauses holding the question's
    words, with the sentence.  Several such sentences, or none, and it is declined — never a figure."""
    # (哪几个领域 asks which, not how many: its 几个 is the which-word's)
    plain = eng.reader.pattern["which"].sub("", eng.reader.pattern["what"].sub("", r.text))
    if not (eng.reader.has("what", r.text) or eng.reader.has("which", r.text)) \
            or eng.reader.has("count", plain) or eng.reader.units_asked(plain) or r.measure_pieces \
            or eng.reader.has("rate", r.text) or eng.reader.has("money", r.text) \
            or r.cues & ARITHMETIC_CUES:
        return None       # 进驻率是什么: a measure's value is asked (合计是什么: a sum)
    kinds = [k for k in eng.answer_kinds if k in r.text]
    kind = max(kinds, key=len) if kinds else ""
    listed = [w for w, _ in eng.lx.list_kinds if w in r.text]
    # (the kind asked is the head of its word, and the word of a what-word: 甲制度 before 改革…
    # 什么模式 names no 制度 asked, and stays a word to find)
    heads = asked_heads(eng, r.text, ("what", "which"))
    asked_kinds = [w for w in listed if any(w in h for h in heads)]
    words = [t for t in dict.fromkeys(r.tokens + r.scene) if len(t) >= 2 and not (kind and t.endswith(kind))
             and t not in listed and not any(t.endswith(w) for w in asked_kinds)
             and t not in eng.reader.words.get("what", ())
             and t not in eng.reader.words.get("which", ())]
    if not words:
        return None
    nouns = [t for t in words if eng.reader.is_noun(t)] or words
    figure = value(eng, question, r, rep) if not kind and not listed else None
    if figure is not None and figure.answered:
        return None       # what is the 考核权重: a figure answers it
    # the kinds the what-words ask for (哪些流程), not another kind word of the question (文件): one of
    # each what-word's kinds (有哪些文件…按什么流程 asks a 流程 of the 文件)
    kinds_asked = [k for k in [kind, *listed] if k]
    required = [[k for k in kinds_asked if k in head] for head in heads]
    required = [ks for ks in required if ks] or ([kinds_asked] if kinds_asked else [])
    hits, holding = {}, []
    # each sentence, with where it stands: its section's heading and its paragraph's lead
    # (深化行政审批制度改革 heads the paragraph whose sentence names the 模式)
    sentences: dict[str, str] = {}
    for o in eng.cat.figures[rep.iri]:
        sentences[o.sentence] = o.section or ""
    for e in eng.cat.entities[rep.iri]:
        sentences.setdefault(e["sentence"], "|".join(filter(None, [e["section"], e.get("leadText")])))
    for sentence, section in eng.sentences(rep).items():   # …and those with neither (聚焦预算执行…实施审计)
        sentences.setdefault(sentence, section)
    for sentence, where in sentences.items():
        flat = strip_punctuation(sentence or "")
        if not flat or not all(eng.evidence.stands_in(t, flat + "|" + strip_punctuation(where)) for t in nouns):
            continue     # every other thing the question names in that sentence or where it stands (its verbs
                         # may be paraphrased: 坚持 for 严守), and most of its words
        holding.append(sentence)
        if not all(any(k in flat or any(m in flat for m in eng.kind_markers.get(k, ())) for k in ks) for ks in required):
            continue     # …and the kind asked (按什么流程: a sentence naming a 流程; 通过哪些方式: 通过…)
        clauses = [c for c in re.split(r"[，；。：]", sentence) if c.strip()]
        named = [c for c in clauses if kind and (kind in c or any(m in c for m in eng.kind_markers.get(kind, ())))] \
            or [c for c in clauses if any(t in strip_punctuation(c) for t in words)]
        if named:
            hits[sentence] = named
    # an action as the asker wrote it (整治, read as 整改) that the report says elsewhere points there:
    # a sentence with only its usual word (整改销号) is not the one asked about
    written = [w for w in eng.evidence.all_action_words if w in r.raw]
    elsewhere = {w for w in written if any(w in strip_punctuation(x) for x in sentences if x not in hits)}
    hits = {x: c for x, c in hits.items() if all(w in strip_punctuation(x) for w in elsewhere)}
    own = [t for t in nouns if t not in listed and t not in eng.answer_kinds]
    if not hits and len(holding) == 1 and len(own) >= DESCRIBE_NOUNS_ALONE \
            and all(w in strip_punctuation(holding[0]) for w in elsewhere):
        # 推进的是什么模式 of 深化甲制度改革，推进“甲、乙”: the one sentence holding every
        # thing the question names (no kind word among them) answers it, its kind word unwritten (the kind
        # tells sentences apart) — and the action as the asker wrote it, where the report says it elsewhere
        hits = {holding[0]: [c for c in re.split(r"[，；。：]", holding[0]) if c.strip()]}
    if len(hits) != 1:
        return no_data(eng, question, r, rep, "entity", "报告中没有一处能确定回答" if not hits else
                       "报告中有几处说法，无法确定所问的是哪一处")
    sentence, clauses = next(iter(hits.items()))
    said = "".join(clauses)
    if eng.reader.has("which", r.text) and not re.search(r"[、“”]", said) and any(
            h in said and not re.sub(_COUNTED_KIND.format(re.escape(h)), "", said).count(h) for h in heads if len(h) >= 2):
        # 下辖哪些社区: the report's words name them only by their count (下辖N个社区), none of them by name
        return no_data(eng, question, r, rep, "entity", "报告中这处只说了数量，没有列出名称")
    if (level := _WHICH_PLACE.search(r.text)) and "、" not in said and not any(
            m.group(1)[-1] not in _NO_NAME for e in level.group(1)
            for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){e}", sentence)):
        # 哪个区实行了…: a place of that level asked, the statement found names none (全区 is no name)
        return no_data(eng, question, r, rep, "entity", f"报告中这处没有说是哪个{level.group(1)}")
    # (…its plan word no kind asked: 推进的是什么目标 asks a thing named 目标, not a plan)
    plan = r.plan and (bool(r.year and rep.year and r.year > rep.year)
                       or any(w in r.text and not any(w in h for h in heads) for w in eng.reader.plan_words))
    if plan and sentence not in eng.planned(rep):
        # 2026年计划再设立什么: a plan asked, the sentence found tells of work done — never given for it
        return no_data(eng, question, r, rep, "entity", "问的是计划或下一步安排，报告中找到的说法是已完成的工作")
    text = "报告中的说法是：" + "；".join(c.strip() for c in clauses) + f"。（原文：“{sentence}”）"
    bind = {"region": URIRef(eng.iris.region(rep.region, rep.city)), "year": Literal(rep.year),
            "report": URIRef(rep.iri)}
    return Answer(question, ANSWERED, text, "entity", [], with_values(eng.t.entities, [bind]), DESCRIBE_CONFIDENCE)


def count_and_share(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """X的数量及其占比 / X有多少，占比多少: the count of X, and the share stated of that same X in its
    sentence (无差别全科受理事项N项，占比为P%); another figure's share is never it — declined instead."""
    joins = "|".join(map(re.escape, eng.reader.words.get("its_share", [])))
    shares = eng.reader.words.get("share_word", [])
    if not joins or not shares:
        return None
    m = re.search(rf"(.+?)(?:{joins})(?:其)?(?:{'|'.join(map(re.escape, shares))})", r.text)
    if not m:
        return None
    left = eng.reader.tokens(m.group(1))
    if not left:
        return None
    ranked = eng.matcher.rank(eng.cat.figures[rep.iri], left, [u for u in r.units if u != "%"], m.group(1))
    count = next((x for x in ranked[:CANDIDATES] if fits(x) and x.obs.unit != "%"
                  and not eng.evidence.check(r, x.obs, m.group(1), left)), None)
    if count is None:
        return no_data(eng, question, r, rep, "multi", "没有找到所问事项的数量")
    subject = count.obs.label_clean
    action = eng.evidence.opening_actions(subject)

    def of_it(o) -> bool:
        # 无差别全科受理事项占比 of 无差别全科受理事项; or the rate of the count's own action (进驻率 of 进驻…)
        core = re.sub("|".join(map(re.escape, shares)), "", o.label_clean)
        if any(w in o.label_clean for w in shares) and core and (core in subject or subject in core):
            return True
        return bool(action) and o.label_clean.endswith(action + "率")
    own = [o for o in eng.cat.figures[rep.iri] if o.unit == "%" and o.sentence == count.obs.sentence
           and o.year == count.obs.year and of_it(o)]
    if len(own) != 1:
        return no_data(eng, question, r, rep, "multi", f"报告没有说明“{count.obs.label}”所占的比例")
    facts, sparql = eng.facts([count.obs.iri, own[0].iri])
    text = phrasing.figures(facts) + "。" + phrasing.quote(facts)
    return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(count.coverage, 1.0), 2))


def year_before(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """上一年的X / X比上年提高了多少: where the report states X of the year before beside this year's
    (隐患整改率N%（上年为M%）), that figure, or this year's less it, marked computed. Only X's own
    figure of that year, in the same sentence; anything else is left to the handlers after."""
    # (去年 alone may be the asker's last year, not the report's: only 上一年/上年 of the report, or a change)
    if not (r.change or r.prior):
        return None
    priors = eng.priors(rep)
    if not priors and not (r.prior and not r.change and eng.states_changes(rep)):
        return None
    plain = replace(r, change=False, before=False, prior=False, cues=r.cues - {"difference"},
                    units=["%" if u.endswith("百分点") else u for u in r.units],
                    years=[rep.year], year=rep.year, stated_year=None)     # (now: the report's own year's figure)
    asked = set(eng.reader.words.get("change_asked", []))
    tokens = [t for t in r.tokens if t not in asked and t not in eng.reader.words.get("change", ())]   # (占比 holds 比, and stays)
    text = eng.reader.pattern["change_asked"].sub("", r.text) if "change_asked" in eng.reader.pattern else r.text
    now = resolve(eng, plain, rep, tokens, plain.units, text) if tokens else None
    if now is None:
        return None
    def stated_before(o: Obs) -> list:
        return [p for p in priors if p["sentence"] == o.sentence and p["label"] == o.label and p["unit"] == o.unit]

    before = stated_before(now.obs)
    if not before:
        # (罚没款N万元 in the text, restated in a table beside the year before's: the restatement's)
        twin = next((o for o in eng.cat.figures[rep.iri] if o.iri != now.obs.iri and o.label == now.obs.label
                     and o.unit == now.obs.unit and o.year == now.obs.year and o.value == now.obs.value
                     and o.kind == now.obs.kind and len(stated_before(o)) == 1), None)
        if twin is not None:
            now, before = Match(twin, now.score, now.coverage), stated_before(twin)
    if not before and r.prior and not r.change:
        return _before_its_change(eng, question, r, rep, now)
    if len(before) != 1:
        return None
    facts, sparql = eng.facts([now.obs.iri])
    then = eng.fact_in_store(before[0]["obs"])
    bare = eng.reader.pattern["rate"].sub("", eng.reader.pattern["count"].sub("", r.text))   # (占比 compares nothing)
    if not r.change and (eng.reader.has("compare", bare) or eng.reader.has("bound_words", bare)):
        return None         # (exceeded the previous year by how many: a comparison not read as a change)
    if not r.change:        # 上一年的X: the figure the report states of that year
        text = (f"{then.indicator}{rep.year - 1}年为{show(then.value)}{then.unit}（{rep.year}年为"
                f"{show(facts[0].value)}{facts[0].unit}）。" + phrasing.quote(facts))
        return Answer(question, ANSWERED, text, "value", [then, *facts], with_values(eng.t.fact, [
            {"obs": URIRef(then.iri)}, {"obs": URIRef(now.obs.iri)}]), round(min(now.coverage, 1.0), 2))
    # the report states the change itself (同比增长N%): that figure answers, not ours — unless a count is
    # asked of it in so many words (多了多少件, 比2022年多多少: not answered by 增长N%, but computed); a
    # measure's noun (检查次数同比增长了多少) names what changed, not the unit of the change
    # (…or a thing named right after the count word, how many inspections → 多少检查: things, not a share)
    counted = now.obs.unit != "%" and not eng.reader.has("rate", r.text) and (
        "difference" in r.cues or any(u != "%" and not u.endswith("百分点") for u in eng.reader.units_asked_each(r.text))
        or bool(re.search(r"(?:多少|几)(?!个?百分点)[\u4e00-\u9fff]", r.text)))
    if any(o.kind == "change" and o.sentence == now.obs.sentence and o.year == now.obs.year
           and o.label.startswith(now.obs.label)
           and not (counted and o.unit == "%") for o in eng.cat.figures[rep.iri]):
        return None
    fall = eng.reader.has("fewer", eng.reader.pattern["count"].sub("", r.text))    # (not the 少 of 多少)
    change = (then.value - facts[0].value) if fall else (facts[0].value - then.value)
    if change < 0:
        return no_data(eng, question, r, rep, "derived", f"报告中{then.indicator}{rep.year}年为{show(facts[0].value)}"
                       f"{facts[0].unit}，{rep.year - 1}年为{show(then.value)}{then.unit}，与所问的增减方向不符")
    unit = "个百分点" if then.unit == "%" else then.unit
    word = "减少" if fall else "增加"
    result = FactOut(round(change, ROUNDING) if isinstance(change, float) else change, unit,
                     f"{then.indicator}比上年{word}", facts[0].actor, facts[0].region, rep.year, "", "", computed=True)
    text = (f"{then.indicator}{rep.year}年为{show(facts[0].value)}{facts[0].unit}，{rep.year - 1}年为"
            f"{show(then.value)}{then.unit}，据此计算比上年{word}{show(result.value)}{unit}（计算值）。"
            + phrasing.quote(facts))
    return Answer(question, ANSWERED, text, "derived", [result, *facts, then], sparql, round(min(now.coverage, 1.0), 2))


def _before_its_change(eng: Engine, question: str, r: Reading, rep: ReportRef, now: Match) -> Answer | None:
    """上一年的X where the report states X and its change on the year before (N件，较上年减少M件): X less
    the change, marked computed. Only the change stated right after X, of X's own unit or of its points
    (合格率N%，提高M个百分点); a change in per cent (同比增长K%) gives the year before only approximately,
    so only when the asker says to what places (保留一位小数, 取整)."""
    figures = eng.cat.figures[rep.iri]
    o = now.obs
    after = sorted((x for x in figures if x.sentence == o.sentence and x.year == o.year and x.start > o.start
                    and not x.stage), key=lambda x: x.start)
    change = after[0] if after and after[0].kind == "change" else None
    if change is None or change.qualifier not in ("increase", "decrease"):
        return None
    since = CHANGE_SINCE.search(change.clause)
    if since and int(since.group(1)) != rep.year - 1:
        return None      # (较2022年增加M件: a change against another year than the one before)
    up = change.qualifier == "increase"
    value, by = Decimal(str(number(o.value))), Decimal(str(number(change.value)))
    points = o.unit == "%" and change.unit.endswith("百分点")
    if change.unit == o.unit and o.unit != "%" or points:
        then = value - by if up else value + by
        how = "推算"
    elif change.unit == "%" and o.unit != "%":
        if eng.reader.rounding(r.raw) is None:
            return no_data(eng, question, r, rep, "derived", f"报告中只有{rep.year}年的数字和同比变化的百分比，"
                           f"{rep.year - 1}年的数字只能约略推算：请说明保留几位小数（如“保留一位小数”）")
        then = value / (1 + by / 100) if up else value / (1 - by / 100)
        how = "按百分比约略推算"
    else:
        return None
    if then < 0:
        return None
    facts, sparql = eng.facts([o.iri, change.iri])
    shown = number(then.quantize(Decimal(1).scaleb(-ROUNDING)).normalize())
    result = FactOut(shown, o.unit, f"{facts[0].indicator}（{rep.year - 1}年，推算）", facts[0].actor,
                     facts[0].region, rep.year - 1, "", "", computed=True, exact=then)
    word = "增加" if up else "减少"
    text = (f"{facts[0].indicator}{rep.year}年为{show(facts[0].value)}{facts[0].unit}，较上年{word}"
            f"{show(facts[1].value)}{facts[1].unit}，据此{how}{rep.year - 1}年为{show(result.value)}{o.unit}"
            f"（计算值）。" + phrasing.quote(facts))
    return Answer(question, ANSWERED, text, "derived", [result, *facts], sparql, round(min(now.coverage, 1.0), 2))


def the_rest(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """清理后继续有效的有多少件 of 共清理N件，废止M件、修改K件，其余继续有效: a sentence's whole less every
    part it names before 其余 (structure.tsv rest), where the question names what the rest is and the
    sentence states no figure of it. The parts are given as their sum, beside the whole (an answer carries
    no more figures than it needs)."""
    rest_words, rest_re = eng.reader.words.get("rest", ()), eng.reader.pattern.get("rest_of")
    if rest_re is None or r.slots > 1 or r.parts or r.cues & (ARITHMETIC_CUES | {"remainder"}) or r.plan or r.before \
            or eng.reader.has("rate", r.text):
        return None     # (剩下的X: what is left of X, the derived kind's; …占比: a rate, never this count)
    asked = [t for t in r.tokens if len(t) >= 2]
    found = []
    by_sentence: dict[str, list[Obs]] = {}
    for o in eng.cat.figures[rep.iri]:     # (the year's only, checked after the cheap test)
        if o.kind == "level" and not o.stage and any(w in o.sentence for w in rest_words) \
                and not eng.evidence.of_another_year(r, o):
            by_sentence.setdefault(o.sentence, []).append(o)
    for sentence, figs in by_sentence.items():
        m = rest_re.search(sentence)
        if m is None or any(sentence.find(o.clause[:2]) >= m.start() for o in figs if o.clause):
            continue      # (a figure after 其余: the rest is stated, the value kind's)
        # (the rest's head is asked: 其余为乡镇、村两级学校负责人 is of 负责人, never of 学校 counted in 所)
        head = eng.reader.tokens(m.group(1))[-1:] or [""]
        named = [t for t in asked if t in m.group(1)] if any(head[0] in t or t in head[0] for t in asked) else []
        # (其余予以修改或废止: the rest is of both kinds together, never of the one asked alone)
        kinds = [k for k in eng.reader.pattern["rest_either"].split(m.group(1)) if k]
        if len(kinds) > 1 and not all(any(t in k for t in named) for k in kinds):
            continue
        # (the whole and its parts stand in the rest's own clauses, after any ； before it: 制发N件…；清理M件，
        # 废止…，其余继续有效 — the N is another matter's)
        own = strip_punctuation(sentence[max(sentence.rfind(x, 0, m.start()) for x in "；;") + 1:m.start()])
        figs = sorted((o for o in figs if o.clause and o.clause in own), key=lambda o: o.start)
        if not figs:
            continue
        whole, parts = figs[0], [o for o in figs[1:] if o.unit == figs[0].unit]
        # (…a word of the rest's own, not one of the whole the sentence states: 各级学校负责人 asks the N stated)
        named = [t for t in named if t not in whole.label_text]
        if r.units and eng.lx.units_fit(r.units, whole.unit) != "yes":
            continue
        others = [t for t in asked if t not in named]
        if not named or not parts or len(parts) != len(figs) - 1 or not all(
                eng.evidence.accounted(t, eng.evidence.words(whole)) for t in others):
            continue
        left = number(whole.value) - sum(number(o.value) for o in parts)
        if left > 0:
            found.append((whole, parts, left, m.group(1)))
    if len(found) != 1:
        return None
    whole, parts, left, what = found[0]
    facts, sparql = eng.facts([whole.iri, *(o.iri for o in parts)])
    told = facts[1:]
    both = FactOut(sum(number(f.value) for f in told), whole.unit, "、".join(f.indicator for f in told) + "合计",
                   facts[0].actor, facts[0].region, facts[0].year, "", "", computed=True)
    result = FactOut(left, whole.unit, what, facts[0].actor, facts[0].region, facts[0].year, "", "", computed=True)
    text = (phrasing.figures(facts) + f"，其余{what}：据此计算为{show(left)}{whole.unit}（计算值）。"
            + phrasing.quote(facts[:1]))
    return Answer(question, ANSWERED, text, "derived", [result, facts[0], both], sparql, REST_CONFIDENCE)


def _is_ratio_of(rate: Obs, a: Match, b: Match) -> bool:
    """Whether a stated rate is the ratio of two figures, to the places it is stated in."""
    whole = number(b.obs.value)
    if not whole:
        return False
    stated = str(rate.value)
    places = len(stated.split(".")[1]) if "." in stated else 0
    return abs(round(100 * number(a.obs.value) / whole, places) - number(rate.value)) <= 10 ** -places


def derived(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """Arithmetic on stated figures: sum (合计), difference (比…多), remainder (未办结), ratio (办结率, 占比),
    average (场均, 平均每个)."""
    if "average" in r.cues:
        return average(eng, question, r, rep)
    pair, op = None, None
    if "sum" in r.cues:
        m = eng.reader.pattern["sum"].search(r.text)
        items = eng.reader.split_conj(r.text[:m.start()]) if m and m.start() else []
        # (截至年底，…调解员一共: a clause of time words only is no part to add)
        # (…轮训 covered how many 人次 in total: how far it reaches is no part to add either)
        extent = set(eng.reader.words.get("extent", ()))
        items = [x for x in items if set(eng.reader.tokens(x)) - extent]
        if items and eng.reader.has("examples", items[-1]):
            items = []        # 进机关、进乡村、进社区这类七进活动一共: examples of one kind, not parts to add
        if m and eng.reader.has("count", r.text[m.end():]) and any(eng.reader.has("count", x) for x in items):
            items = []        # 办培训，办了几场、一共多少人次: a part asking a count of its own is a question, not a term
        if len(items) < 2:
            items = _keywords_before_sum(eng, r) or items     # 人大建议 政协提案 合计
        if len(items) < 2 and m and (c := eng.reader.count_word_after(r.text, m.end())):
            # 一共有多少个街道和镇: the terms follow the count word
            # (…not where a sum word follows them: 多少个项目（报告书和报告表合计） asks one stated total)
            rest = r.text[c.end():]
            after = [x for x in eng.reader.split_conj(rest) if eng.reader.tokens(x, usual=False)]
            items = after if len(after) >= 2 and not eng.reader.pattern["sum"].search(rest) else items
        if len(items) == 2 and _one_figure_names_both(eng, r, rep, items):
            pass      # 涉企执法和民生实事类问题一共排查出多少个: one stated figure counts both, no sum to make
        elif len(items) == 2:
            own = [eng.reader.tokens(items[0]), eng.reader.tokens(items[1])]
            for left, right in (eng.shared_subject(eng.shared_thing(own)), own):
                a = resolve(eng, r, rep, left, _units_of(eng, items[0], r.units), items[0])
                b = resolve(eng, r, rep, right, _units_of(eng, items[1], r.units), items[1])
                if not (a and b and a.obs.iri == b.obs.iri and [left, right] != own):
                    break     # (轮训加执法人员培训: a side that borrowed the other's subject became it; on its own)
            if a and b and a.obs.iri != b.obs.iri:
                pair, op = (a, b), "sum"
            else:
                # a sum of two things was asked: one of them alone is not the answer
                missing = [x for x, hit in zip(items, (a, b)) if not hit] or items
                return no_data(eng, question, r, rep, "derived",
                               "没有找到" + "、".join(f"“{x}”" for x in missing) + "的数字，无法合计")
        elif len(items) > 2:
            # 学习研讨、法治讲座、旁听庭审加起来: every part its own figure, or no sum at all
            sides = eng.shared_subject([eng.reader.tokens(x) for x in items])
            hits = [resolve(eng, r, rep, toks, r.units, x) for toks, x in zip(sides, items)]
            # …in units that add up (几次: N次 and M场 are counted alike; 人 and 件 never)
            if all(hits) and len({h.obs.iri for h in hits}) == len(hits) and all(
                    eng.lx.units_fit([r.units[0] if r.units else hits[0].obs.unit], h.obs.unit) == "yes"
                    for h in hits):
                return parts_named(eng, question, r, rep, hits)
            missing = [x for x, hit in zip(items, hits) if not hit] or items
            return no_data(eng, question, r, rep, "derived",
                           "没有找到" + "、".join(f"“{x}”" for x in missing) + "的数字，无法合计")
    if pair is None and "difference" in r.cues and any(u.endswith("百分点") for u in r.units):
        r = replace(r, units=_units_of(eng, "", r.units))   # (高几个百分点: a difference of two rates)
    if pair is None and "difference" in r.cues:
        m = eng.reader.pattern["than"].search(r.text)
        if m:
            left, right = eng.shared_subject([eng.reader.tokens(m.group(1)), eng.reader.tokens(m.group(2))])
            # 法院派驻调解室比公安派驻调解室多化解纠纷多少件: what both sides did comes after 多
            tail = eng.reader.tokens(r.text[m.end():]) if m.end() in eng.reader.segmenter.boundaries(r.text) else []
            left, right = left + [t for t in tail if t not in left], right + [t for t in tail if t not in right]
            # 轮训人次比培训人次多多少: a side ending in a unit asks in it
            a = resolve(eng, r, rep, left, _units_of(eng, m.group(1), r.units), m.group(1))
            b = resolve(eng, r, rep, right, _units_of(eng, m.group(2), r.units), m.group(2))
            named = [t for t in left + right if not eng.evidence.action_class(t) and t not in eng.lx.verbs]
            things = (_thing(eng, a), _thing(eng, b)) if a and b else ("", "")
            if all(things) and not named and things[0] not in things[1] and things[1] not in things[0]:
                # 收到的比办结的多多少, no thing named: two figures of two things are no difference asked
                return no_data(eng, question, r, rep, "derived", "问题没有说明相比的是哪一项的数字")
            if a and b and a.obs.iri != b.obs.iri and owns_head(eng, a, left) and owns_head(eng, b, right):
                # A比B少多少 asks B − A: the difference is given as the amount asked, never negative
                pair, op = ((b, a) if r.text[m.end(2):m.end()].startswith("少") else (a, b)), "difference"
            elif left and right and not r.change and compares(eng, r.text):
                # 法院的比公安的多多少: a difference asked; either side alone is not the answer
                return no_data(eng, question, r, rep, "derived", "没有找到相比的两项各自的数字，无法计算差")
    if pair is None and "difference" in r.cues and not r.parts and not eng.reader.pattern["than"].search(r.text) \
            and (m := eng.reader.pattern["apart"].search(r.text)) and len(split := eng.reader.split_conj(r.text[:m.start()])) == 2:
        r = replace(r, parts=split, rest="")    # A和B相差几个百分点: the two things joined before the gap word
    if pair is None and "difference" in r.cues and len(r.parts) == 2 and not eng.reader.pattern["than"].search(r.text):
        # A和B哪个多，多几件: the two parts' figures, the larger less the smaller
        rest = eng.reader.tokens(r.rest)
        sides = eng.shared_subject([eng.reader.tokens(p) for p in r.parts])
        a, b = (resolve(eng, r, rep, toks + [t for t in rest if t not in toks], _units_of(eng, "", r.units),
                        p + r.rest, unique=True) for toks, p in zip(sides, r.parts))
        if a and b and a.obs.iri != b.obs.iri and a.obs.unit == b.obs.unit:
            pair, op = ((a, b) if number(a.obs.value) >= number(b.obs.value) else (b, a)), "difference"
        else:
            return no_data(eng, question, r, rep, "derived", "没有找到相比的两项各自的数字，无法计算差")
    if pair is None and "share" in eng.reader.words and eng.reader.has("rate", r.text):
        m = eng.reader.pattern["share_of"].search(r.text)
        # (占全部N项政务服务事项的比例: the asker sets the whole by its figure — the share of it is
        # computed, whatever share of another whole the sentence states)
        given_whole = m is not None and re.search(r"\d+", m.group(2))
        stated = resolve(eng, r, rep, r.tokens, r.units, r.text) if not given_whole else None
        # (the part's own words, not the whole's: 进驻 of 入驻政务大厅的事项 against 全部政务服务事项)
        part = [t for t in eng.reader.tokens(m.group(1)) if len(t) >= 2 and t not in m.group(2)] if m else []
        # (…never a share stated right after its count, 约占全省…的百分之N: its label opens with 占, of that count)
        if stated and stated.obs.unit == "%" and part and not any(t in stated.obs.label_clean for t in part) \
                and not SHARE_OPENING.match(stated.obs.label_clean) \
                and any(o.unit != "%" and o.sentence == stated.obs.sentence and o.year == stated.obs.year
                        and all(t in o.label_clean for t in part)
                        for o in eng.cat.figures[rep.iri]):
            stated = None  # (向基层下放事项占…: a count of its sentence names the part, the rate found does not)
        if stated and stated.obs.unit == "%":
            m = None      # the report states the share itself (占进驻事项比例): no need to compute
        if m and eng.reader.tokens(m.group(1)) and eng.reader.tokens(m.group(2)):
            left, right = eng.shared_subject([eng.reader.tokens(m.group(1)), eng.reader.tokens(m.group(2))])
            a = resolve(eng, r, rep, left, [], m.group(1))
            b = resolve(eng, r, rep, right, [], m.group(2))
            # (…a rate of the part or of this very ratio; 进驻率 beside 向基层下放事项 is of another part)
            own = [t for t in left if t not in m.group(2) and len(t) >= 2]
            stated_beside = a and b and next((o for o in eng.cat.figures[rep.iri] if o.unit == "%"
                                              and o.sentence == a.obs.sentence == b.obs.sentence
                                              and o.year == a.obs.year
                                              and (not own or any(t in o.label_clean for t in own)
                                                   or _is_ratio_of(o, a, b))), None)
            if given_whole and b and str(number(b.obs.value)) == given_whole.group(0):
                stated_beside = None
            if stated_beside:
                # the sentence of both counts states a rate of its own, which the question does not name:
                # a rate computed beside it would pass for it, rounded otherwise than the stated one
                return no_data(eng, question, r, rep, "derived",
                               f"报告在同一句中给出的比率是“{stated_beside.label}”，与所问的不对应")
            if a and b and a.obs.iri != b.obs.iri and a.obs.unit == b.obs.unit != "%" \
                    and number(a.obs.value) > number(b.obs.value):
                # (a share of a whole smaller than the part: the two figures are of other things)
                return no_data(eng, question, r, rep, "derived", "找到的两个数字中部分大于整体，不能计算占比")
            if a and b and a.obs.iri != b.obs.iri and a.obs.unit == b.obs.unit != "%" \
                    and owns_head(eng, a, left) and owns_head(eng, b, right):
                pair, op = (a, b), "ratio"
            elif "remainder" not in r.cues:     # (没进驻的占百分之几: the remainder's share, below)
                # A占B的比例 with no stated share and no A and B of one kind: never a near figure
                return no_data(eng, question, r, rep, "derived", "报告没有给出所问比例，也没有可据以计算的两个数字")
    if pair is None and "gap_to_whole" in r.cues:
        # 一次性化解率离100%还差多少: 100 − the rate stated; no rate, no answer (never the rate itself)
        # (the rate asked is what stands outside the words of the gap: 正常核验率|离100还差多少)
        gap = next(p for p, cue in eng.lx.question_cues if cue == "gap_to_whole")
        text = gap.sub(" ", r.text)
        stated = resolve(eng, r, rep, eng.reader.tokens(text), ["%"], text)
        if stated is None or stated.obs.unit != "%" or stated.obs.kind == "change" or stated.obs.qualifier:
            return no_data(eng, question, r, rep, "derived", "没有找到所问的比率，无法计算与100%的差")
        return complement(eng, question, r, stated, f"{stated.obs.label_clean}距100%的差")
    if pair is None and "remainder" in r.cues and eng.reader.has("rate", r.text) and r.slots > 1:
        # 还有几件没办结，办结率百分之几: a count left and a rate asked apart, not a share of what is left
        return no_data(eng, question, r, rep, "multi", "问题问了几个数，报告中没有找到各自的数字")
    if pair is None and "remainder" in r.cues and eng.reader.has("rate", r.text):
        stated = rate_of_the_rest(eng, r, rep)
        if stated is not None:     # 不能全科受理的占比: 100 − the share stated, before any count's arithmetic
            return complement(eng, question, r, stated, _rest_named(r.text))
    if pair is None and "remainder" not in r.cues and "率" in r.text:
        stated = resolve(eng, r, rep, r.tokens, r.units, r.text)
        if stated and stated.obs.unit == "%" and stated.obs.kind != "change":
            return None       # the report states the rate asked (a table's 整改率): no need to compute it
    if pair is None and ("remainder" in r.cues or "率" in r.text):
        pair, op = part_of_whole(eng, r, rep)
        if op == "stated":
            return stated_figure(eng, question, pair[0]) if pair else None
        if op == "ambiguous":
            return no_data(eng, question, r, rep, "derived",
                           "同一句中有几个可作总数的数字（如收到、受理），问题没有说明是从哪一个中计算")
        if "remainder" in r.cues and eng.reader.has("rate", r.text):
            # 没进驻的占百分之几: a share of the remainder, never the count left nor the stated rate itself
            return percent_left(eng, question, r, rep, pair)
        if pair is None and "remainder" in r.cues:
            ans = all_done(eng, question, r, rep) or none_left_by_rate(eng, question, r, rep)
            if ans is not None:
                return ans
    if pair is None:
        return None
    a, b = pair
    # (多出: the asking; 覆盖: how far the two reach, structure.tsv extent)
    arithmetic = {w for k in ("diff", "sum", "than", "extent") for w in eng.reader.words.get(k, ())}
    unaccounted = [t for t in r.tokens if len(t) >= 2 and t not in arithmetic and not eng.reader.has("rate", t)
                   and not any(eng.evidence.accounted(t, eng.evidence.words(x.obs)) for x in pair)
                   and not eng.evidence.accounted(t.removeprefix("未"), eng.evidence.words(a.obs))]
    if unaccounted or r.plan:
        why = "报告中没有找到" + "、".join(f"“{t}”" for t in unaccounted) if unaccounted else \
            "问的是计划，报告中的数字是已完成的工作"
        return no_data(eng, question, r, rep, "derived", why)
    if op == "difference" and number(a.obs.value) < number(b.obs.value):
        # A比B多多少 with A the smaller: the figures found are not the ones compared (or the asker
        # has them the wrong way round) — never a negative difference
        return no_data(eng, question, r, rep, "derived",
                       f"找到的“{a.obs.label}”（{show(number(a.obs.value))}{a.obs.unit}）少于“{b.obs.label}”"
                       f"（{show(number(b.obs.value))}{b.obs.unit}），与所问的多少方向不符")
    if op != "ratio" and eng.lx.units_fit([a.obs.unit], b.obs.unit) != "yes":
        # N项 − M%: figures of two measures are never added or taken from each other
        return no_data(eng, question, r, rep, "derived",
                       f"找到的两个数字单位不同（{a.obs.unit}、{b.obs.unit}），不能相加或相减")
    verb = _verb(r.text)
    # (未调解成功: what is left of the outcome the part counts, named so)
    came = next((t for t in eng.reader.words.get("outcome", ()) if verb and verb + t in a.obs.label_clean), "")
    return computed(eng, question, op, a, b, verb + came)


def average(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """执法人员培训场均多少人次 / 平均每个人民调解组织几名调解员: one stated figure over another of its
    sentence — the one in the unit after 每 (or before 均), of the thing named after it, else of the
    same indicator (培训N场M人次). Both, and only those, or no answer."""
    m = eng.reader.per.search(r.text) if eng.reader.per is not None else None
    if m is None:
        return None
    per = m.group("u") or m.group("u2")
    what = eng.reader.tokens(m.group("what") or "")
    rest = r.text[:m.start()] + " " + r.text[m.end():]
    # (平均每位处理了多少件: a verb after the unit is what the counted did, no thing of the divisor's)
    acts = [t for t in what if eng.evidence.action_class(t) or t in eng.lx.verbs]
    if acts and len(acts) == len(what):     # (每个调解员…化解: the thing named after the unit stays what it is)
        what, rest = [t for t in what if t not in acts], rest + " " + " ".join(acts)
    units = [u for u in r.units if u != per] or [u for u in eng.reader.units_asked(rest) if u != per]
    # (平均每支护卫队有多少人: nothing else named, the same thing counted in another unit, 共N人)
    tokens = [t for t in eng.reader.tokens(rest) if t not in what] or what
    top = resolve(eng, r, rep, tokens, units, rest if tokens is not what else r.text) \
        if tokens and (units or tokens is not what) else None
    if top is None:
        return no_data(eng, question, r, rep, "derived", "没有找到要求平均数的那个数字")
    # (the thing after 每 in the divisor's own words; 个 fits any counter only there)
    over = [o for o in eng.cat.figures[rep.iri] if o.sentence == top.obs.sentence and o.iri != top.obs.iri
            and o.year == top.obs.year
            and o.kind == "level" and (fit := eng.lx.units_fit([per], o.unit))
            and (all(t in o.label_text + "|" + o.actor_text for t in what) if what
                 else fit == "yes" and (o.label == top.obs.label or _names_only(eng, rest, o, top.obs)))]
    if len(over) != 1 or not number(over[0].value):
        return no_data(eng, question, r, rep, "derived", f"没有找到同一句中可作除数的“每{per}”的数字，无法计算平均数")
    return computed(eng, question, "mean", top, Match(over[0], 0.0, 1.0))


def _names_only(eng: Engine, text: str, o: Obs, other: Obs) -> bool:
    """The question names ``o``'s thing, which the other figure's words do not (局长们值班，平均每位…:
    the 局长 counted beside the matters they handled)."""
    return any(len(t) >= 2 and eng.evidence.owned(t, o.label_text) and not eng.evidence.owned(t, other.label_text)
               for t in eng.reader.tokens(text))


def parts_named(eng: Engine, question: str, r: Reading, rep: ReportRef, hits: list[Match]) -> Answer:
    """A sum of more than two stated figures: an answer carries at most one figure more than it
    asks for beside its result, so the figures found are named in the text and the sum is left to
    the asker (each can be asked alone, with its sentence) — declined, never a bare total."""
    facts, _ = eng.facts([h.obs.iri for h in hits])
    return no_data(eng, question, r, rep, "derived",
                   "报告没有直接给出合计，分别是：" + phrasing.figures(facts) + "（可分别询问，并查看原文）")


def compares(eng: Engine, text: str) -> bool:
    """比 as a word of its own, a thing, and a difference word after it (A比B多…): not 比例, 同比, 多少."""
    words = eng.reader.cut(text)
    than = set(eng.reader.words.get("than", ["比"]))
    diff = set(eng.reader.words.get("diff", ["多", "少"]))
    at = next((i for i, w in enumerate(words) if w in than), None)
    end = next((i for i, w in enumerate(words) if at is not None and i > at and w in diff), None)
    # …and the thing or the action compared with between them (占比有多高 compares nothing; 新收比审结多)
    return end is not None and any(eng.reader.is_noun(w) or eng.evidence.action_class(w) for w in words[at + 1:end])


def owns_head(eng: Engine, m: Match, tokens: list[str]) -> bool:
    """An operand of arithmetic counts the thing its side names: the side's last noun (全部执法主体: 主体)
    stands in the figure's own words, not only in its sentence."""
    nouns = [t for t in tokens if eng.reader.is_noun(t) and not eng.reader.has("rate", t)]
    if not nouns:
        return True
    return any(eng.evidence.owned(t, m.obs.label_text + "|" + m.obs.actor_text) for t in nouns[-1:])


def percent_left(eng: Engine, question: str, r: Reading, rep: ReportRef, pair) -> Answer:
    """还有百分之多少没进驻: 100 − the stated rate of that action in the part's sentence (进驻率), else
    (whole − part) / whole; with no part and whole found, or the rate not of that action, declined."""
    verb = _verb(r.text)
    if pair is None or not verb:
        return no_data(eng, question, r, rep, "derived", "报告没有给出可据以计算未完成部分所占比例的总数和完成数")
    part, whole = pair
    # the part's own rate or share stated (进驻率; 无差别全科受理事项占比, which may be of another whole)
    own = {part.obs.label_clean + w for w in eng.reader.words.get("share_word", [])}
    rates = [o for o in eng.cat.figures[rep.iri] if o.unit == "%" and o.sentence == part.obs.sentence
             and o.year == part.obs.year
             and (f"{verb}率" in o.label_text or o.label_clean in own)]
    acting = eng.evidence.action_class(verb) or verb in eng.lx.verbs
    if len(rates) == 1:
        label = f"未{verb}的比例" if acting else f"不属于{part.obs.label_clean}的比例"
        return complement(eng, question, r, Match(rates[0], part.score, part.coverage), label)
    bind = {"a": URIRef(part.obs.iri), "b": URIRef(whole.obs.iri)}
    left = f"未{verb}" if acting else f"不属于{part.obs.label_clean}"
    template, label = eng.t.remainder_share, f"{phrasing.name(eng.facts([whole.obs.iri])[0][0])}中{left}的比例"
    facts, _ = eng.facts([whole.obs.iri, part.obs.iri])
    row = eng.store.select(template, bind)[0]
    result = FactOut(number(row["result"]), "%", label, facts[0].actor, facts[0].region, facts[0].year, "", "",
                     computed=True, exact=row["exact"])
    text = (phrasing.figures(facts) + f"，据此计算{label}为{show(result.value)}%（计算值）。" + phrasing.quote(facts))
    return Answer(question, ANSWERED, text, "derived", [result] + facts, with_values(template, [bind]),
                  round(min(part.coverage, 1.0), 2))


def rate_of_the_rest(eng: Engine, r: Reading, rep: ReportRef) -> Match | None:
    """未能一次性化解的比例, 不能全科受理的占比: the report states the share of what was done
    (一次性化解率N%), found by the question read without its negation and evidence checked as such.
    Only a plain share of a whole: not a change (同比下降), nor a bound (N%以上: its rest is no figure)."""
    tokens = [t.removeprefix("未") for t in r.tokens if t != "未"]
    text = r.text.replace("未", "")
    best = resolve(eng, r, rep, tokens, ["%"], text)
    if best is None or best.obs.unit != "%" or best.obs.kind == "change" or best.obs.qualifier \
            or any(n in best.obs.label_text for n in NEGATIONS):
        return None
    return best


def none_left_by_rate(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """还有几件没回复: none, where the report states the rate of that very action at 100% for the thing
    asked (回复率、办理率均为100%), found by the question read without its negation (as a rate) and
    evidence checked as such — 0, marked computed, citing the rate."""
    verb = _verb(r.text)
    if not verb:
        return None
    plain = replace(r, units=["%"], counted=[], cues=r.cues - {"remainder"})
    tokens = [t.removeprefix("未") for t in r.tokens if t != "未"]
    text = eng.reader.strip_counts(r.text.replace("未", ""))
    rate = resolve(eng, plain, rep, tokens, ["%"], text)
    if rate is None or rate.obs.unit != "%" or number(rate.obs.value) != 100 or rate.obs.kind == "change" \
            or rate.obs.qualifier or not rate.obs.label_clean.endswith("率") or verb not in rate.obs.label_clean:
        return None       # (the rate of that very action: 回复办结率 for 没回复办结)
    facts, sparql = eng.facts([rate.obs.iri])
    unit = r.units[0] if r.units else "件"
    label = f"未{_negated_phrase(r.text) or verb}的"
    result = FactOut(0, unit, label, facts[0].actor, facts[0].region, facts[0].year, "", "", computed=True)
    text = phrasing.figures(facts) + f"，据此{label}为0{unit}（计算值）。" + phrasing.quote(facts)
    return Answer(question, ANSWERED, text, "derived", [result] + facts, sparql, round(min(rate.coverage, 1.0), 2))


def complement(eng: Engine, question: str, r: Reading, rate: Match, label: str) -> Answer:
    """100 − a stated share, marked computed, citing it."""
    bind = {"a": URIRef(rate.obs.iri), "b": URIRef(rate.obs.iri)}
    facts, _ = eng.facts([rate.obs.iri])
    row = eng.store.select(eng.t.complement, bind)[0]
    result = FactOut(number(row["result"]), "%", label, facts[0].actor, facts[0].region, facts[0].year, "", "",
                     computed=True, exact=row["exact"])
    text = (phrasing.figures(facts) + f"，据此计算{label}为{show(result.value)}%（计算值）。" + phrasing.quote(facts))
    return Answer(question, ANSWERED, text, "derived", [result] + facts, with_values(eng.t.complement, [bind]),
                  round(min(rate.coverage, 1.0), 2))


def all_done(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """还有几个没整改: none, where the sentence of the thing counted says all of it had that action
    done (排查出问题N个，建立台账并全部整改销号; structure.tsv all_done), or states the action's rate
    at 100% as the very next figure (来信N条，回复办结率为100%) — 0, marked computed, citing them.
    The count must account for every other word of the question, and the statement must follow it
    with no other number between (else it is another figure's)."""
    verb = _verb(r.text)
    done = eng.reader.pattern.get("all_done")
    if not verb or done is None or not done.pattern:
        return None
    # (the whole phrase negated: 没回复办结 leaves no 办结 asked of the count)
    phrase = _negated_phrase(r.text) or verb
    text = r.text.replace(" ", "").replace("未" + phrase, " ")
    tokens = [t for t in r.tokens if not t.startswith("未") and t not in phrase]
    # (人大代表建议中未办复的: the scene names the whole, whose count it must be; 建议和提案里: each a whole)
    scene = [t for t in r.scene if len(t) >= 2 and not t.startswith("未") and t not in phrase and t not in tokens]
    covered: set[str] = set()
    said = re.compile(f"(?:{done.pattern})[\u4e00-\u9fff]{{0,2}}{re.escape(verb)}")
    figs = asked_year(eng, r, rep)
    hits = []
    for o in figs:
        sentence = strip_punctuation(o.sentence)
        at = sentence.find(o.clause) if o.clause and o.unit != "%" else -1
        m = said.search(sentence, at + len(o.clause)) if at >= 0 else None
        # …or a rate of that action of 100% stated right after it (来信N条，回复办结率为100%)
        later = [x for x in figs if x.sentence == o.sentence and x.start > o.start]
        rate = next(iter(later), None) if at >= 0 else None
        if rate is not None and rate.unit != "%" and at >= 0:
            # (办理人大代表建议N件、政协提案M件，办复率均达100%: a rate of the counts listed before it)
            rate = next((x for x in later if x.unit == "%"), None)
            if rate is not None and not (o.label_clean.removeprefix(eng.evidence.opening_actions(o.label_clean))
                                         in rate.label_clean):
                rate = None
        full = rate is not None and rate.unit == "%" and number(rate.value) == 100 and verb in rate.label_clean
        stated = full or (m and not re.search(r"\d", sentence[at + len(o.clause):m.start()]))
        own = [t for t in scene if eng.evidence.accounted(t, eng.evidence.words(o))] if stated else []
        if stated and (own or not scene) and not eng.evidence.check(r, o, text, tokens + own, every_part=True):
            covered.update(own)
            hits.append((o, "" if full else f"，报告说其{m.group(0)}", [rate.iri] if full else []))
    hits = list({o.iri: (o, a, x) for o, a, x in hits}.values())
    if len(covered) < len(scene):
        return None       # (a whole the question names that no count here is)
    # (人大建议和政协提案里没办复的: the counts of one sentence that one rate of 100% holds of, all of them)
    if not hits or len(hits) > 1 and not (len({o.sentence for o, _, _ in hits}) == 1
                                           and len({tuple(x) for _, _, x in hits}) == 1 and hits[0][2]):
        return None
    o, all_of_it, rates = hits[0]
    counts, _ = eng.facts([h.iri for h, _, _ in hits])
    # (several counts one rate holds of: the rate is the evidence cited, the counts named)
    facts, sparql = eng.facts([o.iri, *rates] if len(hits) == 1 else rates)
    label = "、".join(phrasing.name(f) for f in counts) + f"中未{verb}的"
    result = FactOut(0, o.unit, label, facts[0].actor, facts[0].region, facts[0].year, "", "", computed=True)
    text = (phrasing.figures(facts) + f"{all_of_it}，据此{label}为0{o.unit}（计算值）。"
            + phrasing.quote(facts))
    return Answer(question, ANSWERED, text, "derived", [result] + facts, sparql, 1.0)


def stated_figure(eng: Engine, question: str, m: Match) -> Answer:
    """The figure the report states, quoted (a rate found beside the counts it is of)."""
    facts, sparql = eng.facts([m.obs.iri])
    return Answer(question, ANSWERED, phrasing.figures(facts) + "。" + phrasing.quote(facts), "value", facts, sparql,
                  round(min(m.coverage, 1.0), 2))


def computed(eng: Engine, question: str, op: str, a: Match, b: Match, verb: str = "") -> Answer:
    """The result of ``op`` on two stated figures, by SPARQL arithmetic, marked computed."""
    template = {"sum": eng.t.sum, "difference": eng.t.difference,
                "remainder": eng.t.difference, "ratio": eng.t.ratio, "mean": eng.t.mean}[op]
    first, second = (b, a) if op == "remainder" else (a, b)
    bind = {"a": URIRef(first.obs.iri), "b": URIRef(second.obs.iri)}
    row = eng.store.select(template, bind)[0]
    facts, _ = eng.facts([first.obs.iri, second.obs.iri])
    # (a difference of two rates is in points of them: N% − M% is N − M个百分点)
    unit = "%" if op == "ratio" else "个百分点" if op == "difference" and first.obs.unit == "%" else first.obs.unit
    n0, n1 = phrasing.name(facts[0]), phrasing.name(facts[1])
    # 未办结 where the remainder is of an action; else 不属于 the part (不属于无差别全科受理事项的)
    left = f"未{verb}" if eng.evidence.action_class(verb) or verb in eng.lx.verbs else f"不属于{n1}的"
    label = {"sum": f"{n0}与{n1}合计", "difference": f"{n0}与{n1}之差",
             "remainder": f"{n0}中{left}", "ratio": f"{n0}占{n1}的比率",
             "mean": f"{n0}平均每{facts[1].unit}" if facts[0].indicator == facts[1].indicator
             else f"平均每{facts[1].unit}{n1}的{n0}"}[op]
    result = FactOut(number(row["result"]), unit, label, facts[0].actor, facts[0].region,
                     facts[0].year, "", "", computed=True, exact=row["exact"])
    text = (phrasing.figures(facts) + f"，据此计算{label}为{show(result.value)}{unit}（计算值）。"
            + phrasing.quote(facts))
    conf = min(a.coverage, b.coverage, 1.0)
    return Answer(question, ANSWERED, text, "derived", [result] + facts,
                  with_values(template, [bind]), round(conf, 2))


def _one_figure_names_both(eng: Engine, r: Reading, rep: ReportRef, items: list[str]) -> bool:
    """培育农村学法用法示范户和法律明白人一共几名: one stated figure already covers both parts."""
    whole = resolve(eng, r, rep, r.tokens, r.units, r.text)
    if not whole or (whole.obs.unit == "%" and not eng.reader.has("rate", r.text)):
        return False      # (a rate of both, 建议和提案办复率, is no count of both)
    # each part by the words that tell it from the others (审查|区政府规范性文件 and 审查|重大合同协议
    # share 审查: a figure naming 审查 names neither), every one of them in the figure's indicator
    def named(usual: bool, every=all) -> bool:
        tokens = [{t for t in eng.reader.tokens(i, usual) if len(t) >= 2} for i in items]   # (公开栏上: 上 names nothing)
        own = [t - set().union(*(x for j, x in enumerate(tokens) if j != i)) for i, t in enumerate(tokens)]
        return all(o and every(t in whole.obs.label_text for t in o) for o in own)
    if not named(True, any):
        return False
    if named(False) and named(True):
        return True
    # (…a word outside the figure's indicator that another figure of its sentence counts names that
    # figure: 合法性审查的合同协议和规范性文件 of 对N份合同协议、M件规范性文件开展合法性审查 is a sum)
    outside = {t for i in items for t in eng.reader.tokens(i) if len(t) >= 2 and t not in whole.obs.label_text}
    if any(t in o.label_clean for o in eng.cat.figures[rep.iri] if o.sentence == whole.obs.sentence
           and o.iri != whole.obs.iri for t in outside):
        return False
    # 轮训加执法人员培训: named only by its action's usual word (培训), or 专班召开的甲推进会 only in part
    # (专班, which the evidence found in its sentence): a part that on its own words is a figure of its
    # own (政治轮训; 审结案件 beside 审结案件中维持) is that figure, and the question a sum
    apart = [resolve(eng, r, rep, eng.reader.tokens(i), r.units, i) for i in items]
    return not (all(apart) and len({m.obs.iri for m in apart}) == len(items))


def _keywords_before_sum(eng: Engine, r: Reading) -> list[str]:
    """人大建议 政协提案 合计 件数: a keyword question names the things summed as words set apart by
    spaces; each read as a question's words are (a place or year alone names no thing)."""
    chunks = [eng.reader.normalise(bare).text.strip() for _, bare in eng.reader.keyword_chunks(r.raw)]
    at = next((i for i, c in enumerate(chunks) if eng.reader.pattern["sum"].search(c)), None)
    if at is None or eng.reader.pattern["sum"].search(chunks[at]).start() > 0:
        return []
    extent = set(eng.reader.words.get("extent", ()))      # (请问, 一共, covered: no thing either)
    items = [c for c in chunks[:at] if c and set(eng.reader.read(c).tokens) - extent]
    return items if len(items) >= 2 else []


def _units_of(eng: Engine, side: str, units: list[str]) -> list[str]:
    """The units one side of a sum or difference asks: the unit it ends in, else the question's (a
    difference asked in points, 高几个百分点, is of two rates)."""
    unit = eng.reader.ending_unit(side)
    return [unit] if unit else ["%" if u.endswith("百分点") else u for u in units]


def _rest_named(text: str) -> str:
    """未一次性化解的比例: the words negated name what is left."""
    phrase = _negated_phrase(text)
    return f"未{phrase}的比例" if phrase else "其余部分的比例"


def _negated_phrase(text: str) -> str:
    """未回复办结的有几条 / 未一次性化解的比例: the words negated, up to what asks the count or share."""
    m = re.search(r"未([\u4e00-\u9fff]+?)(?:的|件数|数量|条数|人数|有|是|几|多少|比例|占比|比重|率|$)",
                  text.replace(" ", ""))
    return m.group(1) if m else ""


def _verb(text: str) -> str:
    m = re.search(r"未([\u4e00-\u9fff]{2})", text)
    return m.group(1) if m else ""


def part_of_whole(eng: Engine, r: Reading, rep: ReportRef):
    """X还有几件没办完 / X的办结率: the part (办结…M) and the whole it belongs to (收到…N)."""
    cat = asked_year(eng, r, rep)
    if "remainder" in r.cues:
        verb, op = _verb(r.text), "remainder"
    else:
        m = re.search(r"([\u4e00-\u9fff]{2})率", r.text)
        verb, op = (m.group(1) if m else ""), "ratio"
    if not verb:
        return None, None
    direct = resolve(eng, r, rep, r.tokens, r.units, r.text)
    if direct and (("未" + verb) in direct.obs.label or (op == "ratio" and direct.obs.unit == "%" and (
            direct.coverage >= 0.99 or f"{verb}率" in direct.obs.label))):
        return None, None   # the report states it: no need to compute
    # the question's own words (a follow-up's carry the subject), 未办结 read as 办结
    tokens = []
    # (收到的申请中有多少件没有被受理: the scene names the whole)
    for t in [*r.tokens, *r.scene]:
        t = t.removeprefix("未").removesuffix("率") if t not in ("未", "率") else ""
        if t and t not in tokens:
            tokens.append(t)
    if verb not in tokens:
        tokens.append(verb)
    units = [u for u in r.units if u != "%"]
    parts = [m for m in eng.matcher.rank(cat, tokens, units, r.text)
             if verb in m.obs.label and m.obs.unit != "%" and m.coverage >= MIN_COVERAGE
             and "未" + verb not in m.obs.label and (not m.obs.scope or m.obs.scope in r.text)]
    if not parts:
        return None, None
    part = parts[0]
    stated = next((o for o in cat if o.unit == "%" and o.sentence == part.obs.sentence and f"{verb}率" in o.label),
                  None) if op == "ratio" else None
    if stated is not None:
        # its sentence states that rate (审结N件，败诉M件，败诉率K%): the stated one answers, where the
        # evidence allows it; never one computed beside it
        return (None, "stated") if eng.evidence.check(r, stated) else ((Match(stated, 0.0, 1.0),), "stated")
    wholes = [m for m in eng.matcher.rank(cat, [t for t in tokens if t != verb] or tokens, [], r.text)
              if m.obs.sentence == part.obs.sentence and m.obs.unit == part.obs.unit
              and m.obs.start < part.obs.start and verb not in m.obs.label]
    # the whole holds the part: at least as large, and about the same thing (the part's head noun: 因信息
    # 公开引发的复议诉讼被纠错 is of 复议诉讼, never of the 信息公开申请 beside it)
    # (整改到位, 调解成功: what the action came to, structure.tsv outcome, names no thing — but one that
    # is no completion, 成功, must be asked: 没调解的 are not the 调解 that failed)
    came_to = eng.reader.words.get("outcome", ())
    said = [t for t in eng.reader.tokens(part.obs.label_clean.replace(verb, "")) if t in came_to]
    if any(verb + t not in r.text and t + verb not in r.text and t not in eng.reader.words.get("completed", ())
           for t in said):
        return None, None
    thing = [t for t in eng.reader.tokens(part.obs.label_clean.replace(verb, "")) if t != verb and len(t) >= 2
             and t not in came_to]
    # (…and of the place's part the part is of: 其中本级受理M件 is no whole of the whole place's 办结)
    wholes = [m for m in wholes if number(m.obs.value) >= number(part.obs.value)
              and (not thing or thing[-1] in m.obs.label_text) and m.obs.scope == part.obs.scope]
    # (…and the part's own body's where one is: 其中县中心受理K件，全部办结 — K, never the county's N)
    wholes = [m for m in wholes if m.obs.actor == part.obs.actor] or wholes
    if not wholes:
        return None, None
    # in a conversation, the whole is what the latest turn naming one asked about
    # (受理… → 审结… → 还有几件没审结: 受理, not the 收到 beside it)
    for a in r.previous_actions:
        named = [m for m in wholes if eng.evidence.names_action(a, m.obs.label_clean)]
        if named and len(named) < len(wholes):   # (公开 of 政府信息公开申请, in every whole, tells none apart)
            return (part, named[0]), op
    # 政务服务事项里，不属于…的: the whole the question names outright, every word of its indicator
    # (the most specific, where several are: 进驻政务服务中心的事项里 is the 进驻 one, not all 政务服务事项)
    named = [m for m in wholes if all(t in r.clauses for t in eng.reader.tokens(m.obs.label_clean))]
    if named:
        longest = max(len(m.obs.label_clean) for m in named)
        named = [m for m in named if len(m.obs.label_clean) == longest]
        if len({number(m.obs.value) for m in named}) == 1:
            return (part, named[0]), op
    # …else the one whole, what came in or was found (收到, 受理, 排查: structure.tsv rate_whole) or a
    # thing with no action (政务服务事项N项): 保留N件、修改M件 are siblings, M is no part of N
    if len({number(m.obs.value) for m in wholes}) > 1:
        return None, "ambiguous"   # 收到 N, 受理 M, 审结 K: which whole is meant was never said
    came_in, label = eng.reader.words.get("rate_whole", ()), wholes[0].obs.label_clean
    own = eng.evidence.opening_actions(label)
    # (调解N件，调解成功M件 / 审结N件，败诉M件: the part is what the whole's cases came to)
    outcome = own and part.obs.label_clean.startswith(own) \
        or any(v in part.obs.label_clean for v in eng.reader.words.get("verdict", ()))
    if not any(label.startswith(w) for w in came_in) and any(label.startswith(v) for v in eng.evidence.chain_verbs) \
            and not outcome:
        return None, None
    return (part, wholes[0]), op


# 哪三类 / 哪三个部门: which N of a thing (what follows the count is the thing asked)
_WHICH_N = re.compile(r"哪[一二两三四五六七八九十几\d]+(?:个|项|家|位|名|次|种|类|条|件)?+([\u4e00-\u9fff]{1,6})")

def entity(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """Who or which body (谁办的X, X是哪个部门负责的, 新设了什么机构)."""
    if "entity" not in r.cues:
        return None
    kind_words = {w for w, k in eng.lx.list_kinds if k == "Organization"}
    # (哪三类, 哪三项: which N of a thing, its items asked — a body only where the thing is one)
    counted = _WHICH_N.search(r.text)
    head = asked_head(eng, r.text, ("what", "which")) or (counted.group(1) if counted else None)
    if head and not any(w in head for w in [*kind_words, *eng.lx.org_suffixes]):
        return None       # 依托的是哪个系统: a thing, not a body — the describe handler's
    tokens = [t for t in r.tokens if t not in kind_words]
    if not tokens:
        return None
    best = resolve(eng, r, rep, tokens, r.units, r.text)
    orgs = [e for e in eng.cat.entities[rep.iri] if e["class"].endswith("#Organization")]
    if r.plan:
        # 今年新设了什么中心 with 今年 a year no report gives account of: only a plan's body tells it
        planned = eng.planned(rep)
        orgs = [e for e in orgs if e["sentence"] in planned]
    scored = []
    for e in orgs:
        ctx = strip_punctuation(e["context"] or "")
        cov = sum(len(t) for t in tokens if t in ctx or t in e["label"]) / sum(len(t) for t in tokens)
        scored.append((cov, e))
    top = max((c for c, _ in scored), default=0)
    if best and best.obs.actor and best.coverage >= top:
        facts, sparql = eng.facts([best.obs.iri])
        f = facts[0]
        text = f"{f.actor}。{phrasing.phrase(f)}。{phrasing.quote(facts)}"
        return Answer(question, ANSWERED, text, "entity", facts, sparql, round(min(best.coverage, 1), 2))
    if top >= MIN_COVERAGE:
        hits = [e for c, e in scored if c == top]
        names = "、".join(dict.fromkeys(e["label"] for e in hits))
        sources = "".join(f"（原文：“{s}”）" for s in dict.fromkeys(e["sentence"] for e in hits))
        bind = {"region": URIRef(eng.iris.region(rep.region, rep.city)), "year": Literal(rep.year),
                "report": URIRef(rep.iri)}
        return Answer(question, ANSWERED, f"{names}。{sources}", "entity", [],
                      with_values(eng.t.entities, [bind]), round(top, 2))
    # asked "who", and no department or organisation fits: say so rather than give a figure
    return no_data(eng, question, r, rep, "entity")


def asked_head(eng: Engine, text: str, roles=("what",)) -> str | None:
    """The noun right after the first what-word (什么模式, 哪些方式): what the question asks for."""
    return next(iter(asked_heads(eng, text, roles)), None)


def asked_heads(eng: Engine, text: str, roles=("what",)) -> list[str]:
    """The nouns right after each what-word, in order (有哪些文件…按什么流程 → 文件, 流程); ``roles``:
    the structure.tsv rows of words that ask (what: 什么, 哪些; which: 哪个, 哪类)."""
    what = {w for role in roles for w in eng.reader.words.get(role, ())}
    if not any(w in text for w in what):
        return []
    tokens = [w for w in eng.reader.cut(text) if w.strip()]

    def noun(t: str) -> bool:   # a light word (工作机制's 工作) may stand in the phrase, never a verb
        # (…nor a part of a place by its one character: 哪个村 asks a 村)
        return (len(t) >= 2 and t not in eng.lx.verbs and eng.evidence.action_class(t) is None
                and bool(re.match(r"[\u4e00-\u9fff]", t))) or t in eng.evidence.place_endings
    heads = []
    for i, word in enumerate(tokens):
        if word in what:
            # the nouns that follow it, together (闭环|机制: the 机制 asked is a 闭环 one), less light words
            # (什么工作机制 asks a 机制; 哪些方面 names nothing of its own)
            phrase = "".join(t for t in takewhile(noun, tokens[i + 1:]) if t not in eng.reader.stopwords)
            if phrase:
                heads.append(phrase)
    return heads


def listing(eng: Engine, question: str, r: Reading, rep: ReportRef) -> Answer | None:
    """Items of a kind (有哪些问题, 工作安排), a named mechanism's parts, or how many there are."""
    ents = eng.cat.entities[rep.iri]
    bind = {"region": URIRef(eng.iris.region(rep.region, rep.city)), "year": Literal(rep.year),
                "report": URIRef(rep.iri)}
    sparql = with_values(eng.t.entities, [bind])
    # (什么 with a kind word asks its items, unless a rate is asked: 计划…成功率是什么 asks the rate)
    asks_list = "list" in r.cues or bool(eng.reader.has("what", r.text) and any(
        w in r.text for w, _ in eng.lx.list_kinds) and not eng.reader.has("rate", r.text))
    kind_words = [w for w, _ in eng.lx.list_kinds if w in r.text]
    # 市场监管局 2023 存在的主要问题: a kind named alone, with no number asked, asks for its items
    asks_list = asks_list or bool(kind_words and not r.units and not r.slots
                                  and all(any(t in w for w in kind_words) for t in r.tokens))
    # 推进的是什么模式: the noun after 什么/哪些 is the thing asked; a kind word elsewhere (行政审批制度改革)
    # is only where it happens — a list of that kind is not the answer
    head = asked_head(eng, r.text)
    if head and not any(w in head or head in w for w, _ in eng.lx.list_kinds):
        return None
    named = [t for t in r.tokens if not any(t in w for w in kind_words)]
    # (a mechanism is named by a word of its own: 打算做哪些事 names none — 事 is no name of 事前—事中—事后)
    if asks_list and any(len(t) >= 2 for t in named):
        scored = []
        for e in ents:
            if not e["components"]:
                continue
            label = strip_punctuation(e["label"])
            # …and where it stands: its clause, sentence, section and paragraph lead (严把重大行政决策…关口)
            wider = strip_punctuation("|".join(filter(None, [e["context"], e["sentence"], e["section"],
                                                             e.get("leadText")])))
            cov = sum(len(t) if t in label else len(t) / 2 if t in wider else 0
                      for t in named) / sum(len(t) for t in named)
            scored.append((cov, e))
        best_cov = max((c for c, _ in scored), default=0.0)
        tops = [e for c, e in scored if c == best_cov]
        best = tops[0] if len(tops) == 1 else None   # several fit alike: list them instead
        if best and best_cov >= MIN_COVERAGE:
            text = f"{best['label']}包括：{best['components']}。（原文：“{best['sentence']}”）"
            return Answer(question, ANSWERED, text, "list", [], sparql, round(min(best_cov, 1), 2))
    cls = next((k for w, k in eng.lx.list_kinds if w in r.text), None)
    # a count of a whole kind only when the question names nothing else, in its words or its
    # scene (…方面的问题有几个 asks about some of them, which the graph does not count)
    # (…asked in items, not in people: 计划参训多少人 is no count of the plans)
    # (哪几方面 asks which, its 几 no count)
    counted = eng.reader.has("count", eng.reader.pattern["what"].sub("", r.text)) if "what" in eng.reader.pattern \
        else eng.reader.has("count", r.text)
    if counted and cls is not None and not named and not r.scene \
            and all(eng.lx.unit(u).kind == "count" for u in r.units):
        # (局属单位N个, read as 单位: a count the report states of the kind itself is the answer, never the
        # graph's own count of what it names — but 执法部门N家 is of some of them)
        if any(o.label_clean in kind_words for o in eng.cat.figures[rep.iri] if eng.lx.unit(o.unit).kind == "count"):
            return None
        class_iri = eng.class_iri(cls)
        n = eng.store.select(eng.t.count, {**bind, "class": class_iri})[0]["n"]
        word = next(w for w, k in eng.lx.list_kinds if k == cls)
        return Answer(question, ANSWERED, f"报告中提到的{word}共{n}个（按图谱计数）。", "count",
                      [FactOut(n, "个", f"{word}数量", None, rep.region, rep.year, "", "", computed=True)],
                      with_values(eng.t.count, [{**bind, "class": class_iri}]), COUNT_CONFIDENCE)
    if not asks_list or cls is None:
        return None
    items = [e for e in ents if e["class"] == str(eng.class_iri(cls))]
    # the question's own words, and its scene's (在普法方面有哪些打算: 普法)
    # (less the words of the report's own title: 法治政府建设 is what every item is about)
    named = [t for t in dict.fromkeys(named + r.scene) if len(t) >= 2 and not any(t in w for w in kind_words)
             and t not in rep.title]
    if named:
        # 有哪些闭环机制 / 在普法方面有哪些打算: only the items the other words point to — and none when
        # none does (the whole list of a kind is not the answer to a question about one part of it)
        def covered(e) -> float:
            # (…and the lead its list opens with, where that lead is its part's title: 本人在履职方面
            # 还存在一些差距：一是…)
            lead = e["section"] if e["section"] and (e.get("leadText") or "").startswith(e["section"]) else ""
            text = strip_punctuation(e["label"] + (e["context"] or "") + lead)
            return sum(len(t) for t in named if t in text) / sum(len(t) for t in named)
        pointed = [e for e in items if covered(e) >= MIN_COVERAGE]
        if not pointed and cls == "Organization":
            return None   # 哪个机构…: a "who" question, for the entity handler
        if not pointed and (said := describe(eng, question, r, rep)) is not None and said.answered:
            return said       # 重大行政决策闭环机制包括哪些环节: the sentence that says it
        if not pointed:
            return no_data(eng, question, r, rep, "list",
                           "报告中的" + next(w for w, k in eng.lx.list_kinds if k == cls and w in r.text)
                           + "没有一项说到“" + "、".join(named) + "”")
        items = pointed
    if not items:
        # 聚焦在哪几个领域: no item of that kind in the graph — the sentence that says it, if one does
        said = describe(eng, question, r, rep)
        return said if said is not None and said.answered else no_data(eng, question, r, rep, "list")
    labels = list(dict.fromkeys(e["label"] for e in items))
    word = next(w for w, k in eng.lx.list_kinds if k == cls and w in r.text)
    text = f"报告中的{word}有{len(labels)}项：" + "；".join(
        f"{i}. {x}" for i, x in enumerate(labels, 1)) + "。"
    if named:
        # the items a question points to are few: each with its sentence (a plan's heading says the aim,
        # its sentence what will be done)
        said = list(dict.fromkeys(e["sentence"] for e in items if e["sentence"] and e["sentence"] != e["label"]))
        text += "".join(f"（原文：“{x}”）" for x in said)
    return Answer(question, ANSWERED, text, "list", [], sparql, LIST_CONFIDENCE)
