"""Numbers as the reports write them: Arabic digits (half- or full-width, with thousands
separators) or Chinese numerals (with 点 for a decimal point: 九十点六)."""

import re
from decimal import Decimal

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)


def chinese_to_int(text: str) -> int:
    """Parse a Chinese numeral such as 四, 十二, 两百零五 or 一万二千.

    Raises ValueError for text that is not a numeral, so callers never
    mistake a word for a number.
    """
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total = section = digit = 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[char]
            digit = 0
        else:
            total += (section + digit or 1) * _BIG_UNITS[char]   # 万余: a bare 万 is ten thousand
            section = digit = 0
    return total + section + digit


def numeral_value(text: str) -> int | None:
    """A number written in digits or as a Chinese numeral (3, 三, 十二), or None when it is neither."""
    try:
        return int(text) if text.isdigit() else chinese_to_int(text)
    except ValueError:
        return None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
# 1,850 / 12，600: a comma between a digit and exactly three digits groups thousands
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_FULL_POINT = re.compile(r"(?<=\d)．(?=\d)")


def normalise_digits(text: str) -> str:
    """Full-width digits as ASCII, thousands separators as ``,`` — the same length, so that
    offsets into the normalised text are offsets into the original."""
    text = _FULL_POINT.sub(".", text.translate(_FULL_WIDTH))
    return _THOUSANDS.sub(",", text)


def parse_number(text: str) -> int | Decimal:
    """Arabic or Chinese number → int, or Decimal when it has a fraction."""
    text = normalise_digits(text).replace(",", "")
    if text and text[0] in CHINESE_NUMERAL_CHARS:
        whole, _, fraction = text.partition("点")
        if fraction:
            digits = "".join(str(_DIGITS[c]) for c in fraction if c in _DIGITS)
            if len(digits) != len(fraction):
                raise ValueError(f"not a Chinese numeral: {text!r}")
            return chinese_to_int(whole) + Decimal("0." + digits)
        return chinese_to_int(text)
    if "." in text:
        return Decimal(text)
    return int(text)


# 1到9月, 1-9月, 1至9月, 1—9月: a run of months, one period (written 1—9月, as reports mostly do)
MONTH_RUN = r"(1[012]|[1-9])\s*(?:—|–|－|-|~|～|到|至)\s*(1[012]|[1-9])\s*月份?"
_MONTH_RUN = re.compile(r"(?<!\d)" + MONTH_RUN)


def month_runs(text: str) -> str:
    """Every run of months in ``text`` written as reports mostly do: 1到9月 → 1—9月."""
    return _MONTH_RUN.sub(lambda m: f"{m.group(1)}—{m.group(2)}月", text)
