"""Re-anchor a claim's quote in a changed text (pure Python, no Django).

A claim keeps its quote, a short prefix and suffix (the W3C TextQuoteSelector) and its
old offsets. In the new text it is anchored where the quote occurs with the best
matching context, nearest its old position; when the quote no longer occurs at all
it is an orphan: it is kept, never dropped, and an editor decides.
"""
from __future__ import annotations

import dataclasses
import os

ANCHORED = "anchored"
MOVED = "moved"
ORPHANED = "orphaned"


@dataclasses.dataclass(frozen=True)
class Anchoring:
    status: str
    start: int | None = None
    end: int | None = None
    distance: int | None = None


def common_suffix_length(a: str, b: str) -> int:
    """Return how many characters ``a`` and ``b`` share at their ends.

    >>> common_suffix_length("the 54", "of 54")
    3
    """
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """Return how many characters of prefix and suffix agree around ``text[start:end]``."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return common_suffix_length(before, prefix) + len(os.path.commonprefix([after, suffix]))


def find_occurrences(text: str, quote: str) -> list[int]:
    """Return every start offset of ``quote`` in ``text``, overlapping ones included.

    >>> find_occurrences("2,000 and 2,000", "2,000")
    [0, 10]
    """
    found = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def anchor_quote(text: str, quote: str, prefix: str, suffix: str, old_start: int) -> Anchoring:
    """Return where ``quote`` belongs in ``text``: anchored in place, moved, or orphaned.

    >>> anchor_quote("Some 2,000 people", "2,000", "Some ", " people", 5)
    Anchoring(status='anchored', start=5, end=10, distance=None)
    >>> anchor_quote("New lead. Some 2,000 people", "2,000", "Some ", " people", 5)
    Anchoring(status='moved', start=15, end=20, distance=0)
    >>> anchor_quote("Some 3,000 people", "2,000", "Some ", " people", 5).status
    'orphaned'
    """
    candidates = find_occurrences(text, quote)
    if not candidates:
        return Anchoring(ORPHANED)
    best = max(
        candidates,
        key=lambda at: (context_score(text, at, at + len(quote), prefix, suffix), -abs(at - old_start)),
    )
    if best == old_start:
        return Anchoring(ANCHORED, best, best + len(quote))
    return Anchoring(MOVED, best, best + len(quote), 0)
