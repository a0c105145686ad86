"""The day of each count in a change or a series: "down from eight", "went from 19 to 27, 33 and 38".

CLAIMS.md: a running total is one figure per calendar day of its count. The count a change is measured
from is an earlier count than the one it changed to: its own day where the text gives one ("up from 180 on
Monday"), else the day before the new count's ("three remained missing on Wednesday, down from eight":
Tuesday's eight). A recap series ("the toll went from 19 on Monday to 27, 33 and 38") gives each count a day
of its own: the last the day the sentence gives it, each before it a day earlier, unless it names its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from .periods import NO_PERIOD, Found, Period, leads_sentence
from .vocabulary import LEX, spaced

__all__ = ["EARLIER_BACK", "change_period", "is_earlier_count", "respective_period", "series_before"]

# How far back a count a change is measured from, or a count before another in a series, is dated when the
# text gives it no day of its own: the count before, a day earlier.
EARLIER_BACK = timedelta(days=1)

_BLANK = r"[ \t\u00a0]"
_BLANKS = " \t\u00a0"
# The words that say a count changed ("rose", "down"), and those a recap runs a series with ("went from 19 to");
# not a source's revision of one count ("cut the number missing to 19 from 27", "raised its count from 11 to 13").
_CHANGE_WORDS = sorted({*LEX["change_verbs"], *LEX["series_verbs"]} - {*LEX["attribution_verbs_needing_at"]})
# "from" before a count, after a word of change in its clause: the count a change is measured from ("up from 118",
# "rose to 52 from 48", "went from 31 to 46"); a conjunction opens another clause ("fled and came from 12 villages").
_EARLIER = re.compile(
    r"(?<![\w'’-])(?:"
    + spaced(_CHANGE_WORDS)
    + r")(?![\w'’-])(?:(?!(?<![\w'’-])(?:and|but|while|whereas|or)(?![\w'’-]))[^,;:!?]){0,60}?,?"
    + _BLANK
    + r"+from"
    + _BLANK
    + r"+\Z",
    re.IGNORECASE,
)
# How far before a count the words of its change may start.
_EARLIER_REACH = 80
# A closing quotation mark before the joining words, an opening one after them; ", and" or ",".
_QUOTE_CLOSED = r"[\"“”'’]?"
_QUOTE_OPENED = r"[\"“”'‘]?"
_COMMA_AND = r"," + _BLANK + r"*(?:and" + _BLANK + r"+)?"
# What leads from the count a series starts at to the next ("from 19 on Monday to 27"), and from each count of
# the series to the next ("27, 33 and 38", "“at least 23”, 26"), a count's own time taken out.
_TO = re.compile(_QUOTE_CLOSED + _BLANK + r"+to" + _BLANK + r"+" + _QUOTE_OPENED + r"\Z")
_AND = re.compile(
    _QUOTE_CLOSED + r"(?:" + _COMMA_AND + r"|" + _BLANK + r"+and" + _BLANK + r"+)" + _QUOTE_OPENED + r"\Z"
)
# What may stand between a count and its own time: blanks ("19 on Monday"), or its unit ("12,000 hectares on Monday").
_OWN_GAP = re.compile(r"(?:" + _BLANK + r"*[A-Za-z]+){0,2}" + _BLANK + r"+\Z")


def is_earlier_count(text: str, lo: int, start: int) -> bool:
    """Return whether the count at ``start`` (of the sentence from ``lo``) is the count a change is measured from.

    >>> t = "The toll rose to 19 on Wednesday from 14, and 40 people fled from 12 villages."
    >>> [is_earlier_count(t, 0, t.index(n)) for n in ("19", "14", "12")]
    [False, True, False]
    >>> t = "Cases reached 240, down from 260, and the count went from 19 to 27."
    >>> [is_earlier_count(t, 0, t.index(n)) for n in ("260", "19", "27")]
    [True, True, False]
    >>> t = "It revised Tuesday's toll down to 101 from 108."
    >>> is_earlier_count(t, 0, t.index("108"))
    False
    """
    window = max(lo, start - _EARLIER_REACH)
    if not text[window:start].rstrip(_BLANKS).lower().endswith("from"):
        # Most counts follow no "from": a glance at the words right before saves the search.
        return False
    change = _EARLIER.search(text, window, start)
    # "revised Tuesday's toll down to 101 from 108": a source's count revised, the old version of one count, not a
    # count of a day before.
    return (
        change is not None and _REVISED.search(text, max(lo, change.start() - _EARLIER_REACH), change.start()) is None
    )


# A verb of revising in the clause before a word of change: "revised its toll down to 101 from 108".
_REVISED = re.compile(
    r"(?<![\w'’-])(?:revis(?:e|es|ed|ing)|correct(?:s|ed|ing)?|adjust(?:s|ed|ing)?|amend(?:s|ed|ing)?)(?![\w'’-])"
    r"[^,;:!?]*\Z",
    re.IGNORECASE,
)


def change_period(
    claim: tuple[int, int],
    others: Sequence[tuple[int, int]],
    found: Sequence[Found],
    text: str,
    lo: int,
    pick: Callable[[tuple[int, int]], Period],
    published: date | None,
) -> Period | None:
    """Return the period of the count at ``claim`` as a count of a change or a series, or None when it is neither.

    ``others`` are the spans of its sentence's counts (from ``lo``), in order, ``found`` its period phrases and
    ``pick`` the period a count takes by its nearest time.

    >>> t = "Three remained missing on Wednesday, down from eight."
    >>> wednesday = ("on Wednesday", date(2024, 3, 13), date(2024, 3, 13), "day")
    >>> spans = [(0, 5), (47, 52)]
    >>> change_period((47, 52), spans, [(23, 35, wednesday, -1, NO_PERIOD)], t, 0, lambda c: wednesday,
    ...               date(2024, 3, 14))[1:]
    (datetime.date(2024, 3, 12), datetime.date(2024, 3, 12), 'day')
    """
    series = _series_of(claim, others, text, lo)
    if series is None:
        return None
    at = series.index(claim)
    own = [_own_period(c, others, found, text) for c in series]
    if own[at] is not None:
        return own[at]
    mine = pick(claim)
    if any(
        o not in series and is_earlier_count(text, lo, o[0]) and _own_period(o, others, found, text) == mine
        for o in others
    ):
        # "9,000 were in camps, up from 7,500 on Tuesday, while the number missing fell to 12 from 19": the day of
        # another count changed from is the day of the earlier counts.
        return None
    # The last count of a series, and a count a change is measured from alone, are read back from the day the
    # sentence gives: the last count's, unless that is the time of another count of the series.
    last = series[-1]
    day = pick(last) if own[-1] is None else own[-1]
    if own[-1] is None and any(p is not None and p[1:] == day[1:] for p in own[:-1]):
        day = NO_PERIOD
    if at == len(series) - 1:
        return day
    if not day[0]:
        if published is None:
            return None
        day = ("", published, published, "day")
    for i in range(len(series) - 2, at - 1, -1):
        stated = own[i]
        if stated is not None and i > at:
            day = stated
            continue
        if day[3] != "day" or day[1] is None or day[1] != day[2]:
            # A span, a month or a year: no day before it to give.
            return None
        back = day[1] - EARLIER_BACK
        day = (day[0], back, back, "day")
    return day


def respective_period(
    claim: tuple[int, int],
    others: Sequence[tuple[int, int]],
    text: str,
    hi: int,
    found: Sequence[Found],
    dated: Sequence[tuple[int, Period]],
) -> Period | None:
    """Return the day of the count at ``claim`` in a list of bare counts that answers a run of dated counts before it,
    or None.

    "The county counted 12 on Monday and 18 on Tuesday. The clinic's figures were 20 and 31.": a list of counts with
    no time of their own ("20 and 31", "from 20 to 31, then 40") after counts of as many days, in its sentence or the
    sentence before, gives each count the day of its place: 20 Monday's, 31 Tuesday's. ``others`` are the spans of the
    claim's sentence's counts, in order; ``dated`` the start and period of each count framed before the list, from
    the sentence before it on; ``found`` the period phrases of the sentence, which ends at ``hi``: a time in the list
    or after it in its clause is the list's own ("the clinic's were 20 and 31 on Friday", "20 on Monday and 31 on
    Tuesday").

    >>> t = "It counted 12 on Monday and 18 on Tuesday; the clinic's were 20 and 31."
    >>> monday, tuesday = (("on " + d, date(2024, 3, n), date(2024, 3, n), "day") for d, n in (("Monday", 11),
    ...                    ("Tuesday", 12)))
    >>> spans = [(t.index(n), t.index(n) + 2) for n in ("12", "18", "20", "31")]
    >>> [respective_period(span, spans, t, len(t), [], [(11, monday), (28, tuesday)])[0] for span in spans[2:]]
    ['on Monday', 'on Tuesday']
    """
    if claim not in others:
        return None
    at = others.index(claim)
    first = last = at
    while first > 0 and _LISTED.fullmatch(text, others[first - 1][1], others[first][0]):
        first -= 1
    while last + 1 < len(others) and _LISTED.fullmatch(text, others[last][1], others[last + 1][0]):
        last += 1
    count = last - first + 1
    if count < 2:
        return None
    clause_end = text.find(";", others[last][1], hi)
    if any(others[first][0] <= s < (hi if clause_end < 0 else clause_end) for s, _, _, _, _ in found):
        return None
    if any(
        s < others[first][0]
        and leads_sentence(text, s)
        and not any(s < d < others[first][0] and own[1:] != period[1:] for d, own in dated)
        for s, _, period, _, _ in found
    ):
        # "On Monday the two counts were nearly 900 and 164": a time that leads the list's sentence, with no count of
        # another time between, is the list's.
        return None
    days: list[Period] = []
    for start, period in dated:
        if start >= others[first][0]:
            break
        if period[3] == "day" and period[1] is not None and period[1] == period[2]:
            if days and days[-1][1] == period[1]:
                continue
            days.append(period)
    days = days[-count:]
    if len(days) < count or any(a[1] >= b[1] for a, b in itertools.pairwise(days)):  # type: ignore[operator]
        return None
    return days[at - first]


# What joins one bare count of a list to the next: "20, 31 and 40", "from 20 to 31, then 40", "200 and then 260".
_LISTED = re.compile(
    _QUOTE_CLOSED
    + r"(?:"
    + _COMMA_AND
    + r"(?:then"
    + _BLANK
    + r"+)?|"
    + _BLANK
    + r"+(?:(?:and"
    + _BLANK
    + r"+)?then|and|to)"
    + _BLANK
    + r"+)"
    + _QUOTE_OPENED
)


def series_before(
    claim: tuple[int, int], others: Sequence[tuple[int, int]], text: str, lo: int
) -> tuple[int, int] | None:
    """Return the count right before ``claim`` in the series it is a later count of, or None.

    A series names its unit once: "from 12,000 hectares on Monday to 18,500 on Tuesday and 24,000 on Wednesday".

    >>> t = "The area went from 120 hectares on Monday to 185 on Tuesday, 240 and 275."
    >>> spans = [(t.index(n), t.index(n) + 3) for n in ("120", "185", "240", "275")]
    >>> [series_before(span, spans, t, 0) for span in spans] == [None, *spans[:3]]
    True
    """
    series = _series_of(claim, others, text, lo)
    if series is None or series[0] == claim:
        # Not in a series, or its first count (a change's old count included: "down from eight").
        return None
    return series[series.index(claim) - 1]


def _series_of(
    claim: tuple[int, int], others: Sequence[tuple[int, int]], text: str, lo: int
) -> list[tuple[int, int]] | None:
    """Return the counts of the change or series ``claim`` is one of, oldest first, or None.

    A series runs from the count it starts at ("from 19 on Monday") to each count joined after it ("to 27, 33
    and 38"); a change measured from a count ("down from eight") is that count, then the one it changed to.
    """
    if claim not in others:
        return None
    at = others.index(claim)
    first = at
    while first > 0 and _joins(text, others[first - 1], others[first][0]) is _AND:
        first -= 1
    if first > 0 and _joins(text, others[first - 1], others[first][0]) is _TO:
        first -= 1
    if not is_earlier_count(text, lo, others[first][0]):
        return _alone(claim, others, text, lo)
    series = [others[first]]
    for i in range(first + 1, len(others)):
        nxt = others[i]
        after = others[i + 1][0] if i + 1 < len(others) else len(text)
        if _joins(text, series[-1], nxt[0]) is not (_TO if len(series) == 1 else _AND) or not _ends_item(
            text, nxt, after
        ):
            break
        series.append(nxt)
    if len(series) == 1 or claim not in series:
        return _alone(claim, others, text, lo)
    return series


# What ends a count of a series: the joint to the next, or the end of its clause, after its unit at most ("33 and 38.",
# "to 7 euros.").
_ITEM_END = re.compile(r"(?:" + _BLANK + r"+[A-Za-z%]+)?[\"“”'’]?" + _BLANK + r"*(?:[.,;:!?]|\Z)")


def _ends_item(text: str, claim: tuple[int, int], after: int) -> bool:
    """Return whether the count at ``claim`` ends its item of a series there, its own time aside, not a clause of
    its own ("to 27, and 40 people fled").
    """
    gap = text[claim[1] : after]
    rest = gap[_own_cut(gap) :]
    return _ITEM_END.match(rest) is not None or _joins(text, claim, after) is not None


def _alone(
    claim: tuple[int, int], others: Sequence[tuple[int, int]], text: str, lo: int
) -> list[tuple[int, int]] | None:
    """Return [claim, the count it changed to] when ``claim`` is a count a change is measured from, else None."""
    if not is_earlier_count(text, lo, claim[0]):
        return None
    before = [o for o in others if o[1] <= claim[0]]
    if not before:
        return None
    return [claim, before[-1]]


def _joins(text: str, prev: tuple[int, int], start: int) -> re.Pattern[str] | None:
    """Return the pattern (``_TO``, ``_AND``) that joins the count at ``prev`` to the next at ``start``, or None."""
    gap = text[prev[1] : start]
    cut = _own_cut(gap)
    unit = _UNIT.match(gap)
    for joint in (_TO, _AND):
        if joint.fullmatch(gap[cut:]) or (unit and joint.fullmatch(gap[unit.end() :])):
            return joint
    return None


# The unit a count may carry before the joint to the next ("30,000 hectares, 41,000").
_UNIT = re.compile(_BLANK + r"+(?!(?:to|and)(?![\w'’-]))[A-Za-z%]+")


# A count's own time right after it, before the joint to the next: "19 on Monday to", "27 on Tuesday, ".
_OWN_TIME = re.compile(
    r"(?:"
    + _BLANK
    + r"+[A-Za-z]+){0,2}?"
    + _BLANK
    + r"+(?:"
    + spaced(LEX["period_prepositions"])
    + r")"
    + _BLANK
    + r"+[A-Za-z]+(?:"
    + _BLANK
    + r"+(?:morning|afternoon|evening|night))?"
)


def _own_cut(gap: str) -> int:
    """Return where the joint after a count starts in ``gap``: past its own time ("on Monday"), if it has one."""
    m = _OWN_TIME.match(gap)
    return m.end() if m else 0


def _own_period(
    claim: tuple[int, int], others: Sequence[tuple[int, int]], found: Sequence[Found], text: str
) -> Period | None:
    """Return the period phrase right after the count at ``claim`` ("19 on Monday"), before any other count."""
    nxt = min((o[0] for o in others if o[0] >= claim[1]), default=len(text))
    for s, e, period, _, _ in found:
        if claim[1] <= s and e <= nxt and _OWN_GAP.fullmatch(text, claim[1], s) and period[1] is not None:
            return period
    return None
