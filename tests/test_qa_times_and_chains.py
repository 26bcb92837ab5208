"""A province 司法厅's report (tests/fixtures/qa/qiaoyang-sft-2024) and the shipped one: the verbs of a
clause ending in 前 are a time, not an action asked (作出决策之前…征求意见多少日), unless what a figure of
the sentence counts happened then (新划入事项之前已有多少项); what a figure of the paragraph's lead did
(直接纠错N件) is no word of a later sentence's figures; two steps of one thing (新收N件，办结M件) are two
figures; prepositions and a word of manner before a verb ask nothing, before a noun 重点 names a kind; a
lead sentence about the same thing is a statement beside a figure, not its topic; another item of a run
(一是…；二是…) is no figure's context; a topic clause before the pieces of a question is their words;
"by how many" asks a difference."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.config import Config
from kg.qa import _default_engine, ask


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "qiaoyang-sft-2024")


def test_the_verbs_of_a_clause_of_before_are_a_time(bureau):
    a = bureau.answer("峤阳省司法厅作出重大行政决策前，公开征求意见的期限最少多少日")
    assert a.answered and values(a) == [30], a.answer


def test_a_time_before_what_a_figure_counts_asks_the_count_before_it(bureau):
    assert declined(bureau.answer("峤阳省2024年新划入行政许可事项之前，已经集中行使了多少项行政许可"))
    assert values(bureau.answer("峤阳省2024年新划入了多少项行政许可事项")) == [38]


def test_what_a_figure_of_the_paragraphs_lead_did_is_no_later_figures_word(bureau):
    assert declined(bureau.answer("峤阳省全省各级行政复议机构2024年直接纠错多少件"))
    assert values(bureau.answer("峤阳省全省各级行政复议机构2024年新收行政复议申请多少万件")) == [3.12]


def test_two_steps_of_one_thing_are_two_figures(bureau):
    # 新收N件，办结M件: the second borrows the thing the first's body took (申请), not its verb
    a = bureau.answer("峤阳省全省各级行政复议机构2024年办结了多少万件行政复议申请")
    assert values(a) == [2.95], a.answer
    assert "新收" not in a.facts[0].indicator, a.facts[0].indicator
    assert declined(bureau.answer("峤阳省全省各级行政复议机构2024年新收的申请中办结了多少万件"))


def test_a_preposition_asks_nothing(bureau):
    a = bureau.answer("峤阳省司法厅针对行政执法人员举办了几期培训班")
    assert a.answered and values(a) == [12], a.answer


def test_a_word_of_manner_asks_nothing_before_a_verb_and_names_a_kind_before_a_noun():
    reader = _default_engine(Config()).reader
    assert "重点" not in reader.read("区里重点推进了哪些工作").tokens
    assert "重点" in reader.read("政协提案里的重点提案有几件").tokens
    assert declined(ask("政协提案里的重点提案有几件"))
    assert values(ask("重点信访事项区里化解了几件")) == [61]


def test_a_whole_the_asker_counts_is_no_siblings():
    # 40件政协提案中…: the 人大代表建议 beside them in the report's clause is not among them
    assert declined(ask("40件政协提案中提案占几件"))


def test_a_lead_sentence_of_the_same_thing_is_a_statement_beside_the_figure(bureau):
    # 受理设区市报送的规范性文件N件。审查省政府部门报备的规范性文件M件: 设区市 is the first's, not M's
    assert declined(bureau.answer("峤阳省司法厅2024年代省政府审查了多少件设区市报备的规范性文件"))
    assert values(bureau.answer("峤阳省司法厅2024年代省政府审查了多少件省政府部门报备的规范性文件")) == [88]


def test_a_topic_before_the_pieces_asked_is_their_words(bureau):
    # 某省的跨域通办，事项多少项、业务多少件: the items of 跨域通办, not the first 项 figure of the report
    a = bureau.answer("峤阳省的跨域通办，2024年事项有多少项、办了多少件业务")
    assert sorted(values(a)) == [64, 1520], a.answer


def test_by_how_many_asks_a_difference_never_one_side(bureau):
    assert declined(bureau.answer("By how many 万件 did new applications in 峤阳省 exceed those concluded in 2024?"))


def test_another_item_of_a_run_is_no_figures_context(bureau):
    # 一是…可办复议事项少于40项；二是“跨域通办”申请渠道…: the second item's words are not the 40's
    rep = next(iri for iri in bureau.cat.figures if "qiaoyang" in iri)
    forty = next(o for o in bureau.cat.figures[rep] if o.value == 40)
    assert "跨域通办" not in bureau.evidence.words(forty).context


def test_a_year_before_a_scene_is_no_count_the_asker_gives(bureau):
    # 2024年的行政处罚中…: the year's digits state no whole; the parts after 其中 are its parts
    a = bureau.answer("峤阳省司法厅2024年的行政处罚中，简易程序和一般程序各多少件")
    assert sorted(values(a)) == [11, 21], a.answer


def test_a_body_named_with_its_place_given_apart_is_the_part_named(bureau):
    # 其中省法律援助中心受理M件, asked as 峤阳省法律援助中心: the part the question names
    assert values(bureau.answer("峤阳省法律援助中心受理法律援助案件多少件")) == [640]


def test_a_count_and_a_bound_of_one_name_asked_with_no_unit_is_declined(bureau):
    # 全省仍有5个机构可办事项少于40项: asked with no unit, either figure would be a guess
    assert declined(bureau.answer("峤阳省2024年仍有县级复议机构可办复议事项少于的有多少"))
    assert values(bureau.answer("峤阳省2024年可办复议事项少于40项的县级复议机构有几个")) == [5]


def test_which_few_asks_names_never_their_count(bureau):
    # 下辖哪几个设区市: which ones — a clause that gives only their count (下辖14个设区市) names none
    assert declined(bureau.answer("峤阳省下辖哪几个设区市"))


def test_a_title_ending_makes_one_word_with_the_noun_before_it(bureau):
    # 网格|长: the one who heads it, never the thing (nor the 网格员 who staff it)
    assert "网格长" in bureau.reader.read("峤阳省有多少名网格长").tokens


def test_a_total_of_several_years_answers_no_question_of_one(bureau):
    # 近三年累计培训N人次，2024年培训M人次: the year's is M; N answers only the span asked
    assert values(bureau.answer("峤阳省司法厅2024年培训行政执法人员多少人次")) == [3600]
    assert values(bureau.answer("峤阳省司法厅近三年累计培训行政执法人员多少人次")) == [9800]


def test_a_year_in_brackets_after_a_figure_is_its_year(bureau):
    # 败诉1件（2023年），2024年未发生…: the 1 is of 2023, never the report year's
    a = bureau.answer("峤阳省司法厅2024年厅本级行政诉讼败诉案件有几件")
    assert not a.answered or 1 not in values(a), a.answer


def test_a_thing_asked_of_the_year_after_the_report_is_asked_of_its_plans(bureau):
    # 2025年常态化开展什么 of a 2024 report: only its plans tell of 2025; a thing done is never the answer
    a = bureau.answer("峤阳省司法厅2025年常态化开展什么评查")
    assert a.answered and "复议案卷交叉评查" in a.answer, a.answer
    assert declined(bureau.answer("峤阳省司法厅2025年新设了什么中心"))
