"""The question pipeline, stage by stage.  A newcomer reads this file top to bottom:

1. **normalise** (:mod:`kg.qa.normalise`): traditional → simplified, full-width,
   numerals, English words, polite wrapping — and bad input refused with a reason;
2. **read** (:mod:`kg.qa.reading`): a :class:`~kg.qa.reading.Reading` — year, place,
   level, departments, actions, plans, units, structure, content words, follow-ups;
3. **choose the report** (:meth:`Engine.choose_report`): the region, year and level
   named must be in the graph, or the answer is ``no_data`` saying what is missing;
4. **answer kinds** (:data:`kg.qa.kinds.HANDLERS`; :mod:`kg.qa.handlers` for one report,
   :mod:`kg.qa.across` for several), each figure passing the
   **evidence check** (:mod:`kg.qa.evidence`) before it may be given;
5. **phrase** (:mod:`kg.qa.phrasing`): a short answer that names its report.

A follow-up is read against the previous answer's ``context``; a message holding a
question and its own follow-up (A几件？B呢？) is answered sentence by sentence.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from rdflib import XSD, Literal, URIRef

from kg.lexicon import Lexicon, longest_first, read_rows
from kg.namespaces import Iris
from kg.qa import phrasing
from kg.qa.answer import ANSWERED, NO_DATA, NOT_UNDERSTOOD, Answer, FactOut, number
from kg.qa.catalogue import ReportRef, load_catalogue
from kg.qa.evidence import PUBLISHER_CORES, Evidence
from kg.qa.kinds import HANDLERS
from kg.qa.matching import Match, Matcher
from kg.qa.normalise import MAX_QUESTION, input_problem
from kg.qa.reading import LEVELS, Reader, Reading
from kg.qa.segment import Segmenter, verbs_by_pos
from kg.qa.templates import Templates, make_templates, with_values
from kg.store import GraphStore, StoreUnavailable

FALLBACK_CONFIDENCE = 0.8   # an answer found in another report than the default one: less sure it was meant
MAX_SUGGESTIONS = 3
MAX_NAMED_REPORTS = 10       # a decline names the reports held, up to this many: a corpus's thousand names are no message
MAX_CONTEXT_ACTIONS = 8     # a conversation's actions, most recent first: a context is user JSON, so bounded
PROPER_NAME = 2        # the length of a body's own name less its kind (南岭|派出所); longer is a level's too (区司法|局)
PART_NAME_FREQ = 20000      # as the reports' own words are added: kept whole over jieba's guesses
READ_WHOLE_CUES = frozenset({"difference", "sum"})   # a later sentence computing on the parts before it
MAX_CHAINED = 3             # 「A几件？B呢？」 chains a few sentences; more is a document, not a question


def listed_items(labels: set[str], lexicon: Lexicon) -> set[str]:
    """The things a label lists (召开甲推进会、乙培训会 → 甲推进会, 乙培训会), each without the verb
    before it: a question names one of them, or both in its own order (乙培训会和甲推进会), and the
    segmenter keeps each whole as it keeps the label.  Only things of one kind, ending alike (…会,
    …建议): 损害赔偿与行政执法衔接机制 joins what one mechanism links, and 损害赔偿 is no thing of its own."""
    joins = re.compile("|".join(map(re.escape, lexicon.conjunctions)))
    verbs = longest_first(lexicon.verbs)
    out = set()
    for label in labels:
        pieces = joins.split(label)
        if len(pieces) < 2 or len({p[-1:] for p in pieces}) > 1:
            continue
        for piece in pieces:
            lead = next((v for v in verbs if piece.startswith(v) and len(piece) - len(v) >= 2), "")
            out.add(piece[len(lead):])
    # (…never a piece opening with a linking word, 合计受理: a sum's word, no thing of its own)
    links = tuple(w for w in lexicon.link_words if len(w) >= 2)
    return {w for w in out if len(w) >= 2 and not w.startswith(links)}


class Engine:
    """Question answering over one store; everything prepared at construction."""

    def __init__(self, store: GraphStore, lexicon: Lexicon, base_iri: str,
                 default_region: str | None = None, lexicon_dir=None, max_question: int = MAX_QUESTION,
                 current_year: int | None = None):
        from kg.config import Config
        from kg.lexicon import Layers
        self.store, self.lx = store, lexicon
        self.iris = Iris(base_iri)
        self.t: Templates = make_templates(str(self.iris.FZ))
        self.cat = load_catalogue(store, self.t, self.iris)
        self._sentences: dict[str, dict[str, str]] = {}
        self._planned: dict[str, frozenset[str]] = {}
        self._priors: dict[str, list[dict]] = {}
        self.reports: list[ReportRef] = self.cat.reports
        self.default_region = default_region
        self.max_question = max_question   # KGQA_MAX_QUESTION_LENGTH, through Config
        # the lexicon's folders, packaged first (a file in a later folder replaces the file of that name)
        lexicon_dir = lexicon_dir or Layers(Config().lexicon_dirs)
        departments = {n for name, alts in lexicon.department_aliases.items() for n in [name, *alts]}
        words = self.cat.words() | {c for _, c in lexicon.synonyms} | set(lexicon.verbs) | departments
        words |= listed_items(self.cat.words(), lexicon)
        self.segmenter = Segmenter(words)
        self.reader = Reader(lexicon, lexicon_dir, self.cat, self.segmenter, current_year)
        # a question's action is read as its usual word (整治 → 整改): a figure is found by any word of it
        self.matcher = Matcher(self.segmenter, lexicon.units_fit, frozenset(lexicon.verbs),
                               change=self.reader.pattern["change"], rate=self.reader.pattern["rate"],
                               same_action=self.reader.same_action, actions=self.reader.actions)
        # the synonyms are a question's words → the reports' usual words; a report may use the everyday
        # word itself (一网通办 where another says 全程网办), so its figures are read the same way
        # (cached: a sentence's figures, and a corpus's repeated labels, share their texts)
        self.cat.as_asked = self.as_asked = lru_cache(maxsize=1 << 15)(self.reader.normalise.synonyms_applied)
        self.cat.figures.prepare.append(self.read_as_asked)
        heads_of: dict[str, list[str]] = {}   # by label: a corpus states the same indicators again and again

        def usual_words(_report: str, figs: list) -> None:
            for o in figs:
                # a figure is found by the usual word of its action too (审结 → 办结, 处理 → 办理)
                heads = heads_of.get(o.label_text)
                if heads is None:
                    heads = heads_of[o.label_text] = [h for h, ws in self.reader.actions if h not in o.label_text
                                                      and any(w in o.label_text for w in ws)]
                if heads:
                    o.also_known_as(heads)
        self.cat.figures.prepare.append(usual_words)
        self.cat.figures.prepare.append(self.authors_own)
        self.evidence = Evidence(self.reader, self.cat, lexicon_dir)
        # the parts of places the reports' figures open with (甲镇建成…, 乙市…立案): one word in a
        # question too, as jieba would not know them (琅|溆|市), so that the figure must be theirs
        self.reader.part_names = self.evidence.part_names(self.cat.words())
        # …of them, those with a name of their own (乙街道: its core a word neither jieba nor the reports
        # know), no report's own place, no word a verb opens (推动甲村) and none in a report's title
        # (中共某县): a question naming one asks that part's figure (Evidence._sub_place, which also
        # sets aside the names a report quotes, once that report is asked about)
        held = {p for x in self.reports for p in (x.region, x.city)}
        verbs = verbs_by_pos()
        self.evidence.proper_parts = {
            n for n in self.reader.part_names if n not in held
            and not self.segmenter.tokenizer.FREQ.get(core := self.evidence.part_core(n)) and core[:2] not in verbs
            and not any(n in (x.title or "") for x in self.reports)}
        for name in self.reader.part_names:
            self.segmenter.tokenizer.add_word(name, freq=PART_NAME_FREQ)
        # …and the proper names of the bodies the figures are of (南岭 of 南岭派出所): a question may list
        # them before their kind (东溪、南岭两个派出所), where jieba, not knowing them, cuts them apart
        body_kinds = longest_first({*lexicon.org_suffixes, *departments})    # (派出所 before 所)
        self.proper_names = set(self.reader.part_names)
        for name in self.cat.actor_names():
            core = next((name.removesuffix(x) for x in body_kinds if name.endswith(x)), "")
            if len(core) == PROPER_NAME and not self.segmenter.tokenizer.FREQ.get(core):   # (0: a prefix only)
                self.segmenter.tokenizer.add_word(core, freq=PART_NAME_FREQ)
                self.proper_names.add(core)
        kinds = read_rows(lexicon_dir / "answer_kinds.txt")
        self.answer_kinds = [r[0] for r in kinds if r and r[0]]
        # words that state a kind without naming it (方式: 通过…)
        self.kind_markers = {r[0]: [w for w in r[1].split("|") if w] for r in kinds if len(r) > 1}

    def read_as_asked(self, _report: str, figs: list) -> None:
        """A figure's words as a question's are read (see ``as_asked``): its clause and sentence in
        place, its indicator and actor beside their own wording (an answer still quotes the report)."""
        for o in figs:
            o.read_as(self.as_asked)

    def authors_own(self, report: str, figs: list) -> None:
        """某县人民政府县长关于…履行…职责情况的报告 / 某县县长2025年度述法报告: its author by office
        (subject_heads.txt, before 关于 or the year in the title), and a figure of a clause saying 本人 (structure.tsv first_person) is that
        office's — 县长主持召开了几次常务会议 asks it."""
        rep = next((x for x in self.reports if x.iri == report), None)
        lead = re.split(r"关于|(?:19|20)\d{2}", rep.title or "", maxsplit=1)[0] if rep else ""
        office = next((h for h in self.lx.subject_heads if lead.endswith(h)), None)
        mine = self.reader.words.get("first_person", ())
        if office is None or not mine:
            return
        for o in figs:
            # (…or of a part the author opens so: 2026年，本人将…：一是…)
            if any(w in o.clause or w in (o.heading or "") for w in mine):
                o.actor_text += "|" + office
                o.near = o.label_text + o.actor_text + o.clause

    # kept for callers of the earlier engine (service, tests)
    @property
    def catalogue(self):
        return self.cat.figures

    @property
    def entities(self):
        return self.cat.entities

    def read(self, question: str) -> Reading:
        return self.reader.read(question)

    # -- the pipeline ---------------------------------------------------
    def answer(self, question: str, context: dict | None = None) -> Answer:
        """Answer ``question``; ``context`` is the previous answer's ``context``, for follow-ups."""
        ans, r = self._answer(question, context)
        if not ans.answered and r is not None and r.story and not r.follow_up:
            # 稿子写到基层调解这一块，需要一个数：…: declined with the asker's story read as the question's,
            # the question after it, which names a thing of its own, is asked alone
            told = self._answer(question, context, without_story=True)
            if told[0].status == ANSWERED:
                ans, r = told
        if not ans.answered and r is not None and r.settings and not r.follow_up \
                and not any(len(t) >= 2 for t in r.tokens):
            # 在甲事项的比例上，达到了多少 / …提到开展乙培训，场次和人次都有。这里要的是人次，一共多少:
            # the question names nothing, and the clause set aside before it names what it is of — read
            # as the turn before it, as a follow-up is
            before = self.reader.read(r.settings[-1])
            if before.tokens:
                told = self._answer(question, {"tokens": before.tokens, "units": before.units,
                                               "scene": before.scene})
                if told[0].answered:
                    ans, r = told
        if ans.answered and (any(f.computed for f in ans.facts) or self._stated_fraction(ans)):
            # 保留两位小数 / 取整, wherever in the message it was asked (a sentence of its own too); the
            # question is read for it again only where a figure has places to round
            self._rounded(ans, self.reader.rounding(self.reader.normalise(question).raw))
        if ans.answered and ans.report and r is not None:
            ans.context = self.context_of(r, ans, context)
        if ans.answered and r is not None and r.sounded:
            # 信相 read as 信箱: the answer says how the asker's word was read
            ans.answer += "（" + "；".join(f"问题中的“{typed}”按“{meant}”理解" for typed, meant in r.sounded) + "）"
        return ans

    def context_of(self, r: Reading, ans: Answer, context: dict | None) -> dict:
        """What a follow-up needs: this turn's words, and the actions of every turn so far
        (受理… → 审结… → 还有几件没审结: the whole is the first turn's, not the last's)."""
        earlier = context.get("actions") if isinstance(context, dict) else None
        earlier = [a for a in earlier if isinstance(a, str)] if isinstance(earlier, list) else []
        # a label jieba keeps whole (受理行政复议申请) names its action inside the word
        mine = self.evidence.asked_actions("|".join(t.removeprefix("未") for t in r.tokens))
        actions = list(dict.fromkeys([*mine, *earlier]))[:MAX_CONTEXT_ACTIONS]
        return {"tokens": r.tokens, "units": r.units, "actions": actions, "scene": r.scene,
                "region": ans.report["region"], "year": ans.report["year"]}

    def _answer(self, question: str, context: dict | None, without_story: bool = False) -> tuple[Answer, Reading | None]:
        problem = input_problem(question, self.max_question)
        if problem:
            shown = question[:self.max_question] if isinstance(question, str) else ""
            return Answer(shown, NOT_UNDERSTOOD, problem, suggestions=self.examples()), None
        chained = self.chained(question, context)
        if chained is not None:
            return chained
        self.matcher.new_question()
        self.reader.segmenter.new_question()
        r = self.reader.follow_up(self.reader.read(question, without_story), context)
        if not re.search(r"[\u4e00-\u9fff]", r.text + r.raw):
            return Answer(question, NOT_UNDERSTOOD, "问题里没有读到中文内容，请用中文提问。可以这样问：",
                          suggestions=self.examples()), r
        if r.foreign:
            # an English word no list knows may be what the question turns on (unanswered, visitors):
            # said, never read past
            words = "、".join(f"“{w}”" for w in r.foreign)
            return Answer(question, NOT_UNDERSTOOD, f"没有读懂问题中的英文词{words}，请用中文说明这部分。可以这样问：",
                          suggestions=self.suggestions(self.reports[0], r.tokens) if self.reports else []), r
        if not r.tokens and not r.cues:
            named = "、".join(x for x in (r.region or r.unknown_region, f"{r.year}年" if r.year else "") if x)
            why = f"只提到了{named}" if named else "只有问候、客套话或符号"
            return Answer(question, NOT_UNDERSTOOD, f"没有读到具体要问的内容（{why}）。可以这样问：",
                          suggestions=self.examples()), r
        if not r.follow_up and r.tokens and all(self.reader.action_head.get(t.removeprefix("未")) or
                                                t.removeprefix("未") in self.lx.verbs for t in r.tokens) \
                and self._figures_doing(r.tokens, self.choose_report(r)[0], r.units,
                                        self.reader.tokens(r.text, usual=False)) != 1:
            # 办结了多少？ with no earlier question, and several things 办结: an action of what?
            return Answer(question, NOT_UNDERSTOOD, "问题只说了“" + "、".join(r.tokens) + "”，没有说明是什么事项。可以这样问：",
                          suggestions=self.suggestions(self.reports[0], r.tokens) if self.reports else []), r
        if not r.unknown_region and r.level is None:
            for h in HANDLERS:
                if h.across:
                    ans = h.run(self, question, r)
                    if ans is not None:
                        return ans, r
        rep, problem = self.choose_report(r)
        if rep is None:
            return Answer(question, NO_DATA, problem, kind="value",
                          suggestions=self.suggestions(self.reports[0], r.tokens) if self.reports else []), r
        sounded = self.reader.sounds(r, lambda w: w in self.cat.text_of(rep.iri))
        if sounded:
            # 区长信相: read again with the words the report holds that sound the same (homophones.py)
            raw = r.raw
            for typed, meant in sounded:
                raw = raw.replace(typed, meant)
            r = self.reader.follow_up(self.reader.read(raw), context)
            r.sounded = sounded
            self.matcher.new_question()
        ans = self.answer_from(question, r, rep)
        if not ans.answered and r.carried:
            # 那法律援助呢 after 收到…: the action was the last question's, not asked again;
            # the new subject's own figure answers when the carried action does not fit it
            r.tokens = [t for t in r.tokens if t not in r.carried]
            r.carried = []
            self.matcher.new_question()
            ans = self.answer_from(question, r, rep)
        if not (r.region or r.year) and len(self.reports) > 1 and ans.status in (NO_DATA, NOT_UNDERSTOOD):
            # the default report lacks it: another report may hold it, and says so
            # only the reports whose figures name some word of the question at all: at a thousand reports,
            # asking each in turn is most of a decline's time
            words = [t.removeprefix("未") for t in r.tokens if len(t) >= 2]
            # (…and of the level asked, if one is: 市里… is never a district's figure)
            others = [x for x in self.reports if x.region != rep.region
                      and (r.level is None or _level_of(x) == r.level)
                      and (not words or any(w in self.cat.text_of(x.iri) for w in words))]
            found = [(x, a) for x in others for a in [self.answer_from(question, r, x)] if a.answered]
            if len(found) == 1:
                _x, a = found[0]
                a.answer = f"{rep.name}中没有这项内容；{a.answer}"
                a.confidence = round(a.confidence * FALLBACK_CONFIDENCE, 2)
                return a, r
            if found:
                ans.suggestions = [f"{x.region}{question}" for x, _ in found][:MAX_SUGGESTIONS]
        elif not (r.region or r.year) and len(self.reports) > 1 and ans.answered:
            regions = list(dict.fromkeys(x.region for x in self.reports if x.region != rep.region))
            ans.suggestions += [f"{g}{question}" for g in regions][: max(0, MAX_SUGGESTIONS - len(ans.suggestions))]
        return ans, r

    def chained(self, question: str, context: dict | None) -> tuple[Answer, Reading | None] | None:
        """办理人大代表建议几件？政协提案呢？ — a question and its own follow-up in one message, or two
        questions each of its own (诉前调解多少件？法律援助中心又接了多少件？): each sentence answered in turn
        with the one before as context, one answer for all, or none unless every one is answered."""
        sentences = [x for x in re.split(r"[？?]+", question) if x.strip()]
        if len(sentences) < 2:
            return None
        # (…占比多少？保留一位小数: a sentence saying only how to give the answer asks nothing of its own)
        sentences = [x for x in sentences if self.reader.normalise(x).text.strip()] or sentences
        if len(sentences) < 2 or len(sentences) > MAX_CHAINED:
            return None
        answers, r = [], None
        for sentence in sentences:
            ans, r = self._answer(sentence, context)
            if not ans.answered or not ans.facts or answers and r and r.cues & READ_WHOLE_CUES:
                return None   # (…哪个多？多几件？: a difference of the parts before, read as one question)
            if answers and r and not r.follow_up and self.reader.has("rate", r.text):
                return None   # (…几项？在进驻事项里占比多少？: a share of what the sentence before asked)
            if not answers or [f.iri for f in ans.facts] != [f.iri for f in answers[-1].facts]:
                answers.append(ans)   # (是不是上百个？具体多少个？ asks one figure twice: given once)
            context = self.context_of(r, ans, context) if ans.report and r else context
        facts = [f for a in answers for f in a.facts]
        text = "；".join(a.answer for a in answers)
        return Answer(question, answers[-1].status, text, "multi", facts, "\n".join(a.sparql for a in answers),
                      min(a.confidence for a in answers), [], answers[-1].report), r

    def answer_from(self, question: str, r: Reading, rep: ReportRef) -> Answer:
        report = {"region": rep.region, "city": rep.city, "year": rep.year, "iri": rep.iri}
        r.report_level = _level_of(rep)   # 市政府 in a city's own report is its own level, not above it
        r.report_year = rep.year
        # a department's own report, or one whose publisher is no government (a zone's 管理委员会, a street's
        # 办事处): the publisher stands behind every figure, and naming it (管委会) asks nothing more
        r.report_publisher = (rep.publisher, *rep.publisher_names) \
            if rep.department or (rep.publisher and not rep.publisher.endswith(PUBLISHER_CORES)) else ()
        for h in HANDLERS:
            if h.across:
                continue
            ans = h.run(self, question, r, rep)
            if ans is not None and ans.answered and r.before and (r.prior or not r.year) \
                    and not (ans.facts and ans.facts[0].year == rep.year - 1):   # (the year-before handler's)
                # 去年的…: every kind of answer is of the report's own year, which is not the one asked
                asked = f"{r.year}年的这项数字" if r.year and r.year == rep.year - 1 else \
                    "能回答这个问题的内容：问的是“去年”或上一年的，请写明年份"
                ans = Answer(question, NO_DATA, f"{rep.name}中没有{asked}。", kind=ans.kind,
                             suggestions=self.suggestions(rep, r.tokens))
            if ans is not None:
                ans.report = report
                if ans.answered:
                    ans.answer = phrasing.lead(rep) + ans.answer + (phrasing.PLANNED if r.plan else "")
                    # (a figure of an earlier year the report states beside its own: its year said)
                    years = sorted({f.year for f in ans.facts if f.year and f.year != rep.year and not f.computed})
                    if years and str(years[0]) not in ans.answer.split("（原文")[0]:
                        ans.answer += f"（所引数字为报告中列出的{'、'.join(map(str, years))}年数据）"
                return ans
        return Answer(question, NOT_UNDERSTOOD, "没能理解这个问题。可以这样问：", report=report,
                      suggestions=self.suggestions(rep, r.tokens))

    @staticmethod
    def _stated_fraction(ans: Answer) -> int:
        """The decimal places of an answer's one stated figure (12.34 → 2; 0 for a count or several)."""
        if len(ans.facts) != 1 or not isinstance(ans.facts[0].value, float | Decimal):
            return 0
        return max(0, -Decimal(str(ans.facts[0].value)).as_tuple().exponent)

    @staticmethod
    def _rounded(ans: Answer, places: int | None) -> None:
        """A computed figure given to the places the asker asked for (保留两位小数, 取整), said in the answer;
        a stated figure of more places stays as stated, its rounding given beside it as computed."""
        if places is None:
            return
        if not any(f.computed for f in ans.facts) and Engine._stated_fraction(ans) > places:
            stated = ans.facts[0]
            ans.facts.insert(0, dataclasses.replace(stated, computed=True, indicator=stated.indicator + "（按要求取舍）",
                                                    source="", iri="", exact=Decimal(str(stated.value))))
        for f in ans.facts:
            if f.computed and isinstance(f.value, float | int | Decimal) and not isinstance(f.value, bool):
                shown = f.value
                # from the unrounded value, half up (四舍五入): 2.449… to one place is 2.4, where the
                # two-place 2.45 would give 2.5, and Python's round() takes 0.5 to the even side
                exact = Decimal(str(f.exact if f.exact is not None else f.value))
                f.value = number(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
                if f.value != shown:
                    ans.answer += f"（按要求保留{'整数' if places == 0 else f'{places}位小数'}：{f.value}）"

    @property
    def held(self) -> str:
        """The reports held, named for a message that none fits: made only then, not for every
        question (a corpus of a thousand reports is a thousand names)."""
        names = list(dict.fromkeys(x.name for x in self.reports))
        if len(names) <= MAX_NAMED_REPORTS:
            return "、".join(names)
        return "、".join(names[:MAX_NAMED_REPORTS]) + f"等{len(names)}份报告"

    def choose_report(self, r: Reading) -> tuple[ReportRef | None, str]:
        """The one report the question is about, or why there is none (in plain Chinese).

        By the publisher named (青松市市场监管局: its own report), else by the place: a report of
        the place itself before one of a place within it (青松市: the city's report, not a district's);
        a level named (全市, 全省) must be the level of the report chosen.  Of one place, the
        government's reports before its departments' unless the question names the department; the
        newest year first (or the year named); in one year, the department named before its government."""
        if r.unknown_region:
            return None, f"报告中没有{r.unknown_region}的数据；目前收录的是{self.held}。"
        if r.publisher_reports:
            # a report named as the source (据青松市人民政府…报告) before the others its words name
            named_source = [x for x in r.publisher_reports if x in r.source_reports]
            cands = [x for x in self.reports if x.iri in (named_source or r.publisher_reports)]
            named = cands[0].publisher if cands else ""
            if r.year:
                named_reports = cands
                cands = _of_year(cands, r)
                # no report of that department for the year: its figures may stand in its government's
                # report of that place and year (the department stays asked about, as an actor)
                cands = cands or [x for x in self.reports if x.region == r.region and x.year == r.year
                                  and not x.department] or self._stating_year_before(named_reports, r) \
                    or self._stating_year(named_reports, r)
                if not cands:
                    return None, f"报告中没有{named}{r.year}年的报告；目前收录的是{self.held}。"
        else:
            exact = [x for x in self.reports if r.region and x.region == r.region]
            cands = exact or [x for x in self.reports if not r.region or r.region in (x.region, x.city)]
            if r.year:
                cands = _of_year(cands, r) or self._stating_year_before(cands, r) or self._stating_year(cands, r)
                if not cands:
                    return None, f"报告中没有{r.region or ''}{r.year}年的数据；目前收录的是{self.held}。"
        if r.level is not None and LEVELS.index(r.level) > 0:
            cands = [x for x in cands if r.region and _level_of(x) == r.level]
            if not cands:
                return None, f"问的是{r.level_word}（{_level_word(r.level)}）的数据，目前收录的是：{self.held}。"
        if not cands:
            return None, "报告中没有这个地区的数据。"
        if not r.region:
            cands = [x for x in cands if self.default_region and x.region == self.default_region] \
                or self._holding_words(cands, r)
        # a department's own report only where the question names that department (else the government's,
        # of any year, comes first: 青松市… is the city's report); then newest first, and in one year
        # the department named before its government
        cands.sort(key=lambda x: (x.department and x.iri not in r.department_reports, -x.year,
                                  x.iri not in r.department_reports))
        if r.year and r.plan:
            # 2026年的计划 is in the 2025 report; 2025年… in the 2025 report itself
            cands.sort(key=lambda x: x.year != r.year - 1)
        return cands[0], ""

    def _stating_year_before(self, cands: list[ReportRef], r: Reading) -> list[ReportRef]:
        """东浦经开区2024年涉企行政检查: no report of 2024, but the 2025 one states figures of the year
        before its own (a column of 2024, 上年为M): that report, the question read as asking that year
        (only its figures of that year answer, see :meth:`answer_from`)."""
        if r.plan or not r.region and not r.publisher_reports:
            return []
        later = [x for x in cands if x.year == r.year + 1 and (self.priors(x) or self.states_changes(x))]
        if later:
            r.before = r.prior = True
        return later

    def _stating_year(self, cands: list[ReportRef], r: Reading) -> list[ReportRef]:
        """某县2023年…立案数: no report of 2023, but a later one states that year's figures (2023年、2024年、
        2025年…分别为…): the latest such report, only its figures of that year answering (``stated_year``)."""
        if r.plan or not r.region and not r.publisher_reports:
            return []
        later = sorted((x for x in cands if x.year > r.year and any(o.year == r.year for o in self.cat.figures[x.iri])),
                       key=lambda x: -x.year)
        if later:
            r.stated_year = r.year
        return later[:1]

    def _holding_words(self, cands: list[ReportRef], r: Reading) -> list[ReportRef]:
        """南岭派出所2024年受理了多少起…: no place named and the default report not of the year asked —
        the reports whose figures hold the most proper names of parts and bodies the question names
        (never its common words: 交通局立案… of an unknown 岫川市 is no report's by its words)."""
        words = [t for t in r.tokens if t in self.proper_names]
        held = {x.iri: sum(w in self.cat.text_of(x.iri) for w in words) for x in cands}
        most = max(held.values(), default=0)
        return [x for x in cands if held[x.iri] == most] if most else cands

    def _figures_doing(self, actions: list[str], rep: ReportRef | None = None, units: list[str] = (),
                       written: list[str] = ()) -> int:
        """How many figures of the report asked about open with these actions (备案 alone: one); where
        some figures' labels hold the action as ``written`` (立案, read as 受理), those alone."""
        rep = rep or (self.reports[0] if self.reports else None)
        if rep is None:
            return 0
        heads = {self.reader.action_head.get(t.removeprefix("未"), t.removeprefix("未")) for t in actions}
        # 培训几人次: only the figures in a unit the question asks in
        # (a table's quarters are parts of the year's figure beside them, no other thing done)
        doing = [o for o in self.cat.figures[rep.iri] if self.lx.units_fit(list(units), o.unit) == "yes"
                 and not self.reader.part_of_year(o.label_clean)
                 and all(self.evidence.names_action(h, self.evidence.opening_actions(o.label_clean)) or
                         h in o.label_clean for h in heads)]
        own = [w for w in written if w not in heads]
        literal = [o for o in doing if own and all(w in o.label_clean for w in own)]
        return len(literal or doing)

    # -- shared by the handlers -----------------------------------------
    def sentences(self, rep: ReportRef) -> dict[str, str]:
        """Every sentence of a report and the section it stands in, read from its own graph the first
        time a question asks for a thing of it (a few reports are asked so; kept for the process)."""
        found = self._sentences.get(rep.iri)
        if found is None:
            graphs = [str(self.iris.graph(rep.iri.rsplit("/", 1)[-1])), str(self.iris.vocab_graph())]
            rows = self.store.select(self.t.sentences, graphs=graphs)
            self._planned[rep.iri] = frozenset(str(r["sentence"]) for r in rows if r.get("plans") is not None
                                               and str(r["plans"]).lower() in ("true", "1"))
            found = self._sentences[rep.iri] = {str(r["sentence"]): str(r["section"] or "") for r in rows}
        return found

    def planned(self, rep: ReportRef) -> frozenset[str]:
        """The sentences of a report that stand in its plans part (下一步工作打算 and the headings below it)."""
        self.sentences(rep)
        return self._planned[rep.iri]

    def facts(self, iris: list[str]) -> tuple[list[FactOut], str]:
        """The figures an answer uses, and the SPARQL that gives the same rows from the endpoint.

        From the catalogue (read from the graph at start-up), with no query per answer, unless the
        store may change underneath (a remote engine): then each is looked up again, so an answer
        never cites a figure the graph no longer holds and a store that is down is said to be."""
        sparql = with_values(self.t.fact, [{"obs": URIRef(i)} for i in iris])
        if not self.store.changes_underneath:
            return [self.cat.fact(iri) for iri in iris], sparql
        return [self.fact_in_store(iri) for iri in iris], sparql

    def fact_in_store(self, iri: str) -> FactOut:
        """One figure as the store has it now (also one of another year than its report's, which no
        catalogue holds: 上年为M)."""
        rows = self.store.select(self.t.fact, {"obs": URIRef(iri)})
        if not rows:
            raise StoreUnavailable(f"{iri} is no longer in the store: it changed since start-up; restart the service")
        row = rows[0]
        return FactOut(number(row["value"]), row["unit"], row["indicator"], row["actor"], row["region"],
                       int(row["year"]), row["source"], iri, qualifier=row["qualifier"], section=row["section"],
                       scope=row.get("scope"))

    def priors(self, rep: ReportRef) -> list[dict]:
        """A report's figures of the year before its own (隐患整改率N%（上年为M%）), from its own graph,
        the first time a question asks about that year or a change (kept for the process)."""
        found = self._priors.get(rep.iri)
        if found is None:
            graphs = [str(self.iris.graph(rep.iri.rsplit("/", 1)[-1])), str(self.iris.vocab_graph())]
            rows = self.store.select(self.t.priors, {"year": Literal(rep.year - 1, datatype=XSD.integer)},
                                     graphs=graphs)
            found = self._priors[rep.iri] = [{**{k: str(v) for k, v in r.items()}, "value": number(r["value"])}
                                             for r in rows]
        return found

    def states_changes(self, rep: ReportRef) -> bool:
        """Whether a report states changes on the year before (较上年增加N件), from which that year's
        figure of the same thing is worked out."""
        return any(o.kind == "change" for o in self.cat.figures[rep.iri])

    def shared_subject(self, sides: list[list[str]]) -> list[list[str]]:
        """收到的比办结的 / 收到和办结各: a side of bare verbs shares the other sides' subject."""
        verbs = set(self.lx.verbs) | set(self.evidence.all_action_words)

        def bare(tokens):    # (又办完了多少: a one-character adverb beside the verb names no subject)
            acting = [t for t in tokens if t in verbs or t.removeprefix("未") in verbs]
            return not tokens or bool(acting) and all(t in acting or len(t) == 1 for t in tokens)
        def measure(tokens):    # 正常核验率 names a rate of its own, no subject for 备案(次数)
            return any(t.endswith(("率", "度")) for t in tokens)
        whole = next((s for s in sides if not bare(s) and not measure(s)), [])
        subject = [t for t in whole if t not in verbs]
        # 甲村调解室受理和调解成功的纠纷: the words before the first side's verb are who did it, and a later
        # side opening with a verb of its own (调解成功的纠纷) has no other
        # (…only where the first side ends with its verb, the object after the last shared: S V1和V2的O)
        first = sides[0] if sides else []
        at = next((i for i, t in enumerate(first) if t in verbs or t.removeprefix("未") in verbs), 0)
        doer = first[:at] if first and first[-1] in verbs else []
        if any(t[-2:] in verbs for t in doer):
            doer = []     # (执法人员网络培训参训…: an activity before the verb, no one who did it)

        def who(s):
            opens = bool(s) and (s[0] in verbs or bool(self.evidence.opening_actions(s[0])))
            return doer + [t for t in s if t not in doer] if doer and opens else s
        # (a side with no word at all, 几场、多少人次, measures the same thing in another unit: all its words)
        return [s + [t for t in (subject if s else whole) if t not in s] if bare(s) else who(s) if i else s
                for i, s in enumerate(sides)]

    def shared_thing(self, sides: list[list[str]]) -> list[list[str]]:
        """甲区和乙区人民调解案件加起来: a side naming only a place of the report shares what the last
        side counts (a place's own name: two characters or more before its ending; 乡镇, 街道 name none)."""
        placed = (lambda t: any(t.endswith(e) and len(t) - len(e) >= 2 for e in self.reader._place_or_body_endings))
        thing = [t for t in sides[-1] if not placed(t)] if sides and any(placed(t) for t in sides[-1]) else []
        return [s + thing if thing and len(s) == 1 and placed(s[0]) else s for s in sides]

    def suggestions(self, rep: ReportRef, tokens: list[str]) -> list[str]:
        cat = self.cat.figures.get(rep.iri, [])
        ranked = self.matcher.rank(cat, tokens, [], "") if tokens else [Match(o, 0, 0) for o in cat]
        out = []
        for m in ranked:
            q = f"{m.obs.label}有多少{m.obs.unit}？" if m.obs.unit != "%" else f"{m.obs.label}是多少？"
            if q not in out:
                out.append(q)
            if len(out) == MAX_SUGGESTIONS:
                break
        return out

    def examples(self) -> list[str]:
        return self.suggestions(self.reports[0], []) if self.reports else []

    def class_iri(self, cls: str) -> URIRef:
        if cls == "Organization":
            return URIRef("http://www.w3.org/ns/org#Organization")
        return URIRef(str(self.iris.FZ[cls]))


_ASKS_THING = re.compile(r"什么|哪些|哪个|哪几|哪种|哪类|哪项")   # a thing asked, not a figure…
_ASKS_FIGURE = re.compile(r"率|比例|占比|百分|多少|几")           # …unless a measure is (what was the rate)


def _of_year(cands: list[ReportRef], r: Reading) -> list[ReportRef]:
    """The reports of the year a question names.  A plan (2026年的计划) stands in the report of the
    year before, too; words of intent (2025年要新建几处) ask one only where no report is of that year,
    and the question is then read as asking the plans (a year reported asks what was done in it)."""
    of_year = [x for x in cands if x.year == r.year]
    if r.plan:
        return of_year + [x for x in cands if x.year == r.year - 1]
    # (…and so does a thing asked of a year no report gives account of, 2026年推进什么: only a plan tells it)
    if not of_year and (r.intent or (_ASKS_THING.search(r.text) and not r.units and not r.slots
                                     and not _ASKS_FIGURE.search(r.text))):
        of_year = [x for x in cands if x.year == r.year - 1]
        r.plan = bool(of_year)
    return of_year


def _level_of(rep: ReportRef) -> str:
    """The reading's level (region, city, province) of a report; a department's is its place's."""
    place = rep.region
    if place.endswith(("省", "自治区")):
        return "province"
    if place.endswith(("市", "州", "盟")) and not rep.city:
        return "city"
    return "region"


def _level_word(level: str) -> str:
    return {"city": "市级", "province": "省级", "country": "全国"}.get(level, level)
