"""Questions generated from the graph itself, worded as different people write, with gold answers.

Every figure of the default report is asked several ways by four personas
(citizen, journalist, official, chatbot user), in traditional characters and with
English mixed in; pairs of figures of one sentence are asked together (各), summed
(一共) and compared (比…多); and near-miss negatives swap one element of a real
question — the year, the region, the level, the action, the unit kind, the time
(plans), or the topic — so that the right answer is "not in the report".

The wordings are the genre's (how people ask about a government work report),
not the development questions'.  Run ``python bench/paraphrase_eval.py`` to score.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass

import opencc

from kg.qa.answer import number

SEED = 20251127     # fixed: the set is the same on every run, so scores compare

_S2T = opencc.OpenCC("s2t")


@dataclass
class Q:
    q: str
    kind: str          # value, zero, multi, derived, entity, none
    gold: list
    persona: str       # citizen, journalist, official, chatbot, traditional, english, dialogue, negative
    source: str = ""   # what it was made from (for reading misses)
    before: tuple = ()  # earlier turns of a conversation, asked first (each with the last one's context)

    def row(self, n: int) -> dict:
        return {"id": f"g{n:04d}", "kind": self.kind, "q": self.q, "gold": self.gold,
                "persona": self.persona, "source": self.source}


# unit → how each persona asks for a count in it
def ask_unit(unit: str) -> tuple[str, str]:
    if unit == "%":
        return "是多少", "达到了多少"
    if unit in ("个工作日", "日", "天"):
        return f"多少{unit}", f"几{unit}"
    return f"多少{unit}", f"几{unit}"


TEMPLATES = {
    # {s} subject (object with its action), {u} 多少件, {u2} 几件, {y} year, {g} region
    "citizen": ["{s}有{u}？", "{s}一共{u}啊", "想问下{s}{u}", "我们这{s}有{u}呀", "{s}到底{u}"],
    "journalist": ["{g}{y}年{s}{u}？", "请问{y}年{g}{s}的数量是{u}", "{y}年度{s}共计{u}"],
    "official": ["全区{s}{u}", "{y}年全区{s}{u}", "报告里{s}是{u}"],
    "chatbot": ["您好，麻烦帮我查一下{s}有{u}，谢谢", "hi，我想了解一下{s}{u}", "小助手，{s}{u}？"],
}
RATE_TEMPLATES = {
    "citizen": ["{s}是多少？", "{s}有多高"],
    "journalist": ["{g}{y}年{s}是多少", "请问{s}达到了多少"],
    "official": ["全区{s}是多少"],
    "chatbot": ["您好，想问一下{s}是多少，谢谢"],
}


def colloquial(label: str, lexicon_actions: list[list[str]]) -> list[str]:
    """The indicator, and the same with its action in an everyday word (办结 → 办完)."""
    out = [label]
    for words in lexicon_actions:
        head = words[0]
        if label.startswith(head):
            for w in words[1:3]:
                if len(w) >= 2 and not w.endswith("了"):
                    out.append(w + label[len(head):])
            break
    return out


def object_first(label: str, verbs: list[str]) -> str | None:
    """收到行政复议申请 → 行政复议申请收到了: the order people often ask in."""
    for v in sorted(verbs, key=len, reverse=True):
        if label.startswith(v) and len(label) - len(v) >= 2:
            return label[len(v):] + v + "了"
    return None


def generate(engine, per_fact: int = 7, rep=None) -> list[Q]:
    """The set for one report (the default: the newest).  A report other than the one a
    question without a region goes to gets its region put before every question."""
    rng = random.Random(SEED)
    rep = rep or engine.reports[0]
    # (the report's own year's: a question that names no year asks that one; 上年为M is asked by its year)
    figs = [o for o in engine.cat.figures[rep.iri] if o.year in (None, rep.year)]
    actions = [[w for w in row] for row in _rows(engine, "actions.tsv")]
    verbs = list(engine.lx.verbs)
    # (labels that differ by a 的 alone name one indicator: 办结行政许可申请 and 办结的行政许可申请 of a part)
    same: dict[tuple, int] = {}
    for o in figs:
        same[(o.label.replace("的", ""), o.unit)] = same.get((o.label.replace("的", ""), o.unit), 0) + 1
    key_count: dict[tuple, int] = {(o.label, o.unit): same[(o.label.replace("的", ""), o.unit)] for o in figs}
    # how a person names this report: a department's by its publisher, a government's by its place;
    # with the year where the place (or publisher) has several reports
    place = rep.publisher if rep.department and rep.publisher else rep.region
    several = sum(1 for x in engine.reports if x.region == rep.region and (
        not rep.department or x.publisher == rep.publisher)) > 1 or (
        not rep.department and any(x.region == rep.region and x.year == rep.year and x.department
                                   for x in engine.reports))
    # a range (1-2个工作日, 5至8次): two figures of one indicator, actor and clause, asked once with both ends
    ranges: dict[tuple, list] = {}
    for o in figs:
        ranges.setdefault((o.label, o.unit, o.actor, o.clause), []).append(o)
    # a department that publishes its own report for this place and year: a question naming it goes there
    own = {n for x in engine.reports if x is not rep and x.department and x.region == rep.region
           and x.year == rep.year for n in (x.publisher, *x.publisher_names)}
    out: list[Q] = []
    for o in figs:
        group = ranges[(o.label, o.unit, o.actor, o.clause)]
        if o.actor and any(n == o.actor or n in o.actor for n in own if len(n) >= 3):
            continue
        if len(group) > 1:
            if o is not group[0] or not all(x.qualifier for x in group):
                continue
            key_count[(o.label, o.unit)] = 1
        if "、" in o.label or "“" in o.label:
            label = o.label.replace("“", "").replace("”", "")
        else:
            label = o.label
        subject = label
        if o.scope and o.scope not in label:
            subject = o.scope + label     # 其中甲中心受理N件，全部办结: the part's own, asked with the part
        done = engine.evidence.predicate(o)
        if done:
            # 16名区级领导通过…接访: the leaders who did that, asked with what they did; all of them is not stated
            out.append(Q(f"{place}一共有多少{o.unit}{label}", "none", [], "negative", f"predicate:{o.label}"))
            subject = f"{done}的{label}"
        if key_count[(o.label, o.unit)] > 1:
            if not o.actor or o.actor in (rep.publisher, *rep.publisher_names):
                continue          # one indicator, several actors: only asked with the actor (not the publisher's
                                  # name, which a department's report gives its figures of no other body)
            subject = o.actor + label
        elif o.actor and rng.random() < 0.5:
            subject = o.actor + label
        if "plans" in o.roles:
            subject = "计划" + subject    # a target of the plans is asked as one (asked as done, it is declined)
        gold = sorted(number(x.value) for x in group) if len(group) > 1 else [number(o.value)]
        kind = "zero" if o.kind == "zero" else "value"
        if o.kind == "change" or engine.evidence.spans_years(o):
            continue      # (a total of several years is asked of no one year, as every question here is)
        subjects = colloquial(subject, actions)
        of = object_first(subject, verbs)
        if of:
            subjects.append(of)
        u, u2 = ask_unit(o.unit)
        table = RATE_TEMPLATES if o.unit == "%" else TEMPLATES
        # (a target of the plans is of the year its plans name, else the year after the report's)
        year_of = (engine.evidence.plan_year(o, rep.year) or rep.year + 1) if "plans" in o.roles else rep.year
        made = []
        for persona, forms in table.items():
            for form in forms:
                s = rng.choice(subjects)
                q = form.format(s=s, u=rng.choice([u, u2]) if o.unit != "%" else u, y=year_of, g=place)
                made.append(Q(q, kind, gold, persona, o.label))
        rng.shuffle(made)
        out += made[:per_fact]
        out += harder(o, subject, of, u, u2, kind, gold, rep, figs, verbs, rng, place)
        out.append(Q(_S2T.convert(rng.choice([f"請問{subject}{u}？", f"您好，想問一下{subject}{u}，謝謝",
                                               f"{place}{subject}{u}"])), kind, gold, "traditional", o.label))
        if o.unit != "%":
            out.append(Q(f"How many {subject} in {year_of}?", kind, gold, "english", o.label))
        else:
            out.append(Q(f"What is the {subject}?", kind, gold, "english", o.label))
    out += pairs(engine, figs, key_count, rng)
    out += dialogues(engine, figs, key_count, verbs, rng)
    out += entities(engine, figs, key_count, rng, own)
    out += negatives(engine, rep, figs, actions, rng)
    out += shapes(engine, rep, figs, key_count, verbs, rng)
    out += year_before(engine, rep, figs, key_count, rng)
    routed = routing(engine, rep, figs, key_count, rng)
    if rep is not engine.reports[0]:
        for q in out:
            if q.source.split(":")[0] in ("region", "scope", "year", "publisher"):
                continue
            prefix = "" if place in q.q else place
            if several and str(rep.year) not in q.q:
                prefix += f"{rep.year}年"
            if prefix:
                q.q = with_region(engine, q.q, prefix)
                # a conversation opens with the report named; its follow-ups keep it
                q.before = tuple(with_region(engine, b, prefix) if place not in b and i == 0 else b
                                 for i, b in enumerate(q.before))
    out += routed     # each names its report itself: no place put before it
    seen, unique = set(), []
    for q in out:
        if q.q not in seen:
            seen.add(q.q)
            unique.append(q)
    return unique


# light verbs and function words people wrap a question in (they never change what is asked)
LIGHT_WRAPPERS = ["{s}做了{u}", "{s}这块搞了{u}", "因为工作需要，想问{s}{u}", "{s}方面共完成了{u}", "{s}进行了{u}"]
# counters of another kind than the figure's (条 is not 个, 名 is not 人次): asked in them, not in the report
OTHER_COUNTER = {"个": "条", "项": "条", "家": "户", "人次": "名"}


def asked_in() -> int:
    """The year the sets are asked in (KGQA_CURRENT_YEAR, set by the scripts that run them)."""
    return int(os.environ.get("KGQA_CURRENT_YEAR", "2026"))


def year_before(engine, rep, figs, key_count, rng) -> list[Q]:
    """A figure stated with the year before's (合格率N%（上年为M%）): that year's asked, the change asked
    both ways (the wrong way declined), and 去年 alone (the asker's last year: the report's own figure where the
    report is of that year, else declined)."""
    out = []
    for p in engine.priors(rep):
        now = [o for o in figs if o.sentence == p["sentence"] and o.label == p["label"] and o.unit == p["unit"]]
        if len(now) != 1 or key_count[(now[0].label, now[0].unit)] > 1:
            continue
        o, before = now[0], number(p["value"])
        current = number(o.value)
        up, points = current >= before, "个百分点" if o.unit == "%" else o.unit
        rise, fall = rng.choice(["增加", "提高", "增长"]), rng.choice(["减少", "下降", "降低"])
        change = round(abs(current - before), 6)
        right, wrong = (rise, fall) if up else (fall, rise)
        if change:
            out.append(Q(f"{o.label}比上年{right}了多少{points}", "derived", [change], "journalist", f"prior:{o.label}"))
            out.append(Q(f"{rep.year}年{o.label}较上一年{right}多少{points}？", "derived", [change], "official",
                         f"prior:{o.label}"))
            out.append(Q(f"{o.label}比上年{wrong}了多少{points}", "none", [], "negative", f"prior-wrong-way:{o.label}"))
        out.append(Q(f"上一年的{o.label}是多少", "value", [before], "citizen", f"prior:{o.label}"))
        # 去年 is the asker's last year (KGQA_CURRENT_YEAR): the report's own where it is that year's
        if rep.year == asked_in() - 1:
            out.append(Q(f"去年{o.label}是多少", "value", [current], "citizen", f"last-year:{o.label}"))
        else:
            out.append(Q(f"去年{o.label}是多少", "none", [], "negative", f"prior-last-year:{o.label}"))
    return out


def shapes(engine, rep, figs, key_count, verbs, rng) -> list[Q]:
    """The shapes people ask in beyond 'how many': wrapped in light verbs; a count with its share
    (X的数量及其占比); a remainder in percent (没进驻的占百分之几); a counter of another kind (几条 for N个);
    what is left with no action named (剩下的X有多少, declined); and a remainder where the report states
    no whole (还有多少件没化解, to be declined)."""
    out = []
    # (a target of the plans is asked as one elsewhere: never wrapped as a figure of work done)
    level = [o for o in figs if o.kind == "level" and key_count[(o.label, o.unit)] == 1 and "、" not in o.label
             and not o.actor and "plans" not in o.roles]
    for o in [o for o in level if o.unit != "%"][:8]:
        u = f"多少{o.unit}"
        out.append(Q(rng.choice(LIGHT_WRAPPERS).format(s=_plain(o.label), u=u), "value", [number(o.value)],
                     "light", o.label))
    for o in figs:
        if o.unit == "%" or key_count[(o.label, o.unit)] != 1:
            continue
        same = [x for x in figs if x.sentence == o.sentence and x.unit == "%"]
        # its share: the % figure named by its label and 占比 (无差别全科受理事项占比 of 无差别全科受理事项)
        share = [x for x in same if x.label_clean in (o.label_clean + "占比", o.label_clean + "比例")]
        if len(share) == 1:
            out.append(Q(f"{_plain(o.label)}的数量及其占比", "multi", [number(o.value), number(share[0].value)],
                         "shape", f"count+share:{o.label}"))
        elif not same and o.kind == "level":
            out.append(Q(f"{_plain(o.label)}的数量及其占比", "none", [], "negative", f"count+share:{o.label}"))
        if o.kind == "level" and not any(w in o.label for w in ("剩", "余", "未")):
            # what is left, with no action named: the count stated is not it
            out.append(Q(f"剩下的{_plain(o.label)}有多少{o.unit}", "none", [], "negative", f"left-over:{o.label}"))
        other = OTHER_COUNTER.get(o.unit)
        if other and o.kind == "level" and not any(x.unit == other for x in figs if x.sentence == o.sentence):
            out.append(Q(f"{_plain(o.label)}有多少{other}", "none", [], "negative", f"counter:{o.label}"))
    # percent remainders: a part and its whole in one sentence (697 of 721 进驻), and its stated rate
    heads = engine.reader.action_head
    for o in figs:
        v = next((v for v in sorted(verbs, key=len, reverse=True) if o.label.startswith(v)), None)
        if not v or o.unit == "%" or o.kind != "level":
            continue
        rates = [x for x in figs if x.sentence == o.sentence and x.unit == "%" and x.label_clean.endswith(v + "率")]
        wholes = [x for x in figs if x.sentence == o.sentence and x.unit == o.unit and x.start < o.start
                  and v not in x.label and number(x.value) >= number(o.value)]   # (…5件，全部胜诉: all)
        if len(rates) == 1 and len(wholes) == 1 and heads.get(v, v) == v:
            thing = wholes[0].label_clean
            out.append(Q(f"{thing}没{v}的占百分之几", "derived", [round(100 - number(rates[0].value), 2)],
                         "shape", f"percent-remainder:{o.label}"))
            out.append(Q(f"还有百分之多少的{thing}没{v}", "derived", [round(100 - number(rates[0].value), 2)],
                         "shape", f"percent-remainder:{o.label}"))
        elif not wholes and not any("未" + v in x.label for x in figs):
            out.append(Q(f"{o.label_clean[len(v):]}还有多少{o.unit}没{v}", "none", [], "negative",
                         f"remainder-no-whole:{o.label}"))
    return out


ROUTING_FIGURES = 6   # figures of a report asked by the names of its publisher, place and level


def routing(engine, rep, figs, key_count, rng) -> list[Q]:
    """The report named as people name it: a department by its everyday name beside its place
    (青松市市场监管局), a city's or province's report by the place and its level (青松市全市, 青岚省全省),
    a joint report by one of its publishers; and a department of that place with no report, whose
    figure the report does not state (the right answer: not in the report)."""
    several = sum(1 for x in engine.reports if x.region == rep.region) > 1
    year = f"{rep.year}年" if several else ""
    places = [x for x in (rep.region,) if x]
    names = []
    if rep.department:
        bare = [n for n in rep.publisher_names if not any(p in n for p in places) and len(n) >= 3]
        names = [p + n for p in places for n in bare] + list(bare[:0])
        names += [n for n in rep.publisher_names if n[:1] in "市省" and n[1:] in rep.publisher_names]
    elif rep.region.endswith(("市", "省")):
        names = [rep.region + ("全市" if rep.region.endswith("市") else "全省"), rep.region]
    elif " " in rep.publisher:
        names = [p for p in rep.publisher.split() if p.startswith("中共")]
    if not names:
        return []
    out = []
    level = [o for o in figs if "plans" not in o.roles and (
             o.kind == "level" and "、" not in o.label and key_count[(o.label, o.unit)] == 1
             and not o.actor or o.kind == "level" and rep.department and key_count[(o.label, o.unit)] == 1)]
    rng.shuffle(level)
    for o in level[:ROUTING_FIGURES]:
        u = "是多少" if o.unit == "%" else rng.choice([f"多少{o.unit}", f"几{o.unit}"])
        name = rng.choice(names)
        out.append(Q(rng.choice([f"{name}{year}{_plain(o.label)}{u}", f"{year}{name}{_plain(o.label)}{u}？",
                                 f"请问{name}{year}{_plain(o.label)}{u}"]),
                     "value", [number(o.value)], "routing", f"publisher:{o.label}"))
    # a department of this place that publishes nothing here and is named nowhere in the report
    said = "|".join(o.sentence_text for o in figs)
    held = {n for x in engine.reports for n in (x.publisher, *x.publisher_names)}
    absent = [d for d, alts in engine.lx.department_aliases.items() if not d.endswith("政府")
              and not any(n.removeprefix("区") in said for n in [d, *alts])]
    for o in level[:ROUTING_FIGURES // 2]:
        if not absent:
            break
        d = rng.choice(absent).removeprefix("区")
        if rep.region + d in held:
            continue
        u = "是多少" if o.unit == "%" else f"多少{o.unit}"
        out.append(Q(f"{rep.region}{d}{year}{_plain(o.label)}{u}", "none", [], "negative", f"publisher:{o.label}"))
    return out


def harder(o, subject, of, u, u2, kind, gold, rep, figs, verbs, rng, place=None) -> list[Q]:
    """Wordings further from the report's: the region spelt out or shortened, the asker's
    situation first, the object before its action with a particle, questions in two clauses."""
    out = []
    region_forms = [f"{rep.city}{rep.region}", rep.region[:-1], f"{rep.region}这边", "咱们区"]
    if place and place != rep.region:
        region_forms = [place]     # a department's report: named by its publisher
    ask = u if o.unit == "%" else rng.choice([u, u2])
    s = of or subject
    forms = [
        ("citizen", f"{rng.choice(region_forms)}{s}{ask}"),
        ("citizen", f"我家在{rep.region}，想知道{subject}{ask}") if not place or place == rep.region else
        ("citizen", f"{place}的{subject}{ask}"),
        ("journalist", f"关于{rep.year}年的法治政府建设，{subject}{ask}？"),
        ("official", f"根据{rep.year}年度法治政府建设情况报告，{subject}{ask}"),
        ("chatbot", f"{subject}？{ask}"),
    ]
    for persona, q in rng.sample(forms, 3):
        out.append(Q(q, kind, gold, persona, o.label))
    return out


def with_region(engine, q: str, region: str) -> str:
    """The region put where a person would: in the last clause, after any greeting or request."""
    head, sep, last = q.rpartition("，")
    lead = engine.reader.normalise.lead.match(last) if engine.reader.normalise.lead else None
    at = lead.end() if lead else 0
    return head + sep + last[:at] + region + last[at:]


def pairs(engine, figs, key_count, rng) -> list[Q]:
    """Two figures of one sentence, in one unit: asked together, summed and compared."""
    out = []
    by_sentence: dict[str, list] = {}
    for o in figs:
        # (a part's figure, 其中甲中心受理N件，全部办结, is asked only with its part: not paired by its label)
        if key_count[(o.label, o.unit)] == 1 and o.kind == "level" and o.unit != "%" and not o.scope:
            by_sentence.setdefault(o.sentence, []).append(o)
    for group in by_sentence.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.unit != b.unit or a.label in b.label or b.label in a.label or "、" in a.label + b.label:
                    continue
                va, vb = number(a.value), number(b.value)
                la, lb = _plain(a.label), _plain(b.label)
                u = a.unit
                persona = rng.choice(["citizen", "journalist", "official", "chatbot"])
                out.append(Q(f"{la}和{lb}各有多少{u}", "multi", [va, vb], persona, f"{a.label}+{b.label}"))
                out.append(Q(f"{la}与{lb}分别是多少{u}？", "multi", [va, vb], "journalist", f"{a.label}+{b.label}"))
                out.append(Q(f"{la}和{lb}加起来一共多少{u}", "derived", [va + vb], persona, f"{a.label}+{b.label}"))
                out.append(Q(f"{la}和{lb}合计是多少{u}？", "derived", [va + vb], "official", f"{a.label}+{b.label}"))
                if va != vb:
                    big, small = (a, b) if va > vb else (b, a)
                    out.append(Q(f"{_plain(big.label)}比{_plain(small.label)}多多少{u}", "derived",
                                 [abs(va - vb)], persona, f"{a.label}-{b.label}"))
    return out


def dialogues(engine, figs, key_count, verbs, rng) -> list[Q]:
    """Follow-ups: the same thing with another action (收到… → 办结了多少？ → 还有几件没办结？),
    or the same action on another thing (办理人大代表建议… → 那政协提案呢？)."""
    out = []
    by_sentence: dict[str, list] = {}
    for o in figs:
        if key_count[(o.label, o.unit)] == 1 and o.kind == "level" and o.unit != "%" and "、" not in o.label:
            by_sentence.setdefault(o.sentence, []).append(o)

    def split(label):
        v = next((v for v in sorted(verbs, key=len, reverse=True) if label.startswith(v)), None)
        return (v, label[len(v):]) if v else (None, label)
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if a is b or a.unit != b.unit:
                    continue
                (va, oa), (vb, ob) = split(_plain(a.label)), split(_plain(b.label))
                if not va or not vb:
                    continue
                first = f"{a.actor or ''}{va}{oa}多少{a.unit}？"
                if oa == ob and va != vb:
                    out.append(Q(f"{vb}了多少？", "value", [number(b.value)], "dialogue", f"{a.label}→{b.label}",
                                 (first,)))
                    heads = engine.reader.action_head
                    # a part of a whole by the genre: what was received or accepted, and what was finished
                    if heads.get(va) in ("收到", "受理") and heads.get(vb) == "办结" \
                            and number(a.value) > number(b.value):
                        out.append(Q(f"还有几{a.unit}没{vb}？", "derived", [number(a.value) - number(b.value)],
                                     "dialogue", f"{a.label}→{b.label}→remainder", (first, f"{vb}了多少？")))
                elif va == vb and oa != ob and len(ob) >= 2:
                    out.append(Q(f"那{ob}呢？", "value", [number(b.value)], "dialogue", f"{a.label}→{b.label}",
                                 (first,)))
    rng.shuffle(out)
    return out[:40]


def entities(engine, figs, key_count, rng, own=frozenset()) -> list[Q]:
    """Who did it: figures whose actor the report names (not a department with its own report here)."""
    out = []
    for o in figs:
        if o.actor and key_count[(o.label, o.unit)] == 1 and not any(n in o.actor for n in own if len(n) >= 3):
            core = o.actor.removeprefix("区")
            out.append(Q(f"{_plain(o.label)}是哪个部门负责的", "entity", [core], "citizen", o.label))
            out.append(Q(f"谁{_plain(o.label)}？", "entity", [core], "journalist", o.label))
    return out


# places no report covers: some from the gazetteer's grammar alone (made-up names), some real
OTHER_PLACES = ["白桦区", "青松县", "梨树县", "铁东区", "长春市", "朝阳区", "松花江区", "红旗县", "公主岭市"]
OTHER_YEARS = [2019, 2023, 2024]
OTHER_TOPICS = ["全区人口", "律师事务所", "财政收入", "GDP", "公证员", "医疗保险参保人数", "中小学数量",
                "交通事故", "城镇新增就业", "空气质量优良天数", "热线工单", "行政处罚金额"]


def _in_order(words: str, label: str) -> bool:
    """Every character of ``words`` in ``label``, in order (参加旁听 in 参加了旁听庭审的执法人员比例)."""
    rest = iter(label)
    return all(c in rest for c in words)


def negatives(engine, rep, figs, actions, rng) -> list[Q]:
    """One element of a real question swapped: the right answer is "not in the report"."""
    held_years = {x.year for x in engine.reports}
    held_places = {x.region for x in engine.reports} | {x.city for x in engine.reports}
    out = []
    text = "|".join(o.label_text + "|" + o.sentence_text for fs in engine.cat.figures.values() for o in fs)
    level = [o for o in figs if o.kind == "level" and "、" not in o.label]
    shares = [x for fs in engine.cat.figures.values() for x in fs if x.unit == "%"]
    rng.shuffle(level)
    for o in level[:24]:
        s, u = _plain(o.label), ("是多少" if o.unit == "%" else f"多少{o.unit}")
        year = rng.choice([y for y in OTHER_YEARS if y not in held_years] + [max(held_years) + 1])
        out.append(Q(f"{year}年{s}{u}", "none", [], "negative", f"year:{o.label}"))
        place = rng.choice([p for p in OTHER_PLACES if p not in held_places])
        out.append(Q(f"{place}{s}{u}", "none", [], "negative", f"region:{o.label}"))
        if not rep.department and not rep.region.endswith(("市", "省")):
            # a level above the report's own (a city's or province's report answers 全市/全省 itself)
            # (not the city by name where the city has a report of its own: that names the city's report)
            city_held = any(x.region == rep.city for x in engine.reports)
            scope = rng.choice(["全市", "全省", "市里"] + ([] if city_held else [f"{rep.city}全市"]))
            out.append(Q(f"{scope}{s}{u}", "none", [], "negative", f"scope:{o.label}"))
        # (a target of the plans section is what a plan question asks; so is a result whose indicator
        # the plans name again: 调解成功率N% done, 调解成功率稳定在M%以上 planned)
        if "plans" not in o.roles and not any("plans" in x.roles and o.label_clean in x.label_clean
                                              for x in figs):
            plan = rng.choice(["明年计划", "下一步打算", f"{rep.year + 1}年计划"])
            out.append(Q(f"{plan}{s}{u}", "none", [], "negative", f"plan:{o.label}"))
        # a count whose sentence states a rate may be what the rate is of (进驻…的比例 = 进驻率): not a swap;
        # nor where any report states a share of the same words (近500人次参加旁听 → 七成以上的执法人员参加了
        # 旁听庭审): a question naming no place may be answered from that report
        # …nor where a figure of what came in stands before it in its sentence (受理N件，办结M件): the
        # share of the action done (办结的比例) is computed from the two, which the engine may do
        came_in = tuple(engine.reader.words.get("rate_whole", ()))
        computable = any(x.sentence == o.sentence and x.start < o.start and x.unit == o.unit
                         and any(w in x.label_clean for w in came_in) for x in figs)
        if o.unit != "%" and not any(x.unit == "%" and x.sentence == o.sentence for x in figs) \
                and not any(_in_order(s, x.label) for x in shares) and not computable:
            out.append(Q(f"{s}的比例是多少", "none", [], "negative", f"unit:{o.label}"))
        swapped = swap_action(o, actions, figs)
        if swapped:
            out.append(Q(f"{swapped}{u}", "none", [], "negative", f"action:{o.label}"))
    for o in figs:
        if o.actor and o.actor.startswith(("区", "县")):   # a district's department, asked at the city's level
            core = o.actor.removeprefix("区").removeprefix("县")
            out.append(Q(f"市{core}{_plain(o.label).replace(core, '')}多少{o.unit}", "none", [],
                          "negative", f"department level:{o.label}"))
    # other departments than the figure's (the publisher, 区政府, stands behind every figure: not a swap),
    # and absent from the report altogether: a department the report names anywhere (驻区法院…工作室)
    # may be a figure's own actor in words the extraction did not make its actor, so asking about it is
    # no clean negative — the swap must be genuinely not in the report, by every name it goes by
    said = "|".join(o.sentence_text for o in figs) + "|" + "|".join(
        (e["sentence"] or "") for e in engine.cat.entities[rep.iri])
    departments = [d for d, alts in engine.lx.department_aliases.items()
                   if not d.endswith("政府") and not any(d == x.actor for x in figs)
                   and not any(n.removeprefix("区") in said for n in [d, *alts])]
    for o in level[:12]:
        if not o.actor and departments:
            dept = rng.choice(departments)
            out.append(Q(f"{dept}{_plain(o.label)}多少{o.unit}", "none", [], "negative", f"department:{o.label}"))
    for topic in OTHER_TOPICS:
        if topic not in text:
            out.append(Q(f"{topic}有多少", "none", [], "negative", f"topic:{topic}"))
            out.append(Q(f"{rep.year}年{topic}是多少", "none", [], "negative", f"topic:{topic}"))
    return out


def swap_action(o, actions, figs) -> str | None:
    """办结X → 受理X, where no figure of the report has that action with that object."""
    label = _plain(o.label)
    for words in actions:
        head = next((w for w in words if label.startswith(w)), None)
        if head is None:
            continue
        obj = label[len(head):].removeprefix("的")     # (办结的人大代表建议: the object after its 的)
        # (回复办结率: an object that names an action of its own is no clean swap of one element)
        if len(obj) < 2 or any(w in obj for ws in actions for w in ws):
            return None
        for other in actions:
            if other is words:
                continue
            if any(any(w in x.label_text + x.clause for w in other) and obj[:2] in x.label_text + x.clause
                   for x in figs):
                continue
            return other[0] + obj
        return None
    return None


def _plain(label: str) -> str:
    return label.replace("“", "").replace("”", "")


def _rows(engine, name):
    from kg.lexicon import read_rows
    return read_rows(engine.reader_dir / name) if hasattr(engine, "reader_dir") else read_rows(_lexicon_dir() / name)


def _lexicon_dir():
    from kg.config import Config
    from kg.lexicon import Layers
    return Layers(Config().lexicon_dirs)


def clean(q: str) -> str:
    return re.sub(r"\s+", " ", q).strip()
