"""The README's example SPARQL queries run and return rows."""

import re

import pytest

from kg.config import PROJECT_ROOT
from kg.store import default_store

QUERIES = re.findall(r"```sparql\n(.*?)```", (PROJECT_ROOT / "README.md").read_text("utf-8"), re.DOTALL)


def test_five_examples():
    assert len(QUERIES) == 5


@pytest.mark.parametrize("query", QUERIES)
def test_example_runs(query, config):
    rows = default_store(config).select(query)
    assert rows, query


def test_editor_examples_are_the_readme_examples():
    files = sorted((PROJECT_ROOT / "data" / "queries").glob("*.rq"))
    bodies = [f.read_text("utf-8").split("\n", 1)[1] for f in files]
    assert bodies == QUERIES
