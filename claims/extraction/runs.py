"""A table's run of bare numbers, carried as one record from reading to output.

A table of numbers ("5 5 5 ...") holds a claim every few characters, and each of them is
exact, with no unit, noun, source, hedge, subject or place of its own (``digits._is_bare``):
only its span, its digits and the period nearest it in its sentence. ``digits`` reads such
a stretch at once into a ``Run`` (its spans and quotes); ``pairs``, ``units`` and ``framing``
pass it on whole, ``framing`` cutting it into ``FramedRun`` pieces, one a sentence without a
word; ``extract_claims`` expands the pieces into the same ``ExtractedClaim`` list as the
claims read one by one would make, and the command line writes their JSON lines from a
template, one join a piece.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from json.encoder import encode_basestring_ascii
from operator import add

from .atom import Atom
from .model import PREFIX_LENGTH, ClaimDraft, ExtractedClaim
from .periods import NO_PERIOD, Found, Period
from .words_around import REACH

__all__ = ["FramedRun", "Run", "bare_draft", "nearest_periods", "wordless_claim"]


def bare_draft(text: str, start: int, end: int, value: Decimal) -> ClaimDraft:
    """Return the claim of a number in a table of numbers: exact, as it stands, with nothing read around it.

    >>> bare_draft("5 6 7", 2, 3, Decimal(6))
    ClaimDraft(start=2, end=3, quote='6', low=Decimal('6'), high=Decimal('6'), qualifier='exact', unit='', noun='', \
attribution='', rule='number', prefix='5 ', suffix=' 7', bare=True)
    """
    return ClaimDraft(
        start,
        end,
        text[start:end],
        value,
        value,
        "exact",
        "",
        "",
        "",
        "number",
        text[max(0, start - PREFIX_LENGTH) : start],
        text[end : end + PREFIX_LENGTH],
        True,
    )


def wordless_claim(c: ClaimDraft, places: tuple[str, ...], period: Period, lo: int, hi: int) -> ExtractedClaim:
    """Return the claim of draft ``c`` framed in a sentence without a word: only its period and the article's place.

    No source, hedge, subject or place of the sentence can be written without a letter.
    """
    period_text, first, last, precision = period
    return ExtractedClaim(
        c.start,
        c.end,
        c.quote,
        c.low,
        c.high,
        c.qualifier,
        c.unit,
        "",
        "",
        c.rule,
        c.prefix,
        c.suffix,
        "",
        "",
        places,
        period_text,
        first,
        last,
        precision,
        None,
        None,
        "",
        lo,
        hi,
    )


class Run:
    """Bare numbers of a table read at once: their spans and their quotes (plain digits, no leading zero).

    It stands among the atoms and the drafts for the numbers it holds, in order; those
    numbers are exact and bare, so it answers the few questions the pairing asks of one.
    """

    __slots__ = ("_sums", "ends", "quotes", "starts", "text")

    starts: list[int]
    ends: list[int]
    quotes: list[str]

    # What the pairing and the unit rules ask of a number, the same for every number of a run.
    bare = True
    vague = False
    unit = ""
    noun = ""
    qualifier = "exact"
    subject = ""

    def __init__(self, text: str, starts: list[int], quotes: list[str]) -> None:
        self.text = text
        self.starts = starts
        self.quotes = quotes
        self.ends = list(map(add, starts, map(len, quotes)))
        self._sums: list[int] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def start(self) -> int:
        """Return where the run's first number starts."""
        return self.starts[0]

    @property
    def end(self) -> int:
        """Return where the run's last number ends."""
        return self.ends[-1]

    def atom(self, j: int) -> Atom:
        """Return the ``j``-th number as ``read_digits`` reads a bare one."""
        return Atom(self.starts[j], self.ends[j], Decimal(self.quotes[j]), bare=True)

    def draft(self, j: int) -> ClaimDraft:
        """Return the claim of the ``j``-th number, as ``finish`` makes it."""
        return bare_draft(self.text, self.starts[j], self.ends[j], Decimal(self.quotes[j]))

    def pop(self) -> Atom:
        """Remove the last number and return it as an atom."""
        atom = self.atom(-1)
        del self.starts[-1], self.quotes[-1], self.ends[-1]
        return atom

    def split(self, j: int) -> tuple[list[ClaimDraft], Run | None]:
        """Return the drafts of the numbers before the ``j``-th and a run of the rest (None when empty)."""
        head = [self.draft(i) for i in range(min(j, len(self)))]
        if j >= len(self):
            return head, None
        rest = Run(self.text, self.starts[j:], self.quotes[j:])
        return head, rest

    def spans(self, hi: int) -> Iterator[tuple[int, int]]:
        """Yield the spans of the numbers, in order, up to the first that ends after ``hi``."""
        for span in zip(self.starts, self.ends, strict=True):
            if span[1] > hi:
                return
            yield span

    def sums(self) -> list[int]:
        """Return ``start + end`` of each number (increasing, as both are), found once."""
        if self._sums is None or len(self._sums) != len(self.starts):
            self._sums = list(map(add, self.starts, self.ends))
        return self._sums

    def count_within(self, hi: int) -> int:
        """Return how many numbers from the first end at or before ``hi``."""
        return bisect_right(self.ends, hi)


class FramedRun:
    """Numbers ``[first, last)`` of a run framed in one sentence without a word, ``[lo, hi)``.

    ``periods`` gives each number's period as ``(upto, period)`` pairs: the numbers before index
    ``upto`` that follow the pair before take ``period``.
    """

    __slots__ = ("first", "hi", "last", "lo", "periods", "places", "run")

    run: Run
    first: int
    last: int

    subject = ""
    event = ""
    unit = ""

    def __init__(
        self,
        run: Run,
        first: int,
        last: int,
        lo: int,
        hi: int,
        places: tuple[str, ...],
        periods: list[tuple[int, Period]],
    ) -> None:
        self.run = run
        self.first = first
        self.last = last
        self.lo = lo
        self.hi = hi
        self.places = places
        self.periods = periods

    def __len__(self) -> int:
        return self.last - self.first

    @property
    def start(self) -> int:
        """Return where the piece's first number starts."""
        return self.run.starts[self.first]

    @property
    def end(self) -> int:
        """Return where the piece's last number ends."""
        return self.run.ends[self.last - 1]

    @property
    def first_end(self) -> int:
        """Return where the piece's first number ends."""
        return self.run.ends[self.first]

    def claims(self) -> list[ExtractedClaim]:
        """Return the piece's claims, as ``framing`` frames a claim in a sentence without a word."""
        run, out, j = self.run, [], self.first
        for upto, period in self.periods:
            for i in range(j, upto):
                out.append(wordless_claim(run.draft(i), self.places, period, self.lo, self.hi))
            j = upto
        return out

    def json_lines(self, head: str) -> str:
        """Return the JSON lines of the piece's claims, each ``head`` and then what ``ExtractedClaim.json_text`` writes.

        Each line is cut from a template written by ``json_text`` itself: only the span, the
        digits (they need no escape and are their own JSON number) and the prefix and suffix
        differ from one number to the next.
        """
        run = self.run
        text, enc, reach = run.text, encode_basestring_ascii, PREFIX_LENGTH
        starts, ends = run.starts, run.ends
        lines: list[str] = []
        j = self.first
        # A table's text around its numbers holds digits, blanks, stops and commas (``digits._is_bare``):
        # JSON escapes only its line feeds there, unless a tab or carriage return stands in it too.
        low, high = max(0, starts[j] - reach), ends[self.last - 1] + reach
        plain = text.find("\t", low, high) < 0 and text.find("\r", low, high) < 0
        for upto, period in self.periods:
            a, b, c, d, e, f, g, t = _template(self.places, period, self.lo, self.hi)
            a = head + a
            if plain:
                lines += [
                    f'{a}{s}{b}{x}{c}{q}{d}{q}{e}{q}{f}"{text[s - reach if s > reach else 0 : s].replace(_LF, _ESCAPED_LF)}'
                    f'"{g}"{text[x : x + reach].replace(_LF, _ESCAPED_LF)}"{t}'
                    for s, x, q in zip(starts[j:upto], ends[j:upto], run.quotes[j:upto], strict=True)
                ]
            else:
                lines += [
                    f"{a}{s}{b}{x}{c}{q}{d}{q}{e}{q}{f}{enc(text[s - reach if s > reach else 0 : s])}{g}"
                    f"{enc(text[x : x + reach])}{t}"
                    for s, x, q in zip(starts[j:upto], ends[j:upto], run.quotes[j:upto], strict=True)
                ]
            j = upto
        return "".join(lines)


_LF = "\n"
_ESCAPED_LF = "\\n"
Template = tuple[str, str, str, str, str, str, str, str]
# Marks put in a claim's fields to cut its JSON line into a template: start, end, quote, low, high, prefix, suffix.
_MARKS = (987654301, 987654302, "\x01", Decimal(987654303), Decimal(987654304), "\x02", "\x03")
_TEMPLATES: dict[tuple[tuple[str, ...], Period, int, int], Template] = {}


def _template(places: tuple[str, ...], period: Period, lo: int, hi: int) -> Template:
    """Return the constant parts of a run claim's JSON line, around its span, digits, prefix and suffix.

    The line of a claim made of marks is written by ``ExtractedClaim.json_text`` and cut at the marks.
    """
    key = (places, period, lo, hi)
    parts = _TEMPLATES.get(key)
    if parts is not None:
        return parts
    start, end, quote, low, high, prefix, suffix = _MARKS
    draft = bare_draft("", 0, 0, low)
    draft.start, draft.end, draft.quote, draft.high, draft.prefix, draft.suffix = (
        start,
        end,
        quote,
        high,
        prefix,
        suffix,
    )
    line = wordless_claim(draft, places, period, lo, hi).json_text("")
    pieces = []
    at = 0
    for mark in (str(start), str(end), encode_basestring_ascii(quote), str(low), str(high)):
        cut = line.index(mark, at)
        pieces.append(line[at:cut])
        at = cut + len(mark)
    for mark in (encode_basestring_ascii(prefix), encode_basestring_ascii(suffix)):
        cut = line.index(mark, at)
        pieces.append(line[at:cut])
        at = cut + len(mark)
    pieces.append(line[at:] + "\n")
    # The quote's marks are the digits' own: '"' before and after them.
    parts = (pieces[0], pieces[1], pieces[2] + '"', '"' + pieces[3], pieces[4], pieces[5], pieces[6], pieces[7])
    if len(_TEMPLATES) >= 4096:
        _TEMPLATES.clear()
    _TEMPLATES[key] = parts
    return parts


def _adjacent_after(spans: Sequence[tuple[int, int]], at: int) -> int:
    """Return where the first claim of ``spans`` (in text order) starting at or after ``at`` starts; -1 if none."""
    i = bisect_left(spans, (at, -1))
    return spans[i][0] if i < len(spans) else -1


def _adjacent_before(spans: Sequence[tuple[int, int]], at: int) -> int:
    """Return where the last claim of ``spans`` ending at or before ``at`` starts; -1 if none."""
    i = bisect_left(spans, (at, -1)) - 1
    while i >= 0 and spans[i][1] > at:
        i -= 1
    return spans[i][0] if i >= 0 else -1


def nearest_periods(
    run: Run,
    first: int,
    last: int,
    found: list[Found],
    published: date | None,
    spans: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, Period]] | None:
    """Return the period of each number in ``[first, last)`` as ``(upto, period)`` pairs, or None to read each alone.

    In a sentence without a word, comma or semicolon, ``periods.pick_period`` takes the period
    phrase nearest the claim within its reach (the first in order on a tie), since its other rules
    read words or clauses; a claim with none is of the publication date (CLAIMS.md). The numbers
    between two phrases take the one before while ``start + end`` is at most the sum of the
    phrases' facing ends, so each phrase's numbers are found by bisection, not number by number.
    None when two phrases overlap or a phrase overlaps a number.

    >>> run = Run("5 5 1993 5 5", [0, 2, 9, 11], ["5", "5", "5", "5"])
    >>> year = ("1993", date(1993, 1, 1), date(1993, 12, 31), "year")
    >>> nearest_periods(run, 0, 4, [(4, 8, year, -1, NO_PERIOD)], None) == [(4, year)]
    True
    """
    starts, ends = run.starts, run.ends

    def resolved(period: Period) -> Period:
        # _period in framing: a claim the text gives no time for is of the day it is printed.
        return period if period[0] or published is None else (period[0], published, published, "day")

    none = resolved(NO_PERIOD)
    if not found:
        return [(last, none)]
    for i, (s, e, _, _, _) in enumerate(found):
        if i and s < found[i - 1][1]:
            return None
        at = bisect_right(ends, s, first, last)
        if at < last and starts[at] < e:
            return None
    sums = run.sums()
    out: list[tuple[int, Period]] = []

    def push(upto: int, period: Period) -> None:
        if upto <= (out[-1][0] if out else first):
            return
        if out and out[-1][1] == period:
            out[-1] = (upto, period)
        else:
            out.append((upto, period))

    g0 = first
    for p in range(len(found) + 1):
        # The numbers after phrase p - 1 (left) and before phrase p (right).
        left = found[p - 1] if p else None
        right = found[p] if p < len(found) else None
        g1 = bisect_left(starts, right[1], g0, last) if right is not None else last
        if left is not None and right is not None:
            split = bisect_right(sums, right[0] + left[1], g0, g1)
            if g1 - g0 >= 2:
                # A phrase with no other claim of the sentence (``spans``) between it and a number comes first
                # (``pick_period``'s rank): the claim right after the left phrase takes it, the one right before
                # the right phrase takes that, however near the other phrase.
                if _adjacent_after(spans, left[1]) == starts[g0] and starts[g0] - left[1] <= REACH:
                    split = max(split, g0 + 1)
                if _adjacent_before(spans, right[0]) == starts[g1 - 1] and right[0] - ends[g1 - 1] <= REACH:
                    split = min(split, g1 - 1)
        else:
            split = g1 if left is not None else g0
        if left is not None:
            push(bisect_right(starts, left[1] + REACH, g0, split), resolved(left[2]))
            push(split, none)
        if right is not None:
            push(bisect_left(ends, right[0] - REACH, split, g1), none)
            push(g1, resolved(right[2]))
        g0 = g1
    push(last, none)
    return out
