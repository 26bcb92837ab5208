"""Question text → normalised text and tokens.

jieba segments with a user dictionary made from the graph's own labels, so
domain terms (行政复议, 法律援助中心, 政务服务事项) stay whole; everyday words
are first mapped to the report's wording by ``data/lexicon/synonyms.tsv``.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import jieba

from kg.numbers import chinese_to_int

jieba.setLogLevel(logging.WARNING)

NEGATION = "未"     # what the normaliser makes of every negation of an action (没办结, 不能受理 → 未…)
_PUNCT = re.compile(r"[\s?？!！。，,；;：:、“”\"'‘’（）()《》<>【】\[\]{}…—\-~`@#$%^&*+=|\\/]+")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


# jieba's parts of speech of words that name nothing a figure could count: modal particles (吗, 呢),
# interjections, onomatopoeia and auxiliaries (来着's 着), and pronouns (tags r…) …
LIGHT_TAGS = frozenset({"r", "rr", "rz", "rg", "y", "e", "o", "u", "uz", "ul", "uv", "ud", "uj", "ug"})
# … but of the pronouns only the personal, demonstrative and interrogative ones (咱, 我家, 啥):
# 其余, 别的, 另, 各级, 每年, 本级 pick out a part of what is counted, which a figure must say
LIGHT_PRONOUN_HEADS = "我你您他她它咱俺偺啥咋那这哪怎谁吾什"
# …and none naming a place, a body or a time (我省, 我局, 咱村, 那年, 哪天, 啥时候): those are asked
NOT_LIGHT_CHARS = frozenset("省国党处局市区县乡镇村校队班年月天时日期周晚刻会")


@lru_cache(maxsize=1)
def _jieba_dictionary() -> str:
    """jieba's own dictionary (word, frequency, tag a line), read once: scanned for a few tags only,
    where jieba.posseg would load its HMM tables too, most of a second of every start for nothing."""
    with jieba.Tokenizer().get_dict_file() as f:
        return f.read().decode("utf-8")


@lru_cache(maxsize=1)
def attribute_chars() -> frozenset[str]:
    """One-character words jieba tags as adjectives or distinguishing words (女, 新, 老): before 的 in a
    question (女的有多少) they pick out a part of what is counted, which a figure must say."""
    return frozenset(re.findall(r"^(\S) \d+ [ab]\r?$", _jieba_dictionary(), re.MULTILINE))


# jieba's parts of speech of words that describe or act (verbs, adjectives, adverbs): never a
# place's own name (维持|市, 偏远|村 are no places), where a name is read by its form alone
NOT_NAME_TAGS = ("v", "vn", "vd", "a", "ad", "an", "d")


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Words of two characters or more jieba tags with a :data:`NOT_NAME_TAGS` part of speech (read
    once a process, and only where a name of a city's or a county's part is read by its form)."""
    tags = "|".join(sorted(NOT_NAME_TAGS, key=len, reverse=True))
    return frozenset(re.findall(rf"^(\S\S+) \d+ (?:{tags})\r?$", _jieba_dictionary(), re.MULTILINE))


# jieba's parts of speech of verbs proper (not 动名词 vn: 排查, 管理 name things too)
VERB_TAGS = ("v", "vd", "vg", "vi", "vq")


@lru_cache(maxsize=1)
def verbs_by_pos() -> frozenset[str]:
    """The words jieba's dictionary tags as verbs (:data:`VERB_TAGS`): 写, 了解, 采访 — read once a
    process, where a clause before a question is read for the asker's own doings."""
    tags = "|".join(sorted(VERB_TAGS, key=len, reverse=True))
    return frozenset(re.findall(rf"^(\S+) \d+ (?:{tags})\r?$", _jieba_dictionary(), re.MULTILINE))


@lru_cache(maxsize=1)
def verbal_nouns() -> frozenset[str]:
    """The words jieba's dictionary tags 动名词 (vn): 检查, 监督, 培训 — an action named as a thing
    (read once a process, where what a thing underwent is read)."""
    return frozenset(re.findall(r"^(\S+) \d+ vn\r?$", _jieba_dictionary(), re.MULTILINE))


@lru_cache(maxsize=1)
def light_by_pos() -> frozenset[str]:
    """The words jieba's dictionary tags with a :data:`LIGHT_TAGS` part of speech: a question's
    咱 / 我家 / 啥 is wrapping, never a content word the evidence must find (read once a process)."""
    text = _jieba_dictionary()
    tags = "|".join(sorted(LIGHT_TAGS, key=len, reverse=True))
    return frozenset(w for w, tag in re.findall(rf"^(\S+) \d+ ({tags})\r?$", text, re.MULTILINE)
                     if not tag.startswith("r") or w[0] in LIGHT_PRONOUN_HEADS and not NOT_LIGHT_CHARS & set(w))


def normalise(text: str, synonyms: list[tuple[str, str]]) -> str:
    """Full-width to half-width, Chinese years and counts to digits, synonyms applied."""
    text = unicodedata.normalize("NFKC", text)
    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)) + "年", text)
    for alias, canonical in synonyms:
        if alias in text:
            # 复议 → 行政复议, but not inside a 行政复议 already written out
            text = canonical.join(part.replace(alias, canonical) for part in text.split(canonical))
    return text


@lru_cache(maxsize=8)
def _count_pattern(units: tuple[str, ...]) -> re.Pattern:
    alternation = "|".join(re.escape(u) for u in units)
    # (N百N十多名, N百出头, N百N十几个: a count the asker guesses, with its mark of roughness — 几
    # after a numeral is one: N十几个 is N0多个, no count asked)
    return re.compile(rf"(?<![第零一二两三四五六七八九十百千万])((?:一(?=[百千万])|[二两三四五六七八九十])"
                      rf"[零一二两三四五六七八九十百千万]*)((?:多|余|来|几)?(?:{alternation})(?!性)|出头|左右)")


# 七成, 八成以上: tenths, as people give a share (一成不变 and the like stand before other characters)
_TENTHS = re.compile(r"(?<![零一二两三四五六七八九十百千万])([一二三四五六七八九])成(?=以上|以下|左右|多|的|了|吗|[，,。？?！!]|$)")


# 六百, 两千多: a round number the asker gives alone (no unit after it)
_ROUND = re.compile(r"(?<![零一二两三四五六七八九十百千万])((?:一(?=[百千万])|[二两三四五六七八九])[百千万][零一二两三四五六七八九十百千万]*)"
                    r"(?=多|余|来|出头|左右|[，,。？?！!、\s]|$)")


# a run of numeral characters holding both a digit and a Chinese place word (十百千万) — one number
# (万 alone is a unit's multiplier, 10万元, never a place word joining digits)
_MIXED_NUMERAL = re.compile(r"(?<![\d.])(?=[零一二两三四五六七八九十百千万\d]*\d)(?=[零一二两三四五六七八九十百千万\d]*[零一二两三四五六七八九十百千])"
                            r"[零一二两三四五六七八九十百千万\d]+(?![\d.%])")
_DIGIT_TO_CN = str.maketrans("0123456789", "零一二三四五六七八九")


def chinese_counts_to_digits(text: str, units: list[str]) -> str:
    """两件 → 2件, 十二个 → 12个, 两百多名 → 200多名, 七成 → 70%, 六百? → 600?; 一次性, 七进 and the
    like are left alone."""
    # 四十3件 / 6千5百多家: digits typed inside a Chinese numeral are its digits (四十三件, 六千五百多家)
    text = _MIXED_NUMERAL.sub(lambda m: m.group(0).translate(_DIGIT_TO_CN), text)
    text = _TENTHS.sub(lambda m: f"{chinese_to_int(m.group(1)) * 10}%", text)
    text = _ROUND.sub(lambda m: str(chinese_to_int(m.group(1))), text)
    text = _count_pattern(tuple(units)).sub(lambda m: f"{chinese_to_int(m.group(1))}{m.group(2)}", text)
    return _DIGITS_SOME.sub("多", text)


# N0几件 / N0几个 (after the numerals above): 几 after a number is its roughness (多), no count asked
_DIGITS_SOME = re.compile(r"(?<=\d)几")


_PUNCT_BUT_LISTS = re.compile(r"[\s?？!！。；;：:“”\"'‘’（）()《》<>【】\[\]{}…—\-~`@#$%^&*+=|\\/]+")


@lru_cache(maxsize=1 << 16)
def strip_punctuation(text: str) -> str:
    # cached: a corpus repeats its indicator, alias, actor and section strings in every figure
    return _PUNCT.sub("", text)


def strip_punctuation_keep_lists(text: str) -> str:
    """Punctuation removed except the list marks (、，) that tell a question's parts apart."""
    return _PUNCT_BUT_LISTS.sub("", text).replace(",", "，")


class Segmenter:
    """jieba with the graph's vocabulary added once."""

    def __init__(self, words: set[str]):
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        for w in sorted(words):
            if 2 <= len(w) <= 8:
                self.tokenizer.add_word(w, freq=20000)

        self._local = threading.local()
        self.closers: frozenset[str] = frozenset()   # one-character words closing a phrase (中, 里)

    def new_question(self):
        """Forget the last question's segmentations: reading one question cuts the same pieces
        of it many times, which are segmented once; nothing is kept from one question to the next."""
        self._local.seen = {}

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) for each word of ``text``."""
        seen = getattr(self._local, "seen", None)
        if seen is None:
            return self._tokenize(text)
        found = seen.get(text)
        if found is None:
            found = seen[text] = self._tokenize(text)
        return found

    def _tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """jieba's words, but a word it made up (no dictionary's) never swallows the negation 未 that
        a question's action follows (事项中未实现 is 中|未实现, not 中未|实现) nor stands before it (未市|本级
        is 未|市本级), nor opens with a word
        closing the phrase before it (整治中有几家 is 中|有)."""
        words = []
        for w, s, e in self.tokenizer.tokenize(text):
            at = w.find(NEGATION, 1)
            if at < 0 and w[0] == NEGATION and len(w) > 1:
                at = 1       # 未市|本级 (of 除了市本级): the negation opens what follows, not a word with it
            if at < 0 and w[0] in self.closers and len(w) > 1:
                at = 1       # 整治中有几家: 中|有, a scene closed (closers: set by the reader)
            if at > 0 and w not in self.tokenizer.FREQ:
                words += [(w[:at], s, s + at), (w[at:], s + at, e)]
            else:
                words.append((w, s, e))
        return words

    def boundaries(self, text: str) -> set[int]:
        """Offsets where a word of ``text`` ends."""
        return {end for _, _, end in self.tokenize(text)}

    def cut(self, text: str) -> list[str]:
        return [w for w, _, _ in self.tokenize(text) if w.strip()]
