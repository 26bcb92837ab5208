"""How well a figure of the graph fits the content words of a question.

A word counts fully where it stands in the indicator (or its aliases), the
actor or the clause of the figure; a long word not found whole is split into
its sub-words; words only in the wider sentence or section count half.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from kg.qa.segment import Segmenter, strip_punctuation


@dataclass
class Obs:
    """A figure of one report as question answering sees it (loaded once by SPARQL)."""

    iri: str
    value: object
    unit: str
    label: str
    kind: str
    qualifier: str | None
    actor: str | None
    clause: str
    sentence: str
    start: int
    alts: list[str]
    actor_alts: list[str]
    section: str = ""
    roles: frozenset = frozenset()    # roles of the report section it stands in (work, plans …)
    label_text: str = ""
    actor_text: str = ""

    def __post_init__(self):
        self.label_text = strip_punctuation("|".join([self.label] + self.alts))
        self.actor_text = strip_punctuation("|".join(filter(None, [self.actor] + self.actor_alts)))
        self.clause = strip_punctuation(self.clause)
        # the wider context a question may name (重大行政决策…): sentence, section title, paragraph lead
        self.sentence_text = strip_punctuation(self.sentence) + "|" + strip_punctuation(self.section or "")
        self.chars = frozenset(self.label_text + self.actor_text + self.clause)
        self.label_clean = strip_punctuation(self.label)
        self.all_chars = self.chars | frozenset(self.sentence_text)

    def also_known_as(self, words: list[str]):
        """Words the indicator is also found by (the usual word for its action: 审结 → 办结)."""
        self.label_text += "|" + "|".join(words)
        self.chars = self.chars | frozenset("".join(words))
        self.all_chars = self.all_chars | self.chars


@dataclass
class Match:
    obs: Obs
    score: float
    coverage: float
    missing: int = 0    # measures (…率, …度) the question names and the figure lacks
    unit_fits: bool = True


class _Question:
    """What the scoring needs of the question, worked out once per ranking."""

    def __init__(self, qtext: str, tokens: list[str], units: list[str], units_fit):
        self.chars = frozenset(qtext)
        self.asks_change = bool(re.search(r"增长|增加|减少|下降|同比|变化|上升|提高", qtext))
        self.asks_rate = bool(re.search(r"率|占比|比例|比重|百分", qtext))
        self.rate_words = re.findall(r"[\u4e00-\u9fff]{2}率", qtext)
        self.total = sum(len(t) for t in tokens) or 1
        self.units = units
        self._units_fit, self._fits = units_fit, {}

    def unit_fit(self, unit: str) -> str:
        if unit not in self._fits:
            self._fits[unit] = self._units_fit(self.units, unit)
        return self._fits[unit]


class Matcher:
    """Scores and ranks figures; remembers rankings for the question being answered only."""

    def __init__(self, segmenter: Segmenter,
                 units_fit=lambda asked, unit: "yes" if not asked or unit in asked else "",
                 verbs: frozenset[str] = frozenset()):
        self.segmenter = segmenter
        self.verbs = verbs
        self.units_fit = units_fit
        self._subwords: dict[str, list[str]] = {}
        self._columns: dict[tuple[int, str], list[tuple[float, float, bool]]] = {}
        self._local = threading.local()

    def new_question(self):
        self._local.ranked = {}

    def token_score(self, obs: Obs, t: str) -> tuple[float, float, bool]:
        """What one word of the question says for one figure: (score, covered, missing measure)."""
        if obs.all_chars.isdisjoint(t):
            # not one character of the word anywhere near the figure
            return 0.0, 0.0, len(t) >= 2 and t.endswith(("率", "度"))
        fields = ((obs.label_text, 3.0), (obs.actor_text, 2.5), (obs.clause, 2.0))
        w, c = next(((w, 1.0) for text, w in fields if t in text), (0.0, 0.0))
        if not w and len(obs.chars.intersection(t)) >= 2:
            subs = self.subwords(t)
            for text, weight in fields:
                mask = [False] * len(t)
                for sub in subs:
                    at = t.find(sub)
                    if sub in text and at >= 0:
                        mask[at:at + len(sub)] = [True] * len(sub)
                frac = sum(mask) / len(t)
                if frac * weight * 0.9 > w:
                    w, c = frac * weight * 0.9, frac * 0.9
        if t in obs.sentence_text and w < 0.5:
            w, c = 0.5, 0.5
        # the action asked about (废止, 办结) tells figures of one subject apart
        score = w * len(t) * (1.5 if t in self.verbs and t in obs.label_text else 1.0)
        # a measure the question names (满意度, 知晓率) that this figure does not mention
        return score, c * len(t), c == 0 and len(t) >= 2 and t.endswith(("率", "度"))

    def match(self, obs: Obs, tokens: list[str], units: list[str], qtext: str,
              view: _Question | None = None, parts=None) -> Match:
        """``parts``: each token's :meth:`token_score` for this figure, when known already."""
        q = view or _Question(qtext, tokens, units, self.units_fit)
        covered = score = 0.0
        missing = 0
        for s, c, miss in parts if parts is not None else (self.token_score(obs, t) for t in tokens):
            score += s
            covered += c
            missing += miss
        label = obs.label_clean
        score += 2.0 * sum(1 for ch in label if ch in q.chars) / max(len(label), 1)
        if obs.kind == "change" and not q.asks_change:
            score -= 4.0
        fit = q.unit_fit(obs.unit)
        # a loosely used unit (几个 for 件) counts only when the question names the indicator itself
        unit_fits = fit == "yes" or (fit == "loose" and any(t in obs.label_text for t in tokens))
        if units:
            score += 3.0 if obs.unit in units else 1.0 if unit_fits else -3.0
        elif q.asks_rate:
            score += 3.0 if obs.unit == "%" else -1.0
            # the rate the question names (进驻率) standing in the indicator itself
            if any(w in obs.label_text for w in q.rate_words):
                score += 4.0
        elif obs.unit == "%":
            score -= 1.0   # 多少 with no rate word asks for a count first
        return Match(obs, score, covered / q.total, missing, unit_fits)

    def subwords(self, token: str) -> list[str]:
        if token not in self._subwords:
            if len(self._subwords) > 50_000:   # user text is unbounded; this table must not be
                self._subwords.clear()
            subs = {x for x in self.segmenter.tokenizer.cut_for_search(token, HMM=False)
                    if len(x) >= 2 and x != token}
            subs |= {token[i:i + 2] for i in range(len(token) - 1)}
            self._subwords[token] = sorted(subs, key=len, reverse=True)
        return self._subwords[token]

    def column(self, cat: list[Obs], token: str) -> list[tuple[float, float, bool]]:
        """One word scored against every figure of a catalogue.

        A word's scores depend on the word and the (fixed) catalogue only, and
        the questions about one report keep using the same few hundred words:
        so each word is scored against a catalogue once, in a bounded table.
        """
        key = (id(cat), token)
        col = self._columns.get(key)
        if col is None:
            if len(self._columns) > 4096:
                self._columns.clear()
            col = self._columns[key] = [self.token_score(o, token) for o in cat]
        return col

    def rank(self, cat: list[Obs], tokens: list[str], units: list[str], qtext: str) -> list[Match]:
        # several readings of one question rank alike: remembered for this question only
        cache = getattr(self._local, "ranked", None)
        key = (id(cat), tuple(tokens), tuple(units), qtext)
        if cache is None or key not in cache:
            view = _Question(qtext, tokens, units, self.units_fit)
            columns = [self.column(cat, t) for t in tokens]
            ms = [self.match(o, tokens, units, qtext, view, [col[i] for col in columns])
                  for i, o in enumerate(cat)]
            ranked = sorted(ms, key=lambda m: (-m.score, m.obs.start))
            if cache is None:
                return ranked
            cache[key] = ranked
        return cache[key]
