"""The store folder ``kgqa build`` writes and ``kgqa serve`` opens read-only.

Layout::

    manifest.json     written last: format, version, build key, reports and their hashes, counts
    oxigraph/         the Oxigraph (RocksDB) store: one named graph per report + the vocabulary graph
    shared/<id>.nt    what each report says of shared resources, to rebuild the vocabulary graph
                      when one report changes without re-extracting the others
    saved.pickle      what the build computed for the server (the question engine's catalogue:
                      its reports and aliases, the words the whole corpus is named by, and the
                      templates it was made with): all a server reads to start
    parts/<id>.pickle each report's part of that catalogue, made from its graph alone: hard-linked
                      from the previous store while the report is unchanged, so adding one report
                      writes one part, not the whole catalogue; a server reads one when its report
                      is first asked about

A build writes a new folder beside the old one and renames it into place, so
a reader never sees half a store; a folder without a manifest, or with one
from another format or version, is refused with a message that says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.store import StoreError, StoreUnavailable

FORMAT = 3          # the layout above; bump when it changes
MANIFEST = "manifest.json"
_GRAPH_SOURCES = ("extract", "graph.py", "namespaces.py", "lexicon.py", "report.py", "numbers.py",
                  "shapes.ttl")


def _hash_files(h, paths: Iterable[Path], root: Path) -> None:
    for p in sorted(paths):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")


def build_key(config) -> str:
    """What, when it changes, changes every report's graph: the lexicon, the code, the base IRI."""
    h = hashlib.sha1(f"{FORMAT}|{kg.__version__}|{config.base_iri}".encode())
    for lex in config.lexicon_dirs:
        _hash_files(h, (p for p in lex.rglob("*") if p.is_file()), lex)
    src = Path(kg.__file__).parent
    for name in _GRAPH_SOURCES:
        p = src / name
        _hash_files(h, [f for f in p.rglob("*.py")] if p.is_dir() else [p], src)
    return h.hexdigest()


def report_hashes(data_dirs) -> dict[str, tuple[str, Path]]:
    """Each report's id → (hash of its metadata and text, metadata path), over the data
    folders in order: a later folder's report replaces one with the same id, or the same
    region, year and publisher, as :func:`kg.report.load_reports` reads them."""
    out: dict[str, tuple[str, Path]] = {}
    place: dict[str, tuple] = {}
    for data_dir in ([data_dirs] if isinstance(data_dirs, (str, Path)) else data_dirs):
        for meta in sorted((Path(data_dir) / "reports").glob("*.json")):
            raw = meta.read_bytes()
            info = json.loads(raw)
            text = info.get("text") or ""
            h = hashlib.sha1(raw)
            body = meta.parent / text
            if text and body.is_file():
                h.update(body.read_bytes())
            rid = info.get("id") or meta.stem
            key = (info.get("region"), info.get("year"), info.get("publisher"))
            for old in [r for r, k in place.items() if r == rid or k == key]:
                out.pop(old, None)
                place.pop(old, None)
            out[rid], place[rid] = (h.hexdigest(), meta), key
    return dict(sorted(out.items()))


def read_manifest(folder: Path) -> dict:
    """The manifest of a complete store of this format and version; StoreError otherwise."""
    folder = Path(folder)
    path = folder / MANIFEST
    if not path.is_file():
        if (folder / "oxigraph").exists():
            raise StoreError(f"{folder} is a half-written or interrupted build (no {MANIFEST}); "
                             "run `kgqa build` again")
        raise StoreError(f"{folder} holds no store; run `kgqa build` (or `kgqa build --store {folder}`)")
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except ValueError as e:
        raise StoreError(f"{path} is unreadable ({e}); run `kgqa build` again") from None
    if manifest.get("format") != FORMAT or manifest.get("version") != kg.__version__:
        raise StoreError(f"{folder} was built by fazhi-kg {manifest.get('version')} (store format "
                         f"{manifest.get('format')}); this is {kg.__version__} (format {FORMAT}): "
                         "run `kgqa build` to rebuild it")
    return manifest


def fresh(folder: Path, config) -> bool:
    """A complete store of this version that holds exactly the data folder's reports as they are."""
    try:
        manifest = read_manifest(folder)
    except StoreError:
        return False
    return (manifest.get("key") == build_key(config)
            and manifest.get("reports") == {rid: h for rid, (h, _) in report_hashes(config.data_dirs).items()})


def open_read_only(folder) -> tuple[ox.Store, dict, Path]:
    """(Oxigraph store, saved build products, folder) for :class:`EmbeddedStore`; StoreError if refused."""
    folder = Path(folder)
    read_manifest(folder)
    saved_path = folder / "saved.pickle"
    # written by our own build into our own folder, never taken from a client
    saved = pickle.loads(saved_path.read_bytes()) if saved_path.is_file() else {}
    if "catalogue" in saved:
        key, (reports, _, alts) = saved["catalogue"]
        saved["catalogue"] = (key, (reports, Parts(folder / "parts", [r["report"] for r in reports]), alts))
    return ox.Store.read_only(str(folder / "oxigraph")), saved, folder


def saved_catalogue_key(folder: Path) -> str | None:
    """The key of the queries the store's catalogue was made with (a build keeps its parts only if ours)."""
    path = Path(folder) / "saved.pickle"
    saved = pickle.loads(path.read_bytes()) if path.is_file() else {}   # our own build's file
    return saved["catalogue"][0] if "catalogue" in saved else None


class Parts(Mapping):
    """Each report's part of the catalogue, by report IRI, read from ``parts/<id>.pickle`` when first
    asked for: a server reads the parts of the reports it is asked about, not the whole corpus's."""

    def __init__(self, folder: Path, reports: list[str]):
        self._folder = folder
        self._opened = _inode(folder)
        self._files = {iri: folder / f"{iri.rsplit('/', 1)[-1]}.pickle" for iri in reports}
        self._read: dict[str, tuple] = {}

    def __getitem__(self, iri: str) -> tuple:
        part = self._read.get(iri)
        if part is None:
            path = self._files.get(iri)
            if path is None:
                raise KeyError(iri)
            if _inode(self._folder) != self._opened:
                # a build swapped a new store into place: its parts are not this store's
                raise StoreUnavailable(f"the store at {self._folder.parent} was rebuilt since this server "
                                       "started; restart it to serve the new build")
            if not path.is_file():
                raise KeyError(iri)
            # written by our own build into our own folder, never taken from a client
            self._read[iri] = part = pickle.loads(path.read_bytes())[1]
        return part

    def __iter__(self) -> Iterator[str]:
        return (iri for iri, path in self._files.items() if path.is_file())

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _share_strings(value, seen: dict):
    """``value`` with equal strings made one object. A report's rows repeat their sentence,
    section, paragraph lead and IRIs; pickle writes an object it has seen once, so the part is
    about half the size and read in about half the time when a question first asks about it."""
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, dict):
        return {_share_strings(k, seen): _share_strings(v, seen) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_share_strings(v, seen) for v in value)
    return value


def _inode(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_ino
    except OSError:
        return None


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


class StoreWriter:
    """A new store folder, built beside ``target`` and renamed into place by :meth:`commit`.

    With ``reuse`` the previous store is the starting point (a RocksDB
    checkpoint: its files are hard-linked, not copied), so one changed report
    costs one report's work.
    """

    def __init__(self, target: Path, reuse: bool, quads: int | None = None):
        self.target = Path(target)
        self.tmp = self.target.parent / f".{self.target.name}.building-{os.getpid()}"
        for stale in self.target.parent.glob(f".{self.target.name}.building-*"):
            if not _alive(stale.name.rpartition("-")[2]):   # a build killed before it could clean up
                shutil.rmtree(stale, ignore_errors=True)
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        (self.tmp / "shared").mkdir()
        (self.tmp / "parts").mkdir()
        if reuse:
            old = ox.Store.read_only(str(self.target / "oxigraph"))
            old.backup(str(self.tmp / "oxigraph"))
            del old
            for kind in ("shared", "parts"):
                for p in (self.target / kind).iterdir():
                    os.link(p, self.tmp / kind / p.name)
        self.ox = ox.Store(str(self.tmp / "oxigraph"))
        # quads kept count of as graphs are dropped and loaded: counting a store of millions of
        # quads takes about a second, most of adding one report; None: counted at the end
        self.quads = quads if reuse else 0
        self.own = open(self.tmp / "own.nq", "wb")   # noqa: SIM115 - closed in load()

    def add_report(self, graph: str, own_nt: bytes, shared_nt: bytes, rid: str) -> None:
        """A report's own triples (queued for loading into its graph) and its shared ones."""
        # N-Triples rows end in " .\n" and nowhere else (a literal's line breaks are escaped)
        self.own.write(own_nt.replace(b" .\n", f" <{graph}> .\n".encode()))
        if self.quads is not None:
            self.quads += own_nt.count(b"\n")    # a report's triples are a set, its graph its own
        (self.tmp / "shared" / f"{rid}.nt").write_bytes(shared_nt)

    def drop(self, graph: str, rid: str) -> None:
        """Remove a report's graph (changed or removed), its shared part and its catalogue part."""
        if self.quads is not None:
            self.quads -= self._size(ox.NamedNode(graph))
        self.ox.clear_graph(ox.NamedNode(graph))
        self.ox.remove_graph(ox.NamedNode(graph))
        (self.tmp / "shared" / f"{rid}.nt").unlink(missing_ok=True)
        (self.tmp / "parts" / f"{rid}.pickle").unlink(missing_ok=True)

    def add_part(self, rid: str, iri: str, part: tuple) -> None:
        """A report's part of the engine's catalogue (see :func:`kg.qa.catalogue.report_part`)."""
        part = _share_strings(part, {})
        (self.tmp / "parts" / f"{rid}.pickle").write_bytes(pickle.dumps((iri, part), protocol=pickle.HIGHEST_PROTOCOL))

    def part_ids(self) -> set[str]:
        return {p.stem for p in (self.tmp / "parts").glob("*.pickle")}

    def clear_parts(self) -> None:
        """Parts made with other catalogue queries than this build's: none is kept."""
        for p in (self.tmp / "parts").glob("*.pickle"):
            p.unlink()

    def load(self, vocab_graph: str, vocabulary_nt: bytes, added: list[str] | None = None) -> None:
        """Bulk-load the queued report graphs, then rebuild the vocabulary graph from every part.

        ``added``: the build only adds these reports to the previous store, so their parts
        are merged into its vocabulary graph, which nothing else changed.
        """
        self.own.close()
        if (self.tmp / "own.nq").stat().st_size:
            self.ox.bulk_load(path=str(self.tmp / "own.nq"), format=ox.RdfFormat.N_QUADS)
        (self.tmp / "own.nq").unlink()
        vocab = ox.NamedNode(vocab_graph)
        before = self._size(vocab) if self.quads is not None else 0
        if added is None:
            self.ox.clear_graph(vocab)
        # every report states the same indicators and regions: merged here, loaded once
        lines = set(vocabulary_nt.splitlines())
        parts = (self.tmp / "shared" / f"{rid}.nt" for rid in added) if added is not None \
            else (self.tmp / "shared").iterdir()
        for p in parts:
            lines.update(p.read_bytes().splitlines())
        lines.discard(b"")
        self.ox.bulk_load(b"\n".join(sorted(lines)) + b"\n", format=ox.RdfFormat.N_TRIPLES, to_graph=vocab)
        if self.quads is not None:
            self.quads += self._size(vocab) - before

    def _size(self, graph: ox.NamedNode) -> int:
        """Quads in one graph: a report's, or the vocabulary graph (a small part of the store)."""
        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, graph))

    def counts(self, repeatable: str | None = None) -> tuple[int, int]:
        """(quads, distinct triples).

        With ``repeatable``, the one predicate whose triples may stand in two graphs (see
        :func:`kg.graph.split_shared`), only its triples are compared across graphs, which
        is exact for a store built that way and costs a fraction of comparing every
        triple; without it, every triple is.
        """
        quads = len(self.ox) if self.quads is None else self.quads

        def count(q):
            return int(next(iter(self.ox.query(q, use_default_graph_as_union=True)))["n"].value)
        if repeatable is None:
            return quads, count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        p = f"<{ox.NamedNode(repeatable).value}>"
        stated = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {p} ?o }}")
        distinct = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s {p} ?o }} }}")
        return quads, quads - (stated - distinct)

    def save(self, saved: dict) -> None:
        (self.tmp / "saved.pickle").write_bytes(pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL))

    def commit(self, manifest: dict, optimize: bool = False) -> None:
        """Flush (``optimize``: compact first — analyst queries over a freshly bulk-loaded store run
        about twice as fast compacted), write the manifest last, and swap the new folder in."""
        if optimize:
            self.ox.optimize()
        self.ox.flush()
        del self.ox
        manifest = {"format": FORMAT, "version": kg.__version__, "built": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                    time.gmtime()), **manifest}
        (self.tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
        old = self.target.parent / f".{self.target.name}.old-{os.getpid()}"
        if self.target.exists():
            self.target.rename(old)
        self.tmp.rename(self.target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        self.own.close()
        self.ox = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def query_store(self) -> ox.Store:
        return self.ox


def canonical_nquads(folder: Path) -> bytes:
    """The store as N-Quads with lines sorted: the same data always gives the same bytes.

    The model mints no blank nodes, so sorting is a full canonical form.
    """
    store, _, _ = open_read_only(folder)
    lines = sorted(set(store.dump(format=ox.RdfFormat.N_QUADS).splitlines()))
    return b"\n".join(line for line in lines if line.strip()) + b"\n"
