"""More layouts of the genre (fictional sentences and fixtures written for these tests):
points written inside paragraphs, Chinese-numeral ranges and multiples, tables written as
「指标：数值」 lines, subjects that are people or meetings, and lists of organisations."""

from pathlib import Path

from kg.extract.facts import extract_facts
from kg.extract.text import Sentence

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def read(text, lexicon, actor=None):
    return extract_facts([Sentence(0, text, 0, len(text), "1", 1, True)], lexicon, actor)


def figures(text, lexicon):
    return [(f.value, f.unit, f.indicator, f.qualifier) for f in read(text, lexicon)]


# -- numbers --------------------------------------------------------------------------------

def test_a_range_in_chinese_numerals_is_two_bounds(lexicon):
    assert figures("全年开展执法检查三至五次。", lexicon) == [
        (3, "次", "开展执法检查", "atLeast"), (5, "次", "开展执法检查", "atMost")]
    low, high = read("审批时限压缩至三至五个工作日。", lexicon)
    assert (low.value, low.mention, high.value, high.mention) == (3, "三", 5, "五个工作日")
    assert "三" not in high.indicator


def test_a_span_of_ordinals_is_no_count(lexicon):
    assert read("第三至五次会议审议通过，第3-5次会议通报情况。", lexicon) == []


def test_multiples_in_chinese_numerals(lexicon):
    got = read("受理案件数较上年增长两倍，网上咨询量同比增长近一倍。", lexicon)
    assert [(f.value, f.unit, f.kind) for f in got] == [(2, "倍", "change"), (1, "倍", "change")]
    assert got[1].qualifier == "increase"
    assert read("一次性告知，一批次办结。", lexicon) == []      # a bare 一 before other units stays idiom

