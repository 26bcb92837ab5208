"""Numbers with their units in a sentence, and the clauses a sentence splits into.

A mention is a figure as written: Arabic digits (with thousands separators, normalised
from full width first), Chinese numerals (三千余, 九十点六), written-out percentages (百分之…),
the two ends of a range (1-2个工作日) and counter spans (连续四年); names in quotes
(“三项制度”) and dates (3月15日) are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.lexicon import Lexicon, Unit
from kg.numbers import parse_number

CLAUSE_END = "，；：。！？,;:!?"
OPEN_QUOTES, CLOSE_QUOTES = "“《「『", "”》」』"
_CN_START = "一二两三四五六七八九十"
_CN_BODY = "零一二两三四五六七八九十百千万"
# 九十点六; and 百余/千余/万余, a round approximate count written without its digit
_CN_NUMERAL = rf"(?:[{_CN_START}][{_CN_BODY}]*(?:点[零一二三四五六七八九]+)?|[百千万](?=[余多]))"
# A Chinese numeral with a place (十/百/千/万) is a quantity before any unit (三千余人次);
# a bare digit (两, 三) only before the units that take one (两轮, 三次) — elsewhere it is idiom.
_CN_PLACES = "十百千万"
# 1-2个工作日 / 5至8次: the low end of a range, written without its unit
RANGE_LOW = re.compile(r"(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:-|－|—|–|～|~|至|到)\s*$")
# 三至五个工作日 / 十到十五次: the low end written in Chinese numerals (第三至五 is a span of ordinals)
RANGE_LOW_CN = re.compile(rf"(?<![第{_CN_BODY}])([{_CN_START}][{_CN_BODY}]*)\s*(?:至|到|－|—|～|~)\s*$")
# 第三至五次 / 第3-5次: the high end of a span of ordinals is an ordinal too, not a count
ORDINAL_RANGE = re.compile(rf"第(?:\d+|[{_CN_BODY}]+)\s*(?:-|－|—|–|～|~|至|到)\s*$")


@dataclass
class Mention:
    start: int  # offsets within the sentence
    end: int
    value: int | Decimal
    unit: str
    approximate: bool = False
    low: tuple | None = None   # a range's low end: (value, start, end, start of the high end)
    suffix: str = ""           # a counter span (连续四年): the indicator ending it names


class MentionPatterns:
    """The units and numeral names of the lexicon compiled into the patterns that find figures."""

    def __init__(self, lexicon: Lexicon):
        units = "|".join(_unit_pattern(u) for u in lexicon.units)
        self.cn_units = {u.text for u in lexicon.units if u.chinese_numerals}
        # 增长一倍: a multiple is never the idiomatic 一 (一次性, 一批) that a bare 一 otherwise is
        self.ratio_units = {u.text for u in lexicon.units if u.kind == "ratio"}
        # 1.2万件: a 万/亿 before any unit scales it, and is kept in the unit as written;
        # 1,850件 and 2 轮 (a space, as converted documents have) are one mention
        self.arabic = re.compile(
            rf"(?<![\d.,A-Za-z第])(\d+(?:,\d{{3}})*(?:\.\d+)?) ?(万|亿)?(余|多)?((?:{units})|％)")
        names = "|".join(map(re.escape, lexicon.numeral_names)) or "(?!)"
        # (无一例, 无一件: none at all, no count of one — see zeros.tsv)
        self.chinese = re.compile(
            rf"(?<![第无\d.{_CN_BODY}])({_CN_NUMERAL})(余|多)?({units})(?![性是])(?!{names})")
        self.percent = re.compile(rf"百分之({_CN_NUMERAL}|百)")
        self.scales = lexicon.unit_scales      # 成 → %: 七成 is 70%
        self.counters = [(re.compile(rf"{re.escape(prefix)}(\d+|{_CN_NUMERAL}){re.escape(unit)}"), unit, suffix)
                         for prefix, unit, suffix in lexicon.counters]



ONE_ENDS = frozenset("，。；、,;")   # where a clause ends: 一 + counter right before it is a count
ONE_IDIOMS = frozenset("起道同样般")  # …but 在一起, 一道 (together) and the like are idioms wherever they stand

def inside_quotes(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES and depth:
            depth -= 1
    return depth > 0


def _unit_pattern(unit: Unit) -> str:
    """A unit, and what must not follow it (2市 is a count, 市民 is not)."""
    return re.escape(unit.text) + (f"(?![{unit.not_before}])" if unit.not_before else "")


def find_mentions(text: str, rules: MentionPatterns) -> list[Mention]:
    """Every number+unit in ``text`` that states a quantity (not a name in quotes).

    ``text`` has its digits normalised (:func:`kg.numbers.normalise_digits`).
    """
    found = []
    taken: list[tuple[int, int]] = []
    for pattern, unit, suffix in rules.counters:       # 连续四年: a span, not a quantity of 年 alone
        for m in pattern.finditer(text):
            if not inside_quotes(text, m.start()):
                found.append(Mention(m.start(), m.end(), parse_number(m.group(1)), unit, suffix=suffix))
                taken.append((m.start(), m.end()))
    for m in rules.arabic.finditer(text):
        if inside_quotes(text, m.start()):
            continue
        unit = (m.group(2) or "") + ("%" if m.group(4) == "％" else m.group(4))
        if unit in ("日", "号") and text[:m.start()].endswith("月"):
            continue  # a date (3月15日), not a duration
        if ORDINAL_RANGE.search(text[:m.start()]):
            continue
        start, low = m.start(), None
        if r := RANGE_LOW.search(text[:m.start()]):
            start, low = r.start(), (parse_number(r.group(1)), r.start(), r.start() + len(r.group(1)), m.start())
        found.append(Mention(start, m.end(), parse_number(m.group(1)), unit, bool(m.group(3)), low))
    for m in rules.percent.finditer(text):
        if not inside_quotes(text, m.start()):
            found.append(Mention(m.start(), m.end(), parse_number(m.group(1)), "%"))
            taken.append((m.start(), m.end()))
    for m in rules.chinese.finditer(text):
        numeral, unit = m.group(1), m.group(3)
        if inside_quotes(text, m.start()) or any(a <= m.start() < b for a, b in taken) \
                or ORDINAL_RANGE.search(text[:m.start()]):
            continue
        if numeral == "一" and unit not in rules.ratio_units and not (
                text[m.end():m.end() + 1] in ONE_ENDS and unit not in ONE_IDIOMS
                and re.search(r"[\u4e00-\u9fff]$", text[:m.start()])):
            # 一 alone is idiom (一次性, 一起, 一批) far more often than a count; 增长一倍 is not, nor a
            # thing's count closing its clause (组建…调解队一支。建成…小广场一处，)
            continue
        placed = any(c in numeral for c in _CN_PLACES) and (len(numeral) > 1 or m.group(2))
        if unit not in rules.cn_units and not placed:
            continue
        start, low = m.start(), None
        if r := RANGE_LOW_CN.search(text[:m.start()]):
            try:
                low = (parse_number(r.group(1)), r.start(), r.start() + len(r.group(1)), m.start())
                start = r.start()
            except ValueError:
                low = None
        scale = ""
        if numeral[-1] in "万亿" and len(numeral) > 1:
            # 二百一十万元 as 210万元 is written in digits: the 万 scales the unit, kept in it as written
            numeral, scale = numeral[:-1], numeral[-1]
        found.append(Mention(start, m.end(), parse_number(numeral), scale + unit, bool(m.group(2)), low))
    return sorted((_scaled(m, text, rules, found) for m in found), key=lambda x: x.start)


# 八成五 / 八成半: the digit after a unit of tenths is its next place (85%)
_NEXT_PLACE = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "半": 5}


def _scaled(m: Mention, text: str, rules: MentionPatterns, found: list[Mention]) -> Mention:
    """A figure in a unit stated as another's multiple (unit_scales.tsv) in that other unit:
    七成 → 70%, 八成五 → 85% (the mention then ends after the 五), 8.5成 → 85%."""
    if m.unit not in rules.scales or m.suffix:
        return m
    unit, factor = rules.scales[m.unit]
    value, end = Decimal(m.value) * factor, m.end
    digit = text[end:end + 1]
    if digit in _NEXT_PLACE and text[end + 1:end + 2] not in _CN_BODY + "成" \
            and not any(o.start == end for o in found):
        value += Decimal(_NEXT_PLACE[digit]) * factor / 10
        end += 1
    value = int(value) if value == value.to_integral_value() else value.normalize()
    low = m.low and (Decimal(m.low[0]) * factor, *m.low[1:])
    if low:
        low = (int(low[0]) if low[0] == low[0].to_integral_value() else low[0].normalize(), *low[1:])
    return Mention(m.start, end, value, unit, m.approximate, low, m.suffix)


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")   # 2,340: a comma inside a number ends no clause


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans, split at punctuation outside quotes (and not at a number's thousands comma)."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES and depth:
            depth -= 1
        elif ch in CLAUSE_END and depth == 0 and not _THOUSANDS.match(text, max(i - 1, 0)):
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans
