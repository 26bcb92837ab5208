"""Stage 4: may this figure answer this question?  Every content element must be accounted for.

Ranking finds the figure *most like* the question; this stage decides whether it
*is* the answer.  A figure answers only when each element the question names is
accounted for by the figure itself:

- the **action** (收到 ≠ 受理 ≠ 办结, from ``actions.tsv``), in the figure's indicator
  or actor — or in its clause when the indicator names no action;
- no **opposite** (胜诉 asked, 败诉 stated; ``antonyms.tsv``);
- every **content word** (object, actor, topic) in the figure's own words, or in
  its sentence, section or paragraph lead *unless* another figure of that sentence
  owns the word (asked 法律援助 办结, the sentence's 办结 figure is 行政复议's: refused);
- each named **department**, at the level named (市司法局 is not 区司法局);
- the **unit kind** (a rate for 率/比例, not a count; money for 多少钱);
- the **time**: plans (计划, 下一步, 明年) only from the plans section; a change against
  last year (比去年, 同比) only from a stated change.

Region, year and level are settled before (the report chosen); what is left
unaccounted is returned as plain-Chinese reasons, and the engine declines.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import longest_first, read_lines, read_rows
from kg.numbers import month_runs, numeral_value
from kg.qa.catalogue import Catalogue
from kg.qa.gazetteer import FUNCTION_CHARS
from kg.qa.matching import MEASURE_SUFFIXES, Obs
from kg.qa.reading import Reader, Reading
from kg.qa.segment import (
    attribute_chars,
    not_name_words,
    strip_punctuation,
    strip_punctuation_keep_lists,
    verbs_by_pos,
)

LIST_HEAD = 3    # an item of a list is named by its last characters too (环评报告书 of …审批环境影响报告书)
CHANGE_SINCE = re.compile(r"(?:较|比|与|同)((?:19|20)\d{2})年")   # 较N年下降: the year a change is against
_PLAIN = re.compile(r"[^\w]")   # what a kept clause loses of its sentence (marks, dashes, brackets)
OWN_SUBJECT = re.compile(r"全|本级|其中|[省市县区镇乡村]")   # a clause opening with its own scope (全县…, 其中…)
RATE_LEAD = 4   # characters of a rate's clause that find it in its sentence as written (punctuation kept)
SHARE_OPENING = re.compile(r"(?:约|共|合计)?占")   # 约占全省…比例: a share of what the clause before it counted
KIND_WORD = 2    # 室内|检验: the word before a noun that tells one kind of it from another (two characters, as most are)
ARITHMETIC_CUES = frozenset({"sum", "difference", "gap_to_whole"})   # a number computed is asked, no thing
MIN_ACTOR_SUFFIX = 3   # characters of an actor's name a question names it by (派驻调解室 of 公安派驻调解室)
# 教师资格认定等政务服务事项: (the examples, the kind) — a word before 等 names one of the kind
_EXAMPLES_OF = re.compile(r"([\u4e00-\u9fff“”、]{2,}?)等([\u4e00-\u9fff]{2,})")
# 各级各类学校（含幼儿园）: (the kind, what it includes)
_INCLUDING = re.compile(r"([\u4e00-\u9fff]{2,})[（(](?:含|包括|包含)([^（()）]{2,})[）)]")
KIND_HEAD = 2    # the kind named by its last two characters (事项, 学校): the head noun a question uses
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_QUOTED_LIST = re.compile(r"[“\"‘'「][^”\"’'」]*、[^”\"’'」]*[”\"’'」]")
# a word only partly found is accounted for when this share of its characters is covered
# by two-character pieces found in the figure's words: 智能备案系统 ~ 智能备案管理系统
PART_COVERED = 0.75
SECTION_COVERED = 0.5   # a part of the report named in a question: an asker's paraphrase of its heading
                        # (带头学法 for 领学促学) may miss words, but not most of them
NEGATIONS = ("未", "没有", "没", "尚未", "不", "非")   # how a report states what is left undone (未履行, 尚未办结),
# or what is not of a kind (非现场执法)
_NEGATED = re.compile(r"(还没有|还没|没有|尚未|未|没|不|非)(?:被)?([\u4e00-\u9fff]{2})")   # 没有(被)维持, 非治安类
PUBLISHER_CORES = ("政府", "人民政府")     # the report's own publisher stands behind every figure
# an earlier figure of the sentence is the scene of the later ones (统筹推进…四次专项整治，累计出动…) when
# this share of its indicator's two-character pieces stands in the paragraph's heading or lead
SCENE_TOPIC = 0.5
ITEM_OPENING = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|[①-⑳])")   # 一是… an item of a run
PREFIX_LEVELS = "省市县区镇乡"   # a body's name opening with its level (市法律援助中心): the place's, given apart
# 2023—2025年累计 / …期间共: several years taken together (a range before 分别 gives each year its own)
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}年?\s*[—–\-~～至到]\s*(?:(?:19|20)\d{2}|\d{2})年(?:度)?(?:期间|间)?[，,]?(?:累计|合计|共)")
SHARED_THING = 4    # characters two labels share that name one thing (规范性文件), more than an action (受理) or a place
MIN_PREDICATE = 2   # characters after a counted subject that make a predicate (N项政务服务事项中: 中 is none)
NAME_GAP = 4    # characters a name asked in short may leave out between an action word and its next word
NAME_SIDE = 2    # characters each side of an action word that, found in the figure's words, make it part of a name


_TOP_PART = re.compile(r"^(?:第)?([一二三四五六七八九十]{1,3})(?:、|部分)$")
_SUB_PART = re.compile(r"^(?:第)?[（(]?([一二三四五六七八九十]{1,3}|\d{1,2})[）)]?[、.．]?$")


def _notation_number(notation: str) -> tuple[str, int | None]:
    """三、 → ("top", 3); （二） / 2. / （2） → ("sub", 2); anything else → ("", None)."""
    for kind, pattern in (("top", _TOP_PART), ("sub", _SUB_PART)):
        if m := pattern.match(notation):
            return kind, numeral_value(m.group(1))
    return "", None


def _place_list(name: str, sentence: str) -> str:
    """The list of places ``name`` stands in in ``sentence`` (甲镇、乙街道等), or "" when it stands alone."""
    for m in re.finditer(re.escape(name), sentence):
        after, before = sentence[m.end():m.end() + 1], sentence[m.start() - 1:m.start()] if m.start() else ""
        if after in ("、", "等") or before == "、":
            lo = max(sentence.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
            stop = re.search(r"等|[，,；;。]", sentence[m.end():])
            hi = m.end() + (stop.end() if stop and stop.group(0) == "等" else stop.start() if stop else 0)
            return sentence[lo:hi]
    return ""


@dataclass
class _Words:
    own: str       # indicator, its aliases and the actor
    context: str   # clause, sentence (less other figures' clauses), section title, paragraph lead
    siblings: str  # what the other figures of the same clause own (收到司法建议、检察建议各2件)
    by_unit: tuple = ()   # the same, with each sibling's unit
    beyond: str = ""      # the context outside the figure's own clause (where no sibling's words stand)
    subject: str = ""     # the subject its clause shares with the clause before (N名县级领导…，处理…M件)

    def without_units(self, units_fit) -> _Words:
        """The question's unit rules out siblings in other units (N家执法部门M名执法人员: 几家 asks the N)."""
        keep = "|".join(t for t, u in self.by_unit if units_fit(u))
        return _Words(self.own, self.context, keep, self.by_unit, self.beyond, self.subject) \
            if keep != self.siblings else self


# between a body and a thing it issues: 的, or a verb of issuing with up to a few words (给区里发的)
# (…or the count asked between: 检察院给区里发了几件检察建议)
ISSUED_BY = r"(?:的|[\u4e00-\u9fff]{0,8}?(?:发|下发|提出|提|提交|作出|出具|发出|下达|发来|送来|送达)(?:了|过)?(?:的|(?:多少|几)[件份条个项]?)|)"
# a list of things counted together before a figure: 2–8 characters an item, no number inside, 、 between
JOINT_LIST = re.compile(r"(?<!\d)[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+")
OBJECT_LEAD = 2   # 办结|上级|交办…: the few characters (a body, a level) before an action inside an object
QUOTED = re.compile(r"[“\"「]([^”\"」]+)[”\"」]")
EXAMPLES_GIVEN = re.compile(r"、[^，。？?]*?(?:这些|这几种|这几类|等等|等|之类|这类)")   # A、B这些 / A、B等: examples
PARTNER_GAP = 4   # 会同|县|消防救援大队: the few characters (a level, a place) between a partner word and its body
# 2024年度督查发现问题: a year dating the thing after it, told by the thing's first characters
DATED = re.compile(r"((?:19|20)\d{2})年度?")
DATED_THING = 2   # the characters after the year that tell the thing dated (督查 of 2024年度督查发现问题)
ITEM_PREFIX = 2     # 涉企 for 涉企执法, 民生 for 民生实事类问题: an item of a joined noun named by its opening
ITEM_NAMED = 0.75    # share of a listed item's characters a question must hold to name it (not 接访 for 坐班接访)
EACH = re.compile(r"各|分别|均|都")      # …各N件 / 分别 / 均为: each item has the figure, none a part
LEVEL_MARKS = frozenset("省市县区旗")   # the marks of a level, inside no place's own name (州 may be: 杭州)
PLACE_RANKS = ("village", "town", "region", "city", "province")   # the levels of places, lowest first
SUB_PLACE_LEAD = 2     # a town names whose figure it is where it opens the clause (after a character or two)
MAX_WORD = 4            # the longest word of jieba's a clause is read to open with
CLAUSE_TAIL = 6         # a clause is found in its sentence by its last characters (the figure and its unit)
OPENING_LEAD = 2        # a body opens its sentence after a point mark or a character or two (1.镇…, 全镇…)
# 局执法稽查支队, 省局本级, 我局: the publishing body itself or a part of it, by its short name
OWN_PART_MARKS = ("局", "厅", "委", "本局", "本厅", "我局", "该局", "省局", "市局", "县局", "区局", "省厅", "本委", "我委")
# 县综合行政执法局, 市卫生健康委员会: the endings of a department beside the publisher (a unit under it,
# 市救助管理站, 法律援助中心, may report its figures as the publisher's own work)
PEER_BODY_ENDS = ("局", "委", "委员会", "厅", "办公室")
WHOLE_PLACE = re.compile("全[省市县区州盟旗]")   # a clause naming the whole place (全市…) is of all of it


def _joined_in(word: str, text: str) -> bool:
    """The word stands joined to another in the question (行政复议和行政诉讼案件, A、B): each is asked."""
    # (a level's mark may stand between: 人大代表建议和市政协提案)
    return bool(re.search(rf"{re.escape(word)}\s*(?:和|与|及|以及|、)|(?:和|与|及|、)\s*[省市区县镇乡]?级?{re.escape(word)}", text))


def _in_another_part(r: Reading, word: str, text: str) -> bool:
    """The department word stands in a coordinated part other than the one ``text`` is read of."""
    return any(p not in text and (word in p or p in word or (len(p.split()[0]) >= 2 and p.split()[0] in word))
               for p in r.parts if p.strip())


def _segment_before(obs: Obs) -> str:
    """The words before a figure's clause in its part of the sentence (up to a ； or 。 before it)."""
    if WHOLE_PLACE.search(obs.clause):
        return ""      # 全市政务服务事项…: a figure of the whole, whatever part the clause before named
    for segment in re.split(r"[；;。]", obs.sentence):
        flat = strip_punctuation(segment)
        if obs.clause and (at := flat.find(obs.clause)) >= 0:
            return flat[:at]
    return ""


class Evidence:
    def __init__(self, reader: Reader, catalogue: Catalogue, lexicon_dir):
        self.reader, self.cat = reader, catalogue
        # 其中: what follows breaks down the figure before it (structure.tsv part_of)
        self._breakdown_words = tuple(reader.words.get("part_of", ()))
        self._not_happened_words = tuple(reader.words.get("not_happened", ()))
        self._scene_after = tuple(longest_first(reader.words.get("scene_after", ())))
        self._listed: dict[str, list[str]] = {}
        self._joined: dict[str, list[str]] = {}
        self.actions = reader.actions
        self.all_action_words = longest_first(w for _, ws in self.actions for w in ws)
        self._verbs = longest_first(reader.lx.verbs)     # (generic: an indicator of a verb alone)
        self._acts = longest_first({*self.all_action_words, *reader.lx.verbs})   # (the action a rate is of)
        self._act_count = re.compile("(?:" + "|".join(map(re.escape, self._acts)) + ")数") if self._acts else None
        self._rate_acts: dict[str, str] = {}     # by label, read once
        # 压减了多少个工作日: the amount of a change asked (changes.tsv), which a figure of what it was or
        # became (由N个工作日压减至M个) is not; a figure 由…至 holds a "from" and a "to" word (stage_markers.tsv)
        moves = "|".join(map(re.escape, (w for w, _ in reader.lx.changes))) or "(?!)"
        self._amount_asked = re.compile(rf"(?:{moves})了?(?:多少|几)")
        marks = reader.lx.stage_markers
        self._from_to = re.compile("(?:{})\\d.*(?:{})\\d".format(
            "|".join(re.escape(w) for w, k in marks if k == "from") or "(?!)",
            "|".join(re.escape(w) for w, k in marks if k == "to") or "(?!)"))
        # an action read as its usual word (整治 → 整改) is accounted for by any word of it
        self.same_action = reader.same_action
        # the words that name two actions at once, each with its actions (调处: 化解, 调解)
        lines: dict[str, list[str]] = {}
        for cls, ws in self.actions:
            for w in ws:
                lines.setdefault(w, []).append(cls)
        self._two_lines = {w: classes for w, classes in lines.items() if len(classes) > 1}
        self._named: dict[str, list[str]] = {}
        self.aliases: dict[str, list[str]] = {}
        for alias, canonical in reader.lx.synonyms:
            self.aliases.setdefault(canonical, []).append(alias)
        self.count_nouns = set(read_lines(lexicon_dir / "count_nouns.txt"))
        self.people_nouns = set(read_lines(lexicon_dir / "people_nouns.txt"))
        self._units_longest = longest_first(reader.units)
        # the parts of a place a report breaks its figures down by (镇, 街道, 社区 …: sub_places.txt)
        self.part_levels = {r[0]: r[1] for r in read_rows(lexicon_dir / "sub_places.txt") if len(r) > 1}
        self.proper_parts: set[str] = set()    # set by the engine, from the reports' words
        self._labels: set[str] | None = None    # the reports' labels (see _opens_with_verb)
        self._framing = longest_first(reader.lx.light_words)   # (全年, 累计 …)
        self._part_endings = longest_first(self.part_levels)      # (社区 before 区)
        self.sub_place = re.compile(r"(([\u4e00-\u9fff]{2,4}?)(?:" + "|".join(map(re.escape, self._part_endings)) + "))")
        # the one-character endings of places (市, 区, 县 …): 市级领导 and 区级领导 differ only in theirs
        self.level_chars = frozenset(r[0] for r in read_rows(lexicon_dir / "places.tsv") if r and len(r[0]) == 1)
        self.scope_parts = reader.lx.scope_parts
        # the endings of the parts of a place (镇, 街道, 社区 …): names a list of places is made of
        self.place_endings = tuple(longest_first(self.part_levels))
        self.antonyms = [(r[0], r[1]) for r in read_rows(lexicon_dir / "antonyms.tsv") if len(r) > 1]
        self.antonyms += [(b, a) for a, b in self.antonyms]
        # 法院 → 司法建议, 裁判 …: what a body issues by its nature (issuers.tsv)
        self.issues = {r[0]: [w for w in r[1].split("|") if w] for r in read_rows(lexicon_dir / "issuers.tsv")
                       if len(r) > 1}
        # every name of a department, each to all of its names (departments.tsv: 医保局 is 医疗保障局)
        self._department_forms: dict[str, set[str]] = {}
        for name, aliases in reader.lx.department_aliases.items():
            for f in (name, *aliases):
                self._department_forms.setdefault(f, set()).update((name, *aliases))
        # …by any of its everyday names too (departments.tsv: 检察机关 is the 检察院)
        for name, aliases in reader.lx.department_aliases.items():
            forms = {name.lstrip("省市区县镇乡"), *aliases}
            key = next((f for f in sorted(forms) if f in self.issues), None)
            for f in forms if key else ():
                self.issues.setdefault(f, self.issues[key])
        # 依托N个人民调解组织…，化解纠纷M件: a clause opening with a framing word is the means of the
        # sentence's later figures (only the multi-character ones: 以/将/在 open too much)
        frames = tuple(x for x in reader.lx.frame_markers if len(x) >= 2)
        self._openings: dict[str, str] = {}
        self._subjects: dict[str, str] = {}
        # the words a topic chain's subject ends before (an action, or 由: 县政府法律顾问团由N名律师组成),
        # the verbs a clause with no subject of its own opens with, and the framing words that may
        # stand before that verb (light_words.txt: 全年, 依法 …)
        self._subject_ends = longest_first({*self.all_action_words, "由"})
        self.chain_verbs = longest_first({*self.all_action_words, *reader.lx.verbs, *reader.lx.predicate_verbs})
        self._light_openers = longest_first(reader.lx.light_words)
        self._peers: dict[str, list[Obs]] = {}   # figure IRI → the figures of its sentence (itself too)
        self._words: dict[str, _Words] = {}
        self._neighbours: dict[str, str] = {}
        endings = read_lines(lexicon_dir / "agent_endings.txt") + reader.lx.org_suffixes
        # an action word that begins a noun for who does it (调解员, 人民调解组织): compiled once
        self._agent_nouns = re.compile("(?:" + "|".join(map(re.escape, self.all_action_words)) + ")(?="
                                       + "|".join(map(re.escape, longest_first(endings))) + ")")
        # …in a question, never before another action (调解|办结: 办 opens 办结, no 办 of an office)
        self._asked_agent_nouns = re.compile(self._agent_nouns.pattern + "(?!" + "|".join(
            map(re.escape, self.all_action_words)) + ")")
        self._beside: dict[str, str] = {}       # figure IRI → the words its number counts (see _beside_number)
        self.frames = frames
        self._broken_down: dict[str, Obs] = {}   # a 其中 sentence's figure → the first figure of the one before
        catalogue.figures.prepare.append(self._prepare)

    def _prepare(self, _report: str, figs: list[Obs]) -> None:
        """Which figures share a sentence, when a report's figures are made (see Figures). Their
        words are worked out when the check first looks at a figure: a question ranks all of a
        report's figures, and the check sees a handful."""
        by_sentence: dict[str, list[Obs]] = {}
        for o in figs:
            by_sentence.setdefault(o.sentence, []).append(o)
        for o in figs:
            self._peers[o.iri] = by_sentence[o.sentence]
        # 其中，… as a sentence of its own breaks down the one before it (its figures' first is the whole's)
        ordered = sorted(by_sentence.values(), key=lambda xs: min(x.start for x in xs))
        for before, these in itertools.pairwise(ordered):
            if these[0].sentence.startswith(self._breakdown_words):
                for o in these:
                    self._broken_down[o.iri] = min(before, key=lambda x: x.start)

    def predicate(self, o: Obs) -> str:
        """What a figure's clause says its counted thing did, where the clause opens with the figure
        (N名区级领导通过坐班接访…处理事项: 通过坐班接访…处理事项): the number counts only those that
        did it. Empty when the thing is not the clause's subject (办理案件N件) or nothing follows it."""
        number = re.match(r"\d+(?:\.\d+)?", o.clause)
        at = o.clause.find(o.label_clean) if number and float(number.group(0)) == o.value else -1
        if at < 0:
            return ""
        rest = re.sub(r"[\d.]+[^\d]{0,2}$", "", o.clause[at + len(o.label_clean):])   # (a later figure's own number)
        return rest if len(rest) >= MIN_PREDICATE else ""

    def words(self, o: Obs) -> _Words:
        """The figure's own words, its context and its clause-siblings' (worked out once per figure)."""
        found = self._words.get(o.iri)
        if found is None:
            peers = self._peers.get(o.iri)
            if peers is None:      # a figure made outside a catalogue: its clause is all its context
                return _Words(o.label_text + "|" + o.actor_text, o.clause, "")
            found = self._words[o.iri] = self._words_of(o, self._others(o, peers))
        return found

    def _whole_of(self, whole: Obs, part: Obs) -> bool:
        """全省立案查处…案件N宗，其中，某市…立案M宗: a part after 其中 whose indicator ends with its
        action counts the thing the whole before it named, whose words are the part's too."""
        if whole.start >= part.start or whole.unit != part.unit or not whole.clause or not part.clause \
                or not any(part.label_clean.endswith(a) for a in self.all_action_words):
            return False
        sentence = strip_punctuation(part.sentence)
        at = sentence.find(whole.clause)
        later = sentence.find(part.clause, at + len(whole.clause)) if at >= 0 else -1
        return later > 0 and any(w in sentence[at + len(whole.clause):later] or part.clause.startswith(w)
                                 for w in self._breakdown_words)

    def _body_in(self, text: str) -> str:
        """The first department a figure's words name (以某局为被告的…: 某局), or ""."""
        m = self.reader._department.search(text) if self.reader._department is not None else None
        return m.group(2) if m else ""

    def _kind_of_part(self, o: Obs, text: str) -> str:
        """维持 of 收到行政复议申请N件，其中维持M件 (label 维持行政复议申请): the words a part after 其中 adds
        to the noun it shares with the whole before it, where the question names none of them; or ""."""
        sentence = strip_punctuation(o.sentence)
        # (…or the period asked: 1到9月 names the part 其中1—9月…)
        periods = "|".join(_PLAIN.sub("", f) for p in self.reader.part_of_year(text) for f in self.reader.period_forms(p))
        for x in self._peers.get(o.iri, ()):
            if x.start >= o.start or x.unit != o.unit or not x.clause or x.clause == o.clause:
                continue
            at, mention = sentence.find(x.clause), sentence.find(o.clause)
            if at < 0 or mention < at + len(x.clause) or not any(
                    w in sentence[at + len(x.clause):mention] + o.clause[:o.clause.find(str(o.value))]
                    for w in self._breakdown_words):
                continue
            shared = len(os.path.commonprefix([o.label_clean[::-1], x.label_clean[::-1]]))
            own = o.label_clean[:len(o.label_clean) - shared]
            # (…named with the place it belongs to given apart: 甲市法律援助中心 for 市法律援助中心)
            if shared >= 2 and own and own not in x.label_clean and own not in text and own not in periods \
                    and not (len(own) > 2 and own[0] in PREFIX_LEVELS and own[1:] in text):
                return own
        return ""

    def _other_parts(self, o: Obs) -> list[str]:
        """The clauses of its sentence that open with another part of the place (…，乙村调处N件；丙村全年
        越级上访为零): their words are that part's, never the figure's context.  A part named before
        the clause of a figure of no part of its own sets its scene (甲社区改造方案形成前，召开听证会N次)."""
        report = self.cat.report(o.iri.rsplit("/obs/", 1)[0])
        rank = self.place_rank(report.region) if report else len(PLACE_RANKS)
        own = self.part_place(o)[0]
        as_asked = self.cat.as_asked or (lambda t: t)
        found, after = [], False
        for piece in re.split(r"[，,；;：:。]", o.sentence):
            clause = as_asked(strip_punctuation(piece))
            if clause == o.clause or (clause and o.clause.startswith(clause)):
                after = True
                continue
            m = self._opening_part(clause, rank) if clause else None
            if m and m.group(1) != own and (own or after):
                found.append(clause)
        return found

    def _other_items(self, o: Obs) -> list[str]:
        """The clauses of its sentence under another item of a run (一是…；二是…N项；三是“跨省通办”…):
        each item says a thing of its own, never the words of the figure of another."""
        as_asked = self.cat.as_asked or (lambda t: t)
        items: list[list[str]] = [[]]
        own = None
        for piece in re.split(r"[，,；;：:。]", o.sentence):
            if ITEM_OPENING.match(piece.strip()):
                items.append([])
            clause = as_asked(strip_punctuation(piece))
            if clause:
                items[-1].append(clause)
            if clause and (clause == o.clause or o.clause.startswith(clause)):
                own = len(items) - 1
        if own is None or len(items) < 3:
            return []
        return [c for i, item in enumerate(items) if i != own and i > 0 for c in item if c != o.clause]

    def _not_happened(self, o: Obs) -> list[str]:
        """The other clauses of its sentence that say what did not happen (…作出处罚决定N件，未发生处罚被
        撤销的情形): their words are of that zero, never what the figure counts or where."""
        words = self._not_happened_words
        as_asked = self.cat.as_asked or (lambda t: t)
        return [c for piece in re.split(r"[，,；;：:。]", o.sentence) if words and any(w in piece for w in words)
                and (c := as_asked(strip_punctuation(piece))) and c != o.clause and not o.clause.startswith(c)]

    def neighbours(self, o: Obs) -> str:
        """The actions the other figures of its sentence open with."""
        found = self._neighbours.get(o.iri)
        if found is None:
            others = self._others(o, self._peers.get(o.iri, ()))
            found = self._neighbours[o.iri] = "|".join(sorted({self.opening_actions(x.label_clean)
                                                               for x in others}))
        return found

    def _named_by_peer(self, o: Obs, t: str) -> str:
        """The body of another figure of its sentence of the same indicator and unit (公安、法院派驻调解室
        分别化解纠纷N件、M件) that names ``t`` where ``o``'s words do not: what tells the two apart."""
        for x in self._others(o, self._peers.get(o.iri, ())):
            if x.label_text == o.label_text and x.unit == o.unit and x.kind == o.kind and t in x.actor_text \
                    and t not in o.label_text + "|" + o.actor_text:
                return x.actor_text
        return ""

    def _named_by_sibling(self, o: Obs, t: str) -> str:
        """The indicator of another figure of its sentence, in the same unit and of the same kind, that
        names ``t`` where ``o``'s own words (indicator, body, clause) do not; never where ``o`` borrows
        its thing from the figure before it (受理纠纷N起，调解成功M起: 纠纷 is both's)."""
        if self._borrows(o) or t in o.label_text + "|" + o.actor_text:
            return ""
        peers = [x for x in self._peers.get(o.iri, ()) if x.label_text != o.label_text]
        clause = o.clause      # (one clause may hold them all: 发生行政复议案件2件、行政诉讼案件1件)
        for x in peers:
            for wording in sorted(x.label_text.split("|"), key=len, reverse=True):
                if wording and wording not in o.label_text:
                    clause = clause.replace(wording, "|")
        if t in clause:
            return ""
        # (in pieces too: 政协提案 asked, 市政协委员提案 the sibling's)
        return next((x.label for x in peers if x.unit == o.unit and x.kind == o.kind
                     and (t in x.label_text or self.owned(t, x.label_text))), "")

    @staticmethod
    def _others(o: Obs, peers) -> list[Obs]:
        """Its sentence's other figures (another body's of the same indicator is another's too)."""
        return [x for x in peers if x.label_text != o.label_text or x.actor_text != o.actor_text]

    def _words_of(self, o: Obs, others: list[Obs]) -> _Words:
        frames = self.frames
        # the sentence less the clauses of its other figures: 法律援助 stays theirs
        context, subjects = o.sentence_text, []
        for x in others:
            # a rate (回复办结率) is of its sentence's counts (区长信箱来信): their words stay its own;
            # another rate's words (全程网办…占比) never do
            # (…nor a count of a part of the place: 其中甲社区调处N件 is no word of the whole's rate)
            # (…nor a 其中 breakdown after it: 同比下降N%，其中来信M件 is no word of the whole's change)
            if x.clause and x.clause != o.clause and (o.unit != "%" or x.unit == "%" or self.part_place(x)[0]
                                                      or (x.start > o.start and x.clause.startswith(self._breakdown_words))) \
                    and not _scene_of(x, o, frames) and not self._whole_of(x, o):
                # 市本级收到N件，受理M件: a clause opening with its action has no subject of
                # its own and shares the one of the clause before it (市本级), which stays
                keep = self.subject_of(x) if x.start < o.start and self.opens_with_verb(o.clause) else ""
                context = context.replace(x.clause, keep + "|")
                subjects.append(keep)
        for clause in self._other_parts(o) + self._not_happened(o) + self._other_items(o):
            context = context.replace(clause, "|")
        same_clause = tuple((x.label_text + "|" + x.actor_text, x.unit) for x in others
                            if x.clause == o.clause)
        # (…收到申请N件，直接纠错M件。全省…新收申请K件: the figures of the paragraph's lead, in the context)
        whole_sentence = strip_punctuation(o.sentence)
        report = self.cat.report(o.iri.rsplit("/obs/", 1)[0])
        # (…not where the sentence breaks down a figure before it: 其中某支队立案M件 is a part of 立案N件)
        leading = [] if whole_sentence.startswith(self._breakdown_words) else [
            x for x in (self.cat.figures.get(report.iri, ()) if report else ())
            if x.sentence != o.sentence and x.clause and x.clause in context and x.clause not in whole_sentence]
        if any(_shared_thing(o.label_clean, x.label_clean) for x in leading):
            # (…and where the figure names the thing a lead figure counts — 受理报送的规范性文件N件。审查
            # 部门报备的规范性文件M件 — the lead is a statement beside it, no topic of it: their clauses
            # are theirs, as a sentence's other figures' are; 甲社区受理M件 after 共受理矛盾纠纷N件 names
            # no thing of its own and keeps them)
            for x in leading:
                context = context.replace(x.clause, self.subject_of(x) + "|")
        return _Words(o.label_text + "|" + o.actor_text, o.clause + "|" + context,
                      "|".join(t for t, _ in same_clause), same_clause,
                      context.replace(o.clause, "|") if o.clause else context, "|".join(filter(None, subjects)))

    # -- the parts of the check ------------------------------------------
    def in_names(self, text: str, w: _Words) -> str:
        """``text`` less the action words that stand inside a name the figure's words hold
        (行政检查智能备案系统, 安全生产专项整治累计出动): there they name a kind of thing, not the action asked.
        Both neighbours must be the figure's, so 行政检查多少次 still asks 检查."""
        found = w.own + "|" + w.context
        for word in self.all_action_words:
            start = text.find(word)
            while start >= 0:
                end = start + len(word)
                left, right = text[max(0, start - NAME_SIDE):start], text[end:end + NAME_SIDE]
                if len(left) == NAME_SIDE and len(right) == NAME_SIDE and left + word in found \
                        and _follows(found, left + word, right) and left + word not in w.siblings \
                        and not self.asked_actions(left) and not self.asked_actions(right):
                    text = text[:start] + "|" * len(word) + text[end:]
                start = text.find(word, start + 1)
        return text

    def asked_actions(self, text: str) -> list[str]:
        """The actions a text names, by their class's first word; longest words first, no overlap."""
        found, rest = [], text
        for w in self.all_action_words:
            if w in rest:
                cls = next(c for c, ws in self.actions if w in ws)
                # 未办结 asks a remainder, which the arithmetic handles: not an action of a figure
                if cls not in found:
                    found.append(cls)
                rest = rest.replace(w, "|")
        return found

    def generic(self, obs: Obs) -> bool:
        """处理事项, 废止: an indicator that is only an action (or a verb) and a counted thing takes its
        topic from the paragraph."""
        rest = obs.label_clean
        for w in self.all_action_words + self._verbs + longest_first(self.count_nouns):
            rest = rest.replace(w, "")
        return not rest

    def subject_of(self, x: Obs) -> str:
        """Who or what a figure's clause is about, which the clauses after it that open with their
        verb share (a topic chain): the words before its first action (市本级收到N件 → 市本级; 县政府
        法律顾问团由N名律师组成 → 县政府法律顾问团), or, where it names none and opens with its number,
        the thing counted (N名县级领导坐班接访 → 县级领导). Worked out once per clause."""
        found = self._subjects.get(x.clause)
        if found is None:
            clause = x.clause
            at = min((i for i in (clause.find(w) for w in self._subject_ends) if i > 0), default=-1)
            lead = re.match(r"\d+(?:\.\d+)?", clause)
            found = clause[:at] if at > 0 else x.label_clean if lead and float(lead.group(0)) == x.value else ""
            self._subjects[x.clause] = found
        return found

    def _chain_names(self, obs: Obs, core: str) -> bool:
        """…执法支队全年开展检查N次；立案查处违法案件M件: a clause opening with its verb shares the
        subject of its sentence's first clause (a topic chain across ，and ；), which names the body; so
        does a part after 其中 (其中，城区大队办理…K件: the 支队's 大队), in its sentence or the next."""
        if obs.actor and any(a and a in obs.sentence for a in obs.actor_text.split("|")):
            return False      # (县疾控中心完成…: a clause naming its own body)
        if (whole := self._broken_down.get(obs.iri)) is not None:
            return self._named_in(core, self.subject_of(whole))
        first = min([obs, *self._peers.get(obs.iri, ())], key=lambda x: x.start)
        if first is obs or not self._named_in(core, self.subject_of(first)):
            return False
        flat = strip_punctuation(obs.sentence)
        before = flat[:max(0, flat.find(obs.clause))]
        return self.opens_with_verb(obs.clause) or any(w in before for w in self._breakdown_words)

    def opens_with_verb(self, clause: str) -> bool:
        """Whether a clause opens with its verb (after words that only frame it: 全年, 依法 …), so
        has no subject of its own."""
        rest = clause
        while (w := next((w for w in self._light_openers if rest.startswith(w) and len(rest) > len(w)), "")):
            rest = rest[len(w):]
        return any(rest.startswith(v) for v in self.chain_verbs)

    def _included_only(self, obs: Obs, text: str, tokens: list[str]) -> list[str]:
        """办理教师资格认定等政务服务事项N件 / 各级各类学校（含幼儿园）N所: a thing the figure names as an
        example or a part it includes (before 等, inside （含…）) is counted with the rest of its kind,
        never apart — asked with no word of the kind (几所幼儿园), the figure is not its count."""
        label = obs.label
        found = [(m.group(1), m.group(2)) for m in _EXAMPLES_OF.finditer(label)]
        found += [(m.group(2), m.group(1)) for m in _INCLUDING.finditer(label)]
        for part, kind in found:
            named = [t for t in tokens if len(t) >= 2 and t in part and t not in kind]
            if named and not any(len(t) >= 2 and (t in kind or kind.endswith(t)) for t in tokens) \
                    and kind[-KIND_HEAD:] not in text:
                return [f"报告中的这个数字是“{kind}”的，“{named[0]}”只是其中之一，没有单独给出"]
        return []

    def _named_in(self, core: str, clause: str) -> bool:
        """The body stands in the clause other than as a partner (会同县消防救援大队检查…: the work is the
        subject's, joined by it; structure.tsv partner)."""
        partners = self.reader.words.get("partner", ())
        for m in re.finditer(re.escape(core), clause):
            before = clause[max(0, m.start() - PARTNER_GAP - max(map(len, partners), default=0)):m.start()]
            if any(p in before and len(before) - before.rfind(p) - len(p) <= PARTNER_GAP for p in partners):
                continue
            # (与市法律援助中心联合办理: a word of company before, one of joint work right after)
            company = clause[max(0, m.start() - PARTNER_GAP):m.start()]
            after = clause[m.end():m.end() + PARTNER_GAP]
            if any(w in company for w in self.reader.words.get("partner_with", ())) \
                    and any(after[i:].startswith(a) for a in self.reader.words.get("partner_after", ()) for i in (0, 1)):
                continue
            return True
        return False

    def _scene_of_another(self, t: str, obs: Obs, w: _Words, siblings: bool = True) -> bool:
        """行政复议申请中被撤销的 asked, the words standing only in another figure's clause of the sentence
        (将属于行政复议等…的诉求N件导入…；复查中撤销M件): things counted named as the scene are a whole the
        figure is part of — in its own words or clause, or in the clause of the whole it breaks down."""
        peers = self._peers.get(obs.iri, ())
        # (N件政协提案中…: the thing a sibling of its own clause counts — 人大代表建议N件、政协提案M件 — is
        # the whole of no figure beside it but its own parts)
        if siblings and len(t) >= 2 and not self.accounted(t, _Words(w.own, "", "")) and any(
                x.clause == obs.clause and x.unit == obs.unit and t in x.label_text and t not in obs.label_text
                and not self._whole_of(x, obs) for x in peers):
            return True
        endings = tuple(self.reader.words.get("counted_scene", ()))
        if not endings or not t.endswith(endings) or self.accounted(t, _Words(w.own, obs.clause, "")):
            return False
        core = next(t[:-len(e)] for e in endings if t.endswith(e)) or t     # (行政复议|申请)
        holders = [x for x in peers if x.clause and x.clause != obs.clause
                   and self.accounted(core, _Words(x.label_text + "|" + x.clause, "", ""))]
        # (…or the count right before it in its unit, which it may break down: 办理案件N件，适用简易程序M件)
        before = [x for x in peers if x.unit == obs.unit and x.start < obs.start and x.clause != obs.clause]
        nearest = max(before, key=lambda x: x.start) if before else None
        return bool(holders) and not any(self._whole_of(x, obs) or x is nearest for x in holders)

    def _share_of(self, o: Obs) -> str:
        """检查定点医药机构N家，约占全省…的百分之M: a share opening with 占 is of the count right before it,
        whose clause (and its action) is the share's too; "" for any other figure."""
        if o.unit != "%" or not SHARE_OPENING.match(o.label_clean):
            return ""
        before = [x for x in self._peers.get(o.iri, ()) if x.start < o.start and x.unit != "%" and x.clause]
        return max(before, key=lambda x: x.start).clause if before else ""

    def names_publisher(self, core: str, r: Reading) -> bool:
        """A department's name (its core, 医保局) is one of the report's publisher's names, by any of
        its everyday names (departments.tsv: 医保局 is 医疗保障局)."""
        forms = {core, *self._department_forms.get(core, ())}
        return any(f in n for f in forms for n in r.report_publisher)

    @staticmethod
    def plan_year(obs: Obs, report_year: int) -> int | None:
        """The later year a plan is for, as its heading or its sentence before the figure names it
        (八、2025年工作打算 / 2025年，县局将…), or None."""
        before = obs.sentence[:max(0, obs.sentence.find(str(obs.value)))]
        # (…or a heading above its own: N、2026年工作打算 over 1. 某项：…)
        years = [int(y) for y in re.findall(r"(20\d{2})年", (obs.heading or "") + "|" + before + "|" + (obs.section or ""))]
        return next((y for y in years if y > report_year), None)

    def _year_only(self, r: Reading, obs: Obs, asked: str) -> list[str]:
        """累计发放 asked, 全年发放N张 stated: a total since some start is not the year's figure (a clause
        saying both, 全年累计, is the year's total as asked)."""
        words = self.reader.words
        cumulative = words.get("cumulative", ())
        if any(c in r.raw for c in cumulative) and not any(c in obs.clause for c in cumulative) \
                and any(y in obs.clause for y in words.get("year_only", ())):
            return ["问的是累计数，报告中的这个数字是当年的"]
        # (…and the converse: 当年新培育了多少 asked, 累计培育N名 stated — a total since some start holds
        # earlier years' too)
        newly = [w for w in words.get("newly", ()) if w in asked]
        if newly and any(c in obs.clause for c in cumulative) and not any(w in obs.label_clean for w in newly):
            return [f"问的是当年“{newly[0]}”的，报告中的这个数字是累计数"]
        spans = words.get("span", ())
        if (r.year or r.years) and self.spans_years(obs) \
                and not any(w in r.raw for w in (*spans, *cumulative)) and not _YEAR_SPAN.search(r.raw):
            return ["问的是一年的数字，报告中的这个数字是几年合计的"]
        return []

    def spans_years(self, obs: Obs) -> bool:
        """三年累计办结N件，罚没款合计M万元 / 2023—2025年共…: a total of several years, as its sentence
        says before it — it answers no question of one year (去年的罚没款), only one naming the span; never
        a figure whose own clause names its year (近三年累计N人次，2024年培训M人次)."""
        spans = self.reader.words.get("span", ())
        flat = strip_punctuation(obs.sentence)
        lead = flat[:flat.find(obs.clause) + len(obs.clause)] if obs.clause and obs.clause in flat else ""
        dated = re.search(r"(?:19|20)\d{2}年", obs.clause) and not any(w in obs.clause for w in spans)
        return bool(lead) and not dated and (any(w in lead for w in spans) or bool(_YEAR_SPAN.search(lead)))

    @staticmethod
    def _dated_otherwise(r: Reading, obs: Obs) -> list[str]:
        """2025年度督查发现问题的整改率 asked, 2024年度督查发现问题整改率 stated: the thing the question
        dates (a year right before its first words) is dated otherwise in the figure's own words."""
        out = []
        for m in DATED.finditer(obs.label_clean):
            thing = obs.label_clean[m.end():m.end() + DATED_THING]
            asked = [q.group(1) for q in DATED.finditer(r.raw) if r.raw[q.end():q.end() + DATED_THING] == thing]
            if len(thing) == DATED_THING and asked and m.group(1) not in asked:
                out.append(f"问的是{asked[0]}年度的，报告中的这个数字是{m.group(1)}年度{thing}…的")
        return out

    def _changed_since(self, r: Reading, obs: Obs) -> list[str]:
        """比上年下降了多少 asked, 较某年下降N% stated: a change is against the year it names; one against
        another year than the question's (the year before the report's, or a year it names) is no answer."""
        stated = CHANGE_SINCE.search(obs.label_clean + "|" + obs.clause)
        if not stated or not self.reader.has("change", r.raw):
            return []
        named = CHANGE_SINCE.search(r.raw)
        since = int(named.group(1)) if named else None
        if since is None and self.reader.has("year_before_change", r.raw):
            year = r.year or r.report_year
            since = year - 1 if year else None
        if since is not None and since != int(stated.group(1)):
            return [f"问的是与{since}年相比的变化，报告中的这个数字是与{stated.group(1)}年相比的"]
        return []

    def of_another_year(self, r: Reading, obs: Obs) -> list[str]:
        """2023年、2024年，…分别为N件、M件 in a 2024 report: a figure of another year than its report's
        answers only a question of that year; and where the report was chosen for an earlier year it
        states (``stated_year``), only that year's figures answer."""
        if obs.year is None or r.report_year is None:
            return []
        if r.stated_year is not None and obs.year != r.stated_year:
            return [f"问的是{r.stated_year}年的，报告中的这个数字是{obs.year}年的"]
        if obs.year == r.report_year:
            return []
        if r.change or self.reader.compares(r.text) or self.reader.has("bound_words", r.text):
            # (超过上一年多少 / 比上年提高了多少: a change or comparison, which that year's figure alone is not)
            return [f"问的是变化或比较，报告中的这个数字只是{obs.year}年的"]
        asked = set(r.years) or ({r.report_year - 1} if r.before and r.prior else {r.report_year})
        return [] if obs.year in asked else [f"问的是{'、'.join(map(str, sorted(asked)))}年的，报告中的这个数字是{obs.year}年的"]

    @staticmethod
    def _numbered_otherwise(r: Reading, obs: Obs) -> list[str]:
        """报告第三部分第（二）项里… : the figure stands in the part of those numbers (its section's own
        number or one above it: 三、 for the part, （二） / 2. for a point within it)."""
        if not r.numbered:
            return []
        own = [_notation_number(n) for n in obs.notations]
        for kind, number in r.numbered:
            if (kind, number) not in own:
                where = f"第{number}部分" if kind == "top" else f"第（{number}）项"
                return [f"报告中这个数字不在{where}"]
        return []

    def _the_rest_of(self, obs: Obs, token: str) -> str:
        """What a word of the question found in the figure's sentence, outside its own words, belongs
        to instead: a clause about the rest of a whole (其余为…); "" when none."""
        label = obs.label_clean
        if token in label:
            return ""
        rest = self.reader.words.get("the_rest", ())
        for clause in re.split(r"[，,；;。]", obs.sentence):
            flat = strip_punctuation(clause)
            if token in flat and flat.startswith(tuple(rest)) and flat not in obs.clause:
                return flat
        return ""

    def _one_place_of_many(self, obs: Obs, text: str, tokens: list[str]) -> list[str]:
        """甲镇 asked, 指导甲镇、乙乡等乡镇调处…N起 stated: a place the figure names as one item of a
        list of places (、 beside it, or 等 after it) is one of those the figure counts together."""
        for t in tokens:
            if t in self.reader.part_names and t in obs.clause and t not in (obs.actor or "") \
                    and (listed := _place_list(t, obs.sentence)):
                items = [x for x in re.split(r"[、等]", listed) if x]
                if not any(x.endswith(self.place_endings) for x in items if t not in x):
                    continue      # (进村入户、进校园: a list of doings, not of places)
                others = [x for x in items if x != t and x not in text]
                if others or listed.endswith("等"):
                    return [f"报告中的这个数字是“{listed}”几处合计的，没有单独给出“{t}”的"]
        return []

    def _other_kind(self, r: Reading, obs: Obs, text: str, tokens: list[str], w: _Words) -> list[str]:
        """田间检验的合格率 of a figure named 室内检验合格率: where the question's compound (田间|检验) stands in
        the clause of another figure of its sentence, and the figure's own label puts another word before
        the same noun (室内|检验), the two are kinds of that noun told apart — the figure is the other's."""
        out, verbs, freq = [], verbs_by_pos(), self.reader.segmenter.tokenizer.FREQ
        # (…or one word the segmenter kept whole, 快速检测: its last two characters the noun)
        whole = [(t[:-KIND_HEAD], t[-KIND_HEAD:]) for t in tokens if len(t) >= 2 * KIND_HEAD]
        for t, head in [*itertools.pairwise(tokens), *whole]:
            if len(t) < 2 or len(head) < 2 or t + head not in text or t in w.own or t in obs.clause \
                    or self.action_class(t) or self.action_class(head) \
                    or _names_department(t, r) or any(x in t for x in r.part_of_year):
                continue
            # (…named by another figure of its sentence: 开展田间检验N批次 — not a heading's or lead's word)
            if not any(t + head in x.clause for x in self._others(obs, self._peers.get(obs.iri, ()))):
                continue
            for m in re.finditer(re.escape(head), obs.label_clean):
                x = obs.label_clean[max(0, m.start() - KIND_WORD):m.start()]
                # (a word of its own, 室内 — never the ends of two, 录入|的)
                if len(x) == KIND_WORD and x != t and x not in text and x in freq and x not in verbs \
                        and not self.action_class(x) and not FUNCTION_CHARS & set(x):
                    out.append(f"问的是“{t}{head}”，报告中的这个数字是“{x}{head}”的")
                    break
        return out

    def _names_period(self, obs: Obs, period: str) -> bool:
        """The figure is of that period (上半年, 1—9月): named in its words or clause, or in its sentence's
        opening before any figure — never only in another figure's clause (全年立案N件，其中1—9月立案M件 /
        1—6月办理M件，全年办理N件: N is the year's)."""
        if period.removeprefix("第") in obs.label_clean or period in month_runs(obs.label):
            return True
        sentence = month_runs(obs.sentence)
        opening = re.split(r"(?<![\d—])\d+(?![\d—]*月)", sentence, maxsplit=1)[0]
        found = re.compile(r"(?<!\d)" + re.escape(_PLAIN.sub("", period)))
        return bool(found.search(_PLAIN.sub("", opening)) or found.search(_PLAIN.sub("", obs.clause)))

    def _list_sibling(self, obs: Obs, text: str) -> list[str]:
        """“…、风险评估、合法性审查…”机制，…合法性审查不少于N日: an item of a quoted 、 list named in the question,
        not in the figure's words, where another item of it is the figure's or a figure's beside it —
        the list names things each with a figure of its own, or none."""
        label, flat = obs.label_clean, strip_punctuation(text)
        labels = [label, *(x.label_clean for x in self._peers.get(obs.iri, ()))]
        # (a list quoted whole, “A、B、C”机制: its items are exactly the names between the marks)
        for quoted in QUOTED.findall(obs.sentence):
            items = [strip_punctuation(i) for i in quoted.split("、") if len(strip_punctuation(i)) >= 2]
            if len(items) < 2:
                continue
            named = [i for i in items if i in flat and i not in label]
            if named and any(i not in named and i in x for i in items for x in labels):
                return [f"问的是“{named[0]}”，报告中的这个数字是“{obs.label}”的"]
        return []

    def _one_of_joined(self, r: Reading, obs: Obs, text: str) -> list[str]:
        """排查出涉企执法、民生实事类问题N个 / 对N名项目负责人和监理工程师…: things of two kinds
        counted together (joined by 、 or 和 in the figure's noun) — a question naming one kind and not
        the other asks a part the report does not give. A none (无…) or an all (100%) holds of every
        part, and coordinated actions (受理和办结) each name the same things counted."""
        if obs.kind == "zero" or obs.unit == "%":
            return []
        items = self.joined(obs.label)
        if not items or self.listed(obs.label):
            return []     # (召开专题推进会、培训会: the list check below says it, once)
        flat = strip_punctuation(text + "|" + r.raw)
        # (涉企执法问题 names a kinds list's whole by one kind and its head: only 其中/单独 ask the kind alone)
        if self.reader.has("kinds_named", items[-1]) and not any(
                w in r.raw for w in (*self._breakdown_words, *self.reader.words.get("alone", ()))):
            return []
        # an item named whole or by its first characters (涉企和民生: both)
        named = [x for x in items if x in flat or x[:ITEM_PREFIX] in flat]
        if named and len(named) < len(items):
            return [f"报告中的这个数字是“{'、'.join(items)}”合计的，没有单独给出“{'、'.join(named)}”的"]
        return []

    def joined(self, label: str) -> list[str]:
        """The kinds of thing a figure's noun joins (涉企执法、民生实事类问题 → 涉企执法, 民生实事类问题),
        worked out once per label; [] where the joined words are actions, a body's name (住房和城乡建设局)
        or quoted (“双随机、一公开”)."""
        found = self._joined.get(label)
        if found is None:
            found = self._joined[label] = self._joined_items(label)
        return found

    def _joined_items(self, label: str) -> list[str]:
        label = _BRACKETED.sub("", label)
        if _QUOTED_LIST.search(label) or any(w in label for w in self.reader.words.get("list_closer", ())):
            return []
        noun = label.rsplit("的", 1)[-1]
        opening = self.opening_actions(noun)
        # (排查出涉企执法…: the complement after the opening action is no part of the things joined)
        noun = re.sub(r"^[出了]", "", noun[len(opening):]) if opening else noun
        # (执法队查处占道经营和违规广告…案件: the things joined follow the last action before the first join)
        join = re.search(r"[、和及与]", noun)
        if join:
            cut = max((at + len(a) for a in self.all_action_words for at in [noun.rfind(a, 0, join.start())]
                       if at >= 0 and join.start() - at - len(a) >= 2), default=0)
            noun = noun[cut:]
        items = [strip_punctuation(i) for i in re.split(r"[、和及与]", noun)]
        if len(items) >= 2 and len(items[0]) > max(len(i) for i in items[1:]):
            # (实地督察县（市、区）和市直部门, …环境影响报告书、报告表: where the first thing joined begins
            # is not told — no kinds to tell apart)
            return []
        if len(items) < 2 or any(len(i) < 2 or self.action_class(i) is not None for i in items) \
                or any(i.endswith(e) for i in items for e in self.reader.lx.org_suffixes if len(e) > 1):
            return []
        return items

    def listed(self, label: str) -> list[str]:
        """召开专题推进会、培训会 → [专题推进会, 培训会]: the things a figure counts together, where its
        label ends with a list of them (not 变更、撤销等纠错: kinds of one thing named after them);
        worked out once per label."""
        found = self._listed.get(label)
        if found is None:
            found = self._listed[label] = self._list_items(label)
        return found

    def _list_items(self, label: str) -> list[str]:
        label = _BRACKETED.sub("", label)       # 县（市、区）: one place's kinds, no list of things
        if "、" not in label or _QUOTED_LIST.search(label):
            return []       # (“双随机、一公开”: one name)
        body = label[len(self.opening_actions(label)):]
        verb = next((v for v in self.chain_verbs if body.startswith(v) and len(body) > len(v) + 1), "")
        items = [strip_punctuation(i) for i in body[len(verb):].split("、")]
        if any(w in body for w in self.reader.words.get("list_closer", ())) or any(len(i) < 2 for i in items):
            return []
        # …each a thing of its own, with the head the last one has (推进会、培训会), not kinds of the
        # last one's thing (涉企执法、民生实事类问题: problems of either kind, which it counts)
        return items if len({i[-1] for i in items}) == 1 else []

    def opening_actions(self, label: str) -> str:
        """The action words a label opens with, one after another (排查整改隐患 → 排查整改); worked out
        once per label (a corpus repeats its labels in every sentence's neighbours)."""
        found = self._openings.get(label)
        if found is None:
            found = self._openings[label] = self._opening_actions(label)
        return found

    def _opening_actions(self, label: str) -> str:
        out, rest = "", label
        # (after words that only frame it: 参与化解信访积案 opens with 化解)
        while (w := next((w for w in self._light_openers if rest.startswith(w) and len(rest) > len(w)), "")):
            rest = rest[len(w):]
        while True:
            x = next((x for x in self.all_action_words if rest.startswith(x)), "")
            if not x:
                return out
            out, rest = out + x, rest[len(x):]

    def _actions_in(self, text: str) -> list[str]:
        """The action classes a figure's text names (cached: figures' texts are few and fixed)."""
        found = self._named.get(text)
        if found is None:
            if len(self._named) > 20_000:
                self._named.clear()
            found = self._named[text] = [c for c, _ in self.actions if self.names_action(c, text)]
        return found

    def _whole_or_needed(self, r: Reading, obs: Obs, text: str, own_actions: list[str], w) -> list[str]:
        """Two ways a question asks for more than a figure of what was done counts:
        what needs doing (需要化解的…总数: not the N 化解), and the whole with no action asked (信访总量:
        not the N 化解 of them; a count of what came in, 收到/受理 — structure.tsv intake — is the whole)."""
        problems = []
        needing = self.reader.pattern.get("needing")
        m = next((m for m in needing.finditer(text) if any(text.startswith(a, m.end()) for a in self.all_action_words)),
                 None) if needing else None     # (因为工作需要，…受理: no need of an action)
        if m and not needing.search(w.own + "|" + obs.clause):
            problems.append(f"问的是{m.group(0)}{text[m.end():m.end() + 2]}的数量，报告中的数字是已做的")
        # 已经整改完成的隐患: a figure of the action only urged (督促整改…N项) is not of it done
        done, urged = self.reader.words.get("completed", []), self.reader.words.get("urged", [])
        asked_done = urged and any(d in text for d in done)     # (most questions ask nothing done: no loop)
        for a in self.all_action_words if asked_done else ():
            if a in text and any(a + d in text or d + a in text for d in done) \
                    and any(u + a in obs.clause or u + a in w.own for u in urged) \
                    and not any(a + d in obs.clause for d in done):
                problems.append(f"问的是已{a}完成的数量，报告中的数字是督促{a}的")
                break
        intake = set(self.reader.words.get("intake", []))
        whole = self.reader.has("whole_asked", r.raw)
        if whole and own_actions and not set(own_actions) & intake and not self.asked_actions(self.in_names(text, w)):
            problems.append(f"问的是总量，报告中的数字只是其中“{'、'.join(own_actions)}”的")
        # 一共开过多少次党组会议: not the meetings of one kind (专题研究…) the question does not name
        kinds = self.reader.pattern.get("subset")
        if kinds and self.reader.has("all_asked", text) and not kinds.search(r.raw):
            kind = kinds.search(obs.label_clean) or kinds.search(self._beside_number(obs))
            if kind:
                problems.append(f"问的是全部，报告中的这个数字只是“{kind.group(0)}”的")
        # 化解纠纷总件数: not one actor's share (公安派驻调解室化解纠纷N件) where the sentence states the whole
        peers = self._peers.get(obs.iri, ())
        others = "|".join(x.actor_text for x in peers if x.label == obs.label and x.actor and x.actor != obs.actor)
        if self.reader.has("whole_of_parts", r.raw) and obs.actor \
                and any(x.label == obs.label and not x.actor for x in peers) and not any(
                len(t) >= 2 and t in obs.actor_text and t not in others for t in r.tokens + r.department_words):
            # (…unless the question names that actor: a word of its name no other actor's holds)
            problems.append(f"问的是总数，报告中的这个数字只是{obs.actor}的")
        return problems

    def _either(self, r: Reading, cls: str) -> list[str]:
        """The other actions an English verb read as ``cls`` may be (set up: 设立, 组建 or 建立), or a
        word asked that stands on ``cls``'s line and another's (调处: 化解 and 调解, actions.tsv)."""
        return [c for group in r.either for c in map(self.action_class, group)
                if c and c != cls and cls in map(self.action_class, group)] \
            + [c for w, classes in self._two_lines.items() if cls in classes and w in r.text
               for c in classes if c != cls]

    def _joint_list(self, obs: Obs, asked: str) -> list[str]:
        """通过坐班接访、带案下访、定点约访处理事项N件次: a figure reached by several ways listed together
        (after a word of means, structure.tsv means) counts them jointly; a question naming some of them
        but not all asks a part the report does not break out (…各N件 / 分别 say each has it)."""
        # the clause as written, with its 、 (the figure's clause is kept without punctuation)
        clause = next((strip_punctuation_keep_lists(x) for x in re.split(r"[，,；;。]", obs.sentence)
                       if obs.clause and obs.clause in strip_punctuation(x)), "")
        # (the figure's own number: N名区级领导…处理事项M件次 lists before the M, not the N)
        own = [m for m in re.finditer(r"\d+(?:[.,]\d+)*", clause) if _same_number(m.group(0), obs.value)]
        if not own:
            return []
        before = clause[:own[-1].start()]
        if EACH.search(clause) or EXAMPLES_GIVEN.search(asked):
            return []       # (…坐班接访、带案下访这些: examples of the ways, all of them asked)
        flat = strip_punctuation(asked)
        # (a list of the ways, right after 通过/采取…: not a list naming a kind of thing, 涉企执法、民生实事类问题)
        means = self.reader.words.get("means", [])
        lists = [m for w in means for at in _all_at(before, w) if (m := JOINT_LIST.match(before, at + len(w)))]
        # …or opening the clause, as what was done to or by (其中进校园、进企业宣讲N场), unless it names
        # kinds of a thing (涉企执法、民生实事类问题)
        lead = next((w for w in self._breakdown_words if before.startswith(w)), "")
        named_terms = [q for q in QUOTED.findall(obs.sentence) if "、" in q]     # (“双随机、一公开”: one name)
        if (m := JOINT_LIST.match(before, len(lead))) and not self.reader.has("kinds_named", m.group(0)) \
                and not any(q in m.group(0) for q in named_terms):
            lists.append(m)
        for m in lists:
            items = [strip_punctuation(x) for x in re.split(r"[、]", m.group(0))]
            if len(items) > 2:     # (领导通过坐班接访、…、定点约访处理事项: the ends as long as the middle)
                width = max(len(x) for x in items[1:-1])
                items[0], items[-1] = items[0][-width:], items[-1][:width]
            named = [x for x in items if len(x) >= 2 and (x in flat or self._item_named(x, flat))]
            if named and len(named) < len(items):
                return [f"报告中的这个数字是“{'、'.join(items)}”合计的，没有单独给出“{'、'.join(named)}”的"]
        return []

    def _item_named(self, item: str, asked: str) -> bool:
        """Most of the item's characters stand in the question (带案下访 in 带案下访处理了多少)."""
        return sum(ch in asked for ch in item) >= ITEM_NAMED * len(item)

    def _sub_place(self, obs: Obs, asked: str, r: Reading) -> list[str]:
        """蓼汀镇…调处纠纷N件 in a county's report: a figure of a place inside the report's own (a town,
        named where the clause opens) answers only a question naming that place."""
        own = {*(r.regions or ()), r.region or "", *(n for n in r.report_publisher)}
        part, core = self.part_place(obs)
        # 乙街道开展了多少场… asks that part's own figure, never the whole place's beside it
        # (never a name the report quotes: an activity, “法治进园区”, or a short name, “某某经开区”)
        report = obs.iri.rsplit("/obs/", 1)[0]
        def parts_in(text: str) -> list[str]:
            return sorted(p for p in self.proper_parts if p in text and p not in own
                          and not re.search("“[^”]{0,12}" + re.escape(p), self.cat.text_of(report)))
        # (…a part of a question naming none: For 甲市, how many… and how much…, every part is 甲市's —
        # but where the question names a whole and a part apart, 街道…多少场，乙社区又占几场, only the
        # part that names it, and where each part names its own, 甲市和乙市分别, each its own)
        named = parts_in(asked)
        first_ask = self.reader.pattern["count"].search(r.raw) if "count" in self.reader.pattern else None
        lead = r.raw[:first_ask.start()] if first_ask else ""
        if not named and asked is not r.raw and asked != r.text and len(parts_in(lead)) == 1 \
                and not any(p in asked for p in self.reader.part_names) \
                and not self.reader.gazetteer.find(asked, self.reader.segmenter.cut(asked)):
            named = parts_in(lead)      # (…named before anything is asked: the lead all the parts share)
        if named and part not in named and (obs.actor or "") not in named \
                and not (obs.actor is None and self._opens(obs, named[0])):   # (甲社区…形成前，召开…)
            return [f"问的是{named[0]}的，报告中的这个数字不是{named[0]}的"]
        # (named by its core too: 甲村 for 甲村社区)
        if part and _place_list(part, obs.sentence):
            return []      # (甲镇、乙乡等乡镇调处…: the places together, no one part's figure)
        # (哪个街道…达到了N%: which part is asked, and the part's own figure names it)
        which = [w for w in self.reader.words.get("which", ()) if part and w + part[len(core):] in asked]
        return [] if not part or part in own or core in asked or which or part in named \
            else [f"报告中的这个数字只是{part}的"]

    def _opens(self, obs: Obs, name: str) -> bool:
        """The sentence opens with the body or place (镇便民服务中心设…；收集…好评率N%, after a point mark
        or two characters at most: 1.镇…, 全镇…): its subject, where the figure's clause names none — and,
        past a semicolon, only where what follows it opens with a verb (收集…), no subject of its own
        (…；全镇人民调解组织调处…N件 is the organisations', never the body's the sentence opened with)."""
        if not 0 <= obs.sentence_text.find(name) <= OPENING_LEAD:
            return False
        # (the sentence as written, its semicolons kept; the clause found by its figure's own words)
        sentence, clause = obs.sentence, strip_punctuation(obs.clause)[-CLAUSE_TAIL:]
        at = sentence.find(clause)
        cut = max(sentence.rfind("；", 0, at), sentence.rfind(";", 0, at)) if at > 0 else -1
        if cut < 0:
            return True
        return self._opens_with_verb(sentence[cut + 1:at].strip() or clause)

    def _opens_with_verb(self, text: str) -> bool:
        """The longest word of jieba's own (none of the reports' labels) ``text`` opens with is a verb
        (收集|群众评价…, never 全镇…), and no body is named in it (执法|大队查处…: 大队 names its subject)."""
        if any(len(x) > 1 and x in text for x in self.reader.lx.org_suffixes):
            return False
        # (past its framing words first: …；全年办件N件 opens with 办, not with 全年)
        for w in self._framing:
            if text.startswith(w) and len(text) > len(w):
                text = text[len(w):]
                break
        if self._labels is None:
            self._labels = self.cat.words()     # (read once, where a clause is first read so)
        freq, labels = self.reader.segmenter.tokenizer.FREQ, self._labels
        first = next((text[:k] for k in range(min(len(text), MAX_WORD), 0, -1)
                      if freq.get(text[:k]) and text[:k] not in labels), "")
        return first in verbs_by_pos()

    def part_core(self, name: str) -> str:
        """A part's name less its ending (乙街道 → 乙)."""
        m = self.sub_place.fullmatch(name)
        return m.group(2) if m else name

    def place_rank(self, name: str) -> int:
        """How high a place stands (a village 0 … a province 4), by its ending."""
        level = next((self.part_levels[e] for e in self._part_endings if name.endswith(e) and len(name) > len(e)), None)
        return PLACE_RANKS.index(level or self.reader.gazetteer.level_of(name))

    def part_names(self, labels) -> set[str]:
        """The parts of places (towns, communities …) that labels open with, by their form, below the
        highest place a report is held of."""
        top = max((self.place_rank(r.region) for r in self.cat.reports), default=0)
        return {m.group(1) for label in labels if (m := self._opening_part(label, top))}

    def part_place(self, obs: Obs) -> tuple[str, str]:
        """The part of a place (a town, a community: sub_places.txt) a figure's clause opens with, and
        its name less the ending; or ("", "")."""
        report = self.cat.report(obs.iri.rsplit("/obs/", 1)[0])
        above = self.place_rank(report.region) if report else len(PLACE_RANKS)
        # (甲街道、乙街道分别调处N件、M件: the part a figure was given by 分别 is its actor, not the first)
        m = (self._opening_part(obs.actor, above) if obs.actor else None) or self._opening_part(obs.clause, above)
        if m is None and obs.clause and not OWN_SUBJECT.match(obs.clause):
            # (乙村受理的N件全部调解成功，调解成功率百分之百 / 其中乙镇调处纠纷N件、涉及金额M万元: a clause
            # with no subject of its own is of the part its stretch of the sentence opens with — up to a
            # semicolon, or, for a figure after 、, up to a comma)
            sentence = obs.sentence
            at = sentence.find(obs.clause[:RATE_LEAD]) if len(obs.clause) >= RATE_LEAD else -1
            cuts = ["；;"] + (["，,"] if at > 0 and sentence[at - 1] == "、" else [])
            for marks in cuts if at > 0 else ():
                stretch = sentence[max(sentence.rfind(c, 0, at) for c in marks) + 1:at]
                m = self._opening_part(strip_punctuation(stretch), above) if stretch.strip() else None
                if m is not None or obs.unit != "%":
                    break
        return (m.group(1), m.group(2)) if m else ("", "")

    def _named_by_form(self, core: str, rank: int) -> bool:
        """No level mark or place ending inside a name read by its form (市甲区, 湄区乙街道, 村|社区),
        and no word describing or acting inside a county's or a city's (维持|市, 合理|区)."""
        if LEVEL_MARKS & set(core) or any(e in core for e in self._part_endings):
            return False
        return rank < PLACE_RANKS.index("region") or not any(
            core[i:j] in not_name_words() for i in range(len(core)) for j in range(i + 2, len(core) + 1))

    def _opening_part(self, text: str, above: int) -> re.Match | None:
        """A place's name by its form (its core plausible, its ending below ``above``) that ``text``
        opens with, after a character or two (在甲镇建成…), on word boundaries (组织|法律|进|乡村 holds
        no 织法律进乡; 组建|乡镇 no 建乡镇)."""
        spans = None
        for k in range(SUB_PLACE_LEAD + 1):
            m = self.sub_place.match(text, k)
            if not m or not self.reader.gazetteer.plausible(m.group(2), m.group(2)) \
                    or (rank := self.place_rank(m.group(1))) >= above:
                continue
            if not self._named_by_form(m.group(2), rank):
                continue
            # (…on boundaries, or opening a longer word a label made: 乙乡办理)
            spans = spans or self.reader.segmenter.tokenize(text)
            starts, ends = {a for _, a, _ in spans}, {b for _, _, b in spans}
            if m.start(1) in starts and (m.end(1) in ends or any(a == m.start(1) and b > m.end(1) for _, a, b in spans)):
                return m
        return None

    def issued_by(self, core: str, question: str, own: str) -> bool:
        """The body names where the thing asked comes from, not whose figure it is: it stands right
        before a thing it issues by its nature (issuers.tsv), joined by 的 or a verb of issuing
        (法院的司法建议, 法院给区里发的司法建议, 法院裁判), and the figure counts that thing.
        法院收到多少件司法建议 makes the body the one acting: never this."""
        return any(re.search(re.escape(core) + ISSUED_BY + re.escape(t), question) and t in own
                   for t in self.issues.get(core, ()))

    def action_class(self, word: str) -> str | None:
        return next((c for c, ws in self.actions if word in ws), None)

    def _negated(self, text: str) -> list[str]:
        """What a question asks as left undone (还有多少次没开展, 未办结 …): the two characters after a
        negation, not a yes/no question's (有没有) nor a negated 有/是."""
        found = [m for m in _NEGATED.finditer(text)
                 if not text[:m.start()].endswith("有") and not m.group(2).startswith(("有", "是"))]
        if not found:
            return []
        # a negation opens a word of the question (罚没款 holds none); 不 and 非 only as words of their own
        # (不予处罚, 不合格, 非法, 非诉讼 are terms, not a question of what is left undone or not of a kind)
        words = {a: w for w, a, _ in self.reader.segmenter.tokenize(text)}
        return [m.group(2) for m in found if m.start() in words
                and (m.group(1) not in ("不", "非") or words[m.start()] == m.group(1))]

    def _rate_action(self, label: str) -> str:
        """The action a rate is of (行政案件查结率 → 查结, 回复办结率 → 办结), or ""."""
        if not label.endswith("率"):
            return ""
        found = self._rate_acts.get(label)
        if found is None:
            found = self._rate_acts[label] = next((a for a in self._acts if label[:-1].endswith(a)), "")
        return found

    def _count_measure(self, text: str) -> bool:
        """A count named by its measure word (件数, 人数) or an action's (查结数: an action before 数)."""
        return self.reader.has("count_measure", text) or bool(self._act_count and self._act_count.search(text))

    def _in_object(self, cls: str, label: str, opening: str) -> bool:
        """The action stands inside the object of the label's opening action, after a word or two naming
        whose it is (办结|上级|交办…任务), not as a later verb of its own predicate (检查中发现并督促整改…隐患,
        公开征求意见收到建议)."""
        words = [w for c, ws in self.actions if c == cls for w in ws]
        at = min((i for w in words if (i := label.find(w, len(opening))) >= 0), default=-1)
        between = label[len(opening):at] if at >= 0 else ""
        return at >= 0 and len(between) <= OBJECT_LEAD and not any(v in between for v in self._acts)

    def _verb_asked(self, cls: str, text: str) -> bool:
        """A word of the action stands as the question's verb: with 了/过 or the count after it (交办了几件),
        not before a noun it names a kind of (检查事项清单, 依申请公开)."""
        return any(re.search(re.escape(w) + "(?:了|过|多少|几)", text) for c, ws in self.actions if c == cls for w in ws)

    def names_action(self, cls: str, text: str) -> bool:
        return any(w in text for c, ws in self.actions if c == cls for w in ws)

    def stands_in(self, token: str, text: str) -> bool:
        """The word (or one it was read from) stands in ``text``, whole or in most of its pieces."""
        return self.accounted(token, _Words(text, "", ""))

    def _counted_thing(self, token: str, obs: Obs) -> bool:
        """案件 of a count in pieces, 人员 of a count of people: a word naming only what a figure of that
        unit counts, which any such figure accounts for."""
        kind = self.reader.lx.unit(obs.unit).kind
        return token in self.count_nouns and kind == "count" or token in self.people_nouns and kind == "people"

    def accounted(self, token: str, w: _Words) -> bool:
        """The word, or an everyday word the synonym list read it from (时间 ← 时限), is the figure's
        (a period, 上半年, also as the run of months a report may write for it: 1—6月)."""
        months = self.reader.period_months.get(token)
        return any(self._accounted(t, w) for t in (token, *self.aliases.get(token, ()), *self.same_action.get(token, ()),
                                                    *((_PLAIN.sub("", months),) if months else ())))

    def owned(self, token: str, text: str) -> bool:
        """The word is one of these words of a figure's own (its label and actor), whole or in pieces
        (政务服务事项 in 政务服务向基层下放事项), never from its sentence around it."""
        return any(self._accounted(t, _Words(text, "", "")) for t in (token, *self.aliases.get(token, ())))

    def _accounted(self, token: str, w: _Words) -> bool:
        if token in w.own:
            return True
        # 承办人大代表建议 (a label of another report, kept whole): its action is checked as an action
        lead = next((a for a in self.all_action_words if token.startswith(a) and len(token) - len(a) >= 2), "")
        if lead:
            return self._accounted(token[len(lead):], w)
        if token in w.context and (token not in w.siblings or token in w.beyond):
            return True       # (法治 of 学习贯彻习近平法治思想, outside the clause its sibling 法治讲座 shares)
        if len(token) < 3 or self._other_level(token, w):
            return False
        if (grade := re.match(r"\d*[A-Z]+", token)) and grade.group(0) not in w.own + "|" + w.context:
            return False      # 3A级景区: the grade is what is asked (4A级, A级 are others)
        stem = next((token[:-len(c)] for c in self.reader.words.get("collective", ()) if token.endswith(c)), "")
        if len(stem) >= 2 and self._accounted(stem, w):
            return True       # 调解员队伍 asked, 调解员 stated
        covered = [False] * len(token)
        for i in range(len(token) - 1):
            piece = token[i:i + 2]
            if piece in w.own or (piece in w.context and piece not in w.siblings):
                covered[i] = covered[i + 1] = True
        # a word's uncovered head or tail of two characters or more is a word of its own (撤销|行政复议案件:
        # another action; 刑事|法律援助案件: another kind); only a middle may be left out (智能备案|管理|系统)
        head = next((i for i, c in enumerate(covered) if c), len(token))
        tail = next((i for i, c in enumerate(reversed(covered)) if c), len(token))
        if head >= 2 or tail >= 2:
            return False
        return sum(covered) >= PART_COVERED * len(token)

    def _thing_counted(self, token: str, w: _Words, obs: Obs) -> bool:
        """查处违法建设案件 (a label of another report, kept whole) of a count: the things counted, whatever
        the report calls them (count_nouns.txt), after words of the figure's own (违法建设N件)."""
        if self.reader.lx.unit(obs.unit).kind != "count":
            return False
        rest = next((token[:-len(n)] for n in self.count_nouns if token.endswith(n) and len(token) - len(n) >= 2), "")
        return bool(rest) and self.accounted(rest, w)

    def _other_level(self, token: str, w: _Words) -> bool:
        """市级领导 where the figure's words hold only 区级领导: the same thing of another level, which a
        word found in pieces must not pass for (the rest of it found whole, after another level's mark)."""
        if token[0] not in self.level_chars:
            return False
        rest, found = token[1:], w.own + "|" + w.context
        at = [m.start() for m in re.finditer(re.escape(rest), found)]
        return bool(at) and all(i > 0 and found[i - 1] in self.level_chars and found[i - 1] != token[0] for i in at)

    def counts(self, nouns: list[str], obs: Obs, r: Reading, text: str = "") -> bool:
        """多少个人民调解组织: may the figure count that thing?  Never where the thing is only a later item
        of the indicator's list (N个县司法局及基层司法所负责人 counts the 县司法局); in another unit than
        asked (个 asked, 万件 stated) only where the indicator ends with it (人民调解组织调解矛盾纠纷
        counts 纠纷, not 组织)."""
        phrase = "".join(nouns)
        if self._scene_in_label(phrase, obs.label_clean):
            return False          # 多少次常务会议 of 常务会议会前学法N次: the meeting is when, 学法 is counted
        head = _Words(_head(obs.label_text), "", "")
        found = any(self._accounted(t, head) for t in (phrase, *self.aliases.get(phrase, ()))) \
            or (self._accounted(nouns[-1], head) and phrase in _head(obs.clause))
        if not found:
            # 镇门户网站和村级公开栏发布政务信息: a list before the verb is where or who, and the thing
            # after the verb is what the figure counts (a list after it: only its first item)
            _, after = self._subject_and_object(obs.label_clean)
            found = bool(after) and self._accounted(nouns[-1], _Words(_head(after), "", ""))
        if not found and phrase in obs.label_text:
            return False          # only a later item of the indicator's list
        if not r.units:
            # 多少群众 (no counter asked): the noun right after 多少 is the thing counted, and the figure's own,
            # in its indicator, actor or clause; only in the sentence around it (…群众参与度) it is what
            # another figure counts. A word for "things counted" (多少案件) is any figure's.
            first = nouns[0]
            subject, counted = self._subject_and_object(obs.label_clean)
            if counted and counted not in r.text and self._accounted(first, _Words(subject, "", "")) \
                    and not self._accounted(first, _Words(counted, "", "")):
                return False      # 区领导带队走访企业N家 counts 企业: 区领导 is who did it, not what is counted
            return first in self.count_nouns or self._accounted(
                first, _Words(obs.label_text + "|" + obs.actor_text + "|" + self._beside_number(obs), "", ""))
        if self.reader.lx.units_fit(r.units, obs.unit) == "yes":
            if not found and obs.unit not in r.units and "个" in (obs.unit, *r.units):
                # 多少家企业 of 企业法律服务站N个: 个 counts anything, so the thing must be the figure's own
                return False
            # the unit agrees: the other checks weigh the words, but a thing counted that another
            # figure of the sentence counts is theirs unless this one's words hold it, or its head, too
            # (多少次党组会议 is 召开党组会议…N次's, not 开展集体学法M次's for a 党组 in its clause;
            # 多少卷执法案卷 may be 抽查案卷N卷 beside 组织执法案卷评查)
            # (差评 only inside a name, “好差评”, is not what a figure counts: the names are left out)
            names = _names_holding(obs.sentence, phrase)
            if names:
                found = self._accounted(phrase, _Words(_head(_without(obs.label_text, names)), "", ""))
            own = _without(obs.label_text + "|" + obs.actor_text + "|" + obs.clause, names)
            return found or nouns[-1] in self.count_nouns or self._accounted(phrase, _Words(own, "", "")) \
                or phrase not in text or phrase[-2:] in _without(obs.label_clean + "|" + obs.clause, names) \
                or self._borrows(obs) or not any(
                    x.label_text != obs.label_text and self._accounted(phrase, _Words(x.label_text, "", ""))
                    for x in self._peers.get(obs.iri, ()))     # (…of the part asked, in a question of parts)
        return found and any(x.endswith(nouns[-1][-2:]) for x in head.own.split("|"))

    def _scene_in_label(self, phrase: str, label: str) -> bool:
        """The thing asked stands in the indicator only before a word of when or where (会前, 期间) and
        another thing after it: the figure counts that other thing."""
        at = label.find(phrase)
        rest = label[at + len(phrase):] if at >= 0 and phrase else ""
        return any(rest.startswith(w) and len(rest) - len(w) >= 2 for w in self._scene_after) \
            and phrase not in rest

    def _borrows(self, obs: Obs) -> bool:
        """An indicator that is only an action and what it came to (调解成功): it names no thing of its
        own, and counts the one its sentence named before (受理矛盾纠纷M件，调解成功N件)."""
        rest = obs.label_clean.removeprefix(self.opening_actions(obs.label_clean))
        return rest != obs.label_clean and (not rest or rest in self.reader.words.get("outcome", ()))

    def _actor_named_out(self, text: str, obs: Obs) -> str:
        """``text`` less the action words inside the figure's actor where the question names it (派驻调解室
        of 公安派驻调解室: a body asked, not 调解 done) — only there: 调解办结 is 调解 done, whatever 办 ends."""
        for name in filter(None, obs.actor_text.split("|")):
            cut = next((name[i:] for i in range(len(name) - MIN_ACTOR_SUFFIX + 1) if name[i:] in text), "")
            if cut:
                text = text.replace(cut, self._agents_out(cut))
        return text

    def _agents_out(self, text: str) -> str:
        """``text`` less the action words that begin a noun for who does it (调解员, 人民调解组织)."""
        return self._agent_nouns.sub("|", text)

    def _beside_number(self, obs: Obs) -> str:
        """The words of the figure's clause its number counts: back from the number to the verb before
        it, and on from it to the next verb (带领…领导班子成员旁听行政案件庭审N次 → 行政案件庭审;
        化解矛盾纠纷N件 → 矛盾纠纷). The whole clause where the number is not found in it."""
        found = self._beside.get(obs.iri)
        if found is not None:
            return found
        number = next((m for m in re.finditer(r"\d+(?:\.\d+)?", obs.clause) if float(m.group(0)) == obs.value), None)
        if not number:
            return obs.clause
        before, after = obs.clause[:number.start()], obs.clause[number.end():]
        cuts = [m.end() for v in self.reader.lx.verbs for m in re.finditer(re.escape(v), before)]
        ends = [m.start() for v in self.reader.lx.verbs for m in re.finditer(re.escape(v), after)]
        found = self._beside[obs.iri] = before[max(cuts, default=0):] + "|" + after[:min(ends, default=len(after))]
        return found

    def _subject_and_object(self, label: str) -> tuple[str, str]:
        """(before its first verb, after its last) of an indicator with a verb inside it
        (区领导带队走访企业 → 区领导, 企业); ("", "") where it has none or ends with one."""
        verbs = [(m.start(), m.end()) for v in self.reader.lx.verbs for m in re.finditer(re.escape(v), label)]
        if not verbs:
            return "", ""
        first, last = min(a for a, _ in verbs), max(b for _, b in verbs)
        return (label[:first], label[last:]) if first > 0 and len(label) - last >= 2 else ("", "")

    def check(self, r: Reading, obs: Obs, text: str | None = None, tokens: list[str] | None = None,
              every_part: bool = False) -> list[str]:
        """What of the question (or of one part of it: ``text``/``tokens``) ``obs`` leaves unaccounted.
        ``every_part``: what is asked holds of every part of the figure alike (none left of a whole
        all done), so a part named is no other figure's."""
        text = r.text if text is None else text
        tokens = r.tokens if tokens is None else tokens
        w = self.words(obs)
        if r.units and w.by_unit:
            w = w.without_units(lambda u: self.reader.lx.units_fit(r.units, u) == "yes")
        problems: list[str] = []
        # the action from the figure's preferred label and actor, not an alias: an alias gathers the
        # wordings of several reports (受理行政复议案件 for 收到), where one report may state both
        # …and only where the label opens with it (收到行政复议申请): inside a noun (行政检查事项) a word
        # names a kind of thing, and the figure's action is its clause's (公示…N项行政检查事项)
        opening = self.opening_actions(obs.label_clean)
        # (…nor an action word inside the actor's name for a body: 公安派驻调解室化解纠纷 did 化解, not 调解)
        actor = self._agents_out(obs.actor_text)
        own_actions = self._actions_in(opening + "|" + actor)
        # (…nor one inside a body the question names: 某纠纷调解室受理了几起 asks 受理, no 调解)
        asked = self.asked_actions(self._asked_agent_nouns.sub("|", self._actor_named_out(self.in_names(text, w), obs)))
        share_of = self._share_of(obs)      # (约占…的百分之M: the count before it, its action the share's)
        where = opening + "|" + actor if own_actions else w.own + "|" + obs.clause + "|" + share_of
        # …the figure's own action asked, not an action word inside a noun for who does it (依托N个人民调解
        # 组织: 调解 names a kind of organisation, not 调解 done; 化解 is no scene of it)
        # 保留N件、修改M件、废止K件: an action another figure of the clause opens with is that
        # figure's, not the one of a figure whose label names none (保留)
        # (…but what the counted did is theirs to ask: N名区级领导通过…处理事项)
        # (…nor the action of the count a share is of: 检查N家，约占…的百分之M)
        theirs = {c for c in asked if not own_actions and self.names_action(c, self.neighbours(obs))
                  and not self.names_action(c, w.own) and not self.names_action(c, self.predicate(obs))
                  and not self.names_action(c, share_of)}
        own_asked = any(self.names_action(c, self._agents_out(where)) for c in asked if c not in theirs)
        # (the thing the figure's action is done to: 行政复议申请 of 办结行政复议申请)
        thing = obs.label_clean[len(opening):] if opening and obs.label_clean.startswith(opening) else ""
        for cls in asked:
            # an alias's action (办理法律援助案件) counts where no figure beside it states that action itself
            # elsewhere in its words (进驻…集中办理的…事项; an alias: 办理法律援助案件) it counts where
            # no figure beside it states that action itself
            by_alias = self.names_action(cls, self._agents_out(w.own)) and not self.names_action(cls, self.neighbours(obs))
            if by_alias and own_actions and not own_asked and self._verb_asked(cls, text) \
                    and self._in_object(cls, obs.label_clean, opening) and not self.names_action(
                    cls, "|".join(self.opening_actions(strip_punctuation(a)) for a in obs.alts)):
                # 上级交办了几件…: with the figure's own action (办结) not asked, an action the question asks
                # as its verb that stands inside the figure's object (办结上级交办…任务) is what was done
                # to the things counted before, not what the figure counts
                by_alias = False
            # 整治的时候出动了多少人次: with the figure's own action asked (出动), another one that stands
            # in the figure's own sentence, outside its neighbours' clauses (专项整治), is the scene
            # (…in its own sentence, not only its heading or its paragraph's lead)
            # (…never the action of a figure before it counting in its unit: 新收N件，办结M件 — a chain of
            # one thing, where both asked is two figures asked)
            scene = own_asked and self.names_action(cls, w.context) \
                and self.names_action(cls, strip_punctuation(obs.sentence)) and not any(
                x.unit == obs.unit and x.start < obs.start and cls in self.asked_actions(x.label_clean)
                and len(thing) >= 2 and x.label_clean.endswith(thing) for x in self._peers.get(obs.iri, ()))
            # set up (设立|组建): any action the English word may be, the one the figure names
            other = any(self.names_action(c, where) for c in self._either(r, cls))
            if (not self.names_action(cls, where) or cls in theirs) and not by_alias and not scene and not other:
                stated = "、".join(own_actions) or obs.label
                problems.append(f"问的是“{cls}”，报告中相近的数字说的是“{stated}”")
        # (…of a piece, with the topic clause before the numbers asked: 行政复议，有几件，维持几件)
        topical = text if text is r.text or r.slots < 2 else self.reader.slot_topic(r.text) + "|" + text
        for a, b in self.antonyms:
            if _has(a, topical, b) and _has(b, w.own, a) and not _has(a, w.own, b):
                problems.append(f"问的是“{a}”，报告中的数字是“{b}”的")
        # 新划入事项之前已有多少项: a time before what a figure of the sentence counts (新划入N项) asks the
        # count before it, which no figure of that sentence is
        for v in r.timed:
            if any(v in x.label_clean for x in (obs, *self._peers.get(obs.iri, ()))):
                problems.append(f"问的是“{v}”之前的数字，报告中的数字不是")
        problems += self._whole_or_needed(r, obs, text, own_actions, w)
        problems += self._year_only(r, obs, r.raw if text is r.text else text)
        # 收到申请N件，其中维持M件: a part after 其中, named by the whole's noun and words of its own,
        # answers only a question naming them (修订 names 修改's action; 作废 废止's or 注销's), never one
        # of the thing alone (多少件复议申请)
        # 其中某本级受理N件，全部办结: a figure of a part of the place (its scope) answers only a question
        # naming that part, never one of the whole
        if obs.scope and obs.scope not in text and not any(len(t) >= 2 and t in obs.scope for t in tokens):
            problems.append(f"问的是全部，报告中的这个数字只是其中“{obs.scope}”的")
        # 调处纠纷多少件 asked, 调解成功M件 stated: what the action came to (structure.tsv outcome) that is no
        # mere completion (成功, not 完成/到位) picks out some of the cases, and must be asked
        came = [t for t in self.reader.words.get("outcome", ()) if t not in self.reader.words.get("completed", ())
                and t in obs.label_clean and t not in text]
        if came:
            problems.append(f"报告中的这个数字是“{came[0]}”的，问题没有问到")
        kind = self._kind_of_part(obs, text)
        if kind and not any(self.names_action(c, kind) for a in asked for c in (a, *self._either(r, a))):
            problems.append(f"问的是全部，报告中的这个数字只是其中“{kind}”的")
        outcomes = self.reader.words.get("outcome_zero", ())
        if obs.kind == "zero" and any(v in w.own for v in outcomes) and not any(v in text for v in outcomes):
            # (参考人员中不合格的 0人 answers 几人不合格, never 参考人数)
            problems.append("报告中的这个数字只是“" + "、".join(v for v in outcomes if v in w.own) + "”的")
        verdicts = self.reader.words.get("verdict", ())
        if not any(v in text for v in verdicts) and any(v in w.own for v in verdicts):
            # 行政诉讼案件败诉0件 answers 输了几件, never 有几件行政诉讼案件
            problems.append("报告中的这个数字只是“" + "、".join(v for v in verdicts if v in w.own) + "”的")
        listed = self.listed(obs.label)
        named = [i for i in listed if i in text or (len(i) > LIST_HEAD and i[-LIST_HEAD:] in text)]
        if named and len(named) < len(listed):
            # 召开专题推进会、培训会N次: one of them asked (培训会开了几次) is not counted apart
            # (the words of _joint_list, whose lists follow a word of means)
            problems.append(f"报告中的这个数字是“{'、'.join(listed)}”合计的，没有单独给出“{'、'.join(named)}”的")
        problems += [] if every_part else self._one_of_joined(r, obs, text)
        problems += self._list_sibling(obs, text)
        problems += self._other_kind(r, obs, text, tokens, w)
        problems += self._one_place_of_many(obs, text, tokens)
        problems += self._included_only(obs, text, tokens)
        here = [x for x in r.department_words if x in text] if text is not r.text else []
        for (level, core), word in zip(r.departments, r.department_words):
            if here and word not in here:
                continue          # 法院…比公安…多: a part naming a department answers for it, not the other's
            if text is not r.text and word not in text and _in_another_part(r, word, text):
                continue          # (甲镇和乙镇的医保服务站各…: 乙镇医保服务站 is the other part's)
            if level not in (None, "region", r.report_level):
                problems.append(f"问的是{_level_name(level)}的{core}，报告只有本区（县）的数据")
            elif core in PUBLISHER_CORES and r.report_publisher and core.removeprefix("人民") not in obs.label_clean \
                    and (other := self._body_in(obs.label_clean)) and not other.endswith(PUBLISHER_CORES):
                # 以某政府为被告的…案件 asked of a bureau's report, 以该局为被告的…案件 stated: the figure's
                # own words name another body where the question names the government
                problems.append(f"报告中的这个数字是{other}的，不是{core}的")
            elif core not in PUBLISHER_CORES and core not in w.own and not self._named_in(core, obs.clause) \
                    and not (core in text and not self._named_in(core, text) and core in obs.clause) \
                    and not (obs.actor is None and self._opens(obs, core)) and not self._chain_names(obs, core) \
                    and not any(core in n for n in r.report_publisher) \
                    and not self.issued_by(core, r.raw + "|" + text, w.own + "|" + obs.clause):   # a department's own report
                problems.append(f"报告没有说明{core}的这项数字")
            elif any(core in n for n in r.report_publisher) and obs.actor and core not in obs.actor \
                    and not any(obs.actor in n or n.endswith(obs.actor) for n in r.report_publisher) \
                    and not obs.actor.startswith(OWN_PART_MARKS) \
                    and obs.actor.endswith(PEER_BODY_ENDS):
                # 县司法局自己…作出几宗处罚 of its own report: a figure of another body it names
                # (县综合行政执法局作出处罚N宗) is that body's, not the publisher's
                problems.append(f"报告中的这个数字是{obs.actor}的，不是{core}的")
        named_here = own_actions or self._actions_in(obs.clause)
        predicate = self.predicate(obs)
        nouns = []
        for t in tokens:
            if predicate and len(t) >= 2 and t in predicate:
                continue          # what the counted did (…处理事项 of N名区级领导…处理事项): its own words
            cls = self.action_class(t)
            if cls is None:
                nouns.append(t)
            if self._counted_thing(t, obs):
                continue
            if obs.unit == "%" and self.reader.has("rate", t):
                continue          # 比例, 占比: the unit kind, checked below
            if cls is not None and (cls in named_here or set(self._either(r, cls)) & set(named_here)):
                continue          # 接到 for 收到: the action, already checked above
            if obs.kind == "zero" and self.reader.has("occur", t):
                continue          # 出过几起事故: happening at all, which a stated none (无…事故) answers
            if t in self.reader.words.get("collective", ()):
                continue          # 调解员|队伍: the people before it, all together (checked as they are)
            if t in self.reader.words.get("extent", ()) and self.reader.lx.unit(obs.unit).kind in ("count", "people"):
                continue          # 轮训共覆盖多少人次: how far a count reaches, not what it counts
            if t in self.reader.words.get("extent", ()):
                nouns = [n for n in nouns if n != t]
            if r.plan and any(t in w for w in self.reader.plan_words):
                continue          # 下一步计划: the time asked, checked below as plans against results
            if len(t) >= 2 and not self.accounted(t, w) and not _names_department(t, r) \
                    and not self._thing_counted(t, w, obs):
                problems.append(f"报告中没有找到“{t}”")
            elif len(t) >= 2 and t not in w.own and (other := self._the_rest_of(obs, t)):
                # 风险评估 of “…、风险评估、合法性审查…”机制，…合法性审查不少于N日: another item of a list
                # the figure's own item stands in; 违规占地类 of …，其余为违规占地类: the rest's
                problems.append(f"问的是“{t}”，报告中的这个数字是“{other}”的")
            elif cls is None and len(t) >= 2 and text is r.text and not r.cues & ARITHMETIC_CUES \
                    and t not in w.own and not any(t in n for n in r.report_publisher) \
                    and (other := self._named_by_peer(obs, t)):     # (市场监管局: the publisher asked, no peer)
                # 公安和法院派驻调解室化解纠纷多少件: a word of a figure beside it (公安派驻调解室…), not of
                # this one's own words, asks that figure too — this one alone is not the answer
                problems.append(f"问的也是“{other}”的，报告中的这个数字只是“{obs.actor_text}”的")
            elif cls is None and len(t) >= 2 and text is r.text and not r.cues & ARITHMETIC_CUES \
                    and not r.parts and t not in w.own and _joined_in(t, text) \
                    and (other := self._named_by_sibling(obs, t)):    # (parts read apart are each checked)
                # 行政复议和行政诉讼案件多少件 of …行政复议案件2件、行政诉讼案件1件: a word only another
                # figure of the sentence names, in the same unit, asks that figure too
                problems.append(f"问的也是“{other}”，报告中的这个数字只是“{obs.label}”")
            elif len(t) == 1 and t + "的" in text and t in attribute_chars() and t not in w.own + w.context:
                problems.append(f"报告中没有找到“{t}”")      # 法律明白人里女的: a part the report does not break out
        # the thing asked about must be the figure's own (its indicator, actor or clause), not only
        # its surroundings: 收到纠纷 is not answered by a figure whose section title mentions 纠纷
        # (…or the subject its clause shares: N名县级领导坐班接访，处理信访事项M件 is what they handled)
        strong = _Words(w.own + "|" + obs.clause + "|" + w.subject, "", "")
        if text is r.text and not problems and not r.cues & ARITHMETIC_CUES and not r.parts \
                and (count := list(self.reader.pattern["count"].finditer(r.text))):
            # 复议、诉讼中有几件被纠错: what the counted came to, named after the count word, is the figure's
            # own (收到…申请N件 of the same sentence is not what came to be corrected)
            # (only a passive predicate, structure.tsv passive: 几件被纠错 — a noun after the count, 多少家执法部门在…注册, is the
            # thing counted, which its sentence may describe)
            tail = re.split(r"[，,。？?；;]", r.text[count[-1].end():], maxsplit=1)[0].strip()
            tail = tail[len(next((u for u in self._units_longest if tail.startswith(u)), "")):]    # (几|件|被…)
            passive = next((w for w in self.reader.words.get("passive", ()) if tail.startswith(w)), "")
            came = [c for t in tokens if (c := t.removeprefix(passive)) and len(c) >= 2 and c in tail
                    and self.action_class(c) is None and not self._counted_thing(c, obs)] if passive else []
            lost = [t for t in came if not self._accounted(t, strong) and self._accounted(t, w)
                    and not _names_department(t, r) and not self._thing_counted(t, strong, obs)]
            if lost:
                problems.append(f"问的是其中“{'、'.join(lost)}”的，报告中的这个数字是“{obs.label}”")
        if nouns and not problems and not self.generic(obs) and not any(
                self._accounted(t, strong) or _names_department(t, r) or self._thing_counted(t, strong, obs)
                for t in nouns):
            problems.append("报告中这个数字说的是“" + obs.label + "”，问题里的“" + "、".join(nouns) + "”只在上下文中出现")
        # 市、县两级负责人: the levels a question counts over (structure.tsv level_span) are the figure's own,
        # never a whole of every level (全省各级…N人) whose sentence names them only for a remainder
        for span in self.reader.words.get("level_span", ()):
            if span in text and span not in w.own + "|" + obs.clause:
                problems.append(f"问的是{span}的，报告中这个数字不是只数{span}的")
        # N项行动里光我们这一项: one of several asked by itself is answered only by a figure its own
        # words name (unnamed, 我们这一项, by none: the report's figure there counts them together)
        if r.one_of is not None and not (r.one_of and self.owned(r.one_of, w.own)):
            problems.append("问的是其中单独一项的，报告中的这个数字没有单独说到它")
        # 应急队伍里物业的有几支: the part picked out of a whole is the figure's own, or not this figure
        for t in r.picked:
            if not self._accounted(t, strong) and not _names_department(t, r):
                problems.append(f"问的是其中“{t}”的，报告中这个数字不是单数它的")
        # the scene (专项整治中…): its words in the figure's words, sentence or section, or the question is elsewhere
        # (建议和提案里…: a scene naming the figure's own thing too names each whole, its sibling's among them)
        alone = not any(len(x) >= 2 and self.accounted(x, _Words(w.own, "", "")) for x in r.scene)
        # (…a whole the asker counts, N件政协提案中: read as a sibling's only then; 行政处罚中简易程序… may be
        # a whole the report breaks down in its own clause)
        for t in r.scene:
            # 审结|案件中 (or 审结案件中, a label of another report kept whole): the things counted, whatever
            # the report calls them — only the action before them is the scene's
            lead = next((a for a in self.all_action_words if t.startswith(a) and t[len(a):] in self.count_nouns), "")
            t = lead or t
            if self._counted_thing(t, obs):
                continue
            # (an activity set as the scene, 整治里…, is found by any word of its action: 整改销号)
            cls = self.action_class(t)
            if (len(t) >= 2 and not self.accounted(t, _Words(w.own, w.context + "|" + obs.sentence_text, ""))
                    and not (cls and self.names_action(cls, w.own + "|" + w.context + "|" + obs.sentence_text))
                    and not _names_department(t, r)) or self._scene_of_another(
                        t, obs, w, alone and bool(re.search(r"\d(?!\d*年)[^\d，,。]{0,3}" + re.escape(t), r.raw))):
                problems.append(f"报告中这个数字不在“{t}”的范围内")
        # a part of the report named (营商环境那一段): the figure stands in it, most of its words found in
        # the figure's headings or sentence
        named = [t for t in r.section if len(t) >= 2 and not _names_department(t, r)]
        found = [t for t in named if self.accounted(t, _Words(w.own, w.context + "|" + obs.sentence_text, ""))]
        # (…or named by its role, as the genre's headings name parts: 工作成效部分, 存在问题部分 — sections.tsv)
        phrase = "".join(named)
        role = next((role for word, role in self.reader.lx.section_roles
                     if word in phrase or len(phrase) >= 2 and phrase in word), None) if phrase else None
        if named and len(found) < SECTION_COVERED * len(named) and not (role and role in obs.roles):
            problems.append(f"报告中这个数字不在“{''.join(named)}”这一部分")
        # 还有多少件没化解: what is left of an action is a figure only where the report states it (未化解N件);
        # the count done (化解N件) is not it, and a whole to compute it from is the arithmetic's, not this
        for verb in self._negated(text):
            if obs.kind == "zero":
                # a stated none (未发生…, 无…) is what 没有发生 asks, and of its own action only: 没有被维持的
                # is not answered by 败诉0件
                if verb not in obs.label_text + "|" + obs.clause and not self.reader.has("occur", verb):
                    problems.append(f"问的是没有“{verb}”的数量，报告中的零说的是“{obs.label}”")
                continue
            if not any(n + verb in obs.label_text + "|" + obs.clause for n in NEGATIONS):
                problems.append(f"问的是还没有或不属于“{verb}”的数量，报告没有直接给出")
        # (on the whole question: a scene clause keeps 剩下的; a part's text may have lost its 未办结)
        if self.reader.has("left_over", r.clauses) and not self._negated(r.text) and not any(
                w in obs.label_text + "|" + obs.clause for w in ("未", *self.reader.words.get("left_over", []))):
            problems.append("问的是剩下的数量，报告中的这个数字不是剩余数")
        given = f"{obs.value:g}" if isinstance(obs.value, float) else str(obs.value)
        # (a sum's parts may be given: 法院N件，加上公安的一共多少; never the whole it asks, 那N支队伍一共多少)
        if not (r.cues & {"remainder", "difference"} or "sum" in r.cues and text is not r.text or given in r.claimed) \
                and self.reader.has("count", r.text) and re.search(
                rf"(?<![\d.]){re.escape(given)}(?![\d.])\s*{re.escape(obs.unit)}", r.raw):
            # (…收到32件吗: the asker checks the figure, which is the answer)
            # 排查出来的N个问题里，涉企执法问题占了多少个: the asker gives the figure; the answer is not it
            problems.append(f"问题中已给出{given}{obs.unit}，问的是其中的一部分，报告没有分开说明")
        asks_rate = self.reader.has("rate", text)
        # the units a part asks in (审结多少件，结案率是多少: the rate part asks none), else the question's
        units = r.units if text is r.text else self.reader.units_asked(text)
        if asks_rate and obs.unit != "%" and not (units and obs.unit in units):
            problems.append("问的是比率，报告中相近的是数量")
        # 多少年 is asked in years, even of a 率 (points, 高几个百分点, are of rates)
        if obs.unit == "%" and units and "%" not in units and not any(u.endswith("百分点") for u in units):
            problems.append("问的是数量，报告中相近的是比率")
        elif obs.unit == "%" and not asks_rate and not r.change and not self._negated(r.text + "|" + text) \
                and not r.cues & {"remainder"} and self._count_measure(r.raw):
            problems.append("问的是数量，报告中相近的是比率")     # 行政案件 查结数: a count, not 查结率
        elif obs.unit == "%" and not asks_rate and not units and r.counted and "占" not in text \
                and not any(t.endswith(MEASURE_SUFFIXES) for t in tokens):
            # 回访覆盖了多少企业: the things counted (企业) asked, no rate word — 覆盖N%受检企业 is no count
            problems.append("问的是数量，报告中相近的是比率")
        if obs.stage or self._from_to.search(obs.clause):
            # 由N个工作日压减至M个: N is what it was, M what it is; the amount of the change is neither
            said = r.raw if text is r.text else text
            before = self.reader.has("stage_before", said) and not self.reader.has("stage_after", said)
            if self._amount_asked.search(said) and not self.reader.has("stage_after", said):
                problems.append("问的是变化了多少，报告中的这个数字是变化前或变化后的")
            elif obs.stage == "before" and not before:
                problems.append("报告中的这个数字是变化前的，问的是现在的")
            elif obs.stage == "after" and before:
                problems.append("问的是变化前的，报告中的这个数字是变化后的")
        elif obs.stage != "before" and self.reader.has("changed_before", r.raw if text is r.text else text):
            # 低保标准提高前是多少: what it was before the change named, never what it was raised to
            problems.append("问的是变化前的，报告中的这个数字不是变化前的")
        rate_words = self.reader.words.get("rate", ())
        if obs.unit == "%" and not [t for t in tokens if len(t) >= 2 and t not in rate_words
                                    and not _names_department(t, r) and t not in r.department_words]:
            problems.append("问题没有说明是哪一项比率")    # 公安局的比例是多少: a body and a rate word, nothing of what
        if obs.unit == "%" and (acted := self._rate_action(obs.label_clean)) and not self.names_action(
                    self.action_class(acted) or acted, said_all := "|".join((r.raw, r.text, *r.tokens))) \
                and acted not in said_all:
            # 行政案件占全县的比例: 查结率 is the share of them closed, a rate of an action not asked
            problems.append(f"报告中的这个数字是“{acted}率”，问题没有问“{acted}”")
        if predicate and not any(len(t) >= 2 and t not in obs.label_clean and t in predicate for t in tokens):
            # N名区级领导通过…接访: leaders who did that, not all of them — 一共有多少名区级领导 is not asked by it
            problems.append(f"报告中的{obs.label}数是“{predicate}”的，问题没有说到")
        if self.reader.has("money", text) and self.reader.lx.unit(obs.unit).kind != "money":
            problems.append("问的是金额，报告中相近的不是金额")
        if obs.kind == "change" and not r.change:
            problems.append("报告中相近的数字是与上一年相比的变化，问的不是变化")
        if r.bound and obs.qualifier in ("atLeast", "atMost", "moreThan", "lessThan") and not (
                r.bound == obs.qualifier or (r.bound == "atLeast" and obs.qualifier == "moreThan")
                or (r.bound == "atMost" and obs.qualifier == "lessThan")):
            problems.append("问的是" + ("最少（下限）" if r.bound == "atLeast" else "最多（上限）")
                            + "，报告中的数字是" + ("上限" if obs.qualifier in ("atMost", "lessThan") else "下限"))
        if r.part_of_year and not any(self._names_period(obs, f) for p in r.part_of_year
                                      for f in self.reader.period_forms(p)):
            problems.append(f"问的是{'、'.join(r.part_of_year)}的数字，报告中的数字是全年的")
        if not r.part_of_year and (part := self.reader.part_of_year(obs.label)):
            # (a table's quarter column: the year's own figure beside it answers a question of the year)
            problems.append(f"报告中的这个数字是{'、'.join(part)}的，问的不是这一时段")
        own_year = obs.year is None or obs.year == r.report_year    # (a figure of the report's own year)
        if r.before and r.prior and r.year and own_year:
            problems.append(f"问的是{r.year}年的上一年的数字，报告中的数字是报告年度的")
        elif r.before and not r.year and own_year:
            problems.append("问的是“去年”或上一年的数字：请写明年份（报告中的数字是报告年度的）")
        problems += self._dated_otherwise(r, obs)
        problems += self._changed_since(r, obs)
        problems += self._numbered_otherwise(r, obs)
        problems += self.of_another_year(r, obs)
        said = r.raw + "|" + text
        newly = next((w for w in self.reader.words.get("newly", ()) if w in obs.label_clean), "")
        if newly and "新" not in said and newly[1:] not in said:
            problems.append(f"报告中的这个数字是当年“{newly}”的，不是总数")
        if r.change and obs.kind != "change":
            problems.append("问的是与上一年相比的变化，报告中只有当年的数字")
        if r.plan and "plans" not in obs.roles:
            problems.append("问的是计划或下一步安排，报告中的这个数字是已完成的工作")
        # (…where the year asked names the report, 根据2025年度法治政府建设情况报告，计划…: its plans are asked)
        report_named = r.year and re.search(rf"{r.year}\s*年度?[^，,。？?；;]*(?:报告|法治政府建设)", r.raw)
        if "plans" in obs.roles and r.year and r.report_year and (planned := self.plan_year(obs, r.report_year)) \
                and planned != r.year and not report_named:
            # 2024年…的目标 / 2024年计划… of a 2024 report whose plans are headed 2025年工作打算: that year's
            # targets, not 2024's (a plan the report names for another year is never the year asked)
            problems.append(f"问的是{r.year}年的，报告中的这个数字是{planned}年的计划")
        # 市本级…多少: a part of the place asked (in this part of the question) is answered only by a
        # figure of that part; a figure of a part answers only a question naming it (全市 or not)
        # (其中市本级收到N件，受理M件: the 受理 shares the subject named before it up to a ；)
        # (a part of the place opening the first of coordinated parts is theirs all: 市本级收到、受理、审结)
        # (…or the scene they stand in, 市本级审结的案件中, or the topic clause before the numbers asked,
        # 以本级为被申请人的…，有几件，维持几件)
        lead = [x for x in self.scope_parts if r.parts and r.parts[0].lstrip().startswith(x)
                or any(x in t for t in r.scene) or x in topical.split("|")[0]]
        asking = r.raw if text is r.text else text + "|" + "|".join(lead)
        asked_part = [x for x in self.scope_parts if x in asking]
        scope = "|".join([obs.clause, obs.label_text, obs.actor_text, _segment_before(obs)])
        if asked_part and not any(x in scope for x in asked_part):
            problems.append(f"问的是{asked_part[0]}的，报告中的这个数字不是{asked_part[0]}的")
        part = next((x for x in self.scope_parts if x in obs.clause or x in obs.label_text), None)
        # 厅本级收到N件 in the 厅's own report: the publisher's own level is the publisher asked (翠屏省生态
        # 环境厅…收到几件), never the whole of the province (全省) a question may name
        publisher = r.report_publisher[0] if r.report_publisher else ""
        # (…not where the question names another body: 省人民政府审结 is not the 局本级 the 局 reports of)
        own_level = bool(part and publisher) and publisher[-1] + part in obs.clause + obs.label_text \
            and r.level is None and not WHOLE_PLACE.search(r.raw) \
            and all(self.names_publisher(core, r) for _, core in r.departments)
        if part and part not in asking and not own_level and not any(part in x or x in part for x in asked_part):
            problems.append(f"问的是{r.level_word or '全部'}，报告中的这个数字只是{part}的")
        problems += self._joint_list(obs, r.raw if text is r.text else text)
        problems += self._sub_place(obs, r.raw if text is r.text else text, r)
        # (the own level in its words or opening its sentence before it — never 全省…系统N名，其中局本级M名,
        # whose whole is the system's)
        # (the clause is kept cleaned, 1—9月 as 19月: it is found in the sentence cleaned the same way)
        plain = _PLAIN.sub("", obs.sentence)
        at = plain.find(_PLAIN.sub("", obs.clause)[:4]) if obs.clause else -1
        lead = obs.label_clean + "|" + obs.clause + "|" + (plain[:at] if at > 0 else "")
        own = [w for w in self.reader.words.get("own_level", ()) if w in lead] \
            if not self.reader.has("sector", obs.label_clean) else []
        if own and self.reader.has("sector", r.raw) and not any(w in r.raw for w in own):
            # 全市某某系统…多少 asked, 局本级…N stated: the bureau's own, not its sector's
            problems.append(f"问的是整个系统的，报告中的这个数字是{own[0]}的")
        elif r.report_publisher and self.reader.has("sector", r.raw) and WHOLE_PLACE.search(r.raw) \
                and not self.reader.has("sector", lead) and not WHOLE_PLACE.search(lead):
            # 全市某某系统…多少 asked of a bureau's report: a figure of one body (市某调解中心受理N件) is not
            # the whole sector's; only one its words or sentence give the sector or the whole place
            problems.append("问的是整个系统的，报告中的这个数字没有说是")
        elif r.report_publisher and self.reader.has("all_bodies", r.raw) and not self.reader.has("all_bodies", obs.sentence):
            # 全县各部门制发了多少件 of a bureau's own report: its figure is the bureau's, never all of them
            problems.append("问的是各部门的，报告中的这个数字没有说是")
        if "plans" in obs.roles and not r.plan:
            # a target (力争…不少于N个) is not what was done: asked without 计划/下一步/明年, it is not it
            problems.append("报告中的这个数字是计划或目标，问的是已完成的工作")
        for nouns in r.counted:
            if text is not r.text and not all(n in text for n in nouns):
                continue      # (多少条来信，以及回复办结率是多少: the rate's piece counts no 来信)
            if not self.counts(nouns, obs, r, text):
                problems.append(f"问的是多少“{''.join(nouns)}”，报告中的这个数字数的是“{obs.label}”")
        return list(dict.fromkeys(problems))




def _follows(found: str, before: str, after: str) -> bool:
    """``after`` stands in ``found`` right after ``before`` or a few characters on (行政检查…备案系统:
    a name asked in short, 行政检查备案系统, of 行政检查智能备案管理系统)."""
    at = found.find(before)
    while at >= 0:
        end = at + len(before)
        if after in found[end:end + len(after) + NAME_GAP]:
            return True
        at = found.find(before, at + 1)
    return False


def _head(label_text: str) -> str:
    """Each wording of an indicator up to its first list mark (县司法局及基层司法所负责人 → 县司法局)."""
    return "|".join(re.split(r"以及|及(?!以上|以下)|和(?!以上)|与|、", x)[0] for x in label_text.split("|"))


def _scene_of(earlier: Obs, later: Obs, frames: tuple = ()) -> bool:
    """An earlier figure of the sentence that is its paragraph's topic, or whose clause opens with a
    framing word (依托…), sets the later ones' scene: its clause's words (安全生产…专项整治) are theirs too."""
    if earlier.start >= later.start:
        return False
    if earlier.actor and earlier.actor != later.actor:
        return False      # 局执法稽查支队结案N件；各县区…M件: a body's own figures set no scene for others'
    if frames and earlier.clause.startswith(frames):
        return True
    return _is_topic(earlier.label_clean, earlier.section or "")


@lru_cache(maxsize=1 << 16)
def _is_topic(label: str, section: str) -> bool:
    """Most of the label's two-character pieces stand in the section's heading or lead (cached: a
    sentence's figures ask it of each other)."""
    pieces = [label[i:i + 2] for i in range(len(label) - 1)]
    topic = strip_punctuation(section)
    return bool(pieces) and sum(p in topic for p in pieces) >= SCENE_TOPIC * len(pieces)


def _shared_thing(a: str, b: str) -> bool:
    """The two labels name one thing: a run of :data:`SHARED_THING` characters stands in both."""
    return any(a[i:i + SHARED_THING] in b for i in range(len(a) - SHARED_THING + 1))


def _has(word: str, text: str, other: str) -> bool:
    """``word`` stands in ``text`` by itself, not only inside ``other`` (办结 inside 未办结)."""
    if word in other:
        return word in text.replace(other, "|")
    return word in text


def _all_at(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _same_number(written: str, value) -> bool:
    try:
        return float(written.replace(",", "")) == float(value)
    except (TypeError, ValueError):
        return False


def _names_holding(sentence: str, word: str) -> list[str]:
    """The quoted names of a sentence (“好差评”) that hold ``word`` inside, not as the whole: there it is
    a piece of a name (差评 in 好差评), not a thing a figure counts."""
    return [n for n in re.findall(r"[“\"]([^”\"]+)[”\"]", sentence) if word in n and word != n]


def _without(text: str, names: list[str]) -> str:
    for n in names:
        text = text.replace(n, "|")
    return text


def _names_department(token: str, r: Reading) -> bool:
    """A department word already checked as a department (and the publisher, always there)."""
    return any(core in token or token in core for _, core in r.departments) or token in r.department_words


def _level_name(level: str) -> str:
    return {"city": "市级", "province": "省级", "country": "全国"}.get(level, level)
