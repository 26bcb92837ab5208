"""Question → reading → facts from the graph → a short Chinese answer.

A question is read (year, region, what it asks: value, several values, a
sum/difference/remainder/ratio, who, a list), its content words are matched
against the report's indicators, actors and clauses, and the answer is read
back from the graph with a prepared SPARQL template whose variables are bound
to the chosen terms.  A question that matches nothing well enough is told so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.lexicon import Lexicon
from kg.namespaces import Iris
from kg.qa.answer import (
    AMBIGUOUS,
    ANSWERED,
    NO_DATA,
    NOT_UNDERSTOOD,
    Answer,
    FactOut,
    number,
    show,
)
from kg.qa.catalogue import load_catalogue
from kg.qa.matching import Match, Matcher, Obs
from kg.qa.segment import (
    Segmenter,
    chinese_counts_to_digits,
    normalise,
    strip_punctuation,
)
from kg.qa.templates import Templates, make_templates, with_values
from kg.store import GraphStore

MAX_QUESTION = 500
MIN_COVERAGE = 0.6
QUALIFIER_WORDS = {"atLeast": "不少于", "atMost": "不超过", "moreThan": "超过", "approximate": "约"}


def fits(m: Match) -> bool:
    """Enough of the question is about this figure, and it is the measure asked for."""
    return m.coverage >= MIN_COVERAGE and m.missing == 0 and m.unit_fits


@dataclass
class ReportRef:
    iri: str
    region: str
    city: str
    year: int

    @property
    def name(self) -> str:
        return f"{self.city}{self.region}{self.year}年报告"


@dataclass
class Reading:
    text: str                    # normalised question, punctuation removed
    year: int | None = None
    years: list[int] = field(default_factory=list)
    region: str | None = None
    unknown_region: str | None = None
    units: list[str] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    tokens: list[str] = field(default_factory=list)


class Engine:
    """Question answering over one store; everything prepared at construction."""

    def __init__(self, store: GraphStore, lexicon: Lexicon, base_iri: str,
                 default_region: str | None = None):
        self.store, self.lx = store, lexicon
        self.iris = Iris(base_iri)
        self.t: Templates = make_templates(str(self.iris.FZ))
        self.units = sorted({u.text for u in lexicon.units}, key=len, reverse=True)
        unit_alt = "|".join(map(re.escape, self.units))
        self._asked_unit = re.compile(rf"(?:多少|几|\d+)({unit_alt})")      # 多少件 / 几支
        self._count_token = re.compile(rf"(?:几|多少|\d+)(?:{unit_alt})")
        self.cues = lexicon.question_cues
        self.list_kinds = lexicon.list_kinds
        self.stopwords = set(lexicon.stopwords)
        reports, parts, alts = load_catalogue(store, self.t, self.iris)
        self.reports = [ReportRef(r["report"], r["regionLabel"], r["city"] or "", r["year"])
                        for r in reports]
        self.default_region = default_region
        self.catalogue: dict[str, list[Obs]] = {}
        self.entities: dict[str, list[dict]] = {}
        words = set()
        alts = {x: [a for a in v.split("|") if a] for x, v in alts.items()}   # one list per resource
        for rep in self.reports:
            rows, entities = parts.get(rep.iri, ([], []))
            self.catalogue[rep.iri] = [Obs(
                r["obs"], r["value"], r["unit"], r["label"], r["kind"], r["qualifier"],
                r["actorLabel"], r["clause"], r["sentence"], r["start"],
                alts.get(r["indicator"], []), alts.get(r["actor"] or "", []),
                (r["sectionLabel"] or "") + "|" + (r["leadText"] or "")) for r in rows]
            self.entities[rep.iri] = entities
            for o in self.catalogue[rep.iri]:
                words.update([o.label, *o.alts, *(o.actor_alts or []), o.actor or ""])
            for e in self.entities[rep.iri]:
                words.add(e["label"])
            words.update([rep.region, rep.city])
        words.update(c for _, c in lexicon.synonyms)
        words.update(lexicon.verbs)
        self.segmenter = Segmenter({w for w in words if w})
        self.matcher = Matcher(self.segmenter, lexicon.units_fit, frozenset(lexicon.verbs))

    # -- reading the question ------------------------------------------
    def read(self, question: str) -> Reading:
        text = normalise(question, self.lx.synonyms)
        text = chinese_counts_to_digits(text, self.units)
        text = strip_punctuation(text)
        r = Reading(text)
        for m in re.finditer(r"((?:19|20)\d{2})年?", text):
            r.years.append(int(m.group(1)))
        r.year = r.years[0] if r.years else None
        text = re.sub(r"(?:19|20)\d{2}年?", " ", text)
        for rep in self.reports:
            for name in (rep.region, rep.city):
                if name and name in text:
                    r.region = r.region or name
                    text = text.replace(name, " ")
            short = rep.region[:-1]
            if len(short) >= 2 and short in text:
                r.region = r.region or rep.region
                text = text.replace(short, " ")
        for token in self.segmenter.cut(text):
            # a place name jieba knows (梨树县, 公主岭市) that no loaded report covers
            if len(token) >= 3 and token[-1] in "县区市旗州盟" and token not in self.lx.region_stopwords \
                    and not any(token in o.label_text or token in o.clause or token in o.actor_text
                                for cat in self.catalogue.values() for o in cat):
                r.unknown_region = token
                text = text.replace(token, " ")
                break
        for pattern, cue in self.cues:
            if pattern.search(text):
                r.cues.add(cue)
        for m in self._asked_unit.finditer(text):
            if m.group(1) not in r.units:
                r.units.append(m.group(1))
        r.text = text
        r.tokens = self.tokens(text)
        return r

    def tokens(self, text: str) -> list[str]:
        out = []
        for t in self.segmenter.cut(text):
            t = t.strip()
            if not t or t in self.stopwords or t in self.units or re.fullmatch(r"[\d.]+", t) \
                    or self._count_token.fullmatch(t):
                continue
            if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
                continue
            out.append(t)
        return out

    # -- building answers ----------------------------------------------
    def facts(self, iris: list[str]) -> tuple[list[FactOut], str]:
        out = []
        for iri in iris:
            row = self.store.select(self.t.fact, {"obs": URIRef(iri)})[0]
            out.append(FactOut(number(row["value"]), row["unit"], row["indicator"], row["actor"],
                               row["region"], row["year"], row["source"], iri,
                               qualifier=row["qualifier"], section=row["section"]))
        return out, with_values(self.t.fact, [{"obs": URIRef(i)} for i in iris])

    @staticmethod
    def phrase(f: FactOut) -> str:
        q = QUALIFIER_WORDS.get(f.qualifier or "", "")
        actor = f.actor or ""
        if actor and actor.removeprefix("区") in f.indicator:
            actor = ""
        return f"{actor}{f.indicator}{q}{show(f.value)}{f.unit}"

    @staticmethod
    def quote(facts: list[FactOut]) -> str:
        sources = list(dict.fromkeys(f.source for f in facts if f.source))
        return "".join(f"（原文：“{s}”）" for s in sources)

    def suggestions(self, rep: ReportRef, tokens: list[str]) -> list[str]:
        cat = self.catalogue.get(rep.iri, [])
        ranked = self.matcher.rank(cat, tokens, [], "") if tokens else [Match(o, 0, 0) for o in cat]
        out = []
        for m in ranked:
            q = f"{m.obs.label}有多少{m.obs.unit}？" if m.obs.unit != "%" else f"{m.obs.label}是多少？"
            if q not in out:
                out.append(q)
            if len(out) == 3:
                break
        return out

    # -- the question kinds --------------------------------------------
    def answer(self, question: str, context: dict | None = None) -> Answer:
        """Answer ``question``; ``context`` is the previous answer's ``context``, for follow-ups."""
        ans, r = self._answer(question, context)
        if ans.answered and ans.report and r is not None:
            ans.context = {"tokens": r.tokens, "units": r.units,
                           "region": ans.report["region"], "year": ans.report["year"]}
        return ans

    def follow_up(self, r: Reading, context: dict | None) -> Reading:
        """办结了多少？ / 那法律援助呢？ — read against the previous question.

        A question with no subject of its own takes the previous one's; a
        "那X呢" question swaps the previous subject for X and keeps the rest.
        """
        if not context or not isinstance(context, dict):
            return r
        def strings(key):
            value = context.get(key)
            return [t for t in value if isinstance(t, str)][:20] if isinstance(value, list) else []

        prev = strings("tokens")
        verbs = [t for t in prev if t in self.lx.verbs]
        nouns = [t for t in prev if t not in self.lx.verbs]
        swap = re.fullmatch(r"(?:那|那么|还有)?(.{1,16}?)(?:呢|怎么样|如何)", r.text.strip())
        if swap and r.tokens:
            r.tokens = [t for t in r.tokens if t not in ("那", "那么")] + verbs
        elif all(t in self.lx.verbs for t in r.tokens):
            r.tokens = nouns + r.tokens
        else:
            return r
        r.units = r.units or [u for u in strings("units") if u in self.units]
        if not r.region and not r.year and isinstance(context.get("region"), str):
            r.region = context["region"] if any(x.region == context["region"] for x in self.reports) else None
            year = context.get("year")
            r.year = year if isinstance(year, int) and any(x.year == year for x in self.reports) else None
        return r

    def _answer(self, question: str, context: dict | None) -> tuple[Answer, Reading | None]:
        if not question or not question.strip():
            return Answer(question, NOT_UNDERSTOOD, "请输入一个问题。可以这样问：",
                          suggestions=self.suggestions(self.reports[0], []) if self.reports else []), None
        if len(question) > MAX_QUESTION:
            return Answer(question[:MAX_QUESTION], NOT_UNDERSTOOD,
                          f"问题过长（超过{MAX_QUESTION}个字符），请缩短后再问。"), None
        self.matcher.new_question()
        r = self.follow_up(self.read(question), context)
        if not r.unknown_region:
            for handler in (self.across_years, self.across_regions):
                ans = handler(question, r)
                if ans is not None:
                    return ans, r
        rep, problem = self.choose_report(r)
        if rep is None:
            return Answer(question, NO_DATA, problem, kind="value",
                          suggestions=self.suggestions(self.reports[0], r.tokens) if self.reports else []), r
        ans = self.answer_from(question, r, rep)
        named = r.region or r.year
        if not named and len(self.reports) > 1:
            others = [x for x in self.reports if x.region != rep.region]
            if ans.status in (NO_DATA, NOT_UNDERSTOOD):
                # the default report lacks it: another report may hold it, and says so
                found = [(x, a) for x in others for a in [self.answer_from(question, r, x)] if a.answered]
                if len(found) == 1:
                    x, a = found[0]
                    a.answer = f"{rep.name}中没有这项内容；据{x.name}：{a.answer}"
                    a.confidence = round(a.confidence * 0.8, 2)
                    return a, r
                if found:
                    ans.suggestions = [f"{x.region}{question}" for x, _ in found][:3]
            elif ans.answered:
                ans.answer = f"据{rep.name}，{ans.answer}"
                regions = list(dict.fromkeys(x.region for x in others))
                ans.suggestions += [f"{region}{question}" for region in regions][: max(0, 3 - len(ans.suggestions))]
        return ans, r

    def answer_from(self, question: str, r: Reading, rep: ReportRef) -> Answer:
        report = {"region": rep.region, "city": rep.city, "year": rep.year, "iri": rep.iri}
        for handler in (self.list_answer, self.entity_answer, self.derived_answer,
                        self.multi_answer, self.value_answer):
            ans = handler(question, r, rep)
            if ans is not None:
                ans.report = report
                return ans
        return Answer(question, NOT_UNDERSTOOD, "没能理解这个问题。可以这样问：", report=report,
                      suggestions=self.suggestions(rep, r.tokens))

    # -- questions across reports ----------------------------------------
    def _region_reports(self, r: Reading) -> list[ReportRef]:
        region = r.region or self.default_region or (self.reports[0].region if self.reports else None)
        return sorted((x for x in self.reports if region in (x.region, x.city)), key=lambda x: x.year)

    def across_years(self, question, r: Reading) -> Answer | None:
        """白桦区2025年行政复议比2024年多了多少件 / 各年法律援助案件各多少件."""
        compare = len(set(r.years)) >= 2 and re.search(r"比|相差|变化|增加|减少|多|少", r.text)
        if not compare and "by_year" not in r.cues:
            return None
        reps = self._region_reports(r)
        if compare:
            wanted = list(dict.fromkeys(r.years))[:2]
            by_year = {x.year: x for x in reps}
            missing = [y for y in wanted if y not in by_year]
            if missing:
                return Answer(question, NO_DATA, f"没有{reps[0].region if reps else ''}"
                              f"{'、'.join(map(str, missing))}年的报告，无法比较。", kind="derived",
                              suggestions=[f"{x.region}{x.year}年{''.join(r.tokens)}是多少？" for x in reps][:3])
            reps = [by_year[y] for y in wanted]
        tokens = [t for t in r.tokens if t not in ("比", "多", "少", "变化")]
        matches = [(x, self.resolve(x, tokens, r.units, r.text)) for x in reps]
        found = [(x, m) for x, m in matches if m]
        if not found or (compare and len(found) < 2):
            lacking = "、".join(f"{x.year}年" for x, m in matches if not m)
            return Answer(question, NO_DATA, f"{lacking}的报告中没有找到这项数据。", kind="derived")
        facts, sparql = self.facts([m.obs.iri for _, m in found])
        if compare:
            (xa, a), (xb, b) = found
            bind = {"a": URIRef(a.obs.iri), "b": URIRef(b.obs.iri)}
            row = self.store.select(self.t.difference, bind)[0]
            result = FactOut(number(row["result"]), a.obs.unit, f"{facts[0].indicator}（{xa.year}年较{xb.year}年变化）",
                             facts[0].actor, xa.region, xa.year, "", "", computed=True)
            text = (f"{xa.region}{xa.year}年{self.phrase(facts[0])}，{xb.year}年{self.phrase(facts[1])}，"
                    f"相差{show(result.value)}{a.obs.unit}（计算值）。")
            return Answer(question, ANSWERED, text, "derived", [result] + facts,
                          with_values(self.t.difference, [bind]), round(min(a.coverage, b.coverage, 1), 2))
        text = "；".join(f"{f.year}年{self.phrase(f)}" for f in facts) + "。"
        return Answer(question, ANSWERED, text, "multi", facts, sparql,
                      round(min(m.coverage for _, m in found), 2))

    def across_regions(self, question, r: Reading) -> Answer | None:
        """哪个区县法律援助案件最多: the latest report of each region, ranked."""
        if "ranking" not in r.cues or not re.search(r"最多|最少|最高|最低|排名|排序|第一", r.text):
            return None
        latest: dict[str, ReportRef] = {}
        for x in self.reports:
            if (not r.year or x.year == r.year) and (x.region not in latest or x.year > latest[x.region].year):
                latest[x.region] = x
        kind_words = ("区县", "地区", "最多", "最少", "最高", "最低", "排名", "排序", "第一")
        tokens = [t for t in r.tokens if not any(t in w or w in t for w in kind_words)]
        found = [(x, m) for x in latest.values() for m in [self.resolve(x, tokens, r.units, r.text)] if m]
        if not found:
            return Answer(question, NO_DATA, "各地报告中都没有找到这项数据。", kind="ranking")
        units = {m.obs.unit for _, m in found}
        if len(units) > 1:
            return Answer(question, NOT_UNDERSTOOD, "各地报告的这项数据单位不同，无法排序。", kind="ranking")
        reverse = not re.search(r"最少|最低", r.text)
        found.sort(key=lambda xm: xm[1].obs.value, reverse=reverse)
        facts, sparql = self.facts([m.obs.iri for _, m in found])
        text = f"{found[0][0].region}{'最多' if reverse else '最少'}：" + "；".join(
            f"{f.region}{f.year}年{self.phrase(f)}" for f in facts) + "。"
        if len(latest) > len(found):
            text += "（" + "、".join(x for x in latest if x not in {y.region for y, _ in found}) + "的报告中没有这项数据）"
        return Answer(question, ANSWERED, text, "ranking", facts, sparql,
                      round(min(m.coverage for _, m in found), 2))

    def choose_report(self, r: Reading) -> tuple[ReportRef | None, str]:
        if r.unknown_region:
            return None, f"报告中没有{r.unknown_region}的数据；目前收录的是" + \
                "、".join(x.name for x in self.reports) + "。"
        cands = [x for x in self.reports if not r.region or r.region in (x.region, x.city)]
        if r.year:
            plans = any(w in r.text for w, k in self.list_kinds if k == "Plan")
            cands = [x for x in cands if x.year == r.year or (plans and x.year == r.year - 1)]
            if not cands:
                return None, f"报告中没有{r.year}年的数据；目前收录的是" + \
                    "、".join(x.name for x in self.reports) + "。"
        if not cands:
            return None, "报告中没有这个地区的数据。"
        if not r.region and self.default_region:
            preferred = [x for x in cands if x.region == self.default_region]
            cands = preferred or cands
        return cands[0], ""

    def no_data(self, question, r, rep, kind) -> Answer:
        topic = "、".join(r.tokens)
        return Answer(question, NO_DATA, f"{rep.name}中没有找到关于“{topic}”的数据。", kind=kind,
                      suggestions=self.suggestions(rep, r.tokens))

    def value_answer(self, question, r: Reading, rep: ReportRef) -> Answer | None:
        if not r.tokens:
            return None
        ranked = self.matcher.rank(self.catalogue[rep.iri], r.tokens, r.units, r.text)
        if not ranked or not fits(ranked[0]):
            return self.no_data(question, r, rep, "value")
        best = ranked[0]
        kind = "zero" if best.obs.kind == "zero" else "value"
        peers = [m for m in ranked if m.obs.label == best.obs.label and m.obs.unit == best.obs.unit
                 and m.obs.actor != best.obs.actor and best.score - m.score < 0.25]
        if peers:
            # one indicator, several actors (公安、法院……分别): the answer names each
            facts, sparql = self.facts([m.obs.iri for m in [best] + peers])
            text = f"{facts[0].year}年，" + "，".join(self.phrase(f) for f in facts) + "。" + self.quote(facts)
            return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(best.coverage, 1), 2))
        facts, sparql = self.facts([best.obs.iri])
        f = facts[0]
        rivals = [m for m in ranked[1:4] if best.score - m.score < 0.25 and m.coverage >= MIN_COVERAGE
                  and m.obs.label != best.obs.label]
        status = AMBIGUOUS if rivals else ANSWERED
        text = f"{f.year}年，{self.phrase(f)}。{self.quote(facts)}"
        sugg = [f"{m.obs.actor or ''}{m.obs.label}有多少{m.obs.unit}？" for m in rivals]
        conf = min(1.0, best.coverage) * (0.6 if rivals else 1.0)
        return Answer(question, status, text, kind, facts, sparql, round(conf, 2), sugg)

    def resolve(self, rep, tokens, units, text) -> Match | None:
        ranked = self.matcher.rank(self.catalogue[rep.iri], tokens, units, text)
        return ranked[0] if ranked and fits(ranked[0]) else None

    def multi_answer(self, question, r: Reading, rep) -> Answer | None:
        if "multi" not in r.cues and len(r.units) < 2:
            return None
        chosen: list[Match] = []
        if len(r.units) >= 2:
            base = [t for t in r.tokens]
            for u in r.units:
                m = self.resolve(rep, base, [u], r.text)
                if m:
                    chosen.append(m)
        else:
            m = re.search(r"(.+?)(?:各|分别)(.*)", r.text)
            if m:
                items = [x for x in re.split(r"[和与及、跟]", m.group(1)) if x.strip()]
                rest = self.tokens(m.group(2))
                for item in items:
                    hit = self.resolve(rep, self.tokens(item) + rest, r.units, item + m.group(2))
                    if hit:
                        chosen.append(hit)
        seen, unique = set(), []
        for c in chosen:
            if c.obs.iri not in seen:
                seen.add(c.obs.iri)
                unique.append(c)
        if len(unique) < 2:
            return None
        facts, sparql = self.facts([c.obs.iri for c in unique])
        text = f"{facts[0].year}年，" + "，".join(self.phrase(f) for f in facts) + "。" + self.quote(facts)
        conf = min(c.coverage for c in unique)
        return Answer(question, ANSWERED, text, "multi", facts, sparql, round(min(conf, 1.0), 2))

    def derived_answer(self, question, r: Reading, rep) -> Answer | None:
        cat = self.catalogue[rep.iri]
        pair: tuple[Match, Match] | None = None
        op = None
        if "sum" in r.cues:
            m = re.search(r"(.+?)合计", r.text)
            items = [x for x in re.split(r"[和与及、跟]", m.group(1)) if x.strip()] if m else []
            if len(items) == 2:
                left, right = self.shared_subject(self.tokens(items[0]), self.tokens(items[1]))
                a = self.resolve(rep, left, r.units, items[0])
                b = self.resolve(rep, right, r.units, items[1])
                if a and b and a.obs.iri != b.obs.iri:
                    pair, op = (a, b), "sum"
        if pair is None and "difference" in r.cues:
            m = re.search(r"(.+?)比(.+?)(?:多|少|相差|差)", r.text)
            if m:
                left, right = self.shared_subject(self.tokens(m.group(1)), self.tokens(m.group(2)))
                a = self.resolve(rep, left, r.units, m.group(1))
                b = self.resolve(rep, right, r.units, m.group(2))
                if a and b and a.obs.iri != b.obs.iri:
                    pair, op = (a, b), "difference"
        if pair is None and ("remainder" in r.cues or "率" in r.text):
            pair, op = self.part_of_whole(r, rep, cat)
        if pair is None:
            return None
        a, b = pair
        template = {"sum": self.t.sum, "difference": self.t.difference,
                    "remainder": self.t.difference, "ratio": self.t.ratio}[op]
        first, second = (b, a) if op == "remainder" else (a, b)
        bind = {"a": URIRef(first.obs.iri), "b": URIRef(second.obs.iri)}
        row = self.store.select(template, bind)[0]
        facts, _ = self.facts([first.obs.iri, second.obs.iri])
        unit = "%" if op == "ratio" else first.obs.unit
        word = {"sum": "合计", "difference": "相差", "remainder": "未" + self._verb(r.text), "ratio": "比率"}[op]
        n0, n1 = self.name(facts[0]), self.name(facts[1])
        label = {"sum": f"{n0}与{n1}合计", "difference": f"{n0}与{n1}之差",
                 "remainder": f"{n0}中{word}", "ratio": f"{n0}占{n1}的比率"}[op]
        result = FactOut(number(row["result"]), unit, label, facts[0].actor, facts[0].region,
                         facts[0].year, "", "", computed=True)
        text = (f"{facts[0].year}年，" + "，".join(self.phrase(f) for f in facts)
                + f"，据此计算{label}为{show(result.value)}{unit}（计算值）。" + self.quote(facts))
        conf = min(a.coverage, b.coverage, 1.0)
        return Answer(question, ANSWERED, text, "derived", [result] + facts,
                      with_values(template, [bind]), round(conf, 2))

    def shared_subject(self, left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
        """收到的比办结的 / 收到和办结的: a side of bare verbs shares the other side's subject."""
        def bare(tokens):
            return all(t in self.lx.verbs for t in tokens)
        if bare(right):
            right = right + [t for t in left if t not in self.lx.verbs]
        elif bare(left):
            left = left + [t for t in right if t not in self.lx.verbs]
        return left, right

    @staticmethod
    def name(f: FactOut) -> str:
        actor = f.actor or ""
        return f.indicator if not actor or actor.removeprefix("区") in f.indicator else actor + f.indicator

    @staticmethod
    def _verb(text: str) -> str:
        m = re.search(r"未([\u4e00-\u9fff]{2})", text)
        return m.group(1) if m else ""

    def part_of_whole(self, r: Reading, rep, cat: list[Obs]):
        """行政复议未办结几件 / 办结率: the part (办结…28) and the whole it belongs to (收到…32)."""
        if "remainder" in r.cues:
            verb, op = self._verb(r.text), "remainder"
        else:
            m = re.search(r"([\u4e00-\u9fff]{2})率", r.text)
            verb, op = (m.group(1) if m else ""), "ratio"
        if not verb:
            return None, None
        direct = self.resolve(rep, r.tokens, r.units, r.text)
        if direct and (("未" + verb) in direct.obs.label or (op == "ratio" and direct.obs.unit == "%" and (
                direct.coverage >= 0.99 or f"{verb}率" in direct.obs.label))):
            return None, None   # the report states it: no need to compute
        tokens = [t for t in self.tokens(r.text.replace("未", "")) if t != "率"]
        if verb not in tokens:
            tokens.append(verb)
        units = [u for u in r.units if u != "%"]
        parts = [m for m in self.matcher.rank(cat, tokens, units, r.text)
                 if verb in m.obs.label and m.obs.unit != "%" and m.coverage >= MIN_COVERAGE]
        if not parts:
            return None, None
        part = parts[0]
        wholes = [m for m in self.matcher.rank(cat, [t for t in tokens if t != verb] or tokens, [], r.text)
                  if m.obs.sentence == part.obs.sentence and m.obs.unit == part.obs.unit
                  and m.obs.start < part.obs.start and verb not in m.obs.label]
        if not wholes:
            return None, None
        return (part, wholes[0]), op

    def entity_answer(self, question, r: Reading, rep) -> Answer | None:
        if "entity" not in r.cues:
            return None
        kind_words = {w for w, k in self.list_kinds if k == "Organization"}
        tokens = [t for t in r.tokens if t not in kind_words]
        if not tokens:
            return None
        best = self.resolve(rep, tokens, r.units, r.text)
        orgs = [e for e in self.entities[rep.iri] if e["class"].endswith("#Organization")]
        scored = []
        for e in orgs:
            ctx = strip_punctuation(e["context"] or "")
            cov = sum(len(t) for t in tokens if t in ctx or t in e["label"]) / sum(len(t) for t in tokens)
            scored.append((cov, e))
        top = max((c for c, _ in scored), default=0)
        if best and best.obs.actor and best.coverage >= top:
            facts, sparql = self.facts([best.obs.iri])
            f = facts[0]
            text = f"{f.actor}。{f.year}年，{self.phrase(f)}。{self.quote(facts)}"
            return Answer(question, ANSWERED, text, "entity", facts, sparql, round(min(best.coverage, 1), 2))
        if top >= MIN_COVERAGE:
            hits = [e for c, e in scored if c == top]
            names = "、".join(dict.fromkeys(e["label"] for e in hits))
            sources = "".join(f"（原文：“{s}”）" for s in dict.fromkeys(e["sentence"] for e in hits))
            bind = {"region": URIRef(self.iris.region(rep.region, rep.city)), "year": Literal(rep.year)}
            return Answer(question, ANSWERED, f"{names}（{rep.name}）。{sources}", "entity", [],
                          with_values(self.t.entities, [bind]), round(top, 2))
        # asked "who", and no department or organisation fits: say so rather than give a figure
        return self.no_data(question, r, rep, "entity")

    def list_answer(self, question, r: Reading, rep) -> Answer | None:
        ents = self.entities[rep.iri]
        bind = {"region": URIRef(self.iris.region(rep.region, rep.city)), "year": Literal(rep.year)}
        sparql = with_values(self.t.entities, [bind])
        asks_list = "list" in r.cues or bool(re.search(r"什么|哪几|哪项", r.text) and any(
            w in r.text for w, _ in self.list_kinds))
        # a named mechanism or system: its components
        kind_words = [w for w, _ in self.list_kinds if w in r.text]
        named = [t for t in r.tokens if not any(t in w for w in kind_words)]
        if asks_list and named:
            scored = []
            for e in ents:
                if not e["components"]:
                    continue
                label = strip_punctuation(e["label"])
                wider = strip_punctuation((e["context"] or "") + (e["section"] or ""))
                cov = sum(len(t) if t in label else len(t) / 2 if t in wider else 0
                          for t in named) / sum(len(t) for t in named)
                scored.append((cov, e))
            best_cov = max((c for c, _ in scored), default=0.0)
            tops = [e for c, e in scored if c == best_cov]
            best = tops[0] if len(tops) == 1 else None   # several fit alike: list them instead
            if best and best_cov >= MIN_COVERAGE:
                text = f"{best['label']}包括：{best['components']}。（原文：“{best['sentence']}”）"
                return Answer(question, ANSWERED, text, "list", [], sparql, round(min(best_cov, 1), 2))
        cls = next((k for w, k in self.list_kinds if w in r.text), None)
        counting = bool(re.search(r"几|多少", r.text)) and cls is not None and \
            not named
        if counting:
            class_iri = self._class_iri(cls)
            n = self.store.select(self.t.count, {**bind, "class": class_iri})[0]["n"]
            word = next(w for w, k in self.list_kinds if k == cls)
            return Answer(question, ANSWERED, f"{rep.name}中提到的{word}共{n}个（按图谱计数）。", "count",
                          [FactOut(n, "个", f"{word}数量", None, rep.region, rep.year, "", "", computed=True)],
                          with_values(self.t.count, [{**bind, "class": class_iri}]), 0.8)
        if not asks_list or cls is None:
            return None
        items = [e for e in ents if e["class"] == str(self._class_iri(cls))]
        named = [t for t in named if len(t) >= 2]
        if named:
            # 有哪些闭环机制 / 新增设了哪些机构: only the items the other words point to
            pointed = [e for e in items if any(t in strip_punctuation(e["label"] + (e["context"] or ""))
                                               for t in named)]
            if not pointed and cls == "Organization":
                return None   # 哪个机构…: a "who" question, for entity_answer
            items = pointed or items
        if not items:
            return self.no_data(question, r, rep, "list")
        labels = list(dict.fromkeys(e["label"] for e in items))
        word = next(w for w, k in self.list_kinds if k == cls and w in r.text)
        text = f"{rep.year}年报告中的{word}有{len(labels)}项：" + "；".join(
            f"{i}. {x}" for i, x in enumerate(labels, 1)) + "。"
        return Answer(question, ANSWERED, text, "list", [], sparql, 0.9)

    def _class_iri(self, cls: str) -> URIRef:
        if cls == "Organization":
            return URIRef("http://www.w3.org/ns/org#Organization")
        return URIRef(str(self.iris.FZ[cls]))
