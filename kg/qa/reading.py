"""Stage 2: a normalised question → a :class:`Reading` of what it asks.

A reading holds everything later stages need and nothing they must re-derive
from text: the year(s), the place and level of government named (and whether the
graph holds them), the departments and actions named, whether plans are asked
for, the units asked in, the question's structure (its coordinated parts, the
arithmetic or comparison it asks for) and its content words.  A follow-up
(办结了多少？ / 那法律援助呢？) is read against the previous answer's context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise, takewhile

import jieba

from kg.lexicon import Layers, Lexicon, longest_first, read_lines, read_rows
from kg.numbers import MONTH_RUN, chinese_to_int, month_runs, numeral_value
from kg.qa.catalogue import Catalogue
from kg.qa.gazetteer import FUNCTION_CHARS, RARE_CHAR, Gazetteer
from kg.qa.homophones import Homophones
from kg.qa.normalise import Normaliser
from kg.qa.segment import (
    NEGATION,
    Segmenter,
    light_by_pos,
    strip_punctuation,
    strip_punctuation_keep_lists,
    verbal_nouns,
    verbs_by_pos,
)

LEVELS = ("region", "city", "province", "country")          # smallest first
# a word jieba's dictionary counts at least this often is a word of its own (公证, 调节, 下访): read as
# another of its sound only where the reports' term around it confirms it (调节室 → 调解室)
DICTIONARY_WORD = 20   # a word jieba's dictionary holds this often is a word of its own (公证); rarer, an oddity (a typo the dictionary happens to list)
# 比B多开了几次: 多 or 少, a one-character verb and its particle, then the count asked
_MORE_VERB = re.compile(r"([多少])[\u4e00-\u9fff]了?(?=几|多少)")
# a figure stated in a question's clause: digits not of a date (2025年, 3月, 12日 name a time)
_PART_NO = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_PART_AFTER = r"(?:的|中|里面|里|当中)?"
# 第三部分 / 第（二）项 / 第（五）部分 / 第二点: a part of the report by its number (see Reader._numbered_part)
_NUMBERED_TOP = re.compile(rf"(?:报告(?:的|中|里)?)?第({_PART_NO})部分{_PART_AFTER}")
_NUMBERED_SUB = re.compile(rf"第?[（(]({_PART_NO})[）)](?:部分|项|点|条|段|节|小节)?{_PART_AFTER}")
_NUMBERED_POINT = re.compile(rf"第({_PART_NO})(?:项|点|条|段|节|小节){_PART_AFTER}")


_SAID = re.compile(r"^([^，,。；;]{1,8}?)(?:说|称|讲|写)(?:道|了|着)?[：:]?")   # 有消息称… (see Reader._claim)
_PLACES = re.compile(r"(?:保留|保留到小数点后|精确到|精确到小数点后|四舍五入到小数点后)([一二两三四五六\d])位(?:小数)?")   # 保留两位小数
_ASKED_TIME = re.compile(r"(?:19|20)\d{2}年?度?|今年|去年|前年|明年|本年度?")   # the time a clause asks of
_STATED_FIGURE = re.compile(r"\d+(?:\.\d+)?(?!\d|\.\d|\s*(?:年|月|日|号|季度))")
PREFIX_LEVEL = {"区": "region", "县": "region", "旗": "region", "市": "city", "州": "city", "省": "province"}
MAX_CONTEXT_TOKENS = 20    # a context is user-supplied JSON: bounded, like everything it carries
ROUGH_AFTER = ("多", "余", "来", "出头", "左右")             # N多次, N百出头: a figure given roughly…
ROUGH_BEFORE = ("近", "将近", "接近", "约", "大约", "大概")   # …or 将近N人次
FOLLOW_MEASURES = ("率", "度")   # …来信多少条？回复办结率多少？: a measure alone is of the subject before
# 某某仡佬族自治县, 某某土家族苗族自治州: a place's own name, its peoples, and 自治 with its level
AUTONOMOUS = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治(县|州|旗)$")
# 甲市乙区 / 甲市乙区丙街道: a region held with the city (or district) it lies in written before it
NESTED_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,7}?[省市州盟])([\u4e00-\u9fff]{2,9}(?:区|县|旗|市|镇|乡|街道))$")
_ASKED_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*(?:至|到|—|–|~|～)\s*((?:19|20)\d{2})年")
MAX_ASKED_RANGE = 10   # a run of more years is a period named (a plan's), not years asked one by one
PROPER_CORE = 2     # characters of a body's own name before its kind (甲乙|税务分局), as most are
KIND_LEAD = 3       # characters between that name and the ending of its kind (甲乙|税务|分局)
PLACE_MARKS = frozenset("省市县区旗镇乡村")   # a level's or a place's mark: never inside a body's own name
MAX_SWAP = 16              # 那X呢 names a subject, not a sentence: a longer X is a question of its own

@dataclass
class Reading:
    text: str                    # normalised question, punctuation removed, region and year taken out
    raw: str = ""                # simplified text before wrapping was stripped (for 「那X呢」)
    clauses: str = ""            # normalised question with its clause commas (for structure)
    year: int | None = None
    years: list[int] = field(default_factory=list)
    region: str | None = None            # a report region (or its city) the question names
    region_by_part: bool = False         # …found by a part of it or a body in it the question names alone
    regions: list[str] = field(default_factory=list)   # every report region named (白桦区和铁西区…各)
    unknown_region: str | None = None    # a place the graph holds no report of
    foreign: tuple[str, ...] = ()        # English words no list knows (see Normaliser._english)
    sounded: list[tuple[str, str]] = field(default_factory=list)   # (typed, meant): 信相 read as 信箱
    either: tuple[tuple[str, ...], ...] = ()   # an English verb of several actions (set up: 设立|组建|建立)
    level: str | None = None             # city / province / country when asked beyond a district
    level_word: str = ""                 # the words that said so (全市, 四平市, 市司法局)
    departments: list[tuple[str | None, str]] = field(default_factory=list)   # (level, core name)
    department_words: list[str] = field(default_factory=list)   # …as the question wrote them (市场监管部门)
    plan: bool = False                   # asks what will be done (计划, 下一步, 明年)
    intent: bool = False                 # 要/将/力争…: a plan too, when no report is of the year named
    change: bool = False                 # asks a change against an earlier year (比去年, 同比)
    before: bool = False                 # asks the year before the report's (去年的, 上一年的)
    prior: bool = False                  # …before the year named, too (按2023年的报告，上一年的)
    part_of_year: list[str] = field(default_factory=list)   # a month or quarter asked (12月, 上半年, 每月)
    bound: str | None = None             # a bound asked: atLeast (最短要几天), atMost (最长)
    units: list[str] = field(default_factory=list)
    slots: int = 0                       # how many numbers the question asks for (几家…整合成几家: two)
    counted: list[list[str]] = field(default_factory=list)   # the nouns right after 多少个/几名: the thing counted
    cues: set[str] = field(default_factory=set)
    tokens: list[str] = field(default_factory=list)
    story: bool = False      # a clause before the question tells the asker's own doings (see _without_story)
    settings: tuple[str, ...] = ()   # the clauses set aside as its setting, in order (see Normaliser.the_question)
    scene: list[str] = field(default_factory=list)   # words of a scene phrase (专项整治中…): context, not the action
    timed: list[str] = field(default_factory=list)   # verbs of a clause of before (出台决策前): a time, no action asked
    section: list[str] = field(default_factory=list)  # words of a part of the report named (营商环境那一段)
    picked: list[str] = field(default_factory=list)   # 应急队伍里物业的有几支: the part asked of a whole (物业)
    one_of: str | None = None    # 光我们这一项: one of several asked by itself, with the words naming it ("" if none)
    parts: list[str] = field(default_factory=list)   # coordinated parts (收到、办结) of an "each" question
    measure_pieces: list[tuple[str, str]] = field(default_factory=list)   # (调解员, 人) of 调解员人数: a piece and its measure
    rest: str = ""                                    # what the parts share (…各多少件)
    follow_up: bool = False
    carried: list[str] = field(default_factory=list)  # actions kept from the previous turn (那X呢)
    report_publisher: tuple = ()         # the chosen report's publisher names (behind every figure of it)
    report_level: str = "region"         # the level of the report being read against (set when one is chosen)
    report_year: int | None = None       # …and its year (a change 比上年 is against the year before it)
    stated_year: int | None = None       # the earlier year asked, which a later report chosen states figures of
    numbered: tuple = ()                 # 第三部分第（二）项: the numbers of the part asked of, outermost first
    claimed: tuple = ()                  # 有人说…N件: the figures a claim states (the asker's, never given)
    publisher_reports: list[str] = field(default_factory=list)  # reports whose publisher is named by its full name
    department_reports: list[str] = field(default_factory=list)  # …or by an everyday name beside its place
    source_reports: list[str] = field(default_factory=list)  # …named as the source (据X…报告, X的报告里)
    previous_actions: list[str] = field(default_factory=list)  # the conversation's actions, latest first (还有几件没办结: of what?)


BRANCH_ENDINGS = ("分局", "分院", "分中心", "分所")   # a bureau's branch in a place: of that place
KEYWORD_MEASURES = ("数", "数量", "总量", "总额")   # a keyword ending so names a measure (进驻数, 件数)
COUNT_OF = "数"       # 立案数 / 办结数: an action and the count of it
COUNT_WORD = "数量"    # the count asked in no unit (事项数量): a measure noun with no unit of its own
COUNT_BEFORE_PARTS = 6   # 分别办了多少件A和B: at most a short verb between 分别 and the count the parts follow


class Reader:
    """Reads questions for one catalogue; every list it uses comes from the lexicon."""

    def __init__(self, lexicon: Lexicon, lexicon_dir, catalogue: Catalogue, segmenter: Segmenter,
                 current_year: int | None = None):
        self.lx, self.cat, self.segmenter = lexicon, catalogue, segmenter
        self.units = longest_first(u.text for u in lexicon.units)
        unit_alt = "|".join(map(re.escape, self.units))
        # 多少件 / 几支 ask in a unit; a number the asker states (N名区级领导) asks nothing
        # …and 多少万人次 / 几亿元 ask in the unit scaled (the figures' own units: 10万人次, 2.3亿元)
        self._asked_unit = re.compile(rf"(?:多少|几)((?:万|亿)?(?:{unit_alt}))")
        # …and after 是 (要的是人次), or a clause of its own opening the question (人次，一共多少): the
        # measure named as what is wanted
        self._de_unit = re.compile(rf"(?:的|是)({unit_alt})|^({unit_alt})(?=[，,]|$)")
        self._unit_set = frozenset(self.units)
        # 学了几次法 / 开过多少场会: a verb and its object a count stands between, the object closing
        # the question (a word of two characters, 学法, 开会, as jieba's dictionary or the reports know it)
        self._split_verb = re.compile(rf"([\u4e00-\u9fff])(?:了|过)?((?:多少|几)(?:{unit_alt}))([\u4e00-\u9fff])"
                                      rf"(?=$|[，,。？?！!；;呢啊呀吗])")
        # 参训人次是多少: a unit standing as the noun the count word asks of (a word of its own)
        self._unit_then_count = re.compile(rf"(?<![多少几\d万亿])({unit_alt})(?:是|为|有|共|一共|合计|总共)?(?:多少|几)")
        # (…and a count the asker guesses: 200多名, 600出头; jieba cuts 200|多名: the mark and unit alone)
        self._rough_unit = re.compile(rf"(?:多|余|来)(?:{unit_alt})|出头|左右")
        self._count_token = re.compile(rf"(?:几|多少|\d+(?:多|余|来)?)(?:万|亿)?(?:{unit_alt})|(?:几|多少)?[万亿](?:{unit_alt})?"
                                       rf"|\d+(?:出头|左右)")
        # the lexicon's stop words, and the words jieba tags as pronouns or particles that no list
        # of the lexicon gives a role (其中, 本级, 每年 have one): 咱 / 我家 / 啥 are no content
        layers = lexicon_dir if isinstance(lexicon_dir, Layers) else Layers(lexicon_dir)
        self.stopwords = set(lexicon.stopwords) | (light_by_pos() - layers.words())
        action_words = [w for row in read_rows(lexicon_dir / "actions.tsv") for w in row if w]
        self._verb_words = frozenset([*lexicon.verbs, *action_words])   # (a clause of a verb alone names no thing)
        self.normalise = Normaliser(lexicon_dir, lexicon.synonyms, self.units, list(lexicon.verbs) + action_words)
        words = {}
        for row in read_rows(lexicon_dir / "structure.tsv"):
            if len(row) > 1:
                words.setdefault(row[0], []).extend(w for w in row[1].split("|") if w)
        self.words = {k: longest_first(v) for k, v in words.items()}
        # 甲组织不对是乙员: a correction run on, as voice input writes it (set apart by marks or spaces,
        # the normaliser has taken it back already: Normaliser.corrected)
        corrected = self.normalise.correction_words
        self._correction = re.compile(r"(?<=[\u4e00-\u9fff])(?:" + "|".join(map(re.escape, corrected))
                                      + r")(?:应该是|是)(?=[\u4e00-\u9fff])") if corrected else None
        shares = self.words.get("action_share", [])
        self._action_share = re.compile("(" + "|".join(map(re.escape, longest_first(self.lx.verbs))) + ")的?(?:"
                                        + "|".join(map(re.escape, shares)) + ")") if self.lx.verbs and shares else None
        # 其中… opening a clause; 听说… opening one (see _read_premise)
        part, heard = self.words.get("part_of", []), self.words.get("hearsay", [])
        self._part_opens = re.compile(r"\s*(?:" + "|".join(map(re.escape, part or ["(?!)"])) + ")")
        self._totals = longest_first(self.words.get("whole_of_parts", []))   # (总数, 总额 …: the whole)
        self._sum_leads = longest_first(w for w in self.words.get("sum", []) if len(w) >= 2)   # (合计, 一共 …)
        self._hearsay = re.compile(r"^\s*(?:" + "|".join(map(re.escape, heard or ["(?!)"])) + ")")
        # 有帖子说…N起，实际是多少: a claim and the check of it (see claims)
        self._say = frozenset(self.words.get("say", []))
        self._asker = re.compile(r"^\s*(?:" + "|".join(map(re.escape, self.words.get("asker", []) or ["(?!)"])) + ")")
        self._checking = frozenset(self.words.get("checking", []))
        claimed = "|".join(map(re.escape, self.words.get("claimed", []))) or "(?!)"
        # (…a round one too, its mark with it: N百来项, N多名, N出头 asked back as 多少项)
        self._claimed_figure = re.compile(rf"(?:(?:{claimed})了?)?(\d+(?:\.\d+)?)\s*(?:多|余|来)?(%|(?:万|亿)?(?:{unit_alt}))?(?:出头|左右)?"
                                          r"(?!\d|\.\d|\s*(?:年|月|日|号|季度))")
        # 上百个 / 近千人: a round figure the asker guesses, with its unit
        rough, scale = self.words.get("rough", []), self.words.get("rough_scale", [])
        self._rough = re.compile("(?:" + "|".join(map(re.escape, rough)) + ")(?:" + "|".join(map(re.escape, scale))
                                 + f")+(?:{unit_alt})?") if rough and scale else None
        self._bare_count = re.compile("|".join(map(re.escape, self.words.get("count", ["多少", "几"]))))
        # 百分之几 / 几成 ask for a rate: the unit, not a word to find
        self._rate_asked = re.compile("|".join(map(re.escape, self.words.get("rate_asked", ["百分之几"]))))
        self.pattern = {k: re.compile("|".join(map(re.escape, v))) for k, v in self.words.items()}
        alt = {k: "|".join(map(re.escape, v)) for k, v in self.words.items()}
        # the grammar of the arithmetic questions, its words from structure.tsv:
        # A合计 (sum: the words before), A比B多 (than … diff), A占B的比例 (share … rate)
        self.pattern["sum"] = re.compile(alt.get("sum", "合计"))
        # A和B相比，(还)多/差…: a comparison of A with B, read as A比B…
        self._compared_with = re.compile(
            rf"^(.+?)(?:{alt['compared_joiner']})(.+?)(?:{alt['compared_with']})(?:起来|而言|来说)?[，,\s]*(?=[^，,]*?(?:{alt['diff']}))"
        ) if alt.get("compared_joiner") and alt.get("compared_with") and alt.get("diff") else None
        # 提高前 / 调整前: a verb of change (changes.tsv, transforms.tsv) with 前 asks what it was before
        change_verbs = {w for w, _ in self.lx.changes if len(w) == 2} | set(self.lx.transforms)
        if change_verbs:
            self.pattern["changed_before"] = re.compile("|".join(re.escape(v) + "前" for v in sorted(change_verbs)))
            self.pattern["stage_before"] = re.compile(self.pattern["changed_before"].pattern + (
                "|" + alt["stage_before"] if alt.get("stage_before") else ""))
        # A和B相差几个: the gap between two things named before it (structure.tsv apart)
        self.pattern["apart"] = re.compile(alt.get("apart", "(?!)"))
        # 其余继续有效 / 其余为…人员: what the rest of a sentence's whole is (group 1), and the kinds it joins
        self.pattern["rest_of"] = re.compile(rf"(?:{alt['rest']})(?:的)?(?:{alt.get('rest_link', '(?!)')})?([^，,。；;！!]+)") \
            if alt.get("rest") else None
        self.pattern["rest_either"] = re.compile(alt.get("rest_either", "(?!)"))
        # A、B、C哪类最多 / 哪个最低: a which-word, then the superlative asked (group 1)
        ends = "|".join(map(re.escape, longest_first([*self.words.get("most", ()), *self.words.get("least", ())])))
        picks = "|".join(map(re.escape, longest_first({*self.words.get("which", ()), *self.words.get("pick", ())})))
        self.pattern["most_of"] = re.compile(rf"(?:{picks})[\u4e00-\u9fff\s]{{0,6}}?({ends})") if ends and picks else None
        # (the 比 of 占比 / 比例 is none: 全程网办事项占比比…高)
        self.pattern["than"] = re.compile(rf"(.+?)(?<![占对])(?:{alt.get('than', '比')})(?![率例重])(.+?)(?:{alt.get('diff', '多|少')})(?![别异距])")
        # 比B高几个百分点 / 哪个低，低多少: heights compared, read as 多 / 少 (see _compared_verb)
        self._heights = [(re.compile(rf"((?:{alt['than']})(?![率例重])[^，,。？?]+?|(?:^|[，,。？?\s])\s*)(?P<h>{alt[k]})(?=几|多少)"
                                     rf"|((?:{alt['pick']}))(?P<h2>{alt[k]})(?![\u4e00-\u9fff])"), word)
                         for k, word in (("higher", "多"), ("lower", "少")) if alt.get(k) and alt.get("pick")]
        self.pattern["share_of"] = re.compile(
            rf"(.+?)(?:{alt.get('share', '占')})(.+?)的?(?:{alt.get('rate', '比例')}|{alt.get('count', '多少')})")
        # actions (收到, 办结 …), each with its everyday words; a question's word is read as the usual one
        self.actions: list[tuple[str, list[str]]] = []
        for row in read_rows(lexicon_dir / "actions.tsv"):
            words = [w for w in row if w]
            if words:
                self.actions.append((words[0], sorted(words, key=len, reverse=True)))
        self.action_head = {w: head for head, ws in self.actions for w in ws}
        self._acting_words: frozenset[str] | None = None   # (see _acting)
        self._count_nouns = frozenset(read_lines(lexicon_dir / "count_nouns.txt"))
        # 培训人数 / 办理件数: the noun asks for a count in a unit (measure_nouns.tsv), not a thing
        rows = [r for r in read_rows(lexicon_dir / "measure_nouns.tsv") if len(r) > 1]
        self.measure_nouns = sorted(((r[0], r[1]) for r in rows), key=lambda kv: -len(kv[0]))
        # (marked "word": a measure not read where a verb runs into it, 注册|数: see measures_in)
        self._measure_own_word = frozenset(r[0] for r in rows if r[2:3] == ["word"])
        self._measure_words = frozenset(w for w, u in self.measure_nouns if u in self.units)
        examples = "|".join(map(re.escape, self.words.get("examples", [])))
        # (two or more items joined by 、 then an examples word: 进机关、进乡村、进社区这类)
        self._examples = re.compile(rf"[\u4e00-\u9fff“”\"]+(?:、[\u4e00-\u9fff“”\"]+)+(?:{examples})") \
            if examples else None
        # 接访、下访、约访三种方式 / A与B两项合计: a count of the parts right after them says how many
        # were named, nothing of its own (structure.tsv part_counter)
        counters = "|".join(map(re.escape, longest_first(self.words.get("part_counter", []))))
        self._part_count = re.compile(rf"(?<![各共计均])(?:这|那)?(\d+|[两二三四五六七八九十]+)(?:{counters})") \
            if counters else None
        # 平均每个组织 / 场均: what an average is taken over (structure.tsv per_before, per_after), the unit
        # after the one or before the other, and after a unit of 每 the thing named up to the count asked
        before = "|".join(map(re.escape, longest_first(self.words.get("per_before", []))))
        after = "|".join(map(re.escape, longest_first(self.words.get("per_after", []))))
        self.per = re.compile(rf"(?:{before})(?P<u>{unit_alt})(?P<what>[\u4e00-\u9fff]*?)(?=几|多少|有|是|的?\s|的?$)"
                              rf"|(?P<u2>{unit_alt})(?:{after})") if before and after else None
        extent = "|".join(map(re.escape, longest_first(self.words.get("extent", []))))
        self._negated_extent = re.compile(rf"(?<={NEGATION})(?:{extent})(?:到|了)?+(?=(?!的)[\u4e00-\u9fff]{{2}})") \
            if extent else None   # (…没覆盖 / 没覆盖到的企业: the one verb, kept)
        among = "|".join(map(re.escape, longest_first(self.words.get("among", []))))
        # (a whole named, 里/中, then what is picked out of it up to its 的 and a count asked of it)
        self._among = re.compile(rf"[\u4e00-\u9fff](?:{among})[，,]?(?:有|的)?([\u4e00-\u9fff]{{2,10}}?)的"
                                 rf"(?:有|是|占|共)?(?:多少|几)") if among else None
        self.scope = [(r[0], r[1]) for r in read_rows(lexicon_dir / "scope.tsv") if len(r) > 1]
        self.scope.sort(key=lambda kv: -len(kv[0]))
        time_words = read_rows(lexicon_dir / "time_words.tsv")
        self.plan_words = sorted((r[0] for r in time_words if len(r) > 1 and r[1] == "plan"), key=len, reverse=True)
        self.intent_words = [r[0] for r in time_words if len(r) > 1 and r[1] == "intent"]
        said, framed = self.words.get("plan_say", []), longest_first([*self.plan_words, *self.intent_words])
        self._plan_said = re.compile("(?:" + "|".join(map(re.escape, said)) + r")(?:\s*(?:19|20)\d{2}年|(?:"
                                     + "|".join(map(re.escape, framed)) + "))") if said and framed else None
        part = longest_first(r[0] for r in time_words if len(r) > 1 and r[1] == "part_of_year")
        # (a period's run of months, 上半年 → 1—6月: the report may write either)
        self.period_months = {r[0]: r[2] for r in time_words if len(r) > 2 and r[1] == "part_of_year"}
        self._one_of_re: re.Pattern | None = None    # (see _one_of: compiled on first use)
        self._part_of_year = re.compile("|".join([*map(re.escape, part), r"(?<!\d)" + MONTH_RUN,
                                                  r"(?<!\d)(?:1[01]|[1-9])月份?[底末初]?(?!\d|\s*\d+日)",
                                                  # (12月底 / 12月末 is the year's end, not a part of it)
                                                  r"(?<!\d)12月份?(?![底末]|\d|\s*\d+日)",
                                                  # 截至6月30日: a count up to a day before the year's end
                                                  r"(?:截至|截止|截止到)\s*(?:\d{4}年)?(?:1[01]|[1-9])月\d{1,2}日"]))
        self.change_words = sorted((r[0] for r in time_words if len(r) > 1 and r[1] == "change"),
                                   key=len, reverse=True)
        # a question's action is read as its usual word (整治 → 整改): the other words of each action
        self.same_action = {head: [w for w in ws if w != head] for head, ws in self.actions}
        self.before_words = longest_first(r[0] for r in time_words if len(r) > 1 and r[1] in ("before", "prior"))
        self.prior_words = longest_first(r[0] for r in time_words if len(r) > 1 and r[1] == "prior")
        # 去年 / 前年 name a year of the calendar, so many years back from the year it is now (time_words.tsv's
        # third column): asked today of last year's report, 去年 is that report's year
        self.current_year = current_year
        # the parts of places the reports' figures open with (a town, or a city in a province's report;
        # set by the engine): named beside the place asked about, a word the figure must have
        self.part_names: set[str] = set()
        self.years_back = {r[0]: int(r[2]) for r in time_words if len(r) > 2 and r[1] == "before" and r[2].isdigit()}
        not_names = set(lexicon.verbs) | set(self.action_head) | self.stopwords | set(self.normalise.lead_words) \
            | {w for w, _ in self.scope} \
            | {r[0] for r in time_words if r}  # (市里区领导: 市里 is a level; 计划镇村: 计划 a time word — no place's name)
        # 信相 for 信箱: a word no report holds, read as the one report word of its sound (homophones.py)
        # (never a place's or a body's name: the endings of places.tsv, sub_places.txt and org_suffixes.txt)
        self._sounded_places = tuple(longest_first({*(r[0] for r in read_rows(lexicon_dir / "places.tsv") if r),
                                                    *(r[0] for r in read_rows(lexicon_dir / "sub_places.txt") if r)}))
        never = tuple(longest_first({*lexicon.org_suffixes, *self._sounded_places}))
        # (the corpus's saved vocabulary — labels, aliases, bodies — never a report's part read for it)
        self.homophones = Homophones(
            lambda: catalogue.words() | catalogue.actor_names(), never,
            lambda w: self.segmenter.tokenizer.FREQ.get(w, 0) > 0)    # (any dictionary word is indexed)
        self.gazetteer = Gazetteer(lexicon_dir, catalogue.words() - {x for r in catalogue.reports
                                                                    for x in (r.region, r.city)}, not_names,
                                   lambda c: self.segmenter.tokenizer.FREQ.get(c, 0))
        for w in self.words.get("word", []):
            self.segmenter.tokenizer.add_word(w, freq=20000)   # 及以上: one word, not a conjunction
        for rep in catalogue.reports:
            if rep.city:
                self.gazetteer.add(rep.city, "city")
            self.gazetteer.add(rep.region, "region", rep.city or None)
        # the places the reports hold, worked out once (a question's reading never loops over reports)
        regions = {x.region for x in catalogue.reports}
        cities = {x.city for x in catalogue.reports if x.city}
        self._places_held = (regions, cities,
                             {a for name in regions | cities for a in self.gazetteer.ancestors(name)})
        # a held region's short forms: less its last character (铁西 for 铁西区), or its ending as people
        # shorten it (东浦经开区 for 东浦经济技术开发区, gazetteer.tsv short); the longest read first
        endings = [(row[1], row[2]) for row in read_rows(lexicon_dir / "gazetteer.tsv") if row[0] == "short" and len(row) > 2]
        shorts = {(g[:-1], g) for g in regions if len(g) >= 3} | {
            (g.removesuffix(long) + short, g) for g in regions for long, short in endings
            if g.endswith(long) and len(g) > len(long)}
        # (…and an autonomous place less its peoples: 雾溆县 and 雾溆 for 雾溆瑶族自治县)
        for g in regions:
            if m := AUTONOMOUS.match(g):
                shorts |= {(m.group(1) + m.group(2), g), (m.group(1), g)}
        # (…and a region held under its full name, 甲市乙区: 乙区 alone, as people name it, and shortened as
        # that name is: 甲市乙经济开发区 is 乙开发区 too)
        nested = {}
        for g in regions:
            if (m := NESTED_PLACE.match(g)) and not AUTONOMOUS.match(g):
                nested[m.group(2)] = g
                shorts.add((m.group(2), g))
                shorts |= {(m.group(2).removesuffix(long) + short, g) for long, short in endings
                           if m.group(2).endswith(long) and len(m.group(2)) > len(long)}
                self.gazetteer.add(m.group(2), "region", m.group(1))
        self._short_regions = sorted(shorts, key=lambda x: (-len(x[0]), x[0]))
        # (a short form the gazetteer reads as a place of its own, 雾溆县: the held region it is short for)
        # (…never a held region's own name, nor a short form two regions share)
        shared = {a for a, n in Counter(a for a, _ in shorts).items() if n > 1}
        self._short_region_of = {a: g for a, g in shorts if (AUTONOMOUS.match(g) or nested.get(a) == g)
                                 and a not in regions and a not in shared}
        self.normalise.places = sorted(regions | cities)      # (written in English: tiexi → 铁西)
        self.normalise.terms |= {w for w in catalogue.words() if len(w) >= 4}
        # (a reports' word running across an alias's edge keeps it whole: 网上办|件 holds 办件, no 网办|件)
        # (…one jieba's own dictionary holds too, and no place: 甲原市 stands before 市监局 as a place)
        freq, ends = segmenter.tokenizer.FREQ, tuple(self.normalise.place_endings)
        self.normalise.known_words |= {w for w in catalogue.words() if 2 <= len(w) <= 3
                                       and freq.get(w, 0) >= DICTIONARY_WORD and not w.endswith(ends)}
        # (…and a rate's 率, which ends the name of what it is a rate of: 持证率|要达到, never 率要)
        segmenter.closers = frozenset(w for k in ("scene", "scene_clause", "rate") for w in self.words.get(k, [])
                                      if len(w) == 1 and w != "%")
        self._by_iri = {x.iri: x for x in catalogue.reports}
        self._cities_of: dict[str, set[str]] = {}
        for x in catalogue.reports:
            if x.city:
                self._cities_of.setdefault(x.region, set()).add(x.city)
        # the reports' publishers by their names: with their place (青松市市场监管局, 中共松林县委) a name
        # picks the report by itself; without it (市场监管局) only beside the place, as a preference
        self.publisher_names: list[tuple[str, str, bool]] = []
        for rep in catalogue.reports:
            places = [x for x in (rep.region, rep.city) if x]
            for name in dict.fromkeys([rep.publisher, *rep.publisher_names]):
                if not name:
                    continue
                placed = any(p in name and len(name) > len(p) for p in places)
                # 市政府办公室, 省司法厅: a city's or province's own department named at its level is
                # placed by that level (a district's 区司法局 names an actor of many reports: it is not)
                placed = placed or (rep.department and not rep.city and name[:1] in "市省"
                                    and rep.region.endswith(name[:1]) and name[1:] in rep.publisher_names)
                if placed or rep.department:
                    self.publisher_names.append((name, rep.iri, placed))
        self.publisher_names.sort(key=lambda x: -len(x[0]))
        # a name placed by its level alone (市市场监管局) that several places' publishers share
        by_level: dict[str, set[str]] = {}
        for name, iri, placed in self.publisher_names:
            rep = self._by_iri[iri]
            if placed and rep.region not in name and (not rep.city or rep.city not in name):
                by_level.setdefault(name, set()).add(rep.region)
        self._shared_level_names = {n for n, regions in by_level.items() if len(regions) > 1}
        self._place_names = regions | cities
        # by their first two characters: a question is scanned once, not once per name (thousands
        # of names at a thousand reports)
        self._name_heads: dict[str, set[str]] = {}
        self._name_entries: dict[str, list[int]] = {}
        for i, (name, _, _) in enumerate(self.publisher_names):
            self._name_heads.setdefault(name[:2], set()).add(name)
            self._name_entries.setdefault(name, []).append(i)
        # everyday department names, by their core (司法局, 法律援助中心), longest first
        self.not_level = tuple(self.words.get("not_level", []))
        cores = set()
        for name, aliases in lexicon.department_aliases.items():
            cores.update(_core(x, self.not_level) for x in [name, *aliases])
        # (a figure's actor may be a place, 甲城市 or 乙社区, a part of the report's own: a place, never a body)
        places = tuple({r[0] for name in ("places.tsv", "sub_places.txt") for r in read_rows(lexicon_dir / name) if r})
        bodies = tuple(lexicon.org_suffixes)
        self._place_or_body_endings = places + bodies
        self._place_endings = places
        self._department_cores = tuple(cores)
        # 甲乙税务分局, 丙丁派出所: a body by its form, a proper name of two characters before a body's kind
        kinds = longest_first({*bodies, *(_core(x, self.not_level) for x in cores if len(_core(x, self.not_level)) >= 2)})
        self._body_by_form = re.compile(rf"[\u4e00-\u9fff]{{{PROPER_CORE}}}[\u4e00-\u9fff]{{0,{KIND_LEAD}}}?"
                                        rf"(?:{'|'.join(map(re.escape, kinds))})") if kinds else None
        cores.update(_core(x, self.not_level) for x in catalogue.actor_names()
                     if not x.endswith(places) or x.endswith(bodies))
        cores = longest_first(c for c in cores if len(c) >= 2)
        self._title_endings = frozenset(self.words.get("title_ending", ()))
        self.one_char_verbs = {w for w in [*lexicon.verbs, *self.action_head, *self.words.get("short_verb", [])]
                               if len(w) == 1}
        for c in cores:
            # 司法所: one word, never 司法|所 — but not a name ending in a one-character verb (政府办: 区政府|办了)
            if c not in self.segmenter.tokenizer.FREQ and c[-1] not in self.one_char_verbs:
                self.segmenter.tokenizer.add_word(c, freq=20000)
        # 市场监管部门 for 市场监管局: a bureau named by its field and 部门 (the everyday word for any)
        self._department_words = {c[:-1] + "部门": c for c in cores if len(c) >= 4 and c[-1] in "局厅委署"}
        for w in self._department_words:
            self.segmenter.tokenizer.add_word(w, freq=20000)
        names = longest_first([*cores, *self._department_words])
        self._department = re.compile(
            "([省市县区旗州]?)(" + "|".join(map(re.escape, names)) + ")") if names else None

    # -- the reading ----------------------------------------------------
    def read(self, question: str, without_story: bool = False) -> Reading:
        norm = self.normalise(question)
        norm.text = self._self_corrected(norm.text)
        asked, claimed = self.claims(norm.text)
        if not claimed:
            asked, claimed = self._checked_figure(asked)
        norm.text, numbered = self._numbered_part(asked)
        # the text keeps 、 and ， (the marks of a coordinated question); tokens never include them
        undergone, timed = self._undergone(strip_punctuation_keep_lists(norm.text))
        text = self._compared_verb(self._rate_of_action(self._joined_verbs(undergone)))
        if self._negated_extent is not None:    # 未覆盖全科受理: what is not done is the action after it
            text = self._negated_extent.sub("", text)
        if self._rough is not None:
            text = self._rough.sub(" ", text)
        r = Reading(text, raw=norm.raw, clauses=text, foreign=norm.foreign, either=norm.either, timed=timed)
        r.numbered, r.claimed, r.settings = numbered, claimed, norm.settings
        setting = strip_punctuation(norm.setting)
        dated = setting + "，" + text
        if without_story:
            # 按今年的增量倒推，…在2023年…多少: a question after the story that names a year of its own
            # asks that year; the story's are its own doings'
            told = self._without_story(text)[0]
            if re.search(r"(?:19|20)\d{2}", told):
                dated = setting + "，" + told
        for m in re.finditer(r"((?:19|20)\d{2})年?", dated):
            r.years.append(int(m.group(1)))
        # 2023年至2025年: a run of years, every year of it asked (a sum over it is of three, not two)
        for m in _ASKED_RANGE.finditer(dated):
            first, last = int(m.group(1)), int(m.group(2))
            if 1 < last - first <= MAX_ASKED_RANGE:
                at = r.years.index(last) if last in r.years else len(r.years)
                r.years[at:at] = [y for y in range(first + 1, last) if y not in r.years]
        r.year = r.years[0] if r.years else None
        if len(set(r.years)) > 1:
            # 依据甲年的数倒推，乙年…多少: of several years, the one the clause asking the number names
            asked = next((c for c in re.split(r"[，,；;。？?]", dated) if re.search("多少|几", c)), "")
            # (…甲年度检查发现问题的整改率: a year of the thing, 年度 before its noun, is no year asked)
            named = {int(y) for y in re.findall(r"((?:19|20)\d{2})(?!年?度)", asked)}
            r.year = named.pop() if len(named) == 1 else r.year
        text = re.sub(r"(?:19|20)\d{2}年?(?:度)?", " ", text)
        if setting:
            # the scene's place counts as the question's (我家在铁西区，…); its other words do not
            self._read_places(r, re.sub(r"(?:19|20)\d{2}年?(?:度)?", " ", setting))
            self._read_source(r, setting)
        text = self._read_publishers(r, text, placed=True)
        text = self._read_places(r, text)
        text = self._read_publishers(r, text, placed=False)
        self._read_departments(r, text)
        # 铁西区（全区）…在省里的备案系统上: with a held place or its own level named, a level that is
        # not a whole (全省) says whose a thing is (the province's system), not where the figure is asked of
        # (…a place the question names, not one found by its part: 市里甲镇 asks the city, of which no report is)
        own_place = (r.region and not r.region_by_part) \
            or any(w in text for w, lv in self.scope if lv == "region" and not w.endswith("级"))
        for word, level in self.scope:
            if word in text:
                # (…and a level other than the named place's: 县级 beside a city is a grade of the thing too)
                placed = PREFIX_LEVEL.get(r.region[-1]) if r.region else None
                modifier = own_place and not word.startswith("全") and (
                    LEVELS.index(level) > LEVELS.index("region")
                    or (word.endswith("级") and placed is not None and placed != level))
                # (从市里承接 / 向省里报送: where something comes from or goes to, never the level asked)
                modifier = modifier or bool(r.region and any(d + word in text for d in self.words.get("directed", ())))
                # (枫江市…全市: the whole of the place named, whatever its level — a county-level city's too)
                modifier = modifier or bool(own_place and r.region and word.startswith("全") and len(word) == 2
                                            and r.region.endswith(word[1]))
                if LEVELS.index(level) > 0 and r.level is None and not modifier:
                    r.level, r.level_word = level, word
                if not (modifier and word.endswith("级")):
                    # (省级示范点 beside the place held: a grade of the thing, a word the figure must have)
                    text = text.replace(word, " ")
        bare, r.story = self._without_story(text)
        text = bare if without_story else text
        r.plan = self.stands_whole(text, self.plan_words)     # (合计划分了: no 计划 there)
        r.intent = not r.plan and self.stands_whole(text, self.intent_words)
        # (of the question itself: a month in the asker's story or a claim's date is not the time asked)
        r.part_of_year = self.part_of_year(norm.text)
        r.change = any(w in text for w in self.change_words)
        # 最短要多少天: a bound asked, which the figure's own (不少于N日) must be
        spans = self.segmenter.tokenize(text) if any(w in text for role in ("at_least", "at_most")
                                                      for w in self.words.get(role, [])) else []
        starts, ends = {a for _, a, _ in spans}, {b for _, _, b in spans}
        for role, bound in (("at_least", "atLeast"), ("at_most", "atMost")):
            for w in self.words.get(role, []):
                # on word boundaries (最|短|期限 holds 最短; 压减|至|多少 holds no 至多)
                at = text.find(w)
                # (…or run into the 要 after it by jieba's guess at a word it lacks: 最短要|征求)
                if at >= 0 and at in starts and (at + len(w) in ends or text[at + len(w):at + len(w) + 1] == "要"):
                    r.bound = r.bound or bound
                    text = text.replace(w, " ")
        # 上一年的合格率 (not 比上年…, a change): the year before the report's, which it does not state
        r.before = not r.change and any(w in text for w in self.before_words)
        r.prior = r.before and any(w in text for w in self.prior_words)
        # (the first year word asked is the year; 去年…比前年 names a second, see below)
        backs = [k for _, k in sorted({text.find(w): k for w, k in self.years_back.items() if w in text}.items())]
        back = backs[0] if backs else None
        if back is not None and self.has("report_time", r.raw):
            # 报告里说的今年 is the report's own year; 报告中的去年, the year before it
            r.before, back = r.before and back > 0, None
        # (…or from the year the asker names as now: 现在都2026年了，去年… is 2025; but a year written
        # right beside it says which year it is: 去年（2023年）)
        base = r.year if len(r.years) == 1 else self.current_year if not r.years else None
        if back is not None and r.years and any(re.search(re.escape(w) + r"[（(]?\s*\d{4}", r.raw)
                                                for w in self.years_back):
            r.before = False
        elif r.before and not r.prior and back is not None and base:
            r.year, r.before = base - back, False
            # 去年…比前年多了多少: each year word its own year, in the order asked (a comparison of two)
            r.years = list(dict.fromkeys(base - k for k in backs)) if not r.years else [r.year]
        for w in self.before_words:
            text = text.replace(w, " ")
        text = self._read_premise(r, text)
        for pattern, cue in self.lx.question_cues:
            if (m := pattern.search(text)) and not (cue == "by_year" and self._names_a_thing(text, m)):
                r.cues.add(cue)
                if cue == "list" and (rates := self.split_conj(text[m.end():].strip(" ？?，,"))) \
                        and all(self._ends_with_rate(x) for x in rates):
                    # 有哪些按期答复率和一次性化解率 (what were the … rates): figures asked, not things listed
                    r.cues.discard(cue)
                    text = text[:m.start()] + text[m.end():].rstrip(" ？?") + "是多少"
        if "sum" in r.cues and (m := self.pattern["share_of"].search(text)) and self.has("rate", text[m.end(2):]) \
                and all(m.start(2) <= s.start() < m.end(2) for s in self.pattern["sum"].finditer(text)):
            r.cues.discard("sum")   # (占全部事项总数的百分之多少: the whole a share is of, no sum asked)
        matches = list(self._asked_unit.finditer(text))
        bounds = self.segmenter.boundaries(text) if matches else set()
        asked = []
        for m in matches:
            # 多少人民调解组织 asks no 人: a unit counts only where a word ends with it
            if m.end() not in bounds:
                continue
            asked.append(m.start())
            if m.group(1) not in r.units:
                r.units.append(m.group(1))
            nouns = self._counted_after(text[m.end():])
            if not nouns and m.group(1) in self.words.get("general_counter", ()):
                # (个 counts anything: the thing counted, named before it, is what tells figures apart)
                nouns = self._counted_before(text[:m.start()], text[m.end():])
            if nouns:
                r.counted.append(nouns)
        for m in self._unit_then_count.finditer(text):
            bounds = bounds or self.segmenter.boundaries(text)
            if m.start() in bounds | {0} and m.start(1) + len(m.group(1)) in bounds and len(m.group(1)) > 1 \
                    and m.group(1) not in r.units:
                r.units.append(m.group(1))
        # 培训的人次比…少多少: a unit after 的 that is a word of its own names the measure asked
        for m in self._de_unit.finditer(text):
            bounds = bounds or self.segmenter.boundaries(text)
            unit, at = (m.group(1), m.start(1)) if m.group(1) else (m.group(2), m.start(2))
            if m.end() in bounds and at in bounds | {0} and unit not in r.units:
                r.units.append(unit)
        # 多少 with no unit after it asks a number too (收到多少、办结多少); the nouns right after it
        # (来了多少群众) are the thing counted, as after 多少个
        bare = [m for m in self._bare_count.finditer(text) if m.start() not in asked]
        r.slots = len(asked) + len(bare)
        for m in bare:
            nouns = self._counted_after(text[m.end():])
            if nouns:
                r.counted.append(nouns)
        measured = []
        asked_at: dict[str, int] = {}     # where each measure stands in the question: answered in that order
        original = text
        pieces = self.split_conj(text)
        for word, unit in self.measures_in(text):
            if unit in self.units:   # (a unit not listed leaves the noun as content)
                if all(text.startswith("量", m.end()) for m in re.finditer(re.escape(word), text)):
                    continue      # (执法证件数量: 件数 inside 证件|数量 is no measure asked; 数量 is)
                measured.append(unit)
                # (调解组织数量和调解员人数: the piece the measure closes is what is asked in it)
                r.measure_pieces += [(p.replace(word, " ").strip(), unit) for p in pieces if word in p]
                asked_at.setdefault(unit, original.find(word))
                # 人数是多少 asks one number, named twice; 事项数量 holds no 项数
                # (人数是多少名: the count word after it, with a unit of its own, asks the same number)
                r.slots += sum(1 for m in re.finditer(re.escape(word), text)
                               if not text.startswith("量", m.end())
                               # (…的次数，是多少: the clause after a comma that only asks restates it)
                               and not self._bare_count.search(
                                   after := re.split(r"[，、,和与及]", text[m.end():].lstrip("，, "))[0])
                               and not self._asked_unit.search(after))
                text = self._without_measure(text, word)
        # 案件的数量是多少件 / 调解组织数量和调解员人数: 数量 asks a count in no unit of its own — the piece
        # it closes is asked in whatever unit its figure is (a unit asked beside it says which)
        if COUNT_WORD in text:
            r.measure_pieces += [(p.replace(COUNT_WORD, " ").strip(), "") for p in pieces if COUNT_WORD in p]
            text = text.replace(COUNT_WORD, " ")
        # 支数、下放执法事项数 / 期数和培训人次: a keyword question asks each coordinated measure
        if not r.slots or measured:
            for item in self.split_conj(text):
                # …ending in a unit that is a word of its own (培训|人次, not 比例 or 事项); a keyword
                # question may end in several (执法人员培训 场次 人次): each is a measure asked
                item, ending = item.strip(), []
                while unit := self.ending_unit(item):
                    ending.insert(0, unit)
                    item = item[:-len(unit)]
                for unit in ending:
                    # (人数是多少名 / 人数（名）: a unit of the measure's kind in its own piece names that ask
                    # again, not one more)
                    if any(x and self.lx.units_fit([unit], x) == "yes" and (p in item or item in p)
                           for p, x in r.measure_pieces):
                        continue
                    if unit not in measured and not re.search(r"\d", item):
                        measured.append(unit)
                        at = original.find(item + unit)
                        asked_at.setdefault(unit, at if at >= 0 else len(original))
                        r.slots += 1
        measured.sort(key=lambda u: asked_at.get(u, len(original)))
        for unit in measured:
            if unit not in r.units and (len(measured) > 1 or not r.units):
                r.units.append(unit)
        # 审结多少件和什么结案率: a piece joined by a conjunction naming a rate with no count word of its
        # own asks a number too (only beside another piece that asks one)
        joined = [w for w in self.words.get("conj", []) if w not in "、，" and w in text]   # (a comma may restate)
        if r.slots and joined:
            items = self.split_conj(text)
            r.slots += sum(1 for item in items if len(items) > 1 and self.has("rate", item)
                           and not self._bare_count.search(item) and not self._asked_unit.search(item))
        # 事项 总数 进驻数 进驻率: a keyword question naming several measures apart asks a number for each
        # (no count word in it: a question that asks 多少 says what it asks itself)
        measures = [c for c in norm.raw.split() if len(c) > 1 and c.endswith((*KEYWORD_MEASURES, "率"))
                    or c in self.units]
        keyword_parts = ([], "")
        if len(measures) >= 2 and not self._bare_count.search(norm.raw):
            r.slots = max(r.slots, len(measures))
            keyword_parts = self._keyword_parts(norm.raw, measures)
        r.picked = self._picked(text)
        r.one_of = self._one_of(r.raw)
        text = self._read_scene(r, text)
        # 进机关、进乡村、进社区这类七进活动: a list of examples names the kind after it, nothing of its own
        if self._examples is not None:
            text = self._examples.sub(lambda m: " " if self._kind_named(m.string[m.end():]) else m.group(0), text)
        text = self._without_part_count(text)
        r.text = text
        r.tokens = self.tokens(text)
        if self._plan_said is not None and self._plan_said.search(r.clauses):
            # 县长提出2026年…要达到多少: the saying right before a year or a word of intent is the plan's
            # frame (structure.tsv plan_say); 提出多少条建议 keeps its verb
            r.tokens = [t for t in r.tokens if t not in self.words.get("plan_say", ())]
        self._read_parts(r)
        if not r.parts and len(keyword_parts[0]) >= 2:
            r.parts, r.rest = keyword_parts
        return r

    def _without_part_count(self, text: str) -> str:
        """The text less a count of the coordinated parts just before it (A、B、C三种方式 → A、B、C方式)."""
        if self._part_count is None:
            return text
        for m in reversed(list(self._part_count.finditer(text))):
            n = int(m.group(1)) if m.group(1).isdigit() else chinese_to_int(m.group(1))
            clause = re.split(r"[，,]", text[:m.start()])[-1]
            if n >= 2 and len(self.split_conj(clause)) == n:
                text = text[:m.start()] + text[m.end():]
        return text

    def keyword_chunks(self, raw: str) -> list[tuple[str, str]]:
        """(each word set apart by spaces, and it less the places held and years): a keyword question's
        words; one that was only a place or a year names no thing and is left out."""
        held = [*self._places_held[0], *self._places_held[1], *(s for s, _ in self._short_regions)]
        out = []
        for chunk in raw.split():
            bare = re.sub(r"(?:19|20)\d{2}年?度?", "", chunk)
            for place in held:
                bare = bare.replace(place, "")
            if bare:
                out.append((chunk, bare))
        return out

    def _keyword_parts(self, raw: str, measures: list[str]) -> tuple[list[str], str]:
        """(parts, what they share) of a keyword question naming measures apart. A bare measure (场次,
        总数) is asked of the words named before it since the last measure (法律七进 场次 法律明白人 人数);
        a measure with a noun of its own (执法部门数) leaves those words to all (智能备案系统 注册). A place
        or year alone names no thing; each part is read as a question's words are."""
        parts, pending, shared = [], "", ""
        for chunk, bare in self.keyword_chunks(raw):
            if chunk not in measures:
                pending += bare
                continue
            stem = next((chunk[: -len(e)] for e in sorted((*KEYWORD_MEASURES, "率"), key=len, reverse=True)
                         if chunk.endswith(e)), chunk)
            own = len(stem) >= 2 and chunk not in self.units and chunk not in self._measure_words \
                and stem not in ("总", "合计")       # (人数, 场次, 总数: bare)
            if own:
                shared, part = shared + pending, chunk
            else:
                part = pending + chunk
            parts.append(self.normalise(part).text.strip())
            pending = ""
        return parts, self.normalise(shared).text.strip() if shared else ""

    def _part_of_one_report(self, r: Reading, name: str) -> bool:
        """甲镇财政所…, named alone: a part of the place of the one report whose figures open with it —
        that report is asked about, of that part."""
        return name in self.part_names and self._held_by_one(r, name)

    def _held_by_one(self, r: Reading, name: str) -> bool:
        """The one report whose text holds ``name`` is the one asked about (its region read as named)."""
        holders = [x for x in self.cat.reports if name in self.cat.text_of(x.iri)]
        if len(holders) == 1 and not r.region:
            r.region_by_part = True
        if len(holders) != 1:
            return False
        r.region = r.region or holders[0].region
        if holders[0].region not in r.regions:
            r.regions.append(holders[0].region)
        if holders[0].department and holders[0].iri not in r.department_reports:
            r.department_reports.append(holders[0].iri)
        return True

    def _read_places(self, r: Reading, text: str) -> str:
        places = self.gazetteer.find(text, self.segmenter.cut(text))
        report_regions, report_cities, above = self._places_held
        named_region = next((p.name for p in places if p.name in report_regions), None)
        for p in places:
            if (full := self._short_region_of.get(p.name)) is not None:
                r.region = r.region or full
                if full not in r.regions:
                    r.regions.append(full)
                text = self._without_place(text, p.name)
                continue
            if p.name in report_regions:
                r.region = r.region or p.name
                if p.name not in r.regions:
                    r.regions.append(p.name)
            elif named_region and p.name in self.part_names and p.name not in self._cities_of.get(named_region, ()):
                continue      # 某省…乙市立案: a place held, named as a part of the place asked about
            elif named_region and p.name not in self._cities_of.get(named_region, ()) and any(
                    p.name in self.cat.text_of(x.iri) for x in self.cat.reports if x.region == named_region):
                continue      # 某县甲镇的…: a place the named place's own report speaks of, a part of it
            elif not named_region and self._part_of_one_report(r, p.name):
                at = text.find(p.name) + len(p.name)
                if p.name in self._cities_of.get(r.region, ()) and not text.startswith(self._department_cores, at) \
                        and any(text.startswith(x, at) for x in self.part_names
                                if x != p.name and x.endswith(self._place_endings)):
                    # (桦原市杏台镇: the city above the report's place, right before a part of it, only places
                    # it — 某市应急管理局 is the city's own body, and the city stays asked)
                    text = self._without_place(text, p.name)
                continue    # (its name stays in the text: the figure must be that part's)
            elif p.name in report_cities or p.name in above:
                if not named_region and r.level is None and p.name in report_cities | above:
                    # a city or province named alone asks about all of it, not one district
                    r.level, r.level_word = ("city" if p.name in report_cities else p.level), p.name
            elif r.unknown_region is None:
                r.unknown_region = p.name
            text = self._place_of_department(text, p.name) if p.name in report_cities | above \
                and p.name not in report_regions else text
            text = self._without_place(text, p.name)
        if not r.region and not r.unknown_region:
            # 甲城市气象局…: a part's name the gazetteer did not find, joined to its body's
            for name in longest_first(x for x in self.part_names if x in text):
                if self._part_of_one_report(r, name):
                    break
        if not r.region and not r.unknown_region and r.level is None and self._body_by_form is not None:
            # 甲乙税务分局… named alone: a body by its form, a name of its own (two characters neither a
            # word jieba knows nor holding a level's mark: 民政|局, 丙市|民政局 are none) and a kind, that one
            # report only holds
            # (…opening the text, or after a place's mark or a mark: never inside a word, 应|急管|理局)
            names = (m.group(0) for i in range(len(text))
                     if (i == 0 or text[i - 1] in PLACE_MARKS or not re.match(r"[\u4e00-\u9fff]", text[i - 1]))
                     and not text.startswith(self._department_cores, i)      # (住建局: a department's name)
                     and (m := self._body_by_form.match(text, i))
                     and not self.segmenter.tokenizer.FREQ.get(core := m.group(0)[:PROPER_CORE])
                     and not set(core) & PLACE_MARKS)
            any(self._held_by_one(r, name) for name in names)
        # a report region's short form (铁西 for 铁西区)
        for short, region in self._short_regions:
            if short in text:
                r.region = r.region or region
                if region not in r.regions:
                    r.regions.append(region)
                text = text.replace(short, " ")
        if r.region and r.level == "city" and r.level_word in report_cities:
            r.level = None    # 四平市铁西区: the city only places the district
        # 青松市白桦区, where 青松市 has a report of its own: the city only places the district
        # (a city's own report names it as region and city alike: it is no place inside itself)
        inner = [g for g in r.regions if any(c in r.regions and c != g for c in self._cities_of.get(g, ()))]
        if inner:
            r.regions = [g for g in r.regions if not any(g in self._cities_of.get(g2, ()) and g != g2 for g2 in inner)]
            if r.region not in r.regions:
                r.region = r.regions[0]
        return text

    def _place_of_department(self, text: str, name: str) -> str:
        """四平市司法局, where 四平市 is only the city of a district held: the city's own department,
        read as 市司法局 (a level the reports held may not have), not the district's 司法局."""
        if self._department is None or name[-1] not in PREFIX_LEVEL:
            return text
        for m in re.finditer(re.escape(name), text):
            d = self._department.match(text, m.end())
            if d and not d.group(1):
                return text[:m.start()] + name[-1] + text[m.end():]
        return text

    def _without_place(self, text: str, name: str) -> str:
        """The text less a place's name, but for a last character a body's name after it opens with
        (某某市场监管局: the 市 of 某某市 is the 市 of 市场监管局 too, and stays for the body) or that a
        body of its level is named by (某某县委 → 县委: structure.tsv level_body)."""
        out, i = [], 0
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            m = self._department.match(text, end - 1) if self._department is not None else None
            shared = bool(m) and m.start(2) == end - 1
            # (某某县委: a body of the place's level named by one character keeps the level, 县委)
            shared = shared or text.startswith(tuple(self.words.get("level_body", ())), end)
            out += [text[i:at], " "]
            i = end - 1 if shared else end
            at = text.find(name, end)
        return "".join(out) + text[i:]

    def _rate_of_action(self, text: str) -> str:
        """办结比例 / 办结的比例 → 办结率: the share of an action done is its rate."""
        return self._action_share.sub(r"\1率", text) if self._action_share is not None else text

    def _compared_verb(self, text: str) -> str:
        """比B多开了几次 → 比B多几次: the verb between 多 and the count is the comparison's, named with
        its things; and 法院的和公安的相比，多化解了几件 → 法院的比公安的多化解几件 first."""
        bounds = self.segmenter.boundaries(text) if any(p.search(text) for p, _ in self._heights) else set()

        def height(m: re.Match, word: str) -> str:
            # (only a word of its own: the 高 of 提高, 升高 is no comparison)
            if m.start("h" if m.group("h") else "h2") not in bounds:
                return m.group(0)
            return (m.group(1) if m.group(1) is not None else m.group(3)) + word
        for pattern, word in self._heights:
            text = pattern.sub(lambda m, w=word: height(m, w), text)
        if self._compared_with is not None:
            text = self._compared_with.sub(lambda m: f"{m.group(1)}{self.words['than'][0]}{m.group(2)}", text, count=1)
        return _MORE_VERB.sub(r"\1", text) if self.has("than", text) else text

    def _checked_figure(self, text: str) -> tuple[str, tuple[str, ...]]:
        """The asker's own figure in a question, checked or guessed, never given by it (kept as a claim):
        某项培训是不是将近N人次 → 某项培训多少人次 (a figure with its unit checked by a yes/no question,
        structure.tsv yes_no, that asks no count of its own: asked back in that unit); 检查了多少次啊N
        多次吧 → 检查了多少次啊 (a rough figure guessed beside the count asked: set aside)."""
        pair = self._either_figures(text)
        if pair is not None:     # N件还是N几件 / 搞了几次，N次还是M次: the asker's two guesses
            a, b = pair
            asked = "" if self._bare_count.search(text) else "多少" + b.group(2)
            return text[:a.start()] + asked + text[b.end():], (a.group(1), b.group(1))
        if self._bare_count.search(text):
            found = [m for m in self._claimed_figure.finditer(text) if m.group(2) and self._rough_figure(m)]
            if len(found) != 1:
                return text, ()
            return text[:found[0].start()] + text[found[0].end():], (found[0].group(1),)
        if not self.has("yes_no", text):
            return text, ()
        text = self.pattern["yes_no"].sub("", text)
        found = [m for m in self._claimed_figure.finditer(text) if m.group(2)]
        if len(found) != 1:
            return text, ()
        m = found[0]
        asked = "百分之几" if m.group(2) == "%" else "多少" + m.group(2)
        return text[:m.start()] + asked + text[m.end():], (m.group(1),)

    def _either_figures(self, text: str) -> tuple[re.Match, re.Match] | None:
        """Two figures of one unit with a word of choice between them (structure.tsv either_or)."""
        found = [m for m in self._claimed_figure.finditer(text) if m.group(2)]
        either = tuple(self.words.get("either_or", ()))
        # (what stands between them, the second's lead taken with it: 还是|N件 matched as 还|是N件)
        return next(((a, b) for a, b in pairwise(found) if a.group(2) == b.group(2) and either
                     and text[a.end():b.start(1)].strip() in either), None)

    def _rough_figure(self, m: re.Match) -> bool:
        """A figure given roughly: N多, N百来, N百出头, 将近N (its mark before or after it)."""
        lead, tail = m.string[m.start():m.start(1)], m.string[m.end(1):m.end()]
        return any(x in tail for x in ROUGH_AFTER) or lead.rstrip("了") in ROUGH_BEFORE

    def _self_corrected(self, text: str) -> str:
        """某某的复议不对是行政诉讼有多少件 → 某某的行政诉讼有多少件: a word the asker
        corrects in a run-on sentence (discourse.tsv correction, then 是 or 应该是) gives way to its
        correction — as many content words before the mark as the correction has up to its first word
        that is none (去年, 一共, a mark)."""
        if self._correction is None or not (m := self._correction.search(text)):
            return text
        before, after = text[:m.start()], text[m.end():]
        content = (lambda w: self.is_noun(w) or w in self.action_head)
        # (the correction's words as jieba's own dictionary cuts them: 化解|纠纷 for 排查|纠纷, where the
        # graph's vocabulary holds 化解纠纷 whole)
        k = len(list(takewhile(content, jieba.lcut(after, HMM=False))))
        run = list(takewhile(lambda s: content(s[0]), reversed(self.segmenter.tokenize(before.rstrip("，, ")))))
        if not k or not run:
            return text
        return self._self_corrected(before[:run[min(k, len(run)) - 1][1]] + after)

    def _undergone(self, text: str) -> tuple[str, list[str]]:
        """The text less the action words that name no action asked (structure.tsv undergo,
        purpose_after).  接受检查的企业 → 检查的企业, 接受某项监督的单位 → 某项监督的单位: a
        word saying the thing counted underwent an action names none of its own where the words it
        heads up to 的 end in an action (an action word, a verb or a verbal noun); 接受 before a thing
        (接受了多少件申请) stays 受理.  下放到基层去办理的事项: a verb of handling after another action of
        its clause says what that action is for.  事项办完以后，满意的比例: an action before 以后 is a time;
        出台决策前，征求意见…: so are the verbs of a clause ending in 前."""
        undergo, purpose = self.words.get("undergo", ()), self.words.get("purpose_after", ())
        if not any(w in text for w in (*undergo, *purpose, *self.words.get("time_after", ()),
                                       *self.words.get("time_before", ()))):
            return text, []
        spans = self.segmenter.tokenize(text)
        acting = self._acting()
        drop = []
        for i, (w, a, b) in enumerate(spans):
            if w not in undergo:
                continue
            j = next((k for k in range(i + 1, len(spans)) if spans[k][0] == "的"
                      or not re.search(r"[\u4e00-\u9fff\w]", spans[k][0])), None)
            if j is not None and j > i + 1 and spans[j][0] == "的" and spans[j - 1][0] in acting:
                drop.append((a, b))
        # 事项办完以后，满意的比例: an action the time words after it make the time of what is asked
        after = set(self.words.get("time_after", ()))
        for i, (w, a, b) in enumerate(spans[:-1]):
            nxt = spans[i + 1][0]
            if w in self.action_head and (nxt in after or nxt in "了" and i + 2 < len(spans) and spans[i + 2][0] in after):
                drop.append((a, b))
        conj = set(self.words.get("conj", ()))
        # 政府出台重大决策前，征求意见…多少天 / 起诉之前就调解的: the verbs of a clause up to a word of
        # before are the time of what is asked, no action asked (the things they take stay words to find)
        before, verbs, events = set(self.words.get("time_before", ())), verbs_by_pos(), []
        # (压缩前的时限: a verb of change before it asks what the figure was, stage_before; kept)
        changing = {w[:-1] for w in self.words.get("stage_after", ()) if len(w) >= 3}
        for i, (w, a, b) in enumerate(spans[:-1]):
            if w not in before:
                continue
            timed = []
            for x, xa, xb in reversed(spans[:i]):
                if x in conj or x in before or not re.search(r"[\u4e00-\u9fff\w]", x):
                    break
                if (x in verbs or x in self.action_head) and x not in changing:
                    timed.append((xa, xb))
            # (…and the word of before itself, once it made a time of them)
            drop += timed + [(a, b)] * bool(timed)
            events += [text[xa:xb] for xa, xb in timed]
        # 下放到基层去办理的事项: a verb of handling after another action of its clause says what for
        for i, (w, a, b) in enumerate(spans):
            if w not in purpose:
                continue
            for x, _, _ in reversed(spans[:i]):
                if x in conj or not re.search(r"[\u4e00-\u9fff\w]", x):
                    break
                if x in self.action_head and self.action_head[x] != self.action_head.get(w):
                    drop.append((a, b))
                    break
        for a, b in sorted(drop, reverse=True):
            text = text[:a] + text[b:]
        return text, events

    def _acting(self) -> frozenset[str]:
        """Words that name an action: the lexicon's actions, jieba's verbs and verbal nouns (made once)."""
        if self._acting_words is None:
            self._acting_words = verbs_by_pos() | verbal_nouns() | frozenset(self.action_head)
        return self._acting_words

    def _joined_verbs(self, text: str) -> str:
        """学了几次法 → 学法几次: a verb and its object joined again where a count split them."""
        freq, units = self.segmenter.tokenizer.FREQ, self._unit_set

        def joined(m: re.Match) -> str:
            unit = m.group(2).removeprefix("多少").removeprefix("几")
            # (…never the last character of a longer unit: 多少家|次 is 多少家次)
            if not freq.get(m.group(1) + m.group(3)) or unit + m.group(3) in units:
                return m.group(0)
            return m.group(1) + m.group(3) + m.group(2)
        return self._split_verb.sub(joined, text)

    def _names_a_thing(self, text: str, m: re.Match) -> bool:
        """清理历年文件: a word of the years before a noun that a report's own words hold with it names
        the thing (documents of past years), not each year asked."""
        after = text[m.end():m.end() + 2]
        return len(after) == 2 and any(m.group(0) + after in self.cat.text_of(x.iri) for x in self.cat.reports)

    def _without_story(self, text: str) -> tuple[str, bool]:
        """(the text less the asker's story, whether it told one).  我给区长信箱写过信，想知道信箱一共处理了
        多少封来信 / 稿子写到基层调解这一块，需要一个数：…: a clause before the question that asks nothing,
        computes nothing and tells what the asker does (a verb jieba knows that no report's figure is
        of: 写, 了解, 采访, 关注 — not the lexicon's actions) may be the asker's story, where the question
        after it names a thing of its own (a noun, not a verb or a bare rate: 满意率多少 is of the
        clause before).  The engine reads it so only when the whole question finds no answer (see
        ``Engine.answer``): like a setting (我家在…) it is then no part of what is asked, its year,
        place and level read all the same."""
        clauses = re.split(r"([，,；;])", text)
        asks = [i for i in range(0, len(clauses), 2) if self._bare_count.search(clauses[i])]
        verbs = verbs_by_pos()
        # (the thing named before the count word: 涉及几个机构 names none, the 机构 counted is anyone's)
        if not asks or not any(len(t) >= 2 and t not in self._verb_words and t not in verbs
                               and not t.startswith((NEGATION, "没")) and not t.endswith(FOLLOW_MEASURES)
                               for i in asks
                               for t in self.tokens(clauses[i][:self._bare_count.search(clauses[i]).start()], usual=False)):
            return text, False
        told = False
        for i in range(0, asks[-1], 2):
            c = clauses[i]
            # (never a clause that asks, however: 是否真实准确; nor one that negates or sets a condition:
            # 不重复计算的话 — nor one listing, stating a figure, naming a part of the report or holding an
            # arithmetic cue)
            if i in asks or (self.normalise.asks and self.normalise.asks.search(c)) \
                    or self.has("negating", c) or self.has("condition", c) or self.has("section", c) \
                    or "、" in c or _STATED_FIGURE.search(c) or any(p.search(c) for p, _ in self.lx.question_cues):
                continue
            words = self.segmenter.cut(c)
            # (a verb followed by 的 makes a noun of its clause — 群众提的意见 is what the question is about,
            # a topic, not the asker's doing)
            if any(t in verbs and t not in self._verb_words and t not in self.stopwords
                   and words[k + 1:k + 2] != ["的"] for k, t in enumerate(words)):
                clauses[i], told = " ", True
        return "".join(clauses), told

    def _kind_named(self, after: str) -> bool:
        """Whether the words after a list of examples name their kind (…这类七进活动), where the list is
        then nothing of its own; after 这类活动 (a word any count is of: count_nouns.txt) the examples are
        all that says what is asked, and stay."""
        kind = re.split(r"[，,。；;？?！!\s]", after, maxsplit=1)[0]
        return any(t not in self._count_nouns and t not in self._verb_words and not self._bare_count.fullmatch(t)
                   for t in self.tokens(kind, usual=False) if len(t) >= 2)

    def rounding(self, text: str) -> int | None:
        """保留两位小数 → 2, 保留1位小数 → 1, 取整 → 0: the places the asker wants a computed figure in."""
        if m := _PLACES.search(text):
            return numeral_value(m.group(1))
        return 0 if self.has("round_whole", text) else None

    def part_of_year(self, text: str) -> list[str]:
        """The periods shorter than a year ``text`` names (二季度, 上半年, 3月, 截至6月30日; a run of
        months, 1到9月 or 1-9月, as 1—9月)."""
        return [month_runs(m.group(0)) for m in self._part_of_year.finditer(text)]

    def period_forms(self, period: str) -> list[str]:
        """上半年 → [上半年, 1—6月]: the ways a report may write a period asked."""
        return [period, *([self.period_months[period]] if period in self.period_months else [])]

    def _numbered_part(self, text: str) -> tuple[str, tuple]:
        """报告第三部分第（二）项里… / 第（五）部分中…: a part of the report named by its numbers, outermost
        first (a part 第N部分, then a point in brackets or 第N项/点/条); the words leave the text."""
        numbered = []
        if m := _NUMBERED_TOP.search(text):
            numbered.append(("top", numeral_value(m.group(1))))
            text = text[:m.start()] + " " + text[m.end():]
        if m := (_NUMBERED_SUB.search(text) or (_NUMBERED_POINT.search(text) if numbered else None)):
            numbered.append(("sub", numeral_value(m.group(1))))
            text = text[:m.start()] + " " + text[m.end():]
        return text, tuple(n for n in numbered if n[1] is not None)

    def _claim(self, clause: str) -> str | None:
        """What a clause claims when it tells what someone said or wrote with a figure (有帖子说X为N起,
        某公众号写“X N名”, 把X错写成了N项 → X N起); None when it claims nothing."""
        if m := self._hearsay.match(clause):
            content = clause[m.end():]
        else:
            at, content, starts = 0, None, set()
            for tok in self.segmenter.cut(clause):
                starts.add(at)
                if tok in self._say and not _STATED_FIGURE.search(clause[:at]):
                    source, content = clause[:at], clause[at + len(tok):].lstrip("了道着：:“\"")
                    while said := next((w for w in self._say if content.startswith(w)), None):
                        content = content[len(said):].lstrip("了道着：:“\"")     # 报道|说, 写|道
                    if "把" in source:      # 把X写成了N项: the thing stands before the verb
                        content = source[source.rfind("把") + 1:] + content
                    break
                at += len(tok)
            if content is None and (m := _SAID.match(clause)) and not _STATED_FIGURE.search(m.group(1)) \
                    and m.end(1) in starts:
                content = clause[m.end():]      # 有消息称某…: a one-character verb jieba glued to what follows
                # (…opening a word: the 写 of 编写 is no verb of saying)
            if content is None:
                return None
        content = re.sub("[“”\"「」『』]", "", content)
        return content if _STATED_FIGURE.search(content) else None

    def claims(self, text: str) -> tuple[str, tuple[str, ...]]:
        """有帖子说…调处纠纷N起，这说法准确吗？实际是多少？ / 某公众号写“…N名”，正确数字是多少名？: a
        claim (what someone said or wrote, stating a figure) is checked, never used.  Where the clauses
        asking after it name a thing of their own (…，报告里的室内检验合格率是多少), the claim only sets them
        off and is dropped with its year (a held place it names is kept when they name none); where they
        ask bare (实际是多少, 真实的是几起, 按报告应为多少) and name nothing the claim does not, the claim is
        the question, each of its figures asked back (X多少件); otherwise (报告说…N件，那么受理了几件: a
        premise) the text is read as it stands.  Also returned: the figures the claims stated, which are
        the asker's, never given by the question."""
        if not _STATED_FIGURE.search(text):
            return text, ()      # (no figure stated, no claim: most questions, read at no cost)
        pieces = re.split(r"([，,；;。！!？?：:]+)", text)
        claims = {i: c for i in range(0, len(pieces), 2)
                  if _STATED_FIGURE.search(pieces[i]) and (c := self._claim(pieces[i])) is not None}
        # 我们村有N个护林员，全县聘用了多少名: the asker's own figure, told before the question
        told = [i for i in range(0, len(pieces) - 2, 2) if i not in claims and self._asker.match(pieces[i])
                and _STATED_FIGURE.search(pieces[i]) and not self._bare_count.search(pieces[i])]
        if not claims and not told:
            return text, ()
        last = max([*claims, *told])
        after = [i for i in range(last + 2, len(pieces), 2) if pieces[i].strip()]
        # (the clauses asking a count after it; a request names what it asks with no count word: 请给出…人数)
        asks = [i for i in after if self._bare_count.search(pieces[i])] or after
        if not asks:
            return text, ()
        verbs = verbs_by_pos()
        asked_words = [t for i in asks for t in self.tokens(pieces[i], usual=False)]
        own = [t for t in asked_words if len(t) >= 2 and t not in self._verb_words and t not in verbs
               and t not in self._checking and not t.startswith((NEGATION, "没")) and not t.endswith(FOLLOW_MEASURES)
               and not self.has("rate", t)]
        content = claims.get(last, "")
        # (the asking clauses take the claim up when all they name is in it: 实际调处了几起, 合格率应为多少)
        taken = bool(content) and len(asks) == 1 and all(t in content for t in asked_words
                                                          if t not in self._checking and t not in self._say)
        if not own and not taken or told and not own:
            # (我们科室办理了N件，占全县的百分之几: the asker's figure is in the arithmetic; 报告说…N件，那么
            # 受理了几件: a premise the question builds on — both read as they stand)
            return text, ()
        asked_text = "".join(pieces[i] for i in asks)
        claimed = tuple(m.group(1) for i in [*claims, *told] for m in self._claimed_figure.finditer(pieces[i]))
        for i in [*claims, *told]:
            # a claim set aside keeps the place it names (有人说甲县…N件，报告里…是多少), the question's
            # unless it names one of its own
            places = [p for p in self.normalise.places if len(p) > 1 and p in pieces[i]] if i in claims else []
            pieces[i] = max(places, key=len) if places and not any(p in asked_text for p in self.normalise.places
                                                                      if len(p) > 1) else ""
        for i in after:     # (这个数对吗 → 数: what is left of the check between the claim and the question)
            if i not in asks and not [t for t in self.tokens(pieces[i], usual=False) if t not in self._checking]:
                pieces[i] = ""
        figures = list(self._claimed_figure.finditer(content))
        if own or not taken or not figures:
            return "".join(pieces), claimed    # (a claim the asking clauses do not take up: set aside, they stand alone)
        # (the time the asking clause names is the question's: 给出2024年的合格率 asks 2024, whatever was claimed)
        times = [m.group(0) for i in asks for m in _ASKED_TIME.finditer(pieces[i])]
        if times and any(m.group(0) not in times for m in _ASKED_TIME.finditer(content)):
            return "".join(pieces), claimed
        content = "".join(x for x in times if x not in content) + content
        unit = self._asked_unit.search(pieces[asks[0]])
        asked = (lambda m: "多少" + unit.group(1)) if unit and len(figures) == 1 else \
            (lambda m: "百分之几" if m.group(2) == "%" else "多少" + (m.group(2) or ""))
        pieces[last] = self._claimed_figure.sub(asked, content)
        for i in asks:
            pieces[i] = ""
        return "".join(p for i, p in enumerate(pieces) if i % 2 == 0 and p or i % 2 and p and pieces[i - 1]), claimed

    def _read_premise(self, r: Reading, text: str) -> str:
        """推进会、培训会一共N次，其中培训会是几次 / 听说一共化解了N件，法院比公安多几件: a clause stating a
        figure (not a date), followed by one asking a part of it (其中…, structure.tsv part_of) or opened
        by what the asker heard (hearsay) before a clause asking a count, is what the asker already
        knows: it sets the scene, and what is asked is in the other clauses.  Hearsay words are
        wrapping anywhere else (听说有200场，是这样吗)."""
        opens, hearsay = self._part_opens, self._hearsay
        raw = re.split(r"[，,；;]", r.raw)
        clauses = re.split(r"([，,；;])", text)
        if len(raw) * 2 - 1 != len(clauses):
            return hearsay.sub(" ", text)   # (the normaliser joined or split clauses: no telling which is which)
        asks = [k for k in range(len(raw)) if self._bare_count.search(raw[k])]
        # 听人说开放日搞了N场，到底办了几场: a clause asking with no thing of its own checks what was heard
        # (the heard clause is the question, its figure the asker's); 听说一共化解了N件，法院比公安多几件
        # asks a thing of its own, and what was heard is its scene
        own = [k for k in asks if any(len(t) >= 2 and t not in self._verb_words
                                      for t in self.tokens(clauses[2 * k], usual=False))]
        out = []
        for i, c in enumerate(clauses):
            k = i // 2
            if i % 2 == 0 and _STATED_FIGURE.search(c) and (
                    k + 1 < len(raw) and opens.match(raw[k + 1]) and self._bare_count.search(raw[k + 1])
                    or hearsay.match(c) and any(a != k for a in own)):
                r.scene += [t for t in self.tokens(hearsay.sub("", c), usual=False) if t not in r.scene]
                out.append(" ")
            else:
                out.append(hearsay.sub(" ", c) if i % 2 == 0 else c)
        return "".join(out)

    def sounds(self, r: Reading, held: Callable[[str], bool]) -> list[tuple[str, str]]:
        """区长信相 → 区长信箱: (typed, meant) for the words of a question the report asked about does
        not hold (``held``) that sound like one word of the reports."""
        text, out = r.text, []
        cut = self.segmenter.cut(text)
        freq = self.segmenter.tokenizer.FREQ
        # (a word the segmenter made up may hold a function character, typed for a word of its sound)
        plain = [w for w in cut if w not in self.stopwords and w not in self.lx.verbs
                 and not (FUNCTION_CHARS & set(w) and (len(w) < 2 or freq.get(w)))]
        # (复|义|申请: a word no dictionary knows is cut into its characters, read together again; never
        # a question's own words, 之|几, nor a name before its ending, 铁溪|区)
        words, run = list(plain), []
        for w in [*cut, ""]:
            if len(w) == 1 and "\u4e00" <= w <= "\u9fff" and w not in FUNCTION_CHARS and w not in self.stopwords \
                    and w != NEGATION:
                run.append(w)
                continue
            if len(run) >= 2:
                words.append("".join(run))
            run = []
        never = self.homophones.never
        words = [w for w in words if not held(w)]
        if not words:
            return out
        for typed, meant in self.homophones.corrected(words, held):
            if freq.get(typed, 0) >= DICTIONARY_WORD and not _sound_confirmed(text, typed, meant, held):
                continue      # (公证 is a word of its own, not 公正; 调节室 is 调解室, a term the report holds)
            if any(freq.get(typed[:i], 0) >= DICTIONARY_WORD and freq.get(typed[i:], 0) >= DICTIONARY_WORD
                   and max(i, len(typed) - i) >= 2 for i in range(1, len(typed))):
                continue      # (份|文件: two words of their own, no typo)
            rest = text[text.find(typed) + len(typed):]
            # (…an ending, never a verb that opens with its character: 某某|办结 is no 办 of an office)
            after = next(iter(self.segmenter.cut(rest)), "") if rest else ""
            acting = after in self.action_head or after in self.lx.verbs or after in verbs_by_pos()
            ending = next((e for e in never if rest.startswith(e)), None) if not acting else None
            if ending is not None and (ending in self._sounded_places or not held(meant + ending)):
                continue      # (a name before its ending, 铁溪|区, is another place — a body's is read so only
                              # where it then is the report's own: 某某|中心 → the report's 某某中心)
            out.append((typed, meant))
        return out

    def _one_of(self, text: str) -> str | None:
        """光我们这一项行动 / 仅其中一次: one of several asked by itself (structure.tsv alone, or 光/只/单 right
        before it); the words between naming which one, less pronouns ("" where none names it), or None."""
        if self._one_of_re is None:
            alone = "|".join(map(re.escape, longest_first([*self.words.get("alone", ()), "光", "只", "单"])))
            self._one_of_re = re.compile(rf"(?:{alone})([\u4e00-\u9fff]{{0,10}}?)(?:这|那|其中)一(?:项|次|个|场|类|件)")
        m = self._one_of_re.search(text) if "一" in text else None
        if not m:
            return None
        return "".join(t for t in self.tokens(m.group(1), usual=False) if t not in self.words.get("self_words", ()))

    def _picked(self, text: str) -> list[str]:
        """应急队伍里物业的有几支 / 收到的建议中，检察院的是几件: the things a relative clause picks out of
        a whole named before 里/中 (structure.tsv among) — its nouns, not its actions, which are checked
        as actions are."""
        if self._among is None or not (m := self._among.search(text)) or re.search(r"[未没不非无]", m.group(1)):
            return []       # (…中未整改销号的有几个: what is left, the remainder's to answer)
        return [t for t in self.tokens(m.group(1), usual=False) if t not in self.action_head
                and t not in self.lx.verbs and t.removeprefix("未") not in self.action_head]

    def _read_scene(self, r: Reading, text: str) -> str:
        """安全生产专项整治中检查企业多少次: the clause's opening phrase up to a scene word (中, 方面 …,
        a whole word and not the last) sets the scene; its words go to ``scene`` and leave the text."""
        section = set(self.words.get("section", []))
        scene = set(self.words.get("scene", [])) | section
        closing = set(self.words.get("scene_clause", []))
        if not scene or not (self.has("scene", text) or self.has("scene_clause", text) or self.has("section", text)):
            return text
        start = 0
        words = list(self.segmenter.tokenize(text))
        for i, (w, a, b) in enumerate(words):
            if w in "，,、":
                start = b
            # (a part of the report: 那段, or 那|一部分 as jieba cuts it; 营商环境那段的系统 is the system there)
            named = w in section or (a > start and text[a - 1:b] in section)
            # (里 closes a scene at a clause's end, or after an activity, which is no whole to pick
            # members from: 专项整治里被处罚的单位 are those of the campaign)
            closes = w in closing and (text[b:].lstrip().startswith(("，", ",")) or (
                i > 0 and words[i - 1][0] in self.action_head and words[i - 1][2] == a))
            if (w in scene or named or closes) \
                    and i < len(words) - 1 and a - start >= 2 and text[b:].strip() \
                    and (named or not text[b:].startswith("的")):     # (工作中的问题: 中 inside a modifier)
                rest = text[b:].removeprefix("的") if named else text[b:]
                # …and only where what follows names a thing of its own (检查企业): in 事项中未进驻的,
                # what follows is only an action, and the phrase before is the thing asked about
                after = [t.removeprefix("未") for t in self.tokens(rest, usual=False)]
                if not any(t not in self.action_head and t not in self.lx.verbs for t in after):
                    return text
                phrase = text[start:a if w in section or not named else a - 1]
                frame = self.words.get("scene_frame", ())
                said = [t for t in self.tokens(phrase, usual=False) if t not in frame]
                if named:
                    r.section += [t for t in said if t not in r.section]
                else:
                    r.scene += [t for t in said if t not in r.scene]
                # …and the next one after it (安全领域|专项整治期间|，有几家): each sets the scene
                return self._read_scene(r, text[:start] + " " + rest)
        return text

    def _read_publishers(self, r: Reading, text: str, placed: bool) -> str:
        """青松市市场监管局 / 中共松林县委: the report of that publisher (its name then stands behind every
        figure, like the government behind its own report, and leaves the text); 白桦区…司法局: the
        department's own report preferred for that place, the words kept (they may name an actor too)."""
        by_iri = self._by_iri
        rest = text    # longest names first, each read once (青松市人民政府办公室 holds 青松市人民政府)
        read: set[str] = set()   # …for every report of that publisher (one per year)
        named = {n for i in range(len(text) - 1) for n in self._name_heads.get(text[i:i + 2], ())
                 if text.startswith(n, i)}
        entries = sorted(k for n in named for k in self._name_entries[n])   # in the names' order
        for k in entries:
            name, iri, is_placed = self.publisher_names[k]
            if is_placed != placed or (name not in rest and name not in read):
                continue
            if placed and name in self._shared_level_names and not self._level_name_is(by_iri[iri], name, text, r):
                continue
            # 青石市交通局: 市交通局 (a publisher's name by its level alone) ends another place named, not its own
            if placed and name[0] in PREFIX_LEVEL and all(self.gazetteer.ends_name(text, m.start())
                                                          for m in re.finditer(re.escape(name), text)):
                continue
            # (甲市…市政府办公室: by its level alone, beside another place held, it is that place's office)
            if placed and name[0] in PREFIX_LEVEL and any(
                    p in text for p in self._places_held[0] | self._places_held[1]
                    if p and p not in (by_iri[iri].region, by_iri[iri].city)):
                continue
            if placed:
                read.add(name)
                rest = rest.replace(name, "|")
            rep = by_iri[iri]
            if placed:
                if self._names_source(name, text) and iri not in r.source_reports:
                    r.source_reports.append(iri)
                if iri not in r.publisher_reports:
                    r.publisher_reports.append(iri)
                    # the department stays asked about (its own report, or its figures in its
                    # government's report when it has no report of the year asked)
                    core = name
                    for p in sorted((x for x in (rep.city + rep.region, rep.region, rep.city) if x), key=len,
                                    reverse=True):
                        core = core.removeprefix(p)
                    if rep.department and len(core) >= 2:
                        # 市市场监督管理局: named at its level, which stays asked (not a district's)
                        level = PREFIX_LEVEL.get(core[0]) if core[1:] in rep.publisher_names else None
                        r.departments.append((level, _core(core, self.not_level)))
                        r.department_words.append(name)
                r.region = r.region or rep.region
                if rep.region not in r.regions:
                    r.regions.append(rep.region)
            elif r.region in (rep.region, rep.city) and iri not in r.department_reports:
                r.department_reports.append(iri)
        if placed:   # (every name the text holds is among ``named``: no other is looked for)
            for name, iri, is_placed in (self.publisher_names[k] for k in entries):
                if is_placed and iri in r.publisher_reports:
                    text = text.replace(name, " ")
        return text

    def _level_name_is(self, rep, name: str, text: str, r: Reading) -> bool:
        """Whether a name several places' publishers share by their level alone (市市场监管局) is ``rep``'s
        here: its place is named beside it (青松市市市场监管局), or, none named, the year asked is of its
        report and of no other such publisher's."""
        named = [p for p in self._place_names if p in text.replace(name, "|")]
        if named:
            return rep.region in named or bool(rep.city and rep.city in named)
        if r.year is None or rep.year != r.year:
            return False
        return sum(1 for n, i, placed in self.publisher_names if n == name and placed
                   and self._by_iri[i].year == r.year) == 1

    def _read_source(self, r: Reading, setting: str):
        """据某市人民政府某年度…报告，…: a scene that names a report picks it (longest name first)."""
        by_iri = self._by_iri
        for name, iri, placed in self.publisher_names:
            if placed and name in setting and self._names_source(name, setting):
                setting = setting.replace(name, "|")
                for x in (r.source_reports, r.publisher_reports):
                    if iri not in x:
                        x.append(iri)
                r.region = r.region or by_iri[iri].region
                if by_iri[iri].region not in r.regions:
                    r.regions.append(by_iri[iri].region)

    def _names_source(self, name: str, text: str) -> bool:
        """据青松市人民政府…报告 / 青松市政府的报告里: the publisher is named as the report's, not as an actor
        (then the question is about that report, whoever else it names)."""
        cue = "|".join(map(re.escape, self.words.get("source", ["据", "根据"])))
        report = "|".join(map(re.escape, self.words.get("report", ["报告"])))
        return bool(re.search(rf"(?:{cue}){re.escape(name)}", text)
                    or re.search(rf"{re.escape(name)}[^，。？！,?!|]{{0,24}}(?:{report})", text))

    def _read_departments(self, r: Reading, text: str):
        if self._department is None:
            return
        for m in self._department.finditer(text):
            level = PREFIX_LEVEL.get(m.group(1)) if m.group(1) else None
            if text[m.end():].lstrip().startswith(BRANCH_ENDINGS):
                level = None     # 市生态环境局（某区）分局: the higher bureau's branch in the place asked
            core = self._department_words.get(m.group(2), m.group(2))
            # 区政府办了多少件: the name's last character is the verb of the question (办了), not 政府办
            if core[-1] in self.one_char_verbs and len(core) > 2 and (
                    text[m.end():m.end() + 1] in ("了", "过", "着") or text[m.end():].startswith(("多少", "几"))):
                core = core[:-1]
            r.departments.append((level, core))
            r.department_words.append(m.group(2))

    def _read_parts(self, r: Reading):
        """收到和办结各多少 / A、B、C各几次: the coordinated parts and what they share."""
        each = set(self.words.get("each", []))
        if not each:
            return
        # the last whole word 各/分别/各有 (not the 各 of 各类): the parts stand before it
        at = None
        short = set(self.words.get("short_verb", []))
        for word, start, end in self.segmenter.tokenize(r.text):
            if word in each:
                at = (start, end)
            else:
                # 各办了几件: jieba joins 各 to a one-character verb after it (structure.tsv short_verb)
                w = next((w for w in each if word.startswith(w) and word[len(w):] in short), None)
                if w and start > 0:
                    at = (start, start + len(w))
        if at is None:
            # 公安和法院派驻调解室哪个化解的纠纷多: which of the parts, compared — one answer per part
            pick = set(self.words.get("pick", []))
            at = next(((a, b) for w, a, b in self.segmenter.tokenize(r.text) if w in pick), None)
            if at is None or not self.has("compare", r.text[at[1]:]):
                return
        head, rest = r.text[:at[0]], r.text[at[1]:]
        if not self.tokens(head, usual=False):
            # 请分别列出A和B的C: the parts follow 分别 and a verb of asking, and what the last one holds
            # after its 的 is what they share
            items = self.split_conj(rest)
            last, de, shared = items[-1].rpartition("的") if len(items) >= 2 else ("", "", "")
            if de and last and self.tokens(shared, usual=False) and all(self.tokens(x, usual=False)
                                                                      for x in [*items[:-1], last]):
                r.parts, r.rest = [*items[:-1], last], shared
                return
            items = [*items[:-1], last] if de and not shared.strip() else items
            if len(items) >= 2 and (not de or not shared.strip()) and all(self.tokens(x, usual=False) for x in items) \
                    and (r.measure_pieces or all(self.has("count_measure", x) for x in items)):
                # 请分别提供调解组织数量和调解员人数 / …人大代表建议和政协提案的件数: the parts follow, each
                # closed by the measure it asks in, or all by the one after the last (removed as a unit)
                r.parts, r.rest = items, ""
                return
        if at[0] == 0:
            return
        frame, _, tail = head.rpartition("，")
        if frame and len(self.split_conj(tail)) >= 2 and len(self.split_conj(frame)) == 1:
            # 市局的行政复议案件里，维持和撤销的各有几件: the clause before the parts is where they stand
            r.scene += [t for t in self.tokens(frame, usual=False) if t not in r.scene]
            head = tail
        items = self.split_conj(head)
        while len(items) > 2 and not self.tokens(items[-1], usual=False) \
                and not any(u in items[-1] for u in self.units):   # (…的场次和人次: measures, not pronouns)
            items = items[:-1]      # …A和B，它们/这两个数各…: a pronoun for the parts just named is none
        if len(items) < 2 and (m := self._count_token.search(rest)) and m.start() < COUNT_BEFORE_PARTS:
            # 分别办了多少件人大代表建议和政协提案: the parts follow the count word, and what stands
            # before 分别 and the count is what they share
            after = self.split_conj(rest[m.end():])
            if len(after) >= 2:
                items, rest = after, head + rest[:m.end()]
        # (应急队伍的支数和总人数: with the measure words read as units, 总 is left of a part — no parts)
        if len(items) >= 2 and all(len(x.strip().strip("的")) >= 2 or x.strip() in self.units for x in items):
            last, de, shared = items[-1].rpartition("的")
            if de and len(last) >= 2 and self.tokens(shared, usual=False) \
                    and (all(x.strip().endswith(self._place_or_body_endings) for x in [*items[:-1], last])
                         or all(x.strip().endswith(tuple(self._verb_words)) for x in [*items[:-1], last])):
                # 甲区和乙区的区级工作站各… / 收到、受理、办结的投诉分别…: places, bodies or actions, what
                # the last holds after its 的 is every one's
                items, rest = [*items[:-1], last], shared + rest
            r.parts, r.rest = items, rest

    def unit_segments(self, text: str, units: list[str]) -> dict[str, str]:
        """Where a question asks in two units, the words that go with each."""
        out = {}
        for seg in self.split_conj(text):   # at 、 and ， and at a whole-word 和 (几家部门和几名人员)
            for m in self._asked_unit.finditer(seg):
                out.setdefault(m.group(1), seg)
        return out if len(out) >= 2 else {}

    def _ends_with_rate(self, text: str) -> bool:
        """按期答复率 / 网办占比: a piece naming a rate (structure.tsv rate, its words of 率 or 比)."""
        return text.strip().endswith(tuple(w for w in self.words.get("rate", ()) if "率" in w or "比" in w))

    def count_word_after(self, text: str, start: int) -> re.Match | None:
        """The first word asking a count (多少个, 几项) at or after ``start``."""
        return self._count_token.search(text, start)

    def slot_segments(self, text: str) -> list[str]:
        """The coordinated pieces of a question that each ask a number (收到多少件、办结多少件)."""
        return [p for p in self.split_conj(text) if self._asks_number(p)]

    def slot_topic(self, text: str) -> str:
        """The clauses before the pieces that ask no number: their topic (给执法人员办培训，办了几场、多少人次)."""
        return "".join(takewhile(lambda p: not self._asks_number(p), self.split_conj(text)))

    def _asks_number(self, piece: str) -> bool:
        return bool(self._bare_count.search(piece) or self.measures_in(piece) or self.has("rate", piece))

    def _without_measure(self, text: str, word: str) -> str:
        """事项数 → 事项: a measure noun taken out of the question, but its counter kept where it closes a
        word of the things counted with what stands before it (事|项; 调解员|人数 keeps no 人)."""
        def out(m: re.Match) -> str:
            # (only a word of the things counted, count_nouns.txt: 事|项, 案|件 — the 期 of 培训班期数
            # is the measure's own)
            closes = m.start() > 0 and text[m.start() - 1] + word[0] in self._count_nouns
            return word[0] + " " if closes else " "
        return re.sub(re.escape(word), out, text)

    def measures_in(self, text: str) -> list[tuple[str, str]]:
        """The measure nouns of ``text`` (人数, 件数, 起数); one marked "word" not where a verb runs into
        it from before: the 册数 of 注册|数, the 处数 of 查处|数 are none, where the 卷数 of 案卷|数 is the
        count of 案卷 asked (its noun ends with its counter)."""
        found = [(w, u) for w, u in self.measure_nouns if w in text]
        if not any(w in self._measure_own_word for w, _ in found):
            return found
        spans, verbs = self.segmenter.tokenize(text), verbs_by_pos()
        return [(w, u) for w, u in found if w not in self._measure_own_word or any(
            not any(a < m.start() < b < m.end() and x in verbs for x, a, b in spans)
            for m in re.finditer(re.escape(w), text))]

    def units_asked(self, text: str) -> list[str]:
        """The units a piece of a question asks in (多少件, 人数 → 人)."""
        matches = list(self._asked_unit.finditer(text))
        bounds = self.segmenter.boundaries(text) if matches else set()
        found = [m.group(1) for m in matches if m.end() in bounds]    # (多少人大代表建议 asks no 人)
        found += [u for w, u in self.measures_in(text) if u in self.units]
        return list(dict.fromkeys(found))

    def units_asked_each(self, text: str) -> list[str]:
        """The unit of every count word of a question, once for each time it is asked (几场…几场)."""
        bounds = self.segmenter.boundaries(text)
        return [m.group(1) for m in self._asked_unit.finditer(text) if m.end() in bounds]

    def _counted_after(self, text: str) -> list[str]:
        """The nouns right after a count word: the thing counted; a number naming it first is part
        of its name (多少12345工单)."""
        words = self.cut(text)
        # (…and a word of time before it, 多少计划新建的…: when, not what)
        while words and (words[0].isdigit() or words[0] in self.plan_words):
            words = words[1:]
        return list(takewhile(self.is_noun, words))

    def _counted_before(self, before: str, after: str) -> list[str]:
        """参会单位有多少个？: where the count word ends the question, the nouns right before it (less
        有, 是, 一共) are the thing counted, as those after 多少个 are."""
        if re.search(r"[\u4e00-\u9fff]", re.split(r"[，,。？?！!；;]", after, maxsplit=1)[0].strip().rstrip("呢啊呀吗")):
            return []
        words = [w for w in self.cut(before) if w.strip()]
        while words and words[-1] in self.stopwords:
            words.pop()
        verbs = verbs_by_pos()
        nouns = list(takewhile(lambda t: self.is_noun(t) and t not in verbs, reversed(words)))[::-1]
        # (…的案件有多少件: a word any count is of says nothing of what is counted; …来信来访和热线工单有多少件:
        # the last of things joined is not all that is counted)
        joined = len(words) > len(nouns) and words[-len(nouns) - 1] in self.words.get("conj", ()) if nouns else False
        return [] if not nouns or nouns[-1] in self._count_nouns or joined else nouns

    def strip_counts(self, text: str) -> str:
        """The text less what asks a count (几件, 多少条, 有几): what a question asks of, not how many."""
        return self._count_token.sub("", self._bare_count.sub("", text))

    def ending_unit(self, item: str) -> str | None:
        """The unit a piece of a question ends in as a word of its own (政法干警政治轮训|人次): the
        measure that piece asks, where the question's count word stands elsewhere (…比…多多少)."""
        item = item.strip()
        return next((u for u in self.units if item.endswith(u) and len(item) > len(u)
                     and len(item) - len(u) in self.segmenter.boundaries(item)), None)

    def split_conj(self, text: str) -> list[str]:
        """A和B、C → [A, B, C], cutting only where a whole word is a conjunction (not 合同's 同)."""
        conj = set(self.words.get("conj", []))
        # names holding a conjunction (区政务服务和数据管理局) are never cut
        names = [m.span() for m in self._department.finditer(text)] if self._department else []
        items, cur = [], ""
        for word, start, _ in self.segmenter.tokenize(text) if text.strip() else []:
            inside = any(a < start < b for a, b in names)
            if (word in conj and not inside) or word in "，,":
                items.append(cur)
                cur = ""
            else:
                cur += word
        items.append(cur)
        return [x for x in (i.strip() for i in items) if x]

    def is_noun(self, t: str) -> bool:
        """A content word that is neither a verb, an action nor a light word (what follows 多少个)."""
        return (len(t) >= 2 and t not in self.stopwords and t not in self.lx.verbs and t not in self.action_head
                and bool(re.match(r"[\u4e00-\u9fff]", t)))

    def cut(self, text: str) -> list[str]:
        """Words, with a question word cut off the noun jieba joins it to (哪些方面 → 哪些|方面)."""
        asking = self.words.get("what", []) + self.words.get("count", [])
        what = self.words.get("what", [])
        out = []
        for t in self.segmenter.cut(text):
            w = next((w for w in asking if t.startswith(w) and len(t) - len(w) >= 2), None)
            # 哪几种 / 什么样: a what-word and a measure word of one character, which names nothing
            w1 = next((w for w in what if t.startswith(w) and len(t) - len(w) == 1), None)
            if not w and not w1 and t.endswith(COUNT_OF) and t[:-len(COUNT_OF)] in self._verb_words:
                t = t[:-len(COUNT_OF)]      # 立案数 (a report's label the segmenter knows whole): the action counted
            # 各办了多少件: the each-word and a one-character verb the segmenter joins (各办, an office's name)
            each = next((e for e in self.words.get("each", ()) if len(e) == 1 and t.startswith(e)
                         and t[len(e):] in self.one_char_verbs), None) if not w and not w1 else None
            if each:
                out.extend([each, t[len(each):]])
                continue
            # 占多少 / 占多大: a one-character verb and the question word the segmenter joins to it
            w2 = None if w or w1 else next((w for w in asking + self.words.get("size", [])
                                            if t.endswith(w) and len(t) - len(w) == 1), None)
            out.extend([w, t[len(w):]] if w else [w1] if w1 else [t[:-len(w2)], w2] if w2 else [t])
        return out

    def tokens(self, text: str, usual: bool = True) -> list[str]:
        """Content words; ``usual``: an action in its usual word (接到 → 收到)."""
        out = []
        words: list[str] = []
        freq = self.segmenter.tokenizer.FREQ
        rare = (lambda c: len(c) == 1 and re.match(r"[\u4e00-\u9fff]", c) and freq.get(c, 0) < RARE_CHAR)
        run = False       # the last word is characters no dictionary knows, cut one by one
        for t in self.cut(text):
            if words and words[-1].isdigit() and re.match(r"[A-Z]", t):
                words[-1] += t    # 3|A级景区: a grade's number is part of it, not a figure of its own
            elif words and rare(t) and (run or rare(words[-1])):
                words[-1] += t    # 甲|乙|林场: such characters are one name
                run = True
            elif words and t in self._title_endings and len(words[-1]) >= 2 and self.is_noun(words[-1]):
                words[-1] += t    # 网格|长: a title of the one who heads the thing, one word (网格长, not 网格)
                run = False
            else:
                words.append(t)
                run = False
        manner = self.words.get("manner", ())
        for i, t in enumerate(words):
            t = t.strip()
            # 重点做了哪些 / 重点推进哪些: a word of manner before a verb (one a particle or a which-word
            # follows: jieba tags 提案 a verb too) asks nothing; before a noun (重点提案有几件), a kind
            if t in manner and not (len(words) > i + 2 and self._verb_like(words[i + 1])
                                    and re.match(r"[了过着]|哪|什么", words[i + 2])):
                out.append(t)
                continue
            # 做了 / 搞了: a light verb with its particle is as light as without
            if len(t) > 1 and t[-1] in "了过着" and t[:-1] in self.stopwords:
                continue
            if len(t) == 2 and t[-1] in "了过着":
                t = t[0]      # 组了 / 搞过: a one-character verb, its particle no part of what is asked
            if not t or t in self.stopwords or t in self.units or re.fullmatch(r"[\d.%]+", t) \
                    or self._count_token.fullmatch(t) or self._rate_asked.fullmatch(t) or t in self._measure_words \
                    or self._rough_unit.fullmatch(t):
                continue      # (人数, 件数: a measure noun asks a unit, names no thing; 年数 is no unit here)
            if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
                continue
            # 罚没款总额: a label of another report kept whole by the segmenter asks the thing, in all
            t = next((t[:-len(w)] for w in self._totals if t.endswith(w) and len(t) - len(w) >= 2), t)
            # 合计受理 (a table's total row under its column, another report's label): the action, summed
            t = next((t[len(w):] for w in self._sum_leads if t.startswith(w) and len(t) - len(w) >= 2), t)
            out.append(self.action_head.get(t, t) if usual else t)
        return out

    def _verb_like(self, word: str) -> bool:
        """A word that names an action: jieba's verbs, the lexicon's actions and one-character verbs."""
        return word in verbs_by_pos() or word in self.action_head or word in self.one_char_verbs

    def stands_whole(self, text: str, words: list[str]) -> bool:
        """One of ``words`` stands in ``text`` on word boundaries: 计划新建 holds 计划, 合计划分 does not."""
        found = [w for w in words if w in text]
        if not found:
            return False
        spans = self.segmenter.tokenize(text)
        starts, ends = {a for _, a, _ in spans}, {b for _, _, b in spans}
        # (合计划了几个: the sum word 合计 the asker wrote as 一共 holds the 计 — no 计划 there, however cut)
        sums = [(m.start(), m.end()) for m in self.pattern["sum"].finditer(text)]
        return any(m.start() in starts and m.end() in ends and not any(a < m.end() and m.start() < b for a, b in sums)
                   for w in found for m in re.finditer(re.escape(w), text))

    def has(self, role: str, text: str) -> bool:
        p = self.pattern.get(role)
        return bool(p and p.search(text))

    def compares(self, text: str) -> bool:
        """A word of comparison (比, 多, 变化) outside the count words (多少 asks a number, no more)."""
        return self.has("compare", self.pattern["count"].sub("", text))

    # -- follow-ups -----------------------------------------------------
    def follow_up(self, r: Reading, context: dict | None) -> Reading:
        """办结了多少？ / 那法律援助呢？ / 还有几件没办完？ — read against the previous turn.

        A question with no subject of its own takes the previous one's; a "那X呢"
        question swaps the previous subject for X and keeps the rest.  The merged
        words go back out in the answer's context, so a third or tenth turn
        still knows the subject.
        """
        if not context or not isinstance(context, dict):
            return r

        def strings(key):
            value = context.get(key)
            return [t for t in value if isinstance(t, str)][:MAX_CONTEXT_TOKENS] if isinstance(value, list) else []

        prev = strings("tokens")
        plain_verbs = set(self.lx.verbs) | set(self.action_head)

        class _Verbs:   # 办结, and 未办结 (a remainder of it), are verbs of the question; 回复办结率 or 满意度
            def __contains__(self, t):   # (a measure of what was asked before) takes its subject as a verb does
                return t in plain_verbs or t.removeprefix("未") in plain_verbs or t.endswith(FOLLOW_MEASURES)
        verbs = _Verbs()
        prev_verbs = [t for t in prev if t in verbs]
        nouns = []
        for t in prev:
            if t in verbs:
                continue
            # 梳理现行文件 (a label jieba keeps whole): the thing is 现行文件, the action was that turn's
            lead = next((v for v in longest_first(plain_verbs)
                         if t.startswith(v) and len(t) - len(v) >= 2), None)
            if lead:
                prev_verbs.append(self.action_head.get(lead, lead))
                t = t[len(lead):]
            nouns.append(t)
        opens = "|".join(map(re.escape, self.words.get("swap_open", [])))
        closes = "|".join(map(re.escape, self.words.get("swap_close", ["呢"])))
        swap = re.fullmatch(rf"(?:{opens})?(.{{1,{MAX_SWAP}}}?)(?:{closes})", strip_punctuation(r.raw).strip())
        own = [t for t in r.tokens if t not in ("那", "那么", "未")]
        acts = any(t in verbs for t in own)
        own_action = False      # 诉前调解呢: a thing with its own action, counted in its own unit
        if swap and own and (not acts or any(t not in verbs and len(t) >= 2 for t in own)):
            own_action = acts
            # 那法律援助呢: another thing, the same action; 诉前调解呢: another thing with its own action
            r.carried = [] if acts else prev_verbs
            r.tokens = own + r.carried
        elif not own:
            # 有几件？ after 有没有没回复的: the same question again, its action and scene too
            r.tokens = [*prev, *r.tokens]
            r.scene = r.scene or strings("scene")
        elif all(t in verbs for t in own):
            r.tokens = nouns + r.tokens
        else:
            # a question of its own (败诉率又是多少), naming no place or year: the conversation's report
            if not (r.regions or r.unknown_region or r.level or r.publisher_reports):
                self._carry_report(r, context)
            return r
        r.follow_up = True
        # the conversation's actions, most recent first: this last turn's, then the earlier turns'
        earlier = context.get("actions")
        earlier = [a for a in earlier if isinstance(a, str)][:MAX_CONTEXT_TOKENS] if isinstance(earlier, list) else []
        r.previous_actions = list(dict.fromkeys([self.action_head.get(v, v) for v in prev_verbs] + earlier))
        if not own_action and not any(t.endswith(FOLLOW_MEASURES) for t in own):
            # (回复办结率多少 asks no 条 of the 来信 before)
            r.units = r.units or [u for u in strings("units") if u in self.units]
        self._carry_report(r, context)
        return r

    def _carry_report(self, r: Reading, context: dict):
        """The previous turn's region and year, where the question names neither."""
        if not r.region and not r.year and isinstance(context.get("region"), str):
            r.region = context["region"] if any(x.region == context["region"] for x in self.cat.reports) else None
            year = context.get("year")
            r.year = year if isinstance(year, int) and any(x.year == year for x in self.cat.reports) else None


def _sound_confirmed(text: str, typed: str, meant: str, held: Callable[[str], bool]) -> bool:
    """A word of its own read as another of its sound only where, with a character beside it in the
    question, the other makes a term the report holds and it does not (调节|室 → 调解室)."""
    at = text.find(typed)
    before, after = text[max(0, at - 1):at], text[at + len(typed):at + len(typed) + 1]
    return any(held(x) and not held(y) for x, y in (
        (before + meant, before + typed), (meant + after, typed + after)) if len(x) > len(meant))


def _core(name: str, not_level: tuple[str, ...] = ()) -> str:
    """区司法局 → 司法局: a department's name without the level it is prefixed with; ``not_level``: words
    that open with a level's character and are no level (市场监管局 is not 市|场监管局)."""
    return name[1:] if len(name) > 2 and name[0] in PREFIX_LEVEL and not name.startswith(not_level) else name
