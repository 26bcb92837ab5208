"""A small corpus for the remote-store tests: the shipped reports and the Baihua fixture,
built into a store and exported as N-Quads, ready to load into another engine."""

from __future__ import annotations

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
