"""Reports as they sit in the data folder: a text file and its metadata."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path


class DataError(ValueError):
    """A data folder that cannot be used; the message names the file or folder."""


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
    level: str = ""       # province, city, district, county, town, department ("" for older metadata)

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
    text_path = Path(meta_path).parent / meta["text"]
    if not text_path.is_file():
        raise DataError(f"{text_path}: missing (named by {meta_path})")
    text = text_path.read_text(encoding="utf-8")
    # Normalise line endings only; offsets into the text must stay true to the file.
    text = text.replace("\r\n", "\n")
    return Report(
        id=meta["id"], title=meta["title"], publisher=meta["publisher"],
        # a city's own report may name the city as its own city too: it is in no other city
        region=_town(meta) or meta["region"], city=_city(meta), year=int(meta["year"]),
        text=text, language=meta.get("language", "zh"), level=meta.get("level", ""),
    )


TOWN_ENDINGS = ("镇", "乡", "街道", "苏木")   # a town's place (level ``town``): below a county or district


# the places a town's publisher may name before the town (柏川县白杨镇人民政府): each ends in one of these
_ABOVE_TOWN = re.compile(r"[\u4e00-\u9fff]{2,}?(?:自治州|自治县|省|市|州|盟|县|区|旗)")


def _town_and_county(meta: dict) -> tuple[str, str]:
    """(the town, the place named right before it) of a town's report (level ``town``), read from its
    publisher: 柏川县白杨镇人民政府 → (白杨镇, 柏川县), whatever its metadata gives as the region (the
    county, or the town itself); ("", "") for any other report."""
    if meta.get("level") != "town":
        return "", ""
    for ending in TOWN_ENDINGS:
        at = meta["publisher"].find(ending)
        if at > 0:
            name, above = meta["publisher"][:at + len(ending)].removeprefix("中共"), ""   # (中共甲县乙镇委员会)
            while (m := _ABOVE_TOWN.match(name)) and len(name) - m.end() >= 2:
                above, name = m.group(0), name[m.end():]
            return name, above
    return "", ""


def _town(meta: dict) -> str:
    """A town's report is of the town its publisher names (白杨镇人民政府, region 柏川县: the town)."""
    return _town_and_county(meta)[0]


def _city(meta: dict) -> str:
    """The place above the report's: a city's own report may name the city as its own city too (it is
    in no other city); a town's is its county (the region its metadata gives, or the place its
    publisher names before it)."""
    town, county = _town_and_county(meta)
    if town and town != meta["region"]:
        return meta["region"]
    if town and county:
        return county
    city = meta.get("city") or ""
    return "" if city == meta["region"] else city


def load_reports(*data_dirs: Path) -> list[Report]:
    """Every report under ``data_dir/reports`` of each folder, in a stable order.

    A report in a later folder replaces an earlier one with the same id, or
    the same region, year and publisher (the packaged seed report re-ingested
    under another id). Each folder must have ``reports/``: a folder without it is
    an error naming it, not an empty graph.
    """
    chosen: dict[str, Report] = {}
    for data_dir in data_dirs:
        folder = Path(data_dir) / "reports"
        if not folder.is_dir():
            raise DataError(f"{folder}: missing (a data folder holds reports/*.json and their texts)")
        for path in sorted(folder.glob("*.json")):
            report = load_report(path)
            for key, old in list(chosen.items()):
                # a department's report and its government's, for one region and year, live side by side
                if old.id == report.id or (old.region, old.year, old.publisher) == (
                        report.region, report.year, report.publisher):
                    del chosen[key]
            chosen[report.id] = report
    return sorted(chosen.values(), key=lambda r: r.id)
