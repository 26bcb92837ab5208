"""Vocabularies of the model, and the minting of IRIs under one base."""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

QB = Namespace("http://purl.org/linked-data/cube#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDMX_ATTR = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")

__all__ = ["DCTERMS", "ORG", "PROV", "QB", "RDF", "RDFS", "SKOS", "XSD", "Iris", "short_hash"]


def short_hash(text: str) -> str:
    """A stable, IRI-safe key for a Chinese label."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


class Iris:
    """Every IRI of the graph, minted from one configurable base."""

    def __init__(self, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.FZ = Namespace(self.base + "def/")

    def _id(self, *parts: str) -> URIRef:
        return URIRef(self.base + "id/" + "/".join(parts))

    def report(self, rid: str) -> URIRef:
        return self._id("report", rid)

    def graph(self, rid: str) -> URIRef:
        return URIRef(self.base + "graph/" + rid)

    def vocab_graph(self) -> URIRef:
        return URIRef(self.base + "graph/vocabulary")

    def dataset(self, rid: str) -> URIRef:
        return self._id("report", rid, "dataset")

    def sections(self, rid: str) -> URIRef:
        return self._id("report", rid, "sections")

    def section(self, rid: str, sid: str) -> URIRef:
        return self._id("report", rid, "section", sid)

    def sentence(self, rid: str, n: int) -> URIRef:
        return self._id("report", rid, "sentence", str(n))

    def observation(self, rid: str, n: int) -> URIRef:
        return self._id("report", rid, "obs", str(n))

    def entity(self, rid: str, kind: str, n: int) -> URIRef:
        return self._id("report", rid, kind.lower(), str(n))

    def region(self, name: str, within: str = "") -> URIRef:
        return self._id("region", short_hash(within + "|" + name))

    def organization(self, name: str, city: str, region: str) -> URIRef:
        return self._id("org", short_hash(f"{city}|{region}|{name}"))

    def indicator(self, label: str) -> URIRef:
        return self._id("indicator", short_hash(label))

    def indicator_scheme(self) -> URIRef:
        return self._id("indicators")
