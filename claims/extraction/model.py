"""The extracted claim record and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from json.encoder import encode_basestring_ascii
from typing import Any

from .lexicon import LEXICON_VERSION

__all__ = ["PREFIX_LENGTH", "QUALIFIERS", "ClaimDraft", "ExtractedClaim", "decimal_to_json", "json_number"]

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


def json_number(value: Decimal | None) -> str:
    """Return ``decimal_to_json(value)`` as ``json.dumps`` writes it.

    >>> json_number(Decimal("2000")), json_number(Decimal("4.50")), json_number(Decimal("-0")), json_number(None)
    ('2000', '4.5', '0', 'null')
    """
    if value is None:
        return "null"
    written = str(value)
    if written.isdigit():
        # A whole number written without exponent: its digits are the int's (a claim made for every
        # number of a table comes here, and Decimal arithmetic costs more than this look).
        return written
    number = decimal_to_json(value)
    if isinstance(number, float):
        return _json_float(number)
    return int.__repr__(number) if number is not None else "null"


def _json_float(number: float) -> str:
    # json.dumps's own spelling of floats, out-of-range values included.
    if number != number:
        return "NaN"
    if number in (float("inf"), float("-inf")):
        return "Infinity" if number > 0 else "-Infinity"
    return float.__repr__(number)


@dataclass(slots=True)
class ClaimDraft:
    """A claim as read, before its context: what ``ExtractedClaim`` holds up to ``suffix``.

    The readers (``finish``, ``pairs``, ``units``) make and adjust drafts; ``framing`` makes
    each into the frozen claim once, with its context. A draft is cheap to make, and a table
    of numbers makes one every few characters.
    """

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
    # A number of a table of numbers (``digits._is_bare``), read as it stands: no unit reaches it from afar.
    bare: bool = False


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(
        self,
        start: int,
        end: int,
        quote: str,
        low: Decimal | None,
        high: Decimal | None,
        qualifier: str,
        unit: str = "",
        noun: str = "",
        attribution: str = "",
        rule: str = "",
        prefix: str = "",
        suffix: str = "",
        subject: str = "",
        event: str = "",
        places: tuple[str, ...] = (),
        period_text: str = "",
        period_start: date | None = None,
        period_end: date | None = None,
        period_precision: str = "",
        attribution_start: int | None = None,
        attribution_end: int | None = None,
        hedge: str = "",
        sentence_start: int = 0,
        sentence_end: int = 0,
    ) -> None:
        # The generated __init__ of a frozen dataclass writes each field through object.__setattr__;
        # the slots' own setters make the same writes at about half the cost, and a table of numbers
        # makes a claim every few characters (each made twice: read, then framed).
        put = _PUT
        put[0](self, start)
        put[1](self, end)
        put[2](self, quote)
        put[3](self, low)
        put[4](self, high)
        put[5](self, qualifier)
        put[6](self, unit)
        put[7](self, noun)
        put[8](self, attribution)
        put[9](self, rule)
        put[10](self, prefix)
        put[11](self, suffix)
        put[12](self, subject)
        put[13](self, event)
        put[14](self, places)
        put[15](self, period_text)
        put[16](self, period_start)
        put[17](self, period_end)
        put[18](self, period_precision)
        put[19](self, attribution_start)
        put[20](self, attribution_end)
        put[21](self, hedge)
        put[22](self, sentence_start)
        put[23](self, sentence_end)

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

    def json_text(self, head: str = "{") -> str:
        """Return ``json.dumps(self.to_json())``, its opening brace replaced by ``head``, written field by field.

        The command line writes a line per claim, and a table of numbers makes a claim every few
        characters: formatting the fields straight into the line costs a fraction of making the
        dict and encoding it (a test holds the two to the same bytes).
        """
        text = encode_basestring_ascii
        low, high = self.low, self.high
        low_text = json_number(low)
        high_text = low_text if high is low else json_number(high)
        places = self.places
        first, last, a_start, a_end = self.period_start, self.period_end, self.attribution_start, self.attribution_end
        # Most of a claim's words are empty (all of them for a number in a table): '""' costs no call.
        return (
            f'{head}"start": {self.start}, "end": {self.end}, "quote": {text(self.quote)}, '
            f'"low": {low_text}, "high": {high_text}, "qualifier": {text(self.qualifier)}, '
            f'"unit": {text(self.unit) if self.unit else _EMPTY}, "noun": {text(self.noun) if self.noun else _EMPTY}, '
            f'"attribution": {text(self.attribution) if self.attribution else _EMPTY}, '
            f'"rule": {text(self.rule)}, "prefix": {text(self.prefix)}, "suffix": {text(self.suffix)}, '
            f'"subject": {text(self.subject) if self.subject else _EMPTY}, '
            f'"event": {text(self.event) if self.event else _EMPTY}, '
            f'"places": {"[" + ", ".join(map(text, places)) + "]" if places else "[]"}, '
            f'"period_text": {text(self.period_text) if self.period_text else _EMPTY}, '
            f'"period_start": {"null" if first is None else text(first.isoformat())}, '
            f'"period_end": {"null" if last is None else text(last.isoformat())}, '
            f'"period_precision": {text(self.period_precision) if self.period_precision else _EMPTY}, '
            f'"attribution_start": {"null" if a_start is None else a_start}, '
            f'"attribution_end": {"null" if a_end is None else a_end}, '
            f'"hedge": {text(self.hedge) if self.hedge else _EMPTY}, '
            f'"sentence_start": {self.sentence_start}, "sentence_end": {self.sentence_end}, "version": {_VERSION}}}'
        )


_EMPTY = '""'
_VERSION = encode_basestring_ascii(LEXICON_VERSION)
# The slot setter of each field, in the order of the fields (a test holds the order to ``fields()``).
_PUT: tuple[Any, ...] = tuple(vars(ExtractedClaim)[f.name].__set__ for f in fields(ExtractedClaim))
