"""The extracted claim record and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .lexicon import LEXICON_VERSION

__all__ = ["PREFIX_LENGTH", "QUALIFIERS", "ExtractedClaim", "decimal_to_json"]

QUALIFIERS: tuple[str, ...] = ("exact", "approximate", "at_least", "at_most", "range", "vague")
PREFIX_LENGTH = 32

JsonNumber = int | float | None


def decimal_to_json(value: Decimal | None) -> JsonNumber:
    """Return a JSON-ready number: an int when integral, else the shortest float.

    >>> decimal_to_json(Decimal("2000"))
    2000
    >>> decimal_to_json(Decimal("4.50"))
    4.5
    >>> decimal_to_json(Decimal("1.05E+6"))
    1050000
    >>> decimal_to_json(None) is None
    True
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One numeric statement found in a text, with its span and interval."""

    start: int
    end: int
    quote: str
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str = ""
    noun: str = ""
    attribution: str = ""
    rule: str = ""
    prefix: str = ""
    suffix: str = ""

    def to_json(self) -> dict[str, object]:
        """Return the claim as a JSON-ready dict, tagged with the lexicon version."""
        return {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "low": decimal_to_json(self.low),
            "high": decimal_to_json(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "noun": self.noun,
            "attribution": self.attribution,
            "rule": self.rule,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "version": LEXICON_VERSION,
        }
