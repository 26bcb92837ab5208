"""A city bureau's report giving its own level (局本级) beside the whole sector (全市…系统), with
tests/fixtures/qa/tingyan-yjj-2025: a figure after 其中 in a sentence the 局本级 opens is the bureau's own,
never the sector's; a figure of one body (the city's mediation centre) is no answer for the whole sector;
a count of 行政复议 never answers 行政诉讼 (nor the other way) though one sentence gives both; and the topic
clause before the numbers asked (以局本级为被申请人的…，有几件，维持几件) scopes every one of them; a run
of months is one period however written; which county of a city named is no ranking of reports; and a
statement naming no place (全区…) answers no question of which district."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "tingyan-yjj-2025")


def test_a_part_of_a_sentence_the_own_level_opens_is_the_own_levels(bureau):
    # 局本级（含…）…，其中1—6月立案N件: asked of the whole sector, declined; of the bureau, answered
    assert declined(bureau.answer("汀岩市全市应急管理系统2025年1—6月立案多少件"))
    assert values(bureau.answer("汀岩市应急管理局局本级2025年1—6月立案多少件")) == [29]


def test_a_figure_of_one_body_is_not_the_whole_sectors(bureau):
    # 市安全生产纠纷调解中心1—6月受理纠纷N件: 受理 is 立案's action, but not the sector's count
    assert declined(bureau.answer("汀岩市全市应急管理系统2025年上半年受理了多少件"))
    assert values(bureau.answer("汀岩市全市应急管理系统2025年全年立案多少件")) == [318]


def test_review_and_litigation_never_answer_each_other(bureau):
    assert declined(bureau.answer("汀岩市全市应急管理系统2025年有多少件行政诉讼案件"))
    assert values(bureau.answer("汀岩市全市应急管理系统2025年被申请行政复议案件多少件")) == [17]


def test_the_topic_before_the_numbers_asked_scopes_each(bureau):
    a = bureau.answer("以汀岩市应急管理局局本级为被申请人的行政复议，2025年有几件，其中维持几件")
    assert a.answered and sorted(values(a)) == [5, 6], a.answer


def test_a_run_of_months_is_one_period_in_any_writing(bureau):
    # 1到6月 is 1—6月; the year's figure of a sentence naming the run later is the year's
    assert values(bureau.answer("汀岩市应急管理局局本级2025年1到6月立了多少件案")) == [29]
    assert declined(bureau.answer("汀岩市应急管理局局本级2025年6月份立案多少件"))
    assert values(bureau.answer("汀岩市应急管理局局本级2025年全年立案多少件")) == [64]


def test_a_bare_verb_after_a_bodys_period_borrows_the_thing_not_the_period(bureau):
    # 某中心1—6月受理纠纷N件，全年受理M件: M is the year's 受理纠纷, never a 1—6月 figure
    assert values(bureau.answer("汀岩市安全生产纠纷调解中心2025年全年受理纠纷多少件")) == [88]
    assert values(bureau.answer("汀岩市安全生产纠纷调解中心2025年1—6月受理纠纷多少件")) == [41]


@pytest.fixture(scope="module")
def two_places(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "tingyan-yjj-2025", "qiaoyang-sft-2024")


def test_which_place_within_one_named_is_no_ranking_of_reports(two_places):
    # 甲市哪个县区…最多: the city's own total (first among the reports) is not a county of it
    a = two_places.answer("汀岩市哪个县区2025年应急管理立案最多")
    assert "汀岩市最多" not in a.answer and 318 not in values(a), a.answer


def test_a_statement_naming_no_place_answers_no_which_place(two_places):
    # 全区累计帮扶…: 全区 names no district — which one did it is not said
    assert declined(two_places.answer("汀岩市哪个区对重点企业实行“一企一策”执法帮扶"))
