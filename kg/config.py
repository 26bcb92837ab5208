"""Configuration in one place: where the data is, and how IRIs are minted.

Values come from keyword arguments, else from the environment (``KGQA_*``),
else from the defaults below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE_IRI = "https://fazhi-kg.example.org/"


@dataclass(frozen=True)
class Config:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("KGQA_DATA", PROJECT_ROOT / "data")))
    base_iri: str = field(default_factory=lambda: os.environ.get("KGQA_BASE_IRI", DEFAULT_BASE_IRI))
    default_region: str | None = field(default_factory=lambda: os.environ.get("KGQA_DEFAULT_REGION") or None)
    # a SPARQL endpoint URL, or a folder written by ``kgqa build``; unset: the data folder's store
    store: str | None = field(default_factory=lambda: os.environ.get("KGQA_STORE") or None)

    @property
    def store_dir(self) -> Path:
        """Where ``kgqa build`` writes the store when no other folder is named."""
        if self.store and not self.store.startswith(("http://", "https://")):
            return Path(self.store)
        return Path(self.data_dir) / "store"

    @property
    def lexicon_dir(self) -> Path:
        return Path(self.data_dir) / "lexicon"
