"""Configuration in one place: where the data is, and how IRIs are minted.

Values come from keyword arguments, else from the ``KGQA_*`` settings
(:mod:`kg.settings`, the one table), else from their defaults.

The data is layered: the packaged default (lexicon, the seed report, the
example queries — the project's ``data/``, installed as ``kg.data``) always
comes first, and ``data_dir`` (``--data`` / ``KGQA_DATA``) adds reports and
replaces lexicon files on top of it, so a folder holding only ``reports/``
is a complete data folder.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.resources
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.report import DataError
from kg.settings import KG_SETTINGS, value

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE_IRI = next(s.default for s in KG_SETTINGS if s.name == "BASE_IRI")


@cache
def packaged_data() -> Path:
    """The data shipped in the package (in a source checkout: the project's ``data/``)."""
    try:
        return Path(str(importlib.resources.files("kg.data")))
    except ModuleNotFoundError:   # an editable install made before data/ was mapped to kg.data
        return PROJECT_ROOT / "data"


def _path(text: str | None) -> Path | None:
    return Path(text) if text else None


@dataclass(frozen=True)
class Config:
    data_dir: Path | None = field(default_factory=lambda: _path(value("DATA")))
    base_iri: str = field(default_factory=lambda: value("BASE_IRI"))
    default_region: str | None = field(default_factory=lambda: value("DEFAULT_REGION"))
    max_question_length: int = field(default_factory=lambda: value("MAX_QUESTION_LENGTH"))
    # the year 去年 in a question counts back from (a report of a year is read in the years after it)
    current_year: int = field(default_factory=lambda: value("CURRENT_YEAR") or datetime.date.today().year)
    # a SPARQL endpoint URL, or a folder written by ``kgqa build``; unset: the data folder's store
    store: str | None = field(default_factory=lambda: value("STORE"))

    @property
    def store_dir(self) -> Path:
        """Where ``kgqa build`` writes the store when no other folder is named: the store
        folder given, else ``store/`` in the data folder, else (the packaged data alone, which
        may sit in a read-only site-packages) a cache folder of its own."""
        if self.store and not self.store.startswith(("http://", "https://")):
            return Path(self.store)
        if self.data_dir is not None:
            return Path(self.data_dir) / "store"
        return self.cache_store_dir

    @property
    def cache_store_dir(self) -> Path:
        """A store folder under the user's cache, one per set of data folders."""
        key = "|".join(str(Path(d).resolve()) for d in self.data_dirs)
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        return cache / "fazhi-kg" / hashlib.sha1(key.encode()).hexdigest()[:12]

    @property
    def data_dirs(self) -> tuple[Path, ...]:
        """The packaged data, then ``data_dir`` if it is another folder: later ones win."""
        base = packaged_data()
        if self.data_dir is None:
            return (base,)
        extra = Path(self.data_dir)
        if not extra.is_dir():
            raise DataError(f"{extra}: no such data folder")
        return (base,) if extra.resolve() == base.resolve() else (base, extra)

    @property
    def lexicon_dirs(self) -> tuple[Path, ...]:
        """Lexicon folders, packaged first: a file in a later one replaces the file of that name."""
        return tuple(d / "lexicon" for d in self.data_dirs if (d / "lexicon").is_dir())

    def example_queries(self) -> list[Path]:
        """``queries/*.rq`` of every layer, one per file name, in name order."""
        files = {p.name: p for d in self.data_dirs for p in sorted((d / "queries").glob("*.rq"))}
        return [files[name] for name in sorted(files)]
