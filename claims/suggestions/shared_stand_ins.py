"""The suggester's sentence splitter and number formatter: the shared ones, under the names the suggester uses.

The sentence splitter is ``claims/extraction/sentences.py`` and the number formatter
``claims/wording.py``; both are pure, so the suggester stays pure.
"""

from __future__ import annotations

from decimal import Decimal

from claims.extraction.sentences import SENTENCE_BREAK as SENTENCE_END
from claims.extraction.sentences import sentence_bounds, sentence_breaks
from claims.wording import format_number as format_decimal

__all__ = ["SENTENCE_END", "format_number", "sentence_bounds", "sentence_breaks"]


def format_number(number: Decimal | None) -> str:
    """Return a number as the suggester's reasons show it ("open" for an open end).

    >>> format_number(Decimal("2000.00")), format_number(Decimal("0.5")), format_number(None)
    ('2,000', '0.5', 'open')
    """
    return "open" if number is None else format_decimal(number)
