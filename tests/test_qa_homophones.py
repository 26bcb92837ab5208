"""Words typed by their sound (kg/qa/homophones.py): a word no report holds read as the one report word
of the same sound; never a word of its own the reports' terms do not confirm, never a place or body."""

from kg.qa import ask
from kg.qa.homophones import Homophones


class sounds:
    """The words of a made-up report, indexed by their sound, asked of that report."""

    def __init__(self, words, is_word=lambda w: False):
        self.h, self.text = Homophones(lambda: words, ("区", "局"), is_word), "|".join(words)

    def meant(self, word):
        return self.h.meant(word, lambda w: w in self.text)


def test_a_word_no_report_holds_is_read_as_the_one_of_its_sound():
    h = sounds(["区长信箱", "行政复议", "政府开放日"], is_word=lambda w: w in ("信箱", "复议", "开放"))
    assert h.meant("信相") == "信箱" and h.meant("复义") == "复议"
    assert h.meant("开方日") == "开放日"                     # a piece of it, within a term held
    assert h.meant("信箱") is None                           # held: nothing to correct
    assert h.meant("法援") is None                           # no word of that sound


def test_two_words_of_one_sound_leave_it_as_typed():
    assert sounds(["公示", "公式"], is_word=lambda w: True).meant("攻势") is None


def test_a_name_and_a_dictionary_word_are_never_typos():
    h = sounds(["铁西区", "公正"], is_word=lambda w: w == "公证")
    assert h.meant("铁溪区") is None                          # a place the reports do not hold is another place
    assert h.meant("公证员") is None                          # 公证 is a word of its own; 公正员 is held nowhere


def test_the_answer_says_how_the_word_was_read():
    a = ask("区长信相去年处理了多少条来信")
    assert a.answered and [f.value for f in a.facts] == [26] and "“信相”按“信箱”理解" in a.answer, a.answer
    a = ask("法院派驻调节室化解了几件纠纷")                   # 调节 is a word; 调解室 is the report's term
    assert [f.value for f in a.facts] == [49] and "“调节”按“调解”理解" in a.answer, a.answer


def test_a_word_of_its_own_is_not_read_as_a_report_word():
    for q in ("铁西区2025年办了多少件公证？", "2025年公证员是多少"):
        a = ask(q)
        assert not a.answered and not a.facts, a.answer
