"""Units of measure read by context: a temperature scale after degrees, pounds that weigh, "m" that measures."""

from __future__ import annotations

import re
from decimal import Decimal

from .vocabulary import (
    DOLLAR_PLACES,
    LENGTH_WORDS,
    MONEY_WORDS,
    TEMPERATURE_SCALES,
    TEMPERATURE_WORDS,
    WEIGHT_WORDS,
    WS,
    alternation,
)

__all__ = ["degree_unit", "is_metre", "is_weight_pound", "temperature_after"]

# Words that make a reading in degrees a temperature, the word "degree" and its sign aside.
_WEATHER_WORDS = tuple(w for w in TEMPERATURE_WORDS if w not in ("degree", "°"))
_DIFFERENCE_AFTER = re.compile(WS + r"{1,2}(?:[a-z]+er|above|below)(?![A-Za-z])")
# Places of the one country that reads the weather in Fahrenheit.
_FAHRENHEIT_PLACES = next(places for code, places in DOLLAR_PLACES if code == "USD")

_SCALE_AFTER = re.compile(
    r"(?:"
    + WS
    + r"{0,2}(?:on"
    + WS
    + r"the"
    + WS
    + r")?("
    + alternation([k for k in TEMPERATURE_SCALES if len(k) > 1])
    + r")"
    r"|" + WS + r"?([CcFf]))(?![A-Za-z])",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(WS + r"{1,2}of" + WS, re.IGNORECASE)
_PLURAL_AFTER = re.compile(WS + r"{1,2}[a-z]{2,}[a-rt-z]*s(?![A-Za-z])")


def temperature_after(text: str, end: int) -> str:
    """Return the temperature scale named right after a reading in degrees ("20 degrees Celsius", "-3° on the
    Fahrenheit scale"), or "".

    >>> temperature_after("It was 85° on the Fahrenheit scale", 10), temperature_after("an angle of 30° here", 15)
    ('degree Fahrenheit', '')
    """
    m = _SCALE_AFTER.match(text, end)
    if m is None:
        return ""
    return TEMPERATURE_SCALES[(m.group(1) or m.group(2)).lower()]


def degree_unit(text: str, start: int, end: int, value: Decimal) -> str:
    """Return the unit of a reading in degrees: the scale named after it, else Celsius for a plausible temperature
    among weather words in a story with no American place, else plain degrees (an angle, or Fahrenheit unsaid).

    >>> t = "Most arrived with body temperatures above 41 degrees, she said."
    >>> degree_unit(t, t.index("41"), t.index(","), Decimal(41))
    'degree Celsius'
    >>> t = "The ship turned 40 degrees to port."
    >>> degree_unit(t, t.index("40"), t.index(" to"), Decimal(40))
    'degree'
    >>> t = "Texas highs will hit 41 degrees in the heat."
    >>> degree_unit(t, t.index("41"), t.index(" in"), Decimal(41))
    'degree'
    >>> t = "The heat made it 12 degrees warmer than usual."
    >>> degree_unit(t, t.index("12"), t.index(" warmer"), Decimal(12))
    'degree'
    """
    named = temperature_after(text, end)
    if named or not -60 <= value <= 60:
        return named or "degree"
    if _DIFFERENCE_AFTER.match(text, end):
        # "30 degrees colder", "5 degrees above normal": a difference, on no scale's zero.
        return "degree"
    window = text[max(0, start - 120) : end + 80].lower()
    if not any(w in window for w in _WEATHER_WORDS):
        return "degree"
    story = text[max(0, start - 2000) : end + 1000].lower()
    return "degree" if any(p in story for p in _FAHRENHEIT_PLACES) else "degree Celsius"


def is_weight_pound(text: str, start: int, end: int, has_scale: bool) -> bool:
    """Return whether "pounds" after a number weighs rather than pays: "pound of", or weight words outnumber money words.

    >>> is_weight_pound("She lost 25 pounds before the fight.", 9, 20, False)
    True
    >>> is_weight_pound("He was fined 500 pounds by the court.", 13, 23, False)
    False
    >>> is_weight_pound("a two pound bag of rice", 2, 14, False)
    True
    """
    if has_scale or "£" in text[max(0, start - 200) : end + 200]:
        return False
    if _OF_AFTER.match(text, end):
        return True
    window = text[max(0, start - 80) : end + 60].lower()
    weight = sum(w in window for w in WEIGHT_WORDS)
    money = sum(w in window for w in MONEY_WORDS)
    return weight > money


def is_metre(text: str, start: int, end: int) -> bool:
    """Return whether "m" glued to a number is metres rather than million: no money, no counted plural after it,
    and a length word close by ("1.8m tall", "a 48m yacht", "outreach is 48m").

    >>> is_metre("She is 1.8m tall.", 7, 11), is_metre("The club has 48m fans.", 13, 16)
    (True, False)
    >>> is_metre("Profits rose to 48m last year.", 16, 19)
    False
    """
    if text[start - 1 : start] in "$€£¥₩" and start > 0:
        return False
    if _PLURAL_AFTER.match(text, end):
        return False
    window = text[max(0, start - 60) : end + 30].lower()
    if any(w in window for w in MONEY_WORDS) or "%" in window:
        return False
    return any(w in window for w in LENGTH_WORDS)
