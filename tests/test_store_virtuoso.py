"""Remote mode over Virtuoso (Debian ``virtuoso-opensource-7-bin``) gives what embedded mode gives.

A private Virtuoso (tests/virtuoso.py: own database folder, free ports on
127.0.0.1) is loaded with ``kgqa export --format nquads`` by ``ld_dir`` /
``rdf_loader_run`` as the README says, its graphs published to the anonymous
SPARQL user so that its default graph is the union of exactly the exported
graphs; then the question engine, the SPARQL endpoint, entity pages and
Graph Store reads over it are compared with the embedded store.  Skipped only
when Virtuoso is not installed (``.ci/run`` installs it).
"""

import shutil

import pyoxigraph as ox
import pytest

from kg.config import PROJECT_ROOT, Config
from kg.store import open_store
from service import create_app
from tests.corpus import assert_same_answers, assert_same_pages, built_and_exported
from tests.virtuoso import Virtuoso, binaries

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
BASE = "https://fazhi-kg.example.org/"
P = """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# joins through the shared concepts (indicator, region) in the vocabulary graph, COUNT and SUM,
# Chinese literals in results and in the query, graphs named and counted
QUERIES = [
    P + "SELECT ?region (COUNT(?o) AS ?n) WHERE { ?o a qb:Observation ; fz:region/skos:prefLabel ?region } "
        "GROUP BY ?region ORDER BY ?region",
    P + "SELECT ?year (SUM(?v) AS ?total) WHERE { ?o fz:value ?v ; fz:year ?year ; fz:unit \"件\" ; "
        "fz:indicator/skos:prefLabel ?i } GROUP BY ?year ORDER BY ?year",
    P + "SELECT ?label (COUNT(?o) AS ?n) WHERE { ?o fz:indicator/skos:prefLabel ?label } "
        "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 10",
    P + "SELECT ?year (SUM(?v) AS ?total) (COUNT(?o) AS ?n) WHERE { ?o fz:indicator/skos:prefLabel "
        "\"受理法律援助案件\"@zh ; fz:value ?v ; fz:year ?year ; fz:region/skos:prefLabel ?r } "
        "GROUP BY ?year ORDER BY ?year",
    P + "SELECT ?o ?v WHERE { ?o fz:value ?v ; fz:start ?s } ORDER BY ?o",
    P + "SELECT ?o ?v ?u WHERE { ?o fz:value ?v ; fz:unit ?u FILTER(CONTAINS(STR(?u), \"%\")) } ORDER BY ?o",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    P + "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label FILTER(STRSTARTS(?label, \"行政\")) } ORDER BY ?s ?label",
    P + "SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(LANG(?label) = \"zh\") } ORDER BY ?s ?label",
    P + "CONSTRUCT { ?o fz:value ?v } WHERE { ?o fz:value ?v ; fz:region/skos:prefLabel \"白桦区\"@zh }",
]

pytestmark = pytest.mark.skipif(binaries() is None,
                                reason="Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin)")


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("virtuoso")
    config, d, export = built_and_exported(tmp)
    server = Virtuoso(*binaries())
    try:
        server.start()
        server.load(export)
        yield config, Config(data_dir=d, store=server.url), server
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)



def test_store_holds_exactly_the_export(setup):
    embedded, remote, _ = setup
    local, far = open_store(embedded), open_store(remote)
    far.check()
    assert far.named_graphs() == local.named_graphs()
    assert len(far) == len(local)
    assert set(far.triples()) == set(local.triples())          # every literal, Chinese included, intact
    graph = BASE + "graph/baihua-2024"
    assert set(far.triples(graph)) == set(local.triples(graph))
    label = ox.Literal("受理法律援助案件", language="zh")
    query = "SELECT ?c ?l WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?c"
    hits = far.select(query, {"l": label})
    assert hits and hits == local.select(query, {"l": label})


def test_same_answers_in_both_modes(setup):
    embedded, remote, _ = setup
    assert_same_answers(embedded, remote)


def _run(client, query):
    r = client.get("/sparql", query_string={"query": query},
                   headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    assert r.status_code == 200, r.get_data(as_text=True)
    if r.is_json:
        return r.get_json()["results"]["bindings"]
    return sorted(r.get_data(as_text=True).splitlines())


def test_same_sparql_results_in_both_modes(setup):
    embedded, remote, _ = setup
    a = create_app({"KG_CONFIG": embedded, "TESTING": True, "SPARQL_CACHE_BYTES": 0}).test_client()
    b = create_app({"KG_CONFIG": remote, "TESTING": True, "SPARQL_CACHE_BYTES": 0}).test_client()
    for query in QUERIES:
        got = _run(b, query)
        assert got, query
        assert got == _run(a, query), query
    assert_same_pages(a, b, BASE + "graph/baihua-2024")
    ready = b.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["graphs"] == a.get("/readyz").get_json()["graphs"]


def test_system_graphs_stay_private(setup):
    """Virtuoso's own graphs are not readable through the endpoint (they would join the union)."""
    _, remote, _ = setup
    far = open_store(remote)
    virtrdf = "http://www.openlinksw.com/schemas/virtrdf#"
    assert far.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{virtrdf}> {{ ?s ?p ?o }} }}") == [{"n": 0}]
    assert far.select(f"SELECT (COUNT(*) AS ?n) FROM <{virtrdf}> WHERE {{ ?s ?p ?o }}") == [{"n": 0}]


def test_neighbourhood_in_both_modes(setup):
    embedded, remote, _ = setup
    a = create_app({"KG_CONFIG": embedded, "TESTING": True}).test_client()
    b = create_app({"KG_CONFIG": remote, "TESTING": True}).test_client()
    iri = BASE + "id/report/tiexi-2025/obs/40"
    got = b.get("/api/neighbourhood", query_string={"iri": iri})
    assert got.status_code == 200 and got.get_json() == a.get("/api/neighbourhood", query_string={"iri": iri}).get_json()
