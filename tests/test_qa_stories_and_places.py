"""Questions about a report rather than read from it: the asker's story or purpose before the question,
labels (问题：), two year words, spoken measures, a figure the asker already gives; and places named
inside a report — cities a province's report lists, a town whose publisher names its county first."""

import pytest
from test_qa_scope_and_plans import engine_over, values

from kg.qa import ask


@pytest.fixture(scope="module")
def places(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "yanbei-szf-2024", "qiaotou-town-2025", "baiyang-town-2024")


def answer(q):
    return ask(q)


@pytest.mark.parametrize("q, gold", [
    ("我想找法援帮忙打官司，先了解一下：区里的法援中心去年受理了多少件案子？", [328]),
    ("稿子写到基层调解这一块，需要一个数：人民调解组织去年化解纠纷多少件？", [85]),
    ("我给区长信箱写过信，想知道去年信箱一共处理了多少封来信？", [26]),
    ("准备汇报材料，要用这个数：下放到基层的政务服务事项有多少项？", [215]),
])
def test_the_askers_story_before_the_question_is_no_part_of_it(q, gold):
    """A clause telling what the asker does (a verb no figure is of: 写, 了解, 找) is set aside when the
    whole question finds no answer and the question after it names a thing of its own."""
    assert values(answer(q)) == gold, answer(q).answer


@pytest.mark.parametrize("q", [
    "区长信箱来信大家满不满意，满意率多少？",            # (满意率 alone names no thing)
    "新组建机构运行自评，涉及几个机构？",                # (涉及几个机构: only the thing counted)
    "不重复计算的话，参加政治轮训的政法干警实际有多少人？",  # (a condition, never a story)
    "政协委员提的意见，区政府办了几件？",                # (提的意见: a verb and 的 make a noun, the topic)
])
def test_a_clause_the_question_needs_is_never_set_aside(q):
    a = answer(q)
    assert not a.answered, a.answer


def test_a_label_before_a_colon_is_nothing_of_the_question():
    assert values(answer("背景：我在统计政协工作。问题：政协提案办了多少件？")) == [40]
    assert values(answer("上下文：人民调解。问题：纠纷排查做了多少次？")) == [2937]


def test_two_year_words_ask_two_years():
    """去年…比前年多了多少: a comparison of two years, and the year before is in no report."""
    a = answer("去年培育的法律明白人比前年多了多少个？")
    assert not a.answered and "2024" in a.answer, a.answer


def test_a_spoken_measure_of_people_and_a_figure_the_asker_gives():
    """多少号人 asks in 人; 那73支应急队伍一共多少 is never answered with the 73 the asker gave."""
    assert values(answer("区里那73支应急队伍一共有多少号人？")) == [1250]
    assert 73 not in values(answer("那73支应急队伍一共多少？"))


def test_joined_pieces_each_ask_their_own_thing():
    """…以及办结了多少件 borrows the subject before it; a rate's piece asks a rate, not the 条 before it."""
    assert values(answer("区司法局收到多少件行复申请，以及办结了多少件？")) == [32, 28]
    assert values(answer("区长信箱处理了多少条来信，以及回复办结率是多少？")) == [26, 100]
    assert values(answer("党政主要负责人学习研讨开展了几次，同时旁听庭审几次？")) == [8, 1]


def test_a_city_a_province_lists_is_found_by_its_name(places):
    """柘阳市 holds no report of its own: the province's report that breaks its figures down by it."""
    a = places.answer("柘阳市行政复议收案多少件？")
    assert values(a) == [1388] and "砚北省" in a.answer, a.answer
    assert values(places.answer("柘阳市复议前协商在立案前化解争议多少件？")) == [412]
    assert values(places.answer("澄渡市和苘源市行政复议各收案多少件？")) == [2104, 976]
    assert values(places.answer("砚北省2024年行政复议机关新收案件多少件？")) == [9320]


def test_a_town_report_and_its_bodies(places):
    a = places.answer("桥头镇便民服务中心2025年办理了多少万件事项？")
    assert values(a) == [2.17], a.answer
    # the body opening the sentence is the subject after its semicolon too
    assert values(places.answer("桥头镇便民服务中心的好评率是多少？")) == [98.6]
    # …but not past a semicolon before a subject of its own (…；全镇人民调解组织调处…N件)
    assert values(places.answer("桥头镇司法所受理法律援助申请多少件？")) == [12]
    a = places.answer("桥头镇司法所调处邻里纠纷多少件？")
    assert not a.answered and not a.facts, a.answer
    # the county a town's publisher names first holds no report of its own
    assert not places.answer("苇塘县2025年受理了多少件矛盾纠纷").answered


def test_what_it_was_before_a_change_is_not_what_it_became(places):
    a = places.answer("桥头镇农村低保标准提高前是每人每月多少元？")
    assert not a.answered and not a.facts, a.answer
    assert values(places.answer("桥头镇农村低保标准提高到每人每月多少元？")) == [610]


def test_a_part_named_asks_that_parts_figure(places):
    """柘阳市办理行政处罚案件: the province's 全省 figure beside it is not the city's."""
    a = places.answer("柘阳市2024年办理行政处罚案件多少万件？")
    assert not a.answered and not a.facts, a.answer


def test_a_and_b_compared_is_a_difference():
    """法院的和公安的相比，多化解了几件 / A和B相比，差了多少项: read as A比B多…, computed."""
    assert values(answer("法院的派驻调解室和公安的相比，多化解了几件纠纷？"))[0] == 13
    assert values(answer("政务服务事项总数和进驻中心的事项数相比，差了多少项？"))[0] == 24


def test_a_sum_word_holds_no_plan_word():
    """一共划了 is read 合计划了: no 计划 there, and no plan asked."""
    a = answer("人民调解组织一共划了多少个？")
    assert not (a.answered and "计划" in a.answer), a.answer


def test_none_left_where_every_one_was_closed():
    """还没销号的剩几个, the report saying all were closed (全部整改销号): 0, computed."""
    a = answer("排查出的那76个涉企执法和民生实事问题，到现在还没销号的剩几个？")
    assert a.answered and values(a)[0] == 0 and "计算" in a.answer, a.answer


def test_a_town_split_into_grids(places):
    assert values(places.answer("桥头镇划分了多少个网格？")) == [36]


def test_the_whole_stated_with_its_subject_is_no_sum_of_its_parts(places):
    """全省行政执法机关办理…N万件；其中，甲局办理…、乙厅办理…: 一共办了多少 is the whole, never its two parts added."""
    a = places.answer("砚北省2024年一共办了多少万件行政处罚案件？")
    assert values(a) == [15.6], a.answer


def test_english_talk_about_the_askers_piece_is_nothing_of_the_question():
    """For my feature on …： / a hyphened word glossed in brackets (take-in (收到)) is read as its gloss."""
    assert values(answer("For my feature on 执法规范化：一体化行政检查智能备案系统累计备案了多少次？")) == [604]
    assert values(answer("How many 行政复议申请 did 区司法局 take-in (收到)?")) == [32]


def test_none_dissatisfied_where_the_satisfaction_rate_is_full():
    """有几件不满意 where the report states 满意率100%: 0, computed, citing the rate."""
    a = answer("人大代表建议有几件不满意？")
    assert a.answered and values(a)[0] == 0 and "计算" in a.answer and 100 in values(a), a.answer
