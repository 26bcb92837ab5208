"""The store folder: built once, opened read-only, brought up to date report by report."""

import json
import shutil

import pytest

from kg.build import build_store
from kg.config import PROJECT_ROOT, Config
from kg.qa import engine_for
from kg.store import StoreError, open_store
from kg.store.disk import MANIFEST, canonical_nquads, fresh

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
QUESTIONS = ["区司法局收到多少件行政复议申请", "白桦区2024年受理法律援助案件多少件", "法律援助受理多少件"]


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data" / "lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data" / "reports", d / "reports")
    return d


def _add_baihua(d, rid="baihua-2024", year=2024):
    text = (FIXTURES / "reports" / "baihua-2024.txt").read_text("utf-8").replace("2024", str(year))
    (d / "reports" / f"{rid}.txt").write_text(text, "utf-8")
    meta = json.loads((FIXTURES / "reports" / "baihua-2024.json").read_text("utf-8"))
    meta.update(id=rid, year=year, text=f"{rid}.txt")
    (d / "reports" / f"{rid}.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def test_served_store_answers_as_the_in_memory_graph(data, tmp_path):
    _add_baihua(data)
    config = Config(data_dir=data)
    summary = build_store(config, tmp_path / "store", jobs=2)
    assert summary.full and sorted(summary.extracted) == ["baihua-2024", "tiexi-2025"]
    assert summary.quads == summary.triples > 5000
    served = open_store(Config(data_dir=data, store=str(tmp_path / "store")))
    assert served.saved("catalogue") is not None and len(served) == summary.quads
    in_memory = open_store(config)   # no store in the data folder: built in memory
    assert in_memory.saved("catalogue") is None
    # the catalogue parts the build's workers made each from one report's graph are what
    # the finished store answers for that report
    from kg.namespaces import Iris
    from kg.qa.catalogue import query_catalogue
    from kg.qa.templates import make_templates
    iris = Iris(config.base_iri)
    assert served.saved("catalogue")[1] == query_catalogue(served, make_templates(str(iris.FZ)), iris)
    # the build's workers collect triples without rdflib graphs (kg.graph.Triples): the store
    # holds exactly the quads of the in-memory rdflib build
    from kg.build import build
    from kg.build import canonical_nquads as dataset_nquads
    assert canonical_nquads(tmp_path / "store").decode("utf-8") == dataset_nquads(build(config))
    a, b = engine_for(served, config), engine_for(in_memory, config)
    for q in QUESTIONS:
        assert a.answer(q).to_dict() == b.answer(q).to_dict()


def test_adding_one_report_extracts_only_it_and_equals_a_full_build(data, tmp_path):
    config = Config(data_dir=data)
    build_store(config, tmp_path / "store")
    tiexi_part = (tmp_path / "store" / "parts" / "tiexi-2025.pickle").stat().st_ino
    _add_baihua(data)
    summary = build_store(config, tmp_path / "store")
    assert not summary.full and summary.extracted == ["baihua-2024"]
    # the unchanged report's part of the catalogue is the last build's file, not made again
    assert (tmp_path / "store" / "parts" / "tiexi-2025.pickle").stat().st_ino == tiexi_part
    assert sorted(p.stem for p in (tmp_path / "store" / "parts").iterdir()) == ["baihua-2024", "tiexi-2025"]
    assert fresh(tmp_path / "store", config)
    assert build_store(config, tmp_path / "store").extracted == []          # up to date
    full = build_store(config, tmp_path / "full")
    assert canonical_nquads(tmp_path / "store") == canonical_nquads(tmp_path / "full")
    assert summary.quads == full.quads
    # removing a report removes its graph, and what only it said of shared resources
    for f in (data / "reports").glob("baihua-2024.*"):
        f.unlink()
    summary = build_store(config, tmp_path / "store")
    assert summary.removed == ["baihua-2024"] and not summary.extracted
    assert [p.stem for p in (tmp_path / "store" / "parts").iterdir()] == ["tiexi-2025"]
    one = build_store(config, tmp_path / "one")
    assert canonical_nquads(tmp_path / "store") == canonical_nquads(one.store)
    # the quads an incremental build counts as it drops and loads graphs are the store's
    assert summary.quads == one.quads == len(open_store(Config(data_dir=data, store=str(tmp_path / "store"))))


def test_a_changed_lexicon_rebuilds_every_report(data, tmp_path):
    _add_baihua(data)
    config = Config(data_dir=data)
    build_store(config, tmp_path / "store")
    with open(data / "lexicon" / "question_stopwords.txt", "a", encoding="utf-8") as f:
        f.write("\n")
    summary = build_store(config, tmp_path / "store")
    assert summary.full and len(summary.extracted) == 2


def test_a_store_from_another_version_or_half_written_is_refused(data, tmp_path):
    config = Config(data_dir=data)
    build_store(config, tmp_path / "store")
    manifest = tmp_path / "store" / MANIFEST
    meta = json.loads(manifest.read_text("utf-8"))
    manifest.write_text(json.dumps({**meta, "version": "0.0.1"}), "utf-8")
    with pytest.raises(StoreError, match="built by fazhi-kg 0.0.1"):
        open_store(Config(data_dir=data, store=str(tmp_path / "store")))
    manifest.unlink()
    with pytest.raises(StoreError, match="half-written"):
        open_store(Config(data_dir=data, store=str(tmp_path / "store")))
    with pytest.raises(StoreError, match="holds no store"):
        open_store(Config(data_dir=data, store=str(tmp_path / "nothing")))
    # the build itself starts afresh over it
    assert build_store(config, tmp_path / "store").full


def test_cli_build_reports_quads_and_triples(data, tmp_path, capsys):
    from kg.cli import main
    assert main(["--data", str(data), "build", "--store", str(tmp_path / "s")]) == 0
    err = capsys.readouterr().err
    assert "quads" in err and "distinct triples" in err and "timings:" in err and "catalogue" in err


def test_triples_counted_exactly_when_reports_repeat_a_context(data, tmp_path):
    """Two years of one region quoting the same sentences: the build's count of distinct
    triples (which compares only the one predicate that can repeat) is the full count."""
    import pyoxigraph as ox
    _add_baihua(data)
    _add_baihua(data, "baihua-2025", 2025)
    summary = build_store(Config(data_dir=data), tmp_path / "store")
    store = ox.Store.read_only(str(tmp_path / "store" / "oxigraph"))
    q = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    distinct = int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)
    assert summary.triples == distinct < summary.quads == len(store)


def test_answers_cite_what_the_fact_query_gives_for_every_figure(data, tmp_path):
    """An embedded store's answers take their facts from the catalogue, with no query per answer:
    for every figure of two reports that is exactly the row the answer's own SPARQL returns."""
    from rdflib import URIRef

    from kg.qa.answer import number
    _add_baihua(data)
    config = Config(data_dir=data)
    build_store(config, tmp_path / "store", jobs=1)
    store = open_store(Config(data_dir=data, store=str(tmp_path / "store")))
    eng = engine_for(store, config)
    assert not store.changes_underneath
    iris = [o.iri for figs in eng.cat.figures.values() for o in figs]
    assert len(iris) > 100
    for iri in iris:
        fact = eng.cat.fact(iri)
        row = store.select(eng.t.fact, {"obs": URIRef(iri)})[0]
        assert (fact.value, fact.unit, fact.indicator, fact.actor, fact.region, fact.year, fact.source,
                fact.qualifier, fact.section) == (
            number(row["value"]), row["unit"],
            row["indicator"], row["actor"], row["region"], row["year"], row["source"],
            row["qualifier"], row["section"]), iri


def test_a_server_reads_each_reports_part_only_when_asked_about_it(data, tmp_path):
    """Start-up reads the saved reports, aliases and vocabulary, no report's part; a part is read
    when its report is first asked about; a store rebuilt underneath is said to be, not mixed in."""
    from kg.store import StoreUnavailable
    _add_baihua(data)
    config = Config(data_dir=data)
    build_store(config, tmp_path / "store", jobs=1)
    store = open_store(Config(data_dir=data, store=str(tmp_path / "store")))
    parts = store.saved("catalogue")[1][1]
    assert store.saved("vocabulary") is not None
    eng = engine_for(store, config)
    assert parts._read == {}
    a = eng.answer("区司法局收到多少件行政复议申请")
    assert a.answered and list(parts._read) == [eng.reports[[r.region for r in eng.reports].index("铁西区")].iri]
    # a part's rows repeat their sentence, section and lead: each text is one object, pickled once
    rows = next(iter(parts._read.values()))[0]
    for key in ("sentence", "sectionLabel", "leadText"):
        assert len({r[key] for r in rows}) == len({id(r[key]) for r in rows}) < len(rows)
    # the segmenter knows the other report's words all the same (from the saved vocabulary)
    assert "白桦区" in eng.cat.words()
    (data / "reports" / "baihua-2024.json").unlink()
    (data / "reports" / "baihua-2024.txt").unlink()
    build_store(config, tmp_path / "store", jobs=1)      # swapped into place under the running engine
    with pytest.raises(StoreUnavailable, match="rebuilt"):
        eng.answer("白桦区2024年受理法律援助案件多少件")
