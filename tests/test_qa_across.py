"""Questions across regions and years, and indicators shared across reports."""

import json
import shutil

import pytest
from rdflib.namespace import SKOS

from kg.build import build
from kg.config import PROJECT_ROOT, Config
from kg.namespaces import Iris
from kg.qa import engine_for
from kg.store import GraphStore

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory):
    """Tiexi 2025, Baihua 2024 and a made-up Baihua 2025 (the fixture with two figures changed)."""
    d = tmp_path_factory.mktemp("data")
    shutil.copytree(PROJECT_ROOT / "data" / "lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data" / "reports", d / "reports")
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, d / "reports" / f.name)
    text = (FIXTURES / "reports" / "baihua-2024.txt").read_text("utf-8")
    text = text.replace("2024", "2025").replace("收到行政复议申请53件", "收到行政复议申请60件")
    (d / "reports" / "baihua-2025.txt").write_text(text, encoding="utf-8")
    meta = json.loads((FIXTURES / "reports" / "baihua-2024.json").read_text("utf-8"))
    meta.update(id="baihua-2025", year=2025, text="baihua-2025.txt")
    (d / "reports" / "baihua-2025.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    config = Config(data_dir=d)
    return config, engine_for(GraphStore.from_dataset(build(config)), config)


def test_comparison_across_years(three_reports):
    _, engine = three_reports
    a = engine.answer("白桦区2025年行政复议比2024年多了多少件")
    assert a.kind == "derived" and a.facts[0].computed and a.facts[0].value == 7
    assert {f.year for f in a.facts[1:]} == {2024, 2025}


def test_each_year(three_reports):
    _, engine = three_reports
    a = engine.answer("白桦区各年收到行政复议申请各多少件")
    assert [(f.year, f.value) for f in a.facts] == [(2024, 53), (2025, 60)]


def test_missing_year_is_no_data_not_another_number(three_reports):
    _, engine = three_reports
    a = engine.answer("白桦区2023年行政复议比2024年多多少")
    assert a.status == "no_data" and not a.facts


def test_ranking_across_regions(three_reports):
    _, engine = three_reports
    a = engine.answer("哪个区县法律援助案件最多")
    assert a.kind == "ranking" and [f.value for f in a.facts] == [517, 328]
    assert a.answer.startswith("白桦区")


def test_unnamed_region_says_which_report(three_reports):
    _, engine = three_reports
    a = engine.answer("法律援助中心受理了多少件案件")
    assert a.report["year"] == 2025 and a.report["region"] in a.answer
    assert any("白桦区" in s or "铁西区" in s for s in a.suggestions)


def test_one_indicator_concept_across_reports(three_reports):
    config, _ = three_reports
    ds = build(config)
    iris = Iris(config.base_iri)
    concept = iris.indicator("受理法律援助案件")
    graphs = {g.identifier for g in ds.graphs() if (None, iris.FZ.indicator, concept) in g}
    assert {iris.graph("tiexi-2025"), iris.graph("baihua-2024")} <= graphs
    labels = {str(o) for g in ds.graphs() for o in g.objects(concept, SKOS.altLabel)}
    assert "法律援助中心受理案件" in labels
