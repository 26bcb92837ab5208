"""Split a report into its numbered sections, paragraphs and sentences.

Offsets are character offsets into the report text exactly as stored, so a
reader can always find the sentence a fact came from.

Headings are recognised by their form alone (一、 / （一） / 1. / （1） / 第一部分),
never by their words; how deep a form sits is the order in which the report
first uses it, so 第一部分 → 一、 → （一） and 一、 → （一） → 1. both nest right.
A heading may carry its first body sentence on the same line
(「一、强化组织领导。市政府主要负责人……」): the title ends at the first full stop.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.lexicon import Lexicon
from kg.numbers import chinese_to_int

_CN = "一二三四五六七八九十"
# form name → pattern (group 1: the number, group 2: the rest of the line)
HEADING_FORMS: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(rf"^第([{_CN}]+)(?:部分|章)[\s\u3000、，,：:]*(.*)$")),
    ("cn", re.compile(rf"^([{_CN}]+)、\s*(.+)$")),
    ("paren_cn", re.compile(rf"^[（(]([{_CN}]+)[）)]\s*(.+)$")),
    ("digit", re.compile(r"^(\d{1,2})[.．、](?![\d.．])\s*(.+)$")),
    ("paren_digit", re.compile(r"^[（(](\d{1,2})[）)]\s*(.+)$")),
    # 【依法决策，提升行政效能】: a title in lenticular brackets, numbered by its place (group 1 empty)
    # (never a page's controls or fields: 【大】【中】【小】, 【打印本页】, 【发布时间：…】 — a title of two
    # characters or more, no colon in it, no second bracket right after it)
    ("bracket", re.compile(r"^【()([^【】：:]{2,30})】(?![ \t\u3000]*【)[ \t\u3000]*(.*)$")),
]
# Points of a list written inside a paragraph or opening a line of it: ①…②…, （1）…（2）…,
# 第一，…第二，…, 首先，…其次，…最后，…, 一是…二是…. Each opens a point, never a part of the
# report: a point form opens a section only under a heading of another form (see MINOR_FORMS).
_CIRCLED = "\u2460-\u2473"          # ①–⑳
_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "然后": 4, "最后": 9}
HEADING_FORMS += [
    ("circled", re.compile(rf"^([{_CIRCLED}])\s*(.+)$")),
    ("ordinal", re.compile(rf"^第([{_CN}]+)(?:[，,、：:]|[ \t\u3000]+)\s*(.+)$")),
    ("sequence", re.compile(rf"^({'|'.join(_SEQUENCE)})[，,：:]\s*(.+)$")),
]
# 附表：…完成情况 / 附件1：…: an appendix after the report's body, a part of its own whatever is open
# (never the plans it follows); its role from its title's words, as a part's
# (…or the word alone on its line, the title on the next: 附件 / 2025年…统计表)
HEADING_FORMS.append(("appendix", re.compile(r"^(附表|附件|附录|附)\s*[\d一二三四五六七八九十]*\s*[：:]\s*(.+)$"
                                             r"|^(附表|附件|附录)\s*[\d一二三四五六七八九十]*()\s*$")))
APPENDIX_FORMS = {"appendix"}
UNHEADED = "unheaded"     # a part a paragraph opens with no heading (see _Builder.unheaded_part)
MINOR_FORMS = {"circled", "ordinal", "sequence"}
# 第一，…/第二，… opening the report's first heading line and counted once through the report on
# lines of their own: its parts (「第一，主要工作和成效」…「第二，存在的问题」), not points
PART_FORMS = {"ordinal"}
# the mark of a point at the start of a clause: not part of what a figure counts (a dash or a bullet
# opening a line of highlights too: ——受理行政案件N起)
POINT_MARK = re.compile(rf"^(?:—+|[-•●■▪◆·]\s*|[{_CIRCLED}]|[（(](?:\d{{1,2}}|[{_CN}]+)[）)]|\d{{1,2}}[、．.](?![\d])|[{_CN}]+是(?=[\u4e00-\u9fff])"
                        rf"|第[{_CN}]+[，,、]|(?:{'|'.join(_SEQUENCE)})[，,])")
# where a point starts inside a paragraph (the problems and plans it lists, one item each)
POINT_START = re.compile(rf"[{_CIRCLED}]|[（(]\d{{1,2}}[）)]|[{_CN}]是|第[{_CN}]+[，,、]|(?:{'|'.join(_SEQUENCE)})[，,]")
# Kept for callers that look for the two Tiexi forms by name.
TOP_HEADING = HEADING_FORMS[1][1]
SUB_HEADING = HEADING_FORMS[2][1]
SIGNED_DATE = re.compile(r"(?:20\d\d|[〇零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
SIGNATURE_CHARS = 30   # a publisher's name signing the report fits in one short line
TITLE_SPAN = 300     # characters at a report's start that hold its title lines (and so its year)
TABLE_ROW = re.compile(r"^[|｜].*[|｜]")     # | 指标 | 2025年 | 2024年 |: a line of a table written as text
SENTENCE_END = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]?|$)")
TITLE_END = "。！？!?"
# A heading title holding a figure (a number that is not a year) is also read as a
# sentence, so no figure is lost to a numbered line with no title of its own
# (「1.全年办理行政复议案件N件。」); 「一、2025年工作情况」 stays a title only.
FIGURE = re.compile(r"[0-9０-９]+(?![0-9０-９]|年)|百分之")


@dataclass
class Section:
    id: str               # "1", "1.2"; "0" is the preamble
    notation: str         # 一、 / （二）
    title: str
    level: int
    parent: str | None
    role: str             # work, problems, plans, leaders, preamble
    start: int
    end: int = 0


@dataclass
class Sentence:
    index: int
    text: str
    start: int
    end: int
    section: str
    paragraph: int
    first_in_paragraph: bool
    # the blanks a line opened with, stripped from ``text``: on a line of a table, its first cells
    # left empty (「\t2023年\t2024年」 over rows labelled on the left)
    indent: str = ""


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: dict[int, list[Sentence]] = field(default_factory=dict)

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def top(self, section_id: str) -> Section:
        return self.section(section_id.split(".")[0])


def _role(title: str, lexicon: Lexicon) -> str:
    roles = [role for keyword, role in lexicon.section_roles if keyword in title]
    # (存在的不足和下一年工作安排: a part of both, whose figures are next year's targets)
    if "problems" in roles and "plans" in roles:
        return "plans"
    return roles[0] if roles else "work"


def _split_sentences(text: str, offset: int):
    for m in SENTENCE_END.finditer(text):
        piece = m.group(0)
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        yield body, offset + m.start() + lead


# Several headings on one line: 「（一）深化法治宣传。（二）提升服务质量。」, or a whole report
# flattened into few lines (text taken from a PDF): 「……保障。一、以思想引领为先导……」
INLINE_HEADING = re.compile(rf"(?<=。)(?=[（(](?:[{_CN}]+|\d{{1,2}})[）)]|[{_CN}]+、|\d{{1,2}}[.．、](?![\d.．]))")
# A sub-heading glued to the title before it, in flattened text: 「一、以思想引领为先导（一）强化理论武装。」
GLUED_SUB = re.compile(rf"(?<=[\u4e00-\u9fff])(?=[（(][{_CN}]+[）)][\u4e00-\u9fff])")


# The points of a list written on one line (「①……；②……；③……。」): each circled mark after a
# clause's end opens a point of its own, when the line itself opens with one
INLINE_POINT = re.compile(rf"(?<=[；;。，,])(?=[{_CIRCLED}])")


# Markdown written into a report (text saved from a web editor): 「## 一、…」 and a bold run-in heading
# 「**1. 规范执法。** 正文……」. The marks are layout, not words: blanked where they stand, so the heading
# is read by its form and every offset still points into the text as stored.
MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])")
MARKDOWN_BOLD_LEAD = re.compile(r"^([ \t\u3000]*)\*\*([^*\n]+)\*\*")


def unmarked(line: str) -> str:
    """``line`` with its markdown heading mark and leading bold marks turned into blanks (same length)."""
    line = MARKDOWN_HEADING.sub(lambda m: " " * len(m.group(0)), line)
    return MARKDOWN_BOLD_LEAD.sub(lambda m: m.group(1) + "  " + m.group(2) + "  ", line)


def _lines(text: str):
    """Lines with their offsets; a line holding several headings is split at each."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        line = unmarked(line)
        cuts = [0] + [m.start() for m in INLINE_HEADING.finditer(line)] + [len(line)]
        if re.match(rf"\s*[{_CIRCLED}]", line):
            cuts = sorted({*cuts, *(m.start() for m in INLINE_POINT.finditer(line))})
        for a, b in itertools.pairwise(cuts):
            piece = line[a:b]
            head = piece.split("。", 1)[0]
            glued = GLUED_SUB.search(head) if heading(piece) else None
            if glued and glued.start() > 0:
                yield start + a, piece[: glued.start()]
                yield start + a + glued.start(), piece[glued.start():]
            else:
                yield start + a, piece


def heading(line: str) -> tuple[str, str, str] | None:
    """(form, number, rest of the line) when ``line`` opens with a heading mark."""
    for form, pattern in HEADING_FORMS:
        if m := pattern.match(line):
            if form == "bracket":     # the title is the bracket's; a body may run on after it
                return form, "", m.group(2).rstrip("。") + ("。" + m.group(3) if m.group(3).strip() else "")
            if form == "appendix" and m.group(1) is None:
                return form, m.group(3), m.group(4)
            return form, m.group(1), m.group(2)
    return None


def split_title(rest: str) -> tuple[str, str]:
    """A heading's title and the body running on after it on the same line ("" if none)."""
    cut = min((i for i in (rest.find(c) for c in TITLE_END) if i >= 0), default=-1)
    if 0 < cut < len(rest.rstrip()) - 1:
        return rest[:cut], rest[cut + 1:]
    return rest.rstrip().rstrip(TITLE_END + "；;"), ""


def _number(text: str) -> int | None:
    if text in _SEQUENCE:
        return _SEQUENCE[text]
    if len(text) == 1 and "\u2460" <= text <= "\u2473":
        return ord(text) - 0x245F
    try:
        return int(text) if text.isdigit() else chinese_to_int(text)
    except ValueError:
        return None


class _Builder:
    def __init__(self, lexicon: Lexicon, parts: frozenset[str] = frozenset(), year: int | None = None):
        self.lexicon = lexicon
        self.year = year                    # the report's own year (its title's), when it names one
        self.parts = parts                  # point forms this report uses as its parts (PART_FORMS)
        self.out = Structure()
        self.current = Section("0", "", "前言", 0, None, "preamble", 0)
        self.out.sections.append(self.current)
        self.forms: list[str] = []          # heading forms in use, outermost first
        self.open: list[Section] = []       # the open section at each depth
        self.minor: set[str] = set()        # ids of the sections a point form opened
        self.paragraph = 0

    def open_section(self, form: str, number: str, notation: str, title: str, start: int) -> Section:
        while self.open and self.open[-1].id in self.minor:
            self.open.pop()                 # a point ends at the next point or heading
        point = form in MINOR_FORMS and form not in self.parts
        if point:                           # a point sits under whatever heading is open
            depth = len(self.open)
        elif form in APPENDIX_FORMS or form == UNHEADED:
            depth = 0       # (the report's own heading forms keep their depths: 二、 after it is a part again)
        else:
            if form in self.forms:
                depth = self.forms.index(form)
            else:
                depth = len(self.forms)
                self.forms.append(form)
            del self.forms[depth + 1:]
        del self.open[depth:]
        parent = self.open[-1] if self.open else None
        if parent is None:
            n = _number(number)
            used = {s.id for s in self.out.sections}
            sid = str(n) if n is not None and str(n) not in used else str(len(self.out.sections))
            role = _role(title, self.lexicon)
        else:
            siblings = [s for s in self.out.sections if s.parent == parent.id]
            sid = f"{parent.id}.{len(siblings) + 1}"
            role = parent.role
        sec = Section(sid, notation, title, depth + 1, parent.id if parent else None, role, start)
        if point:
            self.minor.add(sid)
        self.out.sections.append(sec)
        self.open.append(sec)
        self.current = sec
        return sec

    def paragraph_of(self, body: str, body_start: int, indent: str = ""):
        self.paragraph += 1
        first = True
        for sent, sent_start in _split_sentences(body, body_start):
            s = Sentence(len(self.out.sentences), sent, sent_start, sent_start + len(sent),
                         self.current.id, self.paragraph, first, indent if first else "")
            self.out.sentences.append(s)
            self.out.paragraphs.setdefault(self.paragraph, []).append(s)
            first = False

    def line(self, start: int, stripped: str, indent: str = ""):
        h = heading(stripped)
        if h and h[0] in MINOR_FORMS and h[0] not in self.parts and not self.open:
            h = None    # 首先，……/第一，…… before any heading: a paragraph of the preamble, no part
        if h:
            form, number, rest = h
            notation = stripped[: len(stripped) - len(rest)].strip()
            rest_start = start + len(stripped) - len(rest)
            title, body = split_title(rest)
            sec = self.open_section(form, number, notation, title.strip(), start)
            if body and FIGURE.search(title):
                self.paragraph_of(rest, rest_start)
            elif body:
                lead = len(body) - len(body.lstrip())
                self.paragraph_of(body.strip(), rest_start + len(rest) - len(body) + lead)
            elif FIGURE.search(title):      # 「1、主动公开政府信息N条。」: a numbered sentence
                self.paragraph_of(rest.rstrip(), rest_start)
            elif sec.level > 1:
                # a heading with no body (common for next year's plans): the heading is the sentence
                self.paragraph_of(title, rest_start)
            return
        if not self.open and not re.search(r"[，。；]", stripped) \
                and not (self.paragraph and TABLE_ROW.match(stripped)):
            return  # letterhead and title lines (a table after the opening's first sentence is the report's)
        if self.open and self.signature(stripped):
            return  # the closing signature: the publisher's name and the date, no sentence of the report
        if self.open and (opened := self.unheaded_part(stripped)):
            title, role = opened
            self.open_section(UNHEADED, "", "", title, start).role = role
        self.paragraph_of(stripped, start, indent)

    def signature(self, line: str) -> bool:
        """某县人民政府 / 2026年2月5日: a line of a body's name or a date alone, no sentence mark in it."""
        if SIGNED_DATE.fullmatch(line):
            return True
        return len(line) <= SIGNATURE_CHARS and not re.search(r"[，。；：,;:|｜\d]", line) \
            and line.endswith(tuple(self.lexicon.org_suffixes))

    def unheaded_part(self, paragraph: str) -> tuple[str, str] | None:
        """(title, role) where a paragraph opens a part with no heading (part_openings.tsv): its first
        sentence introduces a list and names the problems or the plans, or opens with the year after
        the report's and says what will be done.  Never a part of the role already open."""
        m = re.match(r"([^。！？!?：:]{4,80})[：:]", paragraph)
        if m is None:
            return None
        lead = m.group(1)
        role = next((r for w, r in self.lexicon.part_openings if w in lead), None)
        if role is None and self.year and lead.startswith(f"{self.year + 1}年") and "将" in lead:
            role = "plans"
        top = self.open[0].role if self.open else None
        return (lead, role) if role and role != top else None

def _part_forms(text: str) -> frozenset[str]:
    """The point forms (PART_FORMS) this report numbers its parts with: the form of its first
    heading when its lines count 1, 2, 3… once through the report (「第一，主要工作」…「第二，存在的
    问题」). A 第一， in the opening with no 第二 after it, or points numbered anew under each
    heading, stay sentences and points."""
    heads = [(h[0], _number(h[1])) for _, line in _lines(text) if (h := heading(line.strip()))]
    heads = [h for h in heads if h[0] not in ("sequence", "circled")]
    if heads and heads[0][0] in PART_FORMS:
        numbers = [n for form, n in heads if form == heads[0][0]]
        if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):   # counted once through
            return frozenset({heads[0][0]})
    return frozenset()


def parse_structure(text: str, lexicon: Lexicon) -> Structure:
    """Headings open sections; other lines are paragraphs of sentences.

    Lines before the first heading that carry no sentence punctuation are the
    report's letterhead and title, and hold no facts.
    """
    # (the report's year: the first year its title lines name)
    year = re.search(r"(20\d\d)\s*年", text[:TITLE_SPAN])
    b = _Builder(lexicon, _part_forms(text), int(year.group(1)) if year else None)
    for line_start, line in _lines(text):
        stripped = line.strip()
        if stripped:
            indent = line[: len(line) - len(line.lstrip())]
            b.line(line_start + len(indent), stripped, indent)
    out = b.out
    for i, sec in enumerate(out.sections):
        later = [s.start for s in out.sections[i + 1:] if s.level <= sec.level or sec.level == 0]
        sec.end = min(later) if later else len(text)
    return out
