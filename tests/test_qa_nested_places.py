"""A district's report held under its full name (tests/fixtures/qa/tanling-zf-2025: region 鄢溪市檀岭区):
the district named alone is that report's place; figures of several years in one report answer
each year's question, never a question of several years at once; a figure between 由…年的 and
增至…年的 is of the year said before it.  A development zone held so (tests/fixtures/qa/yunxiu-kfq-2024:
甲市乙经济开发区) is found by its everyday short names (乙开发区, 乙经开区), and a part asked after 其中 is
the breakdown in the first piece's own sentence."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def district(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "tanling-zf-2025")


def test_a_region_held_under_its_full_name_is_found_by_its_own_name(district):
    assert values(district.answer("檀岭区2025年收到多少件行政复议申请")) == [126]


def test_a_question_of_several_years_at_once_is_no_one_figures(district):
    assert declined(district.answer("檀岭区2023年、2024年和2025年政务服务热线一共受理群众诉求多少件"))


def test_a_figure_after_a_from_year_is_of_that_year(district):
    # 由2023年的36家增至2025年的97家: 97 is the 2025 figure, 36 the 2023 one
    assert values(district.answer("檀岭区到2025年入驻线上调解平台的商户有多少家")) == [97]


def test_a_run_of_years_before_respectively_gives_each_year_its_figure(district):
    # 2023年至2025年，…分别为A件、B件、C件: B is 2024's
    a = district.answer("檀岭区2024年区司法局办理法律援助案件多少件")
    assert a.answered and 236 in values(a) and 210 not in values(a), a.answer


def test_a_run_of_years_asked_is_every_year_of_it(district):
    # 2023年至2025年累计: three years, which no one figure is (never 2023's alone)
    assert declined(district.answer("檀岭区2023年至2025年累计办理法律援助案件多少件"))


@pytest.fixture(scope="module")
def zone(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "yunxiu-kfq-2024", "tingyan-yjj-2025")


@pytest.mark.parametrize("q, gold", [
    ("云岫开发区2024年惠及企业多少家", [310]),
    ("云岫经开区综合执法局2024年立案查处违法案件多少件", [95]),
])
def test_a_zone_held_under_its_city_is_found_by_its_short_names(zone, q, gold):
    # 甲市乙经济开发区: 乙开发区 and 乙经开区 name it, as 乙经济开发区 does
    a = zone.answer(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_part_asked_after_qizhong_is_the_first_pieces_breakdown(zone):
    # …新登记多少家市场主体，其中企业多少家: the 企业 of that sentence, never 惠及企业 of another
    a = zone.answer("云岫经济开发区2024年新登记了多少家市场主体，其中企业多少家")
    assert a.answered and values(a) == [1200, 540], a.answer
