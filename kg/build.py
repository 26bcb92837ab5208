"""Build the graph of every report in the data folder."""

from __future__ import annotations

import sys

from rdflib import Dataset
from tqdm import tqdm

from kg.config import Config
from kg.graph import build_dataset
from kg.lexicon import load_lexicon
from kg.namespaces import Iris
from kg.report import load_reports


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
