"""Joins through shared concepts count each observation once, whatever the number of reports.

Indicators, regions and organisations are shared by several reports; the
default graph must be the RDF merge (each triple once), not one copy per
report graph, or every SUM and COUNT through them multiplies.
"""

import json
import shutil
from collections import Counter

import pytest

from kg.build import build
from kg.config import PROJECT_ROOT, Config
from kg.namespaces import QB, RDF, Iris
from kg.store import GraphStore

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
P = """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
PER_REGION = P + """SELECT ?region (COUNT(?o) AS ?n) WHERE {
  ?o a qb:Observation ; fz:region/skos:prefLabel ?region ; fz:indicator/skos:prefLabel ?i .
} GROUP BY ?region"""
SUM_PER_YEAR = P + """SELECT ?wanted ?year (SUM(?v) AS ?total) WHERE {
  ?o fz:indicator ?ind ; fz:value ?v ; fz:year ?year ; fz:region ?r .
  ?ind skos:prefLabel ?wanted . ?r skos:prefLabel ?rl .
} GROUP BY ?wanted ?year"""
ALL_FIGURES = P + """SELECT ?o ?indicator ?value ?actor WHERE {
  ?o fz:indicator/skos:prefLabel ?indicator ; fz:value ?value .
  OPTIONAL { ?o fz:actor/skos:prefLabel ?actor }
}"""


def _copy(d, src_json, rid, **meta_changes):
    meta = json.loads(src_json.read_text("utf-8"))
    text = (src_json.parent / meta["text"]).read_text("utf-8")
    for old, new in meta_changes.pop("replace", []):
        text = text.replace(old, new)
    meta.update(id=rid, text=f"{rid}.txt", **meta_changes)
    (d / f"{rid}.txt").write_text(text, encoding="utf-8")
    (d / f"{rid}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def four_reports(tmp_path_factory):
    """Tiexi 2025, Baihua 2024, Baihua 2025 (same region, shared organisations) and Tiedong 2025
    (the Tiexi text under another name: the same indicators, shared across regions)."""
    d = tmp_path_factory.mktemp("data")
    shutil.copytree(PROJECT_ROOT / "data" / "lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data" / "reports", d / "reports")
    reports = d / "reports"
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, reports / f.name)
    _copy(reports, FIXTURES / "reports" / "baihua-2024.json", "baihua-2025", year=2025,
          replace=[("2024", "2025")])
    _copy(reports, PROJECT_ROOT / "data" / "reports" / "tiexi-2025.json", "tiedong-2025",
          region="铁东区", publisher="四平市铁东区人民政府",
          title="四平市铁东区人民政府关于2025年度法治政府建设情况的报告",
          replace=[("铁西", "铁东")])
    config = Config(data_dir=d)
    ds = build(config)
    return config, ds, GraphStore.from_dataset(ds)


def _observations(ds, config):
    """Each observation once, with its region label, year, indicator label and value (from rdflib)."""
    iris = Iris(config.base_iri)
    FZ = iris.FZ
    merged = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    by = {}
    for s, p, o in merged:
        by.setdefault(s, {}).setdefault(p, []).append(o)
    out = []
    for s, props in by.items():
        if QB.Observation not in props.get(RDF.type, []):
            continue
        (region,) = props[FZ.region]
        (indicator,) = props[FZ.indicator]
        region_label = next(str(o) for p_, o in ((p, o) for p, os in by[region].items() for o in os)
                            if str(p_).endswith("core#prefLabel"))
        ind_label = next(str(o) for p_, os in by[indicator].items() for o in os
                         if str(p_).endswith("core#prefLabel"))
        (value,) = props[FZ.value]
        (year,) = props[FZ.year]
        out.append((str(s), region_label, int(year), ind_label, value.toPython()))
    return out


def test_counts_per_region_are_each_observation_once(four_reports):
    config, ds, store = four_reports
    obs = _observations(ds, config)
    expected = Counter(region for _, region, *_ in obs)
    assert len(expected) == 3 and len(obs) > 100
    got = {r["region"]: r["n"] for r in store.select(PER_REGION)}
    assert got == dict(expected)


def test_sums_per_year_through_indicators_and_regions(four_reports):
    config, ds, store = four_reports
    obs = _observations(ds, config)
    label = Counter(ind for *_, ind, _ in obs).most_common(1)[0][0]
    expected = Counter()
    for _, _, year, ind, value in obs:
        if ind == label:
            expected[year] += value
    from rdflib import Literal
    rows = store.select(SUM_PER_YEAR, {"wanted": Literal(label, lang="zh")})
    assert {r["year"]: r["total"] for r in rows} == dict(expected)


def test_every_figure_is_one_row(four_reports):
    config, ds, store = four_reports
    rows = store.select(ALL_FIGURES)
    assert len(rows) == len({r["o"] for r in rows}) == len(_observations(ds, config))


def test_each_triple_in_one_graph(four_reports):
    """Only the context sentence of an organisation may repeat, when two reports quote it alike
    (Baihua 2024 and its 2025 copy here)."""
    config, ds, _ = four_reports
    seen = Counter((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None)))
    repeated = {p for (s, p, o), n in seen.items() if n > 1}
    assert repeated == {Iris(config.base_iri).FZ.context}


def test_the_sparql_endpoint_counts_once(four_reports):
    from service import create_app
    config, ds, _ = four_reports
    client = create_app({"KG_CONFIG": config, "TESTING": True}).test_client()
    r = client.get("/sparql", query_string={"query": PER_REGION},
                   headers={"Accept": "application/sparql-results+json"})
    got = {b["region"]["value"]: int(b["n"]["value"]) for b in r.get_json()["results"]["bindings"]}
    assert got == dict(Counter(region for _, region, *_ in _observations(ds, config)))
