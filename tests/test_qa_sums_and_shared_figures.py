"""Sums and differences over figures a sentence shares: things a label lists (召开专题调度会、业务培训会N次)
asked one by one or together, one number stated for each of two things (司法建议、检察建议各N件), an
operand of a difference named without the body that did part of it, and two numbers asked apart that
are no share of what is left; over a county report (tests/fixtures/qa/mingshui-county-2025)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values

from kg.qa.engine import listed_items


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "mingshui-county-2025")


def test_the_things_a_label_lists_are_words_of_their_own(bureau):
    words = listed_items({"召开专题调度会、业务培训会", "健全损害赔偿与行政执法衔接机制"}, bureau.lx)
    assert {"专题调度会", "业务培训会"} <= words
    assert "健全损害赔偿" not in words and "损害赔偿" not in words     # (what one mechanism links)
    # one of them asked alone: the figure is of both, no answer for one
    a = bureau.answer("鸣水县专题调度会开了几次")
    assert declined(a) and "合计" in a.answer, a.answer


def test_a_figure_of_two_things_answers_their_sum(bureau):
    # (专班: who held them, a word the figure's sentence holds)
    assert values(bureau.answer("鸣水县专班召开的专题调度会和业务培训会，合计几次？")) == [9]


def test_a_number_stated_for_each_of_two_things_is_summed_when_both_are_asked(bureau):
    assert values(bureau.answer("鸣水县司法建议和检察建议一共多少件")) == [6, 3, 3]
    # …named in the sentence before the question, which points back to them
    a = bureau.answer("报告提到鸣水县收到了司法建议和检察建议。两类建议加起来一共几件？")
    assert values(a) == [6, 3, 3], a.answer
    assert values(bureau.answer("鸣水县收到几件司法建议")) == [3]


def test_an_operand_named_without_a_body_is_the_whole_not_a_bodys_part(bureau):
    # (化解纠纷640件 of all, not 交警派驻调解室's 73 of the same label)
    a = bureau.answer("鸣水县诉前调解案件比人民调解化解的纠纷多多少件？")
    assert values(a) == [270, 910, 640], a.answer
    # …while a body named on each side keeps each side's own part
    a = bureau.answer("鸣水县交警派驻调解室比法院派驻调解室多化解多少件纠纷")
    assert values(a) == [15, 73, 58], a.answer


def test_a_count_left_and_a_rate_asked_apart_are_no_share_of_what_is_left(bureau):
    assert declined(bureau.answer("鸣水县行政复议 还有几件没办结 办结率百分之几"))
    assert values(bureau.answer("鸣水县行政复议没办结的占百分之几")) == [10, 40, 36]


def _figure(engine, label: str, value):
    return next(o for rep in engine.reports for o in engine.cat.figures[rep.iri]
                if o.label_clean.startswith(label) and o.value == value)


def test_a_word_kept_whole_that_ends_in_the_things_counted(bureau):
    # another report's label (查处违法建设案件, 审结案件) may be a word the segmenter keeps whole: its
    # count noun (案件) names the things counted, whatever the report calls them, not a word to find
    r = bureau.reader.read("鸣水县立案查处的违法建设案件有多少件")
    r.tokens = ["立案", "查处违法建设案件"]
    assert bureau.evidence.check(r, _figure(bureau, "违法建设", 11)) == []
    r = bureau.reader.read("鸣水县审结行政复议案件中维持了多少件")
    r.scene, r.tokens = ["审结案件"], ["维持"]
    assert bureau.evidence.check(r, _figure(bureau, "维持", 21)) == []
    r.scene = ["受理案件"]
    assert bureau.evidence.check(r, _figure(bureau, "维持", 21)) != []      # (受理: no word of its paragraph)


def test_the_askers_pick_of_what_the_report_holds(bureau):
    # (报告里有A和B两个数，我要的是A: the clauses before the pick name what there is to choose from)
    a = bureau.answer("县司法局办理行政复议，报告里有收到和办结两个数，我现在要的是收到的申请，鸣水县是多少件？")
    assert values(a) == [40], a.answer
    a = bureau.answer("鸣水县的执法人员培训，报告里有场次和人次两个数，我要的是场次，多少场？")
    assert values(a) == [6], a.answer


def test_a_question_naming_nothing_is_of_the_setting_before_it(bureau):
    # (在…方面 is set aside as a setting; the question after it names nothing, so it is of the setting)
    assert values(bureau.answer("在人民调解组织化解纠纷方面，鸣水县有多少件？")) == [640]
    # …read as the turn before it: the measure picked (人次) is the one asked
    a = bureau.answer("鸣水县开展执法人员培训，场次和人次都有。这里要的是人次，一共多少？")
    assert values(a) == [412], a.answer


def test_a_target_of_a_year_is_the_plan_for_that_year(bureau):
    # (七、2026年工作打算 of a 2025 report: its targets are 2026's)
    assert declined(bureau.answer("鸣水县2025年执法人员培训的目标是不少于几场？"))
    assert values(bureau.answer("鸣水县2026年执法人员培训的目标是不少于几场？")) == [8]
    # …and so is a plan asked of 2025: the report's plans are named for 2026 (never taken for another
    # year's), while a year that names the report asks the plans it makes
    assert declined(bureau.answer("鸣水县2025年计划开展执法人员培训不少于几场？"))
    assert values(bureau.answer("根据鸣水县2025年度法治政府建设情况报告，计划开展执法人员培训不少于几场？")) == [8]


def test_a_share_right_after_its_count_is_of_that_count(bureau):
    # (约占…的百分之三十 is the share of the 1,200 checked, whose action it shares)
    a = bureau.answer("鸣水县检查的生产经营单位约占全县生产经营单位的百分之几？")
    assert values(a) == [30], a.answer
    # …and no share is computed of a whole smaller than its part
    assert declined(bureau.answer("鸣水县检查的生产经营单位占县应急管理局检查的生产经营单位的百分之几？"))


def test_a_rate_after_a_parts_count_is_that_parts(bureau):
    rate = _figure(bureau, "调解成功率", 100)
    assert bureau.evidence.part_place(rate)[0] == "栗溪村"
    assert declined(bureau.answer("鸣水县的调解成功率是多少？"))
    assert values(bureau.answer("鸣水县栗溪村的调解成功率是多少？")) == [100]
    # …and which village's it is, asked, is answered by it
    a = bureau.answer("鸣水县哪个村的调解成功率达到了百分之百？")
    assert a.answered and "栗溪村" in a.answer, a.answer


def test_which_place_asks_a_place_never_a_figure(bureau):
    from kg.qa.handlers import asked_head
    assert asked_head(bureau, "哪个村受理的纠纷最多", ("which",)) == "村"
    assert declined(bureau.answer("鸣水县哪个村受理的纠纷最多？"))


def test_the_one_sentence_holding_every_thing_named_answers_what(bureau):
    # (什么模式, with no 模式 in the report: the one sentence naming 深化 and 放管服改革 says it)
    a = bureau.answer("鸣水县深化放管服改革推进的是什么模式？")
    assert a.answered and "一窗通办" in a.answer, a.answer
    assert not bureau.answer("鸣水县深化放管服改革推行的是什么白名单？").answered


def test_a_figure_quoted_is_asked_what_it_counts(bureau):
    a = bureau.answer("鸣水县报告里的“910件”指的是哪一类案件？")
    assert a.answered and "诉前调解案件" in a.answer and values(a) == [910], a.answer
    assert values(bureau.answer("鸣水县报告中数字是29件的是哪项工作？")) == [29]
    # …never where the number stands for several things (司法建议、检察建议各3件)
    assert not bureau.answer("鸣水县报告里的3件是什么？").answered


def test_a_body_named_alone_finds_the_one_report_that_holds_it(bureau):
    # (no place named, a year named: 鹤汀税务分局, a name and a body's kind, is in one report's text only)
    a = bureau.answer("鹤汀税务分局2025年调处了多少件涉税纠纷？")
    assert values(a) == [42] and "鸣水县" in a.answer, a.answer
    # …never a department's common name, held by one report only, after a place no report is of
    assert not bureau.answer("蒗沅县应急管理局2025年检查了多少家生产经营单位？").answered


def test_a_part_named_before_anything_is_asked_is_every_parts(bureau):
    # (其中枫塘镇调处纠纷N件、排查隐患M处: 排查隐患 after 、 is 枫塘镇's too, the clause naming no scope of its own)
    a = bureau.answer("For 枫塘镇 in 2025, how many disputes were mediated (调处纠纷), and how many hazards were "
                      "found (排查隐患)?")
    assert values(a) == [120, 45], a.answer
    # …never the whole's figure for one of its parts
    a = bureau.answer("鸣水县枫塘镇2025年调处纠纷和排查隐患各多少？")
    assert values(a) in ([120, 45], []), a.answer
    # …and a level above the report's, named beside a part that finds the report, is still asked
    assert not bureau.answer("市里枫塘镇调处纠纷多少件").answered


def test_a_sum_word_glued_to_an_action_by_another_reports_label_is_no_thing(bureau):
    # (another report's table gives the label 合计受理, which the segmenter then keeps whole)
    bureau.segmenter.tokenizer.add_word("合计受理", freq=20000)
    assert "合计受理" in bureau.segmenter.cut("合计受理了多少件")
    assert bureau.reader.tokens("合计受理了多少件") == ["受理"]


def test_a_level_a_thing_comes_from_is_not_the_level_asked(bureau):
    # (市里枫塘镇…: the city asked, of which no report is; 枫塘镇从市里…: where a thing came from, and
    # the town's county report is asked — 枫塘镇 finds that report either way)
    assert bureau.reader.read("市里枫塘镇调处纠纷多少件").level == "city"
    assert bureau.reader.read("枫塘镇从市里接过来的纠纷调处了多少件").level is None
    assert values(bureau.answer("鸣水县从市里收到了多少件检察建议？")) == [3]


def test_each_asked_is_never_one_figure_of_both(bureau):
    # (各: a number for each; 召开专题调度会、业务培训会N次 is only their sum, 合计)
    assert not bureau.answer("鸣水县专班召开的专题调度会和业务培训会各开了几次？").answered
    assert not bureau.answer("鸣水县专题调度会和业务培训会分别开了几次？").answered
