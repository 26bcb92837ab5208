"""A county police bureau's report (highlights under dashes, 查结, the kinds of its cases, a list of
places a figure counts together, a change stated from one figure to another) and a development zone's
(its everyday short names, its 管委会 behind every figure)."""

import pytest
from test_qa_scope_and_plans import engine_over, values


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "lianshan-gaj-2024", "dongpu-kfq-2025")


def test_a_dash_opening_a_highlight_is_no_part_of_the_indicator(engine):
    a = engine.answer("莲杉县公安局2024年受理了多少起行政案件？")
    assert values(a) == [820] and not a.facts[0].indicator.startswith("—"), a.answer


def test_a_case_closed_is_counted_by_its_own_word_and_its_count_is_no_rate(engine):
    """查结 is 办结 (actions.tsv); 查结数 asks the count, 查结率 the rate."""
    assert values(engine.answer("莲杉县公安局2024年查结了多少起行政案件？")) == [790]
    assert values(engine.answer("莲杉公安 2024年 行政案件 查结数")) == [790]
    assert values(engine.answer("莲杉公安 2024年 行政案件 查结率")) == [96.3]


def test_a_share_asked_is_not_the_rate_of_an_action_not_asked(engine):
    """…占全县多大比例: 查结率 is the share of cases closed, not the share asked."""
    a = engine.answer("莲杉县公安局受理的行政案件占全县多大比例？")
    assert not a.answered and not a.facts, a.answer


def test_what_is_not_of_a_kind_is_not_that_kind(engine):
    """非治安类 is not answered by the 治安案件 figure (非 as a word of its own negates)."""
    a = engine.answer("莲杉县公安局2024年的行政案件里，非治安类的有多少起？")
    assert not a.answered and not a.facts, a.answer
    assert values(engine.answer("莲杉县公安局2024年治安案件有多少起？")) == [700]


def test_a_figure_of_places_listed_together_is_not_one_of_them(engine):
    """其中进社区、进农村宣讲N场: the two together, never 进社区 alone."""
    a = engine.answer("莲杉县公安局2024年进社区宣讲了多少场？")
    assert not a.answered and "合计" in a.answer, a.answer
    assert values(engine.answer("莲杉县公安局2024年进社区、进农村宣讲了多少场？")) == [48]


def test_a_change_from_one_figure_to_another(engine):
    """由5个工作日压缩至2个工作日: 2 now, 5 before, both when both are asked; the amount of the change
    is neither, and 压减 is 压缩."""
    assert values(engine.answer("莲杉县公安局户籍业务平均办理时限是多少个工作日？")) == [2]
    assert values(engine.answer("莲杉县公安局户籍业务平均办理时限原来是多少个工作日？")) == [5]
    assert values(engine.answer("莲杉县公安局户籍业务平均办理时限从几个工作日压减到几个？")) == [5, 2]
    a = engine.answer("莲杉县公安局户籍业务平均办理时限压缩了多少个工作日？")
    assert not a.answered or values(a) == [3], a.answer


def test_a_development_zone_by_its_short_names(engine):
    """东浦经开区 / 东浦开发区 for 东浦经济技术开发区 (gazetteer.tsv short), and its 管委会 stands behind
    every figure of its report."""
    for q in ("东浦经开区2025年行政审批局受理了多少件审批服务事项？", "東浦經開區2025年行政審批局受理了多少件審批服務事項？",
              "东浦开发区管委会2025年行政审批局受理了多少件审批服务事项？"):
        a = engine.answer(q)
        assert values(a) == [12600], (q, a.answer)


def test_a_thing_counted_in_another_counter_must_be_the_figures_own(engine):
    """多少家企业修复信用: not 企业法律服务站N个 (个 counts anything, so the thing must be the figure's)."""
    a = engine.answer("东浦经开区2025年帮助多少家企业修复信用？")
    assert not a.answered and not a.facts, a.answer


def test_a_body_named_by_its_own_name_finds_its_report_and_its_figure(engine):
    """东溪、南岭两个派出所分别受理…: 南岭派出所 asked with the year and no place — the report whose
    figures name it; each of them asked together, each its own figure."""
    a = engine.answer("南岭派出所2024年受理了多少起行政案件？")
    assert values(a) == [250] and "莲杉县" in a.answer, a.answer
    a = engine.answer("2024年东溪、南岭两个派出所各受理了多少起？")
    assert values(a) == [300, 250], a.answer


def test_common_words_do_not_choose_a_report_for_an_unknown_place(engine):
    """岫川市公安局2024年受理了多少起行政案件: no report of that place, whatever words another holds."""
    a = engine.answer("岫川市公安局2024年受理了多少起行政案件？")
    assert not a.answered and not a.facts, a.answer


@pytest.mark.parametrize("q, gold", [
    ("东浦经开区2024年涉企行政检查多少户次？", [450]),             # a column of the year before
    ("东浦经开区2024年即办件占比是多少？", [61]),                 # (占比 holds 比, and compares nothing)
    ("东浦经开区综合执法局2024年罚没款多少万元？", [47.9]),         # …，2024年为M万元
    ("东浦经开区即办件占比2025年和2024年各是多少？", [68.5, 61]),   # each year asked
])
def test_the_year_before_stated_in_a_report_answers_for_that_year(engine, q, gold):
    a = engine.answer(q)      # (the year asked first, the report's own year beside it)
    assert a.answered and set(gold) <= set(values(a)) and values(a)[0] in gold, a.answer


def test_a_change_on_the_year_before_stated_in_the_report(engine):
    """2025年比2024年少了多少: no 2024 report, the 2025 one states both years; a year it does not
    state (2023) is not answered by it."""
    a = engine.answer("东浦经开区2025年涉企行政检查比2024年少了多少户次？")
    assert a.answered and 170 in values(a), a.answer
    assert not engine.answer("东浦经开区2023年涉企行政检查多少户次？").answered


def test_a_rate_word_and_a_body_alone_ask_no_rate(engine):
    """莲杉县公安局派出所的比例: which rate is not said; 满意率 says it."""
    assert not engine.answer("莲杉县公安局派出所的比例是多少？").answered
    assert values(engine.answer("莲杉县公安局的满意率是多少？")) == [98.8]


def test_a_count_asked_of_a_change_stated_in_percent_is_computed(engine):
    """…5200件，同比增长4%，2023年为5000件: 多了多少件 is 200 (computed), 增长了多少 the stated 4%."""
    a = engine.answer("莲杉县公安局2024年户籍业务比2023年多了多少件？")
    assert a.answered and 200 in values(a), a.answer
    assert values(engine.answer("莲杉县公安局2024年户籍业务同比增长了多少？")) == [4]


def test_the_parts_given_each_a_figure_by_respectively(engine):
    """枫溪街道、石湾街道分别…: asked together, each its own; asked alone, its own; summed, both."""
    assert values(engine.answer("枫溪街道和石湾街道2025年各调处了多少件矛盾纠纷？")) == [120, 80]
    assert values(engine.answer("石湾街道2025年调处了多少件矛盾纠纷？")) == [80]
    assert 200 in values(engine.answer("枫溪和石湾两个街道2025年一共调处了多少件纠纷？"))


def test_a_word_another_report_made_whole_still_finds_its_figure(tmp_path_factory, config):
    """东浦's labels make 调处成功率 one word; 青榆镇's 调解成功率 still answers it, as stated (95.8), never
    recomputed beside it from its counts (205/214 = 95.79)."""
    both = engine_over(tmp_path_factory, config, "qingyu-town-2023", "dongpu-kfq-2025")
    a = both.answer("青榆镇调处成功率是多少？")
    assert values(a) == [95.8], a.answer
