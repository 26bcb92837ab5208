"""How the asker wants the answer given (直接给数字, 一句话回答), a follow-up announced (刚才说的…), a
purpose before the question (为了…), a round figure heard and asked back (三百来名), and two figures
compared by their height (比…高几个百分点, 哪个低，低多少, A和B相差几个), on the shipped report."""

import pytest

from kg.config import Config
from kg.qa import _default_engine, ask


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("q,gold", [
    ("行政复议申请收到多少件？直接给数字", 32),
    ("法律援助中心受理了多少件，一句话回答", 328),
    ("刚才说的行政复议，办结了几件？", 28),
    ("接着上一个问题：法律援助中心受理多少件", 328),
    ("为了方便群众办事，区政务服务中心进驻了多少项事项？", 697),
    ("听说全区有三百来名调解员，确切数字呢？", 333),
])
def test_the_wrapping_is_no_part_of_what_is_asked(q, gold):
    a = ask(q)
    assert a.answered and gold in values(a), a.answer


def test_two_rates_compared_by_height_differ_in_points():
    a = ask("全程网办事项占比和系统正常核验率，哪个高？高多少个百分点？")
    assert a.answered and values(a)[0] == pytest.approx(3.85) and a.facts[0].unit == "个百分点", a.answer
    a = ask("系统正常核验率比进驻率低几个百分点")
    assert a.answered and values(a)[0] == pytest.approx(5.44), a.answer
    # (a gap asked of two things named before it)
    assert values(ask("公安派驻调解室和法院派驻调解室化解纠纷相差几件"))[0] == 13


def test_a_verb_of_raising_is_no_comparison_of_height():
    # 提高 holds 高: read as what it says, never as 提多 (the report states no change: declined)
    r = _default_engine(Config()).reader.read("隐患整改率比上年提高了几个百分点")
    assert "提高" in r.text and "difference" not in r.cues


def test_a_measure_noun_keeps_the_counter_that_closes_a_word():
    # 进驻|事项|数: the things counted are 事项 (项数 is no measure cut out of them)
    a = ask("进驻事项数比无差别全科受理事项数多多少项？")
    assert a.answered and values(a)[0] == 232, a.answer
    assert 337 in values(ask("执法人员培训人次数"))


def test_which_of_the_things_named_is_largest_or_smallest():
    a = ask("进驻率、无差别全科受理事项占比、全程网办事项占比，这三个百分比里哪个最低？")
    assert a.answered and a.kind == "entity" and a.answer.split("：")[0].endswith("无差别全科受理事项占比最低"), a.answer
    assert sorted(f.value for f in a.facts) == [66.71, 95.08, 96.67]
    a = ask("公安派驻调解室和法院派驻调解室，哪个化解纠纷最多")
    assert a.answered and "法院派驻调解室最多" in a.answer, a.answer
    # (measures that differ are never compared: 件 against 名)
    assert not ask("法律援助案件、专兼职调解员，哪个最多").answered
