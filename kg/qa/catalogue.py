"""What question answering knows of the store, loaded once when an engine starts.

One function, :func:`load_catalogue`, reads the reports, every figure (as an
:class:`~kg.qa.matching.Obs`) and every named entity of each report.  Keeping it in
one place means a change in *how* it is loaded (one query for all reports instead
of one per report) touches this function only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.namespaces import Iris
from kg.qa.matching import Obs
from kg.qa.templates import Templates
from kg.store import GraphStore


@dataclass
class ReportRef:
    iri: str
    region: str
    city: str
    year: int
    level: str = ""                       # province, city, district, county, department
    publisher: str = ""
    publisher_names: tuple[str, ...] = ()  # the publisher's everyday names (市场监管局, 区司法局)
    title: str = ""

    @property
    def department(self) -> bool:
        return self.level == "department"

    @property
    def name(self) -> str:
        if self.department and self.publisher:
            return f"{self.publisher}{self.year}年报告"   # a department's own report, by its publisher
        return f"{self.city}{self.region}{self.year}年报告"


@dataclass
class Catalogue:
    reports: list[ReportRef]
    figures: dict[str, list[Obs]] = field(default_factory=dict)       # report IRI → its figures
    entities: dict[str, list[dict]] = field(default_factory=dict)     # report IRI → its entities

    def words(self) -> set[str]:
        """Every label an engine's segmenter should keep whole."""
        out: set[str] = set()
        for rep in self.reports:
            for o in self.figures[rep.iri]:
                out.update([o.label, *o.alts, *o.actor_alts, o.actor or ""])
            out.update(e["label"] for e in self.entities[rep.iri])
            out.update([rep.region, rep.city])
        return {w for w in out if w}


def load_catalogue(store: GraphStore, t: Templates, iris: Iris) -> Catalogue:
    """Reports (newest first), then per report its figures and entities."""
    cat = Catalogue([ReportRef(r["report"], r["regionLabel"], r["city"] or "", r["year"], r["level"] or "",
                               r["publisher"] or "", tuple(a for a in (r["publisherAlts"] or "").split("|") if a),
                               r["title"] or "")
                     for r in store.select(t.reports)])
    for rep in cat.reports:
        bind = {"region": URIRef(iris.region(rep.region, rep.city)), "year": Literal(rep.year),
                "report": URIRef(rep.iri)}
        cat.figures[rep.iri] = [Obs(
            r["obs"], r["value"], r["unit"], r["label"], r["kind"], r["qualifier"],
            r["actorLabel"], r["clause"], r["sentence"], r["start"],
            [a for a in (r["alts"] or "").split("|") if a],
            [a for a in (r["actorAlts"] or "").split("|") if a],
            (r["sectionLabel"] or "") + "|" + (r["leadText"] or ""),
            roles=frozenset(x for x in (r["roles"] or "").split("|") if x))
            for r in store.select(t.catalogue, bind)]
        cat.entities[rep.iri] = store.select(t.entities, bind)
    return cat
