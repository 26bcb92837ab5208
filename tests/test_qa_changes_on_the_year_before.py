"""The year before the report's, worked out from a change the report states on it (N名，较上年净增M名):
this year's figure less the change, marked computed; from a change in per cent only to the places the
asker names; never where no change of that figure is stated (tests/fixtures/qa/mingshui-county-2025,
a county report of 2025)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def county(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "mingshui-county-2025")


def _changes(engine) -> dict:
    return {(o.label_clean, o.value): o.qualifier for rep in engine.reports
            for o in engine.cat.figures[rep.iri] if o.kind == "change"}


def test_net_and_new_additions_on_the_year_before_are_changes(county):
    changes = _changes(county)
    assert changes[("持证行政执法人员净增", 46)] == "increase", changes
    assert any(label.endswith("较上年新增") and value == 180 for label, value in changes), changes


def test_the_year_before_is_this_years_figure_less_its_change(county):
    a = county.answer("鸣水县2024年持证行政执法人员有多少名？")
    assert a.answered and values(a)[:2] == [1162, 1208], a.answer
    assert a.facts[0].computed and a.facts[0].year == 2024 and "计算值" in a.answer
    # (the change right after the figure: 新增180名, not the 同比增长 in per cent after it)
    assert values(county.answer("按报告推算，鸣水县2024年有多少名“法律明白人”"))[0] == 2130


def test_a_change_in_per_cent_gives_the_year_before_only_to_the_places_asked(county):
    a = county.answer("鸣水县2024年办理公证事项多少件")
    assert declined(a) and "保留" in a.answer, a.answer
    a = county.answer("鸣水县2024年办理公证事项多少件？取整")
    assert values(a)[0] == 3204, a.answer      # (3412 / 1.065 = 3203.76…)


def test_no_change_stated_no_year_before(county):
    assert declined(county.answer("鸣水县2024年开展执法人员培训多少场"))
    # (two years back: the change is on the one before only)
    assert declined(county.answer("鸣水县2023年持证行政执法人员有多少名？"))


def test_what_an_action_came_to_names_no_thing_of_the_whole(county):
    # (整改到位: what the 整改 came to — the 风险点 found are the whole it is of)
    a = county.answer("鸣水县排查的矛盾纠纷风险点还有多少个没有整改到位？")
    assert values(a) == [12, 150, 138], a.answer


def test_a_word_naming_only_the_persons_counted(county):
    # 人员 of a count in people: any such figure's persons (具有法律职业资格的41人)
    assert values(county.answer("鸣水县具有法律职业资格的人员有多少人")) == [41]
    assert declined(county.answer("鸣水县具有法律职业资格的人员有多少件"))


def test_two_years_asked_of_one_report_stating_the_change(county):
    # no report of 2024: the 2025 one states the change on it — each year's figure, or the change itself
    a = county.answer("鸣水县2025年和2024年持证行政执法人员各多少名")
    assert a.answered and sorted(values(a)[:2]) == [1162, 1208], a.answer
    assert values(county.answer("鸣水县2025年持证行政执法人员比2024年多多少名")) == [46]
