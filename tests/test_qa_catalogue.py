"""The engine's catalogue: each report's figures made once, when first asked for."""

import threading

from kg.qa.catalogue import Figures
from kg.qa.matching import Obs


def _row(i: int) -> dict:
    return {"obs": f"o{i}", "value": i, "unit": "件", "label": "收到申请", "kind": "level", "qualifier": None,
            "actorLabel": None, "clause": "收到申请", "sentence": "收到申请。", "start": i}


def _make(r: dict) -> Obs:
    return Obs(r["obs"], r["value"], r["unit"], r["label"], r["kind"], r["qualifier"], r["actorLabel"],
               r["clause"], r["sentence"], r["start"], [], [])


def test_a_reports_figures_are_made_and_prepared_once_whatever_the_threads():
    figs = Figures({"a": ([_row(1), _row(2)], []), "b": ([_row(3)], [])}, _make, ["a", "b", "c"])
    prepared = []
    figs.prepare.append(lambda report, made: prepared.append((report, len(made))))
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(figs["a"])) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert prepared == [("a", 2)] and all(x is seen[0] for x in seen)
    assert figs.figure("o2") == ("a", seen[0][1])
    assert sorted(figs) == ["a", "b", "c"] and len(figs) == 3 and "b" not in dict(prepared)
    assert [r["obs"] for r in figs.rows("b")] == ["o3"] and figs["c"] == [] and figs.rows("c") == []


def test_a_selection_made_again_is_the_same_list():
    """The matcher keys its scores by the list they were made for: one year's figures, picked again
    for the next question of that year, must be that list, and all of them the report's own."""
    figs = Figures({"a": ([_row(1), _row(2), _row(3)], [])}, _make, ["a"])
    odd = figs.selection("a", lambda o: o.value % 2 == 1)
    assert [o.value for o in odd] == [1, 3] and figs.selection("a", lambda o: o.value != 2) is odd
    assert figs.selection("a", lambda o: True) is figs["a"]


def test_the_engine_starts_without_making_any_figure():
    from kg.config import Config
    from kg.qa import engine_for
    from kg.store import open_store
    config = Config()
    eng = engine_for(open_store(config), config)
    assert not eng.cat.figures._made
    assert eng.answer("区司法局收到多少件行政复议申请").answered
    assert list(eng.cat.figures._made) == [eng.reports[0].iri]


def test_a_decline_names_at_most_a_few_of_the_reports_held():
    from types import SimpleNamespace

    from kg.qa.engine import MAX_NAMED_REPORTS, Engine
    reports = [SimpleNamespace(name=f"第{i}区2025年报告") for i in range(MAX_NAMED_REPORTS + 5)]
    held = Engine.held.fget(SimpleNamespace(reports=reports))
    assert held.count("报告") == MAX_NAMED_REPORTS + 1 and held.endswith(f"等{MAX_NAMED_REPORTS + 5}份报告")
    assert Engine.held.fget(SimpleNamespace(reports=reports[:2])) == "第0区2025年报告、第1区2025年报告"


def test_a_frozen_heap_takes_each_reports_figures_when_made():
    """kgqa serve freezes its start-up heap; figures made later join it (a full collection walking
    them was the slowest questions' time). In a child process: a freeze would stay in this one."""
    import subprocess
    import sys
    code = (
        "import gc\n"
        "from kg.config import Config\n"
        "from kg.qa import engine_for\n"
        "from kg.qa.catalogue import freeze_heap\n"
        "from kg.store import open_store\n"
        "config = Config()\n"
        "engine = engine_for(open_store(config), config)\n"
        "freeze_heap()\n"
        "before = gc.get_freeze_count()\n"
        "assert engine.answer('区司法局收到多少件行政复议申请').answered\n"
        "print(gc.get_freeze_count() - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip().splitlines()[-1]) > 100     # the report's figures, frozen when made
