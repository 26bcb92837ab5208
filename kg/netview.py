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
    g = nx.MultiDiGraph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
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
