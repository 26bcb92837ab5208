"""Which report a question is about, with every layout fixture loaded together: by the publisher
(its everyday names), the place (a city's own report before a district's), the level and the year."""

import shutil
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.config import Config
from kg.qa import engine_for
from kg.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def all_config(tmp_path_factory, config):
    d = tmp_path_factory.mktemp("all")
    shutil.copytree(config.data_dir / "lexicon", d / "lexicon")
    shutil.copytree(config.data_dir / "reports", d / "reports")
    for folder in ("reports", "layouts"):
        for f in (FIXTURES / folder).iterdir():
            if f.suffix in (".json", ".txt"):
                shutil.copy(f, d / "reports" / f.name)
    return Config(data_dir=d)


@pytest.fixture(scope="module")
def engine(all_config):
    return engine_for(GraphStore.from_dataset(build(all_config)), all_config)


def report_of(a):
    return a.report and a.report["iri"].rsplit("/", 1)[-1]


def test_a_department_and_its_government_of_one_year_are_both_loaded(engine):
    ids = {x.iri.rsplit("/", 1)[-1] for x in engine.reports}
    assert {"qingsong-city-2023", "qingsong-scj-2023"} <= ids


@pytest.mark.parametrize("q, report, value", [
    ("青松市市场监管局查办各类案件多少件", "qingsong-scj-2023", 1026),          # everyday name of the publisher
    ("青松市市场监督管理局2023年查办各类案件多少件", "qingsong-scj-2023", 1026),
    ("青松市2023年市场监管局查办各类案件多少件", "qingsong-scj-2023", 1026),    # place + department, same year
    ("市政府办公室审核以市政府名义印发的规范性文件多少件", "qingsong-zfb-2024", 24),
    ("青松市2023年主持召开市政府常务会议多少次", "qingsong-city-2023", 12),      # the city's own report
    ("青松市全市主持召开市政府常务会议几次", "qingsong-city-2023", 12),
    ("白桦区司法局开展法律进社区活动多少场", "baihua-sifa-2023", 46),
    ("白桦区司法局审结的行政复议案件有多少件", "baihua-sifa-2023", 58),      # an application is its case
    ("中共松林县委2022年审查规范性文件多少件", "songlin-county-2022", 38),      # one of a joint publisher
])
def test_the_report_named_is_the_one_answered(engine, q, report, value):
    a = engine.answer(q)
    assert a.answered and report_of(a) == report and value in [f.value for f in a.facts], a.answer


def test_a_province_named_is_its_own_report_not_a_level_refusal(engine):
    rep = next(x for x in engine.reports if x.region == "青岚省")
    o = next(o for o in engine.cat.figures[rep.iri] if o.kind == "level" and o.unit != "%")
    a = engine.answer(f"青岚省全省{o.label}多少{o.unit}")
    assert a.answered and report_of(a) == "qinglan-province-2022", a.answer


@pytest.mark.parametrize("q", [
    "青松市司法局2023年查办各类案件多少件",       # a department of the city with no report, not stating it
    "青松市市场监管局2025年查办各类案件多少件",    # the publisher has no report of that year
    "全省主持召开市政府常务会议多少次",            # a level named with no place: none of the default's
])
def test_a_publisher_or_level_without_that_report_is_declined(engine, q):
    a = engine.answer(q)
    assert not a.answered and not a.facts, a.answer


def test_a_district_question_naming_its_city_stays_with_the_district(engine):
    a = engine.answer("青松市白桦区2024年区法律援助中心受理法律援助案件多少件")
    assert a.answered and report_of(a) == "baihua-2024"


def test_generated_paraphrases_over_all_layout_fixtures_have_no_wrong_answer(engine):
    """Every report of every layout, loaded together, asked the generated way (gold from the graph)."""
    sys.path[:0] = [str(ROOT / "bench")]
    from paraphrase_eval import evaluate
    from paraphrases import generate
    questions = [q for rep in engine.reports for q in generate(engine, rep=rep)]
    assert sum(q.persona == "routing" for q in questions) >= 20
    res = evaluate(engine, questions)
    shown = [(q.q, a["answer"][:60]) for q, a in res["misses"] if a["answered"]][:5]
    assert res["wrong"] == 0, shown
    assert res["good"] / res["total"] >= 0.97


@pytest.mark.parametrize("q, report, value", [
    # the government's report named as the source: its own line on the department, not the department's report
    ("根据青松市人民政府2023年的报告，市市场监管局一共查办案件多少件", "qingsong-city-2023", 1850),
    ("青松市人民政府2023年报告里，市市场监管局查办了几件案件", "qingsong-city-2023", 1850),
    # the department's own report named as the source
    ("据青松市市场监督管理局2023年的报告，全局查办各类案件多少件", "qingsong-scj-2023", 1026),
])
def test_a_report_named_as_the_source_is_the_one_answered(engine, q, report, value):
    a = engine.answer(q)
    assert a.answered and report_of(a) == report and [f.value for f in a.facts] == [value], a.answer
