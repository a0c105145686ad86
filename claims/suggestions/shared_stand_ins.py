"""The suggester's own sentence splitter and number formatter, kept here until the shared ones replace them.

Tally is getting one sentence splitter (``claims/extraction/sentences.py``) and one number
formatter (``claims/wording.py``, ``format_number``). Until they land, the suggester keeps
its own, here and nowhere else, so swapping them is one change to this module. Swapping
changes what is suggested if the shared splitter cuts sentences elsewhere: compare
``python bench/figures.py`` before and after.
"""

from __future__ import annotations

import re
from decimal import Decimal

# A sentence ends after . ! ? … (and closing quotes or brackets) before a capital or digit, at a blank line, at a
# line break before a capital, and before a bullet.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])|\s*(?=[•▪●■‣◦]\s)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding ``text[start:end]``.

    >>> text = "First one. Some 30 defectors face repatriation. Next."
    >>> left, right = sentence_bounds(text, 16, 18)
    >>> text[left:right]
    'Some 30 defectors face repatriation.'
    """
    left, right = 0, len(text)
    for match in SENTENCE_END.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def sentence_breaks(text: str) -> list[tuple[int, int]]:
    """Return the spans between sentences (the whitespace and bullets that end one and open the next).

    >>> sentence_breaks("First one. Some 30 defectors. Next.")
    [(10, 11), (29, 30)]
    """
    return [match.span() for match in SENTENCE_END.finditer(text)]


def format_number(number: Decimal | None) -> str:
    """Return a number as the suggester's reasons show it ("open" for an open end).

    >>> format_number(Decimal("2000.00")), format_number(Decimal("0.5")), format_number(None)
    ('2,000', '0.5', 'open')
    """
    if number is None:
        return "open"
    return f"{number.normalize():,f}"
