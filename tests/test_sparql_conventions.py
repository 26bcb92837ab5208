"""SPARQL conventions other tools rely on: format=/output=, CORS, Vary: Accept; UTF-8 JSON."""

import urllib.parse

import pandas as pd
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, TURTLE, SPARQLWrapper

from service import create_app

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ORGS = ("SELECT ?label WHERE { ?x a <http://www.w3.org/ns/org#Organization> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?label")
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://www.w3.org/ns/org#Organization> ; ?p ?o }"


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config, "TESTING": True}).test_client()


@pytest.mark.parametrize("param,value,mime", [
    ("format", "csv", "text/csv"), ("format", "tsv", "text/tab-separated-values"),
    ("output", "json", "application/sparql-results+json"), ("format", "xml", "application/sparql-results+xml"),
    ("format", "text/csv", "text/csv")])
def test_format_parameter_overrides_accept_for_results(client, param, value, mime):
    r = client.get("/sparql", query_string={"query": COUNT, param: value},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.mimetype == mime


@pytest.mark.parametrize("value,mime", [("turtle", "text/turtle"), ("nt", "application/n-triples"),
                                        ("json", "application/ld+json"), ("xml", "application/rdf+xml")])
def test_format_parameter_for_graphs(client, value, mime):
    r = client.post("/sparql", data={"query": CONSTRUCT, "format": value})
    assert r.status_code == 200 and r.mimetype == mime


def test_format_that_does_not_fit_or_is_unknown(client):
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "csv"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": COUNT, "format": "excel"})
    assert r.status_code == 400 and "excel" in r.get_json()["error"]
    r = client.get("/store", query_string={"default": "", "format": "nt"})
    assert r.mimetype == "application/n-triples"


def test_cors_read_only_without_credentials(client):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers
    pre = client.options("/sparql", headers={"Origin": "https://yasgui.example",
                                             "Access-Control-Request-Method": "POST",
                                             "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 200 and "POST" in pre.headers["Access-Control-Allow-Methods"]
    r = client.get("/store", query_string={"default": ""}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_vary_accept(client):
    assert "Accept" in client.get("/sparql", query_string={"query": COUNT}).headers["Vary"]
    assert "Accept" in client.get("/sparql", headers={"Accept": "text/html"}).headers["Vary"]
    entity = client.get("/search", query_string={"q": "司法局"}, headers={"Accept": "application/json"})
    iri = entity.get_json()["results"][0]["iri"]
    path = urllib.parse.urlsplit(iri).path
    r = client.get(path, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "Accept" in r.headers["Vary"]


def test_json_bodies_carry_chinese_as_utf8(client):
    body = client.get("/api/ask", query_string={"q": "多少件行政复议"}).get_data()
    assert "行政复议".encode() in body and b"\\u" not in body


def test_pandas_reads_a_csv_url(live_server):
    url = f"{live_server}/sparql?" + urllib.parse.urlencode({"query": ORGS, "format": "csv"})
    frame = pd.read_csv(url)
    assert list(frame.columns) == ["label"] and "区司法局" in set(frame["label"])


def test_sparqlwrapper_sends_format_and_gets_it(live_server):
    sw = SPARQLWrapper(live_server + "/sparql")   # sends format=csv&output=csv besides Accept
    sw.setQuery(ORGS)
    sw.setReturnFormat(CSV)
    assert "区司法局" in sw.query().convert().decode("utf-8")
    sw.setReturnFormat(TURTLE)   # format=turtle&output=turtle
    sw.setQuery(CONSTRUCT)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) > 10
