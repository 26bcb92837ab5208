"""An autonomous county's report (tests/fixtures/qa/wuxu-county-2025): its short names (雾溆县 for
雾溆瑶族自治县), a page's controls that are no heading (【大】【中】【小】: the plans stay plans), a total
since some start that is no year's new ones, the sector as a whole against the bureau's own level, a
thing excepted (农民工以外的), a count asked before the parts of it, and what the counted came to
named after the count word (有几件被纠错)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.extract.text import heading


@pytest.fixture(scope="module")
def county(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "wuxu-county-2025")


def test_an_autonomous_place_is_known_by_its_short_names(county):
    assert values(county.answer("雾溆县收到多少件政府信息公开申请")) == [42]
    assert values(county.answer("黛岭州雾溆县收到多少件政府信息公开申请")) == [42]


def test_a_pages_controls_are_no_heading_and_the_plans_stay_plans():
    assert heading("【大】【中】【小】　【打印本页】") is None and heading("【发布时间：2026-02-03】") is None
    assert heading("【依法决策，提升行政效能】")[0] == "bracket"


def test_the_years_figure_and_the_plans_target_are_told_apart(county):
    assert values(county.answer("雾溆县2025年县政府常务会议会前学法多少次")) == [14]
    assert values(county.answer("雾溆县2026年县政府常务会议会前学法计划多少次")) == [12]


def test_a_total_since_some_start_is_not_the_years_new_ones(county):
    assert declined(county.answer("雾溆县当年新培育了多少名法律明白人"))
    assert values(county.answer("雾溆县累计培育多少名法律明白人")) == [1310]


def test_the_sector_as_a_whole_is_not_the_bureaus_own_level(county):
    assert declined(county.answer("雾溆县司法行政系统一共抽查了多少卷案卷"))
    assert values(county.answer("雾溆县司法局本级抽查了多少卷案卷")) == [80]


def test_a_thing_excepted_is_taken_from_the_whole(county):
    a = county.answer("雾溆县为农民工以外的劳动者追发了多少万元工资")
    assert values(a) == [750, 3200, 2450], a.answer


def test_a_count_asked_before_its_parts_is_answered_with_them(county):
    a = county.answer("雾溆县县级抽查了多少卷行政执法案卷，其中评为优秀和不合格的各多少卷？")
    assert values(a) == [300, 96, 5], a.answer


def test_what_the_counted_came_to_is_the_figures_own(county):
    # (收到…申请N件 of the same sentence is not what came to be corrected)
    a = county.answer("雾溆县因政府信息公开引发的复议、诉讼中有几件被纠错？")
    assert 42 not in values(a), a.answer


def test_the_rest_of_a_whole_after_its_named_parts(county):
    # 共清理N件，废止M件、修改K件，其余继续有效: N less the parts, the parts given as their sum
    a = county.answer("雾溆县清理后继续有效的规范性文件有多少件")
    assert a.answered and values(a) == [48, 58, 10] and a.facts[0].computed, a.answer
    assert declined(county.answer("雾溆县清理后失效的规范性文件有多少件"))
    # (…never for a rate, a body the sentence does not name, or another year)
    for q in ("雾溆县清理后继续有效的规范性文件占比多少", "雾溆县司法局清理后继续有效的规范性文件有多少件",
              "雾溆县2024年清理后继续有效的规范性文件有多少件"):
        assert declined(county.answer(q)), q

    # (其余予以修改或废止: of both kinds together, never of one of them alone)
    assert declined(county.answer("雾溆县清理政策措施文件时废止了多少项"))
    assert values(county.answer("雾溆县清理政策措施文件时修改或废止了多少项"))[0] == 6


@pytest.fixture(scope="module")
def county_city(tmp_path_factory, config):
    # a county-level city (县级市) under 桦原市 (tests/fixtures/qa/fengjiang-szf-2024)
    return engine_over(tmp_path_factory, config, "fengjiang-szf-2024")


def test_the_whole_of_a_county_level_city_is_its_own_quanshi(county_city):
    assert values(county_city.answer("枫江市全市一共调处了多少件矛盾纠纷")) == [1530]
    # …never the city above it, which has no report here
    assert declined(county_city.answer("桦原市全市调处了多少件矛盾纠纷"))


def test_the_city_above_only_places_a_town_of_the_report(county_city):
    assert values(county_city.answer("桦原市杏台镇执法立案多少件")) == [39]
