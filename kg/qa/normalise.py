"""Stage 1 of question answering: raw user text → the plain question the reader reads.

People write the same question many ways that carry no meaning for the answer:
traditional characters (辦結了幾件), full-width forms, Chinese numerals (二〇二五年,
两件, 百分之九十), English mixed in ("How many 行政复议 cases"), and polite or chatty
wrapping (「您好，我想了解一下……麻烦告诉我，谢谢」).  All of that is undone here, so
that the later stages only ever see one wording.  Every word list comes from
``data/lexicon/`` (discourse.tsv, english.tsv, synonyms.tsv); the code knows only
*where* in a question such words may stand (a clause's start or end), not which
questions they came from.

Bad input (empty, over-long, emoji only, letters of scripts we cannot read) is
caught first by :func:`input_problem`, which says what is wrong in plain Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

from kg.lexicon import longest_first, read_rows
from kg.qa.segment import chinese_counts_to_digits

MAX_QUESTION = 500   # longer than any real question by far; past it we refuse rather than read

_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0"}
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
_PERCENT = re.compile(r"百分之([零一二两三四五六七八九十百点\d.]+)")
_CLAUSE_SPLIT = re.compile(r"([，,。！!？?；;：:\n~～…]+)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
MIN_MISSPELT = 4     # an English word this long or longer is read as the one known word it is a slip of
_FIRST_PERSON = re.compile(r"(?<![A-Za-z])(?:I|my|we|our|me|us)(?![A-Za-z'])", re.IGNORECASE)
# a grade in capitals before 级 (A级, AAA级, 3A级) or letters between a number and a Chinese word (4A景区)
_GRADE = re.compile(r"\d*[A-Z]{1,5}(?=级)|(?<=\d)[A-Z]{1,2}(?=[\u4e00-\u9fff])")
_CODE_MARK = "\ue000"     # where a grade stood while the English is read (a private-use character)
_MORE_THAN = re.compile(r"how\s+(?:many|much)\s+(more|fewer|less)\s+(.+?)\s+than\s+(.+?)\s*(?=[?？]|$)")
_GLOSSED = re.compile(r"(?<![a-z'-])[a-z]+(?:-[a-z]+)*\s*[（(]\s*([\u4e00-\u9fff][^()（）a-z]*)[)）]")   # (spot-check (抽查): one word, hyphens and all)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # OpenCC's own dictionaries ship inside the wheel: no download at run time
    return opencc.OpenCC("t2s")


def _foreign_letters(text: str) -> list[str]:
    """Letters of scripts other than Han and Latin (Cyrillic, kana, Hangul, Arabic …)."""
    out = []
    for ch in text:
        if unicodedata.category(ch).startswith("L") and not _HAN.match(ch) and ch.isascii() is False:
            name = unicodedata.name(ch, "")
            if not name.startswith(("CJK", "LATIN")):
                out.append(ch)
    return out


def input_problem(question: object, max_length: int = MAX_QUESTION) -> str | None:
    """Why a question cannot be read at all, in plain Chinese; None when it can."""
    if not isinstance(question, str) or not question.strip():
        return "问题是空的，请输入一个问题。"
    if len(question) > max_length:
        return f"问题过长（超过{max_length}个字符），请缩短后再问。"
    text = unicodedata.normalize("NFKC", question)
    foreign = _foreign_letters(text)
    if foreign:
        return f"问题里有无法识别的文字（{''.join(dict.fromkeys(foreign))[:10]}），请用中文提问。"
    if not _HAN.search(text) and not _LATIN.search(text) and not re.search(r"\d", text):
        return "问题中没有可以识别的文字（只有表情或符号），请用中文提问。"
    return None


_ASKER_OWN = re.compile(r"(?:我们|咱们|我|咱)(?=[\u4e00-\u9fff])")   # the asker's own (我们院, 咱们局)


@dataclass
class Normalised:
    raw: str     # simplified, half-width, English mapped; wrapping still there (follow-ups read 「那X呢」)
    text: str    # the question itself: wrapping stripped, numerals as digits, synonyms applied
    setting: str = ""   # scene-setting clauses (关于2025年的…, 我家在铁西区): their year and place count
    settings: tuple[str, ...] = ()   # …each apart, in order (the last may name what the question is of)
    foreign: tuple[str, ...] = ()   # English words no list knows (unanswered): what they ask is not known
    either: tuple[tuple[str, ...], ...] = ()   # set up → 设立|组建: a word read as the first of several actions


def _base_forms(word: str) -> list[str]:
    """The forms an English word may have come from by its regular endings, itself first
    (revoked → revoke, revok; replies → reply; admitted → admit; closing → close)."""
    forms = [word]
    for ending, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)] + repl
            forms.append(stem)
            if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])     # admitted → admit
    return forms


TERM_SPAN = 6    # characters either side of a 的 looked at for a term it stands inside (政协委员|的|提案)
# …5件全部胜诉——那么败诉几件: a dash between two clauses breaks them like a comma (1—2个 keeps its range)
_CLAUSE_DASH = re.compile(r"(?<=[\u4e00-\u9fff])[—―]+(?=[\u4e00-\u9fff])")
# 下辖哪几个社区 / 哪几家单位: which ones, as 哪些 — its 几 and counter ask no count
_WHICH_FEW = re.compile(r"哪几(?:个|项|家|位|条|支|所|名)")   # (哪几类, 哪几方面: kinds, read as they are)
# a quiz item's options (…？A. N项 B. M项 C. K项 D. L项): from a lone A before a B to the end
_OPTIONS = re.compile(r"(?:(?<=[\s？?。：:，,）)”\u4e00-\u9fff])|^)[AＡ]\s*[.．、:：)）]\s*(?=\S)(?=.*?[BＢ]\s*[.．、:：)）]).*$", re.DOTALL)
# …or offered after 备选 (（备选：N、M、K）, 备选：①…②…)
_SPARE_OPTIONS = re.compile(r"[（(]?\s*备选(?:答案|项)?\s*[：:][^）)]*[）)]?")
# a blank to fill (____, ＿＿, （  ）)
_BLANK = re.compile(r"[_＿﹍]{2,}|[（(]\s+[）)]")
_ASKS_NUMBER = re.compile(r"多少|几|多大|多高|多长|百分之|比例|是否|有没有|吗|哪")   # a question that asks in words of its own
_BRACKETED_NOTE = re.compile(r"[(（]([^()（）]{1,16})[)）]")   # a bracket of a few words (a note, or a name's part)
_LONE_PERCENT = re.compile(r"(?<=[A-Za-z])\s*%")   # what %: a % after an English word, not a number
MAX_EXCEPTED = 15    # the longest X of 除了X / X以外 read as excepted: a name or two, never a clause
_CLAUSE_ENDS = "，,。！!？?；;：:"
NEGATION_MARK = "未"  # what an exception becomes: the remainder's mark (segment.NEGATION)
MIN_TERM = 4     # a joined term is at least this long: 法院的裁判 (法院裁判) is two words, not one term


class Normaliser:
    """Built once per lexicon; ``normaliser(question)`` is cheap (a few regex passes)."""

    def __init__(self, lexicon_dir, synonyms: list[tuple[str, str]], units: list[str], verbs: list[str] = ()):
        # Hong Kong and Taiwan wording (regional.tsv), as written and, unless marked, simplified
        regional: dict[str, str] = {}
        for row in read_rows(lexicon_dir / "regional.tsv"):
            if len(row) > 1 and row[0]:
                regional[row[0]] = row[1]
                if row[2:3] != ["written"]:
                    regional.setdefault(_t2s().convert(row[0]), row[1])
        self.regional = regional
        self.regional_re = re.compile("|".join(map(re.escape, longest_first(regional)))) if regional else None
        rows = read_rows(lexicon_dir / "discourse.tsv")
        words = {pos: [] for pos in ("lead", "tail", "intro", "filler", "setting", "asks", "purpose", "label", "correction",
                                     "pick", "quiz", "quiz_check", "task")}
        for row in rows:
            if len(row) > 1 and row[0] in words:
                words[row[0]] += [w for w in row[1].split("|") if w]
        by_len = {k: longest_first(v) for k, v in words.items()}
        self.lead_words = by_len["lead"]
        self.lead = re.compile("^(?:" + "|".join(map(re.escape, by_len["lead"])) + ")") if by_len["lead"] else None
        self.tail = re.compile("(?:" + "|".join(map(re.escape, by_len["tail"])) + ")$") if by_len["tail"] else None
        self.intro = tuple(by_len["intro"])
        # 【单选题】/ 填空： / 判断： opening a quiz item: its kind, and whether it states a claim to judge
        quiz = "|".join(map(re.escape, longest_first(by_len["quiz"] + by_len["quiz_check"])))
        self.quiz_label = re.compile(rf"^\s*(?:【({quiz})】|({quiz})\s*[：:]?)\s*") if quiz else None
        self.quiz_check = frozenset(by_len["quiz_check"])
        self.purpose = tuple(by_len["purpose"])
        self.task = tuple(by_len["task"])
        # 我是甲院的，我们院… : the body an asker introduces, which their 我们院 / 咱们局 then names
        suffixes = longest_first(r[0] for r in read_rows(lexicon_dir / "org_suffixes.txt"))
        self._own_body = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:" + "|".join(map(re.escape, suffixes)) + ")") \
            if suffixes else None
        self.labels = frozenset(by_len["label"])
        # (单位：项) / (口径：全区): a label and what it labels, in brackets inside a clause — a note on the
        # answer's form, nothing of what is asked
        self.bracket_label = re.compile(r"[(（](?:" + "|".join(map(re.escape, by_len["label"])) + r")[:：][^()（）]{0,12}[)）]") \
            if by_len["label"] else None
        self.setting = tuple(by_len["setting"])
        # 我现在要的是… / 这里只要…: the asker picks one of what the clauses before named (see the_question)
        self.pick = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:" + "|".join(map(re.escape, by_len["pick"])) + ")") \
            if by_len["pick"] else None
        self.asks = re.compile("|".join(map(re.escape, by_len["asks"]))) if by_len["asks"] else None
        self.filler = re.compile("|".join(map(re.escape, by_len["filler"]))) if by_len["filler"] else None
        self.correction_words = by_len["correction"]
        # 处理事项 不对 化解重点信访事项: what follows a correction replaces the last piece before it
        # (…set apart by spaces or marks: 不对外公开 holds no correction)
        self.correction = re.compile(r"(?:^|(?<=[\s,，。！？!?~]))\s*(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in by_len["correction"]) + r")(?=[\s,，。！？!?~]|$)[\s,，]*",
            re.IGNORECASE) if by_len["correction"] else None
        # (a hyphen joins words as a space does: law-enforcement is law enforcement's Chinese; where both
        # are listed, set up and set-up, the spaced one's; a word listed twice, its later line's)
        rows = [(r[0].lower(), r[1] if len(r) > 1 else "") for r in read_rows(lexicon_dir / "english.tsv") if r]
        self.english = {w: c for w, c in rows if "-" not in w}
        for word, chinese in rows:
            if "-" in word:
                self.english.setdefault(word.replace("-", " "), chinese)
        english = sorted(self.english.items(), key=lambda kv: -len(kv[0]))
        # (a phrase's last word in its plural too: mediation rooms is mediation room's Chinese)
        # (…and its first word in its other forms: sticks to is stick to's, joined in is join in's)
        self.phrase_heads = frozenset(" ".join(w.split()[:2]) for w in self.english if " " in w)
        self.english_re = re.compile(
            r"(?<![a-z])(?P<p>" + "|".join(re.escape(e).replace(r"\ ", r"[\s-]+") for e, _ in english) + r")(?:e?s)?(?![a-z])"
        ) if english else None
        self.synonyms = synonyms
        # the names of the places reports are held for (set by the reader), and their endings (区, 县 …)
        self.places: list[str] = []
        # the terms a 的 inside is joined in (政协委员的提案): the synonyms' and the reports' words (set by the reader)
        self.terms: set[str] = {a for a, _ in synonyms if len(a) >= MIN_TERM} | {v for v in verbs if len(v) >= MIN_TERM}
        self.place_endings = longest_first(r[0] for r in read_rows(lexicon_dir / "places.tsv") if r)
        self._romanised: dict[str, str] | None = None
        self._single_english: dict[int, list[str]] | None = None   # the English list's words, by length
        self.verbs = frozenset(verbs)
        # the words an alias must not be cut out of (see apply_synonyms)
        self.known_words = self.verbs | {c for _, c in synonyms if len(c) >= 2}
        self.units = units
        # 没审结 / 还没有修改 → 未审结 / 未修改: a negated action asks what is left of it
        # (structure.tsv: not_yet before an action only, 没有 being also "there is no"; cannot,
        # 不能全科受理 / 没被回访, wherever it stands but before a bound: 不能少于 is at_least)
        structure = {r[0]: longest_first(w for w in r[1].split("|") if w)
                     for r in read_rows(lexicon_dir / "structure.tsv") if len(r) > 1}
        not_yet, cannot = structure.get("not_yet", []), structure.get("cannot", [])
        likeness = structure.get("likeness", [])
        self.likeness_aside = re.compile(r"[(（](?:" + "|".join(map(re.escape, likeness)) + r")[^()（）]{0,24}[)）]") \
            if likeness else None
        # 据说…N起 / 有帖子称…N起: a claim before the question, which the reader checks (Reader.claims): never
        # a scene-setting clause (据…) nor a sentence set aside
        self.hearsay = tuple(structure.get("hearsay", []))
        # 在“…”那一项里 / 在营商环境那部分: a clause naming a part of the report is the question's (read as its
        # section), never a scene-setting clause however it opens
        section = structure.get("section", [])
        self.section_end = re.compile("(?:" + "|".join(map(re.escape, section)) + r")(?:里面|里|中|内|当中)?$") \
            if section else None
        # (…but 报告说/报告提到 opens what the report itself says: a scene, as a setting word)
        self.claim_openers = tuple(h for h in self.hearsay if h not in by_len["setting"])
        self.claim = re.compile("(?:" + "|".join(map(re.escape, [*structure.get("say", []), *self.hearsay]))
                                + r").*\d") if self.hearsay else None
        count = structure.get("count", [])
        self.asks_number = re.compile("|".join(map(re.escape, count))) if count else None
        bounds = structure.get("at_least", []) + structure.get("at_most", []) + structure.get("bound_words", [])
        self.negated = re.compile("(?:" + "|".join(map(re.escape, not_yet)) + ")(?=" + "|".join(
            map(re.escape, longest_first(verbs))) + ")") if verbs and not_yet else None
        self.cannot = re.compile("(?<!能)(?:" + "|".join(map(re.escape, cannot)) + ")(?!" + "|".join(
            map(re.escape, bounds or ["(?!)"])) + ")") if cannot else None
        # 某项核验不正常的比例 → 某项核验未正常的比例: a negated quality before the share asked asks the share left
        shares, negs = structure.get("share_word", []), structure.get("quality_negation", [])
        being = structure.get("quality_negation_not", [])
        self.negated_quality = re.compile(
            "(?:" + "|".join(map(re.escape, negs)) + ")(?!" + "|".join(map(re.escape, being or ["(?!)"]))
            + r")(?=[\u4e00-\u9fff]{1,4}?的?(?:" + "|".join(map(re.escape, shares)) + "))") if shares and negs else None
        # 除了X / 除X外 / X以外的 / X之外 → 未X: what is left of a whole without X (X within its clause,
        # after the scene it is taken from: 资金里，市本级以外 is 未市本级)
        before, after = structure.get("except_before", []), structure.get("except_after", [])
        ends = "|".join(map(re.escape, after + ["外"]))
        self.excepted = re.compile(
            "(?:" + "|".join(map(re.escape, before + ["除"])) + f")(?P<a>[^{_CLAUSE_ENDS}]{{1,{MAX_EXCEPTED}}}?)(?:{ends})"
            + ("|(?:" + "|".join(map(re.escape, before)) + f")(?P<b>[^{_CLAUSE_ENDS}]{{1,{MAX_EXCEPTED}}})" if before else "")
            + (f"|(?<=[{_CLAUSE_ENDS}里中在])(?P<c>[^{_CLAUSE_ENDS}里中的除]{{1,{MAX_EXCEPTED}}}?)(?:"
               + "|".join(map(re.escape, after)) + ")" if after else "")) if before or after else None
        # (…its lead: up to the last year, number, blank or preposition before the thing excepted;
        # structure.tsv except_lead)
        leads = "|".join(map(re.escape, structure.get("except_lead", [])))
        self._except_lead = re.compile(rf"^(.*(?:年|\d|\s{'|' + leads if leads else ''})|)(.+)$")

    def __call__(self, question: str) -> Normalised:
        text = unicodedata.normalize("NFKC", question)
        if self.regional_re is not None:
            text = self.regional_re.sub(lambda m: self.regional[m.group(0)], text)
        text = _t2s().convert(text)
        text = _CLAUSE_DASH.sub("，", text)
        text = _WHICH_FEW.sub("哪些", text)
        # what %: a percent sign after an English word asks a share (N% keeps its own, 多少% asks a rate)
        text = _LONE_PERCENT.sub(" 比例 ", text)
        foreign: list[str] = []
        either: list[tuple[str, ...]] = []
        text = _OPTIONS.sub("", _SPARE_OPTIONS.sub("", text))
        text = self.spaced_asks(self.corrected(text))
        if _LATIN.search(text):
            text = self._english(text, foreign, either)
        text = self.quiz_item(text)
        text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)) + "年", text)
        text = _PERCENT.sub(lambda m: _percent(m.group(1)), text)
        raw = text
        settings: list[str] = []
        if self.bracket_label is not None:
            text = self.bracket_label.sub("", text)
        if self.likeness_aside is not None:
            text = self.likeness_aside.sub("", text)
        asks = bool(_ASKS_NUMBER.search(text))
        text = _BRACKETED_NOTE.sub(lambda m: self._note_units(m.group(1), asks) if self._a_note(m.group(1)) else m.group(0), text)
        # 执法人员数 多少名: a field's measure noun 数 before the unit its note asks in is no word of the thing
        text = re.sub(r"(?<=[\u4e00-\u9fff]{2})数(?= 多少)", "", text) if not asks else text
        text = self.picked(self.the_question(text, settings), settings)
        text = self.strip_wrapping(text, settings)
        if self.excepted is not None:
            text = self.excepted.sub(self._except, "，" + text)[1:]
        text = self.synonyms_applied(text)
        if ("的" in text or "了" in text) and self.terms:
            text = self.synonyms_applied(self.join_terms(text))
        if self.negated is not None:
            text = self.negated.sub("未", text)
        if self.cannot is not None:
            text = self.cannot.sub("未", text)
        if self.negated_quality is not None:
            text = self.negated_quality.sub(NEGATION_MARK, text)
        text = chinese_counts_to_digits(text, self.units)
        return Normalised(raw, text, "，".join(settings), tuple(settings), tuple(dict.fromkeys(foreign)),
                          tuple(either))

    def quiz_item(self, text: str) -> str:
        """单选题：…多少项？ / 填空：…受理案件____件 / 判断：…共有N个…: a quiz item asks what the report
        states — its kind's label says nothing of it (discourse.tsv quiz), a blank before a unit asks how
        many (多少), one before none asks what (什么), and a statement to judge (quiz_check) asks back each
        figure it gives in a unit (…共N人 → …共多少人): the asker's figure is never the answer.  The options offered (A. … B. …)
        are taken off before (see ``_OPTIONS``): the answer is the report's figure, whichever they list."""
        checking = False
        if self.quiz_label is not None and (m := self.quiz_label.match(text)):
            checking = (m.group(1) or m.group(2)) in self.quiz_check
            text = text[m.end():]
        units = self.units

        def blank(m: re.Match) -> str:
            after = text[m.end():m.end() + 4].lstrip()
            return "多少" if after.startswith("%") or any(after.startswith(u) for u in units) else "什么"
        text = _BLANK.sub(blank, text)
        if checking:
            # (…共N人 → …共多少人: each figure the statement gives in a unit is asked back, its year kept)
            ordered = sorted(units, key=len, reverse=True)
            text = re.sub(r"(?<![\d.])\d+(?:\.\d+)?(?=\s*(?:%|" + "|".join(map(re.escape, ordered)) + r"))(?!\s*[年月日号])",
                          "多少", text) if ordered else text
        return text

    def _except(self, m: re.Match) -> str:
        if m.group("c") is None:
            return NEGATION_MARK + (m.group("a") or m.group("b"))
        # X以外的 after the clause's lead (某省2024年为农民工以外的): the thing excepted is what follows its
        # last year, number or preposition, the mark before it (为未农民工), not before the lead
        lead = self._except_lead.match(m.group("c"))
        return lead.group(1) + NEGATION_MARK + lead.group(2)

    def corrected(self, text: str) -> str:
        """执法人员培训 几场 sorry i mean 人次 → 执法人员培训 几人次: the asker's correction replaces the
        last piece before it (set apart by a space or a comma; with none, all that stands before it)."""
        if self.correction is None or not (m := self.correction.search(text)) or not text[m.end():].strip():
            return text
        before, after = text[:m.start()].rstrip(" 　,，"), text[m.end():]
        if not before:
            return text
        head = re.match(r"^(.*[\s,，])", before)
        return self.corrected((head.group(1) if head else "") + after)

    def spaced_asks(self, text: str) -> str:
        """应急队伍几支 一共几多人: pieces set apart by spaces, two or more asking a number each, are the
        coordinated pieces of one question (joined by a comma, as a writer would)."""
        chunks = text.split()
        if len(chunks) >= 2 and self.asks_number is not None \
                and sum(1 for c in chunks if self.asks_number.search(c)) >= 2:
            return "，".join(chunks)
        return text

    def synonyms_applied(self, text: str) -> str:
        """Everyday words → the reports' words (a question's, and a report's own where it uses them)."""
        return apply_synonyms(text, self.synonyms, self.known_words)

    def join_terms(self, text: str) -> str:
        """政协委员的提案 → 政协委员提案, 放到了基层 → 放到基层: a 的 between two nouns (or a 了 after a
        verb) inside a term the reports, the synonyms or the actions know (``terms``, set by the reader)
        is the asker's, not a boundary."""
        out, i = [], 0
        for m in re.finditer("[的了]", text):
            if m.start() < i:
                continue
            left, right = text[max(i, m.start() - TERM_SPAN):m.start()], text[m.end():m.end() + TERM_SPAN]
            # (a verb before 的 opens a relative clause, 化解的纠纷: the 的 stays; 了 follows a verb:
            # 放到了基层 is the action 放到基层)
            joined = next((a + b for k in range(len(left), 0, -1) for j in range(len(right), 0, -1)
                           if len(a := left[-k:]) + len(b := right[:j]) >= MIN_TERM and a + b in self.terms
                           and (m.group(0) == "了" or not any(a.endswith(v) for v in self.verbs))), None)
            if joined:
                out.append(text[i:m.start()])
                i = m.end()
        out.append(text[i:])
        return "".join(out)

    def _english(self, text: str, foreign: list[str], either: list | None = None) -> str:
        """English words and phrases → the genre's Chinese (english.tsv); un- before a known action
        negates it (unresolved → 未化解). A word no list knows is left out of the text and put in
        ``foreign``: what it asks is not known, so no figure may be taken to answer it (dropped,
        "how many letters were left unanswered" read as all the 区长信箱 letters). Function words and
        fillers are in the list, mapped to nothing."""
        either = [] if either is None else either
        text = self._english_story(text)
        # 3A级, AAA级: a grade written in Latin letters inside a Chinese name is no English word; it
        # is kept as written, out of the English reading's way
        codes = _GRADE.findall(text)
        text = _GRADE.sub(_CODE_MARK, text)
        text = re.sub(r"['’]s(?![a-z])", " ", text.lower())    # 铁西区's: the place's
        # revoke (注销), filed (备案): the Chinese in brackets is what the English word before it
        # means — it is read as that (only the one word: "how many cases were resolved (化解)" keeps
        # its question and its thing counted)
        text = _GLOSSED.sub(r" \1 ", text)
        # how many more A than B → A比B多多少 (fewer/less → 少): the Chinese order the reading knows
        text = _MORE_THAN.sub(lambda m: f" {m.group(2)} 比 {m.group(3)} {'多' if m.group(1) == 'more' else '少'}多少 ",
                              text)
        # left unanswered: the un- word asks what is left (未回复); "left" adds nothing to it
        text = re.sub(r"(?<![a-z])(?:left|remaining)\s+(?=un[a-z]+)", " ", text)

        def known(m: re.Match) -> str:
            chinese = self.english.get(re.sub(r"[\s-]+", " ", m.group(0)), None)
            if chinese is None:
                chinese = self.english.get(re.sub(r"[\s-]+", " ", m.group("p")), "")
            if "|" in chinese:      # set up (设立|组建|建立): one of these actions, whichever the figure's
                either.append(tuple(chinese.split("|")))
                chinese = chinese.split("|")[0]
            return " " + chinese + " "

        def head(m: re.Match) -> str:
            word, after = m.group(1), m.group(2)
            if f"{word} {after}" in self.phrase_heads:
                return word
            return next((b for b in _base_forms(word)[1:] if f"{b} {after}" in self.phrase_heads), word)

        if self.english_re is not None:
            # a phrase's first word in another form, read as its base where the phrase follows
            text = re.sub(r"(?<![a-z])([a-z]+)(?=\s+([a-z]+))", head, text)
            text = self.english_re.sub(known, text)

        def unknown(m: re.Match) -> str:
            word = m.group(0)
            for base in _base_forms(word):      # revoked → revoke, replies → reply
                if base in self.english:
                    return " " + self.english[base] + " "
            for base in _base_forms(word[2:]) if word.startswith("un") else ():
                chinese = self.english.get(base, "")
                if chinese in self.verbs:       # unanswered → 未回复
                    return " 未" + chinese + " "
            place = self.romanised().get(word)
            if place:                           # tiexi (district) → 铁西 (区)
                return " " + place + " "
            meant = self._misspelt(word)
            if meant is not None:               # caess → cases, recieved → received: one slip of the keyboard
                return " " + self.english[meant] + " "
            foreign.append(word)
            return " "

        text = re.sub(r"(?<![a-z])[a-z]+(?:'[a-z]+)?(?![a-z])", unknown, text).strip()
        codes.reverse()
        return re.sub(_CODE_MARK, lambda _m: codes.pop(), text)

    def _english_story(self, text: str) -> str:
        """For my paper on 基层治理: what share… / We run a shop: how many…: an English lead
        before a colon that tells of the asker (I, my, we…) and asks nothing (discourse.tsv asks), the
        question after it asking, is the asker's story — left out but for the places it names."""
        m = re.match(r"^([^:：?？]+)[:：](.+)$", text)
        if m is None or self.asks is None or not _FIRST_PERSON.search(m.group(1)) \
                or self.asks.search(m.group(1).lower()) or not self.asks.search(m.group(2).lower()):
            return text     # (For the district's 备案 system: … — a topic, no story of the asker's, stays)
        places = [c for c in re.findall(r"[\u4e00-\u9fff]+", m.group(1)) if c.endswith(tuple(self.place_endings))]
        return " ".join(places) + " " + m.group(2)

    def _misspelt(self, word: str) -> str | None:
        """The one word of the English list (of MIN_MISSPELT letters or more) that ``word`` is a slip of:
        a letter left out, added, changed, or two swapped (mnay, onlnie, trainnig) — where every such word
        means the same Chinese; else None (the word stays unknown)."""
        if len(word) < MIN_MISSPELT:
            return None
        if self._single_english is None:
            self._single_english = {}
            for k in self.english:
                if " " not in k and "-" not in k and len(k) >= MIN_MISSPELT:
                    self._single_english.setdefault(len(k), []).append(k)
        near = [k for n in (len(word) - 1, len(word), len(word) + 1) for k in self._single_english.get(n, ())
                if _one_slip(word, k)]
        return near[0] if near and len({self.english[k] for k in near}) == 1 else None

    def romanised(self) -> dict[str, str]:
        """The places of the reports held as English writes them (tiexi, tiexiqu → 铁西, 铁西区), made
        when a question first holds a Latin word no list knows (pypinyin is loaded only then)."""
        if self._romanised is None:
            from pypinyin import lazy_pinyin
            found: dict[str, str] = {}
            for name in self.places:
                stem = next((name[:-len(e)] for e in self.place_endings if name.endswith(e) and len(name) > len(e) + 1),
                            name)
                for chinese in (name, stem):
                    found.setdefault("".join(lazy_pinyin(chinese)).lower(), chinese)
            self._romanised = found
        return self._romanised

    def _a_note(self, inside: str) -> bool:
        """（名） / （%，保留两位小数） / （万元）: brackets holding only units and notes on the answer's form
        (discourse.tsv tails), nothing asked."""
        pieces = [p.strip() for p in re.split(r"[，,、；;]", inside) if p.strip()]
        return bool(pieces) and all(p in self.units or p == "%" or (self.tail is not None and self.tail.fullmatch(p))
                                    for p in pieces)

    def _note_units(self, inside: str, asks: bool = True) -> str:
        """What a note keeps: the units it names (应急演练（场次）asks in 场次), not its notes on form; in a
        field's label that asks nothing else (调解组织数（个）), the count in that unit (多少个)."""
        units = [p.strip() for p in re.split(r"[，,、；;]", inside) if p.strip() in self.units]
        if units and not asks:
            return " 多少" + units[0] + " "
        return " " + " ".join(units) + " " if units else ""

    def the_question(self, text: str, settings: list[str]) -> str:
        """我之前申请过行政复议。想知道…收到多少件？我想确认一下。: of several sentences, the last that
        asks something is the question; the sentences before it that ask nothing set its scene (their
        place and year count), and those after it are the asker's chat."""
        if self.asks is None:
            return text
        sentences = [x for x in re.split(r"(?<=[。！？!?])", text) if x.strip()]
        asking = [i for i, x in enumerate(sentences) if self.asks.search(x)]
        if len(sentences) < 2 or not asking:
            return text
        at = asking[-1]
        kept = [i == at or self.asks.search(x) or (self.claim is not None and self.claim.search(x))
                for i, x in enumerate(sentences[:at + 1])]
        settings += [x.strip("。！？!? ") for x, k in zip(sentences[:at], kept) if not k]
        return "".join(x for x, k in zip(sentences[:at + 1], kept) if k)

    def picked(self, text: str, settings: list[str]) -> str:
        """报告里有A和B两个数，我要的是A…，是多少: the clauses before the asker's pick
        (discourse.tsv pick) name what the report holds, to choose from — they set the scene, and what is
        asked is the pick's."""
        m = self.pick.search(text) if self.pick is not None else None
        if m is None or not text[m.end():].strip("，,。？?！! "):
            return text
        if text[:m.start()].strip("，,；; "):
            settings.append(text[:m.start()].strip("，,；; "))
        return text[m.end():]

    def strip_wrapping(self, text: str, settings: list[str] | None = None) -> str:
        """Drop greeting, request and thanks clauses; strip such words from a clause's two ends.

        Grammar, not phrases: a clause is kept when something is left of it once the
        words that may *open* a clause (您好, 请问, 我想了解一下, 麻烦帮我查) and those that
        may *close* one (谢谢, 好吗, 告诉我) are taken off its ends.  A clause that
        introduces the asker (我是一名记者) is dropped unless it is the question itself; one
        that sets the scene (关于2025年的法治政府建设，…) goes to ``settings``.
        """
        parts = _CLAUSE_SPLIT.split(text)
        clauses = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
        kept = []
        asker_body = ""
        last = max((i for i, (c, _) in enumerate(clauses) if c.strip()), default=-1)
        carried = ""
        for i, (clause, sep) in enumerate(clauses):
            c = carried + clause.strip()
            carried = ""
            if c in self.hearsay and sep.strip().startswith(("：", ":")) and i != last:
                carried = c      # 已知：…N件 / 输入：…: the label opens the claim that follows it
                continue
            if self.filler is not None:
                c = self.filler.sub("", c)
            if i != last and c.startswith(self.intro):
                # (…its body kept for the asker's 我们X that names it: 我们院 of 甲院)
                said = c[len(next(w for w in self.intro if c.startswith(w))):]
                said = re.sub(r"^(?:刚|新)?(?:调到|调来|分到|分配到|来到|到|在|是|去)", "", said)   # (我刚|调到区…中心)
                if self._own_body is not None and (bodies := self._own_body.findall(said)):
                    asker_body = max(bodies, key=len)
                continue
            # …a label of the asker's purpose before a colon (课堂作业：, 写报告用：) sets the scene too;
            # a topic before a colon (政法干警政治轮训: 几场…) stays the question's
            if sep.strip().startswith(("：", ":")) and c.lower() in self.labels:
                continue     # 问题：…, 上下文：… — the label of what follows, nothing of it
            # (…or of the asker's task, 写总结：/ 帮领导写讲话稿：, which opens with the work being done)
            labelled = sep.strip().startswith(("：", ":")) and (
                bool(self.purpose) and c.endswith(self.purpose) or bool(self.task) and c.lower().startswith(self.task)) \
                and not (self.asks and self.asks.search(c))
            if i != last and ((self.setting and c.startswith(self.setting)
                               and not (self.section_end and self.section_end.search(c))
                               and not (c.startswith(self.claim_openers) and self.claim.search(c)))
                              or labelled):
                if settings is not None:
                    settings.append(c)
                continue
            c = self._strip_ends(c)
            if c:
                kept.append((c, sep))
        if not kept:
            return ""        # greetings and thanks only: no question to read
        out = "".join(c + ("，" if sep and j < len(kept) - 1 else "") for j, (c, sep) in enumerate(kept))
        return self._own_named(out, asker_body)

    def _own_named(self, text: str, body: str) -> str:
        """我们院 / 咱们局 after an introduction naming the asker's body (我是甲院的): that body by name,
        so that its figures, and no other body's (乙院), are asked."""
        if not body:
            return text
        out, at = [], 0
        for m in _ASKER_OWN.finditer(text):
            rest = text[m.end():]
            ending = next((body[-k:] for k in (2, 1) if len(body) > k and rest.startswith(body[-k:])), "")
            if ending:
                out.append(text[at:m.start()] + body)
                at = m.end() + len(ending)
        return "".join(out) + text[at:]

    def _strip_ends(self, c: str) -> str:
        for _ in range(6):   # a few wrappers stack (您好请问麻烦您帮我查一下): bounded, never a loop
            before = c
            c = c.strip(" 　")
            if self.lead is not None:
                m = self.lead.match(c)
                if m:
                    c = c[m.end():]
            if self.tail is not None and c:
                m = self.tail.search(c)
                if m:
                    c = c[:m.start()]
            if c == before:
                break
        return c.strip()


def _percent(spoken: str) -> str:
    from kg.numbers import chinese_to_int
    try:
        if re.fullmatch(r"[\d.]+", spoken):
            return spoken + "%"
        whole, _, frac = spoken.partition("点")
        value = str(chinese_to_int(whole))
        if frac:
            value += "." + "".join(_CN_DIGIT.get(c, c) for c in frac)
        return value + "%"
    except ValueError:
        return "百分之" + spoken


WORD_SPAN = 4    # the longest known word looked for across an alias's edge (审结 of 审结案件, 召开 of 召开会议)


def apply_synonyms(text: str, synonyms: list[tuple[str, str]], words: frozenset[str] = frozenset()) -> str:
    """Everyday words → the report's words (复议 → 行政复议, not inside 行政复议 already written).

    An alias is a word, not a run of characters: where a known word (``words``: the verbs and the
    synonyms' own words) runs across its edge it is two words' halves and stays (结案 in 审结案件,
    开会 in 召开会议)."""
    for alias, canonical in synonyms:
        if alias in text:
            text = canonical.join(_replace_words(part, alias, canonical, words) for part in text.split(canonical))
    return text


def _replace_words(text: str, alias: str, canonical: str, words: frozenset[str]) -> str:
    if not words:
        return text.replace(alias, canonical)
    out, i = [], 0
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        if not _straddled(text, start, end, words):
            out += [text[i:start], canonical]
            i = end
        start = text.find(alias, end if i == end else start + 1)
    return "".join(out) + text[i:]


def _straddled(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether a known word crosses either edge of ``text[start:end]``."""
    return any(text[p:p + n] in words
               for edge in (start, end) for p in range(max(0, edge - WORD_SPAN + 1), edge)
               for n in range(edge - p + 1, min(WORD_SPAN, len(text) - p) + 1))


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with two letters beside each other swapped (caess), a letter left
    out (nuber), or a letter doubled (shhow) — the slips of a hurried keyboard. A letter changed or
    another letter added (bread is no slip of bead) may make another English word, so is none."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 \
            and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    if len(typed) < len(word):
        return any(word[:i] + word[i + 1:] == typed for i in range(len(word)))
    return any(typed[:i] + typed[i + 1:] == word and typed[i] in typed[max(0, i - 1):i] + typed[i + 1:i + 2]
               for i in range(len(typed)))
