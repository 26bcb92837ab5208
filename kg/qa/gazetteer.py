"""Which words of a question name a place, and at which level of government.

A question about a region the graph does not hold (白桦区, 梨树县) must be told so,
never answered from the default report.  Such names are recognised two ways, both
from ``data/lexicon/gazetteer.tsv``: known names (provinces, cities, counties), and
the grammar of Chinese region names — a name of two to four characters followed by
an administrative ending (区, 县, 市, 旗, 自治州 …).  jieba often cuts an unknown
name (白桦|区), so the ending is joined back to the word before it.  Words that end
like a region but are none (社区, 全市, 辖区) are listed in ``region_stopwords.txt``;
words the graph itself uses (涉区政府) are never taken for places.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.lexicon import read_lines, read_rows

NAME_CHARS = (2, 4)   # a region's own name, without its ending: 铁西, 公主岭, 呼和浩特
RARE_CHAR = 5000      # a character jieba's dictionary has as a word this often is a common word (找, 月), no name's
FUNCTION_CHARS = frozenset("的了和与及在是有个各每本该全哪这那几多少么什谁或把被给对向从到为以于将就都也还又我你您他她们咱")


@dataclass(frozen=True)
class Place:
    name: str
    level: str           # region (district/county), city, province
    within: str | None   # the known place above it, if any


class Gazetteer:
    def __init__(self, lexicon_dir: Path, graph_words: set[str], not_names: set[str] = frozenset(),
                 freq: Callable[[str], int] = lambda _c: 0):
        rows = read_rows(lexicon_dir / "gazetteer.tsv")
        self.suffixes = sorted(((r[1], r[2]) for r in rows if r[0] == "suffix" and len(r) > 2),
                               key=lambda s: -len(s[0]))
        self.known: dict[str, Place] = {}
        for r in rows:
            if r[0] == "name" and len(r) > 2:
                self.known[r[1]] = Place(r[1], r[2], r[3] if len(r) > 3 and r[3] else None)
        self.stop = set(read_lines(lexicon_dir / "region_stopwords.txt"))
        self.stop_endings = tuple(read_lines(lexicon_dir / "region_stop_endings.txt"))   # 进社区, 街道社区
        self.graph_words = graph_words
        self.not_names = not_names     # verbs, question and request words: never a place's own name
        self.freq = freq               # how often the segmenter's dictionary has a character as a word
        # known names without their ending (长春, 吉林, 梨树): recognised as whole jieba words only
        self.short: dict[str, str] = {}
        for name in self.known:
            for suffix, _ in self.suffixes:
                core = name.removesuffix(suffix)
                if core != name and len(core) >= 2:
                    self.short.setdefault(core, name)
                    break

    def add(self, name: str, level: str, within: str | None = None):
        """A place the graph holds (a report's region or city)."""
        self.known.setdefault(name, Place(name, level, within))

    def level_of(self, name: str) -> str:
        for suffix, level in self.suffixes:
            if name.endswith(suffix):
                return level
        return "region"

    def ancestors(self, name: str) -> list[str]:
        out, seen = [], {name}
        place = self.known.get(name)
        while place and place.within and place.within not in seen:
            out.append(place.within)
            seen.add(place.within)
            place = self.known.get(place.within)
        return out

    def find(self, text: str, tokens: list[str]) -> list[Place]:
        """Places named in ``text`` (segmented as ``tokens``), in order, each once."""
        found: dict[str, Place] = {}
        for name, place in self.known.items():
            if name in text:
                found[name] = place
        for i, tok in enumerate(tokens):
            if tok in self.short and self.short[tok] not in found:
                found[self.short[tok]] = self.known[self.short[tok]]
                continue
            name = self._by_grammar(tokens, i)
            if name and name not in found and not any(name in k for k in found):
                found[name] = self.known.get(name) or Place(name, self.level_of(name), None)
        return sorted(found.values(), key=lambda p: text.find(p.name) if p.name in text else len(text))

    def ends_name(self, text: str, at: int) -> bool:
        """The character at ``at`` (市 of 青石市交通局) may end a place's name begun before it: a name
        known, or one the grammar allows, however jieba cut it."""
        lo, hi = NAME_CHARS
        return any(text[max(0, at - k):at + 1] in self.known or self._plausible(text[at - k:at], text[at - k:at + 1])
                   for k in range(lo, hi + 1) if at - k >= 0)

    def _by_grammar(self, tokens: list[str], i: int) -> str | None:
        tok = tokens[i]
        for suffix, _ in self.suffixes:
            if tok.endswith(suffix):
                core = tok[: -len(suffix)]
                if not core and i > 0:
                    prev = tokens[i - 1]
                    if prev in self.known or any(prev.endswith(x) and len(prev) - len(x) >= NAME_CHARS[0]
                                                 for x, _ in self.suffixes):
                        return None     # 白桦区|区领导: the 区 opens the next word, it ends no name
                    # 鹬|沔|乡: characters no dictionary knows, cut one by one, make one name
                    j = i - 1
                    while len(prev) < NAME_CHARS[1] and j > 0 and len(tokens[j]) == 1 and len(tokens[j - 1]) == 1 \
                            and re.fullmatch(r"[\u4e00-\u9fff]", tokens[j - 1]) and tokens[j - 1] not in FUNCTION_CHARS:
                        j -= 1
                        prev = tokens[j] + prev
                    if len(prev) > 1 and len(tokens[i - 1]) == 1 and not all(self.freq(c) < RARE_CHAR for c in prev):
                        return None     # (月|找|过|县: common words, cut one by one, are no name)
                    core, tok = prev, prev + tok   # jieba cut 白桦|区
                if self._plausible(core, tok):
                    return tok
                return None
        return self._run_into_body(tokens, i)

    def _run_into_body(self, tokens: list[str], i: int) -> str | None:
        """甲|乙|县政府: characters no dictionary knows, cut one by one, before a word that opens with a
        place's ending (县政府, 区委) make one name with that ending."""
        tok = tokens[i]
        suffix = next((x for x, _ in self.suffixes if tok.startswith(x) and len(tok) > len(x)), None)
        if suffix is None or i < NAME_CHARS[0]:
            return None
        core, j = "", i
        while len(core) < NAME_CHARS[1] and j > 0 and len(tokens[j - 1]) == 1 \
                and re.fullmatch(r"[\u4e00-\u9fff]", tokens[j - 1]) and tokens[j - 1] not in FUNCTION_CHARS:
            j -= 1
            core = tokens[j] + core
        # (…and characters rare as words of their own: 月|找|过|区法律援助中心 is no place)
        rare = all(self.freq(c) < RARE_CHAR for c in core)
        return core + suffix if len(core) >= NAME_CHARS[0] and rare and self._plausible(core, core + suffix) else None

    def plausible(self, core: str, name: str) -> bool:
        """A place's name by its form alone (a report's own words may hold it: 蓼汀镇“板凳议事会”…)."""
        return self._plausible(core, name, topic=False)

    def _plausible(self, core: str, name: str, topic: bool = True) -> bool:
        lo, hi = NAME_CHARS
        if not (lo <= len(core) <= hi) or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
            return False
        if name in self.stop or core in self.stop or core in self.not_names or FUNCTION_CHARS.intersection(core) \
                or name.endswith(self.stop_endings):
            return False
        # 未进驻|区政务服务中心: a name holds no action word
        if any(len(w) >= 2 and w in core for w in self.not_names):
            return False
        # a word the reports themselves use (区政府, 市场) is a topic, not a place
        return not topic or not any(name in w for w in self.graph_words)
