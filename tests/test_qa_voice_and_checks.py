"""Questions as voice input and chat write them, on the shipped report: a word taken back in a
run-on sentence (复议不对是行政诉讼), a rough figure (二十几个, 五千多回吧) or a figure checked by a yes/no
question (是不是将近八百人次), what the thing counted underwent (接受检查的企业) or what an action was for
(下放到基层去办理的), and a share of what a quality leaves (核验不正常的比例)."""

import pytest

from kg.config import Config
from kg.qa import _default_engine, ask


def values(a):
    return [f.value for f in a.facts]


def reader():
    return _default_engine(Config()).reader


@pytest.mark.parametrize("q,gold", [
    ("涉区政府的行政复议不对是行政诉讼案件一共几件", 5),
    ("全区排查纠纷不对应该是化解纠纷一共多少件", 85),
    ("区里专兼职的调解组织不对是调解员一共有多少名", 333),
])
def test_a_word_taken_back_in_a_run_on_sentence_gives_way_to_its_correction(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_a_correction_needs_its_mark_and_what_follows():
    # 不对外: no correction (the mark is followed by no 是), the words stand
    assert "对外" in reader().read("不对外公开的事项有多少").text


@pytest.mark.parametrize("q,gold", [
    ("合格执法主体公示了二十几个吧准确是几个", 21),
    ("区里化解的重点信访事项六十几件吧具体几件", 61),
    ("法律明白人全区培育了一百三十几个具体多少", 137),
    ("安全整治里检查企业多少回，五千多回吧", 5278),
])
def test_a_rough_figure_beside_the_count_asked_is_the_askers_guess(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_a_number_then_ji_is_rough_not_a_second_count():
    r = reader().read("全科无差别受理事项四百六十几项吧准确多少项")
    assert r.slots == 1 and not any(t.startswith(("四百", "460")) for t in r.tokens), r


@pytest.mark.parametrize("q,gold", [
    ("政治轮训是不是786人次", 786),
    ("政法干警政治轮训是不是接近八百人次", 786),
    ("政治轮训是不是4场", 4),
])
def test_a_figure_checked_by_yes_or_no_is_asked_back_in_its_unit(q, gold):
    # (the unit checked is the one asked: 786人次, never the 4场 of the same clause)
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


@pytest.mark.parametrize("q,gold", [
    ("接受了会计信息质量监督的单位一共几家", 4),
    ("接受了會計信息質量監督的單位一共幾家", 4),
    ("对接受过检查的企业回访，覆盖面有百分之几", 60),
])
def test_what_the_thing_counted_underwent_is_no_action_of_its_own(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_accepting_a_thing_stays_the_action_of_accepting():
    r = reader().read("法律援助中心接受了多少件申请")
    assert "受理" in r.tokens, r.tokens


@pytest.mark.parametrize("q,gold", [
    ("下放到基层去办理的政务服务事项一共几项", 215),
    ("进驻区政务服务中心办理的事项一共多少项", 697),
])
def test_a_verb_of_handling_after_an_action_says_what_it_is_for(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_a_share_of_what_a_quality_leaves_is_computed_from_the_stated_rate():
    a = ask("备案系统核验不正常的比例是多少")
    assert a.answered and a.facts[0].computed and a.facts[0].value == pytest.approx(8.77), a.answer
    a = ask("回访没覆盖到的受检企业占多大比例？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == pytest.approx(40), a.answer
    # (不属于 / 不是: a word of being, no quality — never read as what is left undone)
    assert "未属于" not in reader().read("进驻事项中不属于全科受理的占比").text


def test_which_aspects_asks_the_items_not_their_count():
    a = ask("报告里提到的不足有哪几方面")
    assert a.answered and a.kind == "list" and "基层法治机构" in a.answer, a.answer
    a = ask("报告里的问题有几个")
    assert a.answered and values(a) == [3], a.answer


@pytest.mark.parametrize("q,gold", [
    ("政协提案一共办了四十件还是四十几件啊", 40),
    ("学习研讨开展了几次，八次还是九次", 8),
])
def test_two_figures_offered_as_a_choice_are_the_askers_guesses(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_a_choice_between_two_things_is_no_guess():
    # (收到32件还是办结28件: two things, not two guesses of one — never read as 收到多少件)
    assert not ask("行政复议收到32件还是办结28件").answered


def test_an_english_story_before_the_question_is_set_aside_but_a_topic_is_not():
    a = ask("We run a small shop: how many items are on the district's 行政检查事项清单?")
    assert a.answered and values(a) == [500], a.answer
    # (For Tiexi's 智能备案 system: — a topic the question is about, no story of the asker's)
    r = reader().read("For Tiexi's 智能备案 system: how many filings in total?")
    assert "智能备案" in r.text, r.text


def test_a_spoken_filler_names_nothing():
    a = ask("呃那个政务服务事项一共多少项就是总数")
    assert a.answered and values(a) == [721], a.answer


def test_a_negation_opening_a_word_of_its_own_is_no_share_left():
    # 非法用地的比例: a share of illegal land use, never what is left of a 法用地 share
    assert "非法" in reader().read("非法用地的比例是多少").text
