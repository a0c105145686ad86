"""Where sentences start and end: the one sentence splitter for the extractor and the figures.

Two grains are offered. ``sentence_bounds`` and ``SentenceIndex`` cut a whole text into
sentences (a stop followed by a capital or digit, a blank line, a line that opens with a
capital, or a bullet), for grouping claims by the sentence they stand in. The extractor's
helpers look only a bounded window back or ahead from a number (they must stay linear in
the text) and treat ". ", "!", "?" and line breaks as ends.
"""

from __future__ import annotations

import bisect
import re

from .vocabulary import WS

__all__ = [
    "SENTENCE_BREAK",
    "SentenceIndex",
    "attribution_window",
    "has_sentence_end",
    "is_sentence_start",
    "sentence_bounds",
    "sentence_breaks",
    "sentence_head",
]

# A whole text's sentence breaks (the match is the gap between two sentences).
SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])|\s*(?=[•▪●■‣◦]\s)"
)
# A sentence end as the extractor sees it near a number.
_END_NEAR = re.compile(r"[.!?][”\"’']?(?:" + WS + r"|\n)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding ``text[start:end]``.

    >>> text = "First one. Some 30 defectors face repatriation. Next."
    >>> left, right = sentence_bounds(text, 16, 18)
    >>> text[left:right]
    'Some 30 defectors face repatriation.'
    """
    left, right = 0, len(text)
    for match in SENTENCE_BREAK.finditer(text):
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
    return [match.span() for match in SENTENCE_BREAK.finditer(text)]


class SentenceIndex:
    """The sentence breaks of one text, found once, for many ``bounds`` look-ups in log time.

    >>> text = "First one. Some 30 defectors face repatriation. Next."
    >>> SentenceIndex(text).bounds(16, 18) == sentence_bounds(text, 16, 18)
    True
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        breaks = sentence_breaks(text)
        self.ends = [end for _, end in breaks]
        self.starts = [start for start, _ in breaks]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the bounds of the sentence holding the span [start, end)."""
        at = bisect.bisect_right(self.ends, start) - 1
        left = self.ends[at] if at >= 0 else 0
        after = bisect.bisect_left(self.starts, end)
        right = self.starts[after] if after < len(self.starts) else self.length
        return left, right


def is_sentence_start(text: str, s: int) -> bool:
    """Return whether ``s`` opens a sentence: only blanks, quotes or a bracket after a stop, colon or line break.

    >>> is_sentence_start("He left. “Three", 10), is_sentence_start("the Three", 4)
    (True, False)
    """
    i = s - 1
    while i >= 0 and i > s - 6 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def has_sentence_end(text: str, start: int, end: int) -> bool:
    """Return whether a sentence ends (a stop and a blank, or a line break) inside [start, end).

    >>> has_sentence_end("37 died. Then 40", 2, 14), has_sentence_end("37 and 40", 2, 7)
    (True, False)
    """
    return _END_NEAR.search(text, start, end) is not None


def sentence_head(text: str, s: int, reach: int, lines: bool = True) -> str:
    """Return the text from the start of the sentence holding ``s`` up to ``s``, looking back at most ``reach``.

    A sentence starts after ". " or, when ``lines``, after a line break.

    >>> sentence_head("Rates fell. The number of defectors fell to 196", 44, 120)
    ' The number of defectors fell to '
    """
    left = text[max(0, s - reach) : s]
    cut = left.rfind(". ")
    if lines:
        cut = max(cut, left.rfind("\n"))
    return left[cut + 1 :]


def attribution_window(text: str, start: int, end: int, reach: int = 160) -> tuple[str, str]:
    """Return the sentence's text before and after a span, within ``reach``; "U.N. said" is no sentence end.

    >>> attribution_window("Up. The U.N. said 30 died. Next.", 18, 20)
    (' The U.N. said ', ' died.')
    """
    left = text[max(0, start - reach) : start]
    cut = left.rfind(". ")
    while cut > 0 and left[cut - 1].isupper():
        # "U.N. said": an abbreviation, not a sentence end.
        cut = left.rfind(". ", 0, cut)
    cut = max(cut, left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1 :]
    right = text[end : end + reach]
    cut = right.find(". ")
    while cut > 0 and right[cut - 1].isupper():
        cut = right.find(". ", cut + 2)
    if cut >= 0:
        right = right[: cut + 1]
    nl = right.find("\n")
    if nl >= 0:
        right = right[:nl]
    return left, right
