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

from .vocabulary import LEX, MONTHS, TIME_ZONES, WEEKDAYS, WS
from .words_around import is_table_text

__all__ = [
    "SENTENCE_BREAK",
    "SENTENCE_REACH",
    "SentenceIndex",
    "attribution_window",
    "has_sentence_end",
    "is_sentence_start",
    "sentence_around",
    "sentence_bounds",
    "sentence_breaks",
    "sentence_end_after",
    "sentence_head",
]

# A whole text's sentence breaks (the match is the gap between two sentences).
SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])|\s*(?=[•▪●■‣◦]\s)"
)
# Where a break may be (cheap to find: one character class), checked with SENTENCE_BREAK.
_STOP = re.compile(r"[.!?…\n•▪●■‣◦]")
# A bullet, which may open a break anywhere before it (``sentence_breaks``).
_BULLET = re.compile(r"[•▪●■‣◦]")
# Words whose stop ends no sentence ("Mr. Kim", "U.N. officials"), lower-cased, without their stop.
_ABBREVIATIONS = frozenset(w.lower() for w in LEX["abbreviations"])
# A clock time's stop ("8 a.m.") ends no sentence before the day, date or zone that goes on the time
# ("in the 24 hours to 8 a.m. Wednesday", "at 6 p.m. March 3", "at 9 a.m. GMT"); before any other word it may.
_CLOCK = frozenset(("a.m", "p.m"))
_CLOCK_GOES_ON = re.compile(
    r"[ \t\u00a0]+(?:(?:"
    + "|".join(sorted(WEEKDAYS))
    + r")(?![\w'’-])|(?:"
    + "|".join(sorted(MONTHS))
    + r")\.?[ \t\u00a0]+[0-9]"
    r"|(?:" + "|".join(TIME_ZONES) + r")(?![\w'’-]))",
    re.IGNORECASE,
)
# How far the extractor looks each side of a number for its sentence.
SENTENCE_REACH = 400
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
    if _BULLET.search(text):
        return [match.span() for match in SENTENCE_BREAK.finditer(text)]
    # With no bullet, a break starts only right after a stop or at a line feed (``_STOP``): only those are tried, in
    # order, as ``finditer`` would find them (a break is never empty), instead of every character of the text.
    breaks = []
    reached = 0
    for stop in _STOP.finditer(text):
        at = stop.start() if stop.group() == "\n" else stop.end()
        if at >= reached:
            match = SENTENCE_BREAK.match(text, at)
            if match is not None:
                breaks.append(match.span())
                reached = match.end()
    return breaks


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

    def follows(self, text: str, left: int) -> int:
        """Return where the sentence before the one opening at ``left`` opens, or -1 when none is before it in its
        paragraph (the break between them holds a line break, or it opens the text).

        >>> text = "First one. Some 30 defectors.\\n\\nNext one. Last."
        >>> index = SentenceIndex(text)
        >>> index.follows(text, 11), index.follows(text, 31), index.follows(text, 41), index.follows(text, 0)
        (0, -1, 31, -1)
        """
        at = bisect.bisect_right(self.ends, left) - 1
        if at < 0 or self.ends[at] != left or "\n" in text[self.starts[at] : left]:
            return -1
        return self.ends[at - 1] if at > 0 else 0


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


def sentence_end_after(text: str, start: int) -> int:
    """Return where the first sentence end at or after ``start`` (as ``has_sentence_end`` sees one) ends, or -1.

    >>> sentence_end_after("5 6\\n7 8", 0), sentence_end_after("5 6 7", 0)
    (4, -1)
    """
    m = _END_NEAR.search(text, start)
    return -1 if m is None else m.end()


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


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return whether the stop at ``dot`` ends an abbreviation ("Mr.", "U.N.", "Gen.") rather than a sentence."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    blank = text.rfind(" ", max(0, dot - 9), dot)
    word = text[blank + 1 if blank >= 0 else max(0, dot - 9) : dot].lstrip("(\"“‘'[")
    if len(word) == 1:
        return word.isupper()
    if word.lower() in _CLOCK:
        return _CLOCK_GOES_ON.match(text, dot + 1) is not None
    return word.lower() in _ABBREVIATIONS or (
        len(word) < 8 and word.count(".") >= 1 and word.replace(".", "").isupper()
    )


def _break_at(text: str, p: int) -> tuple[int, int] | None:
    """Return the sentence break that the stop character at ``p`` starts, or None."""
    ch = text[p]
    if ch in ".!?…":
        if ch == "." and _is_abbreviation(text, p):
            return None
        m = SENTENCE_BREAK.match(text, p + 1)
    elif ch == "\n":
        m = SENTENCE_BREAK.match(text, p)
    else:
        # A bullet: the break is the blank before it.
        q = p
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        m = SENTENCE_BREAK.match(text, q)
    if m is None or m.end() == m.start():
        return None if ch in ".!?…\n" or m is None else (m.start(), p)
    return m.span()


def sentence_around(text: str, start: int, end: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
    """Return the bounds of the sentence holding [start, end), looking at most ``reach`` each side.

    Breaks are those of ``SENTENCE_BREAK``, except after an abbreviation ("Mr.", "U.N.");
    a sentence longer than the reach is cut at the blank nearest the reach.

    >>> text = "Up. The U.N. said 30 died on Monday. Next one."
    >>> s, e = sentence_around(text, 18, 20)
    >>> text[s:e]
    'The U.N. said 30 died on Monday.'
    """
    n = len(text)
    lo = max(0, start - reach)
    hi = min(n, end + reach)
    if is_table_text(text, max(0, lo - 1), hi + 1):
        # The blanks at the reach, seen whole (a break's blanks may run past it).
        blanks = _BLANKS.match(text, hi)
        past = blanks.end() if blanks is not None else hi
        if past >= n or text[past].isdigit():
            # A table of numbers, up to a digit past the reach: its only breaks are blank lines.
            return _table_sentence_around(text, start, end, lo, hi, past)
    left = -1
    stops = [m.start() for m in _STOP.finditer(text, lo, start)]
    for p in reversed(stops):
        br = _break_at(text, p)
        if br is not None and br[1] <= start:
            left = br[1]
            break
    if left < 0:
        left = 0 if lo == 0 else text.find(" ", lo, start) + 1 or lo
    right = -1
    for m in _STOP.finditer(text, end, hi):
        br = _break_at(text, m.start())
        if br is not None:
            right = br[0]
            break
    if right < 0:
        # No break within reach: cut at the last blank, or at the reach itself in text without blanks.
        blank = text.rfind(" ", end, hi)
        right = n if hi == n else (blank if blank > end else hi)
    return left, right


def _table_sentence_around(text: str, start: int, end: int, lo: int, hi: int, past: int) -> tuple[int, int]:
    """Return ``sentence_around``'s bounds for [start, end) where [lo - 1, past] holds only digits and blanks.

    There no stop, capital, quote or bullet can make a break, so a sentence ends only at a blank
    line (``SENTENCE_BREAK``'s line feed, blanks and line feed); ``past``, where the blanks at the
    reach ``hi`` end, is a digit or the text's end, so the blank line at the reach is seen whole.

    >>> text = "1 2\\n \\n3 4 5\\n6\\n\\n7"
    >>> _table_sentence_around(text, 8, 9, 0, 15, 15) == sentence_around(text, 8, 9, 400) == (6, 13)
    True
    """
    left = -1
    for m in _BLANK_LINE.finditer(text, lo, start):
        left = m.start()
    if left >= 0:
        # The break's end: past the last line feed of its blanks (they end before the number).
        blanks = _BLANKS.match(text, left)
        assert blanks is not None
        left = text.rfind("\n", left, blanks.end()) + 1
    else:
        left = 0 if lo == 0 else text.find(" ", lo, start) + 1 or lo
    after = _BLANK_LINE.search(text, end, past)
    if after is not None and after.start() < hi:
        return left, after.start()
    if hi == len(text):
        return left, hi
    blank = text.rfind(" ", end, hi)
    return left, blank if blank > end else hi


# Two line feeds with blanks between: the one break in a table of numbers.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_BLANKS = re.compile(r"[ \t\r\n]*")
