"""Build the graph of every report in the data folder."""

from __future__ import annotations

from rdflib import Dataset

from kg.config import Config
from kg.graph import build_dataset
from kg.lexicon import load_lexicon
from kg.namespaces import Iris
from kg.report import load_reports


def build(config: Config) -> Dataset:
    """Reports of ``config.data_dir`` → one dataset, a named graph per report."""
    return build_dataset(load_reports(config.data_dir), load_lexicon(config.lexicon_dir),
                         Iris(config.base_iri))


def canonical_nquads(ds: Dataset) -> str:
    """N-Quads with lines sorted: the same data always gives the same bytes.

    The model mints no blank nodes, so sorting is a full canonical form.
    """
    lines = {line for line in ds.serialize(format="nquads").splitlines() if line.strip()}
    return "\n".join(sorted(lines)) + "\n"
