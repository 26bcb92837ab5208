"""Numeric facts: every number with a unit, and every stated zero.

The rules follow how these reports write their figures:

* ``收到行政复议申请N件`` — the indicator stands before the number;
* ``N项政务服务事项`` — the number stands before what it counts;
* ``收到……N件、办结N件`` — a clause that lacks its object borrows it;
* ``公安、法院派驻调解室分别化解纠纷N件、N件`` — one fact per actor;
* ``办复率、满意率均达N%`` / ``各N件`` — one fact per item;
* ``进驻率达N%`` — a bare rate is named after, and tied to, what it is a rate of;
* ``不少于N日`` — a limit, kept as a qualifier;
* ``全年无生产安全事故`` — a stated zero (patterns in ``data/lexicon/zeros.tsv``);
* ``将N家开发区整合为N家`` / ``推行N个高频事项`` / ``明确了N项`` — after a verb, preposition or
  particle the number opens its noun; a transform (整合为, 压减至) gives the noun ``before``/``after``;
* ``设立N个党总支和N个党支部`` — listed items, each its own figure, sharing the verb;
* ``其中刑事案件N件`` — a breakdown shares the head noun of what it breaks down;
  ``收到投诉N件，其中市本级收到N件`` — a part whose noun is left out is the whole's figure, of a scope;
* ``指标 2023年 2024年`` / ``行政复议收案 N件 N件`` — a table written as text: a figure per cell, named
  by its row and column (a year column gives its period); columns nothing tells apart are skipped;
  a row labelled by a year, a place, a body or a part (2023年, 甲镇, 县司法局, 第一批) is named by
  its column and gives the figure's period, scope or actor; —, / and empty cells hold no figure;
* ``下降两成`` / ``占三成`` / ``得分N分`` — tenths (成) and scores (分) as units;
* ``1-2个工作日`` / ``5至8次`` — a range is two figures, at least and at most;
* ``１２，６００户`` / ``1,850件`` / ``百分之九十点六`` / ``三千余人次`` — number forms;
* ``连续四年保持N%`` — a counter span, named after the figure it qualifies;
* ``覆盖2市4县`` — a place unit is what is counted.

Actors: the organisation a clause opens with; otherwise the publishing department of a
department's report (``default_actor``), which is also whom its everyday name denotes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from kg.extract.actors import same_body
from kg.extract.mentions import (
    CLOSE_QUOTES,
    Mention,
    MentionPatterns,
    find_mentions,
    inside_quotes,
    split_clauses,
)
from kg.extract.text import POINT_MARK, Sentence
from kg.lexicon import Lexicon
from kg.numbers import (
    CHINESE_NUMERAL_CHARS,
    MONTH_RUN,
    chinese_to_int,
    normalise_digits,
    parse_number,
)

# Two characters alone before a count that opens its noun are its verb (编制, 选聘, 认定): the action
# verbs of this genre are two characters; a longer lead is more often a subject than a verb.
UNLISTED_VERB = 2
# 由N个工作日|压缩至|N个工作日: the verb between a from-figure and its to-figure, 平均压缩 at most
STAGE_VERB_MAX = 4


@dataclass
class Fact:
    value: int | Decimal
    unit: str
    indicator: str
    noun: str
    verb: str
    actor: str | None
    qualifier: str | None
    kind: str            # "level" or "zero"
    sentence: Sentence
    start: int           # offsets of the mention within the report text
    end: int
    mention: str
    clause: str
    rate_of: int | None = None
    index: int = 0
    stage: str | None = None   # 将N家开发区整合为N家: "before" and "after" the change the clause reports
    scope: str | None = None   # 其中市本级收到N件: the part of the whole a breakdown's figure is of
    period: int | None = None  # a table's year column: the year the figure is of
    prior: bool = False        # 合格率N%（上年为M%）: M is of the year before the report's
    target: bool = False       # a table's column of targets (目标值): a figure planned, not one done
    restated: bool = False     # …N件，全部胜诉: the figure before it again, of what every one came to


class _Rules:
    """The lexicon compiled into what the rules use to read a clause."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.mentions = MentionPatterns(lexicon)
        self.verbs = lexicon.verbs
        suffixes = "|".join(re.escape(s) for s in lexicon.org_suffixes)
        follow = "|".join(re.escape(w) for w in lexicon.verbs + lexicon.light_words + lexicon.actor_follow)
        # a body's name opens with its level (区司法局, 各县区市场监管局: the bodies of a level) or, in a
        # department's report, with the department's own 局/厅 (局执法稽查支队: a part of the publisher)
        openers = "省|区|县|市|镇|乡|街道|局|厅"
        self.actor = re.compile(
            rf"^((?:驻|各)?(?:{openers})[\u4e00-\u9fff]{{0,12}}?(?:{suffixes}))(?={follow})")
        # …or a place by its form (甲城市推行…, 乙镇建成…): the clauses after are that place's, a part of
        # the report's own (a name of two to four characters, no verb or list mark in it, then a verb)
        endings = "|".join(re.escape(e) for e, _ in lexicon.place_levels) or "(?!)"
        self.place_actor = re.compile(rf"^([\u4e00-\u9fff]{{2,4}}?(?:{endings}))(?={follow})")
        self.place_name = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}?(?:{endings})$")     # 甲镇, a list's item
        # …or a body of a place so named (甲城市气象局全年办理…): that body's, a part of the report's own
        self.place_body = re.compile(
            rf"^(([\u4e00-\u9fff]{{2,4}}?(?:{endings}))[\u4e00-\u9fff]{{1,10}}?(?:{suffixes}))(?={follow})")
        self.not_in_place = tuple(w for w in lexicon.verbs if len(w) > 1)
        self.not_places = frozenset(lexicon.region_stopwords)
        self.generic = set(lexicon.generic_nouns)
        self.from_words = [w for w, stage in lexicon.stage_markers if stage == "from"]
        self.to_words = [w for w, stage in lexicon.stage_markers if stage == "to"]
        prior = [w for w, stage in lexicon.stage_markers if stage == "prior"]
        before = [w for w, stage in lexicon.stage_markers if stage == "year_before"]
        # 上年全县作出…N宗: a clause opening with the year before is that year's
        self.year_before_lead = re.compile("^(?:" + "|".join(map(re.escape, sorted(before, key=len, reverse=True)))
                                           + ")(?!的|为|是|同期)") if before else None
        self.year_before = re.compile("(?:" + "|".join(map(re.escape, sorted(before, key=len, reverse=True)))
                                      + ")的?$") if before else None
        self.prior = re.compile("[（(]?(?:" + "|".join(map(re.escape, sorted(prior, key=len, reverse=True)))
                                + ")$") if prior else None
        # 由N|压缩至|M: between the two figures, a short verb and a "to" word
        to = "|".join(map(re.escape, self.to_words)) or "(?!)"
        # (…and a word of how the figure is meant between the stage word and it: 压减至平均M个)
        between = [w for w, stage in lexicon.stage_markers if stage == "between"]
        self.between = re.compile("(?:" + "|".join(map(re.escape, sorted(between, key=len, reverse=True)))
                                  + ")$") if between else None
        either = "|".join(map(re.escape, sorted(between, key=len, reverse=True)))
        self.to_only = re.compile(rf"^[\u4e00-\u9fff]{{0,{STAGE_VERB_MAX}}}?(?:{to})(?:{either})?$" if between
                                  else rf"^[\u4e00-\u9fff]{{0,{STAGE_VERB_MAX}}}?(?:{to})$")
        self.frames = lexicon.frame_markers
        self.predicates = lexicon.predicate_verbs
        self.rates = lexicon.rate_words

    def starts_with_verb(self, text: str) -> str:
        return next((v for v in self.verbs if text.startswith(v)), "")

    def ends_with_verb(self, text: str) -> str:
        """The verb ``text`` ends in, with how it came out after it (调解成功: verb_results.txt)."""
        for done in self.lexicon.verb_results:
            if text.endswith(done) and (v := next((v for v in self.verbs if text[:-len(done)].endswith(v)), "")):
                return v + done
        return next((v for v in self.verbs if text.endswith(v)), "")

    def first_verb_at(self, text: str, after: int = 1, verbs: list[str] | None = None) -> int:
        hits = [i for v in (verbs or self.verbs) for i in [text.find(v, after)] if i >= after]
        return min(hits) if hits else -1

    def strip_light_end(self, text: str) -> str:
        """覆盖全区 → 覆盖: a scope word closing the phrase before a number-first count."""
        for w in self.lexicon.light_words:
            if text.endswith(w) and len(text) > len(w):
                return text[: -len(w)]
        return text

    def starts_predicate(self, text: str) -> bool:
        """全部实现…, 进驻…: ``text`` opens with a verb, after any adverb or light word."""
        while True:
            bare = self.strip_light(text)
            bare = bare.removeprefix(next((a for a in self.lexicon.verb_adverbs if bare.startswith(a)), ""))
            if bare == text:
                break
            text = bare
        return any(text.startswith(v) for v in self.predicates + self.verbs)

    def ends_with_function_word(self, text: str) -> str:
        return next((w for w in self.lexicon.function_words if text.endswith(w)), "")

    def transform_at_end(self, text: str) -> tuple[str, str] | None:
        """整合为 / 压减至 at the end of ``text``: (what precedes the verb, the verb)."""
        to = next((w for w in self.to_words if text.endswith(w)), "")
        if not to:
            return None
        bare = text[: -len(to)]
        verb = next((v for v in self.lexicon.transforms if bare.endswith(v)), None)
        if not verb:
            return None
        noun = bare[: -len(verb)]
        adverb = next((a for a in self.lexicon.verb_adverbs if noun.endswith(a)), "")
        return noun.removesuffix(adverb) if adverb else noun, verb

    def is_body(self, text: str) -> bool:
        """县市场监管局, 执法稽查支队: a body, by an organisation's ending (org_suffixes.txt)."""
        return any(text.endswith(x) and len(text) > len(x) for x in self.lexicon.org_suffixes)

    def is_place(self, text: str) -> bool:
        """甲镇, 乙街道: a place's name by its form, nothing after it."""
        return bool(self.place_name.match(text)) and text not in self.not_places \
            and not re.match(r"[全各本该我每某]", text) and not any(w in text for w in self.not_in_place)

    def actor_at(self, text: str) -> str | None:
        """The body (区司法局) or the place (甲城市) a phrase opens with as its subject, or None."""
        if am := self.actor.match(text):
            return am.group(1)
        for pm in (self.place_body.match(text), self.place_actor.match(text)):
            place = pm.group(pm.lastindex) if pm else ""
            # (会同县应急管理局检查…: a partner named after 会同/联合 is no place of the report's)
            # (上年全县作出…: a time and the whole place, no place's name)
            if pm and not re.match(r"[全各本该我每某]", place) and place not in self.not_places \
                    and "全" not in place[1:] and not (self.year_before_lead and self.year_before_lead.match(place)) \
                    and not any(w in pm.group(1) for w in self.not_in_place) \
                    and not place.startswith(tuple(f for f in self.frames if len(f) >= 2)):
                return pm.group(1)
        return None

    def strip_light(self, text: str) -> str:
        """全年共…, ①…, （2）…: the framing words and point marks a phrase opens with."""
        changed = True
        while changed and text:
            changed = False
            if (mark := POINT_MARK.match(text)) and len(text) > mark.end():
                text, changed = text[mark.end():], True
                continue
            if text[0] in "（(" and len(text) > 1 and not POINT_MARK.match(text):
                text, changed = text[1:], True     # N件（其中投诉M件: the bracket opens a breakdown
                continue
            for w in self.lexicon.light_words:
                if text.startswith(w) and len(text) > len(w):
                    text, changed = text[len(w):], True
                    break
        return text

    def strip_link(self, text: str) -> tuple[str, str]:
        removed = ""
        changed = True
        while changed and text:
            changed = False
            for w in self.lexicon.link_words + ["均", "各"]:
                if text.endswith(w) and not any(text.endswith(k) for k in self.lexicon.link_keep):
                    text, removed, changed = text[: -len(w)], w + removed, True
                    break
        return text, removed


def _count_of(numeral: str) -> int | None:
    """三 → 3, 12 → 12; None for what is no numeral."""
    try:
        return int(numeral) if numeral.isdigit() else chinese_to_int(numeral)
    except ValueError:
        return None


_LIST_LEAD = re.compile(r"^(?:在|对|由|于|向|为|依托|通过)")   # 在甲镇、乙镇…设立: the list after the word of place
_TIME_LEAD = re.compile(r"^(?:全年|年内|当年|本年度?|今年|(?:19|20)\d{2}年度?)")   # 全年分别…: no subject of its own
_TIME_TAIL = re.compile(r"(?:全年|年内|当年|本年度?|今年)$")
# ①…⑳ or ⑴…⒇ closing a phrase (N万元①，): a footnote's mark; opening one (；②县人社局…), a point's
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s；;。，,：:（(、])[\u2460-\u2473\u2474-\u2487](?=[，,；;。）)\s]|$)")


def _items(text: str) -> list[str]:
    return [t for t in re.split(r"[、和及与]", text) if t]


# 2023年、2024年、2025年: a list of years opening a clause (each a figure's period under 分别)
_YEAR_JUST_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年(?:初|底|末|年初|年底)?的?$")   # …由2023年的|N家
_BRACKETED_YEAR = re.compile(r"\s*[（(]\s*((?:19|20)\d{2})\s*年(?:度)?\s*[）)]")   # N件（2024年）
_YEAR_ITEM = re.compile(r"((?:19|20)\d{2})年度?")
_YEAR_LIST = re.compile(r"^(?:(?:19|20)\d{2}年度?[、和及与]?)+")
# 2023年至2025年，…分别为A、B、C: a run of years, each year one figure of the 分别 after it
_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})年?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d{2})年度?")
MAX_YEAR_RANGE = 10   # a run of more years is no list a 分别 gives one figure each
# 同比 / 较上年: what a change is against, naming nothing of its figure
_COMPARED = re.compile(r"^(?:同比|环比|[较比](?:去年|上年|前年|上年度|(?:19|20)\d{2}年度?)?(?:同期)?)")


def _years(text: str) -> list[int]:
    """The years of a list of years opening ``text`` (2023年、2024年 → [2023, 2024]; 2023年至2025年 →
    [2023, 2024, 2025]); [] for one."""
    if (r := _YEAR_RANGE.match(text.strip())) and 0 < int(r.group(2)) - int(r.group(1)) <= MAX_YEAR_RANGE:
        return list(range(int(r.group(1)), int(r.group(2)) + 1))
    m = _YEAR_LIST.match(text.strip())
    years = [int(y) for y in _YEAR_ITEM.findall(m.group(0))] if m else []
    return years if len(years) > 1 else []


def _without_years(text: str) -> str:
    return _YEAR_LIST.sub("", _YEAR_RANGE.sub("", text.strip())).lstrip("，,")


BREAKDOWN_ENDS = r"[；;]"   # a 其中 breaks down the figure before it up to the next semicolon


class _SentenceExtractor:
    def __init__(self, sentence: Sentence, rules: _Rules, offset: int, default_actor: str | None = None,
                 before: list[Fact] | None = None):
        self.s = sentence
        self.before = before or []    # the figures of the sentence before, in the same paragraph
        self.default_actor = default_actor
        self.offset = offset
        self.rules = rules
        self.facts: list[Fact] = []
        self.actor: str | None = None
        self.chain: list[Fact] = []   # facts of the clause being read
        self.pending: tuple[str, str] | None = None
        self.prev_chain: list[Fact] = []  # facts of the clause before it
        self._led: set[int] = set()       # facts of a clause chain opened by the year before (上年全县…)
        self._parts_of: dict[int, Fact] = {}   # a breakdown's part (by its index) → the whole it breaks down
        self.labelled = False             # the figure being read follows a 「label：」
        self.respective: list[str] = []   # the bodies a 分别 clause of the sentence gave each a figure
        self.years: list[int] = []        # a clause of years alone, just before (…，分别…: one each)

    # -- helpers -------------------------------------------------------
    def _fact(self, m: Mention, indicator: str, noun: str, verb: str, clause: str,
              qualifier: str | None, actor: str | None = None) -> Fact:
        indicator = indicator.strip("、，的 ")
        unit_kind = self.rules.lexicon.unit(m.unit).kind if m.unit != "%" else "percent"
        if unit_kind == "percent" and indicator and not indicator.endswith(self.rules.rates) \
                and qualifier not in ("increase", "decrease"):
            indicator += "比" if indicator.endswith("占") else "比例"    # 占三成: a share, 占比
        if unit_kind == "duration" and qualifier and not any(w in indicator for w in ("时间", "时限", "期限")):
            indicator += "时间"
        if m.approximate and not qualifier:
            qualifier = "approximate"
        if unit_kind == "place":   # 覆盖2市4县: the unit is what is counted
            places = [u.text for u in self.rules.lexicon.units if u.kind == "place"]
            while (end := next((p for p in places if indicator.endswith(p)), "")):
                indicator = indicator[: -len(end)]
            indicator += m.unit
        who = self._actor(actor if actor is not None else self.actor)
        if m.low:   # 1-2个工作日: the low end is a fact of its own, the two bound the figure
            value, a, b, high = m.low
            self._add(Fact(value, m.unit, indicator, noun.strip("、，的 ") or indicator, verb, who, "atLeast",
                           "level", self.s, self.s.start + a, self.s.start + b, self.s.text[a:b], clause))
            qualifier = qualifier or "atMost"
        fact = Fact(m.value, m.unit, indicator, noun.strip("、，的 ") or indicator, verb,
                    who, qualifier, "level", self.s,
                    self.s.start + m.start, self.s.start + m.end, self.s.text[m.start:m.end], clause)
        if m.low:
            fact.start, fact.mention = self.s.start + high, self.s.text[high: m.end]
        if (year := _BRACKETED_YEAR.match(self.s.text, m.end)):
            fact.period = int(year.group(1))     # 被纠错N件（2024年）: the year the figure is of, said after it
        elif getattr(self, "_stated_year", None):
            fact.period = self._stated_year      # 由2023年的N家: the year said between its from word and it
        self._add(fact)
        return fact

    def _actor(self, named: str | None) -> str | None:
        """The named actor; the publisher when it names itself or no one names the actor."""
        if named and self.default_actor and same_body(named, self.default_actor, self.rules.lexicon):
            return self.default_actor
        return named or self.default_actor

    def _add(self, fact: Fact):
        self.facts.append(fact)
        fact.index = self.offset + len(self.facts)

    def _qualifier(self, before: str, after: str) -> tuple[str, str, str | None]:
        # (longest first: 不超过 is a bound of its own, never 不 + 超过)
        for phrase, (position, qual) in sorted(self.rules.lexicon.qualifiers.items(), key=lambda x: -len(x[0])):
            if position == "before" and before.endswith(phrase):
                return before[: -len(phrase)], after, qual
            if position == "after" and after.startswith(phrase):
                return before, after[len(phrase):], qual
        return before, after, None

    def _name_rate(self, label: str) -> tuple[str, int | None]:
        """进驻率 → 政务服务事项进驻率, tied to the first fact that counts 政务服务事项; a rate
        labelled as a line of its own (「纠错率：N%」) is named by its label alone."""
        if not label.endswith(self.rules.rates) or len(label) > 3 or not self.facts or self.labelled:
            return label, None
        prev = ([f for f in self.chain if f.unit != "%"] or [f for f in self.prev_chain if f.unit != "%"]
                or [f for f in self.facts if f.unit != "%"])
        if not prev:
            return label, None
        nouns = list(dict.fromkeys(f.noun for f in prev))
        if len(nouns) == 1 and label.rstrip("率") and label.rstrip("率") in nouns[0]:
            nouns = [self.facts[0].noun]
        base = next((f for f in self.facts if f.noun == nouns[0]), None)
        # (调处纠纷N件，调解成功M件，成功率K%: the rate of how the last verb came out, named with that verb)
        stem = label.removesuffix("率")
        done = next((f.verb for f in reversed(prev) if stem and f.verb.endswith(stem) and f.verb != stem), "")
        if done and len(nouns) == 1:
            return nouns[0] + done + "率", base.index if base else None
        return "和".join(nouns) + label, base.index if base else None

    # -- rules ---------------------------------------------------------
    def subject(self, text: str):
        """A clause without figures may still name who acts in the clauses after it, or the years
        a 分别 after it gives each figure (2023年、2024年、2025年，…分别…)."""
        self.years = _years(text) if not _without_years(text) else []
        if named := self.rules.actor_at(self.rules.strip_light(text)):
            self.actor = named
        if listed := self._listed_bodies(text):
            self.respective = listed

    def _listed_bodies(self, text: str) -> list[str]:
        """在甲镇、乙镇医保服务站设立…(，全年分别调处N件、M件): the places or bodies a clause without
        figures lists before its verb, each with the kind the last one names (甲镇医保服务站) — the
        subjects a 分别 after it gives each its figure; [] where the items are no places or bodies."""
        phrase = _LIST_LEAD.sub("", self.rules.strip_light(text))
        at = self.rules.first_verb_at(phrase)
        items = _items(phrase[:at] if at > 0 else phrase)
        if len(items) < 2:
            return []
        head = ""
        if "的" in items[-1]:
            items[-1], head = items[-1].rsplit("的", 1)      # 甲区、乙区的区级工作站
            head = self._body_opening(head)
            if not head:
                return []
        else:
            items[-1] = self._body_opening(items[-1])      # (…运行较好: no verb the lexicon knows ends it)
        if not all(self.rules.is_place(i) or self.rules.is_body(i) for i in items):
            return []
        tail = items[-1][len(items[0]):] if len(items[0]) < len(items[-1]) and not head else ""
        return [(i if i.endswith(tail) else i + tail) + head for i in items]

    def _body_opening(self, text: str) -> str:
        """The longest opening of ``text`` that is a body or a place (区级工作站|运行较好), or ""."""
        return next((text[:k] for k in range(len(text), 1, -1)
                     if self.rules.is_body(text[:k]) or self.rules.is_place(text[:k])), "")

    def clause(self, cstart: int, cend: int, mentions: list[Mention]):
        # (a footnote's mark, N万元①: no word of the figure after it; a space keeps the offsets)
        text = _FOOTNOTE_MARK.sub(" ", self.s.text[cstart:cend])
        spans = [m for m in mentions if m.suffix]
        mentions = [m for m in mentions if not m.suffix]
        for m in spans:   # 连续四年: read the clause without it, then name it after its figure
            text = text[: m.start - cstart] + " " * (m.end - m.start) + text[m.end - cstart:]
        first = len(self.facts)
        if mentions:
            self._clause(text, cstart, mentions)
        self._share_predicate(self.facts[first:])
        for m in spans:
            after = [f for f in self.facts[first:] if f.start - self.s.start > m.start]
            near = after[0] if after else (self.facts[-1] if len(self.facts) > first else None)
            label = near.indicator if near else self.rules.strip_light(text.replace(" ", ""))
            f = self._fact(m, label + m.suffix, label + m.suffix, "", self.s.text[cstart:cend], None)
            if near:
                f.actor = near.actor

    def _share_predicate(self, facts: list[Fact]):
        """N家执法部门M名执法人员完成注册: counts set side by side, the first with no verb of its own,
        share the predicate of the last (the departments too completed the registration)."""
        for a, b in pairwise(facts):
            between = self.s.text[a.end - self.s.start:b.start - self.s.start]
            if a.noun and not a.verb and a.indicator == a.noun and between == a.noun and b.noun \
                    and b.indicator.endswith("的" + b.noun) and a.unit != b.unit:
                a.indicator = b.indicator[: -len(b.noun)] + a.noun

    def _clause(self, text: str, cstart: int, mentions: list[Mention]):
        ms = [Mention(m.start - cstart, m.end - cstart, m.value, m.unit, m.approximate) for m in mentions]
        head = self.rules.strip_light(text[: ms[0].start])
        if (named := self.rules.actor_at(head)) and ms[0].start > 0:
            self.actor = named
        elif self._person_subject(head) >= 0:
            self.actor = None    # 县长……旁听庭审 / 行政机关负责人出庭应诉率: another subject, no organisation
        elif self.actor and head and cstart > 0 and self.s.text[cstart - 1] in "；;" \
                and not self.rules.starts_with_verb(head):
            self.actor = None    # …；各县区市场监管局合计结案N件: after a semicolon, a subject of its own
        if self.chain:
            self.prev_chain = self.chain
        self.chain = []
        self.pending = None   # (noun, verb) a transform left for the figures after it
        if self._respectively(text, ms, mentions):
            return
        consumed = 0
        for i, m in enumerate(ms):
            nxt = ms[i + 1].start if i + 1 < len(ms) else len(text)
            before = text[consumed: m.start].replace(" ", "")
            written = before        # (as written, before its subject and framing words are taken off)
            # 、 always joins items; 和/及/与 only right after the figure of the item before
            before = self._unjoin(before) if consumed or before.startswith("、") else before
            after = text[m.end: nxt].replace(" ", "")
            before, after, qual = self._qualifier(before, after)
            # 由2023年的N家增至2025年M家: a year between a from/to word and its figure is the figure's
            # year, no word of its name (and the from/to word stays next to its figure)
            self._stated_year = None
            if (yb := _YEAR_JUST_BEFORE.search(before)) and before[:yb.start()].endswith(
                    (*self.rules.from_words, *self.rules.to_words)):
                self._stated_year, before = int(yb.group(1)), before[:yb.start()]
            before = re.sub(r"[（(]共?$", "", before)    # 政务服务事项（共N项）
            self.labelled = before.endswith(tuple(LABEL_COLON))   # 收案数：N件 (see _labelled)
            before = before.rstrip(LABEL_COLON)
            before = self.rules.strip_light(before)
            if (am := self.rules.actor.match(before)):
                before = self.rules.strip_light(before[am.end():])
            before = self._unframe(self._after_adverb(self._after_subject(before)))
            core, removed = self.rules.strip_link(before)
            consumed = m.end
            prev = self.facts[-1] if self.facts else None
            absolute_m = mentions[i]
            # 同比增长N% / 提高N个百分点: a change of the figure before it, not a level
            # (提高至N% is a level: the 至 is still on ``before`` here)
            change = next(((w, d) for w, d in self.rules.lexicon.changes if before.endswith(w)), None)
            if not change and removed[:1] in self.rules.to_words:
                # 权重提高至N%: the level the noun was raised to; the change word is no part of its name
                raised = next((w for w, _ in self.rules.lexicon.changes if core.endswith(w) and len(core) > len(w)), "")
                core = core.removesuffix(raised) if raised else core
            # 同比增长N%（2023年为M件）: after a change, a year written out names the base it was compared
            # with, the figure before the change's (in its unit, in this clause or the one before)
            base = next((f for f in reversed(self.prev_chain + self.chain) if f.unit == absolute_m.unit
                         and f.kind != "change"), None) if prev and prev.kind == "change" \
                and _YEAR_BASE.search(before) else None
            if base:
                f = self._fact(absolute_m, base.indicator, base.noun, base.verb, text, qual)
                f.prior = True
                self.chain.append(f)
                continue
            year = _YEAR_ALONE.fullmatch(before.lstrip("，,；;（("))
            restated = next((f for f in reversed(self.facts) if f.kind != "change" and not f.prior
                             and f.unit == absolute_m.unit), None) if year else None
            if restated and restated.period is None:
                # 罚没款N万元，2023年为M万元 (or after its change: …，同比增长K%，2023年为M件): a clause of a
                # year alone restates the figure before it in its unit, of that year (the year before the
                # report's is its prior)
                f = self._fact(absolute_m, restated.indicator, restated.noun, restated.verb, text, qual)
                f.period = int(year.group(1))
                self.chain.append(f)
                continue
            # (…or after its change: 检查N次，同比下降K%（上年为M次）: M is the checks', not the change's)
            of = prev if prev is None or prev.kind != "change" or prev.unit == absolute_m.unit else next(
                (f for f in reversed(self.prev_chain + self.chain) if f.kind != "change" and not f.prior
                 and f.unit == absolute_m.unit), prev)
            if self.rules.prior and of and of in self.chain + self.prev_chain and self.rules.prior.search(before) \
                    and of.unit == absolute_m.unit:
                # 隐患整改率N%（上年为M%）: M is the same indicator's, of the year before
                prev = of
                f = self._fact(absolute_m, prev.indicator, prev.noun, prev.verb, text, qual)
                f.prior = True
                self.chain.append(f)
                continue
            if change:
                subject = re.sub(r"(?:[较比](?:去年|上年|前年)?)$", "", core[: -len(change[0])])
                subject = subject or (prev.noun if prev and prev.kind != "change"
                                      else prev.indicator if prev else "")
                f = self._fact(absolute_m, subject + change[0], subject, "", text, change[1])
                f.kind = "change"
                self.chain.append(f)
                continue
            if prev and prev.kind == "change":
                # 收到…N件，同比增长K%，受理M件: the change is of the figure before it, whose noun the
                # count after it borrows
                prev = next((f for f in reversed(self.facts) if f.kind != "change" and not f.prior), prev)
            # 各N件 / 均为N%: one fact for each listed item
            if ("均" in removed or "各" in removed) and len(_items(core)) > 1:
                self._each(absolute_m, core, text, qual)
                continue
            # 审批时间由N个工作日压缩至N个工作日 / 合格率从N%提升到N%: what it was, then what it became
            # (分值权重由上年的N%提高到M%: what it was is the year before's)
            of_year_before = self.rules.year_before.search(before) if self.rules.year_before else None
            lead = before[: of_year_before.start()] if of_year_before else before
            if self.rules.between is not None and not of_year_before and (b := self.rules.between.search(lead)) \
                    and any(lead[:b.start()].endswith(w) for w in self.rules.from_words):
                lead = lead[:b.start()]     # 由法定的N个: what the figure was, its legal limit
            fw = next((w for w in self.rules.from_words if lead.endswith(w)), "")
            # (…增至2025年M家: the next figure's year after the to word is no word between them)
            if fw and len(lead) > len(fw) and i + 1 < len(ms) \
                    and self.rules.to_only.match(_YEAR_JUST_BEFORE.sub("", after.replace(" ", ""))):
                noun = self.rules.strip_link(lead[: -len(fw)])[0]
                f = self._fact(absolute_m, noun, noun, "", text, qual)
                f.stage, self.pending = "before", (noun, "")
                f.prior = bool(of_year_before)
                self.chain.append(f)
                consumed = ms[i + 1].start
                continue
            # 事项压减至N大类N项 / 开发区整合为N家: what the noun became
            if (t := self.rules.transform_at_end(before)) and t[0] or (self.pending and not core):
                noun, verb = (self.rules.strip_link(t[0])[0], t[1]) if t and t[0] else self.pending
                # 将县级行政许可事项压减至…: the particle opening the object is no part of the noun
                opener = next((w for w in self.rules.lexicon.function_words if noun.startswith(w)), "")
                noun = noun[len(opener):] if len(noun) > len(opener) else noun
                f = self._fact(absolute_m, noun, noun, verb, text, qual)
                f.stage, self.pending = "after", (noun, verb)
                self.chain.append(f)
                continue
            after_clean = after.lstrip("、")
            for tail in ("中", "等"):
                after_clean = after_clean.removesuffix(tail)
            after_clean, _ = self.rules.strip_link(after_clean.strip(CLOSE_QUOTES + "）)"))
            lead = self.rules.strip_light_end(core)
            # 「V N个 X」 with X no predicate: the number opens the noun X, whatever verb stands before
            # it (编制N个清单 as well as 推行N个事项); 「事项N项进驻中心」: X is a predicate, the noun is before
            opens_noun = bool(after_clean) and not after.lstrip().startswith(("）", ")", "（", "(")) \
                and not self.rules.starts_predicate(after_clean)
            number_first = bool(after_clean) and not any(after.startswith(w) for w in self.rules.lexicon.conjunctions) \
                and (not core or self.rules.ends_with_verb(lead) or self.rules.ends_with_function_word(lead)
                     or core.endswith("等") or any(core.endswith(w) for w in self.rules.lexicon.light_words)
                     or opens_noun)
            # 在上年N名的基础上有所增加: a figure right after 上年 (no from word before) is the year before's
            prior = bool(of_year_before) and not fw
            # (…or its clause opens with it: 上年全县作出行政处罚N宗)
            opening = self.rules.strip_light(re.split(r"[，,；;：:]", written)[-1])
            led = bool(self.rules.year_before_lead and self.rules.year_before_lead.match(opening))
            # 上年全县作出行政处罚N宗，罚没金额M万元: a figure after a comma, naming no time of its own,
            # is of the year before as the one it follows in the clause chain
            between = self.s.text[prev.end - self.s.start: mentions[i].start] if prev else ""
            led = led or bool(prev and prev.index in self._led and prev in self.chain + self.prev_chain
                              and not re.search(r"[；;。]", between) and not _OWN_TIME.search(between))
            prior = prior or led
            if led and self.rules.year_before_lead:
                core = self.rules.strip_light(self.rules.year_before_lead.sub("", self.rules.strip_light(core)))
            if prior and of_year_before:
                core = self.rules.strip_light_end(core[: of_year_before.start()] if core.endswith(
                    of_year_before.group(0)) else core)
                if not core.strip("较比与同"):
                    core = ""     # 收到N件，较上年的M件增长: the year before's of the figure before
            if number_first and not prior:
                consumed = self._number_first(absolute_m, core, after_clean, text, qual, i, ms, consumed,
                                              after)
            else:
                self._indicator_first(absolute_m, core, text, qual, prev)
            self.facts[-1].prior = self.facts[-1].prior or prior
            if led:
                self._led.add(self.facts[-1].index)
            self.chain.append(self.facts[-1])

    def _person_subject(self, text: str) -> int:
        """Where a person or meeting named before any verb (the clause's subject) ends, else -1."""
        for head in self.rules.lexicon.subject_heads:
            pos = text.find(head)
            if pos >= 0:
                verb_before = self.rules.first_verb_at(text[:pos] + "。", 0)
                if verb_before < 0 or verb_before >= pos:
                    return pos + len(head)
        return -1

    def _after_subject(self, text: str) -> str:
        """区政府常务会议审议…… → 审议……; 区长、副区长旁听庭审 → 旁听庭审: a subject that is a
        person or a meeting (``subject_heads.txt``) is not what is counted, nor an actor.

        The head must close the subject: nothing before it is a verb (召开区政府常务会议 is the
        meeting as object), and a predicate (a verb, after any adverb) follows it."""
        cut = -1
        for head in self.rules.lexicon.subject_heads:
            pos = text.find(head)
            while pos >= 0:
                end = pos + len(head)
                verb_before = self.rules.first_verb_at(text[:pos] + "。", 0)
                rest = text[end:]
                if (verb_before < 0 or verb_before >= pos) and rest and (
                        self.rules.starts_predicate(rest)
                        or any(rest.startswith(a) for a in self.rules.lexicon.verb_adverbs)):
                    cut = max(cut, end)
                pos = text.find(head, pos + 1)
        return self.rules.strip_light(text[cut:]) if cut > 0 else text

    def _after_adverb(self, text: str) -> str:
        """省政府常务会议先后研究…工作 → 研究…工作: an adverb (a light word) inside the phrase,
        followed by a verb, closes a subject that is no organisation; the indicator starts at the verb."""
        for w in self.rules.lexicon.light_words:
            pos = text.find(w, 1)
            if pos > 0 and self.rules.starts_with_verb(text[pos + len(w):]):
                return text[pos + len(w):]
        return text

    def _unjoin(self, text: str) -> str:
        """和便民服务事项 → 便民服务事项: a listed item starts after the word joining it."""
        if any(text.startswith(k) for k in self.rules.lexicon.link_keep):
            return text
        for w in self.rules.lexicon.conjunctions:
            if text.startswith(w) and len(text) > len(w):
                return text[len(w):]
        return text

    def _unframe(self, text: str) -> str:
        lead_verb = self.rules.first_verb_at(text, 0)
        for marker in self.rules.frames:
            pos = text.rfind(marker)
            # 审核以市政府名义印发的文件: a frame inside the object of the phrase's own verb stays
            if pos >= 0 and not (0 <= lead_verb < pos and self.rules.starts_with_verb(text)):
                v = self.rules.first_verb_at(text, pos + len(marker))
                if v == pos + len(marker) and marker in self.rules.lexicon.actor_follow \
                        and re.fullmatch(r"(?:[“\"「][^”\"」]*[”\"」])?", text[:pos]):
                    return text     # (“某某”)联合检查: a way of acting right before its verb, no frame
                if v > 0:
                    return text[v:]
        return text

    def _respectively(self, text: str, ms: list[Mention], absolute: list[Mention]) -> bool:
        pos, written = text.find("分别"), text
        if len(ms) > 2 and 0 <= ms[1].start - pos and ms[0].end < pos and ms[0].value == len(ms) - 1 \
                and len(_items(text[:ms[0].start])) == len(ms) - 1:
            # 甲、乙、丙三个派出所分别受理N起、M起、K起: the items' count and their kind before 分别;
            # each item is that kind (甲派出所), and the count is a figure of its own
            kind = text[ms[0].end:pos]
            self.chain.append(self._fact(absolute[0], kind, kind, "", text, None))
            items = [i + kind for i in _items(text[:ms[0].start])]
            text = "、".join(items) + text[pos:]
            shift = ms[1].start - (len("、".join(items)) + (ms[1].start - pos))
            ms = [Mention(m.start - shift, m.end - shift, m.value, m.unit, m.approximate) for m in ms[1:]]
            absolute = absolute[1:]
            pos = text.find("分别")
        if len(ms) < 2 or pos < 0 or pos > ms[0].start:
            return False
        if any(text[a.end: b.start].strip("、和及") for a, b in itertools.pairwise(ms)):
            return False
        if self._respective_changes(text[:pos] + text[pos + 2: ms[0].start], absolute, written):
            return True
        subject = _TIME_TAIL.sub("", self.rules.strip_light(text[:pos]))    # (甲镇、乙镇全年分别…)
        years = _years(subject) or self.years
        if len(years) == len(ms) and len(_items(_without_years(subject))) != len(ms):
            # 2023年、2024年、2025年，我局分别完成…N个、M个、K个: each figure is of its year
            verb_phrase = text[pos + 2: ms[0].start]
            if verb_phrase.strip() in LINK_VERBS:
                # 2023年、2024年，全县林业行政案件立案数分别为N件、M件: the verb names nothing; the subject is the thing
                verb_phrase = _without_years(subject).strip("，, ") or verb_phrase
            for m, year in zip(absolute, years):
                f = self._fact(m, verb_phrase, verb_phrase, self.rules.starts_with_verb(verb_phrase), written, None)
                f.period = year
                self.chain.append(f)
            return True
        verb_phrase = text[pos + 2: ms[0].start]
        head = ""
        if "的" in subject:
            subject, head = subject.rsplit("的", 1)
        actors = _items(subject)
        if len(self.respective) == len(ms) and not head and not _TIME_LEAD.sub("", subject):
            # (在甲镇、乙镇…设立…，全年分别调处N件、M件: the bodies the clause before listed, each its figure)
            for m, actor in zip(absolute, self.respective):
                self.chain.append(self._fact(m, verb_phrase, verb_phrase, self.rules.starts_with_verb(verb_phrase),
                                             written, None, actor))
            return True
        if len(actors) == 1 and len(self.respective) == len(ms) and subject and not head:
            # 甲街道、乙街道分别调处N件、M件，调处成功率分别为K%和L%: the bodies of the clause before, each
            # its figure of what this clause names
            label = subject + ("" if verb_phrase in LINK_VERBS else verb_phrase)
            for m, actor in zip(absolute, self.respective):
                self.chain.append(self._fact(m, label, label, "", written, None, actor))
            return True
        if len(actors) != len(ms):
            return False
        counted = re.search(rf"([{CHINESE_NUMERAL_CHARS}]+|\d+)个?(\w{{1,3}})$", actors[-1]) if len(actors) > 1 else None
        if not head and counted and _count_of(counted.group(1)) == len(actors) and counted.start() > 0:
            # 甲州、乙城、丙关三市分别收案…: the items' count and their kind end the list; each item is that
            # kind (甲州市), never 丙关三市
            kind = counted.group(2)
            actors = [*actors[:-1], actors[-1][:counted.start()]]
            actors = [a if a.endswith(kind) else a + kind for a in actors]
        elif not head and len(actors[0]) < len(actors[-1]):
            tail = actors[-1][len(actors[0]):]
            actors = [a if a.endswith(tail) else a + tail for a in actors]
        for m, actor in zip(absolute, actors):
            self.chain.append(self._fact(m, head + verb_phrase, head + verb_phrase,
                                         self.rules.starts_with_verb(verb_phrase), written, None, actor))
        self.respective = actors
        return True

    def _respective_changes(self, lead: str, absolute: list[Mention], written: str) -> bool:
        """…N件、…M件，同比分别下降A%和B%: each change is of the figure before it in the sentence, in
        their order; only where as many figures came before."""
        change = next(((w, d) for w, d in self.rules.lexicon.changes if lead.endswith(w)), None)
        levels = [f for f in self.facts if f.kind != "change" and not f.prior]
        if not change or len(levels) < len(absolute) or _COMPARED.sub("", self.rules.strip_light(
                lead[: -len(change[0])])):
            return False
        for m, base in zip(absolute, levels[-len(absolute):]):
            noun = base.noun or base.indicator
            f = self._fact(m, noun + change[0], noun, "", written, change[1])
            f.kind = "change"
            self.chain.append(f)
        return True

    def _each(self, m: Mention, core: str, clause: str, qual):
        items = _items(core)
        verb = self.rules.starts_with_verb(items[0])
        for item in items:
            label = item if self.rules.starts_with_verb(item) else verb + item
            noun = item[len(self.rules.starts_with_verb(item)):]
            if label.endswith(self.rules.rates) and len(label) <= 3:
                label, rate_of = self._name_rate(label)
                f = self._fact(m, label, label, "", clause, qual)
                f.rate_of = rate_of
            else:
                self._fact(m, label, noun, verb, clause, qual)

    def _number_first(self, m, core, after, clause, qual, i, ms, consumed, raw_after="") -> int:
        """``N项政务服务事项`` / ``N名执法人员完成注册``: the number precedes its noun."""
        # N个机构可办事项少于M项: a bound right before the next number is that number's, no word of the noun
        bound = next((q for q, (where, _) in sorted(self.rules.lexicon.qualifiers.items(), key=lambda x: -len(x[0]))
                      if where == "before" and after.endswith(q)), "") if i + 1 < len(ms) else ""
        after = after.removesuffix(bound) if len(after) > len(bound) else after
        cut = self.rules.first_verb_at(after, 1, self.rules.predicates)
        # a light word ends the noun only where a verb follows it (N名区级领导|通过……处理事项);
        # inside a name it stays (N次区委全面依法治区委员会会议)
        light = [p for w in self.rules.lexicon.light_words if (p := after.find(w, 1)) > 0
                 and self.rules.first_verb_at(after, p + len(w)) >= 0]
        stop = min([c for c in [cut] + light if c > 0], default=len(after))
        if any(after.startswith(v) for v in self.rules.predicates + self.rules.verbs):
            stop = 0
        noun, predicate = after[:stop], after[stop:]
        transform = self.rules.transform_at_end(raw_after.replace(" ", ""))
        if transform and transform[0]:          # N家开发区整合为…: the noun, before the change
            noun, predicate = transform[0], ""
        adverb = next((a for a in self.rules.lexicon.verb_adverbs if noun.endswith(a) and len(noun) > len(a)), "")
        noun = noun.removesuffix(adverb)        # N项事项统一|划入…
        quote = noun.find("“")
        if quote >= 2:                          # N个高频事项“一件事一次办”: the quoted name is apposition
            noun, predicate = noun[:quote], ""
        noun = re.sub(r"(名单|清单|及|和|中|共|、)+$", "", noun).removeprefix("的")   # 七成以上的执法人员
        has_next = i + 1 < len(ms)
        if has_next:
            # the rest belongs to the next number: 区级领导|通过……处理事项N件次
            last = max((after.rfind(v) for v in self.rules.verbs if after.rfind(v) >= max(stop, 1)),
                       default=-1)
            shared = 0 < stop < len(after) and not re.search(r"[、“”]", after[stop:])
            if shared:
                # 等N个部门|开展联合执法检查N次: a plain predicate is what the counted did, and the phrase
                # of the figure after it — the departments are those that carried out the checks
                last = stop
            consumed = ms[i + 1].start - (len(after) - last) if last >= 0 and stop < len(after) else ms[i + 1].start
            consumed = min(consumed, ms[i + 1].start - len(bound)) if bound else consumed
            predicate = predicate if shared else ""
        if not noun:
            same = [f for f in self.facts if f.unit == m.unit]
            noun = same[-1].noun if same else ""
        lead = self.rules.strip_light_end(core)
        lead = lead.removesuffix(self.rules.ends_with_function_word(lead))   # 明确了 → 明确, 将 → ""
        verb = self.rules.ends_with_verb(lead)
        if not verb and 0 < len(lead) <= UNLISTED_VERB and not self.rules.ends_with_function_word(core) \
                and lead not in self.rules.lexicon.light_words + self.rules.frames:
            verb = lead                     # 编制N个清单, 选聘N名顾问: a verb the lists do not know
        if not verb and not core and self.chain and self.chain[-1].verb:
            verb = self.chain[-1].verb      # 设立N个党总支和N个党支部: listed items share the verb
        if predicate:
            indicator = f"{predicate}的{noun}"
        else:
            indicator = verb + noun
        f = self._fact(m, indicator, noun, verb, clause, qual)
        if transform and transform[0]:
            f.stage, self.pending = "before", (noun, "")
            consumed = ms[i + 1].start if has_next else consumed
        return consumed

    def _whole(self, m: Mention, verb: str = "") -> Fact | None:
        """The figure a ``其中`` before ``m`` breaks down: the last one before that 其中 in the sentence
        counted in the same unit (a rate between, 调解成功率N%；其中…, is no whole of counts) — or, where
        the part names its verb (其中甲乡调处M件), the last one of that verb (调处N件，调解成功K件，其中…)."""
        at = self.s.text.rfind("其中", 0, m.start)
        if at < 0 or re.search(BREAKDOWN_ENDS, self.s.text[at:m.start]):
            return None     # (…其中维持N件；作为被告的…败诉M件: a semicolon ends the breakdown)
        # (…调处矛盾纠纷N件。其中，甲村调处M件: a sentence opening with 其中 breaks down the one before)
        opening = self.before[::-1] if not self.s.text[:at].strip(" 　，,：:") else []
        # (…N件（较上年减少M件），其中…: a change, or the year before's figure, is no whole either)
        found = [f for f in [*reversed(self.facts), *opening] if f.start - self.s.start < at
                 and f.unit == m.unit and f.kind != "change" and not f.prior]
        return next((f for f in found if verb and (f.verb == verb or not f.verb and verb in f.indicator)),
                    found[0] if found else None)

    def _indicator_first(self, m, core, clause, qual, prev: Fact | None):
        """``收到行政复议申请N件``, ``办结N件`` (borrows 行政复议申请)."""
        whole = self._whole(m, self.rules.ends_with_verb(core))
        if whole is not None and (prev is None or prev.start > whole.start):
            # 其中A局N件、其他部门M件: each item is a part of the whole, not of the item (or the rate)
            # before it
            prev = whole
        elif whole is None and prev is not None and prev.index in self._parts_of:
            # 受理投诉举报N件（其中投诉…、举报…）；办结M件: past the breakdown, the whole's noun again
            prev = self._parts_of[prev.index]
        if whole is not None and self.rules.is_body(core) and whole.kind == "level":
            # 其中县市场监管局N件: the whole's figure, of that body
            f = self._fact(m, whole.indicator, whole.noun, whole.verb, clause, qual, actor=core)
            f.scope = core
            return
        bare = self.rules.ends_with_verb(core)
        if prev is not None and prev.unit != m.unit and bare and len(core) - len(bare) <= 2:
            # …行政诉讼案件N件，镇长出庭应诉M次，败诉K件: a bare verb borrows from the nearest figure
            # before it in its own unit, past one of another unit
            prev = next((f for f in reversed(self.facts) if f.unit == m.unit and f.kind != "change"
                         and not f.prior), prev)
        verb = self.rules.starts_with_verb(core)
        part = self._breakdown_scope(core, m, prev)
        scope = part[0] if part else None
        if not core and prev and (adverb := self._adverb_written(m, prev)):
            # 新培育…N名，全县累计达到M名: the thing borrowed, with the word that makes it a total
            # (累计, 平均 — verb_adverbs.txt), never the other figure's own verb (新培育)
            label, noun, verb = adverb + self._thing_of(prev), self._thing_of(prev), ""
        elif not core and prev:
            label, noun, verb = prev.indicator, prev.noun, prev.verb
        elif part:
            # 收到投诉N件，其中市本级收到M件、街道收到K件: the part's noun is elided; it is the whole's
            # figure, of a part of the place (its scope), never 「市本级收到」
            verb = part[1]
            # (…新收案件N件，其中市政府本级新收M件: the whole's noun already holds the verb)
            label, noun = (prev.indicator if verb == prev.verb or verb in prev.noun else verb + prev.noun), prev.noun
        elif prev and prev.unit == m.unit and self.rules.ends_with_verb(core) \
                and len(core) - len(self.rules.ends_with_verb(core)) <= 2:
            # 办结 + 行政复议申请; but 保留N件、修改M件: a bare verb before names no noun to borrow
            bare = prev.verb and prev.noun == prev.verb
            thing = self._done_by_body(prev.noun) if not prev.verb else prev.noun
            label, noun = (core, "") if bare else (core + thing, thing)
            verb = self.rules.ends_with_verb(core)
            if not bare and verb not in self.rules.verbs and (split := self._around_last_verb(prev)):
                # 甲调解室受理纠纷N件，调解成功M件: how it came out, of the thing after the last verb before,
                # by the same subject (甲调解室调解成功纠纷)
                label, noun = split[0] + core + split[1], split[1]
        elif prev and not verb and prev.verb and prev in self.chain and not core.endswith(self.rules.rates):
            label, noun, verb = prev.verb + core, core, prev.verb   # 办理 + 政协提案
        elif prev and prev.unit == m.unit and len(core) <= 4 and "其中" in self.s.text[:m.start] \
                and prev.noun not in core and core not in prev.noun:
            # (其中…工资N万元 of 追发工资等待遇: a word the whole's noun holds names a part of it alone)
            # 其中维持N件 → 维持行政复议案件; 其中刑事案件N件 → 刑事法律援助案件 (one head noun)
            head = core[-2:] if len(core) > 2 and prev.noun.endswith(core[-2:]) else ""
            label, noun = core.removesuffix(head) + prev.noun, prev.noun
        else:
            label, noun = core, core[len(verb):]
            if not verb and (part := next((p for p in self.rules.lexicon.scope_parts
                                           if p in core[:len(p) + SCOPE_LEAD]), "")):
                # 市本级收到行政复议申请N件: the thing counted is after the part's verb, and is what the
                # figures after it borrow (受理M件 → 受理行政复议申请), never 「受理市本级收到…」
                rest = core[core.index(part) + len(part):]
                if (v := self.rules.starts_with_verb(rest)) and len(rest) > len(v):
                    noun, verb = rest[len(v):], v
        if self.actor and noun in self.rules.generic:
            label = self.actor.removeprefix("区").removeprefix("驻") + label
        rate_of = None
        if label.endswith(self.rules.rates):
            label, rate_of = self._name_rate(label)
            noun = label
        f = self._fact(m, label, noun, verb, clause, qual)
        f.rate_of = rate_of
        f.scope = scope or (prev.scope if prev and not core and "其中" in self.s.text[:m.start] else None)
        if whole is not None:
            self._parts_of[f.index] = whole

    def _done_by_body(self, noun: str) -> str:
        """全省各级复议机构新收申请 → 申请: the thing a body's verb takes, which a bare verb after it
        borrows (…N件，办结M件 → 办结申请, never 「办结各级复议机构新收…」); a place it was done in
        (在甲检测室开展…) is no body, and the noun stays whole."""
        endings = (*self.rules.lexicon.org_suffixes, *self.rules.lexicon.agent_endings)
        if _LIST_LEAD.match(noun):
            return noun
        # (1—6月办理…案件N件，全年办理M件: the period opening the first is its own, and its verb too)
        if (bare := _RUN_OF_MONTHS_START.sub("", noun)) != noun and (v := self.rules.starts_with_verb(bare)) \
                and len(bare) - len(v) >= 2:
            return bare[len(v):]
        # (the body's verb, not one inside its name — 某纠纷调解中心|受理 — and after a period it
        # names, 某中心1—9月|受理纠纷: the period is the first figure's, never the borrower's)
        at = self.rules.first_verb_at(noun)
        while at > 0:
            v = self.rules.starts_with_verb(noun[at:])
            if v and _RUN_OF_MONTHS_END.sub("", noun[:at]).endswith(endings) and len(noun) - at - len(v) >= 2:
                return noun[at + len(v):]
            at = self.rules.first_verb_at(noun, at + 1)
        return noun

    def _adverb_written(self, m: Mention, prev: Fact) -> str:
        """累计 of …N名，全县累计达到M名: an adverb of verb_adverbs.txt between the figure borrowing
        its noun and the one it borrows from, where that one's name holds more than its noun."""
        if prev.unit != m.unit or not self._thing_of(prev):
            return ""
        between = self.s.text[prev.end - self.s.start: m.start]      # (a mention counts from its sentence)
        return next((a for a in sorted(self.rules.lexicon.verb_adverbs, key=len, reverse=True) if a in between), "")

    def _around_last_verb(self, f: Fact) -> tuple[str, str] | None:
        """某调解组织调处矛盾纠纷 → (某调解组织, 矛盾纠纷): what stands before and after the
        last verb of a figure's name, or None where no thing follows it."""
        spans = [(i + len(v), i) for v in self.rules.verbs for i in [f.indicator.rfind(v)] if i >= 0]
        if not spans:
            return None
        end, start = max(spans)
        if len(f.indicator) - end < 2:
            return None
        # (the subject before it, where it is one: 排查|调处纠纷 ends in a verb there, no subject)
        subject = f.indicator[:start]
        lx = self.rules.lexicon
        verb_end = self.rules.ends_with_verb(subject) and not subject.endswith((*lx.org_suffixes, *lx.agent_endings))
        return ("" if verb_end else subject), f.indicator[end:]

    def _thing_of(self, f: Fact) -> str:
        """新培育“法律明白人” → “法律明白人”: the thing a figure counts, after the verb its name holds."""
        if f.noun and f.noun != f.indicator:
            return f.noun
        at = self.rules.first_verb_at(f.indicator, 0)
        verb = self.rules.starts_with_verb(f.indicator[at:]) if at >= 0 else ""
        return f.indicator[at + len(verb):] if verb and len(f.indicator) - at - len(verb) >= 2 else ""

    def _breakdown_scope(self, core: str, m: Mention, prev: Fact | None) -> tuple[str, str] | None:
        """市本级收到 / 街道收到 / 市本级受理 / 市本级 after 其中: (the part of the place a breakdown
        figure is of, its verb) when the words are that part and at most a verb: a part named in
        scope_parts.txt before any verb, or any words before the very verb the whole was counted
        with. The noun is the whole's."""
        if not prev or prev.unit != m.unit or prev.kind != "level" or "其中" not in self.s.text[:m.start]:
            return None
        for part in self.rules.lexicon.scope_parts:
            rest = core.removeprefix(part)
            if core.startswith(part) and (not rest or self.rules.ends_with_verb(rest) == rest):
                return part, rest or prev.verb
        # (…the very verb, or one the whole's indicator holds where a subject opens it: 各社区调委会
        # 调处纠纷N件，其中甲社区调处M件)
        verb = prev.verb if prev.verb and core.endswith(prev.verb) else self.rules.ends_with_verb(core)
        if verb and verb in prev.indicator and len(core) > len(verb):
            part = core[: -len(verb)]
            # (…but 其中“某某”联合检查M次: a way of acting before the verb is a kind of it, no part)
            if not self.rules.ends_with_verb(part) and prev.noun not in part \
                    and not part.endswith(tuple(self.rules.lexicon.actor_follow)):
                return part, verb
        return None

    def zeros(self):
        # (a zero is read by the first rule that reads it: the list's order; a whole, beside it, by its own)
        taken: dict[bool, list[tuple[int, int]]] = {False: [], True: []}
        for rule in self.rules.lexicon.zeros:
            for m in rule.pattern.finditer(self.s.text):
                if inside_quotes(self.s.text, m.start()) or any(a < m.end() and m.start() < b
                                                                for a, b in taken[rule.same]):
                    continue
                taken[rule.same].append(m.span())
                before = [f for f in self.facts if f.start - self.s.start < m.start()]
                # (the things counted before: 出庭应诉率N%，无一败诉 — the cases, not their rate)
                # (…nor a time limit: 制发文件N件，M日内报送备案，无一件被要求纠正 — the documents)
                counted = [f for f in before if f.unit != "%" and self.rules.lexicon.unit(f.unit).kind != "duration"] \
                    if rule.unit == "-" else before
                # (…and an outcome's, of those the cases, not an action's count: 应诉行政诉讼案件N件，
                # 局负责人出庭应诉M件，无一败诉)
                cases = [f for f in counted if f.indicator.endswith(tuple(self.rules.generic))] \
                    if "{prev}" in rule.template else []
                prev = (cases or counted)[-1] if counted else None
                x = m.groupdict().get("x") or ""
                label = rule.template.format(**{**m.groupdict(default=""), "x": x, "prev": prev.indicator if prev else "",
                                                   "noun": prev.noun if prev else ""})
                if prev is None and x and "{prev}" in rule.template:
                    label = m.group(0)[m.start("x") - m.start():]   # 无败诉案件 with nothing counted before
                    label = re.sub(r"^[，,；;]", "", label)
                unit = rule.unit if rule.unit != "-" else (prev.unit if prev else "件")
                clause = next(self.s.text[a:b] for a, b in split_clauses(self.s.text) if a <= m.start() < b)
                if rule.same:
                    # …N件，全部胜诉: the things counted before, every one of them (胜诉的… N件)
                    # (…of each the number before it counts: 收到司法建议、检察建议各N件，均已办结)
                    for f in [f for f in before if prev and f.start == prev.start and f.kind == "level"]:
                        self._add(Fact(f.value, f.unit, rule.template.format(x=x, prev=f.indicator, noun=f.noun),
                                       f.noun, x, f.actor, None, "level", self.s, self.s.start + m.start(),
                                       self.s.start + m.end(), m.group(0), clause, restated=True))
                        # (其中市本级受理N件，全部办结: every one of the part's, of that part too)
                        self.facts[-1].scope = f.scope
                    continue
                self._add(Fact(0, unit, label, x or label, "", None, None, "zero", self.s,
                                       self.s.start + m.start(), self.s.start + m.end(),
                                       m.group(0), clause))


SCOPE_LEAD = 2   # 厅本级, 市政府本级: a part of the place may follow the body's own short name
# 2023年为 / 2023年同期为: a year written out before a figure, the base of the change before it
LINK_VERBS = ("为", "是", "达", "达到", "")   # 成功率分别为…: the figures' verb names nothing of them
_OWN_TIME = re.compile(r"(?:19|20)\d{2}|本年|今年|当年|全年|同期|目前|现")   # a figure's own time named before it
_YEAR_ALONE = re.compile(r"((?:19|20)\d{2})年(?:同期)?(?:为|是)")   # 2023年为M: a year's figure of the one before
_YEAR_BASE = re.compile(r"(?:19|20)\d{2}年(?:同期)?(?:为|是)$")
# 「行政复议收案数：N件」: a label, a colon, then the figure alone — a line of a table written as text
LABEL_COLON = "：:"


def _labelled(spans: list[tuple[int, int]], text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Clause spans, a figure-less label before a colon joined to the figure that opens the next clause.

    Tables in these reports are often written as lines of 「指标：数值」; split at the colon, the
    figure would have no words to be named by. A clause after a colon that opens with words
    (「主要做法：一是……」) keeps its own."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and text[out[-1][1]:out[-1][1] + 1] in LABEL_COLON and text[out[-1][1]:a].strip() in LABEL_COLON \
                and any(m.start == a + len(text[a:b]) - len(text[a:b].lstrip()) for m in mentions) \
                and not any(out[-1][0] <= m.start < out[-1][1] for m in mentions):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# A table written as text: a header row of column names, then rows of labels and one value per
# column, the cells set apart by tabs, ideographic spaces, runs of spaces or bars (「项目｜数量」).
# A tab or a bar parts two cells each, so two side by side hold an empty cell between them (a
# figure not given, or a header's cell merged with the one before it) and the columns after it keep
# their place; a run of spaces is one gap however wide, as text laid out by eye is.
CELL_GAP = re.compile(r"\t|\u3000+| {2,}|\s*[｜|]\s*")
# the separators that keep an empty cell's place: a row of them short of the header's cells has
# left its last ones empty (the line's end stripped with them)
POSITIONAL = re.compile(r"[\t｜|]")
YEAR_COLUMN = re.compile(r"^((?:19|20)\d{2})年度?$")
BARE_NUMBER = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
BRACKETED = re.compile(r"[（(]([^（()）]{1,6})[）)]$")     # 收案（件）, 2024年（%）: the unit of a column or row
# 表一　N年度全县行政许可实施情况统计表: a numbered table's caption, and what it counts (行政许可)
CAPTION = re.compile(r"^表[一二三四五六七八九十\d]{1,3}[\s　、.．:：]*(?:(?:19|20)\d{2}年度?)?(?:全[省市县区镇乡])?"
                     r"([\u4e00-\u9fff]{2,8}?)(?:实施)?(?:情况)?(?:统计表|汇总表|一览表)")
# A numeral written as a row's number or an ordinal: at most three digits or Chinese numerals (a
# table of this genre has no thousandth row; a longer number is a figure)
NUMERAL = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
# 1 / 一 / （二） / 第3 / 2.: a row's number, which is no figure and names nothing
SERIAL = re.compile(rf"^[（(]?第?{NUMERAL}[）)]?[.．、]?$")
# 第2批 / 一季度: a numeral and what it counts, a part of the period or of the work reported
ORDINAL = re.compile(rf"^第?{NUMERAL}(.+)$")


def _lead_blanks(indent: str) -> int:
    """The empty cells a line's indent stands for: one a tab, or one for any other blank run."""
    return indent.count("\t") or (1 if indent else 0)


def _cells(text: str, indent: str = "") -> list[tuple[int, str]]:
    """The cells of a line laid out as a table row, with their offsets, empty cells kept as "";
    [] when it is prose (sentence punctuation, or fewer than two cells that are not empty). One
    space parts cells only where no wider gap does (「指标 2023年 2024年」), so 「发放资料N 份」 stays a
    phrase: its cells would not read as a row. Bars at both ends (「| 项目 | 数量 |」) frame the row
    and part nothing; the line's indent is its first cells, left empty."""
    body = text.rstrip("。")
    # (between bars a cell may hold a comma or a colon: 「暂扣、吊销许可证件，降低资质等级 | N」, 「其中：涉企检查」)
    prose = r"[。；;！？]" if re.search(r"\S\s*[｜|]\s*\S", body) else r"[，。；：,;:！？]"
    if not body or re.search(prose, re.sub(r"(?<=\d),(?=\d{3})", "", body)):   # 1,N00 is one number
        return []
    gap = CELL_GAP if CELL_GAP.search(body) else re.compile(r" ")
    out, pos = [(0, "")] * _lead_blanks(indent), 0
    for m in [*gap.finditer(body), None]:
        end = m.start() if m else len(body)
        piece = body[pos:end]
        out.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = m.end() if m else pos
    if re.match(r"[｜|]", body) and re.search(r"[｜|]$", body):
        out = out[1:-1]
    return out if sum(1 for _, c in out if c) >= 2 else []


BAR = re.compile(r"\s*[｜|]\s*")
# a rule drawn under a header (|---|---|, ———): no cells
RULE_LINE = re.compile(r"^[\s｜|:：\-—–=+_]+$")


def _bar_cells(text: str) -> list[str] | None:
    """The cells of a line set apart by bars, empty ones kept (a cell merged with the one before
    it, or the label column's, left blank under a header's first line): 「｜（件）｜（件）」 →
    ["", "（件）", "（件）"]. Bars at both ends (「| 项目 | 数量 |」) frame the row and part nothing."""
    body = text.strip().rstrip("。")
    if not BAR.search(body) or re.search(r"[，。；,;！？]", body):
        return None
    cells = [c.strip() for c in BAR.split(body)]
    if re.match(r"[｜|]", body) and re.search(r"[｜|]$", body):
        cells = cells[1:-1]
    return cells if len(cells) >= 2 else None


def _label_cells(kinds: list[str]) -> list[int] | None:
    """Which cells of a row are its labels, from what each holds (see ``_Table.kind``): every cell
    up to its last of words, when figures (or empty cells) alone follow it (「类别｜事项｜N」: several
    label columns); else its last cell, when it alone holds words (「N｜法律援助案件」: the label
    column on the right). None when the row is no row of figures: no figure, or words among them."""
    named = [j for j, k in enumerate(kinds) if k in ("words", "year")]
    if not named or "figure" not in kinds:
        return None
    last = named[-1]
    if "figure" in kinds[last + 1:]:
        return list(range(last + 1))
    if named == [len(kinds) - 1]:
        return [last]
    return None


def _joined(words: list[str]) -> str:
    """The words of a row's label columns, outer first, as one name: 行政复议 + 收案 → 行政复议收案;
    an outer label the inner one already holds is not said twice."""
    out = ""
    for w in words:
        out = w if out in w else out + w
    return out


# 1—9月 / 上半年 closing a body's name before its verb (某中心1—9月受理…): a period, no word of the body
_PERIOD = rf"(?:{MONTH_RUN}|[上下]半年|前三季度|第?[一二三四]季度)"
_RUN_OF_MONTHS_START = re.compile(rf"^{_PERIOD}")
_RUN_OF_MONTHS_END = re.compile(rf"(?:{_PERIOD}|全年)$")


@dataclass
class _RowLabel:
    """What a row's labels say of its figures (see ``_Table.row_label``)."""
    name: str = ""                 # the words naming them, before the column's
    period: int | None = None      # 2023年: the year they are of
    actor: str | None = None       # 县市场监管局: whose they are
    scope: str | None = None       # 甲镇, 一季度: the place or part they are of


@dataclass
class _CellFigure:
    """A figure read from a cell, and what its row and column say of it."""
    mention: Mention
    indicator: str
    period: int | None
    actor: str | None
    scope: str | None
    change: str | None = None      # increase / decrease: a 同比 column's change, not a level
    target: bool = False           # under a column of targets (目标值): what was planned, not done
    prior: bool = False            # under a column of the year before (上年立案): that year's figure


class _Table:
    """The table being read: the lines of its header (a header may take two lines: a group's
    name over the columns it spans, or the columns' units under their names), a unit given once
    for the whole table (「单位：件」), and what each column says of a cell under it."""

    def __init__(self, rules: _Rules):
        self.rules = rules
        self.lines: list[list[str]] = []    # the header's lines, top first
        self.unit: str | None = None        # 「单位：件」 above the table, or closing its title
        self.section = ""
        self.rows = 0                       # rows read under the header
        self.waited = False                 # the unit has waited a line for its table
        self.above: list[str] = []          # the label cells of the row before, for a merged one left empty
        self.subject = ""                   # what a numbered caption says the table counts (表一 …行政许可…统计表)
        lexicon = rules.lexicon
        self.blanks = set(lexicon.table_blanks)
        # 增长N% / −N%: a column of changes against the year before (同比): the row's change,
        # never a level of it nor a label
        self.changes = sorted(lexicon.changes, key=lambda kv: -len(kv[0]))
        words = "|".join(re.escape(w) for w, _ in self.changes)
        # (…in %, or in the row's own unit: 「-N件」, 「+M人」 under 变化)
        unit_alt = "|".join(re.escape(u.text) for u in sorted(lexicon.units, key=lambda u: -len(u.text)))
        self.change_cell = re.compile(
            rf"^(?P<w>{words})?\s*(?P<s>[+\-−])?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>%|{unit_alt})$")
        self.label_headings = set(lexicon.table_label_headings)
        self.units = {u.text for u in lexicon.units}
        cues = "|".join(map(re.escape, lexicon.table_unit_cues)) or "(?!)"
        # 「单位：件」 / 「（单位：万元）」 on a line of its own, or closing a table's title
        self.unit_line = re.compile(rf"^[（(]?(?:{cues})[：:]\s*([^（()）：:，。]{{1,8}}?)\s*[）)]?[。：:]?$")
        self.unit_end = re.compile(rf"[（(](?:{cues})[：:]\s*([^（()）：:，。]{{1,8}}?)\s*[）)][。：:]?$")

    def end(self):
        """A line of prose: the table, if any, is over. A unit given above a table's header waits
        for the header through one line (the table's title), no further."""
        if self.lines or self.rows or self.waited:
            self.unit = None
        self.waited = self.unit is not None
        self.lines, self.rows, self.above = [], 0, []

    def given_unit(self, sentence: Sentence) -> tuple[str, bool] | None:
        """(the unit, whether the line says nothing else) when the line gives a table's unit; the
        unit is "" when it names several (「单位：件、%」): which cell takes which is a guess."""
        text = sentence.text.strip()
        m = self.unit_line.match(text)
        whole = bool(m)
        m = m or self.unit_end.search(text)
        if not m:
            return None
        unit = m.group(1).strip().replace("％", "%")
        # 「单位：户次、万元」: several units, each a column's by its heading (see _column_unit)
        several = [u.strip() for u in re.split(r"[、,，/]", unit) if u.strip()]
        if len(several) > 1 and all(self._known(u) for u in several):
            return "、".join(several), whole
        return (unit if self._known(unit) else ""), whole

    def _column_unit(self, parts: list[str], given: str | None) -> str | None:
        """The unit of a column under a table given several (户次、万元): money for a heading naming
        an amount (金额, 罚款, 资金 …: a unit ending in 元), a share for one ending in 率, else the one
        unit left that is neither."""
        if not given or "、" not in given:
            return given
        units = given.split("、")
        heading = "".join(parts)
        money = [u for u in units if u.endswith("元")]
        rest = [u for u in units if not u.endswith("元") and u != "%"]
        if any(w in heading for w in self.rules.lexicon.table_amount_headings):
            return money[0] if len(money) == 1 else None
        if heading.endswith("率") or "%" in heading:
            return "%" if "%" in units else None
        return rest[0] if len(rest) == 1 else None

    def _known(self, unit: str) -> bool:
        """件, %, 万元: a unit of the lexicon, or one scaled by 万/亿."""
        units = self.units | {"%"}
        return unit in units or unit[:1] in "万亿" and unit[1:] in units

    def start(self, section: str, unit: str, caption: str = ""):
        self.lines, self.rows, self.unit, self.section, self.waited = [], 0, unit or None, section, False
        self.above = []
        m = CAPTION.match(caption)
        self.subject = m.group(1) if m else ""

    def _unit_of(self, cell: str) -> str | None:
        """收案（件） / （件） / 件: the unit a header cell or a row's label gives."""
        m = BRACKETED.search(cell)
        unit = (m.group(1) if m else cell).replace("％", "%").strip()
        cue = next((c for c in self.rules.lexicon.table_unit_cues if unit.startswith(c)), "")
        unit = unit[len(cue):].lstrip("：:") if cue else unit      # 数量（单位：件）
        if not m and not self._known(unit):
            # 检查户次 / 出动人次: a heading ending in a unit of two characters or more, unbracketed
            # (one character, 处 or 所, may end a body's name: 监督处)
            return next((u for u in sorted(self.units, key=len, reverse=True)
                         if len(u) >= 2 and unit.endswith(u) and len(unit) - len(u) >= 2), None)
        return unit if self._known(unit) else None

    def _whole(self, cell: str) -> Mention | None:
        """The one figure a cell holds when it holds nothing else (N件, N%)."""
        found = [m for m in find_mentions(cell, self.rules.mentions) if not m.suffix]
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(cell):
            return found[0]
        return None

    def _value(self, cell: str, at: int, unit: str | None) -> Mention | None:
        """The figure a cell holds when it holds a figure and nothing else: N件, N%, or a bare N
        under a column, in a row or in a table whose unit is given."""
        if m := self._whole(cell):
            return Mention(at + m.start, at + m.end, m.value, m.unit, m.approximate, m.low)
        if BARE_NUMBER.match(cell) and unit:
            return Mention(at, at + len(cell), parse_number(cell), unit)
        return None

    def _change(self, cell: str, at: int, row, column: str = "") -> _CellFigure | None:
        """增长N% / −N% / -N件 under a 同比 or 变化 column: the row's change on the year before, in %
        or in the unit written after it."""
        m = self.change_cell.match(cell)
        word = m.group("w") or ""
        direction = next((d for w, d in self.changes if w == word), None) if word else \
            ("decrease" if m.group("s") in ("-", "−") else "increase" if m.group("s") else None)
        if direction is None or not row.name:
            return None            # a bare N% is no change said, whatever its column
        value = parse_number(m.group("n"))
        said = word or ("增长" if direction == "increase" else "下降")
        said = said if said.startswith(column) else column + said       # 同比 + 增长
        return _CellFigure(Mention(at + m.start("n"), at + m.end(), value, m.group("u")), row.name + said, row.period,
                           row.actor, row.scope, change=direction)

    def kind(self, cell: str) -> str:
        """What a cell holds: "blank" (empty, —, /: no figure, but a column's place), "year"
        (2023年), "figure" (N件, a bare N) or "words" (a label, 第2批)."""
        if not cell or cell in self.blanks:
            return "blank"
        if (m := self.change_cell.match(cell)) and (m.group("w") or m.group("s")):
            return "change"        # (a bare N% is a level)
        if YEAR_COLUMN.match(BRACKETED.sub("", cell).strip()):
            return "year"
        return "figure" if BARE_NUMBER.match(cell) or self._whole(cell) else "words"

    def is_header(self, cells: list[str]) -> bool:
        return any(cells) and all(not re.search(r"\d", c) or YEAR_COLUMN.match(BRACKETED.sub("", c))
                                  for c in cells)

    def add_header(self, cells: list[str], section: str):
        """A header line: the first of a new header after rows, else one more line of this one."""
        if self.rows or self.section != section:
            self.lines, self.rows = [], 0
            if self.section != section:
                self.unit = None
        self.lines.append(cells)
        self.section = section
        self.above = []

    def _unlabelled(self, line: list[str]) -> bool:
        """A header line none of whose cells heads a label column (table_label_headings.txt): one
        cell short of its rows, it is the label column's cell it leaves out (「2023年　2024年」)."""
        return not any(BRACKETED.sub("", c).strip() in self.label_headings for c in line)

    def _groups(self, line: list[str], values: int, width: int, left: bool) -> list[str] | None:
        """A header line above another with fewer cells: group names, each spanning as many
        columns of figures (its first cell the label columns', unless all its cells are years)."""
        k = len(line)
        if all(YEAR_COLUMN.match(BRACKETED.sub("", c)) for c in line) and values % k == 0:
            label, groups = "", line          # 2023年 2024年 over the columns, the label column's cell blank
        elif k >= 2 and values % (k - 1) == 0:
            label, groups = (line[0], line[1:]) if left else (line[-1], line[:-1])
        else:
            return None
        span = values // len(groups)
        spread = [g for g in groups for _ in range(span)]
        labels = [label] + [""] * (width - 1)
        return labels + spread if left else spread + labels[::-1]

    def _spread(self, line: list[str], last: bool, n: int, width: int, left: bool) -> list[str] | None:
        """What one header line says over each of a row's ``n`` cells, ``width`` of them labels
        on the ``left`` or right; None when the line does not fit the row (see ``columns``)."""
        if len(line) < n and not last and left and "" in line[1:]:
            line = line + [""] * (n - len(line))      # a merged cell closing a line of tabs: its blanks stripped
        pad = [""] * width
        if len(line) == n:
            return list(line)
        if len(line) == n - width and last and (len(self.lines) > 1 or self._unlabelled(line)):
            return pad + line if left else line + pad
        return None if last else self._groups(line, n - width, width, left)

    def columns(self, n: int, width: int = 1, left: bool = True) -> list[list[str]] | None:
        """What the header says over each of a row's ``n`` cells, top line first; None when its
        lines do not fit the row. One line must have a cell per column. The last may leave the
        label columns out (「｜（件）｜（件）」 under 「类别｜收到｜办结」), and a header of one line
        may too when none of its cells heads a label column (「　2023年　2024年」); a line above
        another with fewer cells names groups, each spanning as many columns (its first cell the
        label columns', unless all its cells are years); a blank cell of a line above another is
        the cell before it, merged (「行政复议｜｜行政诉讼｜」)."""
        if not self.lines:
            return None
        cols: list[list[str]] = [[] for _ in range(n)]
        labels = set(range(width)) if left else set(range(n - width, n))
        for depth, line in enumerate(self.lines):
            last = depth == len(self.lines) - 1
            spread = self._spread(line, last, n, width, left)
            if spread is None:
                return None
            if not last:        # a merged cell of a group line spans the blanks after it
                for j in range(1, n):
                    if not spread[j] and spread[j - 1] and j not in labels and j - 1 not in labels:
                        spread[j] = spread[j - 1]
            for j, c in enumerate(spread):
                if c:
                    cols[j].append(c)
        return cols

    def _fit(self, sentence: Sentence, cells: list[tuple[int, str]], width: int, left: bool):
        """(the header's columns over the row, the row's cells): a row of tabs or bars short of
        the header's cells has left its last ones empty, and is read with them. The header is as
        wide as its widest line, or as its last and the label cells when that line opens with a
        cell of its own (it has left the label column's out)."""
        if not self.lines or self.section != sentence.section:
            return None, cells
        header = self.columns(len(cells), width, left)
        if header is None and left and POSITIONAL.search(sentence.text):
            wide = max(len(x) for x in self.lines)
            widths = [wide, len(self.lines[-1]) + width] if self.lines[-1][0] else [wide]
            for n in sorted(set(widths)):
                if n > len(cells) and (header := self.columns(n, width, left)):
                    return header, cells + [(len(sentence.text), "")] * (n - len(cells))
        return header, cells

    def _numbered(self, cell: str, sentence: Sentence) -> bool:
        """A row's first cell is its number (1, 2), no figure, under a header whose first cell
        heads a label column (序号, 季度: table_label_headings.txt)."""
        heading = BRACKETED.sub("", self.lines[0][0]).strip() if self.lines and self.lines[0] else ""
        return bool(SERIAL.match(cell)) and self.section == sentence.section and heading in self.label_headings

    def _place(self, label: str) -> bool:
        """甲镇, 乙街道, 市本级: a place a row's figures are of; 全县 (a light word) is the whole."""
        lexicon = self.rules.lexicon
        if label in lexicon.scope_parts:
            return True
        return label not in lexicon.light_words and any(
            label.endswith(e) and len(label) > len(e) for e, role in lexicon.table_row_labels if role == "place")

    def _part(self, label: str) -> bool:
        """第2批, 一季度: a numeral and a unit or a part word of table_row_labels.tsv."""
        m = ORDINAL.match(label)
        parts = {e for e, role in self.rules.lexicon.table_row_labels if role == "part"}
        return bool(m) and (m.group(1) in parts or m.group(1) in self.units)

    def _body(self, label: str) -> bool:
        """县市场监管局, 法律援助中心: a body, by an organisation's ending; a label opening with a verb
        names what was done (检查经营场所: 所 ends a place checked, not a body)."""
        return self.rules.is_body(label) and not self.rules.starts_with_verb(label)

    def row_label(self, labels: list[str]) -> _RowLabel:
        """What a row's label cells say of its figures. A year is the figures' period; a part (第2批)
        or a place (甲镇) what they are of, and a body (县市场监管局) whose: the column then names
        them. A row's number (1, 一) names nothing, unless nothing else labels the row. Other words
        name the figures, before the column's words."""
        out, words, scopes = _RowLabel(), [], []
        given = [BRACKETED.sub("", x).strip() for x in labels]
        given = [x for x in given if x]
        for i, label in enumerate(given):
            if year := YEAR_COLUMN.match(label):
                out.period = int(year.group(1))
            elif SERIAL.match(label):
                if i == len(given) - 1:
                    scopes.append(label)
            elif self._part(label) or self._place(label):
                scopes.append(label)
            elif self._body(label):
                out.actor = label
            else:
                words.append(label)
        out.name, out.scope = _joined(words), "".join(scopes) or None
        return out

    def _column(self, parts: list[str]) -> tuple[int | None, str]:
        """(the year, the words) a column's header cells say of the figures under it: a cell that
        is the column's unit alone (（件）) or a heading of table_headings.txt (数量) says nothing."""
        period, named = None, ""
        for p in parts:
            bare = BRACKETED.sub("", p).strip()
            unit = self._unit_of(p)
            if unit and (bare == unit or not bare or bare == p and not bare.endswith(unit)):
                continue
            if unit and bare == p and len(bare) > len(unit):
                bare = bare.removesuffix(unit)      # 检查户次: the words 检查, its unit 户次
            if year := YEAR_COLUMN.match(bare):
                period = int(year.group(1))
            elif bare not in self.rules.lexicon.table_headings and bare not in self.rules.lexicon.table_targets:
                named += bare
        return period, named

    def _unit_column(self, parts: list[str]) -> bool:
        """A column headed by a unit cue alone (单位, 计量单位: table_unit_cues.txt): its cells are
        the rows' units."""
        return any(BRACKETED.sub("", p).strip() in self.rules.lexicon.table_unit_cues for p in parts)

    def _targets(self, parts: list[str]) -> bool:
        """A column of targets (目标值, 计划数: table_targets.txt): its figures were planned, not done."""
        return any(BRACKETED.sub("", p).strip() in self.rules.lexicon.table_targets for p in parts)

    def _labels(self, cells: list[tuple[int, str]], kinds: list[str], at: list[int]) -> list[str] | None:
        """The row's label cells, one left empty taking the one above it (a cell merged down the
        rows it spans: 「行政执法｜行政检查｜N」 then 「｜行政处罚｜M」); None when a figure stands among
        them that is no row's number."""
        if any(kinds[j] == "figure" and not SERIAL.match(cells[j][1]) for j in at):
            return None
        labels = ["" if kinds[j] == "blank" else cells[j][1] for j in at]
        if "" in labels and len(self.above) == len(labels):
            labels = [x or above for x, above in zip(labels, self.above)]
        return labels

    def _one_row(self, cells: list[tuple[int, str]], kinds: list[str]) -> list[_CellFigure] | None:
        """「申请数量｜受理数量」 over 「N｜M」: a table of one row and no label column, each column's
        name its figure's (in the column's unit, else the table's); None when a cell is no figure."""
        out = []
        for (pos, cell), head, kind in zip(cells, self.lines[-1], kinds):
            name = BRACKETED.sub("", head).strip().removeprefix("其中").lstrip("：:")
            if kind == "blank" or not name:
                continue
            m = self._value(cell, pos, self._unit_of(head) or self.unit)
            if m is None:
                return None
            out.append(_CellFigure(m, self.named(name), None, None, None))
        return out

    def named(self, name: str) -> str:
        """A row's or column's name, with what the table's numbered caption says it counts where the
        name does not (表一 …行政许可实施情况统计表: 申请数量 → 行政许可申请数量)."""
        return name if not self.subject or self.subject in name else self.subject + name

    def read(self, sentence: Sentence, cells: list[tuple[int, str]]) -> list[_CellFigure] | None:
        """The figures of a row's cells; None when the line is no row.

        The row's labels are its cells up to its last of words (several label columns), or its
        last cell alone (「N件｜法律援助案件」): see ``_label_cells``. A column is clear when the
        header fits the row (see ``columns``): under a year (2023年) the cell is the row's figure
        of that year; under a word of table_headings.txt the row's figure; under any other words
        the row's and the words' (安全生产 + 检查, 行政复议 + 收案). What the labels say of the
        row's figures is ``row_label``'s. An empty cell, or one of table_blanks.txt (—), holds no
        figure. A row of one value needs no header; a row of several without one is skipped: which
        figure is which is a guess, and so are several label columns. A bare number takes the
        unit of its row, else of its column, else of the table."""
        kinds = [self.kind(c) for _, c in cells]
        if kinds[0] == "figure" and self._numbered(cells[0][1], sentence):
            kinds[0] = "words"
        if set(kinds) <= {"figure", "blank"} and self.lines and not self.rows \
                and len(self.lines[-1]) == len(cells) and self.section == sentence.section:
            return self._one_row(cells, kinds)
        # 「甲社区｜52｜51｜物业、邻里」: words after the last figure of a row labelled on its left are a
        # note on the row (its main kinds of dispute), naming no figure
        figures = [j for j, k in enumerate(kinds) if k in ("figure", "change")]
        if figures and kinds[0] in ("words", "year") and "words" in kinds[figures[-1] + 1:]:
            kinds = kinds[:figures[-1] + 1] + ["blank" if k == "words" else k for k in kinds[figures[-1] + 1:]]
        at = _label_cells(kinds)
        if at is None:
            return None
        left = at[0] == 0
        header, cells = self._fit(sentence, cells, len(at), left)
        kinds += ["blank"] * (len(cells) - len(kinds))
        # 「指标｜单位｜2024年｜2025年」: a label column headed 单位 gives each row's unit, not its name
        by_column = [j for j in at if header and self._unit_column(header[j]) and self._known(cells[j][1].strip())]
        at = [j for j in at if j not in by_column]
        labels = self._labels(cells, kinds, at) if at else None
        if labels is None or len(at) > 1 and header is None:
            return None
        row = self.row_label(labels)
        row_unit = next((u for x in labels if BRACKETED.search(x) and (u := self._unit_of(x))), None) \
            or next((cells[j][1].strip() for j in by_column), None)
        table_unit = self.unit if self.section == sentence.section else None
        out = []
        for j, (pos, cell) in enumerate(cells):
            if j in at or j in by_column or kinds[j] == "blank":
                continue
            if kinds[j] == "change":
                _, named = self._column(header[j] if header else [])
                if (fig := self._change(cell, pos, row, named)) is not None:
                    out.append(fig)
                continue
            parts = header[j] if header else []
            col_unit = next((u for p in reversed(parts) if (u := self._unit_of(p))), None)
            m = self._value(cell, pos, row_unit or col_unit or self._column_unit(parts, table_unit))
            if m is None:
                return None          # a bare number no unit is given for: no row of figures
            period, named = self._column(parts)
            # (上年立案（件）: a column of the year before, its figures that year's of the words after 上年)
            lead = self.rules.year_before_lead.match(named) if self.rules.year_before_lead and named else None
            named = named[lead.end():] if lead and len(named) > lead.end() else named
            if row.name + named:     # neither the row nor the column naming it: no figure to name
                out.append(_CellFigure(m, self.named(row.name + named), period or row.period, row.actor, row.scope,
                                       target=self._targets(parts), prior=bool(lead)))
        if kinds.count("figure") > 1 and header is None:
            return []                # figures side by side with no header to tell them apart
        self.above = labels if left else []
        return out


def _read_table_line(table: _Table, sentence: Sentence, ex: _SentenceExtractor) -> bool:
    """A line of a table: its unit and header are kept for the rows after it, its cells are
    facts. False when the sentence is prose."""
    if given := table.given_unit(sentence):
        table.start(sentence.section, given[0], sentence.text.strip())
        return given[1]
    if RULE_LINE.match(sentence.text):
        return True
    cells = _cells(sentence.text, sentence.indent)
    bars = _bar_cells(sentence.text)
    if not cells:
        # 「｜（件）」: the second line of a header may hold one cell beside a blank
        if bars and table.lines and not table.rows and table.is_header(bars):
            table.add_header(bars, sentence.section)
            return True
        table.end()
        return False
    got = table.read(sentence, cells)
    if got is None:
        if table.is_header([c for _, c in cells]):
            table.add_header([c for _, c in cells], sentence.section)
            return True
        table.end()
        return False
    table.rows += 1
    for fig in got:
        f = ex._fact(fig.mention, fig.indicator, fig.indicator, "", sentence.text, fig.change, fig.actor)
        f.period, f.scope, f.target, f.prior = fig.period, fig.scope, fig.target, fig.prior
        if fig.change:
            f.kind = "change"
    return True


def extract_facts(sentences: list[Sentence], lexicon: Lexicon, default_actor: str | None = None,
                  sections: list | None = None) -> list[Fact]:
    """All numeric facts of a report, in reading order, numbered from 1.

    ``default_actor`` is whose figures a sentence naming no actor reports (the publishing
    department of a department's report); region-level reports pass None. ``sections``: the
    report's parts, whose titles may say whose figures a part's brackets hold (括号内为上年数据), or
    whose they all are (a part titled 【甲区】 alone).
    """
    titles = {x.id: x.title for x in sections or ()}
    rules = _Rules(lexicon)
    table = _Table(rules)
    out: list[Fact] = []
    legend: tuple | None = None     # (section, year or None for the year before) of 括号内为2022年数据
    for sentence in sentences:
        if m := _BRACKET_LEGEND.search(sentence.text) or _BRACKET_LEGEND.search(titles.get(sentence.section, "")):
            legend = (sentence.section, int(m.group(1)) if m.group(1) else None)
        elif legend and legend[0] != sentence.section:
            legend = None
        # read the digits normalised (１２，６００ → 12,600, the same length); cite the text as written
        norm = replace(sentence, text=normalise_digits(sentence.text))
        last = out[-1].sentence if out else None
        before = [f for f in out if f.sentence is last and f.kind == "level"] \
            if last and (last.paragraph, last.section) == (sentence.paragraph, sentence.section) else []
        # (【甲区】… / （二）乙镇: a part titled by a place or a body alone is that one's figures)
        title = titles.get(sentence.section, "").strip()
        own = title if title and (rules.is_place(title) or rules.is_body(title)) else default_actor
        ex = _SentenceExtractor(norm, rules, len(out), own, before)
        if _read_table_line(table, norm, ex):
            if legend:
                _bracketed_of(legend[1], ex.facts, norm)
            out.extend(_cited(ex.facts, sentence, norm))
            continue
        mentions = find_mentions(norm.text, rules.mentions)
        for cstart, cend in _labelled(split_clauses(norm.text), norm.text, mentions):
            inside = [m for m in mentions if cstart <= m.start < cend]
            if inside:
                ex.clause(cstart, cend, inside)
            else:
                ex.subject(norm.text[cstart:cend])
        ex.zeros()
        if legend:
            _bracketed_of(legend[1], ex.facts, norm)
        out.extend(_cited(ex.facts, sentence, norm))
    return out


# 附：主要数据（括号内为2022年数据）/ （括号内为上年数)：a legend saying whose figures the brackets hold
_BRACKET_LEGEND = re.compile(r"括号内(?:的)?(?:数字|数据|数值|数)?(?:为|是)(?:(\d{4})年|上年|去年|上一年)")


def _bracketed_of(year: int | None, facts: list[Fact], sentence: Sentence) -> None:
    """Under a legend, N次（M次）: M right after N, in brackets and the same unit, is the same
    indicator's figure of the legend's year (or of the year before)."""
    for prev, f in itertools.pairwise(facts):
        between = sentence.text[prev.end - sentence.start: f.start - sentence.start]
        if between.strip() in ("（", "(") and f.unit == prev.unit:
            f.indicator, f.noun, f.verb = prev.indicator, prev.noun, prev.verb
            if year is None:
                f.prior = True
            else:
                f.period = year


def _cited(facts: list[Fact], sentence: Sentence, norm: Sentence) -> list[Fact]:
    """Facts read from the normalised sentence, citing the text as written."""
    if norm.text != sentence.text:
        for f in facts:
            f.sentence = sentence
            f.mention = sentence.text[f.start - sentence.start: f.end - sentence.start]
            if (at := norm.text.find(f.clause)) >= 0:
                f.clause = sentence.text[at: at + len(f.clause)]
    return facts
