"""Issue 13, item 15: a hedge glued to a dash or other punctuation before it ("—about 2,000") keeps its qualifier."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract_claims

D = Decimal

# (text, quote, low, high, qualifier)
ROWS: list[tuple[str, str, Decimal | None, Decimal | None, str]] = [
    ("The camps held—about 2,000 people.", "about 2,000", D(2000), D(2000), "approximate"),
    ("The camps held –about 2,000 people.", "about 2,000", D(2000), D(2000), "approximate"),
    ("The camps held--about 2,000 people.", "about 2,000", D(2000), D(2000), "approximate"),
    ("The camps held—as many as 2,000 people.", "as many as 2,000", None, D(2000), "at_most"),
    ("The camps held—at least 37 people.", "at least 37", D(37), None, "at_least"),
    ("The camps held…roughly 30 people.", "roughly 30", D(30), D(30), "approximate"),
    ("The camps held—reportedly as many as 2,000 people.", "reportedly as many as 2,000", None, D(2000), "at_most"),
    ("The camps held—within about 160 people.", "within about 160", None, D(160), "at_most"),
    ("Two counts/about 40 people each.", "about 40", D(40), D(40), "approximate"),
    # unchanged: the dash is not a hedge, and a hedge with a blank before it reads as before
    ("The camps held—2,000 people.", "2,000", D(2000), D(2000), "exact"),
    ("The camps held about 2,000 people.", "about 2,000", D(2000), D(2000), "approximate"),
    ("The camps held (about 2,000) people.", "about 2,000", D(2000), D(2000), "approximate"),
]


@pytest.mark.parametrize(("text", "quote", "low", "high", "qualifier"), ROWS)
def test_hedge_glued_after_punctuation(text, quote, low, high, qualifier):
    """Issue 13, item 15: the hedge's left boundary skips a dash, ellipsis, slash or bracket glued before it."""
    claims = [claim for claim in extract_claims(text) if quote.split()[-1] in claim.quote]
    assert len(claims) == 1, [claim.quote for claim in extract_claims(text)]
    claim = claims[0]
    assert (claim.quote, claim.low, claim.high, claim.qualifier) == (quote, low, high, qualifier)
    assert text[claim.start : claim.end] == quote
