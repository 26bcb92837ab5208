"""What a SPARQL request is, decided by parsing: reads run, updates and SERVICE never do.

The SERVICE tests run a local listener: whatever the parser decided, nothing
may ever connect to it (the query children cannot open sockets at all).
"""

import socket
import threading
import time

import pyoxigraph as ox
import pytest

from service import create_app
from service.runner import QueryError, QueryRunner
from service.sparqlguard import Refused, check, nesting_depth


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config, "TESTING": True, "SPARQL_CACHE_BYTES": 0}).test_client()


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it is offered."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port, self.hits, self._stop = self.sock.getsockname()[1], [], False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                self.hits.append(conn.recv(4096))
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                             b"Content-Length: 52\r\n\r\n"
                             b'{"head":{"vars":["s"]},"results":{"bindings":[{}]}}\n')
            except OSError:
                pass
            conn.close()

    def close(self):
        self._stop = True
        self._thread.join(2)
        self.sock.close()


@pytest.fixture
def listener():
    ear = Listener()
    yield ear
    ear.close()


def service_variants(port: int) -> list[str]:
    base = f"http://127.0.0.1:{port}/"
    return [
        f"SELECT * WHERE {{ SERVICE <{base}sparql> {{ ?s ?p ?o }} }}",
        f"select * {{ service <{base}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT <{base}x> {{ ?s ?p ?o }} }}",
        f"BASE <{base}> SELECT * {{ SERVICE <x> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{base}> SELECT * WHERE {{ VALUES ?z {{ e:a\\#b }} SERVICE e:x {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{base}> SELECT * WHERE {{ VALUES ?z {{ e:a\\#b }}\n SERVICE e:x {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{base}> SELECT * WHERE {{ VALUES ?z {{ e:a\\'b }} SERVICE e:x {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # a comment }}\n SeRvIcE <{base}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{base}> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ SERVICE <{base}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{base}> {{ ?s ?p ?o }} }}",
    ]


def test_no_service_variant_reaches_a_listener(client, listener):
    for query in service_variants(listener.port):
        r = client.get("/sparql", query_string={"query": query})
        assert r.status_code in (400, 403), (query, r.status_code)
        assert "error" in r.get_json()
    time.sleep(0.3)
    assert listener.hits == []


def test_query_children_cannot_reach_the_network_even_unchecked(listener):
    # the parser is the first wall; this is the second: the runner is called with no check at all
    runner = QueryRunner(ox.Store(), size=1, checked=False)
    for query in service_variants(listener.port):
        try:
            out = runner.run(query, {}, "json", "turtle", 10, 5.0)
        except QueryError as e:
            assert "open files" in str(e)
        else:   # SERVICE SILENT: the failure is an empty answer
            assert b"127.0.0.1" not in out.body and b'"s"' not in out.body.split(b"bindings")[1]
    time.sleep(0.3)
    assert listener.hits == []


def test_the_listener_does_hear_an_unboxed_engine(listener):
    # the test above can fail: the same SERVICE query from this (unboxed) process reaches the listener
    store = ox.Store()
    list(store.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"))
    time.sleep(0.3)
    assert listener.hits


@pytest.mark.parametrize("query", [
    "SELECT ?delete WHERE { ?delete ?p ?o } LIMIT 1",
    "SELECT ?add ?copy WHERE { ?add ?copy ?o } LIMIT 1",
    "SELECT ?service ?drop ?load ?clear ?move ?insert WHERE { ?service ?drop ?load } LIMIT 1",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:create ?o } LIMIT 1",
    "PREFIX ex: <http://example.org/> ASK { ?s ex:service ?o }",
    'SELECT ?x WHERE { BIND("DROP ALL; SERVICE <http://x/>" AS ?x) }',
    "SELECT * WHERE { ?s ?p ?o # DELETE { ?s ?p ?o }\n } LIMIT 1",
])
def test_reads_with_update_words_run(client, query):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 200, r.get_json()


@pytest.mark.parametrize("query", [
    "DROP ALL", "clear default", "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
    "DELETE WHERE { ?s ?p ?o }", "LOAD <http://example.org/x>", "CREATE GRAPH <http://g/>",
    "ADD DEFAULT TO <http://g/>", "COPY DEFAULT TO <http://g/>", "MOVE DEFAULT TO <http://g/>",
])
def test_updates_are_403(client, query):
    r = client.post("/sparql", data={"query": query})
    assert r.status_code == 403 and "read-only" in r.get_json()["error"]


@pytest.mark.parametrize("opening,middle,closing", [
    ("{" * 3000, "?s ?p ?o", "}" * 3000),
    ("{ FILTER(" + "(" * 3000, "1", ")" * 3000 + ") }"),
    ("{ FILTER(" + "!" * 3000, "true", ") }"),
    ("{ ?s ?p " + "[?p " * 3000, "1", "]" * 3000 + " }"),
])
def test_deep_nesting_is_a_400_with_the_reason(client, opening, middle, closing):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE " + opening + middle + closing})
    assert r.status_code == 400 and "nested" in r.get_json()["error"]


def test_depth_within_the_limit_still_runs(client):
    q = "SELECT ?x WHERE { " + "{ " * 10 + "BIND(" + "(" * 4 + "1" + ")" * 4 + " AS ?x)" + " }" * 10 + " }"
    assert client.get("/sparql", query_string={"query": q}).status_code == 200


def test_depth_scan_skips_strings_iris_comments_and_escapes():
    assert nesting_depth('SELECT * { BIND("{{{{((((" AS ?x) }') == 2
    assert nesting_depth("SELECT * { ?s <http://x/((((> ?o } # {{{{{{{{\n") == 1
    assert nesting_depth("PREFIX e: <http://x/> SELECT * { ?s e:a\\#b ?o . ?s e:c\\(d ?o }") == 1
    assert nesting_depth("SELECT * { FILTER(?a < ?b && ?c > 1) }") == 2
    assert nesting_depth("SELECT * { ?s ?p '''{{{\n{{{''' }") == 1


def test_verdicts_name_volatile_queries():
    assert check("SELECT (RAND() AS ?r) {}", 16).volatile
    assert check("SELECT (STRUUID() AS ?r) {}", 16).volatile
    assert not check('SELECT ?rand { BIND("RAND()" AS ?rand) }', 16).volatile
    with pytest.raises(Refused) as e:
        check("SELEC", 16)
    assert e.value.status == 400


def test_parse_errors_carry_the_parsers_message(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "Expected" in r.get_json()["error"]
