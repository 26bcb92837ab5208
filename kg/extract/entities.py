"""Named things of a report: organisations, mechanisms and systems, documents,
measures taken, problems and next-year plans — each tied to its sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.mentions import split_clauses
from kg.extract.text import POINT_START, Sentence, Structure
from kg.lexicon import Lexicon

QUOTED = re.compile(r"“([^”]{2,60})”(?:的)?([\u4e00-\u9fff]{0,12})")
DOCUMENT = re.compile(r"《([^》]{2,60})》")
CREATE_VERBS = ("增设", "设立", "成立", "组建", "新设", "挂牌")


@dataclass
class Entity:
    kind: str                 # Organization, Mechanism, System, Principle, Process,
    label: str                # InformationSystem, Document, Measure, Problem, Plan
    sentence: Sentence
    section: str
    components: list[str] = field(default_factory=list)
    context: str = ""         # the clause it was named in (增设区文物保护中心)
    order: int = 0


def _kind_of(name: str, lexicon: Lexicon) -> str | None:
    return next((kind for ending, kind in lexicon.entity_kinds if name.endswith(ending)), None)


def _clause_at(text: str, pos: int) -> str:
    return next((text[a:b] for a, b in split_clauses(text) if a <= pos < b), text)


def _organisations(s: Sentence, lexicon: Lexicon):
    suffixes = "|".join(re.escape(x) for x in lexicon.org_suffixes)
    named = re.compile(rf"(?:驻)?(?:区|县|市)[\u4e00-\u9fff]{{0,12}}?(?:{suffixes})(?!建设|工作|领导|级)")
    created = re.compile(rf"(?:{'|'.join(CREATE_VERBS)})([\u4e00-\u9fff]{{2,14}}?(?:{suffixes}|专班))")
    seen = set()
    for m in named.finditer(s.text):
        name = m.group(0)
        if name not in seen:
            seen.add(name)
            yield name, _clause_at(s.text, m.start())
    for m in created.finditer(s.text):
        name = m.group(1)
        if name not in seen and not any(name.endswith(x) or x.endswith(name) for x in seen):
            seen.add(name)
            yield name, _clause_at(s.text, m.start())


def _mechanisms(s: Sentence, lexicon: Lexicon):
    endings = "|".join(re.escape(e) for e, _ in lexicon.entity_kinds)
    verbs = "|".join(re.escape(v) for v in ("建立", "健全", "完善", "落实", "构建", "实行", "执行",
                                            "依托", "深化", "坚持", "严守", "推行", "形成", "夯实"))
    spans = []
    for m in QUOTED.finditer(s.text):
        inner, tail = m.group(1), m.group(2)
        # “街道吹哨、部门报到”制度基础 → the name ends at its kind word: …制度
        tail = next((tail[:n] for n in range(len(tail), 0, -1) if _kind_of(tail[:n], lexicon)), tail)
        kind = _kind_of(tail, lexicon)
        if kind:
            parts = [p for p in re.split(r"[、，—+＋\-]+", inner) if p]
            spans.append((m.start(), m.end()))
            yield kind, f"“{inner}”{tail}", parts, _clause_at(s.text, m.start())
    plain = re.compile(rf"(?:{verbs})([^，。；“”《》（）]{{2,30}}?(?:{endings}))(?![\u4e00-\u9fff]*(?:{endings}))")
    for m in plain.finditer(s.text):
        if any(a <= m.start(1) < b for a, b in spans):
            continue
        name = m.group(1)
        # 健全党委领导、政府负责、部门协同的法治政府建设工作体系 → 法治政府建设工作体系
        name = name.rsplit("的", 1)[-1]
        if "、" in name:
            continue
        parts = re.split(r"[和及与]", name)
        # 公平竞争审查制度和市场准入负面清单制度: two systems
        for part in parts if all(_kind_of(p, lexicon) for p in parts) else [name]:
            kind = _kind_of(part, lexicon)
            if kind and len(part) > 3:
                yield kind, part, [], _clause_at(s.text, m.start())


def extract_entities(structure: Structure, lexicon: Lexicon) -> list[Entity]:
    """Entities in reading order; duplicates of one label in one report are merged."""
    out: list[Entity] = []
    seen: set[tuple[str, str]] = set()

    def add(e: Entity):
        if (e.kind, e.label) not in seen:
            seen.add((e.kind, e.label))
            e.order = len(out) + 1
            out.append(e)

    titled: set[str] = set()
    for s in structure.sentences:
        role = structure.top(s.section).role
        sec = structure.section(s.section)
        if sec.level == 2 and sec.role in ("plans", "problems") and sec.id not in titled:
            # a titled point of the plans or problems (（一）推进依法决策), in reading order
            titled.add(sec.id)
            add(Entity("Plan" if sec.role == "plans" else "Problem", sec.title, s, sec.id))
        for name, clause in _organisations(s, lexicon):
            add(Entity("Organization", name, s, s.section, context=clause))
        for kind, name, parts, clause in _mechanisms(s, lexicon):
            add(Entity(kind, name, s, s.section, parts, clause))
        for m in DOCUMENT.finditer(s.text):
            add(Entity("Document", m.group(1), s, s.section, context=_clause_at(s.text, m.start())))
        if role in ("problems", "plans") and POINT_START.search(s.text):
            # 一是……；二是…… / 第一，……第二，…… / ①……②……: one item each
            kind = "Problem" if role == "problems" else "Plan"
            for item in POINT_START.split(s.text)[1:]:
                if item := item.strip("；。，,: "):
                    add(Entity(kind, item, s, s.section))
        elif sec.level == 1 and sec.role in ("problems", "plans") and not s.text.rstrip().endswith(("：", ":")):
            # 第二部分 存在的问题 / 部分乡镇执法人员业务能力不强。: a part with no points of its own
            # states its items as plain sentences, one each (a lead-in ending with ： is none)
            add(Entity("Plan" if sec.role == "plans" else "Problem", s.text.strip().rstrip("。；"), s, s.section))
    for para in structure.paragraphs.values():
        lead = para[0]
        role = structure.top(lead.section).role
        if role not in ("work", "leaders"):
            continue
        sec = structure.section(lead.section)
        if sec.level == 2 and lead.first_in_paragraph and structure.paragraphs and \
                lead.start > sec.start and lead is para[0] and len(lead.text) <= 20 and len(para) > 1:
            add(Entity("Measure", lead.text.rstrip("。"), lead, lead.section))
        elif sec.level == 2 and lead.start - sec.start < len(sec.title) + 8:
            add(Entity("Measure", sec.title, lead, lead.section))
        else:
            add(Entity("Measure", split_clauses(lead.text)[0] and
                       lead.text[slice(*split_clauses(lead.text)[0])], lead, lead.section))
    return out
