import csv
import io

import pytest
from rdflib import Graph

from service import create_app

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def app(config):
    # no result cache: counts before and after a refused update must both be evaluated
    return create_app({"KG_CONFIG": config, "TESTING": True, "SPARQL_MAX_ROWS": 50, "SPARQL_CACHE_BYTES": 0})


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def count(client):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
    return int(r.get_json()["results"]["bindings"][0]["n"]["value"])


def test_select_by_get_post_form_and_body(client):
    q = "SELECT ?l WHERE { ?o a <http://purl.org/linked-data/cube#Observation> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 3"
    a = client.get("/sparql", query_string={"query": q}).get_json()
    b = client.post("/sparql", data={"query": q}).get_json()
    c = client.post("/sparql", data=q.encode(), content_type="application/sparql-query").get_json()
    assert a == b == c and len(a["results"]["bindings"]) == 3


@pytest.mark.parametrize("accept,mime", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
])
def test_select_negotiation(client, accept, mime):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mime


def test_csv_parses(client):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/csv"})
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0] == ["n"] and int(rows[1][0]) > 1000


def test_construct_negotiation(client):
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://www.w3.org/ns/org#Organization> ; ?p ?o }"
    for accept, fmt in [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                        ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")]:
        r = client.get("/sparql", query_string={"query": q}, headers={"Accept": accept})
        assert r.status_code == 200 and r.mimetype == accept
        assert len(Graph().parse(data=r.get_data(as_text=True), format=fmt)) > 5


def test_unacceptable_type_is_406(client):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_percent_sequences_are_decoded_once(client):
    q = 'SELECT ?x WHERE { BIND("a%2Bb" AS ?x) }'
    r = client.get("/sparql", query_string={"query": q}, headers={"Accept": "application/sparql-results+json"})
    assert r.get_json()["results"]["bindings"][0]["x"]["value"] == "a%2Bb"


def test_named_graphs_and_union(client):
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = {b["g"]["value"] for b in client.get("/sparql", query_string={"query": q}).get_json()["results"]["bindings"]}
    assert any(g.endswith("graph/tiexi-2025") for g in graphs)
    assert count(client) > 1000  # the default graph is the union


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "DROP ALL"}},
    {"data": "DROP ALL", "content_type": "application/sparql-update"},
    {"data": "CLEAR DEFAULT", "content_type": "application/sparql-query"},
    {"data": {"query": "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }"}},
])
def test_updates_are_refused_and_nothing_changes(client, request_kwargs):
    before = count(client)
    r = client.post("/sparql", **request_kwargs)
    assert r.status_code in (400, 403) and "error" in r.get_json()
    assert count(client) == before


def test_malformed_query_is_400(client):
    r = client.get("/sparql", query_string={"query": "SELEC * WHERE"})
    assert r.status_code == 400 and "malformed" in r.get_json()["error"]


def test_rows_are_capped_and_say_so(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    assert r.status_code == 200 and r.headers["X-Result-Capped"] == "50"
    assert len(r.get_json()["results"]["bindings"]) == 50


def test_timeout_gives_503(config):
    app = create_app({"KG_CONFIG": config, "SPARQL_TIMEOUT": 0.2, "SPARQL_MAX_ROWS": 10**9})
    r = app.test_client().get("/sparql", query_string={
        "query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    assert r.status_code == 503 and "time limit" in r.get_json()["error"]


def test_runaway_aggregate_is_stopped(config):
    app = create_app({"KG_CONFIG": config, "SPARQL_TIMEOUT": 0.5})
    c = app.test_client()
    r = c.get("/sparql", query_string={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    assert r.status_code == 503
    # the stopped child was replaced: the endpoint still answers
    assert count(c) > 1000


def test_service_is_refused(client):
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 403 and "SERVICE" in r.get_json()["error"]


def test_keywords_inside_strings_are_not_updates(client):
    q = 'SELECT ?x WHERE { BIND("DROP ALL; SERVICE" AS ?x) }'
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200


def test_service_description(client):
    r = client.get("/sparql")
    assert r.mimetype == "text/turtle"
    g = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert len(g) > 5 and "graph/tiexi-2025" in r.get_data(as_text=True)


def test_graph_store_read(client):
    r = client.get("/store", query_string={"graph": "https://fazhi-kg.example.org/graph/tiexi-2025"},
                   headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    assert len(Graph().parse(data=r.get_data(as_text=True), format="nt")) > 1000
    r = client.get("/store?default", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and len(Graph().parse(data=r.get_data(as_text=True), format="turtle")) > 1000
    assert client.get("/store", query_string={"graph": "http://nope/"}).status_code == 404
    assert client.get("/store").status_code == 400
    assert client.put("/store?default", data="x").status_code == 405


def test_default_graph_uri_narrows_the_dataset(client):
    vocab = "https://fazhi-kg.example.org/graph/vocabulary"
    r = client.get("/sparql", query_string={"query": COUNT, "default-graph-uri": vocab})
    n = int(r.get_json()["results"]["bindings"][0]["n"]["value"])
    assert 0 < n < count(client)


def test_results_are_kept_but_not_volatile_ones_nor_errors(config):
    app = create_app({"KG_CONFIG": config, "TESTING": True, "SPARQL_CACHE_BYTES": 1 << 20})
    c, kept = app.test_client(), app.extensions["kg.results"]
    for _ in range(2):
        assert c.get("/sparql", query_string={"query": COUNT}).status_code == 200
    assert kept.cache_info().hits == 1
    # the same query asked for another format is its own entry
    assert c.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/csv"}).data.startswith(b"n")
    assert kept.cache_info().hits == 1
    rand = "SELECT (RAND() AS ?r) WHERE {}"
    first, second = (c.get("/sparql", query_string={"query": rand}).get_json() for _ in range(2))
    assert first != second
    for _ in range(2):
        assert c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"}).status_code == 400
    assert kept.cache_info().hits == 1
