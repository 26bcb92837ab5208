"""Adding a report is adding files: its text and a metadata file in data/reports.

Metadata is read from the report's own opening, the way a reader would:

* the title is the line that names the report (报告/情况/年度 — ``report_words.txt``),
  never a body line; a title starting with 关于 takes the publisher line above it;
* the publisher is any organisation: a government, a Party committee jointly with
  it (「中共某县委 某县人民政府」), a department or office (``publishers.tsv``);
* region, city and level come from the place names the publisher starts with
  (``places.tsv``); a department's report has level ``department``;
* the year comes from the title, else from the opening paragraph only — and when
  the opening names more than one year it is asked for, never guessed.

What cannot be read is asked for; a report of the same publisher and year is
refused, never overwritten, so a department's report and its government's report
for the same region and year live side by side (their ids differ by publisher).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from kg.config import PROJECT_ROOT
from kg.lexicon import Lexicon, load_lexicon
from kg.namespaces import short_hash

# Letterhead, title, subtitle and the first paragraph: every layout studied has its
# title and opening paragraph within the first sixteen non-empty lines (a portal's metadata
# block, 索引号/发文机构/发文字号/发布日期/有效性 with each value on a line of its own, takes ten).
OPENING_LINES = 16
ADDRESSEE_LINES = 6     # lines after the title an addressee (中共某市委、某市人民政府：) stands within (a
#                         page's fields and the title again may come between)
# 首页 > 信息公开 > …年度公开: a page's breadcrumb, never the title however it ends
BREADCRUMB = re.compile(r"首页|当前位置|您的位置|[>＞»]")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
YEAR_OF_ACCOUNT = re.compile(r"((?:19|20)\d{2})\s*年度")
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}\s*年")
# 「2023年，市政府……」: a year opening a sentence is the year the report gives account of;
# 「2021年以来」 or a date (2025年3月) is not.
ACCOUNT_YEAR = re.compile(r"(?:^|[。；！])\s*((?:19|20)\d{2})\s*年度?[，,]")
# 「作为2025年度法治政府建设情况报告」 / 「即本局2025年度…报告」: the year a period's summary is filed for
FILED_AS = re.compile(r"(?:作为|即|视为|兼作)[^。；]{0,8}?((?:19|20)\d{2})\s*年度[^。；]{0,16}?报告")
SENTENCE_MARKS = re.compile(r"[，。；：,;:]")
# 2024年1月5日 / 2024-03-28 beside a publisher's name (a letterhead's or a signature's date)
DATE = re.compile(r"^(?:19|20)\d{2}(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}[-/.]\d{1,2}).*$")
# A report signed at its end (「某县人民政府 / 2024年1月5日」): name, date and at most a seal note
# are the last three lines.
SIGNATURE_LINES = 3
# The longest place name before its ending: 广西壮族|自治区, 克孜勒苏柯尔克孜|自治州 (8) is rarer
# than the risk of reading a whole department name as a place.
PLACE_NAME_MAX = 7
PART_SPLIT = re.compile(r"[\s\u3000、]+")
HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")
REQUIRED = ("region", "year", "publisher")
TITLE_ENDS = ("报告", "总结")
GLUED_TITLE = re.compile(r"^([^，。；：,;:]{6,80}?(?:报告|总结))(?=\s*(?:19|20)\d{2}\s*年)")


class IngestError(ValueError):
    """What could not be inferred, or why the report was refused, in words for the person ingesting."""


def _default_lexicon() -> Lexicon:
    return load_lexicon(PROJECT_ROOT / "data" / "lexicon")


def places(name: str, lexicon: Lexicon) -> tuple[list[str], str]:
    """The place names ``name`` starts with, and the rest: 青松市白桦区司法局 → [青松市, 白桦区], 司法局."""
    for prefix in lexicon.party_prefixes:
        name = name.removeprefix(prefix)
    # (州 before a level's mark is part of the name: 杭州市, never 杭州 and a place 市…)
    endings = "|".join(re.escape(e) + ("(?![市县区])" if e == "州" else "") for e, _ in lexicon.place_levels)
    pattern = re.compile(rf"[\u4e00-\u9fff]{{1,{PLACE_NAME_MAX}}}?(?:{endings})")
    departments = _department_forms(lexicon)
    found, pos = [], 0
    # (…but a department's own name is no place: 住房和城乡|建设局, 城市|管理局 — nor a joined phrase)
    while (m := pattern.match(name, pos)) and not name[pos:].startswith(departments) \
            and not re.search("[和与及]", m.group(0)):
        found.append(m.group(0))
        pos = m.end()
    return found, name[pos:]


def _department_forms(lexicon: Lexicon) -> tuple[str, ...]:
    """Every name of a department in departments.tsv, its level mark left off (住房和城乡建设局)."""
    names = {n for key, aliases in lexicon.department_aliases.items() for n in (key, *aliases)}
    return tuple(n.lstrip("省市区县") for n in names if len(n.lstrip("省市区县")) >= 3)


def place_level(place: str, lexicon: Lexicon) -> str:
    return next((level for ending, level in lexicon.place_levels if place.endswith(ending)), "")


def publisher_kind(part: str, lexicon: Lexicon) -> str:
    """government, party or department, by the name's ending; "" when it names no organisation."""
    _, rest = places(part, lexicon)
    if not rest:
        return ""
    kind = next((kind for ending, kind in lexicon.publisher_kinds if rest.endswith(ending)), "")
    if kind == "party" and rest.endswith(_department_forms(lexicon)):
        return "department"      # 国资委, 发改委: a department named so, though 委 alone ends a party's (县委)
    return kind


def read_publisher(name: str, lexicon: Lexicon) -> dict:
    """Region, city and level of a publisher, as far as its name tells them."""
    parts = [p for p in PART_SPLIT.split(name.strip()) if p and not DATE.match(p)]
    kinds = {p: publisher_kind(p, lexicon) for p in parts}
    if not parts or not all(kinds.values()):
        return {}
    # (a zone's committee, publishers.tsv zone: the government of a development zone, else a department)
    for p, k in kinds.items():
        if k == "zone":
            found, _ = places(p, lexicon)
            kinds[p] = "government" if found and place_level(found[-1], lexicon) == "development_zone" else "department"
    name = " ".join(parts)
    main = next((p for p in parts if kinds[p] == "government"), None) \
        or next((p for p in parts if kinds[p] == "department"), parts[0])
    found, _ = places(main, lexicon)
    out: dict = {"publisher": name.strip()}
    if found:
        out["region"] = found[-1]
        if len(found) > 1 and place_level(found[-2], lexicon) == "city":
            out["city"] = found[-2]
        out["level"] = "department" if kinds[main] == "department" else place_level(found[-1], lexicon)
    elif kinds[main] == "department":
        out["level"] = "department"
    return out


def _is_title(line: str, lexicon: Lexicon) -> bool:
    # (…nor a row of a portal's metadata table: | 组配分类 | 法治政府建设年度报告 | 发布日期 |)
    return (not SENTENCE_MARKS.search(line) and not line.startswith(("（", "(")) and not BREADCRUMB.search(line)
            and "|" not in line and "｜" not in line and any(w in line for w in lexicon.report_words))


def _addressed_above(lines: list[str], meta: dict, lexicon: Lexicon) -> str:
    """The city a government's report is addressed to, where that is another place than its own:
    the addressee line after the title (中共某市委、某市人民政府：), every organisation on it a
    government or party body of one city-level place. Empty where there is none."""
    if meta.get("level") in (None, "department", "province") or not meta.get("region"):
        return ""
    # (a page's 信息来源：…　发布时间：… line ends so too, its fields inside it)
    line = next((x for x in lines[:ADDRESSEE_LINES] if x.endswith(("：", ":"))
                 and not SENTENCE_MARKS.search(x.rstrip("：:"))), "")
    names = [n for n in PART_SPLIT.split(line.rstrip("：:")) if n]
    if not names:
        return ""
    found = [read_publisher(n, lexicon) for n in names]
    regions = {f.get("region") for f in found}
    if not all(f.get("level") == "city" and f.get("region") for f in found) or len(regions) != 1:
        return ""
    region = regions.pop()
    return region if region != meta["region"] and not meta["region"].startswith(region) else ""


def infer(text: str, lexicon: Lexicon | None = None) -> dict:
    """Title, publisher, region, city, year and level from the opening lines, where they can be read.

    Keys that could not be read are absent; ``_why`` says, per key, why not.
    """
    lexicon = lexicon or _default_lexicon()
    every = [line.strip() for line in text.splitlines() if line.strip()]
    lines = every[:OPENING_LINES]
    meta: dict = {}
    why: dict[str, str] = {}
    t = next((i for i, line in enumerate(lines) if _is_title(line, lexicon)), None)
    if t is None:   # a page flattened into lines: 「……情况的报告2023年，省政府……」
        t = next((i for i, line in enumerate(lines) if GLUED_TITLE.match(line)), None)
        if t is not None:
            lines[t] = GLUED_TITLE.match(lines[t]).group(1)
    title = lines[t] if t is not None else ""
    if title and t + 1 < len(lines) and not title.endswith(TITLE_ENDS) and lines[t + 1].endswith(TITLE_ENDS) \
            and not SENTENCE_MARKS.search(lines[t + 1]):
        title += lines[t + 1]              # a title broken over two lines: 「……建设」「情况的报告」
    # the publisher: the title's own lead (X关于…, X2023年…), else an organisation line above or below it
    lead = re.split(r"关于|(?:19|20)\d{2}", title, maxsplit=1)[0].strip() if title else ""
    # (某县县长2025年度述法报告 / 某县人民政府县长关于…: a head's own report, by office — its body's)
    lead = next((lead.removesuffix(h) for h in lexicon.subject_heads if lead.endswith(h) and len(lead) > len(h)), lead)
    candidates = [lead] + [line for line in lines[: (t if t is not None else 0) + 2] + every[-SIGNATURE_LINES:]
                           if line != title and not SENTENCE_MARKS.search(line)]
    for cand in candidates:
        if cand and (found := read_publisher(cand, lexicon)):
            meta.update(found)
            break
    if "publisher" not in meta and lead:
        found, rest = places(lead, lexicon)
        if found and not rest:
            # 「北湖区2024年度……报告」 with no organisation named anywhere: a region's own report,
            # which its government makes (a department's report names the department)
            government = next(e for e, kind in lexicon.publisher_kinds if kind == "government")
            meta.update(read_publisher(lead + government, lexicon))
    if meta.get("publisher") and " " not in meta["publisher"]:
        # 某乡人民政府 in the title, 信息来源：某县某乡人民政府 above it or as its signature: the
        # fuller name, whose places before it say where the publisher is
        short = meta["publisher"]
        for line in lines[: (t if t is not None else 0) + 2] + every[-SIGNATURE_LINES:]:
            for m in re.finditer(rf"([\u4e00-\u9fff]{{2,12}}?){re.escape(short)}", line):
                found, rest = places(m.group(1), lexicon)
                if found and not rest and (fuller := read_publisher(m.group(1) + short, lexicon)):
                    meta.update(fuller)
                    break
            else:
                continue
            break
    upper = _addressed_above(lines[(t + 1) if t is not None else 0:], meta, lexicon)
    if upper:
        # 中共某市委、某市人民政府： over a 市's own report: the city it reports to is above it, so the
        # publisher is a county-level city (县级市) of that city; a district or county names its city so
        meta.setdefault("city", upper)
        if meta.get("level") == "city":
            meta["level"] = "county"
    if title:
        # 「关于……的报告」 / 「2022年度……报告」 under the publisher's letterhead: the title is the two together
        subjectless = title.startswith("关于") or re.match(r"(?:19|20)\d{2}", title)
        meta["title"] = meta["publisher"] + title if subjectless and meta.get("publisher") else title
    title_years = sorted({int(y) for y in YEAR.findall(title)})
    yearly = sorted({int(y) for y in YEAR_OF_ACCOUNT.findall(title)})
    span = YEAR_SPAN.search(title)
    start = (t + 1) if t is not None else 0
    opening = []
    for line in lines[start:]:
        if HEADING_START.match(line):
            break
        opening.append(line)
    # 「…同时作为2025年度法治政府建设情况报告」: the opening saying which year's report it is
    filed = sorted({int(y) for y in FILED_AS.findall("。".join(opening))})
    if len(yearly) == 1:
        # 「关于2023年度法治政府建设情况和2024年工作安排的报告」: the year of account is the 年度 one
        meta["year"] = yearly[0]
    elif span and len(filed) == 1 and min(title_years) <= filed[0] <= max(title_years):
        meta["year"] = filed[0]                # 「2023—2025年…工作总结」 filed as the 2025 report
    elif span:                               # 「2021—2023年……报告」: a period, not one year
        why["year"] = f"the title names the period {span.group(0).rstrip('年')}"
    elif len(title_years) == 1:
        meta["year"] = title_years[0]
    elif title_years:
        why["year"] = "the title names " + " and ".join(map(str, title_years))
    else:
        years = sorted({int(y) for y in ACCOUNT_YEAR.findall("。".join(opening))})
        if len(years) == 1:
            meta["year"] = years[0]
        else:
            why["year"] = ("the title names no year and the opening names "
                           + ("none" if not years else " and ".join(map(str, years))))
    if "publisher" not in meta:
        why["publisher"] = "no line of the opening names an organisation (…人民政府, …局, 中共…委 …)"
    if "region" not in meta:
        why["region"] = "the publisher's name starts with no place name"
    if "level" not in meta:
        why["level"] = "the publisher's name gives no level"
    if why:
        meta["_why"] = why
    return meta


def make_report_id(meta: dict) -> str:
    """Region, publisher and year: a department's report and its government's coexist."""
    return f"{short_hash(meta.get('city', '') + meta['region'])[:8]}-{short_hash(meta['publisher'])[:4]}-{meta['year']}"


def ingest(report: Path, data_dir: Path, *, region=None, city=None, year=None, publisher=None,
           report_id: str | None = None, level=None, ask: Callable[[str, str], str] | None = None) -> Path:
    """Copy ``report`` into ``data_dir/reports`` with its metadata; returns the metadata path.

    Values given override what is inferred; what is still missing is asked for through
    ``ask(key, why)`` when given, else named in the :class:`IngestError`.
    """
    text = Path(report).read_text(encoding="utf-8")
    lexdir = Path(data_dir) / "lexicon"
    lexicon = load_lexicon(lexdir) if lexdir.exists() else _default_lexicon()
    meta = infer(text, lexicon)
    why = meta.pop("_why", {})
    if publisher and publisher != meta.get("publisher"):
        meta.update(publisher=publisher)
        meta.update(read_publisher(publisher, lexicon))
    for key, value in (("region", region), ("city", city), ("year", year), ("level", level)):
        if value:
            meta[key] = int(value) if key == "year" else value
    missing = [k for k in REQUIRED if not meta.get(k)]
    if missing and ask is not None:
        for key in missing:
            answer = ask(key, why.get(key, ""))
            if answer:
                meta[key] = int(answer) if key == "year" else answer
        missing = [k for k in REQUIRED if not meta.get(k)]
    if missing:
        reasons = "; ".join(f"{k}: {why[k]}" for k in missing if k in why)
        raise IngestError("could not infer " + ", ".join(missing) + " from the title and opening lines"
                          + (f" ({reasons})" if reasons else "") + "; give "
                          + " ".join(f"--{k} …" for k in missing))
    meta.setdefault("city", "")
    meta.setdefault("level", "")
    meta.setdefault("title", f"{meta['publisher']}关于{meta['year']}年度法治政府建设情况的报告")
    rid = report_id or make_report_id(meta)
    out = Path(data_dir) / "reports"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(out.glob("*.json")):
        other = json.loads(path.read_text("utf-8"))
        if (other.get("publisher"), other.get("year")) == (meta["publisher"], meta["year"]):
            raise IngestError(f"{meta['publisher']}'s {meta['year']} report is already in {path} "
                              f"(id {other.get('id')}); remove that file and its text to replace it")
    if (out / f"{rid}.json").exists() or (out / f"{rid}.txt").exists():
        raise IngestError(f"a report with id {rid} is already in {out}; give another --id")
    shutil.copyfile(report, out / f"{rid}.txt")
    meta_path = out / f"{rid}.json"
    meta_path.write_text(json.dumps({"id": rid, "title": meta["title"], "publisher": meta["publisher"],
                                     "region": meta["region"], "city": meta["city"], "year": meta["year"],
                                     "level": meta["level"], "language": "zh", "text": f"{rid}.txt"},
                                    ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta_path
