"""Questions as an assessor's form writes them, on the shipped report: a field's label with its unit in
brackets and no question word (调解组织数（个）) asks the count in that unit, its measure noun 数 no
word of the thing."""

import pytest

from kg.config import Config
from kg.qa import _default_engine, ask


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("q,gold", [
    ("人民调解组织数（个）", 74),
    ("专兼职调解员数（名）", 333),
])
def test_a_fields_label_with_its_unit_asks_the_count_in_it(q, gold):
    a = ask(q)
    assert a.answered and values(a) == [gold], a.answer


def test_a_unit_note_beside_a_question_word_asks_nothing_more():
    # (…有多少（个）: the question asks already; the note only names the unit)
    r = _default_engine(Config()).reader.read("人民调解组织有多少（个）")
    assert r.text.count("多少") == 1, r.text
