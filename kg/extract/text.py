"""Split a report into its numbered sections, paragraphs and sentences.

Offsets are character offsets into the report text exactly as stored, so a
reader can always find the sentence a fact came from.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.lexicon import Lexicon
from kg.numbers import chinese_to_int

_CN = "一二三四五六七八九十"
TOP_HEADING = re.compile(rf"^([{_CN}]+)、\s*(.+)$")
SUB_HEADING = re.compile(rf"^[（(]([{_CN}]+)[）)]\s*(.+)$")
SENTENCE_END = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]?|$)")


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
    for keyword, role in lexicon.section_roles:
        if keyword in title:
            return role
    return "work"


def _split_sentences(text: str, offset: int):
    for m in SENTENCE_END.finditer(text):
        piece = m.group(0)
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        yield body, offset + m.start() + lead


INLINE_SUB = re.compile(rf"(?<=。)(?=[（(][{_CN}]+[）)])")


def _lines(text: str):
    """Lines with their offsets; a line holding several sub-headings is split at each."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        cuts = [0] + [m.start() for m in INLINE_SUB.finditer(line)] + [len(line)]
        for a, b in itertools.pairwise(cuts):
            yield start + a, line[a:b]


def parse_structure(text: str, lexicon: Lexicon) -> Structure:
    """Headings (一、 （一）) open sections; other lines are paragraphs of sentences.

    Lines before the first heading that carry no sentence punctuation are the
    report's letterhead and title, and hold no facts.
    """
    out = Structure()
    current = Section("0", "", "前言", 0, None, "preamble", 0)
    out.sections.append(current)
    top: Section | None = None
    paragraph = 0
    for line_start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        start = line_start + (len(line) - len(line.lstrip()))
        body, body_start = stripped, start
        if m := TOP_HEADING.match(stripped):
            top = Section(str(chinese_to_int(m.group(1))), f"{m.group(1)}、", m.group(2).strip(), 1, None,
                          _role(m.group(2), lexicon), start)
            out.sections.append(top)
            current = top
            continue
        if top is not None and (m := SUB_HEADING.match(stripped)):
            rest = m.group(2)
            cut = rest.find("。")
            # An inline heading: "（一）强化政治引领，筑牢法治基础。深化思想引领，……"
            title = rest[:cut] if 0 < cut < len(rest) - 1 else rest.rstrip("。")
            number = len([s for s in out.sections if s.parent == top.id]) + 1
            current = Section(f"{top.id}.{number}", f"（{m.group(1)}）", title, 2, top.id,
                              top.role, start)
            out.sections.append(current)
            if not (0 < cut < len(rest) - 1):
                # a heading with no body (common for next year's plans): the heading is the sentence
                paragraph += 1
                title_start = start + stripped.index(rest)
                s = Sentence(len(out.sentences), title, title_start, title_start + len(title),
                             current.id, paragraph, True)
                out.sentences.append(s)
                out.paragraphs.setdefault(paragraph, []).append(s)
                continue
            body_start = start + stripped.index(rest) + cut + 1
            body = stripped[stripped.index(rest) + cut + 1:]
        elif top is None and not re.search(r"[，。；]", stripped):
            continue  # letterhead and title lines
        paragraph += 1
        first = True
        for sent, sent_start in _split_sentences(body, body_start):
            s = Sentence(len(out.sentences), sent, sent_start, sent_start + len(sent),
                         current.id, paragraph, first)
            out.sentences.append(s)
            out.paragraphs.setdefault(paragraph, []).append(s)
            first = False
    for i, sec in enumerate(out.sections):
        later = [s.start for s in out.sections[i + 1:] if s.level <= sec.level or sec.level == 0]
        sec.end = min(later) if later else len(text)
    return out
