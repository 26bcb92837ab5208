from kg.cli import main
from kg.evaluate import evaluate, load_gold


def test_fixture_reaches_the_goals(baihua, lexicon):
    from conftest import FIXTURES
    scores = evaluate(baihua.text, load_gold(FIXTURES / "baihua-2024.facts.jsonl"), lexicon)
    precision, recall = scores.total()
    assert precision >= 0.95 and recall >= 0.95, (scores.missed, scores.spurious)
    assert scores.indicator_agreement >= 0.8 and scores.actor_agreement >= 0.8


def test_a_wrong_gold_fact_lowers_recall(baihua, lexicon):
    from conftest import FIXTURES
    gold = load_gold(FIXTURES / "baihua-2024.facts.jsonl")
    gold[0] = dict(gold[0], value=999)
    _, recall = evaluate(baihua.text, gold, lexicon).total()
    assert recall < 1.0


def test_cli_prints_figures(capsys):
    from conftest import FIXTURES
    assert main(["eval-extraction", str(FIXTURES / "reports/baihua-2024.txt"),
                 str(FIXTURES / "baihua-2024.facts.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "percent" in out and "indicator agreement" in out


def test_a_point_mark_or_closing_mark_in_the_gold_sentence_still_matches(lexicon):
    text = "一、主要工作\n①县法律援助中心全年受理法律援助案件二百一十七件，做到应援尽援。\n"
    gold = [{"value": 217, "unit": "件", "indicator": "受理法律援助案件", "actor": "县法律援助中心",
             "sentence": "①县法律援助中心全年受理法律援助案件二百一十七件，做到应援尽援。"}]
    scores = evaluate(text, gold, lexicon)
    assert not scores.missed and scores.total() == (1.0, 1.0)


def test_a_gold_row_in_a_scaled_unit_matches_the_figure_read_in_its_base(lexicon):
    text = "一、主要工作\n全年受理群众投诉1200件，同比下降近三成。\n"
    gold = [{"value": 3, "unit": "成", "indicator": "投诉同比下降", "actor": None,
             "sentence": "全年受理群众投诉1200件，同比下降近三成。"}]
    scores = evaluate(text, gold, lexicon)
    assert not scores.missed, scores.missed


def test_done_only_keeps_targets_and_the_year_before_apart(lexicon):
    """--done-only: a target of the plans section and a figure of the year before are not scored as
    figures of the year's work (gold of that kind leaves them out), and nothing else is dropped."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "qa" / "baiyang-town-2024.txt").read_text("utf-8")
    every = evaluate(text, [], lexicon)
    done = evaluate(text, [], lexicon, done_in=2024)
    kept = {(f.value, f.unit) for f in done.spurious}
    assert (40, "名") not in kept and (186, "件") in kept, kept
    assert len(done.spurious) == len(every.spurious) - 2      # the two targets: 40名, 96%以上


def test_done_only_leaves_out_the_targets_the_gold_lists_too(lexicon):
    """A gold that lists the plan's targets with the work done: with --done-only, those rows are of the
    plans section on both sides, never a figure missed."""
    text = "一、主要工作\n全年受理矛盾纠纷52件。\n二、2024年工作计划\n全年组织集体学法不少于10次。\n"
    gold = [{"value": 52, "unit": "件", "indicator": "受理矛盾纠纷", "sentence": "全年受理矛盾纠纷52件。"},
            {"value": 10, "unit": "次", "indicator": "2024年目标：集体学法", "sentence": "全年组织集体学法不少于10次。"}]
    done = evaluate(text, gold, lexicon, done_in=2023)
    assert not done.missed and done.total() == (1.0, 1.0), done.missed
    every = evaluate(text, gold, lexicon)
    assert every.total() == (1.0, 1.0), every.missed


def test_done_only_leaves_out_the_gold_of_the_year_before_as_ours(lexicon):
    """检查N次，同比下降K%（上年为M次）: with --done-only, the year before's M is scored on neither side
    (ours is stored as that year's; a gold row of that year is no figure of the year's work missed)."""
    text = "一、主要工作\n全年开展检查3,566次，同比下降31.5%（上年为5,206次）。\n"
    sentence = "全年开展检查3,566次，同比下降31.5%（上年为5,206次）。"
    gold = [{"value": 3566, "unit": "次", "indicator": "检查", "year": 2024, "sentence": sentence},
            {"value": 31.5, "unit": "%", "indicator": "检查同比下降", "year": 2024, "sentence": sentence},
            {"value": 5206, "unit": "次", "indicator": "检查（上年）", "year": 2023, "sentence": sentence}]
    done = evaluate(text, gold, lexicon, done_in=2024)
    assert not done.missed and done.total() == (1.0, 1.0), done.missed


def test_a_gold_sentence_cut_at_a_semicolon_is_the_same_source(lexicon):
    """The gold may end a sentence at a semicolon the reader reads on through: the same source."""
    text = "一、主要工作\n全年收到行政复议申请120件，较上年增加8件；依法受理105件，审结99件。\n"
    gold = [{"value": 105, "unit": "件", "indicator": "受理行政复议申请", "actor": None,
             "sentence": "依法受理105件，审结99件。"}]
    scores = evaluate(text, gold, lexicon)
    assert not scores.missed, scores.missed
    # (…but a piece too short to name its source, 合计|N, is no match)
    gold = [{"value": 105, "unit": "件", "indicator": "受理", "actor": None, "sentence": "受理105件"}]
    assert evaluate(text, gold, lexicon).missed


def test_done_only_leaves_out_a_target_whose_gold_sentence_is_cut_at_a_semicolon(lexicon):
    text = ("一、主要工作\n全年受理矛盾纠纷52件。\n二、2024年工作计划\n重点抓好两项工作：一是全年组织集体学法不少于10次；"
            "二是培训执法人员不少于200人次。\n")
    gold = [{"value": 52, "unit": "件", "indicator": "受理矛盾纠纷", "sentence": "全年受理矛盾纠纷52件。"},
            {"value": 200, "unit": "人次", "indicator": "目标：培训执法人员", "sentence": "二是培训执法人员不少于200人次。"}]
    done = evaluate(text, gold, lexicon, done_in=2023)
    assert not done.missed, done.missed


def test_a_stated_zero_with_no_counter_written_agrees_with_any_counter_of_things(lexicon):
    text = "一、主要工作\n全年起草规范性文件4件，全县未发生政府债务逾期偿还情况。\n"
    gold = [{"value": 0, "unit": "次", "indicator": "政府债务逾期偿还", "actor": None,
             "sentence": "全年起草规范性文件4件，全县未发生政府债务逾期偿还情况。"}]
    assert not evaluate(text, gold, lexicon).missed
