"""Questions as a service log shows them, on the shipped report: an English word with one slip of the
keyboard (mnay, trainnig), digits typed inside a Chinese numeral (三十2件, 7千8百多家), a body's name typed by
its sound before its ending (法律远助中心), a rare dictionary oddity typed for a word (注消), an emoticon in
Latin letters (orz)."""

import pytest

from kg.qa import ask
from kg.qa.normalise import _one_slip
from kg.qa.segment import chinese_counts_to_digits


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("typed,word,slip", [
    ("mnay", "many", True), ("trainnig", "training", True), ("onlnie", "online", True),
    ("yera", "year", True), ("loose", "lose", True), ("numbr", "number", True), ("many", "many", False),
    ("mnya", "many", False), ("short", "sort", False), ("lose", "lost", False),
])
def test_one_slip_of_the_keyboard(typed, word, slip):
    assert _one_slip(typed, word) is slip


@pytest.mark.parametrize("q,gold", [
    ("how mnay 法律援助 cases did the 铁西 centre accept last yera??", 328),
    ("how many 人次 in the 政法干警 political trainnig?? total", 786),
])
def test_an_english_word_with_one_slip_is_read_as_the_word(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


@pytest.mark.parametrize("typed,read", [
    ("三十2件", "32件"), ("7千8百多家", "7800多家"), ("一百4十多件次", "140多件次"), ("1百3十多", "130多"),
    ("10万元", "10万元"), ("2025年收到32件", "2025年收到32件"),
])
def test_digits_typed_inside_a_chinese_numeral(typed, read):
    assert chinese_counts_to_digits(typed, ["件", "家", "件次", "元"]) == read


def test_a_rough_guess_in_mixed_numerals_is_set_aside():
    a = ask("开展矛盾纠纷排查多少次？两千9百多次？")
    assert a.answered and values(a) == [2937], a.answer


@pytest.mark.parametrize("q,gold", [
    ("区法律远助中心受理案件数量 ２０２５", 328),      # 远助|中心: the report's own 法律援助中心
    ("去年注消了几个不合格执法证？", 5),               # 注消: a dictionary oddity, no word of its own
    ("組建了多少支應急對伍？？？汛期那個", 73),          # 对伍: a word the segmenter made up
])
def test_a_word_typed_by_its_sound(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer
    assert "理解" in a.answer      # (the answer says how the word was read)


def test_a_place_typed_by_its_sound_stays_another_place():
    assert not ask("铁溪区法律援助中心受理多少件").answered


def test_an_emoticon_in_latin_letters_asks_nothing():
    a = ask("设立了几个涉企行政执法监督联络点？？？ｏｒｚ")
    assert a.answered and values(a) == [5], a.answer
