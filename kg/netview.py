"""A networkx view of the graph: neighbourhoods and paths between entities.

Literals become node attributes; only links between resources become edges,
so paths run through meaningful relations (an observation's actor, its
indicator, its source sentence, a section's parent).
"""

from __future__ import annotations

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

SKIP = {RDF.type}


def to_networkx(ds: Dataset) -> nx.MultiDiGraph:
    return from_triples((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None)))


EDGES = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?c ?s ?p ?o ?slabel ?olabel WHERE {
  { ?c ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) BIND(?c AS ?s) }
  UNION { ?s ?p ?c . FILTER(?p != rdf:type) BIND(?c AS ?o) }
  OPTIONAL { ?s skos:prefLabel|rdfs:label ?slabel }
  OPTIONAL { ?o skos:prefLabel|rdfs:label ?olabel }
} LIMIT 400"""


def around(store, node: str, radius: int = 1, fan_out: int = 40) -> nx.MultiDiGraph:
    """The links within ``radius`` of ``node``, read from a :class:`kg.store.GraphStore`.

    Only the neighbourhood is fetched (a few prepared queries, the node bound as
    a term), never the whole graph, so the cost does not grow with the corpus;
    at radius 2 the first ``fan_out`` neighbours are followed.
    """
    triples, frontier, seen = [], [node], set()
    for depth in range(radius):
        nxt = []
        for c in frontier:
            if c in seen:
                continue
            seen.add(c)
            for r in store.select(EDGES, {"c": URIRef(c)}):
                s, p, o = URIRef(r["s"]), URIRef(r["p"]), URIRef(r["o"])
                triples.append((s, p, o))
                for n, label in ((r["s"], r["slabel"]), (r["o"], r["olabel"])):
                    if label:
                        triples.append((URIRef(n), SKOS.prefLabel, Literal(label)))
                    if n != c:
                        nxt.append(n)
        frontier = list(dict.fromkeys(nxt))[:fan_out]
    return from_triples(triples)


def from_triples(triples) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for s, p, o in triples:
        if isinstance(o, Literal):
            if p in (SKOS.prefLabel, RDFS.label):
                g.add_node(str(s))
                g.nodes[str(s)].setdefault("label", str(o))
            elif p == SKOS.altLabel:
                g.add_node(str(s))
                g.nodes[str(s)].setdefault("aliases", set()).add(str(o))
            continue
        if p in SKIP or not isinstance(o, URIRef):
            continue
        g.add_edge(str(s), str(o), key=str(p), predicate=str(p))
    return g


def find(g: nx.MultiDiGraph, label: str) -> list[str]:
    """Nodes whose label or alias is ``label``; failing that, whose label contains it."""
    exact = [n for n, d in g.nodes(data=True)
             if d.get("label") == label or label in d.get("aliases", ())]
    if exact:
        return sorted(exact)
    return sorted(n for n, d in g.nodes(data=True) if label in d.get("label", ""))


def neighbourhood(g: nx.MultiDiGraph, node: str, radius: int = 1) -> nx.MultiDiGraph:
    """The sub-graph within ``radius`` links of ``node``, in either direction."""
    return nx.ego_graph(g, node, radius=radius, undirected=True)


def shortest_path(g: nx.MultiDiGraph, label_a: str, label_b: str) -> list[str] | None:
    """The shortest chain of nodes linking two entities named by label, or None."""
    a, b = find(g, label_a), find(g, label_b)
    if not a or not b:
        return None
    view = g.to_undirected(as_view=True)
    best = None
    for x in a:
        for y in b:
            try:
                path = nx.shortest_path(view, x, y)
            except nx.NetworkXNoPath:
                continue
            if best is None or len(path) < len(best):
                best = path
    return best


def neighbourhood_json(g: nx.MultiDiGraph, node: str, radius: int = 1, limit: int = 80) -> dict:
    """Nodes and edges around ``node``, for a graph drawing (cytoscape.js elements)."""
    if node not in g:
        return {"nodes": [], "edges": []}
    hood = neighbourhood(g, node, radius)
    keep = [node] + sorted((n for n in hood.nodes if n != node),
                           key=lambda n: (-hood.degree(n), n))[: limit - 1]
    sub = hood.subgraph(keep)
    # in a stable order (centre first, then by IRI), whatever order the store returned rows in
    return {
        "nodes": [{"id": n, "label": d.get("label") or n.rsplit("/", 1)[-1], "centre": n == node}
                  for n, d in sorted(sub.nodes(data=True), key=lambda nd: (nd[0] != node, nd[0]))],
        "edges": [{"source": a, "target": b, "label": k.rsplit("/", 1)[-1].rsplit("#", 1)[-1]}
                  for a, b, k in sorted(sub.edges(keys=True))],
    }
