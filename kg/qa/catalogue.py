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

import gc
import hashlib
import re
import threading
from collections.abc import Callable, Iterator, Mapping
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


NO_PART: tuple[list, list] = ([], [])   # a report with no figure and no entity

_heap_frozen = False


def freeze_heap() -> None:
    """Keep the long-lived heap out of the garbage collector's way (``gc.freeze``): now, and again
    each time a report's figures are made later, since they live as long as the process. For a
    server that has loaded its engine (kgqa serve, before its workers fork): a full collection
    walking every report made took 30–80 ms at a thousand reports, the slowest questions' time.
    Not done by default: in a process that makes and drops engines (tests), frozen garbage stays."""
    global _heap_frozen
    _heap_frozen = True
    gc.freeze()


class Figures(Mapping):
    """Report IRI → its figures, each report's made from its saved rows when first asked for.

    A corpus of a thousand reports holds tens of thousands of figures; making them all, and
    preparing each for the evidence check, was most of a server's start-up, where a question
    is about one report or a few. ``prepare`` (the engine's and the evidence check's per-report
    work) runs once per report, under a lock, before any thread sees its figures."""

    def __init__(self, parts: Mapping[str, tuple[list, list]], make: Callable[[dict], Obs],
                 reports: list[str] | None = None):
        self._parts, self._make = parts, make
        self._keys = list(parts) if reports is None else reports
        self._known = set(self._keys)
        self._made: dict[str, list[Obs]] = {}
        self._by_iri: dict[str, tuple[str, Obs]] = {}    # figure IRI → its report's IRI, itself
        self._selections: dict[tuple[str, tuple[int, ...]], list[Obs]] = {}
        self._lock = threading.RLock()
        self.prepare: list[Callable[[str, list[Obs]], None]] = []

    def __getitem__(self, iri: str) -> list[Obs]:
        figs = self._made.get(iri)
        if figs is None:
            if iri not in self._known:
                raise KeyError(iri)
            with self._lock:
                figs = self._made.get(iri)
                if figs is None:
                    figs = [self._make(r) for r in self._parts.get(iri, NO_PART)[0]]
                    for step in self.prepare:
                        step(iri, figs)
                    self._by_iri.update((o.iri, (iri, o)) for o in figs)
                    self._made[iri] = figs
                    if _heap_frozen:      # they live as long as the process (see freeze_heap)
                        gc.freeze()
        return figs

    def selection(self, iri: str, keep: Callable[[Obs], bool]) -> list[Obs]:
        """A report's figures that ``keep`` admits, one list for each selection: the matcher scores
        words against a list once and keys that by the list, so a selection made again (one year's
        figures, for each question of that year) must be the same list, not a new one each time."""
        figs = self[iri]
        picked = tuple(i for i, o in enumerate(figs) if keep(o))
        if len(picked) == len(figs):
            return figs
        key = (iri, picked)
        chosen = self._selections.get(key)
        if chosen is None:
            with self._lock:
                chosen = self._selections.setdefault(key, [figs[i] for i in picked])
        return chosen

    def figure(self, iri: str) -> tuple[str, Obs]:
        """(its report's IRI, the figure) of a figure already made (every answer's are)."""
        return self._by_iri[iri]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def rows(self, report: str) -> list[dict]:
        """A report's saved rows, made into no figure."""
        return self._parts.get(report, NO_PART)[0]


class Entities(Mapping):
    """Report IRI → its entities (names of mechanisms, organisations, problems and plans), from its part."""

    def __init__(self, parts: Mapping[str, tuple[list, list]], reports: list[str]):
        self._parts, self._keys, self._known = parts, reports, set(reports)

    def __getitem__(self, iri: str) -> list[dict]:
        if iri not in self._known:
            raise KeyError(iri)
        return self._parts.get(iri, NO_PART)[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def vocabulary(reports: list[dict], parts: Mapping[str, tuple[list, list]], alts: dict[str, str]) -> dict:
    """What the whole corpus is named by, from every report's part: the words an engine's segmenter
    keeps whole (indicators, aliases, actors, entities, places) and the actors' names. ``kgqa build``
    saves it, so a server reads no report's part to start."""
    split = {x: [a for a in v.split("|") if a] for x, v in alts.items()}
    words: set[str] = set()
    actors: set[str] = set()
    for report in reports:
        rows, entities = parts.get(report["report"], ([], []))
        for r in rows:
            names = [r["actorLabel"] or "", *split.get(r["actor"] or "", ())]
            words.update([r["label"], *split.get(r["indicator"], ()), *names])
            if r["actor"]:
                actors.update(names)
        words.update(e["label"] for e in entities)
        words.update([report["regionLabel"], report["city"] or ""])
    return {"words": sorted(w for w in words if w), "actors": sorted(w for w in actors if w)}


@dataclass
class Catalogue:
    reports: list[ReportRef]
    figures: Figures = field(default_factory=lambda: Figures({}, Obs))   # report IRI → its figures
    entities: Mapping[str, list[dict]] = field(default_factory=dict)  # report IRI → its entities
    alts: dict[str, list[str]] = field(default_factory=dict)          # indicator or organisation → its aliases
    vocabulary: dict = field(default_factory=dict)                    # see :func:`vocabulary`

    def __post_init__(self):
        self._report = {x.iri: x for x in self.reports}
        self._texts: dict[str, str] = {}
        self.as_asked: Callable[[str], str] | None = None   # a report's words as a question's are read (the engine's)

    def fact(self, iri: str) -> FactOut:
        """One figure as an answer cites it: every field was read from the graph with the catalogue."""
        report, o = self.figures.figure(iri)
        rep = self._report[report]
        return FactOut(number(o.value), o.unit, o.label, o.actor, rep.region, o.year or rep.year, o.sentence, iri,
                       qualifier=o.qualifier, section=o.heading, scope=o.scope)

    def report(self, iri: str) -> ReportRef | None:
        return self._report.get(iri)

    def words(self) -> set[str]:
        """Every label an engine's segmenter should keep whole."""
        return set(self.vocabulary.get("words", ()))

    def actor_names(self) -> set[str]:
        """Every figure's actor and its aliases, over the corpus."""
        return set(self.vocabulary.get("actors", ()))

    def text_of(self, report: str) -> str:
        """Every word a report's figures are found by (indicators, aliases, actors, clauses, sentences,
        headings), as one string: which reports may hold a word at all, asked without making figures."""
        text = self._texts.get(report)
        if text is None:
            alts = self.alts
            text = self._texts[report] = "|".join(
                "|".join([r["label"], *alts.get(r["indicator"], ()), r["actorLabel"] or "",
                          *alts.get(r["actor"] or "", ()), r["clause"], r["sentence"], r["sectionLabel"] or "",
                          r.get("upLabels") or "", r["leadText"] or ""])
                for r in self.figures.rows(report))
            if self.as_asked is not None:
                text = self._texts[report] = text + "|" + self.as_asked(text)
        return text


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
    # every year's figures the report states (2023年、2024年…分别为…: each its own year), not only its own year's
    rows = store.select(t.catalogue, {k: v for k, v in bind.items() if k != "year"}, graphs=graphs)
    for r in rows:
        r["leadText"] = leads.get((r["doc"], r["para"]))
    entities = store.select(t.entities, bind, graphs=graphs)
    for e in entities:    # its paragraph's lead (严把重大行政决策…关口): what the paragraph is about
        e["leadText"] = leads.get((e["report"], e["para"]))
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
    store (the reports, aliases and vocabulary read at once, each report's part when first
    asked about), else asked of the store (a remote endpoint, an in-memory graph)."""
    saved, vocab = store.saved("catalogue"), store.saved("vocabulary")
    if saved is not None and saved[0] == templates_key(t):
        reports, parts, alts = saved[1]
        # (a store built before the vocabulary was saved: made from its parts, read here)
        vocab = vocab[1] if vocab is not None and vocab[0] == saved[0] else vocabulary(reports, parts, alts)
    else:
        reports, parts, alts = query_catalogue(store, t, iris)
        vocab = vocabulary(reports, parts, alts)
    split = {x: [a for a in v.split("|") if a] for x, v in alts.items()}   # one list per resource

    def make(r: dict) -> Obs:
        return Obs(r["obs"], r["value"], r["unit"], r["label"], r["kind"], r["qualifier"],
                   r["actorLabel"], r["clause"], r["sentence"], r["start"],
                   split.get(r["indicator"], []), split.get(r["actor"] or "", []),
                   # its heading, the headings above it (党政主要负责人履行…职责情况) and its paragraph's lead
                   "|".join(filter(None, [r["sectionLabel"], r.get("upLabels"), r["leadText"],
                                          _ordinals(r.get("notes"))])),
                   roles=frozenset(x for x in (r["roles"] or "").split("|") if x), heading=r["sectionLabel"],
                   scope=r.get("scope"), stage=r.get("stage"),
                   notations=tuple(n.strip() for n in (r.get("notes") or "").split("|") if n.strip()),
                   year=int(r["year"]) if r.get("year") is not None else None)

    refs = [ReportRef(r["report"], r["regionLabel"], r["city"] or "", r["year"], r["level"] or "",
                      r["publisher"] or "", tuple(a for a in (r["publisherAlts"] or "").split("|") if a),
                      r["title"] or "")
            for r in reports]
    keys = [x.iri for x in refs]
    return Catalogue(refs, Figures(parts, make, keys), Entities(parts, keys), split, vocab)


_TOP_NOTATION = re.compile(r"^([一二三四五六七八九十]+)、$")


def _ordinals(notes: str | None) -> str:
    """三、 → 第三部分: a part of the report as people name it by its place (报告第三部分)."""
    return "|".join(f"第{m.group(1)}部分" for n in (notes or "").split("|") if (m := _TOP_NOTATION.match(n.strip())))

