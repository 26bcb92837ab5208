"""A town's report with figures of its villages, a review's application counted as its case, a part of
the report named in the question, next year's part read as plans, a whole asked of a figure of only
some, the English words of a standard stop-word list, and a city's 城管 bureau by its everyday names."""

import pytest
from test_qa_scope_and_plans import engine_over, values

from kg.qa.phrasing import PLANNED


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "qingyu-town-2023")


def test_a_village_is_answered_by_its_own_figure(engine):
    a = engine.answer("青榆镇杏林村调处了多少件纠纷？")
    assert a.answered and values(a) == [33] and "石桥村" not in a.facts[0].indicator, a.answer


def test_the_words_of_another_villages_clause_are_not_this_ones(engine):
    """…杏林村调处N件；松坪村全年越级上访为零: 越级上访 is 松坪村's, never 杏林村's figure's context."""
    a = engine.answer("青榆镇杏林村2023年有几起越级上访？")
    assert not a.answered and not a.facts, a.answer


def test_the_total_is_not_a_figure_of_what_was_done_to_some(engine):
    """信访总量 is not 参与化解信访积案N件 (参与 only frames the action 化解)."""
    a = engine.answer("青榆镇信访总量是多少件？")
    assert not a.answered and not a.facts, a.answer


def test_all_of_a_thing_is_not_the_newly_hired(engine):
    """一共有多少名协管员: 新招录的N名协管员 counts only those hired this year (structure.tsv subset)."""
    a = engine.answer("青榆镇一共有多少名协管员？")
    assert not a.answered and "新招录" in a.answer, a.answer
    b = engine.answer("青榆镇新招录了多少名协管员？")
    assert values(b) == [14], b.answer


def test_documents_of_past_years_are_no_question_of_each_year(engine):
    """清理历年文件: 历年 names the documents the report holds, so the question is not one across years."""
    a = engine.answer("青榆镇清理了多少件历年文件，其中废止几件？")
    assert a.answered and values(a) == [31, 5], a.answer


@pytest.mark.parametrize("q, gold", [
    ("青榆镇复议案件受理了多少件？", 8),
    ("青榆镇审结了多少件复议案件？", 7),
    ("青榆镇复议案件维持了几件？", 5),
    ("青榆镇2023年度行政复议案件审结了多少件？", 7),
])
def test_a_reviews_application_is_its_case(engine, q, gold):
    """收到行政复议申请N件，同比增长K%，受理M件: the counts after the change are of the applications, which a
    question calls cases."""
    a = engine.answer(q)
    assert values(a) == [gold], a.answer


def test_next_years_part_by_another_word_holds_plans(engine):
    """三、2024年工作思路: its targets are plans, answered as plans, never as the year's work."""
    a = engine.answer("青榆镇2023年集体学法多少次？")
    assert not a.answered and not a.facts, a.answer
    b = engine.answer("青榆镇2024年计划集体学法多少次？")
    assert values(b) == [10] and PLANNED in b.answer, b.answer


@pytest.mark.parametrize("q", [
    "化解矛盾纠纷那一段，调解成功了多少件？",
    "报告里化解矛盾纠纷部分提到，调解成功了多少件？",
])
def test_a_section_named_in_the_question_sets_the_scene(engine, q):
    a = engine.answer("青榆镇" + q)
    assert a.answered and values(a) == [205], a.answer


def test_a_section_named_is_where_the_figure_must_be(engine):
    a = engine.answer("青榆镇用好法律顾问那一段，调解成功了多少件？")
    assert not a.answered, a.answer


def test_common_english_function_words_are_read(engine):
    """could, after (the rest of a standard stop-word list): no unknown word to decline on."""
    a = engine.answer("青榆镇 How many 行政复议 applications could be 受理 after review in 2023?")
    assert a.status != "not_understood" and "could" not in a.answer, a.answer


@pytest.mark.parametrize("q, gold", [
    ("青榆镇化解矛盾纠纷的那一部分，调解成功了多少件？", [205]),    # 那|一部分, as jieba cuts it
    ("青榆镇矛盾纠纷那段的调解成功率是多少？", [95.8]),               # the rate in that part (…那段的…)
    ("青榆镇化解邻里纠纷那部分，调解成功多少件？", [205]),            # a paraphrase of the heading
])
def test_a_part_of_the_report_named_as_people_name_it(engine, q, gold):
    a = engine.answer(q)
    assert values(a) == gold, a.answer


def test_a_clause_of_time_words_is_no_part_of_a_sum(engine):
    """截至年底，…一共…: the clause before 一共 says when, and has no figure to add."""
    a = engine.answer("截至年底，青榆镇调解成功的纠纷一共有多少件？")
    assert values(a) == [205], a.answer


@pytest.mark.parametrize("q, gold", [
    ("报告说青榆镇全年收到行政复议申请9件——那么受理了几件？", [8]),   # a dash breaks the clauses
    ("有说法称青榆镇调解成功了300件，是否属实？实际是多少件？", [205]),  # hearsay, and a check of it
])
def test_what_the_asker_heard_sets_the_scene(engine, q, gold):
    a = engine.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_share_spelt_out_as_a_division(engine):
    """（办结数除以收到数）: 除以 asks a share, computed and marked so."""
    a = engine.answer("帮我算一下铁西区行政复议的办结比例（办结数除以收到数），是百分之多少？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 87.5, a.answer


def test_a_total_kept_whole_by_another_reports_label_asks_the_thing(engine):
    """罚没款总额 is one word to the segmenter (a label of this report): read as 罚没款, asked in all."""
    assert engine.reader.tokens("罚没款总额是多少") == ["罚没款"]


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "fengling-cgj-2024")


@pytest.mark.parametrize("q, gold", [
    ("枫陵城管2024年办了多少件行政处罚案件？", [2140]),        # 城管: the bureau's everyday name
    ("枫陵市城管局的罚没款是多少万元？", [966.5]),
    ("枫陵城管复议维持了几件？", [5]),
])
def test_a_city_management_bureau_by_its_everyday_names(bureau, q, gold):
    a = bureau.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_the_thing_alone_is_the_whole_not_a_kind_after_qizhong(bureau):
    """收到行政复议申请N件，其中维持M件: 多少件复议申请 is the N, never the part that adds 维持."""
    a = bureau.answer("枫陵市城市管理综合执法局2024年有多少件复议申请？")
    assert a.answered and values(a) == [7], a.answer


@pytest.mark.parametrize("q, gold", [
    ("问两个事：一是青榆镇调解成功了多少件？二是青榆镇收到多少件行政复议申请？", [205, 9]),
    ("请问：1）青榆镇调解成功了多少件？2）收到多少件行政复议申请？", [205, 9]),
    ("①青榆镇调解成功了多少件？②新招录了多少名协管员？", [205, 14]),
    ("诉前调解的案件一共有多少件？区法律援助中心又受理了多少件？", [1150, 328]),   # each of its own
])
def test_several_questions_of_one_message_each_answered(engine, q, gold):
    """Questions announced (问两个事), numbered (一是, 1）, ①) or simply one after another, each with a
    subject of its own: each answered, or none."""
    a = engine.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_share_after_a_question_of_its_own_is_not_read_alone(engine):
    """…几件？在这些里占比多少？: a share of what the sentence before asked, never any rate of the report."""
    a = engine.answer("铁西区无差别全科受理的事项有多少项？在进驻中心的事项里占比多少？")
    assert not a.answered and not a.facts, a.answer     # (not 进驻率, the share of all the 事项)


@pytest.mark.parametrize("q, gold", [
    ("青榆镇调解成功率是95.8%吗？", [95.8]),
    ("青榆镇全年收到行政复议申请9件吗", [9]),
])
def test_a_figure_the_asker_checks_is_the_answer(engine, q, gold):
    """…9件吗: the asker states the figure to check it; it is not a whole asked a part of."""
    a = engine.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_time_word_before_a_towns_word_is_no_town(engine):
    """青榆镇计划2024年镇村干部…: 计划镇 is no place (a time word is never a place's name)."""
    r = engine.reader.read("青榆镇计划2024年镇村干部学法、旁听庭审分别至少安排几次？")
    assert r.unknown_region is None and r.region == "青榆镇", r


@pytest.mark.parametrize("q, gold", [
    ("Two things: how many 行政复议申请 did 青榆镇 收到, and how many were 受理?", [9, 8]),   # announced
    ("青榆镇 调解 section: how many 调解成功?", [205]),                                    # a part named
])
def test_the_english_of_the_new_lists(engine, q, gold):
    a = engine.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_year_after_the_report_with_words_of_intent_asks_its_plans(engine):
    """青榆镇2024年要新建几个…: no report is of 2024, and 要 says what is to be done: the 2023 report's
    plans answer, marked as plans; a year reported (2023年要…) or done (2024年新建了…) is not answered so."""
    a = engine.answer("青榆镇2024年要新建几个执法服务站？")
    assert a.answered and values(a) == [2] and PLANNED in a.answer, a.answer
    assert not engine.answer("青榆镇2024年新建了几个执法服务站？").answered
    assert not engine.answer("青榆镇2023年要新建几个执法服务站？").answered


def test_a_verdict_counts_the_lawsuits_before_it_and_or_is_spelt_either_way(engine):
    """…行政诉讼案件3件，镇长出庭应诉2次，败诉0件: lost lawsuits are 0; no review (行政复议) was lost;
    或者 is the report's 或."""
    for q in ("青榆镇行政诉讼败诉几件？", "青榆镇政府打官司输了几件？"):
        a = engine.answer(q)
        assert a.answered and values(a) == [0], (q, a.answer)
    assert not engine.answer("青榆镇行政复议败诉几件？").answered
    a = engine.answer("青榆镇被撤销或者被确认违法的行政行为有几件？")
    assert a.answered and values(a) == [0], a.answer
    a = engine.answer("青榆镇有几件行政行为被判定违法或被撤销？")
    assert a.answered and values(a) == [0], a.answer


def test_a_plan_word_before_the_thing_counted_is_when_not_what(engine):
    """How many 计划新建执法服务站: 计划 after the count word says the figure is planned, it is no part of
    the thing counted."""
    a = engine.answer("青榆镇How many 计划新建执法服务站?")
    assert values(a) == [2] and PLANNED in a.answer, a.answer
