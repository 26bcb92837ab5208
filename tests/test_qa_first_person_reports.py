"""A head of government's own report of the genre (述法报告, tests/fixtures/qa/anqi-sf-2025): told in the
first person (本人主持召开…), its problems and plans in paragraphs with no heading (回顾一年来…还存在一些
差距：一是… / 2026年，本人将…：一是…); and a place no report holds named run into its body (某某县政府)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.config import Config
from kg.extract.text import parse_structure
from kg.lexicon import load_lexicon


@pytest.fixture(scope="module")
def county(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "anqi-sf-2025")


def test_the_authors_office_answers_for_the_first_person(county):
    assert values(county.answer("桉杞县县长2025年主持召开了多少次县政府常务会议")) == [18]
    assert values(county.answer("桉杞县县长本人出庭应诉了几次")) == [2]
    # (the figures of others stay theirs: the whole county's rate is no 县长's own)
    assert values(county.answer("桉杞县行政机关负责人出庭应诉率")) == [100]


def test_a_body_of_the_places_level_named_by_one_character_stays_asked(county):
    # 县委's study group is not the 县政府党组's the report counts
    assert declined(county.answer("桉杞县委理论学习中心组开展了几次法治专题学习"))
    assert values(county.answer("桉杞县政府党组理论学习中心组开展了几次法治专题学习")) == [5]


def test_unheaded_paragraphs_open_the_problems_and_the_plans(county):
    assert declined(county.answer("桉杞县2025年乡镇综合行政执法人员持证率是多少"))
    assert values(county.answer("桉杞县2026年乡镇综合行政执法人员持证率要达到多少")) == [96]
    a = county.answer("桉杞县在履职方面还存在哪些差距")
    assert a.answered and "督促指导" in a.answer, a.answer


@pytest.mark.parametrize("text,roles", [
    # a work part's paragraph of its own year, or naming problems only as what was acted on, opens nothing
    ("一、依法行政。2025年，县政府将法治建设纳入考核：一是…。\n针对存在的问题，采取以下措施：一是…。", ["work"]),
    ("一、依法行政。全年办理案件3件。\n回顾一年来的工作，还存在一些不足：一是…。\n2026年，我们将重点做好以下工作：一是…。",
     ["work", "problems", "plans"]),
])
def test_which_paragraphs_open_a_part_of_their_own(text, roles):
    lexicon = load_lexicon(Config().lexicon_dirs)
    structure = parse_structure("某县关于2025年法治政府建设情况的报告\n" + text, lexicon)
    assert [s.role for s in structure.sections if s.level == 1] == roles


def test_a_place_no_report_holds_run_into_its_body_is_told_so(county):
    a = county.answer("蕖隰县政府2025年收到多少件行政复议申请")
    assert declined(a) and "蕖隰县" in a.answer, a.answer


def test_the_rest_is_of_the_whole_in_its_own_clauses(county):
    # 制发N件…；清理M件，废止…、修改…，其余继续有效: the whole is the M after the ；, never the N before it
    a = county.answer("桉杞县清理的文件中继续有效的有多少件")
    assert a.answered and a.facts[0].value == 84, a.answer


def test_a_figure_of_a_part_answers_no_question_of_the_whole(county):
    # 其中县政务服务中心受理N件，全部办结: the part's own, every one of them done — not the county's 办结
    assert values(county.answer("桉杞县办结了多少件行政许可申请")) == [1102]
    assert values(county.answer("桉杞县政务服务中心受理了多少件行政许可申请")) == [980]


def test_an_action_word_inside_a_body_the_question_names_is_not_asked(county):
    # 涉林纠纷调解室受理了几起: 受理 asked, not the 调解 of the room's name (its 调解成功 M is no answer)
    assert values(county.answer("桉杞县柘岭镇涉林纠纷调解室受理了多少起纠纷")) == [31]
    assert values(county.answer("桉杞县柘岭镇涉林纠纷调解室调解成功多少起纠纷")) == [29]


def test_common_characters_before_a_body_make_no_place(county):
    r = county.reader.read("我去年3月找过县法律援助中心，县政府收到多少件行政复议申请")
    assert r.unknown_region is None, r.unknown_region


def test_what_is_left_is_of_the_whole_place_or_of_the_part_named(county):
    # 受理N件，办结M件，其中县政务服务中心受理K件，全部办结: the county's N − M; the part's K − K
    a = county.answer("桉杞县受理的行政许可申请中有多少件没有办结")
    assert a.answered and a.facts[0].value == 18, a.answer
    a = county.answer("桉杞县政务服务中心受理的行政许可申请中有多少件没有办结")
    assert a.answered and a.facts[0].value == 0, a.answer


def test_what_an_action_came_to_must_be_asked(county):
    # 受理N起，调解成功M起: 调处了多少起 asks no success — M is not its answer (and N is 受理's)
    assert declined(county.answer("桉杞县柘岭镇涉林纠纷调解室调处了多少起纠纷"))
    assert values(county.answer("桉杞县柘岭镇涉林纠纷调解室调解成功多少起纠纷")) == [29]


def test_a_verb_of_saying_frames_a_plan(county):
    # 县长提出2026年…要达到: the saying frames the plan, no word the figure must hold
    assert values(county.answer("桉杞县县长提出2026年乡镇综合行政执法人员持证率要达到多少")) == [96]
    # (…where no plan or intent is asked, 提出 stays a word of the question)
    assert "提出" in county.reader.read("桉杞县提出了多少条法律意见").tokens


def test_a_verb_of_saying_is_a_frame_only_before_a_year_or_an_intent(county):
    # 计划提出多少条: what is put forward is asked, 提出 stays
    assert "提出" in county.reader.read("桉杞县计划提出多少条法律意见").tokens
