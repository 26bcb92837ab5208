"""A town's report, bodies named beside what they issue, a publisher's name by its level alone,
sums written with 加, plans said to be plans, and the wrapping words jieba tags as pronouns."""

import pytest
from test_qa_scope_and_plans import FIXTURE, engine_over

from kg.qa.handlers import compares
from kg.qa.phrasing import PLANNED
from kg.qa.segment import light_by_pos
from kg.report import load_report


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "baiyang-town-2024", "yuquan-sifa-2024")


def values(a):
    return [f.value for f in a.facts]


def test_a_town_report_is_of_the_town_in_its_county():
    """Level ``town``: the place is the town its publisher names, the county above it."""
    rep = load_report(FIXTURE / "baiyang-town-2024.json")
    assert (rep.region, rep.city, rep.level) == ("白杨镇", "柏川县", "town")


def test_a_town_is_found_by_its_name(engine):
    a = engine.answer("白杨镇2024年受理了多少件矛盾纠纷")
    assert a.answered and values(a) == [186] and "白杨镇" in a.answer, a.answer
    b = engine.answer("柏川县白杨镇调解成功了几件纠纷")
    assert values(b) == [179], b.answer


def test_another_town_is_no_answer(engine):
    a = engine.answer("红石镇2024年受理了多少件矛盾纠纷")
    assert not a.answered and not a.facts, a.answer


def test_a_sum_with_jia_adds_both_and_never_an_outcome(engine):
    """行政复议加行政诉讼: 加 joins the parts; the plain count, not 败诉0件, is 行政诉讼's."""
    a = engine.answer("白杨镇行政复议加行政诉讼一共多少件")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 6, a.answer
    b = engine.answer("白杨镇行政诉讼有几件")
    assert values(b) == [2], b.answer


def test_a_body_beside_what_it_issues_names_its_source(engine):
    """县法院发的司法建议: the court issues them; the town's figure answers."""
    a = engine.answer("县法院发的司法建议，白杨镇回复率是多少")
    assert a.answered and values(a) == [100], a.answer
    b = engine.answer("白杨镇对法院的司法建议回复率是多少")
    assert values(b) == [100], b.answer


@pytest.mark.parametrize("q", [
    "白杨镇县法院调解成功了几件纠纷",     # 调解 is no thing a court issues: the town's figure is not the court's
    "县法院收到多少件司法建议",           # the court acting (收到), not named as the suggestions' source
])
def test_a_body_not_beside_what_it_issues_is_asked_for_itself(engine, q):
    a = engine.answer(q)
    assert not a.answered, a.answer


def test_a_question_asked_again_keeps_its_scene(engine):
    """有没有没回复的？有几件？ — the second sentence asks the first again (its scene too), never a zero
    of something else."""
    a = engine.answer("白杨镇收到的司法建议有没有没回复的？有几件？")
    assert a.answered and 0 in values(a) and all(f.indicator.find("败诉") < 0 for f in a.facts), a.answer
    first = engine.answer("白杨镇收到的司法建议里，有没有没回复的？")
    again = engine.answer("有几件？", context=first.context)
    assert not again.answered or all("败诉" not in f.indicator for f in again.facts), again.answer


def test_a_publisher_by_its_level_alone_is_not_read_inside_another_place(engine):
    """青石市司法局: 市司法局 ends another city's name, never 玉泉市司法局's report."""
    a = engine.answer("2024年青石市司法局市本级收到行政复议申请多少件")
    assert not a.answered and not a.facts, a.answer
    b = engine.answer("2024年市司法局市本级收到行政复议申请多少件")
    assert values(b) == [214], b.answer


def test_a_plan_answer_says_it_is_a_plan(engine):
    a = engine.answer("白杨镇2025年计划新培养多少名法律明白人")
    assert a.answered and values(a) == [40] and a.answer.endswith(PLANNED), a.answer
    b = engine.answer("白杨镇新培养了多少名法律明白人")
    assert not b.answered, b.answer


def test_pronouns_and_particles_are_no_content(engine):
    """咱 / 我家 / 啥 / 来着: jieba's pronouns and particles, which no list of the lexicon gives a role."""
    assert {"咱", "我家", "啥"} <= light_by_pos()
    a = engine.answer("咱白杨镇受理了啥矛盾纠纷，多少件来着")
    assert values(a) == [186], a.answer
    # a pronoun that picks out a part (其余, 各级) stays content; so does a word the lexicon gives a role
    assert not {"其余", "各级", "每年"} & light_by_pos()
    assert "其中" not in engine.reader.stopwords or "其中" in engine.lx.stopwords


def test_a_difference_of_two_actions_is_computed_or_declined_never_one_figure(engine):
    """受理比调解成功多多少: two actions compared (no noun between 比 and 多), computed from both."""
    a = engine.answer("白杨镇受理的纠纷比调解成功的多多少件")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 7, a.answer
    b = engine.answer("In 白杨镇, how many more 信访事项 were 新收 than 审结?")
    assert b.answered and b.facts[0].computed and b.facts[0].value == 4, b.answer
    # 新收比审结多: a comparison of two actions, which one figure never answers (handlers.compares)
    assert compares(engine, "信访事项新收比审结多多少") and not compares(engine, "信访事项占比有多高")


def test_a_plan_word_counts_only_as_a_word(engine):
    """一共划分 (normalised 合计划分) holds no 计划: a result, not a plan."""
    a = engine.answer("白杨镇一共划分了多少个网格")
    assert values(a) == [58], a.answer


def test_a_list_before_the_verb_is_where_not_what_is_counted(engine):
    """在门户网站和公开栏上发了多少条政务信息: one figure states both places (…和村级公开栏发布政务信息N条),
    and 信息, after its verb, is what it counts."""
    a = engine.answer("白杨镇在门户网站和公开栏上一共发了多少条政务信息")
    assert values(a) == [210], a.answer


def test_a_measure_alone_after_a_question_is_of_its_subject(engine):
    """收到司法建议多少件？回复率多少？ — the rate is of the thing before, and asks no 件."""
    a = engine.answer("白杨镇收到司法建议多少件？回复率多少？")
    assert values(a) == [3, 100], a.answer


def test_a_rate_beside_a_count_is_asked_as_a_rate(engine):
    """调解成功件数和调解成功率: the rate's part asks %, and lends the bare verb no subject."""
    a = engine.answer("白杨镇调解成功件数和调解成功率分别多少")
    assert values(a) == [179, 96.2], a.answer


def test_a_word_of_the_sentence_outside_the_clause_is_the_figures_too(engine):
    """学习贯彻习近平法治思想，开展学习研讨N次、法治讲座M场: 法治 stands outside the clause its sibling
    法治讲座 shares, so it is the sentence's, and 学习研讨's; a word only in the sibling stays theirs."""
    a = engine.answer("白杨镇学习贯彻习近平法治思想开展学习研讨多少次")
    assert values(a) == [6], a.answer
    b = engine.answer("白杨镇学习研讨和法治讲座一共多少次")
    assert not b.answered or b.facts[0].computed, b.answer


def test_a_figure_reached_by_ways_listed_together_is_not_one_ways(engine):
    """通过坐班接访、带案下访处理…N件次: the ways jointly; one of them alone is a part not broken out."""
    a = engine.answer("白杨镇领导带案下访处理了多少件次")
    assert not a.answered, a.answer
    for q in ("白杨镇领导通过坐班接访、带案下访处理信访事项多少件次", "白杨镇领导坐班接访、带案下访这些共处理多少件次"):
        assert values(engine.answer(q)) == [37], q


@pytest.fixture(scope="module")
def county(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "songtao-county-2024")


def test_a_towns_figure_answers_only_for_that_town(county):
    assert values(county.answer("松涛县蓼汀镇2024年调处纠纷多少件")) == [212]
    assert values(county.answer("松涛县2024年调处纠纷多少件")) == [1320]
    a = county.answer("松涛县石滩乡2024年调处纠纷多少件")      # the town named has no such figure
    assert not a.answered, a.answer


def test_a_town_no_dictionary_knows_is_still_a_place(county):
    """鹬|沔|乡: characters jieba cuts one by one are one name before 乡."""
    a = county.answer("松涛县鹬沔乡2024年调处纠纷多少件")
    assert not a.answered and "鹬沔乡" in a.answer, a.answer


def test_a_rates_gap_to_100_is_computed(engine):
    """调解成功率离100%还差多少 / 距离百分之百还差几个百分点: 100 − the rate, marked computed."""
    for q in ("白杨镇调解成功率离100%还差多少", "白杨镇调解成功率距离百分之百还差几个百分点"):
        a = engine.answer(q)
        assert a.answered and a.facts[0].computed and a.facts[0].value == 3.8, a.answer
    b = engine.answer("白杨镇受理矛盾纠纷离100%还差多少")      # no rate: never the count itself
    assert not b.answered, b.answer


def test_a_difference_asked_in_words_is_never_one_side(engine):
    """还差多少到200件: a gap asked (GAP_ASKED), which the count alone is not."""
    a = engine.answer("白杨镇受理矛盾纠纷还差多少到200件")
    assert not a.answered or a.facts[0].computed, a.answer


def test_a_provinces_department_is_known_by_its_everyday_name(tmp_path_factory, config):
    """环保厅 / 环保系统 for 生态环境厅 (departments.tsv): its own report, never an unknown word."""
    eng = engine_over(tmp_path_factory, config, "cuiping-sthjt-2023")
    a = eng.answer("翠屏省环保厅2023年持证的执法人员有多少名")
    assert values(a) == [4210], a.answer


def test_a_provinces_cities_are_parts_of_its_figures(tmp_path_factory, config):
    """其中，蓟沅市…立案N宗: in a province's report a city is a part, named whole however jieba cuts it;
    the province's figure answers no question naming a city, and each city's answers only for it."""
    eng = engine_over(tmp_path_factory, config, "cuiping-sthjt-2023")
    assert values(eng.answer("翠屏省2023年蓟沅市和荪溪市分别立案多少宗环境违法案件")) == [88, 61]
    assert values(eng.answer("翠屏省2023年荪溪市立案多少宗")) == [61]
    assert values(eng.answer("翠屏省2023年全省立案查处环境违法案件多少宗")) == [640]
    a = eng.answer("翠屏省2023年苕岚市立案多少宗环境违法案件")
    assert not a.answered, a.answer


def test_a_rate_is_computed_only_over_a_whole_of_the_same_thing(tmp_path_factory, config):
    """纠错率 of 复议: 因信息公开引发的行政复议被纠错0件 is no part of the 信息公开申请 beside it; and a
    second question of a message (…败诉率又是多少) is of the first one's report and subject."""
    eng = engine_over(tmp_path_factory, config, "cuiping-sthjt-2023")
    a = eng.answer("翠屏省生态环境厅2023年行政复议纠错率是多少")
    assert 128 not in values(a) and not any(f.computed for f in a.facts), a.answer
    b = eng.answer("翠屏省生态环境厅2023年行政诉讼审结了多少件？败诉率又是多少？")
    assert values(b) == [20, 5], b.answer
    # …and a question of its own in a conversation, naming no place, is of the conversation's report
    first = eng.answer("翠屏省生态环境厅2023年持证执法人员有多少名")
    c = eng.answer("以厅为被告的行政诉讼败诉率是多少", context=first.context)
    assert c.answer.startswith("据翠屏省生态环境厅2023年报告") and 5 in values(c), c.answer


def test_everyday_wording_of_happening_differences_and_adverbs(engine):
    """出过几起事故 (a stated none answers happening at all); 比…多出多少 (多出 asks the difference);
    收到多少、又办结多少 (又 beside the verb names no subject of its own)."""
    assert values(engine.answer("白杨镇2024年出过几起安全生产事故")) == [0]
    a = engine.answer("白杨镇受理的矛盾纠纷比调解成功的多出多少件")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 7, a.answer
    b = engine.answer("白杨镇信访事项一年新收多少件、又审结了多少件？")
    assert values(b) == [52, 48], b.answer


def test_a_departments_own_level_is_the_department_asked(tmp_path_factory, config):
    """厅本级收到N件 in the 厅's own report answers 翠屏省生态环境厅收到几件; 全省 asked, it does not."""
    eng = engine_over(tmp_path_factory, config, "cuiping-sthjt-2023")
    assert values(eng.answer("翠屏省生态环境厅2023年一共收到几件行政复议申请？")) == [11]
    a = eng.answer("翠屏省2023年全省收到几件行政复议申请？")
    assert not a.answered and not a.facts, a.answer


def test_another_body_named_is_not_the_publishers_own_level(tmp_path_factory, config):
    """厅本级收到…N件 in the 厅's report answers the 厅 asked (its own level), never another body the
    question names (翠屏省人民政府 is not the 厅, by none of its names)."""
    eng = engine_over(tmp_path_factory, config, "cuiping-sthjt-2023")
    assert values(eng.answer("翠屏省环保厅2023年收到行政复议申请多少件")) == [11]
    a = eng.answer("翠屏省人民政府2023年收到行政复议申请多少件")
    assert not a.answered, a.answer
