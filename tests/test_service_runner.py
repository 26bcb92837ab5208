import csv
import io
import json
import os
import signal
import threading
import time

import pyoxigraph as ox
import pytest

from service.runner import (
    Overloaded,
    QueryError,
    QueryRunner,
    QueryTimeout,
    QueryTooBig,
    execute,
)

EX = "http://example.org/"


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    g = ox.NamedNode(EX + "g")
    for i in range(30):
        s.add(ox.Quad(ox.NamedNode(f"{EX}n{i}"), ox.NamedNode(EX + "v"), ox.Literal(i), g))
    # a literal with a newline, a tab and a quote is still one row
    s.add(ox.Quad(ox.NamedNode(EX + "odd"), ox.NamedNode(EX + "v"), ox.Literal('a\nb\t"c"', language="zh"), g))
    s.add(ox.Quad(ox.BlankNode("b1"), ox.NamedNode(EX + "v"), ox.Literal("a%2Bb"), g))
    return s


ALL = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY STR(?s)"


def rows(body: bytes, fmt: str) -> list:
    text = body.decode("utf-8")
    if fmt == "json":
        return json.loads(text)["results"]["bindings"]
    if fmt == "xml":
        return [r for r in ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)]
    if fmt == "csv":
        return list(csv.reader(io.StringIO(text)))[1:]
    return text.splitlines()[1:]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("cap, expected, capped", [(5, 5, True), (32, 32, False), (31, 31, True), (1000, 32, False)])
def test_rows_are_cut_at_the_cap_in_every_format(store, fmt, cap, expected, capped):
    out = execute(store, ALL, {}, fmt, "turtle", cap)
    assert out.kind == "results" and out.capped is capped
    assert len(rows(out.body, fmt)) == expected


def test_terms_survive_the_round_trip(store):
    out = execute(store, ALL, {}, "json", "turtle", 1000)
    values = {b["o"]["value"]: b["o"] for b in rows(out.body, "json")}
    assert values['a\nb\t"c"'] == {"type": "literal", "value": 'a\nb\t"c"', "xml:lang": "zh"}
    assert values["a%2Bb"]["type"] == "literal"
    assert values["7"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_ask_and_construct(store):
    assert json.loads(execute(store, "ASK { ?s ?p 3 }", {}, "json", "turtle", 10).body)["boolean"] is True
    assert execute(store, "ASK { ?s ?p 99 }", {}, "tsv", "turtle", 10).body.strip().endswith(b"false")
    out = execute(store, "CONSTRUCT WHERE { ?s ?p ?o }", {}, "json", "nt", 4)
    assert out.kind == "graph" and out.capped and out.body.count(b"\n") == 4


def test_malformed_query_is_the_clients_error(store):
    with pytest.raises(QueryError, match="malformed"):
        execute(store, "SELEC *", {}, "json", "turtle", 10)


def test_children_answer_and_a_runaway_is_stopped(store):
    runner = QueryRunner(store, size=1)
    out = runner.run(ALL, {}, "csv", "turtle", 3, 5.0)
    assert out.capped and len(rows(out.body, "csv")) == 3
    with pytest.raises(QueryTimeout):
        runner.run("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?q ?r ?t }", {}, "json",
                   "turtle", 10, 0.3)
    # the replacement child answers
    assert json.loads(runner.run("ASK { ?s ?p 1 }", {}, "json", "turtle", 10, 5.0).body)["boolean"]
    with pytest.raises(QueryError):
        runner.run("SELECT WHERE", {}, "json", "turtle", 10, 5.0)


RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?q ?r ?t }"


def test_a_crashed_child_is_a_clear_error_and_is_replaced(store):
    runner = QueryRunner(store, size=1)
    runner.run("ASK {}", {}, "json", "turtle", 10, 5.0)
    pid = runner._idle.queue[0].pid
    threading.Timer(0.3, os.kill, (pid, signal.SIGSEGV)).start()
    t0 = time.monotonic()
    with pytest.raises(QueryTooBig):
        runner.run(RUNAWAY, {}, "json", "turtle", 10, 10.0)
    assert time.monotonic() - t0 < 5      # told at the crash, not at the time limit
    assert runner._idle.queue[0].pid != pid
    assert json.loads(runner.run("ASK { ?s ?p 1 }", {}, "json", "turtle", 10, 5.0).body)["boolean"]


def test_memory_bombs_stop_at_the_childs_cap(store):
    runner = QueryRunner(store, size=1, memory=128 << 20)
    bind = 'BIND("0123456789" AS ?x0) ' + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(30))
    with pytest.raises(QueryTooBig):
        runner.run("SELECT (STRLEN(?x30) AS ?n) WHERE { " + bind + " }", {}, "json", "turtle", 10, 20.0)
    # the same query within a roomy cap and a shorter chain runs
    small = 'BIND("0123456789" AS ?x0) ' + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(5))
    out = runner.run("SELECT (STRLEN(?x5) AS ?n) WHERE { " + small + " }", {}, "json", "turtle", 10, 20.0)
    assert json.loads(out.body)["results"]["bindings"][0]["n"]["value"] == "320"


def test_admission_is_bounded_and_says_so_at_once(store):
    runner = QueryRunner(store, size=1, waiting=1)
    with runner.admitted(), runner.admitted():
        t0 = time.monotonic()
        with pytest.raises(Overloaded), runner.admitted():
            pass
        assert time.monotonic() - t0 < 0.5
    with runner.admitted():    # places come back
        pass


def test_children_refuse_updates_and_service_themselves(store):
    runner = QueryRunner(store, size=1)
    with pytest.raises(QueryError) as e:
        runner.run("DROP ALL", {}, "json", "turtle", 10, 5.0)
    assert e.value.status == 403
    with pytest.raises(QueryError) as e:
        runner.run("SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", {}, "json", "turtle", 10, 5.0)
    assert e.value.status == 403 and "SERVICE" in str(e.value)
    assert runner.run("SELECT (RAND() AS ?r) {}", {}, "json", "turtle", 10, 5.0).volatile
