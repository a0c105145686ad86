"""The words and lines around a position in the text, read in bounded windows."""

from __future__ import annotations

import re

from .vocabulary import HEDGE_WORDS_MAX, OPENERS, WS

NEXT_WORD = re.compile(r"(?:" + WS + r"{1,3}|\r?\n)([A-Za-z][A-Za-z'’-]*)")
NEXT_WORDS = re.compile(
    r"(?:(?:" + WS + r"{1,3}|\r?\n)(?:[A-Z](?:\.[A-Z])+\.?|[A-Za-z][A-Za-z'’-]*(?:(?<=-)[0-9]{1,4}[A-Za-z]{0,2})?"
    r"(?:-[A-Za-z][A-Za-z'’-]*)?)){1,6}"
)
HYPHEN_WORD = re.compile(r"[-‐]([A-Za-z][A-Za-z]*)((?:-[A-Za-z]+){0,3})")
WORD_SPLIT = re.compile(r"[A-Za-z][A-Za-z-]*")
LINE_JUNK = " \t\u00a0•·*-–—+−|>"
_WORDISH = re.compile(r"[A-Za-z#][\w.'’-]{0,20}")

_LEFT_CACHE: tuple[str, int, int, list[tuple[str, int]]] = ("", -1, 0, [])
# Enough tokens for the longest hedge, a bound hedge before it ("within about") and "reportedly".
LEFT_COUNT = max(5, HEDGE_WORDS_MAX + 2)


def left_tokens(text: str, s: int, count: int = LEFT_COUNT) -> list[tuple[str, int]]:
    """Return up to ``count`` blank-separated tokens that end right before ``s``, with their offsets.

    >>> left_tokens("killed at least 37", 16)
    [('killed', 0), ('at', 7), ('least', 10)]
    """
    global _LEFT_CACHE
    cached = _LEFT_CACHE
    if cached[1] == s and cached[0] is text and cached[2] == count:
        return cached[3]
    lo = max(0, s - (48 if count <= 5 else 10 * count))
    chunk = text[lo:s]
    toks = chunk.rsplit(None, count)
    if len(toks) == count + 1 or (lo > 0 and toks and not chunk[0].isspace()):
        toks = toks[1:]
    out: list[tuple[str, int]] = []
    pos = len(chunk)
    for tok in reversed(toks):
        i = chunk.rfind(tok, 0, pos)
        out.append((tok, lo + i))
        pos = i
    out.reverse()
    _LEFT_CACHE = (text, s, count, out)
    return out


def prev_word(text: str, s: int) -> str:
    """Return the word-like token right before ``s`` after a blank, or "".

    >>> prev_word("Boeing 737", 7), prev_word("x-737", 2)
    ('Boeing', '')
    """
    if s < 2 or not text[s - 1].isspace():
        return ""
    toks = text[max(0, s - 24) : s].rsplit(None, 1)
    if not toks:
        return ""
    tok = toks[-1]
    if len(toks) == 1 and s > 24:
        return ""
    if tok[0] in OPENERS:
        # "“Section 230": an opening quote or bracket does not hide the word.
        tok = tok.lstrip(OPENERS)
        if not tok:
            return ""
    return tok if _WORDISH.fullmatch(tok) else ""


def last_left_word(text: str, s: int) -> str:
    """Return the lower-cased token right before ``s`` (glued or blank-separated), stripped of punctuation.

    >>> last_left_word("killed (Some", 12)
    'some'
    """
    toks = text[max(0, s - 24) : s].rsplit(None, 1)
    return toks[-1].lower().strip("-‐(\"“‘'[,") if toks else ""


def at_line_start(text: str, s: int) -> bool:
    """Return whether only a few blanks stand between the last line break and ``s``.

    >>> at_line_start("a\\n  7 b", 4), at_line_start("a 7", 2)
    (True, False)
    """
    i = s - 1
    while i >= 0 and i > s - 8 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def line_bounds(text: str, s: int, e: int, reach: int) -> tuple[int, int] | None:
    """Return the bounds of the line around [s, e) when it is at most ``reach`` characters each side.

    >>> line_bounds("ab\\ncd 7 ef\\ngh", 6, 7, 10)
    (3, 10)
    """
    lo = text.rfind("\n", max(0, s - reach), s)
    if lo < 0 and s > reach:
        return None
    hi = text.find("\n", e, e + reach)
    if hi < 0:
        if e + reach < len(text):
            return None
        hi = len(text)
    return lo + 1, hi


def may_end_with(text: str, lo: int, end: int, words: tuple[str, ...], fold: bool = False, quote: bool = False) -> bool:
    """Whether [lo, end) may end in one of ``words`` and blanks (then an opening quotation mark, if ``quote``).

    A test, in string methods, before the search of a pattern whose match ends so at ``end``: such a pattern
    starts with a look-behind, and the search would try it at every position of the window. It says False only
    where the pattern cannot match; ``fold`` for a pattern that ignores case, which the test then does on ASCII
    text only (a curly apostrophe read as a straight one), else it says True.

    >>> may_end_with("a stadium built for 80", 0, 20, ("for",)), may_end_with("the 80", 0, 4, ("for",))
    (True, False)
    """
    window = text[lo:end]
    if quote and window.endswith(('"', "“", "‘")):
        window = window[:-1]
    word = window.rstrip(" \t\u00a0")
    if len(word) == len(window):
        return False
    if not fold:
        return word.endswith(words)
    tail = word[-max(map(len, words)) :]
    if not tail.isascii():
        tail = tail.replace("’", "'")
        if not tail.isascii():
            return True
    return tail.lower().endswith(words)
