"""Figures whose own words limit what they answer: things of two kinds counted together (A、B类问题,
A和B), an item of a list another figure of the sentence names, the rest of a whole (其余为…), a body
named as a partner (会同…), what was newly added (新成立), a year dating the thing counted
(2024年度…); and what a department's report states in a 分别 over years, changes and a table with
a 单位 column."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "shiqiao-zjj-2025")


@pytest.mark.parametrize("q, gold", [
    ("石桥县住建局排查出物业服务、房屋质量类问题多少个？", [64]),
    ("石桥县住建局约谈项目负责人和监理工程师多少名？", [15]),
    ("石桥县住建局图纸审查不少于多少个工作日？", [5]),
    ("石桥县住建局检查高层住宅小区多少个？", [23]),
    ("石桥县住建局新成立业主委员会多少个？", [9]),
    ("石桥县住建局指导成立了几个业主委员会？", [9]),
    ("石桥县住建局督查发现问题的整改率是多少？", [89.7]),
])
def test_the_figures_own_words_are_answered(bureau, q, gold):
    assert values(bureau.answer(q)) == gold, bureau.answer(q).answer


@pytest.mark.parametrize("q", [
    "石桥县住建局排查出的问题中，单独看物业服务类问题有多少个？",   # 64 counts two kinds together
    "石桥县住建局约谈了多少名监理工程师？",              # 15 counts 项目负责人 too
    "石桥县住建局现场核验不少于多少个工作日？",          # another item of the list, no figure of its own
    "石桥县消防救援大队检查了多少个高层住宅小区？",      # joined the check (会同): the bureau's figure
    "石桥县现在一共有多少个业主委员会？",                # 9 were new this year, not all there are
    "石桥县住建局2025年度督查发现问题的整改率是多少？",  # the rate is of 2024年度's problems
    # two things joined, the second read as a scene (…和2025年的案件中…): never one figure for both
    "石桥县住建局查处违法建设案件和2025年的案件中擅自改变用途类各有多少件？",
    "石桥县住建局查处违法建设案件和2025年的案件中擅自改变用途类加起来一共多少件？",
])
def test_a_figure_whose_words_say_otherwise_is_declined(bureau, q):
    a = bureau.answer(q)
    assert declined(a), a.answer


def test_the_rest_of_a_whole_is_computed_never_a_part_given(bureau):
    # the rest of the 52 (其余为违规占地类): 52 less 18 and 20, computed — never 18 or 20 itself
    a = bureau.answer("石桥县住建局查处违规占地类案件多少件？")
    assert values(a) == [14, 52, 38] and a.facts[0].computed, a.answer


def test_an_all_done_whole_leaves_none_of_any_kind(bureau):
    """全部整改销号 holds of each kind the whole counts: none left of 房屋质量类问题 either."""
    a = bureau.answer("石桥县住建局排查出的房屋质量类问题还有几个没整改？")
    assert a.answered and values(a)[0] == 0, a.answer


def test_a_stated_rate_is_never_computed_again(bureau):
    a = bureau.answer("截至2025年底，石桥县住建局对2024年度督查发现问题的整改率是多少？")
    assert values(a) == [89.7] and "计算" not in a.answer, a.answer


def test_figures_given_each_year_a_change_each_and_a_table_of_units(bureau):
    assert values(bureau.answer("石桥县住建局2025年查处违法建设案件多少件？")) == [52]
    assert values(bureau.answer("石桥县住建局竣工验收备案同比下降了多少？")) == [12]
    assert values(bureau.answer("石桥县住建局建设工程规划许可同比下降了多少？")) == [6.5]
    assert values(bureau.answer("石桥县住建局2025年受理投诉举报多少件？")) == [203]
    assert values(bureau.answer("石桥县住建局2025年发放住房保障补贴多少万元？")) == [356]
