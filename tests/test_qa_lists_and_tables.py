"""A county education bureau's report: a table of targets beside what was done (after the plans, as an
appendix), figures of every one of the things counted (…N件，全部胜诉), kinds named with what they
include (学校（含幼儿园）, 教师资格认定等事项), levels and parts picked out of a whole, two actions of
one line told apart by the asker's own word (轮训 and 培训), and the parts of a question counted by it."""

import pytest
from test_qa_scope_and_plans import engine_over, values


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "huaxi-jyj-2025")


def test_a_table_of_targets_and_results_after_the_plans(engine):
    """附表 opens a part of its own (never the plans before it); 完成值 is the row's figure, 目标值 a plan."""
    assert values(engine.answer("桦溪县教育局2025年安全隐患整改率是多少？")) == [99.1]
    assert values(engine.answer("桦溪县教育局2025年校外培训机构检查了多少家次？")) == [172]
    a = engine.answer("桦溪县教育局2025年校外培训机构检查的目标值是多少家次？")
    assert values(a) == [150] and "计划或目标" in a.answer, a.answer


def test_a_stated_rate_is_not_computed_from_counts(engine):
    """整改率 stated in the table answers; 852/860 computed beside it would pass for it."""
    a = engine.answer("桦溪县教育局安全隐患整改率")
    assert values(a) == [99.1] and "计算" not in a.answer, a.answer


def test_every_one_of_the_things_counted(engine):
    """…3件，全部胜诉: 胜诉 3, 败诉 0; 各6件，均已办结: each 办结 6."""
    assert values(engine.answer("桦溪县教育局2025年行政诉讼案件胜诉了几件？")) == [3]
    assert values(engine.answer("桦溪县教育局2025年行政诉讼败诉几件？")) == [0]
    assert values(engine.answer("桦溪县教育局2025年办结了几件政协委员提案？")) == [6]


def test_a_kind_named_with_what_it_includes_is_not_counted_apart(engine):
    for q in ("桦溪县有几所幼儿园？", "桦溪县教育局2025年教师资格认定办理了多少件？"):
        a = engine.answer(q)
        assert not a.answered and not a.facts and "其中之一" in a.answer, a.answer
    assert values(engine.answer("桦溪县各级各类学校有多少所？")) == [86]
    assert values(engine.answer("桦溪县教育局2025年办理了多少件政务服务事项？")) == [980]


def test_a_part_picked_out_of_a_whole_is_the_figures_own(engine):
    a = engine.answer("桦溪县校园护卫队里女队员的有多少人？")
    assert not a.answered and not a.facts, a.answer
    # (其余为乡镇、村两级学校负责人: the rest of the 212 after the 30 named, computed — never 212 itself)
    a = engine.answer("桦溪县乡镇、村两级学校负责人述法的有多少人？")
    assert values(a) == [182, 212, 30] and a.facts[0].computed, a.answer
    assert values(engine.answer("桦溪县各级学校负责人年终述法多少人？")) == [212]


def test_two_words_of_one_action_told_apart_by_the_askers_word(engine):
    """轮训 and 培训 share an action line; 轮训 asked is the 轮训 figure, and a sum of the two is a sum."""
    assert values(engine.answer("桦溪县教育局教师政治轮训多少人次？")) == [420]
    assert values(engine.answer("桦溪县教育局轮训加骨干教师培训一共多少人次？"))[0] == 516
    assert values(engine.answer("桦溪县教育局轮训和骨干教师培训各几期？")) == [3, 2]


def test_a_count_of_the_parts_named_is_no_word_to_find(engine):
    """教师政治轮训与骨干教师培训两项合计: 两项 counts the parts, it names nothing."""
    assert values(engine.answer("桦溪县教育局教师政治轮训与骨干教师培训两项合计多少人次？"))[0] == 516


def test_a_question_of_more_numbers_than_found_is_declined(engine):
    a = engine.answer("桦溪县教育局 轮训几期几人次 骨干教师培训几期几人次 都告诉我")
    assert not a.answered or len(values(a)) == 4, a.answer


def test_an_average_of_one_figure_over_another_of_its_sentence(engine):
    """骨干教师培训2期96人次: 期均 / 平均每期 is 96 ÷ 2, marked computed; 平均每支 over the 护卫队 too."""
    for q in ("桦溪县教育局骨干教师培训平均每期多少人次？", "桦溪县教育局骨干教师培训期均多少人次"):
        a = engine.answer(q)
        assert a.answered and a.facts[0].computed and a.facts[0].value == 48, a.answer
    a = engine.answer("桦溪县平均每支校园护卫队有多少人？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 12.93, a.answer
    a = engine.answer("桦溪县教育局平均每个月办理多少件政务服务事项？")     # no figure of months to divide by
    assert not a.answered and not a.facts, a.answer
