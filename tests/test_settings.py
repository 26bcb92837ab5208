"""One settings table: the README documents every KGQA_* setting the code reads, as the table says."""

import re

import pytest

from kg.config import PROJECT_ROOT, Config
from kg.settings import SettingError, read
from service import create_app
from service.settings import SETTINGS, markdown, readme_section

README = (PROJECT_ROOT / "README.md").read_text("utf-8")
CODE = [p for top in ("kg", "service") for p in (PROJECT_ROOT / top).rglob("*.py")]


def test_readme_table_is_the_generated_one():
    assert readme_section(README) == markdown(), "run: .venv/bin/python scripts/settings_table.py --write"


def test_every_kgqa_name_in_readme_and_code_is_a_setting():
    names = {s.env for s in SETTINGS}
    mentioned = set(re.findall(r"KGQA_[A-Z_]+[A-Z]", README))
    for path in CODE:
        mentioned |= set(re.findall(r"KGQA_[A-Z_]+[A-Z]", path.read_text("utf-8")))
    assert mentioned - names == set()


def test_every_app_config_key_read_by_the_service_is_a_setting():
    """``config["X"]`` in service/ is a row of the table (or Flask's / the app factory's own)."""
    own = {"KG_CONFIG", "TESTING"}
    keys = set()
    for path in (PROJECT_ROOT / "service").rglob("*.py"):
        keys |= set(re.findall(r"config(?:\[|\.get\()\"([A-Z_]+)\"", path.read_text("utf-8")))
    assert keys - own - {s.name for s in SETTINGS} == set()


def test_values_are_read_by_type_and_a_bad_one_is_named():
    values = read(SETTINGS, {"KGQA_SPARQL_TIMEOUT": "2.5", "KGQA_API_KEY": "12345", "KGQA_ACCESS_LOG": "0"})
    assert (values["SPARQL_TIMEOUT"], values["API_KEY"], values["ACCESS_LOG"]) == (2.5, "12345", False)
    assert values["SPARQL_MAX_ROWS"] == 10_000   # unset: the default
    with pytest.raises(SettingError, match="KGQA_SPARQL_MAX_ROWS='lots'"):
        read(SETTINGS, {"KGQA_SPARQL_MAX_ROWS": "lots"})


def test_max_question_length_reaches_the_engine(monkeypatch, config):
    monkeypatch.setenv("KGQA_MAX_QUESTION_LENGTH", "12")
    cfg = Config(data_dir=config.data_dir)
    assert cfg.max_question_length == 12
    app = create_app({"KG_CONFIG": cfg, "TESTING": True})
    assert app.config["MAX_QUESTION_LENGTH"] == 12
    engine = app.extensions["kg.engine"]
    assert engine.answer("区司法局收到多少件行政复议申请呢请问").status == "not_understood"
    r = app.test_client().get("/api/ask", query_string={"q": "区司法局收到多少件行政复议申请呢请问"})
    assert r.status_code == 400 and "12" in r.get_json()["error"]


def test_an_unknown_setting_is_logged(monkeypatch, config, caplog):
    monkeypatch.setenv("KGQA_SPARQL_TIMEOUTS", "3")
    create_app({"KG_CONFIG": config, "TESTING": True})
    assert "KGQA_SPARQL_TIMEOUTS is not a setting" in caplog.text


def test_a_bad_value_stops_kgqa_with_one_line(monkeypatch, capsys):
    from kg.cli import main
    monkeypatch.setenv("KGQA_MAX_QUESTION_LENGTH", "long")
    assert main(["stats"]) == 2
    assert capsys.readouterr().err.strip() == ("kgqa stats: KGQA_MAX_QUESTION_LENGTH='long': "
                                               "invalid literal for int() with base 10: 'long'")
