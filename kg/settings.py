"""Settings as one table: name, default, meaning — read from ``KGQA_*`` in one place.

Why a table: a setting used to be a default in one file, an environment read
in another and a sentence in the README, and they drifted (the question
length limit lived in three places and the engine ignored the variable).
Here each setting is one row; :func:`read` is the only code that looks at
the environment, and the README's settings table is generated from the rows
(``scripts/settings_table.py``; ``tests/test_settings.py`` checks it).

This module holds the knowledge-graph rows; HTTP-only rows live in
:mod:`service.settings`, which documents both. Adding a setting is adding a
row to one of the two tables.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

PREFIX = "KGQA_"


class SettingError(ValueError):
    """A ``KGQA_*`` variable whose value cannot be read as its setting's type."""


def _bool(text: str) -> bool:
    low = text.strip().lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a yes/no value: {text!r}")


def _optional_str(text: str) -> str | None:
    return text.strip() or None


def _optional_int(text: str) -> int | None:
    return int(text) if text.strip() else None


PARSERS: dict[type | str, Callable[[str], Any]] = {
    int: int, float: float, str: str, bool: _bool, "str?": _optional_str, "int?": _optional_int,
}


@dataclass(frozen=True)
class Setting:
    """One row: ``KGQA_<name>``, its default, what it means, and how its text is read."""

    name: str
    default: Any
    meaning: str
    type: type | str = str   # int, float, str, bool, or "str?" / "int?" (empty → None)
    shown_default: str | None = None   # for the table when the default is computed or None

    @property
    def env(self) -> str:
        return PREFIX + self.name

    def parse(self, text: str) -> Any:
        try:
            return PARSERS[self.type](text)
        except ValueError as e:
            raise SettingError(f"{self.env}={text!r}: {e}") from None

    def shown(self) -> str:
        if self.shown_default is not None:
            return self.shown_default
        return "" if self.default is None else str(self.default)


KG_SETTINGS: list[Setting] = [
    Setting("DATA", None, "a data folder whose `reports/` are added to the packaged ones "
            "(a report there replaces a packaged one of the same id, or region, year and publisher) and whose "
            "`lexicon/` files replace the packaged files of the same name", "str?",
            shown_default="(packaged data only)"),
    Setting("BASE_IRI", "https://fazhi-kg.example.org/", "base of every IRI minted (`def/`, `id/`, `graph/`)"),
    Setting("DEFAULT_REGION", None, "region answered when a question names none", "str?",
            shown_default="(the region with the most recent report)"),
    Setting("STORE", None, "where the graph is served from: a folder written by `kgqa build`, or a "
            "read-only SPARQL 1.1 endpoint URL (`http://host:port/sparql`)", "str?",
            shown_default="(`store/` of the data folder, built or brought up to date by `kgqa serve`)"),
    Setting("MAX_QUESTION_LENGTH", 500, "longest question answered, in characters "
            "(the engine, `/api/ask`, `/v1/chat/completions`, `/retrieval`)", int),
    Setting("CURRENT_YEAR", None, "the year a question's 去年 / 前年 count back from", "int?",
            shown_default="(the clock's year)"),
]


def read(table: Iterable[Setting], env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every row of ``table``: its ``KGQA_*`` variable if set, else its default."""
    env = os.environ if env is None else env
    return {s.name: s.parse(env[s.env]) if s.env in env else s.default for s in table}


def value(name: str, table: Iterable[Setting] = KG_SETTINGS) -> Any:
    """One setting, read now (for dataclass field defaults)."""
    row = next((s for s in table if s.name == name), None)
    if row is None:
        raise KeyError(f"no setting {PREFIX}{name}")
    return read([row])[name]
