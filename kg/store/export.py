"""The whole graph out of any :class:`GraphStore`, streamed by Oxigraph's serialisers.

Reads the store (built once) instead of rebuilding the graph in rdflib, so an
export costs a pass over the triples, not the corpus's extraction again.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.namespaces import DCTERMS, ORG, PROV, QB, RDF, RDFS, SKOS, XSD

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
_PREFIXES = {"qb": QB, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "rdf": RDF,
             "rdfs": RDFS, "xsd": XSD}


def prefixes(store) -> dict[str, str]:
    out = {k: str(v) for k, v in _PREFIXES.items()}
    vocab = next((g for g in store.named_graphs() if g.endswith("graph/vocabulary")), None)
    if vocab:
        out["fz"] = vocab.removesuffix("graph/vocabulary") + "def/"
    return out


def export(store, fmt: str, out: BinaryIO) -> None:
    """Quads (``trig``, ``nquads``: one named graph per report) or the merged triples."""
    fmt_ = FORMATS[fmt]
    pre = prefixes(store) if fmt in ("turtle", "trig") else None
    if fmt in ("trig", "nquads"):
        quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                 for g in store.named_graphs() for t in store.triples(g))
        ox.serialize(quads, out, format=fmt_, prefixes=pre)
    else:
        ox.serialize(store.triples(), out, format=fmt_, prefixes=pre)


def class_counts(store) -> list[tuple[str, int]]:
    """(class as a prefixed name, instances), most first."""
    rows = store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    pre = prefixes(store)

    def short(iri: str) -> str:
        for p, ns in pre.items():
            if iri.startswith(ns):
                return f"{p}:{iri[len(ns):]}"
        return f"<{iri}>"
    return sorted(((short(r["c"]), r["n"]) for r in rows), key=lambda kv: (-kv[1], kv[0]))
