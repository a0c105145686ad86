"""Values in words for pages, the API and exports: the one number formatter and the one interval wording.

Pure Python (no Django): the vague words and their intervals come from the extractor's lexicon,
so a vague plural added there is named on every page without another edit.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.extraction import load_lexicon

__all__ = ["VAGUE_WORDS", "describe_value", "format_number"]

# The lexicon's vague plural number nouns by their interval, to read an interval back into words.
VAGUE_WORDS: dict[tuple[Decimal, Decimal], str] = {}
for _word, (_low, _high) in load_lexicon()["vague_plurals"].items():
    VAGUE_WORDS.setdefault((Decimal(_low), Decimal(_high)), _word)


def format_number(value: Decimal, *, grouping: bool = True) -> str:
    """Return a decimal without trailing zeros or an exponent, with thousands separators unless ``grouping`` is off.

    >>> format_number(Decimal("2000.000000")), format_number(Decimal("0.200000")), format_number(Decimal("1234567.5"))
    ('2,000', '0.2', '1,234,567.5')
    >>> format_number(Decimal("-1.05E+6")), format_number(Decimal("2000.000000"), grouping=False)
    ('-1,050,000', '2000')
    """
    return format(value.normalize(), ",f" if grouping else "f")


def describe_value(low: Decimal | None, high: Decimal | None, qualifier: str) -> str:
    """Return an interval and its qualifier in words.

    >>> describe_value(None, Decimal(2000), "at_most")
    'at most 2,000'
    >>> describe_value(Decimal(2000), None, "at_least")
    'at least 2,000'
    >>> describe_value(Decimal(30), Decimal(40), "range")
    'between 30 and 40'
    >>> describe_value(Decimal(2000), Decimal(2000), "approximate")
    'about 2,000'
    >>> describe_value(Decimal(24), Decimal(99), "vague")
    'dozens (24–99)'
    >>> describe_value(Decimal(20000000), Decimal(99999999), "vague")
    'tens of millions (20,000,000–99,999,999)'
    >>> describe_value(Decimal(7), Decimal(7), "exact")
    '7'
    >>> describe_value(None, None, "vague")
    'no value'
    """
    if low is None and high is None:
        return "no value"
    if low is None:
        return f"at most {format_number(high)}"  # type: ignore[arg-type]
    if high is None:
        return f"at least {format_number(low)}"
    if qualifier == "vague":
        word = VAGUE_WORDS.get((low, high))
        span = f"{format_number(low)}–{format_number(high)}"
        return f"{word} ({span})" if word else f"somewhere between {format_number(low)} and {format_number(high)}"
    prefix = "about " if qualifier == "approximate" else ""
    if low == high:
        return prefix + format_number(low)
    return f"{prefix}between {format_number(low)} and {format_number(high)}"


# How a date the context resolved is named, by the precision it was read with (days when unknown).
PERIOD_FORMATS = {"day": "{0.day} {0:%B %Y}", "month": "{0:%B %Y}", "year": "{0:%Y}"}


def name_day(day: datetime.date, precision: str) -> str:
    """Return a date as precisely as it was read: the day, its month or its year.

    >>> d = datetime.date(2023, 10, 9)
    >>> name_day(d, "day"), name_day(d, "month"), name_day(d, "year"), name_day(d, "")
    ('9 October 2023', 'October 2023', '2023', '9 October 2023')
    """
    return PERIOD_FORMATS.get(precision, PERIOD_FORMATS["day"]).format(day)
