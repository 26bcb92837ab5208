"""Requests rather than questions: a chatbot's structured prompt (任务：/指标：/口径：/输出：), request verbs
(请提取, 输出, 返回, 给出), notes on the answer's form ((单位：项), 仅输出数值, 保留两位小数); and coordinated
requests — several things each in several units, a measure noun closing one part only."""

import pytest
from test_qa_scope_and_plans import values

from kg.qa import ask


@pytest.mark.parametrize("q, gold", [
    ("指标：系统正常核验率；口径：2025年，全区；输出：百分比数值。", [91.23]),
    ("任务：从报告中提取指标“无差别全科受理事项数量”（单位：项），仅输出数值。", [465]),
    ("字段：检查企业次数；返回数值。", [5278]),
    ("请提取：2025年矛盾纠纷排查次数。", [2937]),
    ("请返回2025年全年诉前调解案件数量，单位：件。", [1150]),
    ("请给出政务服务向基层下放事项的数量。", [215]),
])
def test_a_structured_request_asks_what_its_labels_frame(q, gold):
    assert values(ask(q)) == gold, ask(q).answer


def test_the_labels_frame_never_lets_a_near_figure_through():
    """指标：…风险评估时限: the label is set aside, the evidence check is not."""
    a = ask("指标：风险评估时限；口径：2025年，全区；输出：数值。")
    assert not a.answered and not a.facts, a.answer


@pytest.mark.parametrize("q, gold", [
    ("政法干警政治轮训和执法人员培训的场次和人次分别是多少", [4, 786, 5, 337]),
    ("請列出政法幹警政治輪訓和執法人員培訓各自的場次與人次。", [4, 786, 5, 337]),
    ("Please list 学习研讨、法治讲座、旁听庭审 的次数 respectively.", [8, 2, 1]),
])
def test_several_things_each_in_several_units(q, gold):
    assert values(ask(q)) == gold, ask(q).answer


@pytest.mark.parametrize("q, gold", [
    ("请分别提供全区人民调解组织数量和专兼职调解员人数。", [74, 333]),
    ("请分别提供人大代表建议和政协提案的件数", [29, 40]),
    ("区级领导处理信访的件次，以及化解的重点信访件数各是多少？", [143, 61]),
])
def test_a_measure_noun_asks_in_its_unit_for_its_own_part(q, gold):
    """调解员人数 asks 人 of the 调解员, not of the 调解组织 before it."""
    assert values(ask(q)) == gold, ask(q).answer


@pytest.mark.parametrize("q, gold", [
    # a clause asking no number is the topic of the pieces after it; 一共 there asks one piece's total
    ("给执法人员办培训，办了几场、一共多少人次？", [5, 337]),
    ("區司法局，收到幾件、辦結幾件行政復議申請？", [32, 28]),
])
def test_a_topic_clause_before_the_numbers_asked_is_each_ones(q, gold):
    assert values(ask(q)) == gold, ask(q).answer


def test_a_whole_asked_beside_its_part_is_never_a_crash():
    # (总数 read as a sum's cue where no sum word stands in the text: the sum is not read at all)
    a = ask("请列出政务服务事项总数及其中进驻政务服务中心的事项数。")
    assert a.status in ("answered", "no_data", "ambiguous"), a.answer


def test_a_remainder_of_one_kind_is_the_rate_of_that_kind():
    """人大代表建议中未办复的: the rate the sentence gives both kinds, of 人大代表建议's count, not 政协提案's."""
    a = ask("输出人大代表建议中未办复的件数。")
    assert values(a)[:2] == [0, 29], a.answer


def test_the_remainder_of_two_kinds_one_rate_covers():
    """人大建议和政协提案里没办复的: the one 办复率 of 100% holds of both counts — 0, citing both."""
    a = ask("人大建議和政協提案裏，沒有辦復的有幾件？")
    assert a.answered and values(a) == [0, 100], a.answer


@pytest.mark.parametrize("q, gold", [
    ("请提供全区专兼职调解员的人数（名）。", [333]),                 # (名): a note of the unit
    ("政法干警政治轮训（人次）有多少？", [786]),                      # (人次): the unit says which figure
    ("请问去年注销的不合格执法证件数量是多少个？", [5]),            # 证件|数量: no 件数 asked
    ("法治信访建设部分，参与接访的区级领导人数是多少名？", [16]),    # 人数…多少名: one number
    ("依申请公开：2025年度办理的人大代表建议件数。", [29]),          # a request's label
    ("Please return the 进驻率 of 政务服务事项（%），数值即可。", [96.67]),
    ("输出：平均每支应急队伍人数（保留两位小数）。", [17.12, 1250, 73]),
])
def test_notes_on_the_answers_form_and_a_measure_asked_once(q, gold):
    assert values(ask(q)) == gold, ask(q).answer


def test_a_share_of_a_whole_the_asker_sets_is_computed_and_no_other_share_answers():
    """占全部721项…的比例: the whole given by its figure, the share of it computed (not the 占比 the
    report states of another whole); 向基层下放事项占…的比例: the rates the sentence states are of other
    parts (进驻率, 全程网办占比), so the share of this part is computed too."""
    a = ask("计算无差别全科受理事项占全部721项政务服务事项的比例（%，保留两位小数）。")
    assert values(a) == [64.49, 465, 721], a.answer
    a = ask("向基层下放事项占政务服务事项总数的比例（%，保留两位小数）是多少？")
    assert values(a) == [29.82, 215, 721], a.answer
