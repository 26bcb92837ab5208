"""The one seam between the graph and whatever answers SPARQL over it.

Oxigraph (pyoxigraph) answers a prepared query on this graph in well under a
millisecond, where rdflib's own engine takes several; the rest of the code
only sees :class:`GraphStore`, so the engine can change on measurement.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from kg.build import build, canonical_nquads
from kg.config import Config

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long",
                              "nonNegativeInteger", "positiveInteger")}


def to_ox(term):
    """An rdflib or Python value → an Oxigraph term, for binding into a query."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, bool):
        return ox.Literal("true" if term else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(term, int):
        return ox.Literal(str(term), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(term, str):
        return ox.Literal(term)
    raise TypeError(f"cannot bind {term!r}")


def to_python(term):
    """An Oxigraph term → str / int / Decimal / None for the answer layer."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt in _NUMERIC:
            value = Decimal(term.value)
            return int(value) if value == value.to_integral_value() and "." not in term.value else value
        return term.value
    return term.value


class GraphStore:
    """A read-mostly quad store holding every report's named graph."""

    def __init__(self, store: ox.Store | None = None):
        self.ox = store if store is not None else ox.Store()

    @classmethod
    def from_dataset(cls, ds: Dataset) -> GraphStore:
        store = ox.Store()
        store.bulk_load(canonical_nquads(ds).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        return cls(store)

    def __len__(self) -> int:
        return len(self.ox)

    def select(self, query: str, bindings: dict[str, object] | None = None) -> list[dict[str, object]]:
        """Run a SELECT over the union of all reports, with variables bound as terms.

        Bindings are substituted as RDF terms (SEP-0007), never spliced into the text.
        """
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        solutions = self.ox.query(query, use_default_graph_as_union=True, substitutions=subs)
        names = [v.value for v in solutions.variables]
        return [{n: to_python(row[n]) for n in names} for row in solutions]

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs())


@lru_cache(maxsize=8)
def default_store(config: Config | None = None) -> GraphStore:
    """The graph built from the data folder, loaded once per process."""
    return GraphStore.from_dataset(build(config or Config()))
