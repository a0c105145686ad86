"""Find numeric claims in plain text: one regex scan for candidates, bounded windows around each.

The scan finds digits and number words; ``digits`` and ``words`` read each candidate with
what belongs to it (money, units, counted nouns) or drop it (``exclusions``, ``chrome``);
``pairs`` joins neighbours into ranges, scores and ratios, and ``finish`` adds qualifiers
and attribution. Every window is bounded, so the whole pass is linear in the text.
"""

from __future__ import annotations

import re
from datetime import date
from operator import attrgetter

from .atom import Atom
from .digits import read_digits, read_run
from .exclusions import DATE_CHAIN
from .framing import frame
from .model import ExtractedClaim
from .numerals import DIGITS_AFTER_FIRST
from .pairs import combine
from .runs import FramedRun, Run
from .units import inherit_units, restated_units
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


# Digits, and number words: two scans. One scan for both stops at every letter a number word can
# start with, inside words too (half the characters of prose); the words' scan stops only after a
# character that is no letter, where a word can start, and reads the word as group 1.
_DIGITS = _build_digits()
# The look-ahead for a word's first letter fails at once where none starts (digits, blanks: a table).
_FIRST_LETTERS = "".join(sorted({w[0] for w in _TRIGGER_WORDS} | {w[0].upper() for w in _TRIGGER_WORDS}))
# The words share one trie, so each position tries few alternatives.
_TRIGGER_TRIE = trie_pattern(_TRIGGER_WORDS)
_WORDS = re.compile(r"[^A-Za-z](?=[" + _FIRST_LETTERS + r"])(" + _TRIGGER_TRIE + r")(?![A-Za-z])")
_WORD_AT_START = re.compile(_TRIGGER_TRIE + r"(?![A-Za-z])")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of number words in ``text``, in order.

    >>> _word_spans("Two said 30 or forty-one, not 5th.")
    [(0, 3), (15, 20), (21, 24)]
    """
    spans = []
    first = _WORD_AT_START.match(text)
    if first is not None:
        spans.append(first.span())
    spans.extend(m.span(1) for m in _WORDS.finditer(text))
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
    claims: list[ExtractedClaim] = []
    for item in extract_items(text, published):
        if isinstance(item, FramedRun):
            claims.extend(item.claims())
        else:
            claims.append(item)
    return claims


def extract_items(text: str, published: date | None = None, *, runs: bool = True) -> list[ExtractedClaim | FramedRun]:
    """Return the claims of ``extract_claims``, a table's runs of bare numbers kept whole as ``FramedRun`` pieces.

    The command line writes a piece's lines from one template; ``extract_claims`` expands them.
    ``runs=False`` reads every number one by one, the path a run stands for (the tests hold the two
    to the same claims).
    """
    if not text:
        return []
    atoms = _read_atoms(text, runs)
    claims = combine(text, atoms)
    claims.sort(key=_BY_SPAN)
    claims = restated_units(text, inherit_units(text, claims))
    return frame(text, claims, published)


def _read_atoms(text: str, runs: bool = True) -> list[Atom | Run]:
    """Return every number read in ``text``, in order, each candidate read once; a table's bare numbers as runs.

    The digits are scanned as reading goes, so that the scan skips a run read at once; a run
    stands only between bare numbers or at an end (the numbers next to another are read one
    by one, as pairs may join them).
    """
    atoms: list[Atom | Run] = []
    consumed = 0
    n = len(text)
    words = _word_spans(text)
    w = 0
    nw = len(words)
    search = _DIGITS.search
    m = search(text)
    while m is not None or w < nw:
        if m is not None and (w == nw or m.start() < words[w][0]):
            s, e = m.span()
            m = search(text, e)
            if s < consumed:
                continue
            if e < n and text[e].isdigit():
                consumed = e
                continue
            if text[e : e + 1] in ("-", "/", "."):
                chain = DATE_CHAIN.match(text, s)
                if chain is not None:
                    consumed = chain.end()
                    continue
            atom, consumed_to = read_digits(text, s, e)
            if runs and atom is not None and atom.bare:
                starts, quotes, after, resume, run_consumed = read_run(text, atom)
                if len(starts) > 1:
                    m = search(text, resume)
                    consumed = max(consumed, run_consumed)
                    _append_run(atoms, Run(text, starts, quotes), atom)
                    if after is not None:
                        _append(atoms, after)
                    continue
                # No run: the numbers after this one are read by the scan, as they come.
        else:
            s, e = words[w]
            w += 1
            if s < consumed:
                continue
            atom, consumed_to = read_words(text, s, e)
        consumed = max(consumed, consumed_to)
        if atom is not None:
            _append(atoms, atom)
    return atoms


def _append(atoms: list[Atom | Run], atom: Atom) -> None:
    """Append ``atom``; a run before a number that is no bare one gives up its last number to be read with it."""
    if not atom.bare and atoms:
        run = atoms[-1]
        if isinstance(run, Run):
            last = run.pop()
            if len(run) == 1:
                atoms[-1] = run.atom(0)
            atoms.append(last)
    atoms.append(atom)


def _append_run(atoms: list[Atom | Run], run: Run, first: Atom) -> None:
    """Append ``run``, whose first number is ``first``; after a number that is no bare one, that number stays apart."""
    if atoms and not atoms[-1].bare:
        atoms.append(first)
        if len(run) == 2:
            atoms.append(run.atom(1))
            return
        _, rest = run.split(1)
        assert rest is not None
        run = rest
    atoms.append(run)
