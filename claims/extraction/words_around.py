"""The words of one sentence with their offsets, read once and shared by the readers of a claim's context."""

from __future__ import annotations

import re

from .vocabulary import NUMBER_WORDS, SCALE_WORDS, VAGUE_HEADS

__all__ = ["REACH", "Word", "bag_of_words", "clip", "is_table_text", "words_in"]

# A word (letters and digits with inner hyphens, apostrophes, and stops or commas between
# characters: "U.N", "2,000", "Kim's") or one mark of punctuation.
_WORD = re.compile(r"[^\W_][\w'’&-]*(?:[.,][^\W_][\w'’&-]*)*|[^\w\s]")
# How far the readers of a claim's context look each side of it, inside its sentence.
REACH = 120
# Punctuation read as blanks when a window is turned into a bag of words (apostrophes and hyphens stay).
_BAG_WORD = re.compile(r"[^\W_][\w'’-]*")
_BAG_WORD_ASCII = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_'-]*")
# What a table of bare numbers is written with: ASCII digits and blanks.
_TABLE_CHARACTERS = "0123456789 \t\n\r"
_DIGITS_AND_BLANKS = re.compile(f"[{_TABLE_CHARACTERS}]*")
_NUMBERISH = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(VAGUE_HEADS) | {"dozen"}


class Word(tuple[str, str, int, int]):
    """One word of a sentence: as written, lower-cased, and its span (a tuple, cheap to make)."""

    __slots__ = ()

    @property
    def word(self) -> str:
        """Return the word as written."""
        return self[0]

    @property
    def lower(self) -> str:
        """Return the word lower-cased."""
        return self[1]

    @property
    def start(self) -> int:
        """Return where the word starts in the text."""
        return self[2]

    @property
    def end(self) -> int:
        """Return where the word ends in the text."""
        return self[3]

    @property
    def is_number(self) -> bool:
        """Return whether the word is a number in digits or words."""
        return self[0][0].isdigit() or self[1] in _NUMBERISH


_new = tuple.__new__


_CACHE: tuple[str, int, int, list[Word]] = ("", -1, -1, [])


def words_in(text: str, lo: int, hi: int) -> list[Word]:
    """Return the words and marks of ``text[lo:hi]`` in order; the last call's answer is reused.

    >>> [w.word for w in words_in("The U.N. said 2,000 fled.", 0, 25)]
    ['The', 'U.N', '.', 'said', '2,000', 'fled', '.']
    """
    global _CACHE
    cached = _CACHE
    if cached[0] is text and cached[1] == lo and cached[2] == hi:
        return cached[3]
    low = text[lo:hi].lower()
    if len(low) == hi - lo:
        out = [
            _new(Word, (m.group(), low[m.start() - lo : m.end() - lo], m.start(), m.end()))
            for m in _WORD.finditer(text, lo, hi)
        ]
    else:
        out = [_new(Word, (m.group(), m.group().lower(), m.start(), m.end())) for m in _WORD.finditer(text, lo, hi)]
    _CACHE = (text, lo, hi, out)
    return out


def clip(text: str, start: int, end: int, lo: int, hi: int, reach: int = REACH) -> tuple[int, int]:
    """Return the part of the sentence [lo, hi) within ``reach`` of [start, end), cut at blanks, never mid-word.

    >>> t = "one two three 30 four five six"
    >>> a, b = clip(t, 14, 16, 0, len(t), reach=6)
    >>> t[a:b]
    'three 30 four'
    """
    a = lo
    if start - lo > reach:
        a = text.find(" ", start - reach - 1, start) + 1 or start
    b = hi
    if hi - end > reach:
        cut = text.rfind(" ", end, end + reach + 1)
        b = cut if cut >= 0 else end
    return a, b


def is_table_text(text: str, a: int, b: int) -> bool:
    """Return whether ``text[a:b]`` holds only ASCII digits and blanks, as a table of bare numbers does.

    >>> is_table_text("1993 5 6  7", 0, 11), is_table_text("5 km", 0, 4)
    (True, False)
    """
    global _TABLE
    if a < b and text[a] not in _TABLE_CHARACTERS:
        # Prose fails at a glance, without a regex call.
        return False
    table_text, lo, hi = _TABLE
    if table_text is text and lo <= a and b <= hi:
        return True
    if _DIGITS_AND_BLANKS.fullmatch(text, a, b) is None:
        return False
    # The windows of a table's numbers overlap and move on: remember the stretch, some way past ``b``.
    more = _DIGITS_AND_BLANKS.match(text, b, b + 2048)
    _TABLE = (text, a, more.end() if more is not None else b)
    return True


# The last stretch found to hold only digits and blanks: (text, start, end).
_TABLE: tuple[str, int, int] = ("", 0, -1)


def bag_of_words(text: str, a: int, b: int) -> frozenset[str]:
    """Return the lower-cased words of ``text[a:b]`` as a set, punctuation dropped: a cheap test for cue words.

    >>> sorted(bag_of_words("Police said, “30 died.”", 0, 23))
    ['30', 'died', 'police', 'said']
    """
    low = text[a:b].lower()
    if not low.isascii():
        return frozenset(_BAG_WORD.findall(low))
    if _DIGITS_AND_BLANKS.fullmatch(low) is not None:
        # A table of numbers: its words are what the blanks part.
        return frozenset(low.split())
    # On ASCII text the same words by plain character classes, which the regex engine tests at a glance.
    return frozenset(_BAG_WORD_ASCII.findall(low))
