from kg.qa.matching import Matcher, Obs
from kg.qa.segment import Segmenter


def obs(label, unit="件", clause="", sentence="", actor=None):
    return Obs("urn:x:" + label, 1, unit, label, "level", None, actor, clause or label, sentence or label, 0, [], [])


def test_words_in_the_indicator_outweigh_the_sentence():
    m = Matcher(Segmenter(set()))
    a = obs("收到行政复议申请", sentence="收到行政复议申请32件")
    b = obs("法律援助中心受理案件", sentence="……行政复议……")
    ranked = m.rank([b, a], ["行政复议"], [], "行政复议多少件")
    assert ranked[0].obs is a and ranked[0].coverage == 1.0
    assert ranked[1].coverage == 0.5


def test_the_asked_unit_decides_between_equals():
    m = Matcher(Segmenter(set()))
    teams, people = obs("组建应急队伍", "支"), obs("组建应急队伍", "人")
    assert m.rank([teams, people], ["应急队伍"], ["人"], "应急队伍多少人")[0].obs is people
    assert m.rank([teams, people], ["应急队伍"], ["支"], "应急队伍多少支")[0].obs is teams


def test_a_long_word_is_matched_by_its_parts():
    m = Matcher(Segmenter(set()))
    o = obs("法律援助中心受理案件")
    match = m.match(o, ["受理法律援助案件"], [], "受理法律援助案件")
    assert 0.6 <= match.coverage < 1.0


def test_unrelated_words_do_not_match():
    m = Matcher(Segmenter(set()))
    assert m.match(obs("政务服务事项"), ["人口"], [], "人口").coverage == 0


def test_a_word_is_found_in_one_wording_of_an_indicator_not_across_two():
    """An indicator's wordings stay apart: 案件法律援助 runs across 受理法律援助案件 and 法律援助中心受理案件."""
    o = Obs("urn:x:a", 1, "件", "受理法律援助案件", "level", None, None, "受理案件", "受理案件", 0,
            ["法律援助中心受理案件"], [])
    assert o.label_text.split("|") == ["受理法律援助案件", "法律援助中心受理案件"]
    assert "案件法律援助" not in o.label_text


def test_a_long_word_is_found_with_its_action_in_another_word_of_it():
    """调处成功率 (one word where a report's label made it so) is found in 调解成功率: 调处 names 调解 too."""
    m = Matcher(Segmenter({"调处成功率"}), actions=[("化解", ["调处"]), ("调解", ["调处"])])
    match = m.match(obs("调解成功率", "%"), ["调处成功率"], [], "调处成功率是多少")
    assert match.coverage >= 0.6, match


def test_a_list_made_afresh_never_reads_the_scores_of_a_freed_one():
    """The kinds that take one year's figures build that list for each question; a freed list's id
    is soon another list's, and must not bring its scores with it."""
    m = Matcher(Segmenter(set()))
    pool = [obs(f"受理案件{i}") for i in range(40)]
    for n in range(1, 40):
        figs = pool[:n]
        assert len(m.column(figs, "受理")) == n
        assert [x.obs for x in m.rank(figs, ["受理"], [], "受理多少件")] == pool[:n]
        del figs
