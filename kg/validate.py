"""SHACL validation of the built graph (pyshacl)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.config import DEFAULT_BASE_IRI

SHAPES = Path(__file__).with_name("shapes.ttl")


def shapes_graph(base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    text = SHAPES.read_text(encoding="utf-8").replace(DEFAULT_BASE_IRI, base_iri)
    return Graph().parse(data=text, format="turtle")


def validate_graph(graph: Graph, shapes: Graph) -> tuple[bool, str]:
    """Check one report's graph (its own facts and what it says of shared ones).

    The build checks report by report, so memory is bounded by the largest
    report, not the corpus; the shapes look at one resource and its neighbours,
    all of which a report's own graph holds.
    """
    # imported here: pyshacl (and rdflib's SPARQL engine under it) takes most of a second to import,
    # and a build whose reports pass the compiled shapes (kg.shapes_sparql) never calls it
    from pyshacl import validate as shacl_validate
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes, inference="none")
    return bool(conforms), text


def validate(ds: Dataset, base_iri: str | None = None) -> tuple[bool, str]:
    """Check the union of all named graphs against the shapes."""
    if base_iri is None:
        base_iri = next((str(ns).removesuffix("def/") for p, ns in ds.namespaces() if p == "fz"),
                        DEFAULT_BASE_IRI)
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    from pyshacl import validate as shacl_validate
    conforms, _, text = shacl_validate(union, shacl_graph=shapes_graph(base_iri), inference="none")
    return bool(conforms), text
