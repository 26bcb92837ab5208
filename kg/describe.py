"""What the graph says about one resource, and finding resources by label.

Used by the entity pages; knows nothing of HTTP.  The resource and the search
text are bound into prepared queries as RDF terms.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.store import GraphStore

_P = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
OUTGOING = _P + """SELECT DISTINCT ?s ?p ?o ?olabel WHERE {
  ?s ?p ?o .
  OPTIONAL { ?o skos:prefLabel|rdfs:label ?olabel }
} ORDER BY ?p ?o"""
INCOMING = _P + """SELECT DISTINCT ?o ?s ?p ?slabel WHERE {
  ?s ?p ?o .
  OPTIONAL { ?s skos:prefLabel|rdfs:label ?slabel }
} ORDER BY ?p ?s LIMIT 200"""
OBSERVATIONS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX fz: <{fz}>
SELECT DISTINCT ?x ?obs ?indicator ?value ?unit ?actor ?region ?year ?source ?start WHERE {{
  ?obs ?link ?x ; fz:value ?value ; fz:unit ?unit ; fz:year ?year ; fz:start ?start ;
       fz:indicator/skos:prefLabel ?indicator ; fz:region/skos:prefLabel ?region ;
       prov:wasDerivedFrom/rdf:value ?source .
  VALUES ?link {{ fz:indicator fz:actor fz:region fz:section prov:wasDerivedFrom }}
  OPTIONAL {{ ?obs fz:actor/skos:prefLabel ?actor }}
}} ORDER BY ?year ?start LIMIT 200"""
SEARCH = _P + """SELECT DISTINCT ?q ?s ?label ?type WHERE {
  ?s skos:prefLabel|skos:altLabel|rdfs:label ?l .
  FILTER(CONTAINS(STR(?l), ?q))
  ?s skos:prefLabel|rdfs:label ?label .
  OPTIONAL { ?s rdf:type ?type }
} ORDER BY STRLEN(?label) ?label LIMIT 200"""
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"

LABELS = {"http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label"}


def describe(store: GraphStore, iri: str, fz: str) -> dict | None:
    """Labels, properties, incoming links and the observations that point at ``iri``."""
    node = URIRef(iri)
    out = store.select(OUTGOING, {"s": node})
    inc = store.select(INCOMING, {"o": node})
    if not out and not inc:
        return None
    labels = sorted({r["o"] for r in out if r["p"] in LABELS})
    types = sorted({r["o"] for r in out if r["p"].endswith("#type")})
    props = {}
    for r in out:
        if r["p"] in LABELS or r["p"].endswith("#type"):
            continue
        props.setdefault((r["p"], r["o"]), r)
    obs = store.select(OBSERVATIONS.format(fz=fz), {"x": node})
    return {
        "iri": iri, "labels": labels, "types": types,
        "properties": [{"p": p, "o": o, "label": r["olabel"], "iri": _is_iri(o)}
                       for (p, o), r in props.items()],
        "incoming": [{"s": r["s"], "p": r["p"], "label": r["slabel"]} for r in inc],
        "observations": obs,
    }


def _is_iri(o) -> bool:
    return isinstance(o, str) and o.startswith(("http://", "https://", "urn:"))


def search(store: GraphStore, text: str, limit: int = 50) -> list[dict]:
    """Resources whose label or alias contains ``text``, shortest label first."""
    rows = store.select(SEARCH, {"q": Literal(text)})
    seen, out = set(), []
    for r in rows:
        if r["s"] in seen:
            continue
        seen.add(r["s"])
        out.append({"iri": r["s"], "label": r["label"], "type": r["type"]})
        if len(out) >= limit:
            break
    return out


def triples(store: GraphStore, iri: str) -> list[ox.Triple]:
    """The resource's own statements, for Turtle / JSON-LD."""
    return sorted(set(store.construct(CONSTRUCT, {"s": URIRef(iri)})), key=str)
