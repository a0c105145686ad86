"""Reading one claim out of an invented sentence, for the extractor's table tests."""

from __future__ import annotations

from datetime import date

from claims.extraction import ExtractedClaim, extract_claims

# A Thursday: weekdays resolve to the latest such day on or before it.
PUBLISHED = date(2024, 3, 14)
# The weekdays before it, as the tests' sentences name them (PUBLISHED is a Thursday).
WEDNESDAY, TUESDAY, MONDAY = date(2024, 3, 13), date(2024, 3, 12), date(2024, 3, 11)


def claim_at(text: str, quote: str, published: date | None = PUBLISHED) -> ExtractedClaim:
    """Return the claim whose quote holds ``quote``."""
    found = [c for c in extract_claims(text, published) if quote in c.quote]
    assert found, f"no claim for {quote!r} in {[c.quote for c in extract_claims(text, published)]}"
    return found[0]
