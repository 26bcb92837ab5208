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


def engine_over(tmp_path_factory, config, *reports: str):
    """An engine over the shipped lexicon and the named reports of ``tests/fixtures/qa``."""
    d = tmp_path_factory.mktemp(reports[0])
    shutil.copytree(config.data_dir / "lexicon", d / "lexicon")
    (d / "reports").mkdir()
    for report in reports:
        for f in FIXTURE.glob(f"{report}.*"):
            shutil.copy(f, d / "reports" / f.name)
    cfg = Config(data_dir=d)
    return engine_for(GraphStore.from_dataset(build(cfg)), cfg)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "yuquan-sifa-2024")


def values(a):
    return [f.value for f in a.facts]


def declined(a) -> bool:
    """Not answered, and no figure given."""
    return not a.answered and not a.facts


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


@pytest.fixture(scope="module")
def enforcement(tmp_path_factory, config):
    """A department's report with an enumerated clause, urged rectification and last year's figures."""
    return engine_over(tmp_path_factory, config, "shanhe-yjj-2023")


def test_the_enforcement_figures_themselves_are_answered(enforcement):
    assert values(enforcement.answer("山禾县应急管理局2023年督促整改了多少项事故隐患")) == [2340]
    assert values(enforcement.answer("山禾县应急管理局12345工单按期办结率是多少")) == [98.6]
    assert values(enforcement.answer("山禾县应急管理局清理规范性文件废止了几件")) == [9]
    # the report's 政协委员提案 is found by the question's usual word for it (政协提案)
    assert values(enforcement.answer("山禾县应急管理局办理了多少件政协提案")) == [5]


@pytest.mark.parametrize("q", [
    "山禾县应急管理局规范性文件清理一共涉及多少件（保留、修改、废止合计）",   # not 保留 alone
    "山禾县应急管理局已经整改完成的事故隐患有多少项",                         # urged is not done
    "How many 12345 工单 did 山禾县应急管理局 close on time (按期办结)?",        # a count asked, a rate stated
])
def test_a_figure_near_what_is_asked_is_not_it(enforcement, q):
    a = enforcement.answer(q)
    assert not a.answered or a.facts[0].computed and a.facts[0].value == 31 + 4 + 9, a.answer


def test_the_year_before_the_one_named_is_this_years_less_its_change(enforcement):
    # 检查生产经营单位812家次，比上年增加96家次: the year before's is computed, never the 812 itself
    a = enforcement.answer("按山禾县应急管理局2023年的报告，上一年检查了多少家次生产经营单位")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 812 - 96, a.answer


def test_a_change_is_computed_from_the_figure_of_the_year_before(enforcement):
    a = enforcement.answer("山禾县应急管理局隐患整改率比上年提高了多少个百分点")
    assert a.answered and a.facts[0].computed and a.facts[0].unit == "个百分点", a.answer
    assert abs(a.facts[0].value - (97.3 - 95.8)) < 1e-9 and "2022年为95.8%" in a.answer


def test_the_year_before_is_answered_by_its_own_figure_and_never_by_this_years(enforcement):
    a = enforcement.answer("山禾县应急管理局上一年的隐患整改率是多少")
    assert a.answered and values(a)[0] == 95.8 and a.facts[0].year == 2022, a.answer
    for q in ("山禾县应急管理局隐患整改率比上年下降了多少",          # it rose: never a negative fall
              "去年山禾县应急管理局隐患整改率是多少",                # 去年 alone: the asker's last year, maybe
              "山禾县应急管理局隐患整改率超过上一年多少"):            # a comparison: not the year before's figure
        b = enforcement.answer(q)
        assert not b.answered or b.facts[0].computed and b.facts[0].value > 0, (q, b.answer)


@pytest.fixture(scope="module")
def city(tmp_path_factory, config):
    """A city's own report whose metadata names the city as its own city too."""
    return engine_over(tmp_path_factory, config, "lanshui-city-2024")


def test_a_city_named_as_its_own_city_is_read_and_named_once(city):
    a = city.answer("兰水市市政府本级新收行政复议案件多少件")
    assert a.answered and values(a) == [400], a.answer
    assert "兰水市兰水市" not in a.answer
    assert values(city.answer("兰水市以市政府为被告的案件输了几件")) == [0]     # 败诉数为零: a stated zero


@pytest.mark.parametrize("q", [
    "兰水市市本级审结行政复议案件多少件",              # 审结 follows the part's clause after a ；: not 市本级's
    "兰水市市本级政务服务事项网上可办率是多少",        # 全市…可办率: the whole's, not 市本级's
])
def test_a_part_of_the_place_asked_is_answered_only_by_that_parts_figure(city, q):
    a = city.answer(q)
    assert not a.answered and not a.facts, a.answer
