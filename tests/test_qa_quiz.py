"""Quiz and exam items, on the shipped report: the item's kind (【单选题】, 填空题：, 判断题：) says nothing of
what is asked; the options offered (A. … B. …, 备选：…) are set aside, the answer being the report's
figure; a blank before a unit asks how many; a statement to judge asks back each figure it gives; a
thing asked of the plans is never answered with a sentence of the work done."""

import pytest

from kg.config import Config
from kg.qa import _default_engine, ask


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("q,gold", [
    ("【单选题】铁西区2025年化解重点信访事项多少件？A. 16件 B. 61件 C. 143件 D. 96件", [61]),
    ("选择题：区法律援助中心受理案件多少件？（备选：238、328、382）", [328]),
    ("填空题：法律“七进”活动共开展____场次。", [124]),
    ("判断题：2025年区长信箱处理来信62条。", [26]),
])
def test_a_quiz_item_asks_what_the_report_states(q, gold):
    a = ask(q)
    assert a.answered and values(a) == gold, a.answer


def test_the_options_and_the_askers_figure_are_never_the_answer():
    # (a statement to judge gives a wrong figure: its number is asked back, never quoted)
    r = _default_engine(Config()).reader.read("判断题：2025年区长信箱处理来信62条。")
    assert "62" not in r.text, r.text
    r = _default_engine(Config()).reader.read("单选：诉前调解案件多少件？A. 1050 B. 1250")
    assert "1050" not in r.text and "1250" not in r.text, r.text


def test_a_thing_asked_of_the_plans_is_never_a_sentence_of_the_work_done():
    a = ask("2026年铁西区打算新设什么涉企行政执法监督联络点")
    assert not a.answered, a.answer
