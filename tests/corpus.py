"""A small corpus for the remote-store tests: the shipped reports and the Baihua fixture,
built into a store and exported as N-Quads, ready to load into another engine."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kg.build import build_store
from kg.config import PROJECT_ROOT, Config

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def built_and_exported(tmp: Path) -> tuple[Config, Path, Path]:
    """(the embedded config, its data folder, the N-Quads export) under ``tmp``."""
    d = tmp / "data"
    shutil.copytree(PROJECT_ROOT / "data" / "lexicon", d / "lexicon")
    shutil.copytree(PROJECT_ROOT / "data" / "reports", d / "reports")
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, d / "reports" / f.name)
    config = Config(data_dir=d, store=str(tmp / "store"))
    build_store(config)
    export = tmp / "kg.nq"
    with open(export, "wb") as out:
        subprocess.run([sys.executable, "-m", "kg.cli", "--data", str(d), "export", "--format", "nquads"],
                       stdout=out, check=True, env={"KGQA_STORE": str(tmp / "store"), "PATH": ""})
    return config, d, export


def corpus_questions() -> list[str]:
    """The gold questions of both reports in the corpus (the shipped one and Baihua)."""
    rows = []
    for name in ("dev_questions.jsonl", "baihua_2024_questions.jsonl"):
        rows += [json.loads(x)["q"] for x in (FIXTURES / name).read_text("utf-8").splitlines() if x.strip()]
    return rows


def assert_same_answers(embedded: Config, remote: Config) -> None:
    """Every corpus question answered alike, field for field, from the embedded and the remote store."""
    from kg.qa import engine_for
    from kg.store import open_store
    local, far = engine_for(open_store(embedded), embedded), engine_for(open_store(remote), remote)
    assert len(far.reports) == 2
    questions = corpus_questions()
    assert len(questions) >= 70
    for q in questions:
        assert far.answer(q).to_dict() == local.answer(q).to_dict(), q


def assert_same_pages(a, b, graph: str):
    """Two services (test clients) over the same corpus, one embedded and one remote, serve the
    same Graph Store graph, the same search hit and the same resource page."""
    nt = {client.get("/store", query_string={"graph": graph}, headers={"Accept": "application/n-triples"}).data
          for client in (a, b)}
    assert len(nt) == 1
    hit = b.get("/search", query_string={"q": "区司法局"}, headers={"Accept": "application/json"}).get_json()
    iri = hit["results"][0]["iri"]
    page = iri[iri.index("/id/"):]
    assert a.get(page, headers={"Accept": "text/turtle"}).data == b.get(page, headers={"Accept": "text/turtle"}).data
    return iri
