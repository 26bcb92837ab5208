"""Who did what across a report's sentences, and the words that say what is counted: a subject a
clause or a 其中 sentence shares with the one before it, a subject two coordinated verbs share
(甲村调解室受理和调解成功的纠纷), a grade in Latin letters (5A级), the thing counted named before the
count word (成员单位有多少个), a word only another figure of the sentence names; over a county
文化广电和旅游局 report (tests/fixtures/qa/qinglu-wglj-2025)."""

import pytest
from test_qa_scope_and_plans import declined, engine_over, values


@pytest.fixture(scope="module")
def bureau(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "qinglu-wglj-2025")


@pytest.mark.parametrize("q, gold", [
    # the body the sentence opens with did what its later clauses say (…执法大队全年开展巡查N次；立案查处…)
    ("青麓县文化市场综合行政执法大队立案查处违法案件多少件？", [27]),
    # …and what a 其中 sentence after it breaks down
    ("青麓县文化市场综合行政执法大队城关中队办理案件多少件", [15]),
    # a village's two figures, the verbs sharing the village named before the first
    ("梅岭村调解室受理和调解成功的纠纷各有多少件？", [14, 13]),
    ("青麓县4A级以上景区有几家", [3]),
])
def test_what_the_report_states_is_answered(bureau, q, gold):
    a = bureau.answer(q)
    assert values(a) == gold, a.answer


@pytest.mark.parametrize("q", [
    "青麓县有多少家5A级景区？",          # a grade the report does not count (not the A级 whole)
    "青麓县5A级旅游景区数量",
])
def test_a_grade_in_latin_letters_is_part_of_what_is_asked(bureau, q):
    a = bureau.answer(q)
    assert declined(a), a.answer


def test_the_thing_counted_may_stand_before_the_count_word(bureau):
    r = bureau.reader.read("法治建设领导小组调整后成员单位有多少个？")
    assert ["成员", "单位"] in r.counted or ["成员单位"] in r.counted, r.counted
    assert bureau.reader.read("城关中队办理的案件有多少件").counted == []    # (案件: any count's)
    a = bureau.answer("青麓县文广旅局法治建设领导小组调整后成员单位有多少个？")
    assert values(a) in ([9], []) and 4 not in values(a), a.answer


def test_a_word_only_another_figure_of_the_sentence_names_asks_that_one(bureau):
    ev = bureau.evidence
    figs = {o.label: o for rep in bureau.reports for o in bureau.cat.figures[rep.iri]
            if "梅岭村" in o.sentence or "行政诉讼案件1件" in o.sentence}
    assert ev._named_by_sibling(figs["行政诉讼案件"], "行政复议") == "发生行政复议案件"
    # (调解成功 borrows its thing from the figure before it: 纠纷 is both's)
    assert ev._named_by_sibling(next(o for label, o in figs.items() if "调解成功" in label), "纠纷") == ""
