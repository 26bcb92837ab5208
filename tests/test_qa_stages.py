"""The stages of question answering, each on its own: normalise, read, evidence check, bad input."""

import json
import sys
from pathlib import Path

import pytest

from kg.config import Config
from kg.lexicon import Layers, load_lexicon
from kg.qa import _default_engine, ask
from kg.qa.normalise import Normaliser, input_problem

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def normalise():
    config = Config()
    lx = load_lexicon(config.lexicon_dirs)
    return Normaliser(Layers(config.lexicon_dirs), lx.synonyms, [u.text for u in lx.units])


@pytest.fixture(scope="module")
def engine():
    return _default_engine(Config())


# -- normalise ---------------------------------------------------------------
@pytest.mark.parametrize("raw,expected", [
    ("區司法局辦結了幾件行政複議", "区司法局办结了几件行政复议"),        # traditional → simplified
    ("２０２５年收到多少件？", "2025年收到多少件"),                     # full-width → half-width
    ("二〇二五年收到多少件", "2025年收到多少件"),                      # Chinese year
    ("进驻率是百分之九十", "进驻率是90%"),
    ("您好，我想了解一下，区司法局收到多少件？麻烦告诉我，谢谢！", "区司法局收到多少件"),
    ("我是一名记者，请问法律援助中心受理了多少件", "法律援助中心受理了多少件"),
    ("听说管得挺严。能告诉我一共注销了几个执法证件吗？", "合计注销了几个执法证件吗"),   # a request opening the question
    ("我看了报告。能帮我列一下存在哪些问题吗", "存在哪些问题吗"),
    ("写报告用：执法人员培训了多少人次？", "执法人员培训了多少人次"),      # the asker's purpose, labelled
    ("政法干警政治轮训：办了几场？", "政法干警政治轮训，办了几场"),      # a topic before a colon stays
    ("顺便问问，区司法局收到多少件", "区司法局收到多少件"),
    ("不能全科受理的事项占比", "未全科受理的事项占比"),                 # cannot → 未, whatever follows
    ("没被回访覆盖到的比例", "未回访覆盖到的比例"),
    ("征求意见时间不能少于多少天", "征求意见时间不能少于多少天"),       # …but a bound stays one
    ("区司法局能不能办结", "区司法局能不能办结"),                       # 能不能 asks, it negates nothing
    ("政协委员的提案办了多少件", "政协提案办了多少件"),                 # 的 inside a known term is joined
    ("化解的纠纷有多少件", "化解的纠纷有多少件"),                       # …not after a verb (a relative clause)
    ("把多少项事项放到了基层", "把多少项事项下放"),                     # 了 inside an action phrase
    # typed in a hurry: the asker's correction replaces the piece before it; pieces set apart by spaces
    # that each ask a number are coordinated; spoken question words and endings
    ("区级领导接访 处理事项 不对 化解重点信访事项 多少件", "区级领导接访 化解重点信访事项 多少件"),
    ("应急队伍几支 一共几多人", "应急队伍几支，合计多少人"),
    ("不对外公开的事项有多少", "不对外公开的事项有多少"),              # 不对 inside words corrects nothing
    ("区领导，处理事项，不对，化解重点信访事项多少件", "区级领导，化解重点信访事项多少件"),
    ("生产经营单位 几千家来着", "生产经营单位 多少家"),
])
def test_normalise(normalise, raw, expected):
    assert normalise(raw).text.lower() == expected


@pytest.mark.parametrize("raw,expected", [
    # Cantonese as Hong Kong writes it: its function words are read as the mainland's (regional.tsv)
    ("區司法局去年處理完成咗幾多宗行政覆核申請？", "区司法局去年办结了多少宗行政复议申请"),
    ("法院裁判係區政府冇履行嘅有幾多宗", "法院裁判是区政府未履行的有多少宗"),
    ("区里嘅调解组织有几多个", "区里的调解组织有多少个"),            # (typed in simplified characters)
    ("陳情案件有幾件", "信访事项有几件"),                              # Taiwan's name of the thing
    ("體系同埋關係", "体系和关系"),                                    # 關係 is no 關是
    ("联系体系", "联系体系"),                                          # …and 系 in simplified never 是
    ("區司法局收到幾件行政復議申請（類似台灣的訴願）？", "区司法局收到几件行政复议申请"),   # a likeness aside
])
def test_normalise_reads_hong_kong_and_taiwan_wording(normalise, raw, expected):
    assert normalise(raw).text == expected


def test_the_same_period_of_the_year_before_is_that_year(normalise):
    assert normalise("收到投诉比上年同期多了多少").text == "收到投诉比上一年多了多少"
    assert normalise("培训人数有多少").text == "培训人数有多少"     # (人数 → 人 is never read inside a word)


def test_english_plurals_of_phrases_and_everyday_words_are_read(normalise):
    n = normalise("hey, how many mediation rooms are there?")
    assert "调解室" in n.text and not n.foreign, (n.text, n.foreign)
    n = normalise("admin reconsideration cases still not closed at the end of 2025")
    assert "行政" in n.text and "年底" in n.text and not n.foreign, (n.text, n.foreign)


def test_chat_english_shorthand_is_read(normalise):
    """pls / umm carry nothing, ppl is 人, and "sorry i mean" corrects the piece before it."""
    assert normalise("umm how many 纠纷 pls").text.split() == ["多少", "纠纷"]
    assert normalise("执法人员培训 how many 场 sorry i mean 人次").text.split() == ["执法人员培训", "多少", "人次"]
    assert "人" in normalise("法律明白人 how many ppl").text


def test_english_question_words_are_mapped(normalise):
    text = normalise("How many 行政复议 cases were received in 2025?").text
    assert "多少" in text and "行政复议" in text and "收到" in text and "2025" in text


def test_wrapping_is_stripped_by_position_not_inside_content(normalise):
    # 下放 starts with a character that also opens requests (下): content is never cut
    text = normalise("下放到基层的政务服务事项有几项").text
    assert "下放" in text and text.endswith("的政务服务事项有几项")


# -- bad input ---------------------------------------------------------------
@pytest.mark.parametrize("q,word", [
    ("", "空"), ("   \n\t", "空"), ("行" * 600, "过长"), ("😀🙏🎉", "表情"),
    ("行政复议 сколько дел", "无法识别"), ("法律援助 몇 건", "无法识别"),
])
def test_bad_input_is_refused_in_plain_chinese(q, word):
    assert word in input_problem(q)
    a = ask(q)
    assert a.status == "not_understood" and word in a.answer and not a.facts
    json.dumps(a.to_dict(), ensure_ascii=False)


def test_greeting_alone_is_not_a_question():
    a = ask("您好，谢谢！")
    assert a.status == "not_understood" and not a.facts


# -- reading -----------------------------------------------------------------
def test_reading_structure(engine):
    r = engine.read("学习研讨、法治讲座、旁听庭审各几次")
    assert r.parts == ["学习研讨", "法治讲座", "旁听庭审"]
    # a pronoun for the parts just named (它们, 这两个数) is no part of its own
    assert engine.read("学习研讨和法治讲座，它们各办了几次").parts == ["学习研讨", "法治讲座"]
    assert engine.read("学习研讨和法治讲座，这两个数各是多少").parts == ["学习研讨", "法治讲座"]
    r = engine.read("四平市司法局收到多少件")
    assert r.level == "city"
    r = engine.read("吉林省四平市铁西区收到多少件行政复议申请")
    assert r.region == "铁西区" and r.level is None and r.unknown_region is None
    r = engine.read("下一步打算组建多少支应急队伍")
    assert r.plan
    r = engine.read("多少人民调解组织")
    assert r.units == []        # 人 here starts a word: no unit asked


@pytest.mark.parametrize("q,place", [
    ("白桦区法律援助案件多少件", "白桦区"), ("梨树县行政复议多少件", "梨树县"),
    ("请问红旗县的调解员有多少", "红旗县"), ("松花江区收到多少行政复议申请", "松花江区"),
])
def test_unknown_regions_are_recognised_by_their_grammar(engine, q, place):
    assert engine.read(q).unknown_region == place
    a = ask(q)
    assert a.status == "no_data" and place in a.answer and not a.facts


@pytest.mark.parametrize("q", ["涉区政府行政诉讼案件多少件", "全区执法部门有几个", "社区调解员有多少"])
def test_region_like_words_are_not_regions(engine, q):
    assert engine.read(q).unknown_region is None


def test_follow_ups_over_several_turns():
    ctx, got = None, []
    for q in ["区司法局收到多少件行政复议申请", "办结了多少？", "还有几件没办完？"]:
        a = ask(q, context=ctx)
        ctx = a.context or ctx
        got.append(a.facts[0].value if a.facts else None)
    assert got == [32, 28, 4]


# -- the evidence check: what it refuses -------------------------------------
@pytest.mark.parametrize("q", [
    "法律援助中心办结了多少件",          # 办结 asked, only 受理 stated: not the near figure
    "法律援助案件的比例是多少",          # a rate asked, only a count stated
    "全市行政复议多少件",                # the city asked, the report is the district's
    "四平市司法局收到多少行政复议申请",  # a city department
    "下一步打算组建多少支应急队伍",      # plans asked, the figure is done work
    "2026年行政复议计划办结多少件",
    "收到纠纷多少件",                    # 纠纷 only in the section title of 收到司法建议
    "政府开放日花了多少钱",              # money asked
    # colloquial wordings that near-miss a figure: the everyday word is read, and still declined
    "法律援助中心搞定了多少件",          # 搞定 is 办结; the centre's figure is 受理
    "执法证吊销了几个",                  # 吊销 is not 注销
    "2024年查出来多少个问题",            # 查出来 is 排查出, but of 2025
    "给区长写信的有多少人",              # 写信 is 来信, counted in 条, not people
    "下一步打算把多少事项放到基层",      # 放到基层 is 下放, but plans asked
])
def test_evidence_check_declines(q):
    a = ask(q)
    assert not a.answered and a.status == "no_data" and not a.facts, a.answer
    assert a.suggestions or "没有" in a.answer


def test_one_body_of_a_respectively_list_is_not_the_answer_for_two():
    """公安、法院派驻调解室分别化解纠纷36件、49件: 公安和法院…多少件 is not answered by 法院's 49."""
    a = ask("公安和法院派驻调解室化解纠纷多少件")
    assert not a.answered and not a.facts, a.answer
    assert [f.value for f in ask("法院派驻调解室化解纠纷多少件").facts] == [49]


def test_won_is_never_answered_by_the_zero_lost():
    """涉区政府行政诉讼案件5件，全部胜诉: 胜诉 is the five (zeros.tsv, value =), never 败诉's zero."""
    a = ask("涉区政府行政诉讼胜诉了几件")
    assert a.answered and [f.value for f in a.facts] == [5] and "败诉" not in a.facts[0].indicator, a.answer


@pytest.mark.parametrize("q,gold", [
    ("您好，我想了解一下法律援助中心去年办了多少案子，麻烦告诉我", [328]),
    ("How many 行政复议 cases did the 司法局 receive?", [32]),
    ("行政复议处理完了多少", [28]),
    ("區司法局收到幾件行政複議申請", [32]),
    ("两个调解室各化解了多少纠纷", [36, 49]),
    ("行政复议收到和办结各有多少件", [32, 28]),
    ("人大代表建议跟政协提案加一起多少件", [69]),
    ("政务服务事项里面不属于进驻的有多少", [24]),
    ("办结的行政复议申请占收到的百分之多少", [87.5]),
    ("公示了多少项检查事项", [500]),                  # 检查 inside a noun: the action is the clause's 公示
    ("整改隐患排查了多少处", [1517]),                 # a label opening with two actions
    ("政务服务事项全程网办的比例", [95.08]),          # another rate of the sentence is not this one
    # everyday verbs and names for the report's formal ones (actions.tsv, synonyms.tsv)
    ("有多少政务服务事项搬进了政务服务大厅", [697]),  # 搬进 → 进驻, 政务服务大厅 → 政务服务中心
    ("多少政务服务事项放到基层了", [215]),           # 放到基层 → 下放
    ("区司法局把行政复议申请搞定了几件", [28]),      # 搞定 → 办结
    ("本年度共注销不合格执法证件多少个", [5]),        # 本年度: the report's own year, nothing to find
    ("咱区有多少家生产经营单位录入了安全生产责任信息", [7841]),   # 咱区: the asker's own district
    ("无差别全科受理事项占全部政务服务事项的比例为多少", [66.71]),   # 全部: the whole a share is of
    ("涉企执法和民生实事的问题查出来多少个", [76]),  # 查出来 → 排查(出)
    ("派驻调解室各平息了多少纠纷", [36, 49]),        # 平息 → 化解
    ("给区长信箱写信的有多少条", [26]),              # 写信 → 来信
    ("政务服务事项里还没搬进政务服务中心的有多少", [24]),
    ("人大的建议和政协的提案拢共多少件", [69]),
    ("执法人员在线培训了多少人", [257]),             # 在线培训 → 网络培训
    ("开设了几个涉企执法监督联络点", [5]),           # 开设 → 设立
    ("政府开放日搞了几回", [23]),                    # 几回 → 几次
    ("上级转来的信访事项一次性化解率是多少", [96.7]),  # 转来 → 转交办 (交办's line)
    ("人大代表建议和政协提案还没办复的有几件", [0]),  # 办复 an action: 还没办复 → 未办复, of 办复率100%
    ("what were the 按期答复率 and the 一次性化解率?", [100, 96.7]),   # what were → 有哪些, of rates: figures
    ("How many government service matters were moved into the service center?", [697]),
    ("嗯 我想问问 法律援助中心去年受理了几多案子", [328]),      # 几多 is 多少; 嗯 and 我想问问 wrapping
    ("专项整治 出动执法人员多少人次 检查企业多少次 两个数", [3306, 5278]),
    ("政务服务中心进驻 哦不 向基层下放的事项 多少项", [215]),   # 哦不: the asker takes 进驻 back
])
def test_the_same_questions_worded_as_people_write_them(q, gold):
    a = ask(q)
    assert a.answered and all(g in [f.value for f in a.facts] for g in gold), a.answer
    assert "铁西区" in a.answer and "2025" in a.answer       # the answer names its report


def test_computed_answers_are_marked():
    a = ask("人大代表建议和政协提案一共多少件")
    assert a.kind == "derived" and a.facts[0].computed and not a.facts[1].computed


def test_generated_paraphrases_have_no_wrong_answer(engine):
    """Every figure of the graph asked many ways, plus near-miss negatives (bench/paraphrases.py)."""
    sys.path[:0] = [str(ROOT / "bench")]
    from paraphrase_eval import evaluate
    from paraphrases import generate
    questions = generate(engine)
    assert len(questions) >= 500 and sum(q.kind == "none" for q in questions) >= 100
    res = evaluate(engine, questions)
    shown = [(q.q, a["answer"][:60]) for q, a in res["misses"] if a["answered"]][:5]
    assert res["wrong"] == 0, shown
    assert res["good"] / res["total"] >= 0.97


def test_generated_paraphrases_over_two_reports_have_no_wrong_answer(two_report_config):
    """The same generator over the shipped report and the fictional fixture, another layout and wording."""
    from kg.build import build
    from kg.qa import engine_for
    from kg.store import GraphStore
    sys.path[:0] = [str(ROOT / "bench")]
    from paraphrase_eval import evaluate
    from paraphrases import generate
    engine = engine_for(GraphStore.from_dataset(build(two_report_config)), two_report_config)
    questions = [q for rep in engine.reports for q in generate(engine, rep=rep)]
    res = evaluate(engine, questions)
    shown = [(q.q, a["answer"][:60]) for q, a in res["misses"] if a["answered"]][:5]
    assert res["wrong"] == 0, shown
    assert res["good"] / res["total"] >= 0.97


def test_latin_gibberish_is_not_understood():
    a = ask("asdf qwerty zxcv")
    assert a.status == "not_understood" and not a.facts


@pytest.mark.parametrize("q", ["区司法局收到的行政复议申请比去年多了多少", "法律援助案件同比增长了多少"])
def test_a_change_asked_is_not_answered_with_the_level(q):
    a = ask(q)
    assert a.status == "no_data" and not a.facts


def test_which_of_two_parts_is_answered_for_both():
    a = ask("人大代表建议和政协提案哪个多")
    assert a.kind == "multi" and sorted(f.value for f in a.facts) == [29, 40] and "政协提案更多" in a.answer


def test_two_units_asked_in_two_clauses_each_get_their_own_words():
    a = ask("针对安全生产，2025年铁西区检查企业多少次、排查整改隐患多少处？")
    assert a.kind == "multi" and sorted(f.value for f in a.facts) == [1517, 5278]


def test_the_overall_figure_is_not_mixed_with_its_parts():
    a = ask("一共化解了多少纠纷")
    assert [f.value for f in a.facts] == [85]


@pytest.mark.parametrize("q", ["办结了多少？", "那办结呢", "铁西区", "2025年"])
def test_a_question_without_its_subject_is_not_guessed(q):
    a = ask(q)
    assert a.status == "not_understood" and not a.facts and a.suggestions


def test_a_thing_asked_alone_is_counted_not_its_occurrences():
    a = ask("执法人员有多少")               # 138名 registered, not 3306人次 dispatched
    assert a.facts[0].value == 138 and a.suggestions
    assert ask("执法人员出动了多少").facts[0].value == 3306


def test_a_question_and_its_own_follow_up_in_one_message():
    a = ask("2025年铁西区办理人大代表建议几件？政协提案呢？")
    assert a.kind == "multi" and sorted(f.value for f in a.facts) == [29, 40]


def test_a_kind_is_counted_only_when_the_question_names_nothing_else():
    """「存在的问题有几个」 counts the kind; 「X方面的问题有几个」 asks about some of them: not that count."""
    assert ask("存在的问题有几个").kind == "count"
    narrowed = ask("行政执法监督方面的问题有几个")
    assert narrowed.kind != "count" and not any(f.computed for f in narrowed.facts)


def test_department_names_are_read_by_their_field(engine):
    from kg.qa.reading import _core
    not_level = engine.reader.not_level       # (structure.tsv not_level)
    assert _core("区司法局", not_level) == "司法局" and _core("市场监管局", not_level) == "市场监管局"   # 市场 is no level
    r = engine.read("市场监管部门挽回了多少经济损失")       # 部门: the everyday word for the bureau
    assert (None, "市场监管局") in r.departments and "市场监管部门" in r.department_words


def test_a_negation_inside_a_term_asks_nothing_left_undone(engine):
    assert engine.evidence._negated("不予处罚涉及的金额是多少") == []
    assert engine.evidence._negated("还有几件没办结") == ["办结"]


def test_the_clause_before_coordinated_parts_is_where_they_stand():
    a = ask("派驻调解室化解的纠纷里，公安和法院的各有多少件")
    assert a.answered and [f.value for f in a.facts] == [36, 49], a.answer
    b = ask("安全生产检查里，公安和法院的各有多少件")     # the parts' figures stand elsewhere: declined
    assert not b.answered, b.answer


def test_the_year_before_unnamed_is_not_the_reports_year():
    a = ask("上一年的政务服务事项进驻率是多少")   # the year before the report's, which it does not state
    assert not a.answered and "年份" in a.answer, a.answer


def test_last_year_is_the_calendars():
    """去年 counts back from the year it is now (KGQA_CURRENT_YEAR): asked in the year after the
    report's, it is the report's year; a year later, a year no report is held for, said by name."""
    q = "去年收到多少件行政复议申请"
    assert [f.value for f in ask(q, config=Config(current_year=2026)).facts] == [32]
    later = ask(q, config=Config(current_year=2027))
    assert not later.answered and not later.facts and "2026" in later.answer, later.answer
    # a year written beside it says which year it is, whatever year it is now
    assert ask("去年（2025年）收到多少件行政复议申请", config=Config(current_year=2030)).answered
    # …and a year the asker names as now is what it counts back from
    assert ask("现在是2026年，去年区政府当被告的行政诉讼有多少件", config=Config(current_year=2030)).answered
    # 今年 is the year it is now: no report of it is held, and that is said; 报告里说的今年 is the report's
    this = ask("今年收到多少件行政复议申请", config=Config(current_year=2026))
    assert not this.answered and not this.facts and "2026" in this.answer, this.answer
    assert [f.value for f in ask("报告里说的今年，收到多少件行政复议申请", config=Config(current_year=2026)).facts] == [32]
    assert [f.value for f in ask("今年收到多少件行政复议申请", config=Config(current_year=2025)).facts] == [32]


def test_the_place_excepted_is_the_one_after_chu(normalise):
    # (甲市2024年除乙区以外: 乙区 is excepted, never the place before 除)
    text = normalise("杉渚市2024年除柘塘区以外登记的事项有多少件？").text
    assert "未柘塘区" in text and "未杉渚市" not in text, text


def test_of_several_years_the_clause_asking_the_number_names_the_year(engine):
    # (按2024年数推算，2023年…多少: 2024 is the method's, 2023 the year asked)
    assert engine.reader.read("按2024年数和减少数推算，2023年全区收到多少件投诉？").year == 2023
    assert engine.reader.read("2025年比2024年多了多少件投诉").year == 2025    # (a comparison: both asked)


def test_what_the_asker_heard_in_english_is_a_claim(normalise):
    assert normalise("I heard 32 applications were received").text.startswith("我听说")


def test_a_one_character_word_names_no_mechanism():
    """打算做哪些事: 事 is no name of the 事前—事中—事后 mechanism; the plans of the part asked answer."""
    a = ask("2026年在深化改革创新方面打算做哪些事")
    assert a.answered and "数字化法治建设" in a.answer and "事前" not in a.answer, a.answer
