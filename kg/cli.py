"""The kgqa command: build, ingest, export, stats, ask, eval-extraction, serve."""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from importlib import metadata
from pathlib import Path

from kg.config import Config
from kg.lexicon import LexiconError
from kg.report import DataError
from kg.settings import SettingError

EXPORT_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}


def _config(args) -> Config:
    return Config(data_dir=Path(args.data)) if getattr(args, "data", None) else Config()


def cmd_build(args) -> int:
    from kg.build import ReportInvalid, build_store
    from kg.store import StoreError

    config = _config(args)
    try:
        summary = build_store(config, Path(args.store) if args.store else None, jobs=args.jobs,
                              progress=True, rebuild=args.rebuild)
    except (ReportInvalid, StoreError) as e:
        print(f"kgqa build: {e}", file=sys.stderr)
        return 1
    for line in summary.lines():
        print(line, file=sys.stderr)
    if args.out:
        from kg.store.disk import canonical_nquads
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(canonical_nquads(summary.store))
        print(f"wrote {out}", file=sys.stderr)
    return 0


def _ask(key: str, why: str) -> str:
    """Ask for one value ingest could not infer (only on a terminal)."""
    return input(f"{key}{f' ({why})' if why else ''}: ").strip()


def cmd_ingest(args) -> int:
    from kg.ingest import IngestError, ingest

    given = {k for k in ("region", "city", "year", "publisher", "level") if getattr(args, k)}
    data_dir = _config(args).data_dir
    if data_dir is None:
        print("kgqa ingest: name the data folder to add the report to: kgqa --data DIR ingest …"
              " (or KGQA_DATA); the packaged data is read-only", file=sys.stderr)
        return 2
    try:
        path = ingest(Path(args.report), data_dir, region=args.region, city=args.city,
                      year=args.year, publisher=args.publisher, level=args.level, report_id=args.id,
                      ask=_ask if sys.stdin.isatty() else None)
    except (IngestError, OSError) as e:
        print(f"kgqa ingest: {e}", file=sys.stderr)
        return 2
    meta = json.loads(path.read_text("utf-8"))
    for key in ("title", "publisher", "region", "city", "year", "level", "id"):
        how = "given" if key in given else "inferred"
        print(f"  {key:9s} {meta.get(key) or '—'}  ({how})", file=sys.stderr)
    print(f"added {path}; run `kgqa build` to rebuild the graph", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from kg.store import open_store
    from kg.store.export import export

    export(open_store(_config(args)), args.format, sys.stdout.buffer)
    return 0


def cmd_stats(args) -> int:
    from kg.store import open_store
    from kg.store.export import class_counts

    store = open_store(_config(args))
    for cls, n in class_counts(store):
        print(f"{n:6d}  {cls}")
    print(f"{len(store):6d}  quads")
    return 0


def cmd_ask(args) -> int:
    from kg.qa import ask

    answer = ask(args.question, config=_config(args))
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.answer)
        for s in answer.suggestions:
            print(f"  · {s}")
    return 0 if answer.answered else 2


def cmd_eval_extraction(args) -> int:
    from kg.evaluate import evaluate, load_gold
    from kg.ingest import infer
    from kg.lexicon import load_lexicon
    from kg.report import Report

    text = Path(args.report).read_text(encoding="utf-8").replace("\r\n", "\n")
    lexicon = load_lexicon(_config(args).lexicon_dirs)
    # whose figures unattributed sentences report: the metadata beside the text, else what ingest infers
    beside = Path(args.report).with_suffix(".json")
    meta = json.loads(beside.read_text("utf-8")) if beside.exists() else infer(text, lexicon)
    default_actor = Report("", "", meta.get("publisher", ""), "", "", 0, "",
                           level=meta.get("level", "")).default_actor
    year = int(meta["year"]) if args.done_only and meta.get("year") else None
    scores = evaluate(text, load_gold(args.gold), lexicon, default_actor, done_in=year)
    print(f"{'type':10s} {'matched':>7s} {'extracted':>9s} {'gold':>5s} {'precision':>9s} {'recall':>7s}")
    for kind, (m, e, g) in scores.by_type.items():
        print(f"{kind:10s} {m:7d} {e:9d} {g:5d} {m / e if e else 0:9.1%} {m / g if g else 0:7.1%}")
    p, r = scores.total()
    print(f"{'all':10s} {'':7s} {'':9s} {'':5s} {p:9.1%} {r:7.1%}")
    print(f"indicator agreement {scores.indicator_agreement:.1%}, actor agreement "
          f"{scores.actor_agreement:.1%} (over matched facts); indicator exact {scores.indicator_exact:.1%}")
    for g, f in scores.disagreements:
        print(f"differs:  {g['value']}{g['unit']} indicator {f.indicator} (gold {g.get('indicator')}), "
              f"actor {f.actor or '—'} (gold {g.get('actor') or '—'})")
    for g in scores.missed:
        print(f"missed:   {g['value']}{g['unit']} {g.get('indicator')} | {g['sentence'][:40]}")
    for f in scores.spurious:
        print(f"spurious: {f.value}{f.unit} {f.indicator} | {f.sentence.text[:40]}")
    return 0


def serving_config(config: Config) -> Config:
    """The configuration to serve: with no store named, the data folder's store, built or
    brought up to date first (only changed reports are extracted), in the data folder or,
    if that is not writable, in a cache folder."""
    import dataclasses

    from kg.build import build_store
    from kg.store.disk import fresh

    if config.store:
        return config
    targets = list(dict.fromkeys([config.store_dir, config.cache_store_dir]))
    for target in targets:
        if fresh(target, config):
            return dataclasses.replace(config, store=str(target))
    for target in targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            summary = build_store(config, target, progress=True)
        except OSError as e:
            print(f"kgqa serve: cannot build the store in {target} ({e})", file=sys.stderr)
            continue
        for line in summary.lines():
            print(line, file=sys.stderr)
        return dataclasses.replace(config, store=str(target))
    return config   # nowhere to write: the graph is built in memory at start


def cmd_serve(args) -> int:
    from kg.build import ReportInvalid
    from kg.store import StoreError
    from service.server import port_taken, serve

    # a busy port is one clear line before anything is built (a first start builds the store)
    problem = port_taken(args.host, args.port)
    if problem:
        print(f"kgqa serve: {problem}", file=sys.stderr)
        return 2
    try:
        config = serving_config(_config(args))
        return serve(config, host=args.host, port=args.port, workers=args.workers, debug=args.debug)
    except (StoreError, ReportInvalid) as e:
        print(f"kgqa serve: {e}", file=sys.stderr)
        return 2


def _version() -> str:
    try:
        return metadata.version("fazhi-kg")
    except metadata.PackageNotFoundError:   # run from a source tree that was never installed
        return "unknown"


class _Defaults(argparse.ArgumentDefaultsHelpFormatter):
    """--help says each option's default, except flags and options whose help says it in words."""

    def _get_help_string(self, action):
        if action.default in (None, False) or "default" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


def main(argv: list[str] | None = None) -> int:
    helpful = functools.partial(argparse.ArgumentParser, formatter_class=_Defaults)
    parser = helpful(prog="kgqa", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--data", metavar="DIR", default=None,
                        help="a data folder whose reports/ (and lexicon/ files) are added to the packaged "
                             "data (default: $KGQA_DATA, else the packaged data alone)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=helpful)

    p = sub.add_parser("build", help="build and validate the graph into the store kgqa serve opens")
    p.add_argument("--store", help="store folder (default: $KGQA_STORE or DATA/store)")
    p.add_argument("--jobs", type=int, help="extraction processes (default: one per core)")
    p.add_argument("--rebuild", action="store_true", help="extract every report, not only changed ones")
    p.add_argument("--out", help="also write the whole graph as canonical (sorted) N-Quads here")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("ingest", help="add a report (text + inferred metadata) to the data folder")
    p.add_argument("report", help="the report's text file (UTF-8)")
    p.add_argument("--region", help="region the report is about (default: inferred from the publisher)")
    p.add_argument("--city", help="city the region is in (default: inferred)")
    p.add_argument("--year", type=int, help="year reported on (default: from the title, else the opening)")
    p.add_argument("--publisher", help="publishing organisation (default: inferred)")
    p.add_argument("--level", choices=["province", "city", "district", "county", "town", "department"],
                   help="level of the publisher (default: inferred)")
    p.add_argument("--id", help="file name and IRI key (default: hashes of the region and the publisher, "
                                "and the year)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="the whole graph to stdout")
    p.add_argument("--format", choices=sorted(EXPORT_FORMATS), default="turtle", help="RDF syntax")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="counts by class")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("ask", help="ask a question in Chinese")
    p.add_argument("question", help="the question, e.g. 区司法局收到多少件行政复议申请")
    p.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval-extraction", help="precision and recall of numeric facts against gold")
    p.add_argument("report", help="the report's text file")
    p.add_argument("gold", help="gold facts, JSON lines with value, unit, indicator, actor, sentence")
    p.add_argument("--done-only", action="store_true",
                   help="score only figures of work done in the report's year (no plan targets, no year before)")
    p.set_defaults(func=cmd_eval_extraction)

    p = sub.add_parser("serve", help="serve the HTTP API under gunicorn")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on")
    p.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    p.add_argument("--debug", action="store_true", help="Flask's development server instead")
    p.set_defaults(func=cmd_serve)

    args = parser.parse_args(argv)
    if args.command is None:   # bare `kgqa`: say what it can do
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except (DataError, LexiconError, SettingError) as e:
        print(f"kgqa {args.command}: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:   # `kgqa export | head`: the reader has had enough; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
