import pytest
from rdflib import Graph

from service import create_app

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config}).test_client()


def test_chat_page_has_examples_and_local_assets_only(client):
    html = client.get("/", headers=HTML).get_data(as_text=True)
    assert 'class="example"' in html and "收录报告" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html


def test_editor_for_browsers_protocol_for_machines(client):
    r = client.get("/sparql", headers=HTML)
    assert r.mimetype == "text/html" and "codemirror" in r.get_data(as_text=True)
    assert client.get("/sparql").mimetype == "text/turtle"
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+json"})
    assert r.get_json()["boolean"] is True


def test_follow_up_through_api_context(client):
    first = client.get("/api/ask", query_string={"q": "行政复议收到多少件？"}).get_json()
    second = client.post("/api/ask", json={"question": "办结了多少？", "context": first["context"]}).get_json()
    assert second["facts"][0]["value"] == 28
    third = client.post("/api/ask", json={"question": "那法律援助呢？", "context": first["context"]}).get_json()
    assert third["facts"][0]["value"] == 328
    assert client.post("/api/ask", json={"question": "x", "context": "nope"}).status_code == 400


def test_entity_page_and_negotiation(client):
    hits = client.get("/search", query_string={"q": "司法局"}, headers={"Accept": "application/json"}).get_json()
    iri = hits["results"][0]["iri"]
    path = iri[iri.index("/id/"):]
    html = client.get(path, headers=HTML).get_data(as_text=True)
    assert "区司法局" in html and 'id="graph"' in html and "收到行政复议申请" in html
    ttl = client.get(path, headers={"Accept": "text/turtle"}).get_data(as_text=True)
    assert len(Graph().parse(data=ttl, format="turtle")) > 3
    jsonld = client.get(path, headers={"Accept": "application/ld+json"}).get_data(as_text=True)
    assert len(Graph().parse(data=jsonld, format="json-ld")) > 3
    assert client.get("/id/nothing/here", headers=HTML).status_code == 404
    hood = client.get("/api/neighbourhood", query_string={"iri": iri}).get_json()
    assert any(n["centre"] for n in hood["nodes"]) and hood["edges"]


def test_labels_are_escaped_in_pages(client):
    html = client.get("/search", query_string={"q": "<script>alert(1)</script>"}, headers=HTML).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_widget_script_and_demo(client):
    js = client.get("/widget.js")
    assert js.status_code == 200 and "javascript" in js.mimetype and "data-endpoint" in js.get_data(as_text=True)
    assert "innerHTML" not in js.get_data(as_text=True)
    demo = client.get("/widget-demo").get_data(as_text=True)
    assert "/widget.js" in demo


def test_vocabulary_and_graph_iris_dereference(client):
    r = client.get("/def/Indicator", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert r.status_code == 200 and len(g) >= 3
    r = client.get("/graph/tiexi-2025", headers={"Accept": "text/turtle"})
    assert r.status_code == 303 and "/store?graph=" in r.headers["Location"]
    r = client.get(r.headers["Location"], headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and len(r.data) > 10000


def test_wildcard_accept_gets_the_protocol_not_the_page(client):
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "*/*"})
    assert r.mimetype == "application/sparql-results+json"
    assert client.get("/sparql", headers={"Accept": "*/*"}).mimetype == "text/turtle"
