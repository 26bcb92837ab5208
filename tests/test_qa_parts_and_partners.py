"""What a figure is of, beside the figures of its sentence: a share computed where the sentence's
stated rate is of another part, a level's grade beside a city (县级 of a 市 report), a partner body
(与市法律援助中心联合办理…), a total since some start (累计) against the year's figure, and a word
joined to another through a level's mark; over a city 民政局 report (tests/fixtures/qa/shanzhu-mzj-2024)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.qa.evidence import _joined_in


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "shanzhu-mzj-2024")


def test_a_share_is_computed_where_the_stated_rate_is_of_another_part(bureau):
    # (进驻率 is of the 78 items moved in, not of the 12 handed down: 12 / 84)
    a = bureau.answer("杉渚市民政局向县区下放的事项占全部政务服务事项的百分之多少？保留一位小数")
    assert values(a)[:1] == [14.3], a.answer
    # …with 总数 after 占 naming the whole, a comma before it, never a sum
    a = bureau.answer("杉渚市民政局向县区下放的事项，占全部政务服务事项总数的百分之多少？")
    assert values(a)[:1] == [14.29], a.answer


def test_a_sentence_saying_only_how_to_give_the_answer_asks_nothing(bureau):
    a = bureau.answer("杉渚市民政局向县区下放的事项占全部政务服务事项的百分之多少？请四舍五入到小数点后一位。")
    assert values(a) == [14.3, 12, 84], a.answer      # (not also the 全程网办 share, as a second question)


def test_a_level_other_than_the_places_is_a_grade_of_the_thing(bureau):
    assert declined(bureau.answer("杉渚市有多少家县级示范单位")), "县级 is not 市级以上"
    assert values(bureau.answer("杉渚市有多少家市级以上示范单位")) == [21]


def test_a_partner_body_is_not_whose_the_figure_is(bureau):
    assert declined(bureau.answer("杉渚市法律援助中心2024年办理了多少件法律援助案件"))
    # …but the partnership asked is answered
    a = bureau.answer("杉渚市民政局与市法律援助中心联合办理了多少件涉老法律援助案件")
    assert values(a) == [46], a.answer


def test_a_total_since_some_start_is_not_the_years_figure(bureau):
    assert declined(bureau.answer("杉渚市累计发放高龄津贴证多少张"))
    assert values(bureau.answer("杉渚市民政局全年发放高龄津贴证多少张")) == [3150]


def test_a_word_joined_through_a_levels_mark_asks_its_own_figure(bureau):
    assert _joined_in("政协提案", "承办了多少件市人大代表建议和市政协提案")
    assert not _joined_in("政协提案", "承办了多少件市政协提案")
    figs = {o.label: o for rep in bureau.reports for o in bureau.cat.figures[rep.iri] if "人大代表建议7件" in o.sentence}
    # (政协提案 asked, 市政协委员提案 the sibling's: found in pieces)
    assert bureau.evidence._named_by_sibling(figs["承办市人大代表建议"], "政协提案") == "承办市政协委员提案"


def test_an_average_over_the_people_named_before_the_verb(bureau):
    # (平均每位处理了…: 处理 is what they did, not the thing the divisor counts; 局领导 is named before)
    a = bureau.answer("杉渚市民政局局领导接访，平均每位处理了多少件次？")
    assert values(a) == [7.5, 90, 12], a.answer


def test_a_body_that_issues_the_thing_names_its_source(bureau):
    # (法院给市民政局提的司法建议: where they come from, not a court's own figure)
    assert values(bureau.answer("法院给市民政局提的司法建议收到了几件？")) == [3]


def test_places_a_clause_lists_before_a_later_respectively_are_its_figures_bodies(bureau):
    # (在甲街道、乙街道社区服务站设立…，全年分别调处N件、M件: each figure is its station's)
    a = bureau.answer("柘塘街道和葭湾街道的社区服务站各调处了多少件婚姻家庭纠纷？")
    assert values(a) == [31, 26], a.answer
    assert values(bureau.answer("葭湾街道社区服务站调处了多少件婚姻家庭纠纷")) == [26]


def test_a_breakdown_after_a_change_is_no_word_of_the_change(bureau):
    # (…同比下降7%），其中热线来电N件: the change is of all the calls, not of the hotline's)
    assert declined(bureau.answer("杉渚市热线来电同比下降了多少"))
    assert values(bureau.answer("杉渚市求助来电同比下降了多少")) == [7]


def test_a_whole_named_as_the_scene_is_the_figures_own(bureau):
    # (行政复议 stands in another figure's clause of the sentence: 撤销或变更 is of the 复查)
    assert declined(bureau.answer("杉渚市民政局行政复议申请中被撤销或变更的有几件"))
    assert values(bureau.answer("杉渚市民政局复查中撤销或变更了几件")) == [5]


def test_a_part_titled_by_a_place_alone_is_that_places(bureau):
    # (【柘塘街道】全年受理…: the street's figures, never the city's)
    assert declined(bureau.answer("杉渚市全市受理低保申请多少件"))
    assert values(bureau.answer("柘塘街道受理低保申请多少件")) == [412]


def test_a_rate_is_computed_of_the_things_assigned(bureau):
    # (交办的…积案N件，年内化解M件: what was assigned is the whole the 化解率 is of)
    assert values(bureau.answer("杉渚市困难救助积案的化解率是多少")) == [90, 108, 120]


def test_a_clause_of_what_did_not_happen_is_no_context_of_the_sentences_figure(bureau):
    """…备案审核56件，从未因审核超时被投诉: 超时 and 投诉 are of what never happened, not of the 56."""
    assert declined(bureau.answer("杉渚市民政局养老机构备案审核超时了几件"))
    assert values(bureau.answer("杉渚市民政局办理了多少件养老机构备案审核")) == [56]


def test_a_change_is_computed_from_the_restatement_beside_the_year_before(bureau):
    """罚没款合计N万元 in the text, and again in a table with the year before's in brackets: the change
    asked is computed from the table's pair, whichever of the two equal figures is found first."""
    a = bureau.answer("杉渚市民政局2024年罚没款比2023年多了多少万元")
    assert values(a)[:1] == [3.2], a.answer


def test_two_things_asked_after_the_count_word_are_both_answered_or_declined(bureau):
    """全市辖N个街道、M个镇: 一共有多少个街道和镇 adds the two (the terms follow the count word); asked
    with no sum word, one figure naming only 街道 is never the answer (镇, a level's one character, is a
    piece of its own, which the clause holds only in the other figure's words)."""
    assert values(bureau.answer("杉渚市一共有多少个街道和镇"))[:1] == [17]
    assert declined(bureau.answer("杉渚市有多少个街道和镇"))
    assert values(bureau.answer("杉渚市有多少个镇")) == [5]


def test_a_body_of_a_place_named_in_the_report_is_whose_the_figure_is(bureau):
    """葭湾区民政局全年办理婚姻登记N对 in the city bureau's report: 葭湾区's, never the city's."""
    assert declined(bureau.answer("杉渚市民政局2024年办理婚姻登记多少对"))


def test_a_thing_named_as_when_another_is_done_is_not_what_is_counted(bureau):
    """局党组会议会前学法N次: 学法 is counted; the meeting is when it happened."""
    assert declined(bureau.answer("杉渚市民政局2024年召开了多少次党组会议"))
    assert values(bureau.answer("杉渚市民政局2024年党组会议会前学法多少次")) == [10]


@pytest.fixture(scope="module")
def two(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "shanzhu-mzj-2024", "yuquan-sifa-2024")


def test_a_part_named_alone_finds_the_one_report_that_speaks_of_it(two):
    """葭湾区民政局… names no report's place: the report whose figures open with 葭湾区 is asked, of it."""
    a = two.answer("葭湾区民政局2024年办理婚姻登记多少对")
    assert values(a) == [1520] and "杉渚市" in a.answer, a.answer


def test_a_department_named_by_its_sector_is_the_publisher(bureau):
    """民政部门 (departments.tsv): the everyday name of the bureau's sector is the bureau."""
    assert values(bureau.answer("杉渚市民政部门2024年发放高龄津贴证多少张")) == [3150]


def test_actions_listed_before_the_thing_they_share_are_each_answered(bureau):
    """收到、依法受理、办结的X分别是多少: the thing after the last 的 is every action's, and a part that
    borrowed the adverb of another (依法) is looked for on its own."""
    a = bureau.answer("杉渚市民政局2024年收到、依法受理、办结的政府信息公开申请分别是多少件")
    assert values(a) == [45, 41, 39], a.answer


def test_a_figure_of_another_department_named_in_the_report_is_not_the_publishers(bureau):
    """市公安局依法取缔…N家 in the 民政局's report: the police's figure, never the bureau's own; a unit
    under the bureau (市救助管理站) may report its figure as the bureau's work."""
    assert declined(bureau.answer("杉渚市民政局2024年取缔非法社会组织多少家"))
    assert values(bureau.answer("杉渚市公安局2024年取缔非法社会组织多少家")) == [6]
    assert values(bureau.answer("杉渚市民政局2024年接收救助对象多少人次")) == [860]
    # (市局, the bureau by its short name, is the bureau itself)
    assert values(bureau.answer("杉渚市民政局2024年办理慈善组织登记多少件")) == [12]


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "lanshui-city-2024", "qiaoxi-zfb-2025")


def test_an_office_named_by_its_level_beside_another_place_is_that_places(two_cities):
    """兰水市…市政府办公室: by its level alone, beside another place held, 市政府办公室 is no name of
    桥溪市's office (whose own report stays found by its city's name)."""
    assert values(two_cities.answer("兰水市2024年审核市政府及市政府办公室规范性文件多少件")) == [29]
    assert values(two_cities.answer("桥溪市政府办公室2025年新收政府信息公开申请多少件")) == [137]


def test_a_follow_up_remainder_is_of_the_whole_the_conversation_named(bureau):
    """受理…多少 → 办结了多少 → 还有几件没办结: of what was accepted (41 − 39), not what was received;
    公开, a word inside the thing's name (政府信息公开申请), tells no whole apart."""
    context = None
    for q in ("杉渚市民政局受理政府信息公开申请多少件？", "办结了多少？"):
        context = bureau.answer(q, context).context or context
    a = bureau.answer("还有几件没办结？", context)
    assert values(a)[:1] == [2], a.answer


def test_newly_received_is_received(two_cities):
    """新收案件N件 (actions.tsv: 新收 on 收到's line): 收到多少件 is answered by it."""
    assert values(two_cities.answer("兰水市2024年全市行政复议机关收到多少件案件")) == [1200]
