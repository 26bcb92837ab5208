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
