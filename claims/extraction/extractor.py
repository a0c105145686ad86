"""Find numeric claims in plain text: one regex scan for candidates, bounded windows around each.

The scan finds digits and number words; ``digits`` and ``words`` read each candidate with
what belongs to it (money, units, counted nouns) or drop it (``exclusions``, ``chrome``);
``pairs`` joins neighbours into ranges, scores and ratios, and ``finish`` adds qualifiers
and attribution. Every window is bounded, so the whole pass is linear in the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from operator import attrgetter

from .atom import Atom
from .digits import read_digits
from .exclusions import DATE_CHAIN
from .framing import frame
from .model import ExtractedClaim
from .numerals import DIGITS_AFTER_FIRST
from .pairs import combine
from .units import inherit_units
from .vocabulary import NUMBER_WORDS, SCALE_WORDS, VAGUE_HEADS, trie_pattern
from .words import read_words

__all__ = ["extract_claims"]

_BY_SPAN = attrgetter("start", "end")

_TRIGGER_WORDS = sorted(set(NUMBER_WORDS) | set(SCALE_WORDS) | {"dozen"} | set(VAGUE_HEADS))


def _build_digits() -> re.Pattern[str]:
    # Every branch starts with a literal so that the regex engine skips ahead by its first-character set.
    branches = []
    for d in "0123456789":
        branches.append(d + r"(?<![\w.,]" + d + r")" + DIGITS_AFTER_FIRST)
    # ".001 per cent": a decimal written without its leading zero.
    branches.append(r"\.(?<![\w.,]\.)[0-9]{1,20}(?![0-9]|[.,][0-9])")
    return re.compile("|".join(branches))


def _word_branches() -> str:
    # The words share a trie, one branch per first letter, so each position tries few alternatives.
    groups: dict[str, list[str]] = defaultdict(list)
    for w in _TRIGGER_WORDS:
        groups[w[0]].append(w[1:])
    return "|".join(f"[{first}{first.upper()}]" + trie_pattern(rests) for first, rests in sorted(groups.items()))


# Digits, and number words: two scans. One scan for both stops at every letter a number word can
# start with, inside words too (half the characters of prose); the words' scan stops only after a
# character that is no letter, where a word can start, and reads the word as group 1.
_DIGITS = _build_digits()
_WORDS = re.compile(r"[^A-Za-z](" + _word_branches() + r")(?![A-Za-z])")
_WORD_AT_START = re.compile(r"(?:" + _word_branches() + r")(?![A-Za-z])")


def _candidates(text: str) -> list[tuple[int, int]]:
    """Return the spans of digits and number words in ``text``, in order (the two kinds never overlap).

    >>> _candidates("Two said 30 or forty-one, not 5th.")
    [(0, 3), (9, 11), (15, 20), (21, 24), (30, 31)]
    """
    spans = [m.span() for m in _DIGITS.finditer(text)]
    first = _WORD_AT_START.match(text)
    if first is not None:
        spans.append(first.span())
    spans.extend(m.span(1) for m in _WORDS.finditer(text))
    # Two sorted runs: the sort merges them in linear time.
    spans.sort()
    return spans


def extract_claims(text: str, published: date | None = None) -> list[ExtractedClaim]:
    """Return the numeric claims in ``text``, sorted by start offset.

    ``published`` is the publication date, against which the context resolves relative
    times ("last month").

    >>> [c.quote for c in extract_claims("Some 30 defectors were caught on Oct. 8, 2023.")]
    ['Some 30']
    >>> c = extract_claims("as many as 2,000 people")[0]
    >>> (c.quote, c.low, c.high, c.qualifier, c.unit)
    ('as many as 2,000', None, Decimal('2000'), 'at_most', 'person')
    >>> [c.unit for c in extract_claims("It destroyed 2,841 houses and damaged another 10,100.")]
    ['house', 'house']
    """
    if not text:
        return []
    atoms = _read_atoms(text)
    claims = combine(text, atoms)
    claims.sort(key=_BY_SPAN)
    inherit_units(text, claims)
    return frame(text, claims, published)


def _read_atoms(text: str) -> list[Atom]:
    """Return every number read in ``text``, in order, each candidate read once."""
    atoms: list[Atom] = []
    consumed = 0
    n = len(text)
    for s, e in _candidates(text):
        if s < consumed:
            continue
        if text[s].isdigit() or text[s] == ".":
            if e < n and text[e].isdigit():
                consumed = e
                continue
            if text[e : e + 1] in ("-", "/", "."):
                chain = DATE_CHAIN.match(text, s)
                if chain is not None:
                    consumed = chain.end()
                    continue
            atom, consumed_to = read_digits(text, s, e)
        else:
            atom, consumed_to = read_words(text, s, e)
        consumed = max(consumed, consumed_to)
        if atom is not None:
            atoms.append(atom)
    return atoms
