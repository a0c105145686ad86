"""A claim's context: its sentence, who says it, the hedge, what it counts, where and when.

``frame`` fills the context fields of every claim read from one text. Each claim is read
in its own sentence, found within a bounded reach (``sentence_around``). The sources,
hedges, places and periods of a sentence are read once for all the claims in it, and each
claim takes the nearest, within a bounded distance, so the pass stays linear in the text.
A bag of the sentence's words decides cheaply which readers have anything to read.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from .attribution import HEDGE_ADVERBS, TRIGGERS, closes_quotation, hedges_in, pick_hedge, pick_source, sources_in
from .changes import change_period, respective_period
from .context import may_end_with
from .corrections import is_corrected, is_correction, revised_number_start
from .model import ClaimDraft, ExtractedClaim
from .nouns import is_plain_plural
from .numerals import IRREGULAR_PLURALS
from .periods import (
    NO_PERIOD,
    Found,
    Period,
    in_one_clause,
    is_base,
    is_running,
    is_said_on,
    leads_sentence,
    paragraph_day,
    periods_in,
    pick_period,
    stood_at_before,
    tells_past,
)
from .places import article_scope, pick_places, places_in
from .runs import FramedRun, Run, nearest_periods, wordless_claim
from .sentences import sentence_around
from .subjects import (
    changed_subject,
    count_named,
    find_subject,
    holds_any_day,
    is_owned_count,
    is_reach_verb,
    is_stand_in,
    is_told,
    magnitude_subject,
    measured_subject,
    names_whole,
    opens_clause,
    owner_phrase,
    share_subject,
    sum_subject,
    toll_subject,
    with_fronted_place,
)
from .units import INHERITED_RULE, TALLY_UNITS, plural_noun_unit
from .vocabulary import AREA_UNITS, COUNTING_NOUNS, NOT_INHERITED, PEOPLE_COLLECTIVES, alternation, on_first_use
from .words_around import REACH, bag_of_words, is_table_text

__all__ = ["frame"]


def frame(text: str, claims: list[ClaimDraft | Run], published: date | None = None) -> list[ExtractedClaim | FramedRun]:
    """Return the claims of the drafts ``claims`` with their context, relative times read against ``published``.

    A run of a table's bare numbers is framed in pieces, one a sentence without a word, each
    a ``FramedRun``; its numbers in a sentence with words are framed one by one.

    >>> from claims.extraction import extract_claims
    >>> c = extract_claims("Police said 30 protesters were detained in Seoul on Monday.", date(2023, 10, 12))[0]
    >>> (c.attribution, c.subject, c.event, c.places, c.period_text, str(c.period_start))
    ('Police said', 'protesters detained in Seoul', 'detained', ('Seoul',), 'on Monday', '2023-10-09')
    >>> c = extract_claims("SEOUL (Wire) - Rain fell. About 40 homes flooded.", date(2023, 10, 12))[0]
    >>> (c.places, c.period_text, str(c.period_start), c.period_precision)
    (('SEOUL',), '', '2023-10-12', 'day')
    """
    out: list[ExtractedClaim | FramedRun] = []
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
    # The day its paragraph named for the event a sentence tells of (``periods.paragraph_day``), by sentence start.
    event_days: dict[int, date | None] = {}
    # The claim framed is claims[at], or its number j when it is a run.
    at = j = 0
    while at < len(claims):
        item = claims[at]
        if isinstance(item, Run):
            start, end = item.starts[j], item.ends[j]
        else:
            start, end = item.start, item.end
        if not (lo <= start and end <= hi):
            lo, hi = sentence_around(text, start, end)
            spans = _spans_within(claims, at, j, hi)
            # A table's window of digits and blanks holds no letter (found at a glance), so no word
            # to bag: every trigger and hedge is a word (``periods_in`` bags what it needs itself).
            worded = not is_table_text(text, lo, hi) and _LETTER.search(text, lo, hi) is not None
            bag = bag_of_words(text, lo, hi) if worded else None
            sources = [] if bag is None or TRIGGERS.isdisjoint(bag) else sources_in(text, lo, hi)
            quoted = any(text.find(mark, lo, hi) >= 0 for mark in '"“”') or closes_quotation(text, hi)
            hedges = [] if bag is None or HEDGE_ADVERBS.isdisjoint(bag) else hedges_in(text, lo, hi)
            # A place is named in words; a period may be a bare year ("1993").
            places = places_in(text, lo, hi, bag) if worded else []
            periods = periods_in(text, lo, hi, published, bag, last_day)
            # The last day the text names, for "on the same day" in a later sentence.
            last_day = next((p[2] for _, _, p, _, _ in reversed(periods) if p[3] == "day" and p[2]), last_day)
            # The rules below, but the period's, read words: the source, hedge, subject and a count
            # named again ("the 78", up to 8 characters before the sentence).
            wordless = not (worded or sources or quoted or hedges) and _LETTER.search(text, max(0, lo - 8), lo) is None
        if isinstance(item, Run):
            if wordless and not (out and out[-1].subject):
                # The run's numbers in this sentence, framed at once as below.
                k = item.count_within(hi)
                out.append(_frame_run(text, item, j, k, lo, hi, scope_places, periods, spans, published))
                at, j = (at + 1, 0) if k == len(item) else (at, k)
                continue
            c = item.draft(j)
            at, j = (at + 1, 0) if j + 1 == len(item) else (at, j + 1)
        else:
            c = item
            at += 1
        if wordless and not c.noun and not (out and out[-1].subject):
            # No word, so no subject; nor one carried on from the claim before, which has none. A
            # period can still be read: a year in the table ("1993").
            out.append(
                wordless_claim(c, scope_places, _period(start, end, periods, spans, text, published, lo), lo, hi)
            )
            continue
        attribution, a_start, a_end = (
            pick_source(text, start, end, lo, hi, sources) if sources or quoted else ("", -1, -1)
        )
        subject, event = find_subject(text, start, end, c.noun, lo, hi)
        unit = c.unit
        # "its count of people sickened at a wedding, saying 276, not 287": the count its sentence names.
        subject = _named_by_count(text, lo, c, subject, event, out)
        # "the death toll rose to 58": the people killed.
        subject = toll_subject(subject, unit)
        measured = measured_subject(text, start, end, c.noun, unit, lo, hi, subject)
        if measured != subject:
            # "about 100 km from Victoria Falls", "280 metres below the surface", "a town of 45,000": what is measured.
            subject, event = measured, "" if unit not in AREA_UNITS else event
        # "rents rose 11.8%": a percentage that changes is the rise or fall of what changes.
        subject = changed_subject(text, lo, start, c.quote, unit, subject, event)
        if unit == "percent":
            # "Nurses began a strike, their union saying 85% had walked out": the share of the people named before.
            subject = share_subject(text, lo, start, subject, event)
        money = sum_subject(text, start, end, c.noun, unit, lo, hi, subject)
        if money != subject:
            # "cost the railway €15 million", "€1.5m in humanitarian aid": a cost, what the sum is given as.
            subject, event = money, ""
        # "the 78", "the service's “118”": a number named again after a word that points back.
        window = max(0, start - _DEFINITE_REACH)
        pointed_back = (
            may_end_with(text, window, start, _DEFINITE_ENDS, True, True)
            and _DEFINITE.search(text, window, start) is not None
        )
        # "it", "the true number": a stand-in points at what it names; an owned count ("the agency's") may instead
        # count on what the text counted last.
        stand_in = is_stand_in(subject)
        pointer = stand_in and not is_owned_count(subject)
        if stand_in:
            # "Police had put it at 60,000", "the true number was 300": what the count pointed at counts.
            subject, event, unit = _referred_subject(c, _last_claims(out, _STAND_IN_LOOKBACK), text, lo)
            # "The owners' count of workers inside was revised to about 1,450": a stand-in that points at no count
            # may still name what it counts.
            # "Sunday's crowd was smaller. The organisers estimated it at 60,000": "it" points at what the sentence
            # before, which gave no count, was about.
            # A sum or a length is no crowd a sentence is about.
            topic = pointer and unit in ("", "person")
            subject = subject or _count_named(text, lo, start, unit) or (_topic_before(text, lo) if topic else "")
        subject = with_fronted_place(text, lo, start, subject)
        if " the city" in subject or " the town" in subject:
            subject = _city_named(subject, places, start, scope)
        if c.unit == "magnitude":
            # "measured the quake at magnitude 6.8", "put it at 7.0", "the magnitude 7.0 quake": the shaking measured.
            subject, event = magnitude_subject(text, start, lo, hi), ""
        if out and _is_conversion(text, c, out[-1]):
            # "extended the zone to 5 km (about 3 miles)": a conversion measures what it converts.
            subject, event = out[-1].subject, out[-1].event
        # "First they said 12, now 19", "The company says twelve" (after "her two brothers"): a bare count of a
        # value the text gave before counts what that count counted; read once, it comes before any count of
        # another sentence, and after those of its own.
        said_again = _said_again(c, _last_claims(out, _STAND_IN_LOOKBACK)) if not (subject or c.noun) and out else None
        if said_again is not None and out[-1].start < lo:
            subject, event, unit = said_again
        # "The observatory, which relies on about 90 volunteer lawyers, counted 1,700": a count inside the words that
        # name who tells the number describes the teller; the number continues no count of its (but "The home, which
        # has 84 residents, said 31 of them" counts a part of it).
        told_before = (
            [earlier for earlier in _last_claims(out) if not a_start <= earlier.start < a_end]
            if attribution and out and a_start <= out[-1].start < a_end and not names_whole(text, end)
            else None
        )
        if not subject and out and (told_before is None or told_before):
            subject, event, unit = _elided_subject(text, c, told_before[-1] if told_before else out[-1], lo)
        if (not subject or not c.noun) and out and pointed_back:
            # "Of the 78, fifteen were recovered", "All 21 were taken to the reception centre": the number the
            # text gave before, named again, counts what it counted.
            subject, event, unit = _named_again(c, _last_claims(out)) or (subject, event, unit)
        if not subject and said_again is not None:
            subject, event, unit = said_again
        if not subject and not c.noun:
            # "How many marched is still disputed. The committee says about 150,000": the count the text asked for.
            subject, event, unit = _asked_for(text, start, unit, INHERITED_RULE in c.rule) or (subject, event, unit)
        if not subject and not pointer and (INHERITED_RULE in c.rule or (bool(unit) and is_told(text, lo, start, end))):
            # "The two tolls have never matched. The agency's count went from nine on Monday to 16 on Tuesday": a
            # bare number that took its unit from the text's last count counts what that count counted (a stand-in
            # that points at no count, "Officials put it at 4,000", still names none); so does a number only a source
            # tells, its unit written ("Winds reached 120 km/h. A private forecaster estimated 160 km/h"): it answers
            # the count told before it.
            subject, event = _counted_last(c, _last_claims(out), lo, attribution)
        if (
            (not unit or INHERITED_RULE in c.rule)
            and unit not in TALLY_UNITS
            and subject.split(" ", 1)[0].lower() in PEOPLE_COLLECTIVES
        ):
            # "the crowd inside was about 40,000", after "38,000 tickets": a body of people counts people, whatever
            # unit the count before it lent; "the city council voted 17 to 4" keeps its tally of votes.
            unit = "person"
        if event and subject.split(" ", 1)[0] == event:
            subject = _with_doers(out, lo, c, subject, unit)
        again = pointed_back and not c.noun
        running = is_running(subject, event)
        period_text, first, last, precision = _period(
            start, end, periods, spans, text, published, lo, again=again, running=running
        )
        # "30 people died in the flood, not 32 as it announced on Tuesday": a correction of a running total many words
        # before the count it replaces, as one right before it (a fixed quantity is one figure whatever day).
        corrected = _corrected_count(text, out, lo, start) or (
            _corrected_across(
                text, out, lo, start, unit, bool(period_text and _in_own_clause(text, period_text, end, hi))
            )
            if running
            else None
        )
        if corrected is not None:
            # A correction and the count it replaces are one figure (CLAIMS.md), of one time: the time the replaced
            # count's own clause gives ("raised to 41, not 37 as reported on Tuesday": Tuesday's), else the
            # correction's ("corrected Monday's toll to 15 deaths, not 14 as it had announced": Monday's).
            if out[-1] is corrected and period_text and _in_own_clause(text, period_text, end, hi):
                out[-1] = dataclasses.replace(
                    corrected, period_text=period_text, period_start=first, period_end=last, period_precision=precision
                )
            else:
                period_text, first, last, precision = (
                    corrected.period_text,
                    corrected.period_start,
                    corrected.period_end,
                    corrected.period_precision,
                )
        else:
            period_text, first, last, precision = _others_period(
                c,
                (period_text, first, last, precision),
                again,
                attribution,
                a_start,
                out,
                text,
                (lo, hi),
                spans,
                periods,
                running,
            )
        if precision == "day" and holds_any_day(unit, subject):
            # "Ana Ruiz, 34, said on Monday", "Adré, a town of about 45,000": an age, a population or a distance has
            # no day of its own; the day printed or named is the report's. A year or a span still dates it.
            period_text, first, last, precision = NO_PERIOD
        # "A fire tore through the plant on Monday. About 300 workers were inside.": the event's day.
        period_text, first, last, precision = _of_event(
            (period_text, first, last, precision), text, lo, hi, published, running, event_days
        )
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


# "of the" before a number: the whole a part is counted out of ("102 of the 118 students").
_whole_before = on_first_use(r"(?<![\w'’-])of[ \t\u00a0]+the[ \t\u00a0]+\Z")


def _period(
    start: int,
    end: int,
    periods: list[Found],
    spans: list[tuple[int, int]],
    text: str,
    published: date | None,
    lo: int,
    *,
    again: bool = False,
    running: bool = False,
) -> Period:
    """Return the period of the claim at [start, end) among its sentence's ``periods`` (the claims there at ``spans``).

    ``again``: a number without a noun after a word that points back ("the 118 who escaped", "the service's 118")
    is a count named again, of the time it was first given (``periods.pick_period``'s ``again``); ``running``: a count of
    a running total, of the day it was counted (``periods.pick_period``'s ``running``).
    """
    claims_here = spans if periods and len(spans) > 1 else ()
    period = pick_period(start, end, periods, others=claims_here, text=text, again=again, running=running)
    if len(spans) > 1:
        # "three remained missing on Wednesday, down from eight", "went from 19 to 27, 33 and 38": a count of a change
        # or a series has a day of its own, before the next's.
        period = (
            change_period(
                (start, end),
                spans,
                periods,
                text,
                lo,
                lambda c: pick_period(c[0], c[1], periods, others=claims_here, text=text),
                published,
            )
            or period
        )
    period_text, first, last, precision = period
    if not period_text and first is None and published is not None:
        # CLAIMS.md: a count the text gives no day for is of the day it is printed.
        first, last, precision = published, published, "day"
    elif first is not None and last is None and published is not None and first <= published:
        # "110 have been detained since Thursday": a span still running is counted as it stood when printed, a
        # running count since a day is the count of that day (CLAIMS.md: one figure per calendar day of the count).
        last = published
        if precision == "day" and _whole_before().search(text, max(0, start - 12), start) is None:
            # But the whole a part is counted out of ("102 of the 118 taken since Sunday") is the span's.
            first = published
    elif running and precision in ("month", "year") and first and last and published and first <= published <= last:
        # "17 people have died of measles this year": a running total of a month or year not yet over is counted as it
        # stood when printed, as a running count since a day is.
        first, last, precision = published, published, "day"
    return period_text, first, last, precision


def _of_event(
    period: Period,
    text: str,
    lo: int,
    hi: int,
    published: date | None,
    running: bool,
    event_days: dict[int, date | None],
) -> Period:
    """Return the period of a claim of the sentence [lo, hi) that its text gave no time: the day its paragraph named
    for the past event the sentence tells of, else ``period`` (the day printed).

    "A fire tore through the plant on Monday. About 300 workers were inside, police said.": a fixed quantity of a past
    event is one figure whatever the date of its report (CLAIMS.md), of the event's day. A running total (the dead, the
    missing: ``running``) is the count of the day printed, and so is what a sentence tells as standing now ("are still
    missing", ``periods.tells_past``). ``event_days`` keeps each sentence's day, by its start, for its other claims.
    """
    period_text, first, _, precision = period
    if period_text or published is None or first != published:
        return period
    if running:
        # "By Tuesday, police said 340 had been arrested. Lawyers said 1,700 were held.": the time counts stood at.
        day = stood_at_before(text, lo, hi, published)
        return period if day is None else (period_text, day, day, precision)
    if lo not in event_days:
        event_days[lo] = paragraph_day(text, lo, published) if tells_past(text, lo, hi) else None
    day = event_days[lo]
    return period if day is None else (period_text, day, day, precision)


def _others_period(
    c: ClaimDraft,
    period: Period,
    again: bool,
    attribution: str,
    source: int,
    out: list[ExtractedClaim | FramedRun],
    text: str,
    sentence: tuple[int, int],
    spans: list[tuple[int, int]],
    periods: list[Found],
    running: bool,
) -> Period:
    """Return the period of the claim ``c`` (``period`` by its own words) as another count's in the text gives it: the
    count its source revised it to (of a running total, ``running``: a fixed quantity is one figure whatever day),
    the count it answers (``_answered``), the count of its place in a list of dated counts
    (``changes.respective_period``); else ``period``."""
    lo, hi = sentence
    revised = _revised_count(text, out, lo, c.start) if running else None
    if revised is not None and not (period[0] and _in_own_clause(text, period[0], c.end, hi)):
        # "lowered its count for Wednesday to 15, from 17": the count a source revised is of the revision's time,
        # unless its own clause gives one ("up from the 61,000 it gave on Monday").
        return revised.period_text, revised.period_start, revised.period_end, revised.period_precision
    # "On Monday the Coast Guard counted 86 boats missing, and the union at least 140": a rival's count.
    answered = _answered(c, period[0], again, attribution, source, out, text, lo)
    if answered is not None:
        return answered
    if len(spans) > 1:
        # "The county counted 12 on Monday and 18 on Tuesday. The clinic's figures were 20 and 31.": each day's.
        return respective_period((c.start, c.end), spans, text, hi, periods, _dated_before(out, lo, text)) or period
    return period


def _answered(
    c: ClaimDraft,
    period_text: str,
    again: bool,
    attribution: str,
    source: int,
    out: list[ExtractedClaim | FramedRun],
    text: str,
    lo: int,
) -> Period | None:
    """Return the time of the count the claim ``c`` answers, or None.

    "On Monday the Coast Guard counted 86 boats missing, and the union at least 140", "On Wednesday the Coast Guard
    gave 14 dead, while the union said 19": a bare count (no noun, its unit the count before's) that a source named
    after the count before (at ``source``) gives in a clause with no time of its own (``period_text``) is a rival
    count of one quantity (CLAIMS.md), of the time of the count it answers. But a clause with no source of its own
    ("..., and two are still in intensive care") counts on its own day, a count named again (``again``) is of the time
    it was first given, the time of a base is the base's own ("up from 118 a day earlier, while the conservancy
    said about 900") and so is the time of another clause ("closed on Wednesday with no agreement on how many
    watched: 450,000 according to the organisers, about 130,000 according to police") unless it leads the sentence,
    and the day one source spoke is not its rival's ("The mayor said on Monday that 250,000 attended Saturday's
    parade, between the organisers' 450,000 and ...").
    """
    last = out[-1] if out else None
    if (
        period_text
        or again
        or c.noun
        or INHERITED_RULE not in c.rule
        or not attribution
        or not isinstance(last, ExtractedClaim)
        or last.start < lo
        or not last.period_text
        or source < last.end
    ):
        return None
    at = text.find(last.period_text, lo)
    if is_said_on(text, at):
        return None
    if not leads_sentence(text, at) and (
        is_base(text, last.start) or not in_one_clause(text, (at, at + len(last.period_text)), (last.start, last.end))
    ):
        return None
    return last.period_text, last.period_start, last.period_end, last.period_precision


def _corrected_count(text: str, out: list[ExtractedClaim | FramedRun], lo: int, start: int) -> ExtractedClaim | None:
    """Return the count of the sentence from ``lo`` that corrects the one at ``start`` ("15 deaths, not 14"), or None.

    >>> c = ExtractedClaim(start=11, end=13, quote="15", low=15, high=15, qualifier="exact", unit="person")
    >>> text = "It counted 15 deaths, not 14."
    >>> _corrected_count(text, [c], 0, 26) is c, _corrected_count("15 and 14", [c], 0, 7)
    (True, None)
    """
    last = _last_claims(out, 1)
    if not last or last[0].start < lo or last[0].end > start:
        return None
    return last[0] if is_correction(text, last[0].end, start) else None


def _corrected_across(
    text: str, out: list[ExtractedClaim | FramedRun], lo: int, start: int, unit: str, timed: bool
) -> ExtractedClaim | None:
    """Return the count of ``unit`` in the clause before the one at ``start`` that corrects it, however many words
    before ("30 people died in the flood, not 32"), or None.

    ``timed``: the replaced count's own clause gives a time, the correction's too; else the correction's time is the
    replaced count's, unless it is the day of a saying ("said on Wednesday that 30 people died, not 32 as first
    reported": the 32 keeps what its words give).

    >>> c = ExtractedClaim(start=0, end=2, quote="30", low=30, high=30, qualifier="exact", unit="person")
    >>> text = "30 people died in the flood, not 32."
    >>> _corrected_across(text, [c], 0, 33, "person", True) is c, _corrected_across(text, [c], 0, 33, "house", True)
    (True, None)
    """
    last = _last_claims(out, 1)
    if (
        last
        and (timed or (last[0].period_text and not is_said_on(text, text.find(last[0].period_text, lo))))
        and last[0].start >= lo
        and last[0].end <= start
        and last[0].unit == unit
        and is_corrected(text, start)
        and text.rfind(",", last[0].end, start) >= 0
        and text.find(";", last[0].end, start) < 0
    ):
        return last[0]
    return None


def _revised_count(text: str, out: list[ExtractedClaim | FramedRun], lo: int, start: int) -> ExtractedClaim | None:
    """Return the count of the sentence from ``lo`` that its source revised from the count at ``start`` ("to 15, from
    17"), when that count gives a time, or None.

    >>> c = ExtractedClaim(start=37, end=39, quote="15", low=15, high=15, qualifier="exact", unit="person",
    ...                    period_text="Wednesday")
    >>> text = "It lowered its toll for Wednesday to 15, from 17."
    >>> _revised_count(text, [c], 0, 46) is c, _revised_count(text, [c], 0, 37)
    (True, None)
    """
    for earlier in reversed(_last_claims(out, 3)):
        if earlier.start < lo:
            break
        if (
            earlier.end <= start
            and earlier.period_text
            and revised_number_start(text, lo, earlier.start, earlier.end) == start
        ):
            return earlier
    return None


def _in_own_clause(text: str, words: str, end: int, hi: int) -> bool:
    """Return whether ``words`` stand after ``end`` in the clause there, up to a comma, semicolon or ``hi``.

    >>> _in_own_clause("41, not 37 as reported on Tuesday, saying", "on Tuesday", 10, 42)
    True
    """
    stop = min((i for i in (text.find(",", end, hi), text.find(";", end, hi)) if i >= 0), default=hi)
    return text.find(words, end, stop) >= 0


def _counted_before(out: list[ExtractedClaim | FramedRun], lo: int, start: int) -> str:
    """Return the noun of the latest count of people in the sentence from ``lo`` before ``start``, else "people".

    Only a plural noun names them: "the dead", "the injured" name what happened to them, not who they are.
    """
    for earlier in reversed(_last_claims(out)):
        if earlier.start < lo:
            break
        if earlier.unit == "person" and earlier.noun and earlier.end <= start:
            last = earlier.noun.split()[-1]
            return earlier.noun if _names_many(last) else "people"
    return "people"


def _names_many(word: str) -> bool:
    """Return whether a noun names those counted as many: a plural ("miners", "children"), not what happened to them."""
    return is_plain_plural(word) or word.lower() in IRREGULAR_PLURALS


def _with_doers(out: list[ExtractedClaim | FramedRun], lo: int, claim: ClaimDraft, subject: str, unit: str) -> str:
    """Return a subject that names only what was done (its event first) with the noun of those who did it."""
    if unit == "person":
        # "150,000 had joined it": a count of people that names only what they did; "Seven miners were killed and
        # 40 were trapped": the people its sentence counted before, named by their noun.
        return f"{_counted_before(out, lo, claim.start)} {subject}"
    if unit and INHERITED_RULE in claim.rule:
        # "Some 470 whales beached and 111 were returned to the sea": a bare number that took its unit from a count
        # before it counts that count's noun.
        return f"{_noun_of_unit(out, unit, claim.start)} {subject}".lstrip()
    return subject


def _noun_of_unit(out: list[ExtractedClaim | FramedRun], unit: str, start: int) -> str:
    """Return the plural noun of the latest count of ``unit`` within reach before ``start``, else ""."""
    for earlier in reversed(_last_claims(out)):
        if start - earlier.end > _REFERRED_REACH:
            break
        last = earlier.noun.split()[-1] if earlier.noun.strip() else ""
        if earlier.unit == unit and last and _names_many(last):
            return earlier.noun
    return ""


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


def _named_by_count(
    text: str, lo: int, claim: ClaimDraft, subject: str, event: str, out: list[ExtractedClaim | FramedRun]
) -> str:
    """Return the subject of a claim with no counted noun as the counting word before it in its sentence names it.

    A bare number with no subject counts what "its count of people sickened" names, unless a count of its sentence
    before it lends subject and event ("rose from 38 to 97": ``_elided_subject``); a number a count rose or fell to
    counts it too where the phrase before the verb, past its reach, kept only the clause that tells which ("The number
    of people hurt when a jet overshot the runway at the city's airport rose to 58").
    """
    if claim.noun:
        return subject
    if subject and subject.lower() == event.lower() and is_reach_verb(event):
        # "the count of burned cars, 40 on Monday, stood at 45", "By Friday the count stood at 45": the verb alone says
        # nothing of what is counted; the count its sentence names does, else the count the number continues.
        named = _count_named(text, lo, claim.start, claim.unit)
        verb = text.rfind(event, lo, claim.start)
        counting = is_stand_in(" ".join(text[max(lo, verb - 40) : verb].split()[-2:]))
        return named or ("" if counting else subject)
    if subject and is_reach_verb(event) and opens_clause(text, lo, claim.start, subject):
        named = _count_named(text, lo, claim.start, claim.unit, across_commas=False)
        return named if named and named not in subject else subject
    if not subject and not (out and out[-1].start >= lo and out[-1].subject):
        return _count_named(text, lo, claim.start, claim.unit)
    return subject


def _count_named(text: str, lo: int, start: int, unit: str, *, across_commas: bool = True) -> str:
    """Return what the counting word before a bare number of its sentence counts (``subjects.count_named``), when the
    number's unit is of people, none, or named in it ("the number of tractors had been 2,800"), else ""."""
    named = count_named(text, lo, start, across_commas=across_commas)
    # "families" of the unit "family": the unit's stem opens one of the phrase's words.
    stem = unit[: max(3, len(unit) - 1)]
    named_unit = any(word.startswith(stem) for word in named.lower().split())
    return named if named and (unit in ("", "person") or named_unit) else ""


def _elided_subject(text: str, claim: ClaimDraft, before: ExtractedClaim | FramedRun, lo: int) -> tuple[str, str, str]:
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
    adjacent = before.start >= lo or (isinstance(before, ExtractedClaim) and not text[before.sentence_end : lo].strip())
    if (
        INHERITED_RULE in claim.rule
        and claim.unit == before.unit
        and adjacent
        and claim.start - before.end <= _ELIDED_REACH
    ):
        # "Police said 25,000 people took part. City hall estimated around 40,000.": a source's bare count that took
        # its unit from the count before it counts what that count counts.
        return before.subject, before.event, claim.unit
    # A count named again without its noun ("put the number at nearly 6,000") counts the people counted before.
    same_unit = claim.unit == before.unit or (not claim.unit and before.unit == "person")
    if same_unit and claim.start - before.end <= _REFERRED_REACH and _COUNT_REFERENCE.search(text, lo, claim.start):
        return before.subject, before.event, before.unit
    if same_unit and before.start >= lo and _rival_owner().search(text, max(lo, claim.start - 60), claim.start):
        # "180,000 took part, far fewer than the organisers' 550,000": a source's own count, set against the
        # sentence's count, counts what that count counts.
        return before.subject, before.event, before.unit
    return "", "", claim.unit


def _counted_last(claim: ClaimDraft, before: list[ExtractedClaim], lo: int, source: str) -> tuple[str, str]:
    """Return (subject, event) of the latest earlier claim of ``claim``'s unit within reach that names what it counts,
    else ("", ""): the latest of its value first ("7 crew were stranded and 40 passengers rescued. They said 7"). A
    count of one is an instance (``_is_instance``). A count of its unit earlier in its own sentence [lo, ...) that
    names nothing and has a source other than ``source`` (the claim's) is the rival it answers ("One group put it at
    600; police said 90"): nothing further back counts for it."""
    counts: list[ExtractedClaim] = []
    for earlier in reversed(before):
        if claim.start - earlier.end > _REFERRED_REACH:
            break
        if earlier.start >= lo and earlier.unit == claim.unit and not earlier.subject and not counts:
            if earlier.attribution and source and earlier.attribution != source:
                return "", ""
        if (
            not _is_instance(earlier)
            and earlier.unit == claim.unit
            and earlier.subject
            and not is_stand_in(earlier.subject)
        ):
            counts.append(earlier)
    same = [earlier for earlier in counts if (earlier.low, earlier.high) == (claim.low, claim.high)]
    found = (same or counts)[:1]
    return (found[0].subject, found[0].event) if found else ("", "")


def _topic_before(text: str, lo: int) -> str:
    """Return what the sentence before ``lo`` is about when it gives no number: the noun phrase before its first form
    of "be" ("Sunday's crowd was smaller."), else "".

    >>> t = "Sunday's crowd was smaller. Organisers put it at 600."
    >>> _topic_before(t, t.index("Organisers"))
    "Sunday's crowd"
    """
    end = len(text[:lo].rstrip())
    if not end:
        return ""
    before_lo, before_hi = sentence_around(text, max(0, end - 2), max(0, end - 2) + 1)
    if _DIGIT.search(text, before_lo, before_hi) is not None:
        return ""
    be = _TOPIC_BE.search(text, before_lo, before_hi)
    if be is None or text[before_lo : be.start()].split()[-1:] in (["who"], ["which"], ["that"], ["there"]):
        # "Anyone who was there knows it": "be" in a clause of its own says nothing the sentence is about.
        return ""
    topic = owner_phrase(text, before_lo, be.start())
    if not topic or len(topic.split()) > _TOPIC_WORDS or is_stand_in(topic) or topic.lower() in _PERSONAL_TOPICS:
        return ""
    return topic


# The sentence a topic is read from: its first form of "be", a digit anywhere (a count of its own), how long a topic may
# be, and pronouns that are no topic.
_TOPIC_BE = re.compile(r"(?<![\w'’-])(?:is|was|are|were)(?![\w'’-])")
_DIGIT = re.compile(r"[0-9]")
_TOPIC_WORDS = 5
_PERSONAL_TOPICS = frozenset(
    ("he", "she", "they", "we", "i", "you", "this", "that", "there", "these", "those", "anyone", "everyone", "someone")
)


def _is_instance(claim: ExtractedClaim) -> bool:
    """Return whether a claim counts one ("after one victim was counted twice"): an instance, not a count the text keeps
    for a later number to count on."""
    return claim.high == 1


def _referred_subject(claim: ClaimDraft, before: list[ExtractedClaim], text: str, lo: int) -> tuple[str, str, str]:
    """Return (subject, event, unit) of the count a stand-in ("it", "the true number") points at.

    That count says what it counts: the latest earlier one of the same value ("the service's
    count of 118"), else the latest of the claim's unit in its sentence [lo, ...) or the one
    right before, not a count of one (a count without a unit may be of people, and takes the unit of the count it
    points at, as does a claim whose unit was only lent by the text's last count). Without one: ("", "", the claim's
    unit).
    """
    named = [earlier for earlier in before if earlier.subject and not is_stand_in(earlier.subject)]
    # A unit the claim only took from the text's last count ("did not recognise the figure of more than 100", after
    # "40 families") gives way to the unit of the count of its value, a count of things: "the numbers were seven and
    # 24", after "seven times apart", count what the count before them counts, no multiple.
    lent = INHERITED_RULE in claim.rule
    for earlier in reversed(named):
        if (earlier.low, earlier.high) == (claim.low, claim.high) and (
            (lent and earlier.unit not in NOT_INHERITED) or claim.unit in ("", earlier.unit)
        ):
            return earlier.subject, earlier.event, earlier.unit
    for earlier in reversed(named):
        if earlier.sentence_start < lo and text[earlier.sentence_end : lo].strip():
            break
        if _is_instance(earlier) or holds_any_day(earlier.unit, earlier.subject):
            # "carrying roughly 340 people, nearly twice its licensed capacity of 180. The owner's estimate of about
            # 300": a capacity, an age or a distance is no count a source's estimate gives.
            continue
        if claim.unit == earlier.unit or {claim.unit, earlier.unit} == {"", "person"}:
            return earlier.subject, earlier.event, claim.unit or earlier.unit
    return "", "", claim.unit


# How many claims back a stand-in may point at one of its value.
_STAND_IN_LOOKBACK = 40


# How far a number may stand from the count it continues in one sentence, and from one it refers to.
_ELIDED_REACH = 200
_REFERRED_REACH = 400
# A count set against another, owned by its source or not: "than the organisers' ", "than the roughly ".
_OWNER = r"(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,3}[A-Za-z][\w-]*(?:'s|s'|’s|s’)[ \t\u00a0]+"
_rival_owner = on_first_use(
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


def _is_conversion(text: str, claim: ClaimDraft, before: ExtractedClaim | FramedRun) -> bool:
    """Return whether ``claim`` converts the number right before it into another unit: "5 km (about 3 miles)"."""
    return (
        isinstance(before, ExtractedClaim)
        and bool(before.subject and claim.unit and before.unit)
        and claim.unit != before.unit
        and _CONVERSION.match(text, before.end, claim.start) is not None
    )


# What stands between a number and its conversion (the conversion's hedge is in its quote): " (", " (or ".
_CONVERSION = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*(?:or[ \t\u00a0]+)?\Z")


def _spans_within(claims: list[ClaimDraft | Run], at: int, j: int, hi: int) -> list[tuple[int, int]]:
    """Return the spans of the claims from index ``at`` (its number ``j`` when a run) that end before ``hi``."""
    spans: list[tuple[int, int]] = []
    # By index: a slice would copy the rest of the list once per sentence.
    for i in range(at, len(claims)):
        c = claims[i]
        if isinstance(c, Run):
            k = c.count_within(hi)
            first = j if i == at else 0
            spans.extend(zip(c.starts[first:k], c.ends[first:k], strict=True))
            if k < len(c):
                break
            continue
        if c.end > hi:
            break
        spans.append((c.start, c.end))
    return spans


def _frame_run(
    text: str,
    run: Run,
    j: int,
    k: int,
    lo: int,
    hi: int,
    places: tuple[str, ...],
    periods: list[Found],
    spans: list[tuple[int, int]],
    published: date | None,
) -> FramedRun:
    """Return numbers ``[j, k)`` of ``run``, in the sentence without a word ``[lo, hi)``, framed as ``frame`` frames each.

        Their periods are found at once (``runs.nearest_periods``) where ``pick_period``'s rules that
        read words or clauses have nothing to read: no comma or semicolon in the sentence, no word
        before a period phrase within a reader's reach (``pick_period`` looks there for "said on
    Sunday"); else each number's is read alone.
    """
    found: list[tuple[int, Period]] | None = None
    if not periods or (
        text.find(",", lo, hi) < 0
        and text.find(";", lo, hi) < 0
        and _LETTER.search(text, max(0, periods[0][0] - REACH), lo) is None
    ):
        found = nearest_periods(run, j, k, periods, published, spans)
    if found is None:
        found = [(i + 1, _period(run.starts[i], run.ends[i], periods, spans, text, published, lo)) for i in range(j, k)]
    return FramedRun(run, j, k, lo, hi, places, found)


def _dated_before(out: list[ExtractedClaim | FramedRun], lo: int, text: str) -> list[tuple[int, Period]]:
    """Return the start and period of each count framed in the sentence from ``lo`` and in the sentence with counts
    before it in its paragraph, whose text gives it a time, in text order."""
    dated: list[tuple[int, Period]] = []
    before = -1
    for item in reversed(out):
        if isinstance(item, FramedRun):
            break
        if item.sentence_start != lo:
            if before < 0:
                if text.find("\n\n", item.sentence_end, lo) >= 0:
                    break
                before = item.sentence_start
            elif item.sentence_start != before:
                break
        if item.period_text:
            dated.append((item.start, (item.period_text, item.period_start, item.period_end, item.period_precision)))
    dated.reverse()
    return dated


def _last_claims(out: list[ExtractedClaim | FramedRun], count: int = 8) -> list[ExtractedClaim]:
    """Return the last ``count`` claims framed, pieces of runs expanded."""
    last: list[ExtractedClaim] = []
    for item in reversed(out):
        if len(last) >= count:
            break
        if isinstance(item, FramedRun):
            last[:0] = item.claims()[-(count - len(last)) :]
        else:
            last.insert(0, item)
    return last[-count:]


# Any letter, in any script.
_LETTER = re.compile(r"[^\W\d_]")
# "the 78", "those 312", "the service's “118”": a number named again after a word that points back.
# How far before a number that word may stand (the opening quotation mark between them included).
_DEFINITE_REACH = 24
_POINTING = ("the", "those", "these", "all")
_DEFINITE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(_POINTING) + r"|[A-Za-z][\w-]*(?:'s|s'|’s|s’))[ \t\u00a0]+[\"“‘]?\Z", re.IGNORECASE
)
# The words ``_DEFINITE``'s match ends with, before its blanks and quotation mark: tried first (``may_end_with``).
_DEFINITE_ENDS = (*_POINTING, "'s", "s'")


def _asked_for(text: str, start: int, unit: str, inherited: bool) -> tuple[str, str, str] | None:
    """Return (subject, event, unit) of the count a question right before ``start`` asks for ("How many marched?"),
    if any: what it asks, its auxiliaries left out; a count of those who did something counts people (``unit``
    stands unless the claim has none or only ``inherited`` one).

    >>> t = "How many marched is still disputed. Police say 25,000."
    >>> _asked_for(t, t.index("25,000"), "", False)
    ('marched', 'marched', 'person')
    >>> t = "Nobody knows how many people were trapped inside. Police say 40."
    >>> _asked_for(t, t.index("40"), "", False)
    ('people trapped inside', 'trapped', 'person')
    """
    questions = list(_ASKED.finditer(text, max(0, start - _ASKED_REACH), start))
    if not questions:
        return None
    asked = questions[-1]
    if asked.group("counted") is not None:
        # "The count of homes damaged is disputed": what it names, its noun first; the count's unit stands. Without a
        # count of counts, only a body of people or a plural is counted ("The crowd ... is contested", not "The
        # decision was disputed").
        words = asked.group("counted").split()
        head = words[0].lower()
        if asked.group("count_of") is None and head not in PEOPLE_COLLECTIVES and not is_plain_plural(head):
            return None
        return " ".join(words[:_ASKED_WORDS]), "", unit
    what = asked.group("what") or asked.group("told")
    words = [w for w in what.split() if w.lower() not in _ASKED_AUX][:_ASKED_WORDS]
    if asked.group("told") is not None and (
        words[0].lower() == "of"
        or (unit and not inherited and unit != (plural_noun_unit(words[0].lower()) or "person"))
    ):
        # "too early to say how many of them were lived in": a part of what was named before; "how many homes" asks
        # for no count of kilometres.
        return None
    event = next((w for w in words if w.endswith("ed")), "")
    if event and (not unit or inherited):
        # "How many marched": those who did it, whatever unit the count before lent; "How many fish escaped": what
        # it names.
        unit = "person" if words[0] == event else plural_noun_unit(words[0].lower()) or unit
    return " ".join(words), event, unit


# A question that asks for a count: "How many marched?", "How many died is unclear".
# The verbs and the words by which a count is said to be in dispute: "is disputed", "remained unclear".
_IS = r"is|are|was|were|remains|remained"
_IN_DISPUTE = r"disputed|unclear|unknown|contested|in[ \t\u00a0]+dispute"
_NOT_KNOWN = r"know|knows|knew|known|unclear|uncertain|sure|certain|say|says|tell|ask|asks|asked|wonder|wonders"
_ASKED = re.compile(
    r"(?<![A-Za-z])[Hh]ow[ \t\u00a0]+many[ \t\u00a0]+(?P<what>[^?.;:,]{1,80}?)(?:\?|[ \t\u00a0]+(?:"
    + _IS
    + r")[ \t\u00a0]+"
    r"(?:still[ \t\u00a0]+)?(?:" + _IN_DISPUTE + r"))"
    # "The count of vehicles that fell has not been settled", "The crowd at the march is even more contested": a count
    # or a body of people in dispute names what the numbers after it count.
    r"|(?<![A-Za-z])[Tt]he[ \t\u00a0]+(?P<count_of>(?:number|count|tally|total|size)[ \t\u00a0]+of[ \t\u00a0]+)?"
    r"(?P<counted>[^?.;:,]{1,80}?)[ \t\u00a0]+(?:" + _IS + r"|has|have)[ \t\u00a0]+"
    r"(?:(?:still|even|more|also|hotly|fiercely)[ \t\u00a0]+){0,2}(?:not[ \t\u00a0]+)?(?:been[ \t\u00a0]+)?"
    r"(?:settled|" + _IN_DISPUTE + r")(?![A-Za-z])"
    # "Nobody knows how many people were inside.", "Police would not say how many were held.": a question told as
    # unanswered asks for the count the numbers after it give.
    r"|(?<![A-Za-z])(?:" + _NOT_KNOWN + r")[ \t\u00a0]+how[ \t\u00a0]+many[ \t\u00a0]+(?P<told>[^?.;:,]{1,80}?)[.?,;]"
)
_ASKED_REACH = 300
_ASKED_WORDS = 6
_ASKED_AUX = frozenset(("have", "has", "had", "were", "was", "been", "really", "actually"))


def _said_again(claim: ClaimDraft, before: list[ExtractedClaim]) -> tuple[str, str, str] | None:
    """Return (subject, event, unit) of the latest earlier claim of the same telling value (``_SAID_AGAIN_FROM`` or
    more, not vague, no share: shares of that size recur) and unit (a count without one may be of people; a unit
    taken from the count before is no unit of its own), if any."""
    if claim.qualifier == "vague" or claim.high is None or claim.high < _SAID_AGAIN_FROM or claim.unit == "percent":
        return None
    for earlier in reversed(before):
        if (earlier.low, earlier.high) != (claim.low, claim.high) or earlier.qualifier == "vague":
            continue
        if earlier.subject and not is_stand_in(earlier.subject):
            if (
                claim.unit == earlier.unit
                or {claim.unit, earlier.unit} == {"", "person"}
                or INHERITED_RULE in claim.rule
            ):
                # A unit lent by the count right before is no unit of its own: the count named again has its unit.
                return earlier.subject, earlier.event, earlier.unit or claim.unit
    return None


# The smallest value a bare count must have to be read as a count the text gave before: small ones recur.
_SAID_AGAIN_FROM = 10


def _named_again(claim: ClaimDraft, before: list[ExtractedClaim]) -> tuple[str, str, str] | None:
    """Return (subject, event, unit) of the latest earlier claim of the same value within reach, if any."""
    for earlier in reversed(before[-8:]):
        if claim.start - earlier.end > _REFERRED_REACH:
            break
        same = (earlier.low, earlier.high) == (claim.low, claim.high) and earlier.qualifier == claim.qualifier
        if same and earlier.subject and (not claim.unit or claim.unit == earlier.unit):
            return earlier.subject, earlier.event, earlier.unit
    return None
