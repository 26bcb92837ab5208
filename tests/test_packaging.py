"""The package carries its default data: a wheel works anywhere, a data folder may hold only reports/."""

import json
import shutil
import subprocess
import sys
import tomllib
import urllib.parse
import urllib.request

import pytest

from kg.build import build
from kg.cli import main
from kg.config import PROJECT_ROOT, Config, packaged_data
from kg.lexicon import LexiconError, load_lexicon
from kg.report import DataError

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def test_every_package_directory_is_listed_in_pyproject():
    """Packages are listed by hand (kg.data is mapped from data/): a new one must be added there."""
    listed = set(tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(PROJECT_ROOT).parts)
             for top in ("kg", "service") for p in (PROJECT_ROOT / top).rglob("__init__.py")}
    assert found | {"kg.data"} == listed


def test_the_packaged_data_is_the_projects_data_folder_in_a_checkout():
    assert packaged_data().resolve() == (PROJECT_ROOT / "data").resolve()
    assert Config(data_dir=None).data_dirs == (packaged_data(),)


@pytest.fixture
def reports_only(tmp_path):
    """A data folder holding only reports/: the fictional Baihua report."""
    (tmp_path / "reports").mkdir()
    for f in (FIXTURES / "reports").iterdir():
        shutil.copy(f, tmp_path / "reports" / f.name)
    return tmp_path


def test_a_folder_of_reports_only_builds_on_the_packaged_lexicon(reports_only, capsys):
    out = reports_only / "kg.nq"
    assert main(["--data", str(reports_only), "build", "--out", str(out)]) == 0   # SHACL conforms
    assert "2 reports, 2 extracted" in capsys.readouterr().err   # both validated and written
    ds = build(Config(data_dir=reports_only))
    graphs = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs()}
    assert {"tiexi-2025", "baihua-2024"} <= graphs   # the seed report, and the one added
    units = {str(o) for _, p, o, _ in ds.quads((None, None, None, None)) if str(p).endswith("def/unit")}
    assert units and "" not in units


def test_a_lexicon_file_in_the_folder_replaces_the_packaged_one(reports_only):
    (reports_only / "lexicon").mkdir()
    (reports_only / "lexicon" / "example_questions.txt").write_text("白桦区有哪些工作机制？\n", encoding="utf-8")
    lx = load_lexicon(Config(data_dir=reports_only).lexicon_dirs)
    assert lx.example_questions == ["白桦区有哪些工作机制？"]
    assert lx.units   # the rest still from the package


def test_a_missing_lexicon_file_is_named(tmp_path):
    (tmp_path / "units.tsv").write_text("件\tcount\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="lexicon file indicator_aliases.tsv is missing"):
        load_lexicon(tmp_path)


def test_a_missing_report_text_is_named(reports_only, capsys):
    (reports_only / "reports" / "baihua-2024.txt").unlink()
    assert main(["--data", str(reports_only), "build", "--out", str(reports_only / "kg.nq")]) == 2
    assert "baihua-2024.txt: missing" in capsys.readouterr().err


def test_a_folder_without_reports_is_named(tmp_path, capsys):
    assert main(["--data", str(tmp_path), "stats"]) == 2
    assert f"{tmp_path / 'reports'}: missing" in capsys.readouterr().err
    with pytest.raises(DataError, match="no such data folder"):
        _ = Config(data_dir=tmp_path / "nowhere").data_dirs


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory):
    """The wheel built from this checkout, installed (not editable) in a fresh virtual environment."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp / "dist", PROJECT_ROOT],
                   check=True, capture_output=True)
    wheel = next((tmp / "dist").glob("fazhi_kg-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", tmp / "venv"], check=True)
    # Dependencies come from pip's usual index and its local cache; only the wheel is new.
    subprocess.run([tmp / "venv/bin/pip", "install", "-q", wheel], check=True, capture_output=True)
    return tmp / "venv"


def test_the_installed_wheel_serves_and_answers_from_an_empty_directory(installed_wheel, tmp_path):
    from conftest import serving

    empty = tmp_path / "empty"
    empty.mkdir()
    with serving(tmp_path, command=[installed_wheel / "bin/kgqa"], cwd=empty) as base:
        q = urllib.parse.quote("区司法局收到多少件行政复议申请")
        answer = json.load(urllib.request.urlopen(f"{base}/api/ask?q={q}", timeout=30))
    assert answer["answered"] and answer["report"]["region"] == "铁西区"
    assert answer["facts"][0]["value"] == 32
    where = subprocess.run([installed_wheel / "bin/python", "-c", "import kg.config as c; print(c.packaged_data())"],
                           cwd=empty, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(installed_wheel)) and where.endswith("kg/data")   # not this checkout
    assert list(empty.iterdir()) == []   # nothing written to the working directory
