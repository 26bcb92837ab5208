"""Pages for browsers, checked without one: error pages, favicon, assets, editor examples."""

import pytest

from service import create_app

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config, "TESTING": True}).test_client()


def test_a_browser_gets_a_page_for_a_missing_entity_and_an_api_client_json(client):
    r = client.get("/id/no-such-thing", headers={"Accept": BROWSER})
    assert r.status_code == 404 and r.mimetype == "text/html" and "找不到这个页面" in r.get_data(as_text=True)
    r = client.get("/id/no-such-thing", headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and r.get_json()["error"]
    r = client.get("/nowhere", headers={"Accept": "*/*"})
    assert r.status_code == 404 and r.is_json


@pytest.mark.parametrize("path", ["/api/nowhere", "/v1/nowhere", "/sparql?query=SELEC"])
def test_apis_answer_json_even_to_browsers(client, path):
    r = client.get(path, headers={"Accept": BROWSER.replace("text/html,", "text/html;q=0.5,")})
    assert r.status_code in (400, 404) and r.is_json
    r = client.get(path, headers={"Accept": BROWSER})
    assert r.status_code in (200, 400, 404) and (r.is_json or path.startswith("/sparql"))


def test_favicon(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
    assert 'rel="icon"' in client.get("/").get_data(as_text=True)


def test_the_chat_page_loads_the_vendored_chart_library(client):
    page = client.get("/").get_data(as_text=True)
    assert "vendor/chart.js-4.6.1/chart.umd.min.js" in page
    assert client.get("/static/vendor/chart.js-4.6.1/chart.umd.min.js").status_code == 200


def test_editor_examples_have_chinese_titles(client):
    import re
    page = client.get("/sparql", headers={"Accept": BROWSER}).get_data(as_text=True)
    titles = re.findall(r'<option value="\d+">([^<]+)</option>', page)
    assert len(titles) == 5 and all(re.search(r"[\u4e00-\u9fff]", t) for t in titles)


def test_construct_comes_as_prefixed_turtle(client):
    r = client.get("/sparql", query_string={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s a "
                                                     "<http://www.w3.org/ns/org#Organization> ; ?p ?o }"},
                   headers={"Accept": "text/turtle"})
    body = r.get_data(as_text=True)
    assert r.status_code == 200 and "@prefix skos:" in body and "skos:prefLabel" in body


def test_widget_demo_has_a_viewport(client):
    assert 'name="viewport"' in client.get("/widget-demo").get_data(as_text=True)
