from kg.config import PROJECT_ROOT
from kg.lexicon import load_lexicon

LX = load_lexicon(PROJECT_ROOT / "data" / "lexicon")


def test_units_fit():
    assert LX.units_fit(["次"], "场") == LX.units_fit(["个"], "家") == LX.units_fit([], "件") == "yes"
    assert LX.units_fit(["个"], "件") == "loose" and LX.units_fit(["次"], "支") == ""
    assert LX.units_fit(["人次"], "万人次") == "yes" and LX.units_fit(["万人次"], "人次") == "yes"
    # a counter of persons is never one of occurrences, and 条 (items of text) is no other counter's
    assert LX.units_fit(["名"], "人次") == "" and LX.units_fit(["条"], "个") == "" == LX.units_fit(["条"], "家")


def test_units_longest_first_and_scaled():
    texts = [u.text for u in LX.units]
    assert texts.index("个工作日") < texts.index("个") and texts.index("人次") < texts.index("人")
    assert LX.unit("万件").kind == LX.unit("件").kind


def test_indicator_aliases_map_to_one_concept():
    assert LX.canonical_indicator("法律援助中心受理案件") == "受理法律援助案件"
    assert LX.canonical_indicator("没有别名的指标") == "没有别名的指标"


def test_longest_first_is_one_order_whatever_the_hash_seed():
    from kg.lexicon import longest_first
    assert longest_first({"办结", "受理", "审结", "办", "受理行政复议"}) == ["受理行政复议", "办结", "受理", "审结", "办"]
    assert longest_first(["收到", "收到", "收"]) == ["收到", "收"]
