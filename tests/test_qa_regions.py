"""Questions are answered only from the report of the year and region they name."""

import pytest

from kg.build import build
from kg.qa import ask, engine_for
from kg.store import GraphStore


@pytest.fixture(scope="module")
def engine(two_report_config):
    return engine_for(GraphStore.from_dataset(build(two_report_config)), two_report_config)


def test_named_region_is_used(engine):
    a = engine.answer("白桦区收到行政复议申请多少件")
    assert a.answered and [f.value for f in a.facts] == [53]
    assert a.report["region"] == "白桦区" and a.facts[0].year == 2024


def test_unnamed_region_uses_the_latest_report(engine):
    a = engine.answer("收到行政复议申请多少件")
    assert a.facts[0].value == 32 and a.report["region"] == "铁西区"


def test_missing_year_of_a_known_region_is_no_data(engine):
    a = engine.answer("2024年铁西区行政复议多少件")
    assert a.status == "no_data" and not a.facts
    a = engine.answer("2023年白桦区法律援助受理多少件")
    assert a.status == "no_data" and not a.facts


def test_explicit_store_argument(two_report_config):
    store = GraphStore.from_dataset(build(two_report_config))
    a = ask("白桦区进驻率是多少", store=store, config=two_report_config)
    assert [f.value for f in a.facts] == [96.09]


def test_two_regions_named_get_one_figure_each(engine):
    a = engine.answer("白桦区和铁西区法律援助案件各多少件")
    assert a.kind == "multi" and sorted(f.value for f in a.facts) == [328, 517]
    assert "白桦区" in a.answer and "铁西区" in a.answer
    a = engine.answer("铁西区和白桦区的人口各多少")
    assert a.status == "no_data" and not a.facts


def test_the_action_is_kept_apart_where_a_report_states_several(engine):
    """收到 53, 受理 46, 审结 42 in one sentence: each asked gets its own, never a neighbour's."""
    assert [f.value for f in engine.answer("白桦区行政复议受理了几件").facts] == [46]
    assert [f.value for f in engine.answer("白桦区收到行政复议申请多少件").facts] == [53]
    assert [f.value for f in engine.answer("白桦区行政复议办结了几件").facts] == [42]   # 审结 is 办结


def test_ranking_needs_two_regions():
    a = ask("哪个区法律援助案件最多")
    assert a.status == "no_data" and not a.facts


def test_both_question_sets_all_right_and_none_wrong(engine):
    """The development set and the fixture's set over the two-report graph: every answer right."""
    import json
    from pathlib import Path

    from scoring import judge
    fixtures = Path(__file__).parent / "fixtures"
    for name in ("dev_questions.jsonl", "baihua_2024_questions.jsonl"):
        rows = [json.loads(x) for x in (fixtures / name).read_text("utf-8").splitlines() if x.strip()]
        missed = [row["q"] for row in rows if not judge(row, engine.answer(row["q"]).to_dict())]
        assert not missed, (name, missed)


def _conversation(engine, turns):
    context, ans = None, None
    for q in turns:
        ans = engine.answer(q, context)
        context = ans.context or context
    return ans


def test_a_remainder_takes_the_whole_an_earlier_turn_named(engine):
    """受理 → 审结 → 还有几件没审结: the whole is the first turn's (受理), not the 收到 of the same sentence."""
    a = _conversation(engine, ["白桦区区司法局受理行政复议申请多少件？", "审结了多少？", "还有几件没审结？"])
    assert a.answered and a.facts[0].computed and a.facts[0].value == 46 - 42
    b = _conversation(engine, ["白桦区区司法局收到行政复议申请多少件？", "审结了多少？", "还有几件没审结？"])
    assert b.answered and b.facts[0].value == 53 - 42


def test_a_remainder_whose_whole_was_never_named_is_declined(engine):
    """收到 and 受理 both stand before 审结 in one sentence: no silent choice of the whole."""
    a = engine.answer("白桦区行政复议申请还有几件没审结？")
    assert not a.answered and not a.facts


def test_a_department_after_the_city_of_a_district_is_the_citys():
    """四平市司法局 is the city's bureau, not the district's 区司法局, even where the district is named too."""
    for q in ("四平市司法局办结了铁西区的行政复议申请多少件", "四平市司法局办结了多少件行政复议"):
        a = ask(q)
        assert not a.answered, (q, a.answer)
    assert [f.value for f in ask("四平市铁西区司法局办结了多少件行政复议").facts] == [28]
