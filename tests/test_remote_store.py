"""Remote mode: the service over Oxigraph server (PyPI ``oxigraph``) gives what embedded mode gives.

The server is loaded with ``kgqa export --format nquads`` and started on
127.0.0.1 and a free port, its default graph the union of the named graphs.
"""

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.config import PROJECT_ROOT, Config
from service import create_app
from tests.conftest import free_port
from tests.corpus import assert_same_answers, assert_same_pages, built_and_exported

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
P = """PREFIX fz: <https://fazhi-kg.example.org/def/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
"""
ANALYST = [
    P + "SELECT ?region (COUNT(?o) AS ?n) WHERE { ?o a qb:Observation ; fz:region/skos:prefLabel ?region } "
        "GROUP BY ?region ORDER BY ?region",
    P + "SELECT ?year (SUM(?v) AS ?total) WHERE { ?o fz:value ?v ; fz:year ?year ; fz:unit \"件\" ; "
        "fz:indicator/skos:prefLabel ?i } GROUP BY ?year ORDER BY ?year",
    P + "SELECT ?label (COUNT(?o) AS ?n) WHERE { ?o fz:indicator/skos:prefLabel ?label } "
        "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 10",
    P + "SELECT ?o ?v WHERE { ?o fz:value ?v ; fz:start ?s } ORDER BY ?o",
]

pytestmark = pytest.mark.skipif(not OXIGRAPH.exists(), reason="the oxigraph server (PyPI oxigraph) is not installed")


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve-read-only", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read().decode())
            time.sleep(0.1)
    proc.kill()
    pytest.fail("oxigraph server did not start")


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("remote")
    config, d, export = built_and_exported(tmp)
    subprocess.run([str(OXIGRAPH), "load", "--location", str(tmp / "ox"), "--file", str(export)],
                   check=True, capture_output=True)
    proc, url = start_oxigraph(tmp / "ox")
    yield config, Config(data_dir=d, store=url), tmp
    proc.kill()
    proc.wait()



def test_same_answers_in_both_modes(setup):
    embedded, remote, _ = setup
    assert_same_answers(embedded, remote)


def _bindings(client, query):
    r = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()["results"]["bindings"]


def test_same_sparql_results_in_both_modes(setup):
    embedded, remote, _ = setup
    a = create_app({"KG_CONFIG": embedded, "TESTING": True, "SPARQL_CACHE_BYTES": 0}).test_client()
    b = create_app({"KG_CONFIG": remote, "TESTING": True, "SPARQL_CACHE_BYTES": 0}).test_client()
    for query in ANALYST:
        assert _bindings(a, query) == _bindings(b, query)
    assert b.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"}).status_code == 400
    capped = create_app({"KG_CONFIG": remote, "TESTING": True, "SPARQL_MAX_ROWS": 5}).test_client()
    r = capped.get("/sparql", query_string={"query": ANALYST[3]}, headers={"Accept": "text/csv"})
    assert r.headers["X-Result-Capped"] == "5" and len(r.get_data(as_text=True).strip().splitlines()) == 6
    iri = assert_same_pages(a, b, "https://fazhi-kg.example.org/graph/baihua-2024")
    assert b.get("/api/neighbourhood", query_string={"iri": iri}).get_json()["edges"]


def test_remote_store_down_is_503_and_readyz_says_why(setup):
    _, _, tmp = setup
    shutil.copytree(tmp / "ox", tmp / "ox2")
    proc, url = start_oxigraph(tmp / "ox2")
    config = Config(data_dir=setup[0].data_dir, store=url)
    client = create_app({"KG_CONFIG": config, "TESTING": True}).test_client()
    assert client.get("/readyz").get_json()["status"] == "ready"
    proc.kill()
    proc.wait()
    r = client.post("/api/ask", json={"question": "区司法局收到多少件行政复议申请"})
    assert r.status_code == 503 and "unreachable" in r.get_json()["error"]
    r = client.get("/sparql", query_string={"query": ANALYST[0]})
    assert r.status_code == 503 and r.is_json
    r = client.get("/readyz")
    assert r.status_code == 503 and url in r.get_json()["reason"]
