"""Against a real server (gunicorn, started here on 127.0.0.1) with clients nobody here wrote."""

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from conftest import tree_cpu_seconds
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper


def get(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_sparqlwrapper_formats(live_server):
    base = live_server
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery(COUNT)
    sw.setReturnFormat(JSON)
    n = int(sw.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n > 1000
    sw.setReturnFormat(XML)
    assert sw.query().convert().getElementsByTagName("literal")[0].firstChild.data == str(n)
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines()[1].strip() == str(n)
    sw.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://www.w3.org/ns/org#Organization> ; ?p ?o }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) > 10


def test_sparqlwrapper_post(live_server):
    base = live_server
    sw = SPARQLWrapper(base + "/sparql")
    sw.setMethod("POST")
    sw.setQuery(COUNT)
    sw.setReturnFormat(JSON)
    assert int(sw.query().convert()["results"]["bindings"][0]["n"]["value"]) > 1000


def test_rdflib_sparql_store(live_server):
    base = live_server
    g = Graph("SPARQLStore")
    g.open(base + "/sparql")
    rows = list(g.query("SELECT ?l WHERE { ?x a <http://www.w3.org/ns/org#Organization> ; "
                        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"))
    assert any(str(r[0]) == "区司法局" for r in rows)


def test_ask_over_http_matches_in_process(live_server):
    base = live_server
    from kg.qa import ask
    q = "人大建议和政协提案合计多少件"
    status, body = get(base + "/api/ask?" + urllib.parse.urlencode({"q": q}))
    assert status == 200
    assert json.loads(body) == json.loads(json.dumps(ask(q).to_dict(), ensure_ascii=False))


def test_errors_over_http(live_server):
    base = live_server
    assert get(base + "/api/ask")[0] == 400
    assert get(base + "/sparql?" + urllib.parse.urlencode({"query": "SELEC"}))[0] == 400
    status, body = get(base + "/sparql?" + urllib.parse.urlencode({"update": "DROP ALL"}))
    assert status == 403 and b"read-only" in body
    assert get(base + "/sparql?" + urllib.parse.urlencode({"query": COUNT}), {"Accept": "image/png"})[0] == 406


def test_runaway_query_is_stopped_while_health_answers(live_server):
    base = live_server
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = {}

    def run():
        t0 = time.monotonic()
        result["status"], _ = get(base + "/sparql?" + urllib.parse.urlencode({"query": runaway}))
        result["seconds"] = time.monotonic() - t0

    t = threading.Thread(target=run)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    assert get(base + "/healthz")[0] == 200
    assert time.monotonic() - t0 < 1.0
    t.join(30)
    assert result["status"] == 503 and result["seconds"] < 5
    status, _body = get(base + "/sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200
    # stopped, not only answered: the server's processes go quiet (a runaway would burn a core)
    time.sleep(1.0)
    before = tree_cpu_seconds(base.pid)
    time.sleep(2.0)
    assert tree_cpu_seconds(base.pid) - before < 0.5
