from decimal import Decimal

import pytest

from kg.numbers import chinese_to_int, parse_number


@pytest.mark.parametrize("text,value", [
    ("四", 4), ("十", 10), ("十二", 12), ("二十", 20), ("两", 2), ("一百零五", 105),
    ("三千二百", 3200), ("一万二千", 12000), ("两百", 200),
])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_rejects_words():
    with pytest.raises(ValueError):
        chinese_to_int("四位一体")


def test_parse_number_types():
    assert parse_number("32") == 32 and isinstance(parse_number("32"), int)
    assert parse_number("96.67") == Decimal("96.67")
    assert parse_number("五") == 5


def test_numeral_value_reads_digits_and_chinese_numerals_and_nothing_else():
    from kg.numbers import numeral_value
    assert [numeral_value(x) for x in ("3", "三", "十二", "部分", "")] == [3, 3, 12, None, None]
