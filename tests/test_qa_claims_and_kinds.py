"""Questions that carry numbers of their own, and figures whose own words tell kinds, places, times
and bases apart: a claim to check (有帖子说…N起，实际是多少), the asker's own figures, a part of the
year asked of a table of quarters (二季度, Q3, 截至6月30日), two kinds of one thing (室内检验 / 田间检验),
one place of a list the figure counts together (甲镇、乙乡等), a change against another year than
the one asked (较2020年 / 比上年), a stage figure's legal limit (由法定的N…压减至平均M); over a
department's report written as markdown (tests/fixtures/qa/tongxi-lyj-2025)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "tongxi-lyj-2025")


@pytest.mark.parametrize("q, gold", [
    # a claim whose check asks bare: the claim is the question, its figure asked back
    ("有帖子说桐溪县林业局2025年调处林权纠纷70起，这说法准确吗？实际是多少？", [58]),
    ("某公众号写桐溪县林业局聘用生态护林员400名，正确数字是多少名？", [312]),
    ("听人讲桐溪县林业局室内检验合格率只有90%，按报告应为多少？", [98.1]),
    # a claim set aside by a question naming a thing of its own
    ("有材料写桐溪县林业局巡护9000人次，桐溪县林业局室内检验的合格率是多少？", [98.1]),
    # the asker's own figure before the question
    ("我们村有5个护林员，桐溪县林业局全年聘用生态护林员多少名？", [312]),
    # a quarter of a table, in Chinese and in English
    ("桐溪县林业局二季度立案多少件？", [8]),
    ("桐溪县林业局 Q3 2025 立案 how many cases?", [10]),
    ("桐溪县林业局2025年第四季度立案多少件？", [6]),
    # an action and its count read as one word by the segmenter (立案数)
    ("桐溪县林业局2025年林业行政案件立案数是多少？", [33]),
    # the place's whole, the kind named, the stage asked
    ("桐溪县林业局2025年调处林权纠纷多少起？", [58]),
    ("桐溪县林业局 2025 调处林权纠纷 起数", [58]),         # a counter's own measure noun (起数, as 件数)
    ("桐溪县林业局室内检验的合格率是多少？", [98.1]),
    ("桐溪县林木采伐许可审批现在平均要几个工作日？", [5]),
    ("桐溪县林木采伐许可审批法定要多少个工作日？", [20]),
])
def test_what_the_report_states_is_answered(bureau, q, gold):
    a = bureau.answer(q)
    assert values(a) == gold, a.answer


@pytest.mark.parametrize("q", [
    "杉岭镇调处林权纠纷多少起？",                          # 58 counts 杉岭镇、竹坞乡等 together
    "桐溪县林业局田间检验的合格率是多少？",                # the rate is of 室内检验, not 田间检验
    "桐溪县森林火灾受害率比上年下降了多少？",              # the fall stated is against 2020
    "截至2025年6月30日，桐溪县林业局聘用生态护林员多少名？",  # a day inside the year, not its total
    "桐溪县林业局上半年立案多少件？",                      # no half-year figure is stated
    # the claim's year is 2025, the question asks 2024: never the 2025 figure
    "已知：有人称桐溪县林业局室内检验合格率为90%。任务：给出2024年的合格率数值。",
])
def test_a_figure_whose_words_say_otherwise_is_declined(bureau, q):
    a = bureau.answer(q)
    assert declined(a), a.answer


def test_a_claimed_figure_is_never_echoed_as_the_answer(bureau):
    # the claim's 70 is the asker's; only the report's figure is given, and cited
    a = bureau.answer("网上有人说桐溪县林业局一年调处林权纠纷70起，真实的是几起？")
    assert values(a) == [58] and "70" not in a.answer.split("（原文")[0], a.answer


@pytest.mark.parametrize("q, gold", [
    # 2023年、2024年、2025年，…分别为A件、B件、C件 in a 2025 report: each year's own figure
    ("桐溪县林业局2023年林业行政案件立案数是多少？", [41]),
    ("桐溪县林业局2023年、2024年、2025年林业行政案件立案数分别是多少？", [41, 37, 33]),
    ("桐溪县林业局林业行政案件立案数是多少？", [33]),          # no year: the report's own
    ("桐溪县林业局2024年立案多少件？", [37]),                  # the year before the report's, as it states it
])
def test_a_report_answers_for_the_earlier_years_it_states(bureau, q, gold):
    a = bureau.answer(q)
    assert values(a) == gold, a.answer


@pytest.mark.parametrize("q", [
    "桐溪县林业局2022年林业行政案件立案数是多少？",   # a year the report states nothing of
    "桐溪县林业局2024年聘用生态护林员多少名？",       # a figure stated for the report's own year only
])
def test_a_year_the_report_does_not_state_is_declined(bureau, q):
    a = bureau.answer(q)
    assert declined(a), a.answer


def test_a_place_the_report_speaks_of_is_a_part_of_the_place_named(bureau):
    # 栗坪镇 is in no gazetteer; named after its county, and spoken of in the county's report, it is a part
    a = bureau.answer("桐溪县栗坪镇的护林驿站全年调处了多少件林地纠纷？")
    assert values(a) == [26], a.answer
    # a place the report never speaks of is still no part of it
    assert declined(bureau.answer("桐溪县梅岗镇的护林驿站全年调处了多少件林地纠纷？"))


@pytest.mark.parametrize("q, gold", [
    ("截至2025年12月底，桐溪县林业局聘用生态护林员多少名？", [312]),    # the year's end: the year's figure
    ("在“化解林权纠纷”那一项里，桐溪县林业局聘用生态护林员多少名？", [312]),
    ("桐溪县林业局报告的工作成效部分里，聘用生态护林员多少名？", [312]),     # a part named by its role
    ("定位：桐溪县林业局报告第一部分；字段：聘用生态护林员人数；输出数字。", [312]),
])
def test_the_years_end_and_the_part_it_stands_in_are_answered(bureau, q, gold):
    a = bureau.answer(q)
    assert values(a) == gold, a.answer


@pytest.mark.parametrize("q", [
    "截至2025年6月底，桐溪县林业局聘用生态护林员多少名？",              # a month's end inside the year
    # a part of the report named by its heading's words, which the figure does not stand in (and the
    # clause naming it is never set aside as the asker's story)
    "在“强化林木种苗质量监管”那一项里，桐溪县林业局聘用生态护林员多少名？",
    "桐溪县林业局报告的存在不足部分里，聘用生态护林员多少名？",
    "定位：桐溪县林业局报告第二部分；字段：聘用生态护林员人数；输出数字。",
])
def test_a_time_or_part_the_figure_is_not_of_is_declined(bureau, q):
    a = bureau.answer(q)
    assert declined(a), a.answer


@pytest.mark.parametrize("q, gold", [
    ("全区应急队伍平均每支多少人？请取整", 17),
    ("全區應急隊伍平均每支多少人？保留一位小數", 17.1),
])
def test_a_computed_figure_is_given_to_the_places_asked(q, gold):
    from kg.qa import ask
    a = ask(q)
    computed = [f.value for f in a.facts if f.computed]
    assert computed == [gold], a.answer


@pytest.mark.parametrize("q, gold", [
    ("全区应急队伍平均每支多少人，取整", [17, 1250, 73]),                        # a clause of its own
    ("全区应急队伍平均每支多少人, rounded to the nearest whole number", [17, 1250, 73]),
    ("无差别全科受理事项占比是多少, rounded to one decimal place", [66.7, 66.71]),
])
def test_a_rounding_asked_in_a_clause_or_in_english_is_given(q, gold):
    from kg.qa import ask
    a = ask(q)
    assert values(a) == gold, a.answer
    assert [f.computed for f in a.facts][:1] == [True]      # a stated figure stays as stated, beside it


@pytest.mark.parametrize("shown, exact, places, gold", [
    (12.55, "12.54545454", 1, 12.5),    # from the true value: never the two-place one rounded again
    (16.5, "16.5", 0, 17),              # 四舍五入 takes a half up, where round() would give 16
    (2.25, "2.25", 1, 2.3),
])
def test_a_rounding_asked_starts_from_the_unrounded_value_and_takes_halves_up(shown, exact, places, gold):
    from decimal import Decimal

    from kg.qa.answer import Answer, FactOut
    from kg.qa.engine import Engine
    fact = FactOut(shown, "名", "平均每支队伍人数", None, "某区", 2025, "", "", computed=True, exact=Decimal(exact))
    ans = Answer("q", "answered", "…", "derived", [fact])
    Engine._rounded(ans, places)
    assert fact.value == gold and "exact" not in ans.to_dict()["facts"][0]


def test_a_verb_of_saying_is_a_word_of_its_own(bureau):
    # 有消息称…: 称 glued by the segmenter to what follows still says a claim; the 写 of 编写 says none
    said, claimed = bureau.reader.claims("有消息称某镇调处林权纠纷70起，实际是多少起")
    assert claimed == ("70",) and "70" not in said
    text = "全县共编写护林宣传材料3000份，聘用生态护林员多少名"
    assert bureau.reader.claims(text) == (text, ())


def test_a_counters_measure_noun_never_reads_inside_another_word(bureau):
    # 起数 and 处数 ask their counter; the 册数 of 注册数, the 批数 of 审批数, the 处数 of 查处数 … ask nothing
    assert bureau.reader.units_asked("调处林权纠纷起数") == ["起"]
    assert bureau.reader.units_asked("排查整改隐患处数") == ["处"]
    assert bureau.reader.units_asked("抽查案卷数") == ["卷"]         # (案卷|数: a noun ending in its counter)
    for text in ("执法人员注册数", "许可审批数", "案件查处数", "经营场所数", "服务平台数"):
        assert bureau.reader.units_asked(text) == [], text
