"""Reports as they sit in the data folder: a text file and its metadata."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Report:
    """One published report: who wrote it, for where, for which year, and its text."""

    id: str
    title: str
    publisher: str
    region: str
    city: str
    year: int
    text: str
    language: str = "zh"
    level: str = ""       # province, city, district, county, department ("" for older metadata)

    @property
    def default_actor(self) -> str | None:
        """Whose figures a sentence naming no actor reports: a department's own report speaks
        for the department; a region-level report leaves the actor empty rather than guess."""
        return self.publisher if self.level == "department" else None

    @property
    def label(self) -> str:
        return f"{self.city}{self.region}{self.year}年"


def load_report(meta_path: Path) -> Report:
    """Read ``<id>.json`` and the text file it names (resolved beside it)."""
    meta = json.loads(Path(meta_path).read_text(encoding="utf-8"))
    missing = [k for k in ("id", "title", "publisher", "region", "year", "text") if not meta.get(k)]
    if missing:
        raise ValueError(f"{meta_path}: metadata lacks {', '.join(missing)}")
    text = (Path(meta_path).parent / meta["text"]).read_text(encoding="utf-8")
    # Normalise line endings only; offsets into the text must stay true to the file.
    text = text.replace("\r\n", "\n")
    return Report(
        id=meta["id"], title=meta["title"], publisher=meta["publisher"],
        region=meta["region"], city=meta.get("city", ""), year=int(meta["year"]),
        text=text, language=meta.get("language", "zh"), level=meta.get("level", ""),
    )


def load_reports(data_dir: Path) -> list[Report]:
    """Every report under ``data_dir/reports``, in a stable order."""
    return [load_report(p) for p in sorted((Path(data_dir) / "reports").glob("*.json"))]
