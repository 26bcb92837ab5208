"""Curated word lists that steer extraction and question answering.

They live as plain files under ``data/lexicon`` so that a new report, a new
layout or a new synonym is a data change, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


def longest_first(words) -> list[str]:
    """Distinct words, longest first (a longer word is tried before its pieces), then by character:
    the same order in every process, where a set's order changes with the interpreter's hash seed
    and two workers could otherwise read one question two ways."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_rows(path: Path) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in read_lines(path)]


@dataclass(frozen=True)
class Unit:
    text: str
    kind: str
    chinese_numerals: bool
    not_before: str = ""     # characters that, following the unit, make it part of a word (市民)


@dataclass(frozen=True)
class ZeroRule:
    pattern: re.Pattern
    template: str
    unit: str  # "-" means: the unit of the fact before it
    same: bool = False   # the figure is the one before it (…N件，全部胜诉: 胜诉 N), not 0


@dataclass
class Lexicon:
    units: list[Unit]
    org_suffixes: list[str]
    light_words: list[str]
    link_words: list[str]
    qualifiers: dict[str, tuple[str, str]]  # phrase -> (position, qualifier)
    verbs: list[str]
    zeros: list[ZeroRule]
    section_roles: list[tuple[str, str]]
    part_openings: list[tuple[str, str]]    # an unheaded paragraph opening a part (part_openings.tsv)
    verb_results: list[str]                  # 成功 of 调解成功: how a verb came out (verb_results.txt)
    agent_endings: list[str]                 # 员, 组织, 室: a noun for who does an action (agent_endings.txt)
    entity_kinds: list[tuple[str, str]]
    indicator_aliases: dict[str, list[str]] = field(default_factory=dict)
    synonyms: list[tuple[str, str]] = field(default_factory=list)
    department_aliases: dict[str, list[str]] = field(default_factory=dict)
    generic_nouns: list[str] = field(default_factory=list)
    frame_markers: list[str] = field(default_factory=list)
    predicate_verbs: list[str] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)
    numeral_names: list[str] = field(default_factory=list)
    question_cues: list[tuple[re.Pattern, str]] = field(default_factory=list)
    list_kinds: list[tuple[str, str]] = field(default_factory=list)
    example_questions: list[str] = field(default_factory=list)
    unit_groups: list[set[str]] = field(default_factory=list)
    unit_loose: dict[str, set[str]] = field(default_factory=dict)
    stopwords: list[str] = field(default_factory=list)
    region_stopwords: list[str] = field(default_factory=list)
    publisher_kinds: list[tuple[str, str]] = field(default_factory=list)   # ending -> government/party/department
    place_levels: list[tuple[str, str]] = field(default_factory=list)      # ending -> province/city/...
    report_words: list[str] = field(default_factory=list)
    party_prefixes: list[str] = field(default_factory=list)
    actor_follow: list[str] = field(default_factory=list)
    counters: list[tuple[str, str, str]] = field(default_factory=list)    # prefix, unit, indicator ending
    conjunctions: list[str] = field(default_factory=list)
    function_words: list[str] = field(default_factory=list)
    link_keep: list[str] = field(default_factory=list)
    transforms: list[str] = field(default_factory=list)
    scope_parts: list[str] = field(default_factory=list)   # 市本级, 县直: part of the place a report covers
    table_headings: list[str] = field(default_factory=list)   # 数量: a column heading naming no figure
    table_targets: list[str] = field(default_factory=list)    # 目标值: a column heading of figures planned
    verb_adverbs: list[str] = field(default_factory=list)
    stage_markers: list[tuple[str, str]] = field(default_factory=list)   # word -> from / to
    subject_heads: list[str] = field(default_factory=list)   # 负责人, 常务会议: subjects that are no organisation
    # 成 → (%, 10): a unit whose figures are stated in another (七成 = 70%, 八成五 = 85%)
    unit_scales: dict[str, tuple[str, int]] = field(default_factory=dict)
    table_unit_cues: list[str] = field(default_factory=list)   # 单位: 「单位：件」 gives a table's unit
    table_amount_headings: list[str] = field(default_factory=list)   # 罚款金额: a column of money, under 户次、万元
    rate_words: tuple[str, ...] = ()   # 率, 占比, 满意度: a percentage named by one is a rate of its own
    table_blanks: list[str] = field(default_factory=list)   # —, /: a table's cell that holds no figure
    table_label_headings: list[str] = field(default_factory=list)   # 项目, 类别: heads a table's label column
    # 镇 → place, 季度 → part: the ending of a table row's label that makes its figures a place's or a part's
    table_row_labels: list[tuple[str, str]] = field(default_factory=list)

    def unit(self, text: str) -> Unit:
        """The unit as listed; 万件 / 亿元 are their base unit scaled, of the same kind."""
        for candidate in (text, text[1:] if text[:1] in "万亿" else None):
            found = next((u for u in self.units if u.text == candidate), None)
            if found:
                return found
        return Unit(text, "count", False)

    def units_fit(self, asked: list[str], unit: str) -> str:
        """How a figure in ``unit`` answers a question asking in ``asked``: "yes" (几次 ~ N场),
        "loose" (几个 ~ N件: only if the question names the indicator too) or ""."""
        if not asked or unit in asked:
            return "yes"
        base = unit[1:] if unit[:1] in "万亿" else unit
        # 多少万人次 asks in 人次 scaled: a figure in 人次 (or 万人次) fits it as 人次 would
        asked = [a[1:] if a[:1] in "万亿" and len(a) > 1 else a for a in asked]
        if base in asked:
            return "yes"
        if any(a in g and base in g for a in asked for g in self.unit_groups):
            return "yes"
        if any(base in self.unit_loose.get(a, ()) for a in asked):
            return "loose"
        return ""

    def canonical_indicator(self, label: str) -> str:
        """The preferred label of the concept an indicator wording belongs to."""
        for pref, alts in self.indicator_aliases.items():
            if label == pref or label in alts:
                return pref
        return label


class LexiconError(ValueError):
    """A lexicon file that is in none of the folders given; the message names it."""


class Layers:
    """Lexicon folders, later ones overriding earlier ones file by file.

    ``layers / "units.tsv"`` is the file that counts: the last folder's that
    has it. A file in none of them is an error naming it, not an empty list
    (an empty unit list once built observations without units, silently).
    """

    def __init__(self, directories: Path | str | Sequence[Path | str]):
        dirs = [directories] if isinstance(directories, (str, Path)) else list(directories)
        self.dirs = [Path(d) for d in dirs]

    def __truediv__(self, name: str) -> Path:
        for d in reversed(self.dirs):
            if (d / name).is_file():
                return d / name
        raise LexiconError(f"lexicon file {name} is missing (looked in {', '.join(map(str, self.dirs))})")

    def words(self) -> set[str]:
        """Every word any list of these folders names (cells split at tabs and ``|``): the words
        the lexicon gives a role, which no general rule may take for light."""
        out = set()
        for d in self.dirs:
            for path in sorted(d.glob("*.t[sx][vt]")):
                for line in read_lines(path):
                    out.update(w for w in re.split(r"[\t|]", line) if w.strip())
        return {w.strip() for w in out}


def load_lexicon(directory: Path | Sequence[Path]) -> Lexicon:
    """Read every list in ``directory`` (normally ``data/lexicon``), or in layered folders."""
    d = Layers(directory)
    units = [Unit(r[0], r[1], len(r) > 2 and r[2] == "yes", r[3] if len(r) > 3 else "")
             for r in read_rows(d / "units.tsv")]
    # Longest unit first, so 个工作日 wins over 个 and 人次 over 人.
    units.sort(key=lambda u: -len(u.text))
    aliases: dict[str, list[str]] = {}
    for row in read_rows(d / "indicator_aliases.tsv"):
        if len(row) > 1:
            aliases.setdefault(row[0], []).extend(a for a in row[1].split("|") if a)
    synonyms = [(r[0], r[1]) for r in read_rows(d / "synonyms.tsv") if len(r) > 1]
    return Lexicon(
        units=units,
        org_suffixes=sorted(read_lines(d / "org_suffixes.txt"), key=len, reverse=True),
        light_words=sorted(read_lines(d / "light_words.txt"), key=len, reverse=True),
        link_words=sorted(read_lines(d / "link_words.txt"), key=len, reverse=True),
        qualifiers={r[0]: (r[1], r[2]) for r in read_rows(d / "qualifiers.tsv")},
        verbs=sorted(read_lines(d / "verbs.txt"), key=len, reverse=True),
        zeros=[ZeroRule(re.compile(r[0]), r[1], r[2], len(r) > 3 and r[3] == "=") for r in read_rows(d / "zeros.tsv")],
        section_roles=[(r[0], r[1]) for r in read_rows(d / "sections.tsv")],
        part_openings=[(r[0], r[1]) for r in read_rows(d / "part_openings.tsv") if len(r) > 1],
        verb_results=read_lines(d / "verb_results.txt"),
        agent_endings=read_lines(d / "agent_endings.txt"),
        entity_kinds=sorted(((r[0], r[1]) for r in read_rows(d / "entity_kinds.tsv")),
                            key=lambda kv: -len(kv[0])),
        indicator_aliases=aliases,
        synonyms=synonyms,
        department_aliases={r[0]: [a for a in r[1].split("|") if a]
                            for r in read_rows(d / "departments.tsv") if len(r) > 1},
        generic_nouns=read_lines(d / "generic_nouns.txt"),
        frame_markers=read_lines(d / "frame_markers.txt"),
        predicate_verbs=read_lines(d / "predicate_verbs.txt"),
        numeral_names=read_lines(d / "numeral_names.txt"),
        question_cues=[(re.compile(r[0]), r[1]) for r in read_rows(d / "question_cues.tsv")],
        list_kinds=sorted(((r[0], r[1]) for r in read_rows(d / "list_kinds.tsv")), key=lambda kv: -len(kv[0])),
        example_questions=read_lines(d / "example_questions.txt"),
        unit_groups=[set(r) for r in read_rows(d / "unit_groups.tsv")],
        unit_loose={r[0]: set(r[1:]) for r in read_rows(d / "unit_loose.tsv")},
        changes=sorted(((r[0], r[1]) for r in read_rows(d / "changes.tsv")), key=lambda kv: -len(kv[0])),
        stopwords=read_lines(d / "question_stopwords.txt"),
        region_stopwords=read_lines(d / "region_stopwords.txt"),
        publisher_kinds=sorted(((r[0], r[1]) for r in read_rows(d / "publishers.tsv")), key=lambda kv: -len(kv[0])),
        place_levels=sorted(((r[0], r[1]) for r in read_rows(d / "places.tsv")), key=lambda kv: -len(kv[0])),
        report_words=read_lines(d / "report_words.txt"),
        party_prefixes=read_lines(d / "party_prefixes.txt"),
        actor_follow=read_lines(d / "actor_follow.txt"),
        counters=[(r[0], r[1], r[2]) for r in read_rows(d / "counters.tsv") if len(r) > 2],
        conjunctions=sorted(read_lines(d / "conjunctions.txt"), key=len, reverse=True),
        function_words=read_lines(d / "function_words.txt"),
        link_keep=read_lines(d / "link_keep.txt"),
        transforms=sorted((r[0] for r in read_rows(d / "transforms.tsv")), key=len, reverse=True),
        verb_adverbs=sorted(read_lines(d / "verb_adverbs.txt"), key=len, reverse=True),
        stage_markers=[(r[0], r[1]) for r in read_rows(d / "stage_markers.tsv") if len(r) > 1],
        subject_heads=sorted(read_lines(d / "subject_heads.txt"), key=len, reverse=True),
        scope_parts=sorted(read_lines(d / "scope_parts.txt"), key=len, reverse=True),
        table_headings=read_lines(d / "table_headings.txt"),
        table_targets=read_lines(d / "table_targets.txt"),
        unit_scales={r[0]: (r[1], int(r[2])) for r in read_rows(d / "unit_scales.tsv") if len(r) > 2},
        table_unit_cues=sorted(read_lines(d / "table_unit_cues.txt"), key=len, reverse=True),
        table_amount_headings=read_lines(d / "table_amount_headings.txt"),
        rate_words=tuple(read_lines(d / "rate_words.txt")),
        table_blanks=read_lines(d / "table_blanks.txt"),
        table_label_headings=read_lines(d / "table_label_headings.txt"),
        table_row_labels=sorted(((r[0], r[1]) for r in read_rows(d / "table_row_labels.tsv") if len(r) > 1),
                                key=lambda kv: -len(kv[0])),
    )
