from decimal import Decimal

import pytest

from kg.extract.facts import extract_facts
from kg.extract.text import parse_structure


@pytest.fixture(scope="module")
def facts(tiexi, lexicon):
    return extract_facts(parse_structure(tiexi.text, lexicon).sentences, lexicon)


def one(facts, value, unit, **kw):
    hits = [f for f in facts if f.value == value and f.unit == unit
            and all(getattr(f, k) == v for k, v in kw.items())]
    assert len(hits) == 1, (value, unit, kw, [(f.indicator, f.actor) for f in facts if f.value == value])
    return hits[0]


def test_shared_object_is_borrowed(facts):
    first = one(facts, 32, "件")
    second = one(facts, 28, "件")
    assert first.indicator == "收到行政复议申请" and first.actor == "区司法局"
    assert second.indicator == "办结行政复议申请" and second.actor == "区司法局"


def test_respectively_gives_one_fact_per_actor(facts):
    a, b = one(facts, 36, "件"), one(facts, 49, "件")
    assert a.actor.startswith("公安") and b.actor.startswith("法院")
    assert a.indicator == b.indicator == "化解纠纷"


def test_each_and_both(facts):
    rates = [f for f in facts if f.value == 100 and "办复率" in f.indicator or "满意率" in f.indicator]
    assert {("办复率" in f.indicator) for f in rates} == {True, False}
    twos = [f for f in facts if f.value == 2 and f.unit == "件"]
    assert sorted(f.indicator for f in twos) == ["收到司法建议", "收到检察建议"]


def test_rate_is_named_and_tied(facts):
    rate = one(facts, Decimal("96.67"), "%")
    assert rate.indicator == "政务服务事项进驻率"
    base = next(f for f in facts if f.index == rate.rate_of)
    assert base.value == 721


def test_number_before_noun(facts):
    assert one(facts, 721, "项").indicator == "政务服务事项"
    assert one(facts, 138, "名").indicator == "完成注册的执法人员"
    assert one(facts, 7841, "家").noun == "生产经营单位"


def test_limits_and_chinese_numerals(facts):
    assert one(facts, 30, "日").qualifier == "atLeast"
    assert one(facts, 7, "个工作日").qualifier == "atLeast"
    assert one(facts, 4, "次").indicator.endswith("专项整治")


def test_stated_zeros(facts):
    zeros = {f.indicator for f in facts if f.kind == "zero"}
    assert "生产安全事故" in zeros
    assert any("败诉" in z for z in zeros)
    assert any("未履行裁判" in z for z in zeros)
    assert any("清理整改" in z for z in zeros)


def test_names_in_quotes_are_not_counts(facts):
    mentions = {f.mention for f in facts}
    assert not any(m.startswith(("十二", "四个", "七")) for m in mentions)


def test_offsets(facts, tiexi):
    for f in facts:
        assert tiexi.text[f.start:f.end] == f.mention
        assert f.sentence.start <= f.start < f.end <= f.sentence.end


def test_a_stated_zero_may_name_a_long_event(lexicon):
    text = "某县关于2024年度法治政府建设情况的报告\n一、主要成效\n规范执法行为。全年未发生因执法不当引发的群体性事件。\n"
    found = extract_facts(parse_structure(text, lexicon).sentences, lexicon)
    assert [(f.indicator, f.value) for f in found if f.kind == "zero"] == [("因执法不当引发的群体性事件", 0)]


@pytest.mark.parametrize("sentence, zeros", [
    ("规范文件管理。全年未出台规范性文件。", [("出台规范性文件", 0)]),
    ("评查执法案卷80卷，未发现不合格案卷。", [("发现不合格案卷", 0)]),
    ("全年未办结的信访事项3件。", []),             # a number: no zero, whatever 未 stands before
])
def test_a_thing_not_done_at_all_is_a_stated_zero(lexicon, sentence, zeros):
    text = f"某乡关于2024年度法治政府建设情况的报告\n一、主要成效\n{sentence}\n"
    found = extract_facts(parse_structure(text, lexicon).sentences, lexicon)
    assert [(f.indicator, f.value) for f in found if f.kind == "zero"] == zeros


@pytest.mark.parametrize("legend, period, prior", [
    ("括号内为2023年数据", 2023, False),
    ("括号内为上年数据", None, True),
])
def test_a_legend_says_whose_figures_the_brackets_hold(lexicon, legend, period, prior):
    text = (f"某乡2024年法治政府建设情况报告\n一、主要工作\n调处纠纷30件。\n二、下一步打算\n一要压实责任。\n"
            f"附：主要数据（{legend}）\n调处纠纷：30件（26件）\n罚没款：8.5万元（6.2万元）\n")
    st = parse_structure(text, lexicon)
    found = [f for f in extract_facts(st.sentences, lexicon, sections=st.sections) if f.sentence.text.endswith("）")]
    assert [(f.indicator, f.value, f.period, f.prior) for f in found] == [
        ("调处纠纷", 30, None, False), ("调处纠纷", 26, period, prior),
        ("罚没款", Decimal("8.5"), None, False), ("罚没款", Decimal("6.2"), period, prior)]


@pytest.mark.parametrize("sentence, zero", [
    ("镇政府作为被告的行政诉讼案件零败诉。", "镇政府作为被告的行政诉讼案件败诉"),
    ("全年实现行政诉讼零败诉。", "行政诉讼败诉"),
    ("全年应诉行政诉讼案件5件，零败诉。", "败诉的应诉行政诉讼案件"),
])
def test_zero_written_before_the_outcome(lexicon, sentence, zero):
    """零败诉: the outcome none of the cases came to, of the cases before it (or the figure's)."""
    assert [(f.indicator, f.value) for f in read(sentence, lexicon) if f.kind == "zero"] == [(zero, 0)]


def test_a_figure_right_after_the_year_before_is_of_that_year(lexicon):
    """在上年N名的基础上有所增加: N is last year's, of the noun before; this year's is not stated."""
    found = read("全县持证执法人员在上年215名的基础上有所增加。", lexicon)
    assert [(f.value, f.indicator, f.prior) for f in found] == [(215, "持证执法人员", True)]


def test_a_year_written_out_after_a_change_is_the_base_compared_with(lexicon):
    """同比增长N%（2023年为M件）: M is the year before's figure of the count before the change, and the
    counts after it (受理K件) keep that count's noun, not the year."""
    found = read("县政府收到行政复议申请60件，同比增长20%（2023年为50件）；受理55件。", lexicon)
    assert [(f.value, f.indicator, f.prior) for f in found if f.unit == "件"] == [
        (60, "收到行政复议申请", False), (50, "收到行政复议申请", True), (55, "受理行政复议申请", False)]


def test_the_same_period_of_the_year_before_is_that_years_figure(lexicon):
    """较上年同期的M万元增长K%: M is the year before's (a whole year's report: its same period is that year)."""
    found = read("全年追回专项资金52.6万元，较上年同期的40.5万元增长29.9%。", lexicon)
    assert [(f.value, f.indicator, f.prior) for f in found if f.unit == "万元"] == [
        (Decimal("52.6"), "追回专项资金", False), (Decimal("40.5"), "追回专项资金", True)]


def test_a_footnote_mark_after_a_figure_names_nothing(lexicon):
    """N万元①，较上年…的M万元: the mark refers to a note; it is no word of the figure after it."""
    found = read("全年追回专项资金52.6万元①，较上年的40.5万元增长29.9%。", lexicon)
    assert [f.indicator for f in found if f.unit == "万元"] == ["追回专项资金", "追回专项资金"]


@pytest.mark.parametrize("sentence, actors", [
    ("在甲镇、乙镇医保服务站设立调解工作室，全年分别调处纠纷23件、17件。", ["甲镇医保服务站", "乙镇医保服务站"]),
    ("甲区、乙区的区级工作站运行较好，全年分别接待法律咨询312人次、205人次。", ["甲区区级工作站", "乙区区级工作站"]),
    ("甲镇、乙镇全年分别调处纠纷23件、17件。", ["甲镇", "乙镇"]),        # (全年 is no part of a name)
])
def test_a_respectively_gives_the_bodies_a_clause_before_lists(lexicon, sentence, actors):
    assert [f.actor for f in read(sentence, lexicon)] == actors


@pytest.mark.parametrize("sentence, zero", [
    ("组织干部参加学法考试，应考36人，全部合格。", ("不合格的应考", "人")),
    ("组织任前法律知识考试，参考人员全部合格。", ("参考人员中不合格的", "人")),
    ("全年发生行政复议案件3件，均维持原行政行为。", ("被撤销或变更的发生行政复议案件", "件")),
])
def test_all_of_them_came_to_one_outcome_so_none_to_its_opposite(lexicon, sentence, zero):
    """全部合格 / 均维持原行政行为: a stated zero of the opposite (不合格, 被撤销或变更)."""
    assert [(f.indicator, f.unit) for f in read(sentence, lexicon) if f.kind == "zero"] == [zero]


def test_a_part_whose_noun_is_left_out_is_named_before_its_predicate(lexicon):
    """其中符合条件的N名全部安置到位: 安置 is what was done to them, never their name."""
    found = read("接收退役士兵300名，其中符合安排工作条件的25名全部安置到位。", lexicon)
    assert "安置" not in found[1].indicator, found[1].indicator


def test_a_breakdown_after_a_change_breaks_down_the_count_before_it(lexicon):
    """N件（较2023年同期减少M件），其中A K件: A is a part of the N, never of the change."""
    found = read("全年登记求助事项 900 件（较 2023 年同期减少 50 件），其中来电 500 件、来信 400 件。", lexicon)
    assert [f.indicator for f in found if f.value in (500, 400)] == ["来电登记求助事项", "来信登记求助事项"]


def test_a_counter_of_days_served_is_one_unit(lexicon):
    """值班 318 天次: 天次 (days served, counted), never 318 天 and a noun 次."""
    assert [(f.value, f.unit) for f in read("安排律师值班 318 天次。", lexicon)] == [(318, "天次")]


def test_a_slogan_of_zero_is_no_figure(lexicon):
    assert not [f for f in read("坚持零容忍，推行零距离服务。", lexicon) if f.kind == "zero"]


def test_counts_side_by_side_share_the_last_ones_predicate(facts):
    labels = {f.value: f.indicator for f in facts if f.unit in ("家", "名")}
    assert labels[11] == "完成注册的执法部门" and labels[138] == "完成注册的执法人员"


def read(text, lexicon):
    from kg.extract.text import Sentence
    return extract_facts([Sentence(0, text, 0, len(text), "1", 1, True)], lexicon)


def test_tenths_and_scores_as_units(lexicon):
    got = [(f.value, f.unit, f.indicator, f.kind, f.qualifier) for f in read(
        "投诉数量较上年下降两成，网上受理的占三成，考核得分96.5分，七成以上的村居建成调解室。", lexicon)]
    # 成 are tenths, stored as the percentage they state (unit_scales.tsv): 两成 = 20%
    assert got == [(20, "%", "投诉数量较上年下降", "change", "decrease"), (30, "%", "网上受理的占比", "level", None),
                   (Decimal("96.5"), "分", "考核得分", "level", None),
                   (70, "%", "建成调解室的村居比例", "level", "atLeast")]
    # 成 and 分 inside words, idioms and fractions are no figures
    assert [(f.value, f.unit) for f in read("一成不变，十分重要，三分之一，建成3个分局，用时5分钟，10成员单位，部分乡镇。",
                                            lexicon)] == [(3, "个"), (5, "分钟")]


def test_satisfaction_is_a_rate_word(lexicon):
    # 满意度 (rate_words.txt) names a percentage of its own, as 满意率 does: no 比例 after it, and a
    # bare one is tied to what it is a rate of
    assert [(f.value, f.indicator) for f in read("全年受理群众投诉120件，群众满意度达98.5%。", lexicon)] == [
        (120, "受理群众投诉"), (Decimal("98.5"), "群众满意度")]
    assert [(f.value, f.indicator) for f in read("办结法律援助案件80件，满意度达99%。", lexicon)] == [
        (80, "办结法律援助案件"), (99, "法律援助案件满意度")]


def test_breakdowns_with_full_nouns_and_with_the_noun_left_out(lexicon):
    full = read("受理案件120件，其中行政复议案件80件、行政诉讼案件40件。", lexicon)
    assert [(f.value, f.indicator, f.scope) for f in full] == [
        (120, "受理案件", None), (80, "行政复议案件", None), (40, "行政诉讼案件", None)]
    elided = read("全市收到投诉1200件，其中市本级收到612件，县区收到588件。", lexicon)
    assert [(f.value, f.indicator, f.scope) for f in elided] == [
        (1200, "收到投诉", None), (612, "收到投诉", "市本级"), (588, "收到投诉", "县区")]
    bare = read("全市办理行政复议案件300件，其中市本级96件。", lexicon)
    assert [(f.indicator, f.scope) for f in bare] == [("办理行政复议案件", None), ("办理行政复议案件", "市本级")]
    # another verb is another figure, no part of the place: 依法 is no scope
    other = read("全市收到投诉1200件，其中依法办结1150件。", lexicon)[1]
    assert (other.indicator, other.scope) == ("办结投诉", None)
    named = read("全市收到投诉1200件，其中市本级受理612件。", lexicon)[1]
    assert (named.indicator, named.scope) == ("受理投诉", "市本级")


def lines(text, lexicon):
    from kg.extract.text import parse_structure
    return [(f.value, f.unit, f.indicator, f.period) for f in
            extract_facts(parse_structure("某区报告\n一、主要数据\n" + text, lexicon).sentences, lexicon)]


def test_a_column_of_the_year_before_holds_that_years_figures(lexicon):
    from kg.extract.text import parse_structure
    text = "某局报告\n一、主要数据\n| 单位 | 立案（件） | 上年立案（件） |\n|---|---|---|\n| 甲分局 | 61 | 67 |\n"
    got = {f.value: f for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon)}
    assert got[67].prior and not got[61].prior and got[67].indicator == got[61].indicator, got


def test_a_table_written_as_text_gives_a_figure_per_cell(lexicon):
    # years as columns, the cells set apart by one space: each cell is the row's figure of its year
    assert lines("指标 2023年 2024年\n行政复议收案 98件 135件\n出庭应诉率 95% 100%\n", lexicon) == [
        (98, "件", "行政复议收案", 2023), (135, "件", "行政复议收案", 2024),
        (95, "%", "出庭应诉率", 2023), (100, "%", "出庭应诉率", 2024)]
    # words as columns (tabs): the row's and the column's words; a unit in brackets for bare numbers
    assert lines("类别\t检查（次）\t立案（件）\n安全生产\t260\t18\n", lexicon) == [
        (260, "次", "安全生产检查", None), (18, "件", "安全生产立案", None)]
    # bars, and a heading that names no figure (数量): the row alone names it
    assert lines("项目｜数量\n法律援助案件｜215件\n人民调解案件（件）｜1,860\n", lexicon) == [
        (215, "件", "法律援助案件", None), (1860, "件", "人民调解案件", None)]


def test_a_table_whose_columns_are_unclear_gives_no_guess(lexicon):
    # several figures and no header to tell them apart; a header of another width; a bare number
    # without a unit: skipped, not guessed
    assert lines("行政复议收案　98件　135件\n", lexicon) == []
    assert lines("指标　2024年\n行政复议收案　98件　135件\n", lexicon) == []
    assert lines("项目｜数量\n法律援助案件｜215\n", lexicon) == []
    # a row of one figure needs no header; prose with spaces stays prose
    assert lines("法律援助案件｜215件\n", lexicon) == [(215, "件", "法律援助案件", None)]
    assert [x[:3] for x in lines("发放资料2 份\n主动公开政府信息 3,862 条，其中政策解读 215 篇。\n", lexicon)] == [
        (2, "份", "发放资料"), (3862, "条", "主动公开政府信息"), (215, "篇", "政策解读")]


def test_a_unit_given_once_for_the_whole_table(lexicon):
    # 「单位：件」 above the table (through its title line), or closing the title: each bare number
    # of the table takes it; a cell's, a row's or a column's own unit comes first
    assert lines("单位：件\n表1　行政争议案件情况\n类别｜2023年｜2024年\n行政复议收案｜98｜135\n出庭应诉率（%）｜95｜100\n",
                 lexicon) == [(98, "件", "行政复议收案", 2023), (135, "件", "行政复议收案", 2024),
                              (95, "%", "出庭应诉率", 2023), (100, "%", "出庭应诉率", 2024)]
    assert lines("执法检查情况如下（单位：次）：\n类别\t检查\t抽查\n安全生产\t260\t35\n", lexicon) == [
        (260, "次", "安全生产检查", None), (35, "次", "安全生产抽查", None)]
    assert lines("（计量单位：万元）\n项目　金额\n法律援助经费　35.5\n", lexicon) == [
        (Decimal("35.5"), "万元", "法律援助经费", None)]
    # the unit is the table's: prose after the table ends it, and a unit far above a table is none of its
    assert lines("单位：件\n项目｜数量\n法律援助案件｜215\n全年办结案件30件。\n项目｜数量\n人民调解案件｜90\n",
                 lexicon) == [(215, "件", "法律援助案件", None), (30, "件", "办结案件", None)]
    assert lines("单位：件\n全年工作扎实推进。\n全县各部门密切配合。\n项目｜数量\n法律援助案件｜215\n", lexicon) == []
    # several units named at once: a column takes the one its heading names (a rate's 率 or %, an
    # amount's 金额 …, else the one count unit left); where two count units are left, no guess
    assert lines("单位：件、%\n项目｜数量\n法律援助案件｜215\n", lexicon) == [(215, "件", "法律援助案件", None)]
    assert lines("单位：件、人\n项目｜数量\n法律援助案件｜215\n", lexicon) == []


def test_a_header_over_two_lines_names_each_column_by_both(lexicon):
    # the units under the names, the label column's cell left blank (a bar) or left out (tabs)
    assert lines("类别｜收到｜办结\n｜（件）｜（件）\n行政复议｜45｜40\n", lexicon) == [
        (45, "件", "行政复议收到", None), (40, "件", "行政复议办结", None)]
    assert lines("类别\t收到\t办结\n\t（件）\t（件）\n行政复议\t45\t40\n", lexicon) == [
        (45, "件", "行政复议收到", None), (40, "件", "行政复议办结", None)]
    # a group's name over the columns it spans: written once per group, or once with blanks after it
    assert lines("单位：件\n类别｜行政复议｜行政诉讼\n｜收案｜办结｜收案｜办结\n全县｜45｜40｜12｜10\n", lexicon) == [
        (45, "件", "全县行政复议收案", None), (40, "件", "全县行政复议办结", None),
        (12, "件", "全县行政诉讼收案", None), (10, "件", "全县行政诉讼办结", None)]
    assert [x[2] for x in lines("单位：件\n项目｜行政复议｜｜行政诉讼｜\n｜收案｜办结｜收案｜办结\n全县｜45｜40｜12｜10\n",
                                lexicon)] == ["全县行政复议收案", "全县行政复议办结", "全县行政诉讼收案", "全县行政诉讼办结"]
    # years as groups: the year is the figure's period
    assert lines("单位：件\n项目\t2023年\t2024年\n\t收案\t办结\t收案\t办结\n行政复议\t45\t40\t50\t48\n", lexicon) == [
        (45, "件", "行政复议收案", 2023), (40, "件", "行政复议办结", 2023),
        (50, "件", "行政复议收案", 2024), (48, "件", "行政复议办结", 2024)]
    # a group line that spans no whole number of columns is no header of the row
    assert lines("单位：件\n类别｜行政复议｜行政诉讼\n｜收案｜办结｜立案\n全县｜45｜40｜12\n", lexicon) == []


def test_a_table_whose_label_column_is_on_the_right(lexicon):
    assert lines("数量（件）｜项目\n215｜法律援助案件\n1,860｜人民调解案件\n", lexicon) == [
        (215, "件", "法律援助案件", None), (1860, "件", "人民调解案件", None)]
    assert lines("215件｜法律援助案件\n98.5%｜群众满意率\n", lexicon) == [
        (215, "件", "法律援助案件", None), (Decimal("98.5"), "%", "群众满意率", None)]
    assert lines("单位：件\n2023年｜2024年｜类别\n98｜135｜行政复议收案\n", lexicon) == [
        (98, "件", "行政复议收案", 2023), (135, "件", "行政复议收案", 2024)]


def rows(text, lexicon, actor=None):
    """(value, indicator, period, actor, scope) of each figure of a report's first section."""
    from kg.extract.text import parse_structure
    return [(f.value, f.indicator, f.period, f.actor, f.scope) for f in
            extract_facts(parse_structure("某区报告\n一、主要数据\n" + text, lexicon).sentences, lexicon, actor)]


def test_a_header_whose_label_cell_is_empty_or_left_out(lexicon):
    # the header's first cell left empty: a tab or a run of spaces before its first heading
    assert lines("单位：件\n\t2023年\t2024年\n行政复议收案\t98\t135\n", lexicon) == [
        (98, "件", "行政复议收案", 2023), (135, "件", "行政复议收案", 2024)]
    assert lines("单位：件\n    收案    办结\n行政复议    45    40\n", lexicon) == [
        (45, "件", "行政复议收案", None), (40, "件", "行政复议办结", None)]
    # left out with nothing in its place: the header names no label column (table_label_headings.txt)
    assert lines("单位：件\n2023年\t2024年\n行政复议收案\t98\t135\n", lexicon) == [
        (98, "件", "行政复议收案", 2023), (135, "件", "行政复议收案", 2024)]
    # one naming the label column is a column of figures short: which one is a guess
    assert lines("单位：件\n项目\t2024年\n行政复议收案\t98\t135\n", lexicon) == []


def test_rows_labelled_by_years_or_numbers(lexicon):
    # years down the rows: the year is the figure's period, the column names it
    assert rows("年度\t行政复议收案（件）\t群众满意度（%）\n2023年\t98\t96.5\n2024年\t135\t98\n", lexicon) == [
        (98, "行政复议收案", 2023, None, None), (Decimal("96.5"), "群众满意度", 2023, None, None),
        (135, "行政复议收案", 2024, None, None), (98, "群众满意度", 2024, None, None)]
    # a row's number before its name names nothing and is no figure
    assert rows("单位：件\n序号\t事项\t数量\n1\t行政检查\t120\n2\t行政处罚\t35\n", lexicon) == [
        (120, "行政检查", None, None, None), (35, "行政处罚", None, None, None)]
    # an ordinal alone labelling the row: the part of the work the figures are of
    assert rows("单位：家\n批次\t抽查企业\t发现问题企业\n第一批\t30\t12\n2\t25\t8\n", lexicon) == [
        (30, "抽查企业", None, None, "第一批"), (12, "发现问题企业", None, None, "第一批"),
        (25, "抽查企业", None, None, "2"), (8, "发现问题企业", None, None, "2")]
    # a bare number first, under no heading of a label column, stays a figure: no row of figures named
    assert rows("单位：件\n收案\t办结\n2\t35\t33\n", lexicon) == []


def test_rows_under_several_label_columns(lexicon):
    # outer label first; a label cell left empty is the one above it, merged down the rows
    assert rows("单位：件\n类别\t事项\t数量\n行政复议\t收案\t120\n\t办结\t35\n法治宣传\t普法讲座\t48\n", lexicon) == [
        (120, "行政复议收案", None, None, None), (35, "行政复议办结", None, None, None),
        (48, "法治宣传普法讲座", None, None, None)]
    assert [x[:2] for x in rows("单位：件\n类别｜事项｜2023年｜2024年\n行政复议｜收案｜98｜135\n", lexicon)] == [
        (98, "行政复议收案"), (135, "行政复议收案")]
    # several label columns need a header telling them from the figures: prose with spaces is none
    assert rows("单位：件\n全年 行政复议 收案 98\n", lexicon) == []


def test_rows_labelled_by_places_or_bodies(lexicon):
    # a place (table_row_labels.tsv) is the figures' scope, a body (org_suffixes.txt) their actor;
    # the column names the figure; the whole (全县, a light word) names it as words do
    assert rows("单位：件\n乡镇（街道）\t受理\t办结\n青岚镇\t45\t43\n枫岭街道\t38\t38\n县市场监管局\t12\t12\n"
                "全县\t95\t93\n", lexicon, "县司法局") == [
        (45, "受理", None, "县司法局", "青岚镇"), (43, "办结", None, "县司法局", "青岚镇"),
        (38, "受理", None, "县司法局", "枫岭街道"), (38, "办结", None, "县司法局", "枫岭街道"),
        (12, "受理", None, "县市场监管局", None), (12, "办结", None, "县市场监管局", None),
        (95, "全县受理", None, "县司法局", None), (93, "全县办结", None, "县司法局", None)]


def test_empty_and_dash_cells_hold_no_figure_and_keep_their_column(lexicon):
    table = "单位：件\n项目\t受理\t办结\t纠错\n行政复议\t—\t40\t3\n行政诉讼\t12\t-\t1\n信访事项\t/\t／\t2\n"
    assert lines(table, lexicon) == [
        (40, "件", "行政复议办结", None), (3, "件", "行政复议纠错", None),
        (12, "件", "行政诉讼受理", None), (1, "件", "行政诉讼纠错", None), (2, "件", "信访事项纠错", None)]
    # bars keep an empty cell's place too, and a row may stop short: its last cells are empty
    assert lines("单位：件\n项目｜受理｜办结｜纠错\n行政复议｜｜40｜3\n行政诉讼｜12\n", lexicon) == [
        (40, "件", "行政复议办结", None), (3, "件", "行政复议纠错", None), (12, "件", "行政诉讼受理", None)]


def test_a_run_of_tabs_leaves_an_empty_cell_per_tab_beyond_the_first(lexicon):
    # two tabs: one cell missing, the figures after it stay in their columns
    assert lines("单位：件\n项目\t受理\t办结\t纠错\n行政复议\t45\t\t3\n行政诉讼\t\t\t2\n", lexicon) == [
        (45, "件", "行政复议受理", None), (3, "件", "行政复议纠错", None), (2, "件", "行政诉讼纠错", None)]
    # in a header's group line, a tab run is a group's cell merged over the columns it spans
    assert lines("单位：件\n类别\t行政复议\t\t行政诉讼\n\t收案\t办结\t收案\t办结\n全县\t45\t40\t\t10\n", lexicon) == [
        (45, "件", "全县行政复议收案", None), (40, "件", "全县行政复议办结", None),
        (10, "件", "全县行政诉讼办结", None)]


def test_a_figure_of_the_year_before_is_that_years_of_the_same_indicator(lexicon):
    got = read("检查中发现并督促整改各类事故隐患2,340项，隐患整改率97.3%（上年为95.8%）。", lexicon)
    now, before = [f for f in got if f.unit == "%"]
    assert (now.indicator, now.value, now.prior) == ("隐患整改率", Decimal("97.3"), False)
    assert (before.indicator, before.value, before.prior) == ("隐患整改率", Decimal("95.8"), True)
    # a thousands comma ends no clause: the count's clause holds its whole number
    count = next(f for f in got if f.unit == "项")
    assert count.value == 2340 and count.clause.endswith("2,340项")


def test_bare_verbs_listed_borrow_no_noun_from_each_other(lexicon):
    got = [(f.indicator, f.value) for f in read("开展专项清理，保留31件、修改4件、废止9件。", lexicon)]
    assert got == [("保留", 31), ("修改", 4), ("废止", 9)]


def test_a_bare_verb_after_a_run_of_months_borrows_the_thing_not_the_period(lexicon):
    # the year's figure after a part of the year's: its thing, never 1—6月 (nor the body before it)
    got = [(f.indicator, f.value) for f in read("综合执法队1—6月办理行政处罚案件12件，全年办理30件。", lexicon)]
    assert got[-1] == ("办理行政处罚案件", 30), got
    got = [(f.indicator, f.value) for f in read("市劳动争议调解中心1—9月受理劳动争议70件，全年受理95件。", lexicon)]
    assert got[-1] == ("受理劳动争议", 95), got


def test_what_a_figure_was_the_year_before_is_of_that_year(lexicon):
    got = read("将法治建设成效纳入综合考核，分值权重由上年的4%提高到6%。审批时间由15个工作日压缩至5个工作日。", lexicon)
    assert [(f.indicator, f.value, f.stage, f.prior) for f in got] == [
        ("分值权重", 4, "before", True), ("分值权重", 6, "after", False),
        ("审批时间", 15, "before", False), ("审批时间", 5, "after", False)]


def test_a_column_of_changes_is_the_rows_change_not_a_label(lexicon):
    from kg.extract.text import parse_structure
    text = "某区报告\n一、主要数据\n|  | 2024年 | 2023年 | 同比 |\n| 立案查处案件（件） | 137 | 152 | 下降9.9% |"
    got = [(f.indicator, f.value, f.period, f.kind, f.qualifier)
           for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon)]
    assert got == [("立案查处案件", 137, 2024, "level", None), ("立案查处案件", 152, 2023, "level", None),
                   ("立案查处案件同比下降", Decimal("9.9"), None, "change", "decrease")], got


def test_a_change_in_the_rows_own_unit_under_a_change_column(lexicon):
    """「-5件」 / 「+13人」 under 变化 (full-width bars): the row's change in that unit, the row read as a row."""
    from kg.extract.text import parse_structure
    text = ("某局报告\n一、主要数据\n序号｜指标｜2023年｜2022年｜变化\n1｜立案查处案件（件）｜1648｜1881｜-12.4%\n"
            "2｜行政复议案件（件）｜9｜14｜-5件\n3｜持证执法人员（人）｜318｜305｜+13人")
    got = [(f.indicator, f.value, f.unit, f.kind, f.qualifier)
           for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon) if f.period != 2022]
    assert ("行政复议案件", 9, "件", "level", None) in got, got
    assert ("行政复议案件变化下降", 5, "件", "change", "decrease") in got, got
    assert ("持证执法人员变化增长", 13, "人", "change", "increase") in got, got
    assert not any("｜" in i for i, *_ in got), got


def test_a_breakdown_by_body_is_the_wholes_figure_of_that_body(lexicon):
    """其中A局N件、B局M件、其他部门K件: each part is the whole's figure, of its body, never the item
    before it (其他部门 is no part of B局)."""
    got = read("全县办理行政处罚案件860件，其中县市场监管局305件、县交通运输局210件、其他部门345件。", lexicon)
    assert [(f.value, f.indicator, f.actor, f.scope) for f in got[1:3]] == [
        (305, "办理行政处罚案件", "县市场监管局", "县市场监管局"),
        (210, "办理行政处罚案件", "县交通运输局", "县交通运输局")], got
    assert "交通运输局" not in got[3].indicator, got[3].indicator


def test_a_breakdown_skips_a_rate_and_ends_at_a_semicolon(lexicon):
    """调处纠纷N件，调解成功率M%；其中甲社区调处K件: the part is of the count, the rate between is
    no whole; and a 其中 reaches no figure past the next semicolon."""
    got = read("各级调解组织调处矛盾纠纷1240件，调解成功率98.2%；其中，枫林社区调处96件，柳岸社区调处75件。",
               lexicon)
    whole, *parts = [f for f in got if f.unit == "件"]
    assert [(f.value, f.indicator, f.scope) for f in parts] == [
        (96, whole.indicator, "枫林社区"), (75, whole.indicator, "柳岸社区")], got
    assert whole.indicator.endswith("调处矛盾纠纷"), whole.indicator
    later = read("县政府作为被申请人的行政复议案件12件，其中维持9件；作为被告的行政诉讼案件4件，败诉0件。", lexicon)
    assert not any(f.value == 0 and "行政复议" in f.indicator for f in later), later


def test_a_part_named_by_a_word_of_the_wholes_noun_is_that_word(lexicon):
    got = read("为2163名劳动者追发工资等待遇3175.4万元，其中农民工1870人、工资2906.8万元。", lexicon)
    assert next(f for f in got if f.unit == "万元" and f.value != got[1].value).indicator == "工资", got


def test_a_breakdown_in_brackets_and_the_whole_borrowed_past_it(lexicon):
    got = read("受理投诉举报：8123件（其中投诉6472件、举报1651件）；办结8011件。", lexicon)
    assert [(f.value, f.indicator) for f in got] == [
        (8123, "受理投诉举报"), (6472, "受理投诉"), (1651, "受理举报"), (8011, "办结投诉举报")], got


def test_a_counter_of_either_kind_in_brackets(lexicon):
    """辆（艘）次: vehicles or vessels checked, one counter written with its alternative."""
    got = read("检查车辆、船舶3.9万辆（艘）次，查处违法行为120起。", lexicon)
    assert (got[0].value, got[0].unit) == (Decimal("3.9"), "万辆（艘）次"), got


def test_one_closing_its_clause_is_a_count_and_elsewhere_an_idiom(lexicon):
    got = read("甲社区组建义务调解队一支，乙社区建成法治文化广场一处；干部与群众坐在一起，一次性告知办事要求。",
               lexicon)
    assert [(f.value, f.unit) for f in got] == [(1, "支"), (1, "处")], got


def test_a_sentence_opening_with_qizhong_breaks_down_the_one_before(lexicon):
    """…调处矛盾纠纷N件。其中，甲村调处K件，乙村调处L件: each part is the whole's figure of its village,
    never labelled with the village before it (乙村 is no 「甲村调处」)."""
    from kg.extract.text import parse_structure
    text = "一、主要工作\n全镇调解组织全年排查调处矛盾纠纷214件。其中，石桥村调处41件，杏林村调处33件。\n"
    got = extract_facts(parse_structure(text, lexicon).sentences, lexicon)
    whole, *parts = got
    assert [(f.value, f.indicator, f.scope) for f in parts] == [
        (41, whole.indicator, "石桥村"), (33, whole.indicator, "杏林村")], got
    # …but not across paragraphs: a new paragraph's 其中 has no whole before it
    apart = extract_facts(parse_structure(text.replace("。其中", "。\n其中"), lexicon).sentences, lexicon)
    assert next(f for f in apart if f.value == 41).scope is None, apart


def test_the_counts_after_a_change_borrow_the_noun_before_it(lexicon):
    """收到…N件，同比增长K%，受理M件；审结L件: the change is of the count before it, and the counts after
    it name what that count counts; 较上年的N件 is that count's of the year before."""
    got = read("全年收到行政复议申请9件，同比增长12.5%，受理8件；审结7件，其中：维持5件；驳回2件。", lexicon)
    assert [(f.value, f.indicator) for f in got if f.unit == "件"] == [
        (9, "收到行政复议申请"), (8, "受理行政复议申请"), (7, "审结行政复议申请"),
        (5, "维持行政复议申请"), (2, "驳回行政复议申请")], got
    before = read("厅本级收到行政复议申请71件，较上年的63件增长12.7%，受理65件。", lexicon)
    prior = next(f for f in before if f.value == 63)
    assert prior.prior and prior.indicator == before[0].indicator, before
    assert next(f for f in before if f.value == 65).indicator == "受理行政复议申请", before


def test_taking_part_is_no_part_of_the_action(lexicon):
    """参与化解信访积案N件 (light_words.txt): the figure is of 化解, and 协助某机关 still names whom it helped."""
    assert read("镇政府法律顾问审查合同协议52份，参与化解信访积案6件。", lexicon)[1].indicator == "化解信访积案"


def test_a_relative_clause_before_wei_ling_is_a_zero_and_each_zero_is_read_once(lexicon):
    """…经复议维持，被撤销或变更的为零；行政诉讼案件为零: two zeros, each once (a zero that two rules of
    zeros.tsv read is the first rule's)."""
    got = read("全年发生行政复议1件，经复议维持，被撤销或变更的为零；行政诉讼案件为零。", lexicon)
    zeros = sorted(f.indicator for f in got if f.kind == "zero")
    assert zeros == ["行政诉讼案件", "被撤销或变更"], got


def test_a_verdict_borrows_the_count_of_its_unit_past_one_of_another(lexicon):
    """…行政诉讼案件N件，镇长出庭应诉M次，败诉K件: 败诉 counts the lawsuits (件), not the hearings (次)."""
    got = read("以镇政府为被告的行政诉讼案件3件，镇长出庭应诉2次，败诉0件。", lexicon)
    lost = next(f for f in got if f.value == 0)
    assert lost.indicator.startswith("败诉") and "行政诉讼案件" in lost.indicator, got
    assert "出庭" not in lost.indicator, got
    won = read("全年办理行政应诉案件12件，胜诉10件。", lexicon)[1]
    assert won.indicator == "胜诉行政应诉案件", won


def test_items_counted_by_their_kind_before_respectively_are_each_of_that_kind(lexicon):
    """甲、乙、丙三个派出所分别受理N起、M起、K起: each figure is one 派出所's; three is a count of its own."""
    got = read("菱溪、桐岭、石湾三个派出所分别受理412起、287起、196起。", lexicon)
    assert [(f.value, f.actor) for f in got if f.unit == "起"] == [
        (412, "菱溪派出所"), (287, "桐岭派出所"), (196, "石湾派出所")], got
    assert any(f.value == 3 and f.indicator == "派出所" for f in got), got


def test_a_second_respectively_is_of_the_bodies_of_the_first(lexicon):
    """甲街道、乙街道分别调处N件、M件，调处成功率分别为K%和L%: each rate is its body's too."""
    got = read("枫溪街道、石湾街道分别调处矛盾纠纷120件、80件，调处成功率分别为96.5%和95%。", lexicon)
    assert [(f.value, f.indicator, f.actor) for f in got if f.unit == "%"] == [
        (96.5, "调处成功率", "枫溪街道"), (95, "调处成功率", "石湾街道")], got


def test_every_one_of_the_things_counted_is_a_figure_too(lexicon):
    """…N件，全部胜诉: 胜诉 N beside 败诉 0; 各N件，均已办结: each of the list 办结 N (zeros.tsv, value =)."""
    got = {(f.indicator, f.value, f.kind) for f in read("涉县政府行政诉讼案件4件，全部胜诉。", lexicon)}
    assert ("胜诉的涉县政府行政诉讼案件", 4, "level") in got and ("败诉的涉县政府行政诉讼案件", 0, "zero") in got
    got = {(f.indicator, f.value) for f in read("收到人大代表建议、政协委员提案各6件，均已办结。", lexicon)}
    assert {("办结的人大代表建议", 6), ("办结的政协委员提案", 6)} <= got
    # (a rate after them, 均为100%, is no such word: nothing more)
    assert len(read("收到司法建议、检察建议各2件，回复率均为100%。", lexicon)) == 3


def test_a_table_column_of_targets_is_planned_and_one_of_results_names_nothing(lexicon):
    from kg.extract.text import parse_structure
    text = "一、主要指标\n指标\t目标值\t完成值\n安全隐患整改率（%）\t98\t99.1\n"
    got = [(f.indicator, f.value, f.target) for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon)]
    assert got == [("安全隐患整改率", 98, True), ("安全隐患整改率", Decimal("99.1"), False)]


def test_a_restated_figure_is_counted_once_in_the_extraction_scores(lexicon):
    """…83个，已全部整改到位: 整改到位 83 is stored (it answers 整改了多少) but scored as the one figure it is."""
    from kg.evaluate import evaluate
    text = "一、主要工作\n发现问题83个，已全部整改到位。\n"
    gold = [{"value": 83, "unit": "个", "indicator": "发现问题", "actor": "", "sentence": "发现问题83个，已全部整改到位。"}]
    assert [f.restated for f in read("发现问题83个，已全部整改到位。", lexicon)] == [False, True]
    scores = evaluate(text, gold, lexicon)
    assert scores.total() == (1.0, 1.0) and not scores.spurious, scores


def test_a_list_counted_with_its_kind_gives_each_item_that_kind(lexicon):
    """澄渡、柘阳、苘源三市分别收案…: each item is a 市 (澄渡市), never 苘源三市."""
    got = [(f.value, f.actor) for f in read("澄渡、柘阳、苘源三市分别收案2104件、1388件和976件。", lexicon)]
    assert got == [(2104, "澄渡市"), (1388, "柘阳市"), (976, "苘源市")], got


def test_a_place_opening_a_sentence_is_whose_its_figures_are(lexicon):
    """柘阳市推行…，在立案前化解争议N件: the city is the clauses' subject; a verb ending no name (优化区域…)
    and a region stopword (城市管理…) are none."""
    assert [f.actor for f in read("柘阳市推行“复议前协商”，在立案前化解争议412件。", lexicon)] == ["柘阳市"]
    assert [f.actor for f in read("优化区域布局，新建站点5个。", lexicon)] == [None]
    assert [f.actor for f in read("城市管理执法队开展检查300次。", lexicon)] == [None]


def test_a_body_that_sets_up_or_holds_is_the_subject(lexicon):
    """镇便民服务中心设综合窗口6个，…办理各类事项N万件: 设 (actor_follow.txt) makes the body the subject."""
    got = {f.actor for f in read("镇便民服务中心设综合窗口6个，进驻事项132项，全年办理各类事项2.17万件。", lexicon)}
    assert got == {"镇便民服务中心"}, got


def test_more_ways_of_stating_none(lexicon):
    """未出现…的情况, …零发生, …无一例 (一 there is no count of one), 无一败诉 (of the cases, not their rate)."""
    got = [(f.indicator, f.value, f.kind) for f in read("全年以镇政府名义印发文件96件，未出现未经合法性审查即印发的情况。", lexicon)]
    assert ("未经合法性审查即印发的情况", 0, "zero") in got, got
    got = [(f.indicator, f.value, f.kind) for f in read("全年开展排查12次，越级上访零发生。", lexicon)]
    assert ("越级上访", 0, "zero") in got, got
    got = [(f.indicator, f.value, f.unit) for f in read("全年办理婚姻登记8,126对，差错登记无一例。", lexicon)]
    assert got == [("办理婚姻登记", 8126, "对"), ("差错登记", 0, "例")], got
    got = [(f.indicator, f.value, f.unit) for f in read("应诉行政诉讼案件3件，出庭应诉率100%，无一败诉。", lexicon)
           if f.kind == "zero"]
    assert got == [("败诉的应诉行政诉讼案件", 0, "件")], got
    assert not read("落实一对一帮扶，对接企业需求。", lexicon)


def test_a_stated_zeros_counter_is_any_of_its_group_in_the_scores(lexicon):
    """未发生…案件 writes no counter: 件 or 起 (unit_groups.tsv) agree with the gold's; a figure's own
    counter, written in the report, must be the gold's."""
    from kg.evaluate import evaluate
    text = "一、主要工作\n全年未发生民警执法过错案件。\n"
    gold = [{"value": 0, "unit": "起", "indicator": "民警执法过错案件", "actor": "", "sentence": "全年未发生民警执法过错案件。"}]
    assert evaluate(text, gold, lexicon).total() == (1.0, 1.0)
    text = "一、主要工作\n受理案件12件。\n"
    gold = [{"value": 12, "unit": "起", "indicator": "受理案件", "actor": "", "sentence": "受理案件12件。"}]
    assert evaluate(text, gold, lexicon).total() == (0.0, 0.0)



def test_a_list_of_years_under_respectively_dates_each_figure(lexicon):
    """2022年、2023年、2024年，我局分别办理…N件、M件、K件: each figure is of its year, the 分别's list."""
    got = [(f.value, f.period, f.indicator) for f in read(
        "2022年、2023年、2024年，我局分别办理信访事项120件、134件、151件。", lexicon)]
    assert got == [(120, 2022, "办理信访事项"), (134, 2023, "办理信访事项"), (151, 2024, "办理信访事项")], got


def test_changes_under_respectively_are_of_the_figures_before_them(lexicon):
    """…N件、…M件，同比分别增长A%和B%: the changes are of the two figures before, in their order."""
    got = [(f.value, f.kind, f.indicator) for f in read(
        "全年办理施工许可证88件、预售许可证23件，同比分别增长4.8%和15%。", lexicon) if f.kind == "change"]
    assert got == [(Decimal("4.8"), "change", "施工许可证同比增长"), (15, "change", "预售许可证同比增长")], got


def test_a_word_ending_like_a_link_word_keeps_it(lexicon):
    """审计N个 is no 审 计N个: link_keep.txt keeps 审计, 统计, 送达 whole before a number."""
    got = [f.indicator for f in read("全年完成专项审计7个，送达文书15份。", lexicon)]
    assert got == ["完成专项审计", "送达文书"], got


def test_a_table_whose_unit_is_a_column_of_its_own(lexicon):
    """指标｜单位｜2023年｜2024年: the 单位 column gives each row's unit, never a part of its name."""
    text = "一、工作情况\n开展工作。\n附件：主要数据\n指标\t单位\t2023年\t2024年\n受理投诉\t件\t71\t80\n发放补贴\t万元\t12.5\t14\n"
    got = [(f.indicator, f.value, f.unit, f.period) for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon)]
    assert got == [("受理投诉", 71, "件", 2023), ("受理投诉", 80, "件", 2024),
                   ("发放补贴", Decimal("12.5"), "万元", 2023), ("发放补贴", 14, "万元", 2024)], got


def _facts_of(text, lexicon):
    return extract_facts(parse_structure("某县某局2025年度法治政府建设情况报告\n一、工作成效\n" + text, lexicon).sentences,
                         lexicon)


def test_years_under_one_respectively_name_the_subject_not_the_link_verb(lexicon):
    # 2023年、2024年、2025年，全县…立案数分别为A件、B件、C件: each figure its year, each named by the
    # subject (the verb 为 names nothing)
    facts = _facts_of("2023年、2024年、2025年，全县林业行政案件立案数分别为41件、37件、33件。", lexicon)
    got = sorted((f.period, f.value, f.indicator) for f in facts)
    assert got == [(2023, 41, "林业行政案件立案数"), (2024, 37, "林业行政案件立案数"), (2025, 33, "林业行政案件立案数")]


def test_a_stage_figure_may_carry_how_it_is_meant(lexicon):
    # 由法定的N个工作日压减至平均M个工作日: N what it was (its legal limit), M what it became (on average)
    facts = _facts_of("林木采伐许可审批时限由法定的20个工作日压减至平均5个工作日。", lexicon)
    got = sorted((f.value, f.indicator, f.stage) for f in facts)
    assert got == [(5, "林木采伐许可审批时限", "after"), (20, "林木采伐许可审批时限", "before")]


def test_a_table_row_opening_with_a_verb_is_no_body_whatever_it_ends_with(lexicon):
    # 检查经营场所: 所 ends a place that was checked (as 派出所 ends a body), and the row names its figures
    text = ("某局2025年法治政府建设情况报告\n一、主要工作\n附表\n"
            "指标        单位    2024年    2025年\n检查经营场所    家次    1,200    1,350\n")
    st = parse_structure(text, lexicon)
    found = [(f.indicator, f.value, f.period) for f in extract_facts(st.sentences, lexicon, sections=st.sections)]
    assert found == [("检查经营场所", 1200, 2024), ("检查经营场所", 1350, 2025)]


@pytest.mark.parametrize("sentence, found", [
    # …的情形 closes what did not happen as …的情况 does
    ("全年作出行政处罚决定6件，未发生行政处罚被撤销的情形。", ("行政处罚被撤销的情况", 0, "件")),
    # a clause with a short subject of its own before 未发现 keeps it
    ("制定规范性文件3件，备案审查未发现需要纠正的问题。", ("备案审查发现需要纠正的问题", 0, "件")),
    # 合计 before the number frames it (as 共计): never 罚款金额合
    ("全年罚款金额合计2.5万元。", ("罚款金额", 2.5, "万元")),
])
def test_more_stated_zeros_and_a_total_word_before_the_number(lexicon, sentence, found):
    assert found in [(f.indicator, f.value, f.unit) for f in read(sentence, lexicon)]


def test_a_way_of_acting_before_the_verb_is_a_kind_of_the_whole_not_a_part_of_the_place(lexicon):
    """其中“综合查一次”联合检查M次: 联合 right before its verb is how it was done (no frame to strip,
    no part of the place before the whole's verb), so the part keeps its own name."""
    found = read("全区各执法部门实施行政检查5,200次，其中“综合查一次”联合检查310次。", lexicon)
    assert [f.indicator for f in found] == ["各执法部门实施行政检查", "“综合查一次”联合检查"]
    assert found[1].scope is None


def test_a_body_of_a_place_named_by_its_form_opens_the_clause_as_its_subject(lexicon):
    """甲城市气象局全年办理…: that body's figure (a part of the report's own place), whatever the place's
    name; but 会同县应急管理局检查… names a partner after 会同, no place of the report's."""
    assert [f.actor for f in read("葭湾区民政局全年办理婚姻登记1520对。", lexicon)] == ["葭湾区民政局"]
    assert not read("会同县应急管理局检查燃气经营企业5家。", lexicon)[0].actor


def test_a_table_of_one_row_under_a_numbered_caption(lexicon):
    """表一 …行政许可…统计表（单位：件） over 「申请数量｜受理数量」 and one row of figures: each column's
    name is its figure's, with what the caption says the table counts; a cell between bars may hold a
    comma (暂扣、吊销许可证件，降低资质等级)."""
    found = _facts_of("表一　2024年度全县行政许可实施情况统计表（单位：件）\n申请数量 | 受理数量 | 不予许可数量\n"
                      "9,120 | 9,003 | 27\n\n表二　2024年度全县行政处罚实施情况统计表（单位：宗）\n处罚类别 | 数量\n"
                      "警告 | 310\n暂扣、吊销许可证件，降低资质等级 | 12\n合计 | 322\n", lexicon)
    got = {(f.indicator, f.value, f.unit) for f in found}
    assert {("行政许可申请数量", 9120, "件"), ("行政许可受理数量", 9003, "件"), ("行政许可不予许可数量", 27, "件"),
            ("行政处罚合计", 322, "宗")} <= got, got
    assert any(f.value == 12 for f in found), got


@pytest.mark.parametrize("sentence, prior", [
    # a clause opening with the year before is that year's, and so is a figure after a comma that
    # names no time of its own
    ("上年全县作出行政处罚4,100宗，罚没金额1,203.5万元；本年作出处罚3,900宗。", {4100: True, 1203.5: True, 3900: False}),
    # 上年为N after a comma restates the figure before it; the one after is this year's again
    ("全年收到申请30件，上年为25件，办结28件。", {30: False, 25: True, 28: False}),
    # …after its change in per cent: the year before's of the count the change is of
    ("全年开展检查3,566次，同比下降31.5%（上年为5,206次）。", {3566: False, 31.5: False, 5206: True}),
])
def test_the_year_before_opening_a_clause(lexicon, sentence, prior):
    assert {f.value: f.prior for f in read(sentence, lexicon)} == prior


def test_the_year_before_after_a_change_is_the_counts_own(lexicon):
    got = {f.value: f for f in read("全年开展检查3,566次，同比下降31.5%（上年为5,206次）。", lexicon)}
    assert got[5206].indicator == got[3566].indicator and got[5206].prior


def test_a_total_after_a_new_count_borrows_the_thing_not_the_new(lexicon):
    """新培育“法律明白人”N名，全县累计达到M名: 累计 of the thing, never 新培育's total."""
    found = read("新培育“法律明白人”120名，全县累计达到980名。", lexicon)
    assert [f.indicator for f in found] == ["新培育“法律明白人”", "累计“法律明白人”"]


def test_a_body_after_a_semicolon_acting_with_zuochu(lexicon):
    """县综合行政执法局作出行政处罚N宗: 作出 is a verb, so the body is the clause's subject; 上年全县 is a
    time and the whole place, no body's or place's name."""
    found = read("县市场监督管理局作出行政处罚410宗；县综合行政执法局作出行政处罚380宗。", lexicon)
    assert [f.actor for f in found] == ["县市场监督管理局", "县综合行政执法局"]
    assert read("上年全县作出行政处罚500宗。", lexicon)[0].actor is None


@pytest.mark.parametrize("sentence, zeros", [
    # 无败诉案件 after the cases counted: an outcome of those cases, not of 案件 at large
    ("以本局为被告的行政诉讼案件4件，均以原告撤诉结案，无败诉案件。", ["败诉的以本局为被告的行政诉讼案件"]),
    ("发生行政诉讼案件2件，一审均驳回原告诉讼请求，全年无败诉案件。", ["败诉的发生行政诉讼案件"]),
    # …and of the cases, past a count of what was done about them (出庭应诉 is no case)
    ("应诉行政诉讼案件6件，局负责人出庭应诉6件，无一败诉。", ["败诉的应诉行政诉讼案件"]),
    # nothing counted before: the outcome and its noun as written
    ("本年度依法行政，无败诉案件。", ["败诉案件"]),
    ("某乡全年没有作出行政处罚决定。", ["某乡作出行政处罚决定"]),
    ("以本局为被告的一审行政诉讼案件2件，没有败诉。", ["败诉的以本局为被告的一审行政诉讼案件"]),
    ("引发的行政复议3件、行政诉讼1件，均未被纠错。", ["被纠错的行政诉讼"]),
    # the documents, not the time limit between them and the zero
    ("制发规范性文件16件，均在30日内报送备案，无一件被要求纠正。", ["被要求纠正的制发规范性文件"]),
    ("全年未出现超期办理的许可申请。", ["超期办理的许可申请"]),          # a thing of more than eight characters
    ("法院判决驳回诉讼请求，全年没有行政诉讼败诉案件。", ["行政诉讼败诉案件"]),
    ("受理后尚未作出决定的申请，转入下一年继续办理。", []),              # 尚未: pending, not none at all
])
def test_none_came_of_the_things_counted_and_not_yet(lexicon, sentence, zeros):
    """A stated zero of an outcome is of the things counted just before it; 尚未 is no zero."""
    assert [f.indicator for f in read(sentence, lexicon) if f.kind == "zero"] == zeros


def test_a_table_given_several_units_gives_each_column_the_one_its_heading_names(lexicon):
    # （单位：户次、万元）: an amount's column (罚款金额) in 万元, the others in the one count unit left
    facts = _facts_of("表1　各分局行政处罚情况\n（单位：户次、万元）\n| 单位 | 简易程序 | 罚款金额 |\n|---|---|---|\n"
                      "| 甲乙税务分局 | 251 | 65.16 |\n| 丙丁税务所 | 173 | 18.90 |\n", lexicon)
    got = sorted((f.actor or "", f.indicator, f.value, f.unit) for f in facts)
    assert got == [("丙丁税务所", "简易程序", 173, "户次"), ("丙丁税务所", "罚款金额", Decimal("18.90"), "万元"),
                   ("甲乙税务分局", "简易程序", 251, "户次"), ("甲乙税务分局", "罚款金额", Decimal("65.16"), "万元")], got


def test_words_after_a_rows_figures_are_a_note_on_the_row(lexicon):
    # 「甲社区｜52｜51｜物业、邻里」: the last column (主要纠纷类型) describes the row, names no figure
    facts = _facts_of("| 村（社区） | 受理（件） | 调解成功（件） | 主要纠纷类型 |\n|---|---|---|---|\n"
                      "| 甲社区 | 52 | 51 | 物业、邻里 |\n| 乙村 | 46 | 45 | 土地承包 |\n", lexicon)
    assert sorted(f.value for f in facts) == [45, 46, 51, 52], [(f.value, f.indicator) for f in facts]


def test_how_a_verb_came_out_borrows_its_subject_and_thing(lexicon):
    # 调处…N件，调解成功M件，成功率K%: M is the disputes mediated with success, by the same bodies; the rate
    # is named by that outcome; a part after 其中 naming the whole's verb (调处) is the whole's, not M's
    facts = _facts_of("全县各级人民调解组织调处矛盾纠纷2,684件，调解成功2,617件，成功率97.5%，其中甲乡调处312件。", lexicon)
    got = {f.value: f.indicator for f in facts}
    assert got[2617] == "各级人民调解组织调解成功矛盾纠纷", got
    assert got[Decimal("97.5")] == "矛盾纠纷调解成功率", got
    assert got[312] == got[2684], got


def test_a_bound_is_read_whole_and_belongs_to_its_number(lexicon):
    # 不超过N: a bound of its own, never 不 + 超过; 少于M before the next number is that number's bound,
    # no word of the noun the number before it opens (全省仍有N个机构可办事项少于M项)
    facts = _facts_of("办理时限不超过5个工作日。全省仍有3个县级机构可办事项少于40项。", lexicon)
    got = {f.value: f for f in facts}
    assert got[5].qualifier == "atMost" and got[5].indicator == "办理时限", (got[5].qualifier, got[5].indicator)
    assert got[40].qualifier == "lessThan", got[40].qualifier
    assert "少于" not in got[3].indicator, got[3].indicator


def test_a_year_in_brackets_after_a_figure_is_its_period(lexicon):
    facts = _facts_of("复议案件中被纠错1件（2024年），2025年未发生被纠错案件。", lexicon)
    assert next(f for f in facts if f.value == 1).period == 2024


def test_a_year_between_a_from_or_to_word_and_its_figure_is_no_word_of_its_name(lexicon):
    # 由2023年初的N个工作日压缩到2025年的M个: what it was and what it became, each named by its noun
    facts = _facts_of("平均用时由2023年初的1.5个工作日压缩到2025年的0.5个工作日。", lexicon)
    got = {f.value: f for f in facts}
    assert got[Decimal("1.5")].stage == "before" and got[Decimal("0.5")].stage == "after", facts
    assert got[Decimal("1.5")].period == 2023 and "2025" not in got[Decimal("0.5")].indicator, facts


def test_a_run_of_years_before_respectively_is_each_figures_year(lexicon):
    facts = _facts_of("2023年至2025年，全县立案查处违法案件分别为386件、412件、447件。", lexicon)
    assert [(f.value, f.period) for f in facts] == [(386, 2023), (412, 2024), (447, 2025)], facts


def test_a_table_heading_ending_in_its_unit_unbracketed_is_read(lexicon):
    # 检查户次 as a column heading: the words 检查, the unit 户次 (as 检查（户次） would say)
    text = "某委报告\n一、执法\n表1　执法情况\n单位 | 检查户次 | 立案（件）\n甲科 | 320 | 12\n乙大队 | 410 | 9\n"
    got = [(f.indicator, f.value, f.unit) for f in extract_facts(parse_structure(text, lexicon).sentences, lexicon)]
    assert ("甲科检查", 320, "户次") in got and ("甲科立案", 12, "件") in got, got
