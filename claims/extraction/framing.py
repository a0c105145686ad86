"""A claim's context: its sentence, who says it, the hedge, what it counts, where and when.

``frame`` fills the context fields of every claim read from one text. Each claim is read
in its own sentence, found within a bounded reach (``sentence_around``). The sources,
hedges, places and periods of a sentence are read once for all the claims in it, and each
claim takes the nearest, within a bounded distance, so the pass stays linear in the text.
A bag of the sentence's words decides cheaply which readers have anything to read.
"""

from __future__ import annotations

import re
from datetime import date

from .attribution import HEDGE_ADVERBS, TRIGGERS, hedges_in, pick_hedge, pick_source, sources_in
from .model import ClaimDraft, ExtractedClaim
from .periods import Found, Period, periods_in, pick_period
from .places import article_scope, pick_places, places_in
from .sentences import sentence_around
from .subjects import find_subject, magnitude_subject, with_fronted_place
from .vocabulary import COUNTING_NOUNS, alternation
from .words_around import bag_of_words

__all__ = ["frame"]


def frame(text: str, claims: list[ClaimDraft], published: date | None = None) -> list[ExtractedClaim]:
    """Return the claims of the drafts ``claims`` with their context, relative times read against ``published``.

    >>> from claims.extraction import extract_claims
    >>> c = extract_claims("Police said 30 protesters were detained in Seoul on Monday.", date(2023, 10, 12))[0]
    >>> (c.attribution, c.subject, c.event, c.places, c.period_text, str(c.period_start))
    ('Police said', 'protesters detained in Seoul', 'detained', ('Seoul',), 'on Monday', '2023-10-09')
    >>> c = extract_claims("SEOUL (Wire) - Rain fell. About 40 homes flooded.", date(2023, 10, 12))[0]
    >>> (c.places, c.period_text, str(c.period_start), c.period_precision)
    (('SEOUL',), '', '2023-10-12', 'day')
    """
    out: list[ExtractedClaim] = []
    lo = hi = -1
    sources: list[tuple[int, int, str]] = []
    hedges: list[tuple[int, int]] = []
    places: list[tuple[int, int, str]] = []
    periods: list[Found] = []
    quoted = False
    scope = article_scope(text)
    spans: list[tuple[int, int]] = []
    # What a claim in a sentence without a word (a table of numbers) has for a place: the article's.
    scope_places = _with_scope((), scope)
    wordless = False
    last_day: date | None = None
    for at, c in enumerate(claims):
        start, end = c.start, c.end
        if not (lo <= start and end <= hi):
            lo, hi = sentence_around(text, start, end)
            spans = _spans_within(claims, at, hi)
            bag = bag_of_words(text, lo, hi)
            worded = _LETTER.search(text, lo, hi) is not None
            sources = [] if TRIGGERS.isdisjoint(bag) else sources_in(text, lo, hi)
            quoted = any(text.find(mark, lo, hi) >= 0 for mark in '"“”')
            hedges = [] if HEDGE_ADVERBS.isdisjoint(bag) else hedges_in(text, lo, hi)
            # A place is named in words; a period may be a bare year ("1993").
            places = places_in(text, lo, hi, bag) if worded else []
            periods = periods_in(text, lo, hi, published, bag, last_day)
            # The last day the text names, for "on the same day" in a later sentence.
            last_day = next((p[2] for _, _, p, _, _ in reversed(periods) if p[3] == "day" and p[2]), last_day)
            # The rules below, but the period's, read words: the source, hedge, subject and a count
            # named again ("the 78", up to 8 characters before the sentence).
            wordless = not (worded or sources or quoted or hedges) and _LETTER.search(text, max(0, lo - 8), lo) is None
        if wordless and not c.noun and not (out and out[-1].subject):
            # No word, so no subject; nor one carried on from the claim before, which has none. A
            # period can still be read: a year in the table ("1993").
            period_text, first, last, precision = _period(start, end, periods, spans, text, published)
            out.append(
                ExtractedClaim(
                    start,
                    end,
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
                    scope_places,
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
            )
            continue
        attribution, a_start, a_end = (
            pick_source(text, start, end, lo, hi, sources) if sources or quoted else ("", -1, -1)
        )
        subject, event = find_subject(text, start, end, c.noun, lo, hi)
        subject = with_fronted_place(text, lo, start, subject)
        if " the city" in subject or " the town" in subject:
            subject = _city_named(subject, places, start, scope)
        if c.unit == "magnitude":
            # "measured the quake at magnitude 6.8", "put it at 7.0", "the magnitude 7.0 quake": the shaking measured.
            subject, event = magnitude_subject(text, start, lo, hi), ""
        unit = c.unit
        if not subject and out:
            subject, event, unit = _elided_subject(text, c, out[-1], lo)
        if (not subject or not c.noun) and out and _DEFINITE.search(text, max(0, start - 8), start):
            # "Of the 78, fifteen were recovered", "All 21 were taken to the reception centre": the number the
            # text gave before, named again, counts what it counted.
            subject, event, unit = _named_again(c, out) or (subject, event, unit)
        if unit == "person" and event and subject.split(" ", 1)[0] == event:
            # "150,000 had joined it": a count of people that names only what they did.
            subject = "people " + subject
        period_text, first, last, precision = _period(start, end, periods, spans, text, published)
        out.append(
            ExtractedClaim(
                start=start,
                end=end,
                quote=c.quote,
                low=c.low,
                high=c.high,
                qualifier=c.qualifier,
                unit=unit,
                noun=c.noun,
                attribution=attribution,
                rule=c.rule,
                prefix=c.prefix,
                suffix=c.suffix,
                subject=subject,
                event=event,
                places=_with_scope(pick_places(start, end, places), scope),
                period_text=period_text,
                period_start=first,
                period_end=last,
                period_precision=precision,
                attribution_start=a_start if attribution else None,
                attribution_end=a_end if attribution else None,
                hedge=pick_hedge(text, start, end, hedges) if hedges else "",
                sentence_start=lo,
                sentence_end=hi,
            )
        )
    return out


def _period(
    start: int, end: int, periods: list[Found], spans: list[tuple[int, int]], text: str, published: date | None
) -> Period:
    """Return the period of the claim at [start, end) among its sentence's ``periods`` (the claims there at ``spans``)."""
    claims_here = spans if periods and len(spans) > 1 else ()
    period_text, first, last, precision = pick_period(start, end, periods, others=claims_here, text=text)
    if not period_text and published is not None:
        # CLAIMS.md: a count the text gives no day for is of the day it is printed.
        first, last, precision = published, published, "day"
    return period_text, first, last, precision


def _city_named(subject: str, places: list[tuple[int, int, str]], start: int, scope: str) -> str:
    """Return ``subject`` with "the city" or "the town" named: the place its sentence named before the number,
    else the article's own place ("the prosecutor in Sfax said 110 were detained in the city": in Sfax)."""
    named = [name for s, _, name in places if s < start and name[:1].isupper() and not name.lower().startswith("the ")]
    name = named[-1] if named else scope.title() if scope else ""
    if not name:
        return subject
    return _THE_CITY.sub(name, subject, count=1)


_THE_CITY = re.compile(r"(?<= )the (?:city|town)(?![\w'’-])")


def _with_scope(places: tuple[str, ...], scope: str) -> tuple[str, ...]:
    """Return the sentence's places, then the article's own place (its dateline or lede) when not among them."""
    if not scope or any(scope.lower() in p.lower() or p.lower() in scope.lower() for p in places):
        return places
    return (*places, scope)


def _elided_subject(text: str, claim: ClaimDraft, before: ExtractedClaim, lo: int) -> tuple[str, str, str]:
    """Return (subject, event, unit) of a number that names no subject, from the count it continues.

    A number joined to the count before it in its sentence ("rose to 63 from 41", "78, not
    79", "organisers counted 670,000 people and police 200,000") counts what that count
    counts; so does a number whose sentence names only a count ("stood by its figure of
    150,000", "put the number at nearly 6,000") right after the count it refers to.
    """
    if not before.subject:
        return "", "", claim.unit
    if before.start >= lo and claim.unit == before.unit and claim.start - before.end <= _ELIDED_REACH:
        return before.subject, before.event, claim.unit
    # A count named again without its noun ("put the number at nearly 6,000") counts the people counted before.
    same_unit = claim.unit == before.unit or (not claim.unit and before.unit == "person")
    if same_unit and claim.start - before.end <= _REFERRED_REACH and _COUNT_REFERENCE.search(text, lo, claim.start):
        return before.subject, before.event, before.unit
    if same_unit and before.start >= lo and _RIVAL_OWNER.search(text, max(lo, claim.start - 60), claim.start):
        # "180,000 took part, far fewer than the organisers' 550,000": a source's own count, set against the
        # sentence's count, counts what that count counts.
        return before.subject, before.event, before.unit
    return "", "", claim.unit


# How far a number may stand from the count it continues in one sentence, and from one it refers to.
_ELIDED_REACH = 200
_REFERRED_REACH = 400
# A count set against another, owned by its source or not: "than the organisers' ", "than the roughly ".
_OWNER = r"(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,3}[A-Za-z][\w-]*(?:'s|s'|’s|s’)[ \t\u00a0]+"
_RIVAL_OWNER = re.compile(
    r"(?<![\w'’-])(?:than|against|from|to|with|above|below|over|under)[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+(?:" + _OWNER + r")?|" + _OWNER + r")"
    r"(?:(?:about|some|nearly|around|almost|roughly|more[ \t\u00a0]+than|at[ \t\u00a0]+least)[ \t\u00a0]+)?\Z"
)
# A sentence that names only a count: "its figure of", "the number at", "the count was".
_COUNT_REFERENCE = re.compile(
    r"(?<![A-Za-z])(?:"
    + alternation(sorted(COUNTING_NOUNS | {"figure", "figures", "estimate", "estimates", "toll", "tolls", "counts"}))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def _spans_within(claims: list[ClaimDraft], at: int, hi: int) -> list[tuple[int, int]]:
    """Return the spans of the claims from index ``at`` that end before ``hi`` (one sentence's claims)."""
    spans = []
    # By index: a slice would copy the rest of the list once per sentence.
    for i in range(at, len(claims)):
        c = claims[i]
        if c.end > hi:
            break
        spans.append((c.start, c.end))
    return spans


# Any letter, in any script.
_LETTER = re.compile(r"[^\W\d_]")
# "the 78", "those 312": a number named again after a determiner that points back.
_DEFINITE = re.compile(r"(?<![A-Za-z])(?:the|those|these|all)[ \t\u00a0]+\Z", re.IGNORECASE)


def _named_again(claim: ClaimDraft, before: list[ExtractedClaim]) -> tuple[str, str, str] | None:
    """Return (subject, event, unit) of the latest earlier claim of the same value within reach, if any."""
    for earlier in reversed(before[-8:]):
        if claim.start - earlier.end > _REFERRED_REACH:
            break
        same = (earlier.low, earlier.high) == (claim.low, claim.high) and earlier.qualifier == claim.qualifier
        if same and earlier.subject and (not claim.unit or claim.unit == earlier.unit):
            return earlier.subject, earlier.event, earlier.unit
    return None
