"""What a department's report answers and what it does not: its targets are not results, a figure of
its own level (市本级) is not the whole city's, and a count is of the thing its indicator names first."""

import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.config import Config
from kg.qa import engine_for
from kg.store import GraphStore

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "qa"


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    d = tmp_path_factory.mktemp("qa-scope")
    shutil.copytree(config.data_dir / "lexicon", d / "lexicon")
    (d / "reports").mkdir()
    for f in FIXTURE.glob("yuquan-sifa-2024.*"):
        shutil.copy(f, d / "reports" / f.name)
    cfg = Config(data_dir=d)
    return engine_for(GraphStore.from_dataset(build(cfg)), cfg)


def values(a):
    return [f.value for f in a.facts]


def test_the_figures_themselves_are_answered(engine):
    assert values(engine.answer("玉泉市司法局2024年市本级收到行政复议申请多少件")) == [214]
    assert values(engine.answer("玉泉市全市人民调解组织有多少个")) == [420]


@pytest.mark.parametrize("q", [
    "玉泉市2024年新建了多少个村（社区）公共法律服务工作室",   # a target of the plans section, not a result
    "玉泉市全市行政复议纠错率是多少",                          # only 市本级's rate is stated
    "玉泉市有多少个基层司法所",                                # 8个 counts the 县（市、区）司法局 of the list
])
def test_a_near_figure_is_declined(engine, q):
    a = engine.answer(q)
    assert not a.answered and not a.facts, a.answer


def test_a_target_is_answered_when_the_plan_is_asked(engine):
    a = engine.answer("玉泉市司法局下一步计划新建多少个公共法律服务工作室")
    assert a.answered and values(a) == [60], a.answer


def test_a_stated_none_answers_only_its_own_action(engine):
    """未出现败诉案件 (a zero) answers 败诉 questions; 没有被维持的 asks what is left of 维持: never that zero."""
    a = engine.answer("玉泉市司法局行政诉讼败诉了几件")
    assert a.answered and values(a) == [0] and "玉泉" in a.answer, a.answer
    b = engine.answer("玉泉市司法局作为被申请人的行政复议案件中，没有被维持的有几件")
    assert not b.answered or values(b) != [0] and b.facts[0].computed and b.facts[0].value == 6, b.answer
