"""Questions from inside the government, on the shipped report: an asker who introduces their body
(我是区司法局的 / 我刚调到区检察院) and then says 我们局 / 我们院 asks that body's figures — never another's
(我们院 of a 检察院 is no 法院); a label of the asker's own task before a colon (写总结：, 帮领导写讲话稿：)
asks nothing; one of several asked by itself (四次专项整治里光我们这一项) is no figure of them all; and
"which N" of a thing (哪四乱) asks its items, never a body."""

import pytest

from kg.qa import ask


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("q, gold", [
    ("我是区司法局的，我们局去年收到多少件行政复议申请", [32]),
    ("我刚分到公安分局，我们公安派驻的调解室去年化解了多少件纠纷", [36]),
    ("我刚调到区法院，我们院派驻的调解室去年化解了几件纠纷", [49]),
])
def test_the_askers_own_body_is_the_one_they_introduced(q, gold):
    a = ask(q)
    assert a.answered and values(a) == gold, a.answer


def test_an_introduced_body_the_report_does_not_count_for_is_declined():
    # 我们院 of a 检察院: the 法院's 调解室 is another body's
    assert not ask("我刚到区检察院，我们院派驻的调解室去年化解了多少件纠纷").facts


@pytest.mark.parametrize("q, gold", [
    ("写材料：去年组织开展“政府开放日”活动多少场", [23]),
    ("整理汇报材料：去年处理区长信箱来信多少条", [26]),
])
def test_a_label_of_the_askers_task_asks_nothing(q, gold):
    a = ask(q)
    assert a.answered and values(a) == gold, a.answer


def test_one_of_several_asked_by_itself_is_no_figure_of_them_all():
    assert not ask("四次专项整治里，光我们这一项行动检查了多少次企业").facts
    assert values(ask("四次专项整治一共检查了多少次企业")) == [5278]


def test_which_n_of_a_thing_asks_its_items_never_a_body():
    a = ask("“四乱”执法里的“四乱”，具体是哪四乱")
    assert not a.answered or "区政府" not in a.answer, a.answer
    b = ask("被优化职能的区属服务中心是哪一个")
    assert b.answered and "区宗教事务服务中心" in b.answer, b.answer


@pytest.mark.parametrize("q, gold", [
    ("我是市里来的联络员，你们区去年诉前调解的案件有多少件", [1150]),
    ("上级要数：你们区司法局去年收到行政复议申请多少件", [32]),
    ("As the newbie here, how many 诉前调解案件 did 铁西区 have in 2025?", [1150]),
])
def test_an_outsider_names_the_place_asked_in_the_second_person(q, gold):
    # 你们区 is the report's place, as 咱们区 is; a liaison's role told in English asks nothing
    a = ask(q)
    assert a.answered and values(a)[:1] == gold, a.answer
