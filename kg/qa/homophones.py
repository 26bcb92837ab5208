"""Words typed by their sound: 信相 for 信箱, 复义 for 复议, 开方日 for 开放日.

Questions typed with a pinyin keyboard in a hurry pick the wrong character of the right sound. A word
of a question that no report holds is read as the one word of the reports' vocabulary that sounds
the same, tones aside (pypinyin); where none or several do, it is left as typed, and the evidence
check declines as it would. A word no report holds changes nothing a report could answer, so a
correction can only turn a decline into an answer of the word the reports use — and the answer says
how the word was read. Places and bodies are never corrected: a place the reports do not hold
(铁溪区) is another place, not a typo of one they do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# the shortest word read by its sound: one character has too many of the same sound to tell
MIN_SOUNDED = 2
# the longest piece of an unknown word tried on its own (开方|日: the typo sits in a word of two)
MAX_PIECE = 4
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


class Homophones:
    """The reports' words by their sound, indexed on first use (pypinyin is loaded only then)."""

    def __init__(self, vocabulary: Callable[[], Iterable[str]],
                 never: tuple[str, ...] = (), is_word: Callable[[str], bool] = lambda w: False):
        self._vocabulary = vocabulary      # the corpus's words (labels, aliases, bodies): what is indexed
        self.never = never                 # endings of names (区, 局 …): a place or body is never a typo
        self.is_word = is_word             # a dictionary's word of its own (公证): no typo unless confirmed
        self._index: dict[tuple[str, ...], set[str]] | None = None

    def _sound(self, word: str) -> tuple[str, ...]:
        from pypinyin import lazy_pinyin
        return tuple(lazy_pinyin(word))

    def _build(self):
        """Every word of two to four characters in the reports' words, by its sound (a word's sounds
        read once, in its context: 调解 inside 人民调解组织 is indexed too, a dictionary's word)."""
        from pypinyin import lazy_pinyin
        index: dict[tuple[str, ...], set[str]] = {}
        runs = {run for w in self._vocabulary() for run in _HAN_RUN.findall(w)}   # (处理“区长信箱”来信)
        for w in runs:
            if len(w) < MIN_SOUNDED:
                continue
            sounds = lazy_pinyin(w)
            for n in range(MIN_SOUNDED, min(MAX_PIECE, len(w)) + 1):
                for i in range(len(w) - n + 1):
                    # (a word of its own only: 信箱 of 区长信箱, never 行实 across 执行|实施)
                    if n == len(w) or self.is_word(w[i:i + n]):
                        index.setdefault(tuple(sounds[i:i + n]), set()).add(w[i:i + n])
        self._index = index

    def meant(self, word: str, held: Callable[[str], bool]) -> str | None:
        """The one word of the reports that sounds like ``word`` (which the report asked, ``held``,
        does not hold), else None."""
        if len(word) < MIN_SOUNDED or not _HAN.match(word) or word.endswith(self.never) or held(word):
            return None
        if self._index is None:      # (built when a question first holds a word no report does)
            self._build()
        same = self._index.get(self._sound(word), set()) if len(word) <= MAX_PIECE else set()
        if len(same) == 1:
            return next(iter(same))
        # 开方日: a piece of it no report holds (开方), sounding like one word they do (开放)
        for n in range(min(MAX_PIECE, len(word) - 1), MIN_SOUNDED - 1, -1):
            for i in range(len(word) - n + 1):
                piece = word[i:i + n]
                if not held(piece):
                    same = self._index.get(self._sound(piece), set())
                    whole = word[:i] + next(iter(same)) + word[i + n:] if len(same) == 1 else ""
                    # (公证员 is no typo of a 公正员 no report holds; 开方日 is of the 开放日 they do)
                    if whole and (not self.is_word(piece) or held(whole)):
                        return whole
        return None

    def corrected(self, words: list[str], held: Callable[[str], bool]) -> list[tuple[str, str]]:
        """(typed, meant) for each word of ``words`` read by its sound."""
        out = []
        for w in dict.fromkeys(words):
            meant = self.meant(w, held)
            if meant and meant != w:
                out.append((w, meant))
        return out
