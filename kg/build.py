"""Build the graph of every report in the data folder.

Two ways: :func:`build` gives an rdflib dataset in memory (tests, small
tools); :func:`build_store` writes the persistent store ``kgqa serve`` opens
read-only — extraction and SHACL validation run report by report, in parallel
across cores, and only for reports whose text, metadata, lexicon or
extraction code changed since the last build.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset
from tqdm import tqdm

from kg.config import Config
from kg.graph import Triples, build_dataset, report_graph, split_shared, vocabulary
from kg.lexicon import load_lexicon
from kg.namespaces import Iris
from kg.report import load_report, load_reports
from kg.shapes_sparql import compile_shapes, violations
from kg.store.embedded import EmbeddedStore

# a build that rewrote this share of the reports compacts the store (seconds at 1,000 reports;
# analyst queries then run about twice as fast); adding one report does not pay for it
OPTIMIZE_SHARE = 0.25


def build(config: Config, progress: bool = False) -> Dataset:
    """Reports of ``config.data_dir`` → one dataset, a named graph per report.

    With ``progress`` and more than a handful of reports, a bar on stderr.
    """
    reports = load_reports(*config.data_dirs)
    if progress and len(reports) > 5:
        reports = tqdm(reports, desc="reports", unit="report", file=sys.stderr)
    return build_dataset(reports, load_lexicon(config.lexicon_dirs), Iris(config.base_iri))


def canonical_nquads(ds: Dataset) -> str:
    """N-Quads with lines sorted: the same data always gives the same bytes.

    The model mints no blank nodes, so sorting is a full canonical form.
    """
    lines = {line for line in ds.serialize(format="nquads").splitlines() if line.strip()}
    return "\n".join(sorted(lines)) + "\n"


class ReportInvalid(Exception):
    """A report whose graph fails the shapes: the build stops, naming it, and the old store stays."""


@dataclass
class BuildSummary:
    store: Path
    reports: int = 0
    extracted: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    full: bool = True
    quads: int = 0
    triples: int = 0
    timings: dict[str, float] = field(default_factory=dict)   # phase → seconds

    def lines(self) -> list[str]:
        if not self.extracted and not self.removed:
            return [f"{self.store}: up to date ({self.reports} reports, {self.quads} quads)"]
        how = "full build" if self.full else "incremental"
        out = [(f"wrote {self.store} ({how}): {self.reports} reports, {len(self.extracted)} extracted, "
               f"{len(self.removed)} removed; {self.quads} quads, {self.triples} distinct triples")]
        out.append("timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items()))
        return out


# -- the per-report work, run in worker processes ---------------------------------
_W: dict = {}


def _init_worker(config: Config) -> None:
    from kg.qa.templates import make_templates
    from kg.validate import shapes_graph
    iris = Iris(config.base_iri)
    shapes = shapes_graph(config.base_iri)
    vocab = vocabulary(iris)
    _W.update(lexicon=load_lexicon(config.lexicon_dirs), iris=iris, shapes=shapes, vocabulary=vocab,
              vocabulary_nt=vocab.serialize(format="nt", encoding="utf-8"),
              checks=compile_shapes(shapes), templates=make_templates(str(iris.FZ)))


def _catalogue_part(store, iris: Iris) -> tuple[str, tuple]:
    """The report's part of the engine's catalogue, from its graph alone (see
    :func:`kg.qa.engine.report_part`: only its own graph and the vocabulary graph are read,
    and what the vocabulary graph adds from other reports the part does not use)."""
    from kg.qa.catalogue import report_part
    (report,) = store.select(_W["templates"].reports)
    return report["report"], report_part(store, _W["templates"], iris, report)


def _extract_one(meta_path: Path) -> dict:
    """One report: extract, validate its whole graph, split into its own and shared triples."""
    from kg.validate import validate_graph
    iris = _W["iris"]
    t0 = time.perf_counter()
    report = load_report(meta_path)
    g = report_graph(report, _W["lexicon"], iris, Triples())
    own, shared = split_shared(g, iris, report.id)
    own_nt, shared_nt = own.ntriples(), shared.ntriples()
    # the report alone in a small Oxigraph store: checked against the shapes, and read for its
    # part of the catalogue, as the finished store would answer for it
    store = EmbeddedStore.from_ntriples({str(iris.graph(report.id)): own_nt,
                                         str(iris.vocab_graph()): shared_nt + _W["vocabulary_nt"]})
    t1 = time.perf_counter()
    if _W["checks"] is not None and not violations(store, _W["checks"]):
        conforms, text = True, ""
    else:   # shapes beyond what compiles to SPARQL, or a violation: pyshacl's full report
        conforms, text = validate_graph(g.graph() + _W["vocabulary"], _W["shapes"])
    t2 = time.perf_counter()
    part = _catalogue_part(store, iris) if conforms else None
    return {"id": report.id, "graph": str(iris.graph(report.id)), "conforms": conforms, "report": text,
            "own": own_nt, "shared": shared_nt, "part": part,
            "extract": t1 - t0, "validate": t2 - t1, "catalogue": time.perf_counter() - t2,
            "path": str(meta_path)}


def _run(todo: list[Path], config: Config, jobs: int, progress: bool):
    """Results of :func:`_extract_one` for each path, in parallel when it pays."""
    if jobs <= 1 or len(todo) <= 1:
        _init_worker(config)
        yield from map(_extract_one, todo)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        results = pool.imap_unordered(_extract_one, todo, chunksize=max(1, min(8, len(todo) // (4 * jobs))))
        if progress:
            results = tqdm(results, total=len(todo), desc="extract + validate", unit="report",
                           file=sys.stderr)
        yield from results


def build_store(config: Config, store_dir: Path | None = None, jobs: int | None = None,
                progress: bool = False, rebuild: bool = False) -> BuildSummary:
    """Write (or bring up to date) the store folder of ``config``'s data folder.

    A report whose graph fails SHACL stops the build with :class:`ReportInvalid`
    naming it; the previous store is left as it was.
    """
    from kg.qa.catalogue import query_catalogue, report_part, templates_key
    from kg.qa.catalogue import vocabulary as corpus_vocabulary
    from kg.qa.templates import make_templates
    from kg.store import StoreError
    from kg.store.disk import (
        Parts,
        StoreWriter,
        build_key,
        read_manifest,
        report_hashes,
        saved_catalogue_key,
    )
    from kg.store.embedded import EmbeddedStore

    store_dir = Path(store_dir or config.store_dir)
    summary = BuildSummary(store_dir)
    timings = summary.timings
    t = time.perf_counter()
    key, current = build_key(config), report_hashes(config.data_dirs)
    summary.reports = len(current)
    old = None
    if store_dir.exists() and not rebuild:
        try:
            old = read_manifest(store_dir)
        except StoreError as e:
            print(f"kgqa build: rebuilding from scratch: {e}", file=sys.stderr)
    reuse = old is not None and old.get("key") == key
    if reuse:
        changed = [rid for rid, (h, _) in current.items() if old["reports"].get(rid) != h]
        removed = sorted(set(old["reports"]) - set(current))
        if not changed and not removed:
            summary.quads, summary.triples = old.get("quads", 0), old.get("triples", 0)
            return summary
    else:
        changed, removed = list(current), []
    summary.full, summary.extracted, summary.removed = not reuse, sorted(changed), removed
    timings["scan"] = time.perf_counter() - t

    t = time.perf_counter()
    iris = Iris(config.base_iri)
    writer = StoreWriter(store_dir, reuse, old.get("quads") if reuse else None)
    try:
        if reuse:
            for rid in [*changed, *removed]:
                writer.drop(str(iris.graph(rid)), rid)
        ex = va = ca = 0.0
        parts = {}
        for r in _run([current[rid][1] for rid in changed], config, jobs or os.cpu_count() or 1,
                      progress and len(changed) > 1):
            if not r["conforms"]:
                raise ReportInvalid(f"report {r['id']} ({r['path']}) fails the shapes:\n{r['report']}")
            writer.add_report(r["graph"], r["own"], r["shared"], r["id"])
            parts[r["id"]] = r["part"]
            ex, va, ca = ex + r["extract"], va + r["validate"], ca + r["catalogue"]
        timings["extract + validate (wall)"] = time.perf_counter() - t
        timings["extract (cpu)"], timings["validate (cpu)"], timings["catalogue parts (cpu)"] = ex, va, ca

        t = time.perf_counter()
        only_added = reuse and not removed and not set(changed) & set(old["reports"])
        writer.load(str(iris.vocab_graph()), vocabulary(iris).serialize(format="nt", encoding="utf-8"),
                    added=changed if only_added else None)
        summary.quads, summary.triples = writer.counts(repeatable=str(iris.FZ.context))
        timings["load"] = time.perf_counter() - t

        t = time.perf_counter()
        templates = make_templates(str(iris.FZ))
        key_t = templates_key(templates)
        # unchanged reports' parts of the engine's catalogue are the last build's (hard-linked),
        # unless that build made them with other queries
        if reuse and saved_catalogue_key(store_dir) != key_t:
            writer.clear_parts()
        for rid, (iri, part) in parts.items():
            writer.add_part(rid, iri, part)
        have = writer.part_ids()
        store = EmbeddedStore(writer.query_store())
        reports, _, alts = query_catalogue(store, templates, iris, only_global=True)
        for r in reports:
            rid = r["report"].rsplit("/", 1)[-1]
            if rid not in have:
                writer.add_part(rid, r["report"], report_part(store, templates, iris, r))
        # what the whole corpus is named by, read once here so that a server reads no report's part to start
        every_part = Parts(writer.tmp / "parts", [r["report"] for r in reports])
        writer.save({"catalogue": (key_t, (reports, None, alts)),
                     "vocabulary": (key_t, corpus_vocabulary(reports, every_part, alts))})
        timings["catalogue"] = time.perf_counter() - t

        t = time.perf_counter()
        writer.commit({"key": key, "base_iri": config.base_iri,
                       "reports": {rid: h for rid, (h, _) in current.items()},
                       "quads": summary.quads, "triples": summary.triples},
                      optimize=len(changed) + len(removed) >= OPTIMIZE_SHARE * max(len(current), 1))
        timings["commit"] = time.perf_counter() - t
    except BaseException:
        writer.abort()
        raise
    return summary
