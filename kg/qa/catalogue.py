"""What the question engine knows before the first question: its catalogue.

For each report, its figures (with the words around them) and entities, read
from the report's own graph and the vocabulary graph only; and the aliases of
indicators and organisations, asked once for all.  ``kgqa build`` makes it
and keeps it beside the store, so a server reads it in one go; a store
without one (remote, in memory) is asked, a few prepared queries per report.
:func:`load_catalogue` is the one place that turns those rows into the
engine's :class:`Catalogue`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.namespaces import Iris
from kg.qa.answer import FactOut, number
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
    by_iri: dict[str, tuple[ReportRef, Obs]] = field(default_factory=dict)   # figure IRI → its report, itself

    def fact(self, iri: str) -> FactOut:
        """One figure as an answer cites it: every field was read from the graph with the catalogue."""
        rep, o = self.by_iri[iri]
        return FactOut(number(o.value), o.unit, o.label, o.actor, rep.region, rep.year, o.sentence, iri,
                       qualifier=o.qualifier, section=o.heading)

    def words(self) -> set[str]:
        """Every label an engine's segmenter should keep whole."""
        out: set[str] = set()
        for rep in self.reports:
            for o in self.figures[rep.iri]:
                out.update([o.label, *o.alts, *o.actor_alts, o.actor or ""])
            out.update(e["label"] for e in self.entities[rep.iri])
            out.update([rep.region, rep.city])
        return {w for w in out if w}


def templates_key(t: Templates) -> str:
    """Names the queries a saved catalogue was made with: another engine's is not used."""
    return hashlib.sha1(f"{t.reports}\x00{t.catalogue}\x00{t.leads}\x00{t.alts}\x00{t.entities}".encode()).hexdigest()


def report_part(store: GraphStore, t: Templates, iris: Iris, report: dict) -> tuple[list, list]:
    """One report's observations and entities, read from its own graph and the vocabulary
    graph only: what it says, in time that does not grow with the corpus; and, since no
    other report's facts enter it, kept by an incremental build while the report is unchanged."""
    graphs = [str(iris.graph(report["report"].rsplit("/", 1)[-1])), str(iris.vocab_graph())]
    bind = {"region": URIRef(report["region"]), "year": Literal(report["year"]), "report": URIRef(report["report"])}
    leads = {(r["doc"], r["para"]): r["leadText"] for r in store.select(t.leads, graphs=graphs)}
    rows = store.select(t.catalogue, bind, graphs=graphs)
    for r in rows:
        r["leadText"] = leads.get((r["doc"], r["para"]))
    entities = store.select(t.entities, bind, graphs=graphs)
    # rows the ORDER BY leaves tied come in each engine's storage order: fix it, so that every
    # store (embedded, remote, a build's worker) gives the same catalogue
    rows.sort(key=lambda r: (r["start"], r["obs"]))
    entities.sort(key=lambda r: (r["order"] is not None, r["order"] or 0, r["label"],
                                 *(str(r[k]) for k in sorted(r))))
    return rows, entities


def query_catalogue(store: GraphStore, t: Templates, iris: Iris,
                    only_global: bool = False) -> tuple[list, dict | None, dict]:
    """(reports, each report's part by report IRI, aliases by resource) from the store;
    ``only_global``: the reports and aliases only (a build keeps each report's part apart)."""
    reports = store.select(t.reports)
    parts = None if only_global else {r["report"]: report_part(store, t, iris, r) for r in reports}
    alts: dict[str, set] = {}
    for r in store.select(t.alts):
        alts.setdefault(r["x"], set()).add(r["alt"])
    return reports, parts, {x: "|".join(sorted(a)) for x, a in alts.items()}


def load_catalogue(store: GraphStore, t: Templates, iris: Iris) -> Catalogue:
    """What the engine knows before the first question: saved by ``kgqa build`` beside the
    store (read in one go), else asked of the store (a remote endpoint, an in-memory graph)."""
    saved = store.saved("catalogue")
    if saved is not None and saved[0] == templates_key(t):
        reports, parts, alts = saved[1]
    else:
        reports, parts, alts = query_catalogue(store, t, iris)
    split = {x: [a for a in v.split("|") if a] for x, v in alts.items()}   # one list per resource
    cat = Catalogue([ReportRef(r["report"], r["regionLabel"], r["city"] or "", r["year"], r["level"] or "",
                               r["publisher"] or "", tuple(a for a in (r["publisherAlts"] or "").split("|") if a),
                               r["title"] or "")
                     for r in reports])
    for rep in cat.reports:
        rows, entities = parts.get(rep.iri, ([], []))
        cat.figures[rep.iri] = [Obs(
            r["obs"], r["value"], r["unit"], r["label"], r["kind"], r["qualifier"],
            r["actorLabel"], r["clause"], r["sentence"], r["start"],
            split.get(r["indicator"], []), split.get(r["actor"] or "", []),
            # its heading, the headings above it (党政主要负责人履行…职责情况) and its paragraph's lead
            "|".join(filter(None, [r["sectionLabel"], r.get("upLabels"), r["leadText"]])),
            roles=frozenset(x for x in (r["roles"] or "").split("|") if x), heading=r["sectionLabel"])
            for r in rows]
        cat.by_iri.update((o.iri, (rep, o)) for o in cat.figures[rep.iri])
        cat.entities[rep.iri] = entities
    return cat
