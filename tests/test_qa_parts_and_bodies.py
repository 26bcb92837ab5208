"""A city 司法局's report (tests/fixtures/qa/lingyi-sfj-2024) with a county-by-county table: a
government named of a department's report must be the figure's own (市政府收到…, never 以市司法局为被告…);
places joined before what they share (甲区和乙县人民调解案件: each of them, summed or apart); a body no
report names, written in characters no dictionary knows (鄚涑林场), is no other body's; an action before
以后 is a time, not what is asked."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.qa import ask


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "lingyi-sfj-2024")


def test_a_government_named_of_a_departments_report_must_be_the_figures(bureau):
    assert values(bureau.answer("翎翊市人民政府2024年收到多少件行政复议申请")) == [418]
    assert declined(bureau.answer("以翎翊市人民政府为被告的一审行政诉讼案件有多少件"))
    assert values(bureau.answer("以翎翊市司法局为被告的一审行政诉讼案件有多少件")) == [3]


def test_places_joined_before_what_they_share_each_count_it(bureau):
    a = bureau.answer("翎翊市靛湖区和瓴川县人民调解案件加起来一共多少件")
    assert a.answered and a.facts[0].value == 2916 + 1874, a.answer
    assert sorted(values(bureau.answer("翎翊市靛湖区和瓴川县2024年人民调解案件各多少件"))) == [1874, 2916]


def test_a_body_in_characters_no_dictionary_knows_is_no_other_bodys(bureau):
    # (鄚涑林场: its name, cut character by character, is one word the figure must hold)
    r = bureau.reader.read("翎翊市鄚涑调解中心受理了多少件人民调解案件")
    assert "鄚涑" in r.tokens, r.tokens
    assert declined(bureau.answer("翎翊市鄚涑调解中心受理了多少件人民调解案件"))


def test_an_action_before_ihou_is_the_time_of_what_is_asked():
    a = ask("人大代表建议、政协提案都办完以后满意率多少")
    assert a.answered and values(a) == [100], a.answer


def test_a_plan_named_for_another_year_above_its_own_heading_is_not_the_year_asked(bureau):
    # 四、2025年工作安排 / 1. 普法宣传：…力争达到N场 — the 2025 plan, never 2024's
    assert values(bureau.answer("翎翊市2025年计划开展多少场法律进社区活动")) == [1800]
    assert declined(bureau.answer("翎翊市2024年计划开展多少场法律进社区活动"))
    # (…but a year naming the report asks its plans)
    assert values(bureau.answer("根据翎翊市司法局2024年度法治政府建设情况报告，计划开展多少场法律进社区活动")) == [1800]


def test_a_bureaus_figure_is_no_figure_of_all_departments(bureau):
    assert declined(bureau.answer("翎翊市各部门2024年一共收到多少件行政复议申请"))
    assert values(bureau.answer("翎翊市政府2024年收到多少件行政复议申请")) == [418]
