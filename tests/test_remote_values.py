"""The remote store's VALUES row: at the start of the WHERE group, or at its end for Virtuoso.

Why: Virtuoso 7.2 loses an OPTIONAL after an OPTIONAL with a BIND when a
VALUES row stands before them, so for it the row goes at the end of the group;
finding that end must not be fooled by braces or ``#`` in strings, IRIs and
comments.
"""

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.store.remote import _GRAPH_FORM, bind_values

ROW = 'VALUES (?s ?l) { (<http://x/y> "中文{}"@zh) }'


def test_row_at_the_start_by_default():
    out = bind_values("SELECT * WHERE { ?s ?p ?o }", {"s": URIRef("http://x/y")})
    assert out == "SELECT * WHERE { VALUES (?s) { (<http://x/y>) }  ?s ?p ?o }"


def test_row_at_the_end_of_the_where_group():
    q = ('PREFIX a: <http://a#> SELECT * WHERE { ?s <http://a#b> "}{\\"}" , \'\'\'x}\'\'\' . '
         'FILTER(?x < 3 && ?y > 2) # } a comment {\n OPTIONAL { ?s a:q ?l } } ORDER BY ?s')
    out = bind_values(q, {"s": URIRef("http://x/y"), "l": Literal("中文{}", lang="zh")}, at_end=True)
    assert out.endswith(f"OPTIONAL {{ ?s a:q ?l }}  {ROW} }} ORDER BY ?s")
    ox.Store().query(out)    # still a query


def test_graph_queries_ask_for_a_graph():
    assert _GRAPH_FORM.match("PREFIX fz: <http://a#> # c\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert _GRAPH_FORM.match("BASE <http://x/> describe <y>")
    assert not _GRAPH_FORM.match("SELECT ?construct WHERE { }")
    assert not _GRAPH_FORM.match("PREFIX c: <http://construct/> ASK { }")
