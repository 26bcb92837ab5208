"""The one seam between the graph and whatever answers SPARQL over it.

Everything outside this package (question answering, entity pages, the
neighbourhood view, the SPARQL endpoint, Graph Store reads) sees only
:class:`GraphStore`; two engines stand behind it:

* :class:`kg.store.embedded.EmbeddedStore` — Oxigraph in this process, in
  memory or opened read-only on the folder ``kgqa build`` wrote (the default);
* :class:`kg.store.remote.RemoteStore` — any SPARQL 1.1 endpoint whose default
  graph is the union of its named graphs (``KGQA_STORE=http://host:port/sparql``),
  read-only, so past one machine the service holds no data of its own.

:func:`open_store` picks one from the configuration.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.config import Config

log = logging.getLogger(__name__)

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long",
                              "nonNegativeInteger", "positiveInteger")}


class StoreUnavailable(Exception):
    """The store cannot answer now (a remote endpoint down): the service says 503."""


class StoreError(Exception):
    """A store folder that must not be served: another version, or a half-written build."""


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


def rows(solutions: ox.QuerySolutions) -> list[dict[str, object]]:
    names = [v.value for v in solutions.variables]
    return [{n: to_python(row[n]) for n in names} for row in solutions]


class GraphStore(ABC):
    """A read-only quad store: one named graph per report plus the shared vocabulary graph.

    Queries see the union of the graphs as their default graph; since every
    triple is in exactly one graph, that union is the RDF merge.
    """

    @abstractmethod
    def select(self, query: str, bindings: dict[str, object] | None = None,
               graphs: list[str] | None = None) -> list[dict[str, object]]:
        """Rows of a SELECT, with ``bindings`` bound as RDF terms, never spliced in as text.

        ``graphs``: the named graphs whose merge is the default graph (default: all).
        """

    @abstractmethod
    def construct(self, query: str, bindings: dict[str, object] | None = None) -> list[ox.Triple]:
        """Triples of a CONSTRUCT, bound as :meth:`select` binds."""

    @abstractmethod
    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        """Every triple of one named graph, or of the whole dataset (``None``), each once."""

    @abstractmethod
    def named_graphs(self) -> list[str]:
        ...

    @abstractmethod
    def __len__(self) -> int:
        """Statements over all graphs (quads); the distinct triples, as each triple is in one graph."""

    def check(self) -> None:
        """Raise :class:`StoreUnavailable` if the store cannot answer now."""

    #: Whether others may change the data while it is served (a remote engine someone else
    #: loads): then every answer looks its facts up again rather than trust what was read at
    #: start-up. An embedded store is opened read-only beside the catalogue built with it.
    changes_underneath = False

    def saved(self, name: str):
        """What ``kgqa build`` computed and kept beside the store (the engine's catalogue), or None."""
        return

    def forkable(self) -> ox.Store | None:
        """The embedded Oxigraph store for the SPARQL endpoint's query children; None when remote."""
        return None

    def files(self) -> str | None:
        """The folder of the on-disk store's files (its children keep them open); None in memory."""
        return None

    def describe_source(self) -> str:
        """Where the data comes from, for /readyz and logs."""
        return type(self).__name__

    @staticmethod
    def from_dataset(ds) -> GraphStore:
        """An embedded, in-memory store holding an rdflib dataset (tests, small tools)."""
        from kg.store.embedded import EmbeddedStore
        return EmbeddedStore.from_dataset(ds)


def open_store(config: Config | None = None) -> GraphStore:
    """The store the configuration names.

    ``KGQA_STORE`` (or ``Config.store``) an http(s) URL: that SPARQL endpoint.
    A folder: the store ``kgqa build`` wrote there (refused if it is from another
    version or half-written).  Unset: the built store of the data folder if it is
    current, else the graph is built from the data folder into memory — the
    zero-setup default.
    """
    config = config or Config()
    target = config.store
    if target and target.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore
        return RemoteStore(target)
    from kg.store.disk import fresh, open_read_only
    from kg.store.embedded import EmbeddedStore
    if target:
        return EmbeddedStore(*open_read_only(target))
    if fresh(config.store_dir, config):
        return EmbeddedStore(*open_read_only(config.store_dir))
    log.info("no current store in %s: building the graph in memory", config.store_dir)
    from kg.build import build
    return EmbeddedStore.from_dataset(build(config))


@lru_cache(maxsize=8)
def _default_store(config: Config) -> GraphStore:
    return open_store(config)


def default_store(config: Config | None = None) -> GraphStore:
    """The store of the configuration, opened once per process."""
    return _default_store(config or Config())


def iter_triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    for q in quads:
        yield ox.Triple(q.subject, q.predicate, q.object)


__all__ = ["GraphStore", "StoreError", "StoreUnavailable", "default_store", "open_store",
           "to_ox", "to_python"]
