import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.config import PROJECT_ROOT, Config
from kg.lexicon import load_lexicon
from kg.report import load_report

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def config():
    return Config(data_dir=PROJECT_ROOT / "data")


@pytest.fixture(scope="session")
def lexicon(config):
    return load_lexicon(config.lexicon_dir)


@pytest.fixture(scope="session")
def tiexi(config):
    return load_report(config.data_dir / "reports" / "tiexi-2025.json")


@pytest.fixture(scope="session")
def baihua():
    return load_report(FIXTURES / "reports" / "baihua-2024.json")


@pytest.fixture(scope="session")
def dataset(config):
    return build(config)


@pytest.fixture(scope="session")
def two_report_config(tmp_path_factory, config):
    """The shipped data plus the fictional fixture, in a temporary data folder."""
    d = tmp_path_factory.mktemp("data")
    shutil.copytree(config.data_dir / "lexicon", d / "lexicon")
    shutil.copytree(config.data_dir / "reports", d / "reports")
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, d / "reports" / f.name)
    return Config(data_dir=d)
