"""The extracted claim record and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
    # The claim's context (issue 11): what is counted, the event, where, when and who says it.
    subject: str = ""  # a readable phrase of what is counted: "North Korean escapees detained in China"
    event: str = ""  # the predicate that governs the number: "detained"
    places: tuple[str, ...] = ()  # places named around the claim, as written
    period_text: str = ""  # the words that say when: "last month", "in October", "since 2020"
    period_start: date | None = None  # the time it is about, resolved against the publication date
    period_end: date | None = None
    period_precision: str = ""  # "day", "month", "year" or "" when unknown
    attribution_start: int | None = None  # span of ``attribution`` (the source as named) in the text
    attribution_end: int | None = None
    hedge: str = ""  # hedge words kept apart from the source: "reportedly", "allegedly"
    sentence_start: int = 0  # the sentence the claim stands in
    sentence_end: int = 0

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
            "subject": self.subject,
            "event": self.event,
            "places": list(self.places),
            "period_text": self.period_text,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period_precision": self.period_precision,
            "attribution_start": self.attribution_start,
            "attribution_end": self.attribution_end,
            "hedge": self.hedge,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "version": LEXICON_VERSION,
        }
