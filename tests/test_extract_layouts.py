"""A layout the Tiexi report does not have (fictional fixture, tests/fixtures/layouts)."""

from decimal import Decimal

import pytest

from kg.extract.entities import extract_entities
from kg.extract.facts import extract_facts
from kg.extract.text import parse_structure
from kg.report import load_report


@pytest.fixture(scope="module")
def report():
    from conftest import FIXTURES
    return load_report(FIXTURES / "layouts" / "songlin-2025.json")


@pytest.fixture(scope="module")
def structure(report, lexicon):
    return parse_structure(report.text, lexicon)


@pytest.fixture(scope="module")
def facts(structure, lexicon):
    return {(f.value, f.unit): f for f in extract_facts(structure.sentences, lexicon)}


def test_section_roles_by_their_words(structure):
    roles = [s.role for s in structure.sections if s.level == 1]
    assert roles == ["work", "leaders", "problems", "plans", "work"]


def test_counts_in_parentheses_and_ordinal_points(facts):
    assert facts[(612, "项")].indicator == "政务服务事项"
    assert facts[(Decimal("86.5"), "万元")].indicator == "减免涉企收费"
    assert facts[(Decimal("2.3"), "万份")].indicator == "发放宣传资料"


def test_approximate_and_changes(facts):
    assert facts[(300, "人")].qualifier == "approximate"
    change = facts[(12, "%")]
    assert change.kind == "change" and change.qualifier == "increase" and "行政复议" in change.indicator
    assert facts[(3, "件")].kind == "change" and facts[(3, "件")].qualifier == "decrease"
    assert facts[(41, "件")].kind == "level"


def test_chinese_numerals_and_zeros(facts):
    assert facts[(1200, "次")].indicator == "开展执法检查"
    assert facts[(6, "次")].indicator == "开展专题学法"
    assert facts[(2, "次")].actor == "县司法局"
    zeros = [f for (v, _), f in facts.items() if f.kind == "zero"]
    assert len(zeros) == 2


def test_problems_and_headings_only_plans(structure, lexicon):
    entities = extract_entities(structure, lexicon)
    assert [e.label for e in entities if e.kind == "Problem"] == [
        "法治宣传的针对性有待加强", "基层执法力量相对不足", "数字化水平不高"]
    assert [e.label for e in entities if e.kind == "Plan"] == ["健全依法决策机制", "提升执法监督效能"]


def test_scaled_units_dates_ordinals_and_names(facts):
    assert facts[(Decimal("1.2"), "万件")].indicator == "受理群众来信"
    assert facts[(500, "人次")].qualifier == "approximate"          # 近500人次
    points = facts[(Decimal("2.5"), "个百分点")]
    assert points.kind == "change" and points.qualifier == "increase"
    assert (15, "日") not in facts                                   # 3月15日 is a date
    assert (3, "次") not in facts                                    # 第3次 is an ordinal
    assert (3, "项") not in facts                                    # 三项制度 is a name


def test_breakdowns_scaled_approximations_and_batches(facts):
    assert facts[(78, "件")].indicator == "维持行政复议案件"          # 其中维持78件
    assert facts[(12, "件")].indicator == "撤销行政复议案件"
    tens = facts[(10, "万人次")]
    assert tens.qualifier == "approximate" and tens.indicator == "覆盖群众"   # 10万余人次
    assert facts[(1200, "批次")].indicator == facts[(3600, "人次")].indicator == "接待群众来访"
    drop = facts[(Decimal("15.2"), "%")]
    assert drop.kind == "change" and drop.qualifier == "decrease"


def test_change_against_the_same_period(facts):
    assert facts[(27, "件")].kind == "level"
    more = facts[(17, "件")]
    assert more.kind == "change" and more.qualifier == "increase" and "行政诉讼" in more.indicator
