"""How well a figure of the graph fits the content words of a question.

A word counts fully where it stands in the indicator (or its aliases), the
actor or the clause of the figure; a long word not found whole is split into
its sub-words; words only in the wider sentence or section count half.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from kg.lexicon import longest_first
from kg.qa.segment import Segmenter, strip_punctuation


@dataclass(slots=True)
class Obs:
    """A figure of one report as question answering sees it (loaded once by SPARQL).

    Slotted: a corpus makes tens of thousands, and each without a ``__dict__`` is one object
    less for memory and for the garbage collector to walk."""

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
    heading: str | None = None        # the title of the section it stands in, alone
    scope: str | None = None          # 其中枫林社区调处N件: the part of the place it is of
    stage: str | None = None          # 由N…压减至M: before (N) or after (M) the change
    notations: tuple = ()             # 三、 / （三） / 2.: the numbers of its section and those above it
    year: int | None = None           # the year it is of (its report's, or an earlier one the report states)
    label_text: str = ""
    actor_text: str = ""
    sentence_text: str = field(init=False, default="")
    label_clean: str = field(init=False, default="")
    near: str = field(init=False, default="")     # indicator, actor and clause: where a word counts fully

    def __post_init__(self):
        # each wording apart ("|" between them is no punctuation to strip: a word is found in one wording)
        self.label_text = "|".join(strip_punctuation(x) for x in [self.label] + self.alts)
        self.actor_text = "|".join(strip_punctuation(x) for x in filter(None, [self.actor] + self.actor_alts))
        self.clause = strip_punctuation(self.clause)
        # the wider context a question may name (重大行政决策…): sentence, section title, paragraph lead
        self.sentence_text = strip_punctuation(self.sentence) + "|" + strip_punctuation(self.section or "")
        self.label_clean = strip_punctuation(self.label)
        self.near = self.label_text + self.actor_text + self.clause

    def read_as(self, as_asked) -> None:
        """Its words as a question's are read (``as_asked``: the engine's synonyms): where that changes
        the clause or sentence they are replaced, both alike, so a sibling's clause is still found in
        the sentence; the indicator and actor keep their own wording beside the new one."""
        clause, sentence = as_asked(self.clause), as_asked(self.sentence_text)
        label, actor = as_asked(self.label_text), as_asked(self.actor_text)
        if clause != self.clause or sentence != self.sentence_text:
            self.clause, self.sentence_text = clause, sentence
        if label != self.label_text:
            self.label_text += "|" + label
        if actor != self.actor_text:
            self.actor_text += "|" + actor
        self.near = self.label_text + self.actor_text + self.clause

    def also_known_as(self, words: list[str]):
        """Words the indicator is also found by (the usual word for its action: 审结 → 办结)."""
        self.label_text += "|" + "|".join(words)
        self.near = self.label_text + self.actor_text + self.clause


# -- weights of the ranking (the evidence check, not these, decides whether a figure may answer) --
IN_LABEL = 3.0           # a word in the indicator says most about what the figure counts
IN_ACTOR = 2.5           # …in the actor: who, nearly as telling
IN_CLAUSE = 2.0          # …in the clause the figure was read from: near, but shared with its neighbours
PART_FOUND = 0.9         # a long word found only in pieces counts a little less than found whole
IN_SENTENCE = 0.5        # a word only in the wider sentence, section or paragraph lead: half
ASKED_ACTION = 1.5       # the action asked (办结) standing in the indicator tells figures of one subject apart
# the asker's own word of an action (轮训) in the indicator, where the question's words are its line's
# usual one (培训): of two figures one action names, the one in the asker's word
ASKED_WORD = 1.0
LABEL_CHARS = 2.0        # share of the indicator's characters the question uses: the closest wording wins ties
UNASKED_CHANGE = -4.0    # a change (同比增长) answers only a question about a change
UNIT_ASKED = 3.0         # the unit asked (多少件) is the figure's own
UNIT_RELATED = 1.0       # …or one the question may use for it (几次 ~ 场)
UNIT_WRONG = -3.0        # …or neither: another measure altogether
RATE_ASKED = 3.0         # a rate word asked and the figure is a rate
RATE_NOT = -1.0          # a rate word asked and the figure is a count
RATE_NAMED = 4.0         # the very rate asked (进驻率) is the figure's indicator
RATE_UNASKED = -1.0      # 多少 with no rate word asks for a count first
UNASKED_ACTION = -0.5    # an action the indicator names and the question does not ask (败诉…案件 for 行政诉讼
                         # 有几件): a tie-breaker only, the plain count before the part that had an outcome
MEASURE_SUFFIXES = ("率", "度")   # words naming a measure (满意度, 知晓率) a figure must have itself
# defaults for a Matcher made alone (tests); the engine passes the lexicon's (structure.tsv: change, rate)
CHANGE_WORDS = re.compile(r"增长|增加|减少|下降|同比|环比|变化|上升|提高")
RATE_WORDS = re.compile(r"率|占比|比例|比重|百分")


@lru_cache(maxsize=1 << 14)
def _chars_of(word: str):
    """A search for any character of ``word``: one C call per text, where a word is scored
    against every figure of a report (an empty word finds none)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(set(word))) + "]" if word else "(?!)").search


@dataclass
class Match:
    obs: Obs
    score: float
    coverage: float
    missing: int = 0    # measures (…率, …度) the question names and the figure lacks
    unit_fits: bool = True


class _Question:
    """What the scoring needs of the question, worked out once per ranking."""

    def __init__(self, qtext: str, tokens: list[str], units: list[str], units_fit,
                 change=CHANGE_WORDS, rate=RATE_WORDS):
        self.chars = frozenset(qtext)
        self.asks_change = bool(change.search(qtext))
        self.asks_rate = bool(rate.search(qtext))
        self.rate_words = re.findall(r"[\u4e00-\u9fff]{2}率", qtext)
        self.total = sum(len(t) for t in tokens) or 1
        self.actions: frozenset[str] = frozenset()    # the actions asked, by their usual words (set by the matcher)
        self.own_words: list[str] = []    # the asker's words of those actions, where not the usual one (轮训)
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
                 verbs: frozenset[str] = frozenset(), change=CHANGE_WORDS, rate=RATE_WORDS,
                 same_action: dict[str, list[str]] | None = None,
                 actions: list[tuple[str, list[str]]] = ()):
        self.segmenter = segmenter
        self.same_action = same_action or {}
        # every word of an action → its usual word (审结 → 办结), found in an indicator longest first
        self.action_of = {w: head for head, words in actions for w in [head, *words]}
        # every word that names an action a word names (调处: 化解 and 调解, and their words): a long word
        # found in pieces (调处成功率) is found with its action in any of those words (调解成功率)
        self._same: dict[str, set[str]] = {}
        for head, words in actions:
            for w in [head, *words]:
                self._same.setdefault(w, set()).update(x for x in [head, *words] if x != w)
        self._action_words = re.compile("|".join(map(re.escape, longest_first(self.action_of)))) \
            if self.action_of else None
        self._label_actions: dict[str, frozenset[str]] = {}
        self.change, self.rate = change, rate
        self.verbs = verbs
        self.units_fit = units_fit
        self._subwords: dict[str, list[str]] = {}
        # keyed by the catalogue's id, each entry holding the catalogue itself: an id is unique only while
        # its list lives, so the entry keeps it alive (a list built for one question must never lend its
        # id, and so its scores, to a later one)
        self._columns: dict[tuple[int, str], tuple[list[Obs], list[tuple[float, float, bool]]]] = {}
        self._local = threading.local()

    def new_question(self):
        self._local.ranked = {}

    def token_score(self, obs: Obs, t: str) -> tuple[float, float, bool]:
        """What one word of the question says for one figure: (score, covered, missing measure)."""
        # the figure's own texts, searched as strings: a character set per figure was most of the
        # engine's start-up time and memory (its sentence and paragraph lead, for tens of thousands
        # of figures), where a word is a few characters and each is looked for once per catalogue
        near = obs.near
        hits = _chars_of(t)
        if not hits(near) and not hits(obs.sentence_text):
            # not one character of the word anywhere near the figure
            return 0.0, 0.0, len(t) >= 2 and t.endswith(MEASURE_SUFFIXES)
        fields = ((obs.label_text, IN_LABEL), (obs.actor_text, IN_ACTOR), (obs.clause, IN_CLAUSE))
        w, c = next(((w, 1.0) for text, w in fields if t in text), (0.0, 0.0))
        # "|" separates the words a figure is also found by; it is no character of theirs
        if not w and sum(1 for ch in set(t) if ch != "|" and ch in near) >= 2:
            subs = self.subwords(t)
            for text, weight in fields:
                mask = [False] * len(t)
                for sub in subs:
                    at = t.find(sub)
                    if at >= 0 and (sub in text or any(x in text for x in self._same.get(sub, ()))):
                        mask[at:at + len(sub)] = [True] * len(sub)
                frac = sum(mask) / len(t)
                if frac * weight * PART_FOUND > w:
                    w, c = frac * weight * PART_FOUND, frac * PART_FOUND
        if t in obs.sentence_text:
            # whole in the sentence: at least half, even where pieces of it stand in the indicator
            w, c = max(w, IN_SENTENCE), max(c, IN_SENTENCE)
        # the action asked about (废止, 办结) tells figures of one subject apart
        score = w * len(t) * (ASKED_ACTION if t in self.verbs and t in obs.label_text else 1.0)
        # a measure the question names (满意度, 知晓率) that this figure does not mention
        return score, c * len(t), c == 0 and len(t) >= 2 and t.endswith(MEASURE_SUFFIXES)

    def match(self, obs: Obs, tokens: list[str], units: list[str], qtext: str,
              view: _Question | None = None, parts=None) -> Match:
        """``parts``: each token's :meth:`token_score` for this figure, when known already."""
        q = view
        if q is None:
            q = _Question(qtext, tokens, units, self.units_fit, self.change, self.rate)
            q.actions = self.actions_asked(tokens)
            q.own_words = self.own_words(tokens, qtext)
        covered = score = 0.0
        missing = 0
        for s, c, miss in parts if parts is not None else (self.token_score(obs, t) for t in tokens):
            score += s
            covered += c
            missing += miss
        label = obs.label_clean
        score += LABEL_CHARS * sum(1 for ch in label if ch in q.chars) / max(len(label), 1)
        if q.own_words and any(w in label for w in q.own_words):
            score += ASKED_WORD
        if obs.kind == "change" and not q.asks_change:
            score += UNASKED_CHANGE
        fit = q.unit_fit(obs.unit)
        # a loosely used unit (几个 for 件) counts only when the question names the indicator itself
        unit_fits = fit == "yes" or (fit == "loose" and any(t in obs.label_text for t in tokens))
        if units:
            score += UNIT_ASKED if obs.unit in units else UNIT_RELATED if unit_fits else UNIT_WRONG
        elif q.asks_rate:
            score += RATE_ASKED if obs.unit == "%" else RATE_NOT
            # the rate the question names (进驻率) standing in the indicator itself
            if any(w in obs.label_text for w in q.rate_words):
                score += RATE_NAMED
        elif obs.unit == "%":
            score += RATE_UNASKED
        if self.label_actions(label) - q.actions:
            score += UNASKED_ACTION
        return Match(obs, score, covered / q.total, missing, unit_fits)

    def label_actions(self, label: str) -> frozenset[str]:
        """The actions an indicator names, by their usual words (read once per label)."""
        found = self._label_actions.get(label)
        if found is None:
            if len(self._label_actions) > 50_000:
                self._label_actions.clear()
            found = self._label_actions[label] = frozenset(
                self.action_of[w] for w in self._action_words.findall(label)) if self._action_words else frozenset()
        return found

    def subwords(self, token: str) -> list[str]:
        if token not in self._subwords:
            if len(self._subwords) > 50_000:   # user text is unbounded; this table must not be
                self._subwords.clear()
            subs = {x for x in self.segmenter.tokenizer.cut_for_search(token, HMM=False)
                    if len(x) >= 2 and x != token}
            subs |= {token[i:i + 2] for i in range(len(token) - 1)}
            self._subwords[token] = longest_first(subs)
        return self._subwords[token]

    def column(self, cat: list[Obs], token: str) -> list[tuple[float, float, bool]]:
        """One word scored against every figure of a catalogue.

        A word's scores depend on the word and the (fixed) catalogue only, and
        the questions about one report keep using the same few hundred words:
        so each word is scored against a catalogue once, in a bounded table.
        """
        key = (id(cat), token)
        held = self._columns.get(key)
        if held is not None:
            return held[1]
        if len(self._columns) > 4096:
            self._columns.clear()
        col = [self.token_score(o, token) for o in cat]
        for other in self.same_action.get(token, ()):
            # the usual word of an action (整改) stands for each of its words (整治): the best, at its length
            scale = len(token) / len(other)
            col = [c if c[0] >= s * scale else (s * scale, cov * scale, c[2])
                   for c, (s, cov, _) in zip(col, (self.token_score(o, other) for o in cat))]
        self._columns[key] = (cat, col)
        return col

    def own_words(self, tokens: list[str], qtext: str) -> list[str]:
        """The question's own words of the actions its tokens name by their usual word (轮训 for 培训)."""
        return [w for t in tokens for w in self.same_action.get(t, ()) if len(w) >= 2 and w in qtext]

    def actions_asked(self, tokens: list[str]) -> frozenset[str]:
        """The actions the question's words name (办结, 未办结; a label jieba keeps whole: 受理行政复议申请)."""
        found = set()
        for t in tokens:
            found |= self.label_actions(t.removeprefix("未"))
        return frozenset(found)

    def rank(self, cat: list[Obs], tokens: list[str], units: list[str], qtext: str) -> list[Match]:
        # a bare rate word (比例, 占比) asks for the unit kind, which the rate bonus weighs: not content
        tokens = [t for t in tokens if not self.rate.fullmatch(t)] or tokens
        # several readings of one question rank alike: remembered for this question only
        cache = getattr(self._local, "ranked", None)
        key = (id(cat), tuple(tokens), tuple(units), qtext)
        if cache is None or key not in cache:
            view = _Question(qtext, tokens, units, self.units_fit, self.change, self.rate)
            view.actions = self.actions_asked(tokens)
            view.own_words = self.own_words(tokens, qtext)
            columns = [self.column(cat, t) for t in tokens]
            ms = [self.match(o, tokens, units, qtext, view, [col[i] for col in columns])
                  for i, o in enumerate(cat)]
            ranked = sorted(ms, key=lambda m: (-m.score, m.obs.start))
            if cache is None:
                return ranked
            cache[key] = (cat, ranked)   # the list kept with its id, as in column()
        return cache[key][1]
