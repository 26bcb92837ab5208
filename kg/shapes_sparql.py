"""The project's SHACL shapes checked as SPARQL queries on a report's store.

pyshacl spends about 0.4 s of Python on each report's graph, most of a
build's time at a thousand reports.  The shapes use a small part of SHACL Core
— target classes, and property shapes on a plain predicate path with
``sh:minCount``, ``sh:maxCount``, ``sh:class``, ``sh:datatype``, ``sh:in``,
``sh:or`` of datatypes and ``sh:minLength`` — and each of those is one query
for the focus nodes that break it, which Oxigraph answers in about a
millisecond.  :func:`compile_shapes` returns None when the shapes use anything
else, and the build then uses pyshacl; a graph that fails here is checked
again with pyshacl for its full report.  ``tests/test_validate.py`` checks both
agree on the built graphs and on broken ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH["in"], SH["or"],
                  SH.minLength}
_NODE_KEYS = {RDF.type, SH.targetClass, SH.property}


@dataclass(frozen=True)
class Check:
    what: str       # for the message: "fz:Observation fz:unit minCount 1"
    query: str      # SELECT ?f: the focus nodes that break it


def _term(t) -> str:
    return t.n3()


def _property_checks(targets: list[URIRef], prop, shapes: Graph) -> list[Check] | None:
    keys = set(shapes.predicates(prop))
    if not keys <= _PROPERTY_KEYS:
        return None
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        return None                      # only plain predicate paths
    p = _term(path)
    focus = " UNION ".join(f"{{ ?f a/<{RDFS_SUBCLASS}>* {_term(t)} }}" for t in targets)
    out = []

    def add(what, body):
        out.append(Check(f"{' '.join(map(str, targets))} {path} {what}",
                         f"SELECT DISTINCT ?f WHERE {{ {{ {focus} }} {body} }}"))

    lo, hi = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
    if lo is not None or hi is not None:
        cond = " || ".join(c for c in (f"?n < {int(lo)}" if lo is not None else "",
                                       f"?n > {int(hi)}" if hi is not None else "") if c)
        out.append(Check(f"{' '.join(map(str, targets))} {path} count",
                         f"SELECT ?f WHERE {{ {{ SELECT ?f (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {{ {focus} }} "
                         f"OPTIONAL {{ ?f {p} ?v }} }} GROUP BY ?f }} FILTER({cond}) }}"))
    if (cls := shapes.value(prop, SH["class"])) is not None:
        add(f"class {cls}", f"?f {p} ?v . FILTER NOT EXISTS {{ ?v a/<{RDFS_SUBCLASS}>* {_term(cls)} }}")
    if (dt := shapes.value(prop, SH.datatype)) is not None:
        add(f"datatype {dt}", f"?f {p} ?v . FILTER(!isLiteral(?v) || datatype(?v) != {_term(dt)})")
    if (alts := shapes.value(prop, SH["or"])) is not None:
        dts = []
        for member in Collection(shapes, alts):
            if set(shapes.predicates(member)) != {SH.datatype}:
                return None
            dts.append(_term(shapes.value(member, SH.datatype)))
        add("or datatypes", f"?f {p} ?v . FILTER(!isLiteral(?v) || datatype(?v) NOT IN ({', '.join(dts)}))")
    if (allowed := shapes.value(prop, SH["in"])) is not None:
        values = list(Collection(shapes, allowed))
        if not all(isinstance(v, (Literal, URIRef)) for v in values):
            return None
        add("in", f"?f {p} ?v . FILTER(?v NOT IN ({', '.join(map(_term, values))}))")
    if (n := shapes.value(prop, SH.minLength)) is not None:
        add(f"minLength {n}", f"?f {p} ?v . FILTER(isBlank(?v) || STRLEN(STR(?v)) < {int(n)})")
    return out


def compile_shapes(shapes: Graph) -> list[Check] | None:
    """One query per constraint, or None if the shapes use more of SHACL than this covers."""
    checks = []
    for node in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if not set(shapes.predicates(node)) <= _NODE_KEYS:
            return None
        targets = sorted(shapes.objects(node, SH.targetClass))
        if not targets:
            return None
        for prop in shapes.objects(node, SH.property):
            got = _property_checks(targets, prop, shapes)
            if got is None:
                return None
            checks += got
    if set(shapes.subjects(SH.path, None)) - set(shapes.objects(None, SH.property)):
        return None                      # property shapes standing alone
    return checks


def violations(store, checks: list[Check], limit: int = 5) -> list[str]:
    """What breaks the shapes in ``store`` (a :class:`kg.store.GraphStore`): a few per check."""
    out = []
    for check in checks:
        for row in store.select(check.query)[:limit]:
            out.append(f"{row['f']}: {check.what}")
    return out
