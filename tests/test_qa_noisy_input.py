"""Questions as a service log shows them, on the shipped report: an English word with one slip of the
keyboard (caess, acept), digits typed inside a Chinese numeral (四十3件, 6千5百多家), a body's name typed by
its sound before its ending (法律远助中心), a rare dictionary oddity typed for a word (注消), an emoticon in
Latin letters (orz)."""

import pytest

from kg.qa import ask
from kg.qa.normalise import _one_slip
from kg.qa.segment import chinese_counts_to_digits


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("typed,word,slip", [
    ("caess", "cases", True), ("trainig", "training", True), ("recieved", "received", True),
    ("nuber", "number", True), ("shhow", "show", True), ("many", "many", False),
    ("caseess", "cases", False), ("bread", "bead", False), ("lose", "lost", False),
])
def test_one_slip_of_the_keyboard(typed, word, slip):
    assert _one_slip(typed, word) is slip


@pytest.mark.parametrize("q,gold", [
    ("how many 法律援助 caess did the centre acept in 2025?", 328),
    ("how many 人次 did the 政法干警 political trainig have", 786),
])
def test_an_english_word_with_one_slip_is_read_as_the_word(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


@pytest.mark.parametrize("typed,read", [
    ("四十3件", "43件"), ("6千5百多家", "6500多家"), ("二百3十多件次", "230多件次"), ("1百2十多", "120多"),
    ("10万元", "10万元"), ("2025年收到32件", "2025年收到32件"),
])
def test_digits_typed_inside_a_chinese_numeral(typed, read):
    assert chinese_counts_to_digits(typed, ["件", "家", "件次", "元"]) == read


def test_a_rough_guess_in_mixed_numerals_is_set_aside():
    a = ask("矛盾纠纷排查开展了多少次，两千9百多次吗")
    assert a.answered and values(a) == [2937], a.answer


@pytest.mark.parametrize("q,gold", [
    ("法律远助中心２０２５年受理了多少件案件", 328),      # 远助|中心: the report's own 法律援助中心
    ("注消的不合格执法证件有几个", 5),               # 注消: a dictionary oddity, no word of its own
    ("應急對伍組建了幾支？？", 73),          # 对伍: a word the segmenter made up
])
def test_a_word_typed_by_its_sound(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer
    assert "理解" in a.answer      # (the answer says how the word was read)


def test_a_place_typed_by_its_sound_stays_another_place():
    assert not ask("铁溪区法律援助中心受理多少件").answered


def test_an_emoticon_in_latin_letters_asks_nothing():
    a = ask("涉企行政执法监督联络点设了几个 orz")
    assert a.answered and values(a) == [5], a.answer
