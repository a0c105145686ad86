"""Units of measure read by context: a temperature scale after degrees, pounds that weigh, "m" that measures."""

from __future__ import annotations

import re

from .vocabulary import LENGTH_WORDS, MONEY_WORDS, TEMPERATURE_SCALES, WEIGHT_WORDS, WS, alternation

__all__ = ["is_metre", "is_weight_pound", "temperature_after"]

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
