"""Adding a report is adding files: its text and a metadata file in data/reports."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from kg.namespaces import short_hash

PUBLISHER = re.compile(r"^(?P<publisher>(?P<city>[\u4e00-\u9fff]{2,8}?(?:市|州|盟|地区))?"
                       r"(?P<region>[\u4e00-\u9fff]{2,8}?(?:区|县|市|旗))人民政府)$")
YEAR = re.compile(r"((?:19|20)\d{2})年")


class IngestError(ValueError):
    """What could not be inferred, in words for the person ingesting."""


def infer(text: str) -> dict:
    """Publisher, region, city, year and title from the opening lines, where they can be read."""
    lines = [l.strip() for l in text.splitlines() if l.strip()][:6]
    meta: dict = {}
    for line in lines:
        m = PUBLISHER.match(line)
        if m and "publisher" not in meta:
            meta.update(publisher=m.group("publisher"), region=m.group("region"))
            if m.group("city"):
                meta["city"] = m.group("city")
    title = next((l for l in lines if "报告" in l), None)
    if title:
        if (y := YEAR.search(title)):
            meta["year"] = int(y.group(1))
        if "publisher" not in meta and (m := re.match(r"^(.+?人民政府)", title)):
            inner = PUBLISHER.match(m.group(1))
            if inner:
                meta.update(publisher=inner.group("publisher"), region=inner.group("region"))
                if inner.group("city"):
                    meta["city"] = inner.group("city")
        meta["title"] = title if title.startswith(meta.get("publisher", "\0")) else meta.get("publisher", "") + title
    return meta


def ingest(report: Path, data_dir: Path, *, region=None, city=None, year=None, publisher=None,
           report_id=None) -> Path:
    """Copy ``report`` into ``data_dir/reports`` with its metadata; returns the metadata path."""
    text = Path(report).read_text(encoding="utf-8")
    meta = infer(text)
    for key, value in (("region", region), ("city", city), ("year", year), ("publisher", publisher)):
        if value:
            meta[key] = int(value) if key == "year" else value
    missing = [k for k in ("region", "year", "publisher") if not meta.get(k)]
    if missing:
        raise IngestError("could not infer " + ", ".join(missing) + " from the title and opening lines; "
                          "give " + " ".join(f"--{k} …" for k in missing))
    meta.setdefault("city", "")
    meta.setdefault("title", f"{meta['publisher']}关于{meta['year']}年度法治政府建设情况的报告")
    rid = report_id or f"{short_hash(meta['city'] + meta['region'])[:8]}-{meta['year']}"
    out = Path(data_dir) / "reports"
    out.mkdir(parents=True, exist_ok=True)
    existing = [p for p in out.glob("*.json")
                if (m := json.loads(p.read_text("utf-8"))) and (m["region"], m["year"]) == (meta["region"], meta["year"])
                and p.stem != rid]
    if existing:
        raise IngestError(f"{meta['region']} {meta['year']} is already in {existing[0]}")
    shutil.copyfile(report, out / f"{rid}.txt")
    meta_path = out / f"{rid}.json"
    meta_path.write_text(json.dumps({"id": rid, "title": meta["title"], "publisher": meta["publisher"],
                                     "region": meta["region"], "city": meta["city"], "year": meta["year"],
                                     "language": "zh", "text": f"{rid}.txt"},
                                    ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta_path
