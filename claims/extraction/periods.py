"""When a claim is about: the words that say it ("on Monday", "last month", "since 2020") and the dates they mean.

Relative words are resolved against the publication date: a weekday is the latest such
day on or before it (the next on or after it in a clause about time to come: "will be
tried on Thursday"), a month without a year the latest such month, "last month" the
month before. A day gives that day, a week its seven days, a month its first and last
day, a year its first and last day; "since" gives a start only (a claim's frame closes it on the
day printed, and a running count since a day is that day's: ``framing``). Without a publication
date only explicit years resolve.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

from .corrections import aside_end, is_corrected, is_correction
from .vocabulary import LEX, alternation, on_first_use, spaced
from .words_around import REACH, bag_of_words, is_table_text

__all__ = [
    "Found",
    "Period",
    "find_period",
    "is_base",
    "is_running",
    "is_said_on",
    "leads_sentence",
    "paragraph_day",
    "periods_in",
    "pick_period",
    "resolve_period",
    "stood_at_before",
    "tells_past",
]

Period = tuple[str, date | None, date | None, str]
NO_PERIOD: Period = ("", None, None, "")

_MONTH_NUMBERS = {name: i % 12 + 1 for i, name in enumerate(LEX["months"][:12])}
for _abbr in LEX["months"][12:]:
    _MONTH_NUMBERS[_abbr] = next(n for full, n in _MONTH_NUMBERS.items() if full.startswith(_abbr[:3]))
_FULL_MONTHS = frozenset(LEX["months"][:12])
_WEEKDAY_NUMBERS = {name: i for i, name in enumerate(LEX["weekdays"])}
_RELATIVE_DAYS: dict[str, int] = LEX["period_relative_days"]
_OPEN_START = frozenset(LEX["period_open_start"])

_MONTH = (
    r"(?P<{}>"
    + "|".join(
        sorted(
            (m.capitalize() + (r"\.?" if len(m) <= 4 and m != "may" else "") for m in _MONTH_NUMBERS),
            key=len,
            reverse=True,
        )
    )
    + r")(?![A-Za-z])"
)
_PREP = (
    r"(?P<prep>(?:"
    + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in LEX["period_prepositions"]), key=len, reverse=True))
    + r")(?:\s+|(?<=mid)-))?"
)
_DAYNUM = r"(?P<{}>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)[0-9]{{2}})(?![0-9])"
_PRIOR_WORDS = r"(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:day|night)\s+(?:before|earlier)|the\s+previous\s+day"
_PRIOR = re.compile(_PRIOR_WORDS, re.IGNORECASE)
# A small count of hours, days or weeks, in digits or words ("24", "eleven"), and the unit it counts back in.
_SMALL_NUMBERS: dict[str, int] = LEX["number_words"]["units"]
_COUNT = r"(?P<{}>[0-9]{{1,3}}|" + "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True)) + r")"
_SPAN_DAYS = {"hours": 0, "days": 1, "weeks": 7}
# The parts of a day that "that" or "the same" points back with ("that evening": the day named before it).
_DAY_PARTS: list[str] = LEX["period_day_parts"]
_SPAN_UNIT = r"(?P<{}>hours|days|weeks)(?![A-Za-z])"
_PERIOD = re.compile(
    r"(?<![A-Za-z0-9])(?:" + _PREP + r"(?:"
    # 2023-10-08
    r"(?P<iso>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])"
    # Oct. 8, 2023 / October 8
    r"|" + _MONTH.format("m1") + r"\s+" + _DAYNUM.format("d1") + r"(?![0-9])(?:,?\s+" + _YEAR.format("y1") + r")?"
    # 8 October 2023 / 8th of October
    r"|" + _DAYNUM.format("d2") + r"\s+(?:of\s+)?" + _MONTH.format("m2") + r"(?:,?\s+" + _YEAR.format("y2") + r")?"
    # October 2023 / October (not a name's first word: "Jan Suraksha Manch", "May Ling")
    r"|" + _MONTH.format("m3") + r"(?:,?\s+(?:of\s+)?" + _YEAR.format("y3") + r"|(?![ \t\u00a0]+(?-i:[A-Z])))"
    # in 2023
    r"|" + _YEAR.format("y4") + r"(?![-–/][0-9])"
    # Monday
    r"|(?P<wd>" + "|".join(w.capitalize() for w in _WEEKDAY_NUMBERS) + r")(?![A-Za-z])"
    # last month, this week, earlier this year
    r"|(?P<rel>(?:so\s+far\s+|earlier\s+|later\s+)?(?:last|this|past|previous)\s+(?:week|month|year))(?![A-Za-z])"
    r"|(?P<day>" + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in _RELATIVE_DAYS) + r")(?![A-Za-z])"
    # a day earlier, the day before: the day before the day the sentence names (else before publication)
    r"|(?P<prior>" + _PRIOR_WORDS + r")(?![A-Za-z]|[ \t\u00a0]+of[ \t\u00a0])"
    r"|(?P<same>(?:the\s+same|that)\s+(?:" + alternation(_DAY_PARTS) + r"))(?![A-Za-z'’])"
    # the past 24 hours, the last 11 days: from that many days before the day printed to it
    r"|(?P<recent>(?:the\s+)?(?:past|last|previous)\s+" + _COUNT.format("rn") + r"\s+" + _SPAN_UNIT.format("ru") + r")"
    # the three days to Monday, the 48 hours to Monday evening: that many days back from the day named
    r"|(?P<upto>(?:the\s+)?" + _COUNT.format("un") + r"\s+" + _SPAN_UNIT.format("uu") + r"\s+(?:up\s+)?to\s+"
    r"(?P<uwd>" + "|".join(w.capitalize() for w in _WEEKDAY_NUMBERS) + r"))(?![A-Za-z])"
    # nine days ago: that many days before the day printed
    r"|(?P<ago>" + _COUNT.format("an") + r"\s+" + _SPAN_UNIT.format("au") + r"\s+ago)(?![A-Za-z])"
    r"))",
    re.IGNORECASE,
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _latest_month(month: int, published: date) -> int:
    """Return the year of the latest such month on or before ``published``."""
    return published.year if month <= published.month else published.year - 1


def resolve_period(
    m: re.Match[str], published: date | None, *, ahead: bool = False
) -> tuple[date | None, date | None, str]:
    """Return (start, end, precision) for one period match, relative words read against ``published``.

    ``ahead``: the clause speaks of what is to come ("will be tried on Thursday"), so a weekday, a month or a day
    of a month without a year is the next such one on or after publication.
    """
    g = m.group
    if g("iso"):
        y, mo, d = (int(x) for x in g("iso").split("-"))
        return _day(y, mo, d)
    for mk, dk, yk in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g(mk):
            month = _MONTH_NUMBERS[g(mk).rstrip(".").lower()]
            day = int(g(dk))
            if g(yk):
                return _day(int(g(yk)), month, day)
            if published is None:
                return None, None, ""
            year = published.year
            try:
                if date(year, month, day) > published and not ahead:
                    year -= 1
                elif date(year, month, day) < published and ahead:
                    year += 1
            except ValueError:
                return None, None, ""
            return _day(year, month, day)
    if g("m3"):
        month = _MONTH_NUMBERS[g("m3").rstrip(".").lower()]
        if g("y3"):
            year = int(g("y3"))
        elif published is not None:
            year = _latest_month(month, published)
            if ahead and month != published.month:
                # "will meet in March", printed in November: the next March; "will open by the end of February",
                # printed in January: this February, not last year's.
                year = published.year + (month < published.month)
        else:
            return None, None, ""
        return date(year, month, 1), _month_end(year, month), "month"
    if g("y4"):
        year = int(g("y4"))
        return date(year, 1, 1), date(year, 12, 31), "year"
    if published is None:
        return None, None, ""
    if g("wd"):
        back = (published.weekday() - _WEEKDAY_NUMBERS[g("wd").lower()]) % 7
        weekday = published - timedelta(days=back) if not ahead or not back else published + timedelta(days=7 - back)
        return weekday, weekday, "day"
    if g("day"):
        words = " ".join(g("day").lower().split())
        named = published - timedelta(days=_RELATIVE_DAYS[words])
        if words == "overnight":
            # The night that ends on the day printed.
            return named, published, "day"
        return named, named, "day"
    if g("prior"):
        return published - timedelta(days=1), published - timedelta(days=1), "day"
    if g("upto"):
        # "in the three days to Monday": the span back from that Monday (the latest on or before the day printed).
        named = published - timedelta(days=(published.weekday() - _WEEKDAY_NUMBERS[g("uwd").lower()]) % 7)
        first, _, precision = _counted_back(g("un"), g("uu"), named, ago=False)
        if first is not None and g("uu").lower() != "hours":
            # The days counted hold the day named: "the three days to Monday" are Saturday, Sunday and Monday.
            first += timedelta(days=1)
        return first, named, precision
    if g("recent") or g("ago"):
        return _counted_back(
            *((g("rn"), g("ru")) if g("recent") else (g("an"), g("au"))), published, ago=bool(g("ago"))
        )
    if g("same"):
        # "the same day": the day named before it (``periods_in`` reads it), else the publication day.
        return published, published, "day"
    return _relative(g("rel").lower().split(), published)


def _counted_back(count: str, unit: str, published: date, *, ago: bool) -> tuple[date | None, date | None, str]:
    """Return the span of "the past 24 hours", "the last ten days" back from ``published``, or with ``ago`` the day
    "nine days ago".

    >>> [str(d) for d in _counted_back("ten", "days", date(2024, 3, 14), ago=False)[:2]]
    ['2024-03-04', '2024-03-14']
    """
    n = int(count) if count.isdigit() else _SMALL_NUMBERS[count.lower()]
    back = timedelta(days=-(-n // 24) if unit.lower() == "hours" else n * _SPAN_DAYS[unit.lower()])
    if ago:
        return published - back, published - back, "day"
    return published - back, published, "day"


def _relative(rel: list[str], published: date) -> tuple[date | None, date | None, str]:
    """Return the period of "last month", "this week", "so far this year" (its words, lower-cased) against
    ``published``."""
    unit = rel[-1]
    previous = rel[-2] in ("last", "past", "previous")
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        if previous:
            return monday - timedelta(days=7), monday - timedelta(days=1), "day"
        return monday, published, "day"
    if rel[0] == "so":
        # "so far this year": from its start to the day printed.
        return date(published.year, published.month if unit == "month" else 1, 1), published, "day"
    if unit == "month":
        year, month = published.year, published.month
        if previous:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return date(year, month, 1), _month_end(year, month), "month"
    year = published.year - 1 if previous else published.year
    return date(year, 1, 1), date(year, 12, 31), "year"


def _day(year: int, month: int, day: int) -> tuple[date | None, date | None, str]:
    try:
        d = date(year, month, day)
    except ValueError:
        return None, None, ""
    return d, d, "day"


# A period found in a sentence: its span, what it says, and for "October 30" the month alone (span and period).
Found = tuple[int, int, Period, int, Period]


def periods_in(
    text: str,
    lo: int,
    hi: int,
    published: date | None,
    bag: frozenset[str] | None = None,
    earlier: date | None = None,
) -> list[Found]:
    """Return every period phrase in [lo, hi), resolved against ``published``, read once for all claims there.

    ``bag`` (the words of the span, lower-cased) saves the search when no word of a period is there;
    ``earlier`` is the last day the text named before the span ("on the same day" is that day).
    """
    if is_table_text(text, lo, hi):
        return _years_in(text, lo, hi)
    if bag is None:
        bag = bag_of_words(text, lo, hi)
    cues = set(_CUES.intersection(bag))
    # "Wednesday's march": a possessive time is one word in the bag.
    cues.update(w[:-2] for w in bag if w.endswith(_POSSESSIVE) and w[:-2] in _CUES)
    # "2024-03-02" is one word in the bag; its year is the cue.
    if "-0" in text[lo:hi] or "-1" in text[lo:hi]:
        cues.update(w[:4] for w in bag if len(w) == 10 and w[4:5] == "-" and w[:4] in _CUES)
    if not cues:
        return []
    out: list[Found] = []
    priors: set[tuple[int, int]] = set()
    sames: set[tuple[int, int]] = set()
    for m in _matches(text, lo, hi, cues):
        core = m.group("m1") or m.group("m2") or m.group("m3") or m.group("wd")
        if core and not core[0].isupper():
            continue
        if m.group("m3") and m.group("m3").lower() == "may" and not (m.group("prep") or m.group("y3")):
            continue
        if m.group("m3") and m.group("m3").isupper() and not m.group("y3"):
            # "the nurses' union SEP said": a month alone in capitals is an acronym.
            continue
        if m.group("m3") and not m.group("y3") and m.group("m3").rstrip(".").lower() not in _FULL_MONTHS:
            # News writing shortens a month only before a day ("Oct. 8"); a month standing alone is spelled out, so
            # "Lloret de Mar" and "Jan Suraksha" name no month.
            continue
        month_end, month = -1, NO_PERIOD
        if m.group("m1"):
            # "in October 30 people fled": when the number is the claim, the month alone is the period.
            alone = _PERIOD.match(text[m.start() : m.end("m1")])
            if alone is not None and alone.group("m3") == m.group("m1"):
                month_end, month = m.end("m1"), _period_of(alone, published)
        ahead = (m.group("wd") or m.group("m1") or m.group("m2") or m.group("m3")) is not None and (
            _FUTURE.search(text, max(lo, m.start() - _FUTURE_REACH), m.start()) is not None
        )
        if not ahead and m.group("wd") and published is not None and _is_next_day(m, published):
            # "an alert for Saturday", printed on a Friday: a weekday alone is of the week around the day printed, and
            # six days back would be "last Saturday"; the next day it is ("since Saturday" may run a week back, and so
            # may a run of days: "Friday and Saturday were the busiest").
            ahead = True
        period = _period_of(m, published, ahead=ahead)
        since = _SINCE_CLAUSE.search(text, max(lo, m.start() - 64), m.start())
        if since is not None and period[2] is not None and not _is_as_of(m):
            # But a time a count stands at closes the span ("41 had died since Saturday by Tuesday night").
            # "displaced since fighting broke out on Sunday": from that day on.
            period = (text[since.start() : m.end()], period[1], None, period[3])
        if m.group("prior"):
            priors.add(m.span())
        if m.group("same"):
            sames.add(m.span())
        out.append((m.start(), m.end(), period, month_end, month))
    out.sort(key=lambda found: (found[0], found[1]))
    _join_spans(text, out)
    named: date | None = earlier
    for at, (s, e, period, month_end, month) in enumerate(out):
        if named is not None and (s, e) in priors:
            # "rose to 79 on Wednesday from 63 a day earlier": the day before the day named before it.
            day = named - timedelta(days=1)
            period = (period[0], day, day, "day")
            out[at] = (s, e, period, month_end, month)
        elif (s, e) in sames:
            # "... by Wednesday. The observatory counted 1,700 on the same day": the day named before it.
            period = (period[0], named, named, "day") if named is not None else (period[0], None, None, "")
            out[at] = (s, e, period, month_end, month)
        if period[3] == "day" and period[2]:
            named = period[2]
    return out


# How far back the paragraph of a sentence is looked for (its blank line), and what opens a paragraph.
_PARAGRAPH_REACH = 1500
_PARAGRAPH_BREAK = "\n\n"


def paragraph_day(text: str, lo: int, published: date) -> date | None:
    """Return the last day the paragraph of the sentence at ``lo`` names before it, unless it names ``published``.

    "A fire tore through the plant on Monday. Nine workers died, police said." (printed on Tuesday): the day of the
    event the paragraph told before the count. A paragraph that names the day printed tells of that day (None); a
    day that owns another count ("Monday's figure of 18") is that count's, and a span ("since Sunday") is no day; the
    headline and the body are paragraphs of their own.

    >>> t = "A fire tore through the plant on Monday. Nine workers died.\\n\\nOn Tuesday, 40 were evacuated."
    >>> paragraph_day(t, t.index("Nine"), date(2026, 3, 10)), paragraph_day(t, t.index("On Tue"), date(2026, 3, 10))
    (datetime.date(2026, 3, 9), None)
    >>> t = "The strike grew on Tuesday to 35, up from Monday's figure of 18. Campaigners said it was 100."
    >>> paragraph_day(t, t.index("Campaigners"), date(2026, 3, 10)) is None
    True
    """
    start = text.rfind(_PARAGRAPH_BREAK, max(0, lo - _PARAGRAPH_REACH), lo)
    if start < 0:
        if lo > _PARAGRAPH_REACH:
            return None
        start = 0
    days = [
        first
        for _, e, (_, first, last, precision), _, _ in periods_in(text, start, lo, published)
        if precision == "day"
        and first is not None
        and first == last
        and first <= published
        and not (_is_owner(text, e) and _OWNED_COUNT.match(text, e) is not None)
    ]
    # A paragraph that names the day printed tells of that day ("grew on Tuesday ... Campaigners said the true number
    # was", "fell on Tuesday, leaving them below Friday's close").
    return days[-1] if days and published not in days else None


def stood_at_before(text: str, lo: int, hi: int, published: date) -> date | None:
    """Return the day the sentence before the one at [lo, hi), in its paragraph, opens with as the time counts stood
    at ("By Tuesday evening, ...", "As of Monday, ..."), when that day is before ``published`` and the sentence names no
    time of its own ("Its Thursday bulletin put cases at 759"); else None.

    "By Tuesday, police said 340 had been arrested. Lawyers said 1,700 were held.": 1,700 is Tuesday's count too.

    >>> t = "By Tuesday, police said 340 had been arrested. Lawyers said 1,700 were held."
    >>> stood_at_before(t, t.index("Lawyers"), len(t), date(2026, 3, 12)), stood_at_before(t, 0, 46, date(2026, 3, 12))
    (datetime.date(2026, 3, 10), None)
    """
    if periods_in(text, lo, hi, published):
        return None
    end = len(text[:lo].rstrip())
    if end <= 0 or text[end - 1] not in '.!?"”':
        return None
    start = max(text.rfind(". ", 0, end - 1), text.rfind("? ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
    while start < end and text[start] in ' \t\u00a0"“':
        start += 1
    if _PARAGRAPH_BREAK in text[start:lo] or text.find("\n", start, lo) >= 0:
        return None
    for s, _, (words, first, last, precision), _, _ in periods_in(text, start, end, published):
        if s == start and words.lower().partition(" ")[0] in _AS_OF and precision == "day" and first == last:
            return first if first is not None and first < published else None
        break
    return None


# A sentence that tells what stands now ("are still missing", "the toll stands at", "have been recovered so far"), and
# one that tells what was ("were killed", "had boarded", "marched"): a past tense, a word of ``period_past_words`` or
# a word ending in "-ed".
_STANDING = re.compile(r"(?<![\w'’-])(?:" + spaced(LEX["period_standing_words"]) + r")(?![\w'’-])", re.IGNORECASE)
_PAST = re.compile(
    r"(?<![\w'’-])(?:(?:" + alternation(LEX["period_past_words"]) + r")|[A-Za-z]{2,}ed)(?![\w'’-])", re.IGNORECASE
)


# A sentence that tells a count changing ("postponed another 18, bringing the total to 49", "rose to 31"): a count
# of the day it is printed, whatever day the event was.
_CHANGING = re.compile(
    r"(?<![\w'’-])(?:"
    + spaced(sorted({*LEX["change_verbs"], *LEX["series_verbs"], "total"} - {"up", "down"}))
    + r")(?![\w'’-])",
    re.IGNORECASE,
)


# A sentence that tells what is to come ("23 were damaged and three will be demolished"): a count of the day printed.
_TO_COME = re.compile(r"(?<![\w'’-])(?:" + spaced(LEX["period_future_words"]) + r")(?![\w'’-])", re.IGNORECASE)


def tells_past(text: str, lo: int, hi: int) -> bool:
    """Return whether the sentence [lo, hi) tells a past event and nothing that stands now, changes or is to come.

    >>> tells_past("Nine workers were killed, police said.", 0, 38), tells_past("Four are still missing.", 0, 23)
    (True, False)
    >>> tells_past("The union says 40,000.", 0, 22), tells_past("It cancelled 18 more, bringing the total to 49.", 0, 47)
    (False, False)
    >>> tells_past("Nine houses were damaged and two will be demolished.", 0, 52)
    False
    """
    return (
        _STANDING.search(text, lo, hi) is None
        and _CHANGING.search(text, lo, hi) is None
        and _TO_COME.search(text, lo, hi) is None
        and _PAST.search(text, lo, hi) is not None
    )


def _is_next_day(m: re.Match[str], published: date) -> bool:
    """Return whether a weekday match alone ("on Saturday", "for Saturday") names the day after ``published``: not
    "last Saturday" or "since Saturday", nor a day of a run ("Saturday and Sunday", "Friday to Saturday").

    >>> friday = date(2024, 3, 15)
    >>> [_is_next_day(_PERIOD.search(t), friday) for t in ("for Saturday.", "last Saturday", "Saturday and Sunday")]
    [True, False, False]
    """
    if (published.weekday() - _WEEKDAY_NUMBERS[m.group("wd").lower()]) % 7 != 6:
        return False
    prep = (m.group("prep") or "").lower().split()
    if prep and (prep[0] in _OPEN_START or prep[0] == "last"):
        return False
    return (
        _DAY_RUN_AFTER.match(m.string, m.end()) is None
        and _DAY_RUN_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None
    )


# A weekday that runs on to another, or on from one: "Friday and Saturday", "Friday to Saturday".
_WEEKDAY_WORDS = "|".join(w.capitalize() for w in _WEEKDAY_NUMBERS)
_DAY_RUN_AFTER = re.compile(r"[ \t\u00a0]*(?:and|to|through|or|-|–)[ \t\u00a0]*(?:" + _WEEKDAY_WORDS + r")(?![A-Za-z])")
_DAY_RUN_BEFORE = re.compile(r"(?:" + _WEEKDAY_WORDS + r")[ \t\u00a0]*(?:and|to|through|or|-|–)[ \t\u00a0]*\Z")


def _join_spans(text: str, found: list[Found]) -> None:
    """Join "between Monday night and Tuesday morning", "from January to March" into one span, in place.

    >>> t = "between Monday night and Tuesday morning"
    >>> found = [(0, 14, ("Monday", date(2024, 3, 11), date(2024, 3, 11), "day"), -1, NO_PERIOD),
    ...          (25, 32, ("Tuesday", date(2024, 3, 12), date(2024, 3, 12), "day"), -1, NO_PERIOD)]
    >>> _join_spans(t, found)
    >>> [(s, e, p[0], str(p[1]), str(p[2])) for s, e, p, _, _ in found]
    [(0, 32, 'between Monday night and Tuesday', '2024-03-11', '2024-03-12')]
    """
    at = 0
    while at + 1 < len(found):
        s, e, period, _, _ = found[at]
        s2, e2, period2, _, _ = found[at + 1]
        first, last = period[1], period2[2]
        if (
            first is not None
            and last is not None
            and first < last
            and period[3] == period2[3]
            and _SPAN_JOIN.fullmatch(text, e, s2)
            and (text[s:e].lower().startswith(_SPAN_OPENERS) or _is_next(period, period2, text[e:s2]))
        ):
            found[at : at + 2] = [(s, e2, (text[s:e2], first, last, period[3]), -1, NO_PERIOD)]
        at += 1


def _is_next(period: Period, then: Period, between: str) -> bool:
    """Return whether two times joined by "and" follow one another ("Tuesday and Wednesday", "2019 and 2020")."""
    return (
        between.split()[-1].lower() == "and"
        and period[2] is not None
        and then[1] is not None
        and then[1] - period[2] == timedelta(days=1)
    )


# The words that open a span of two times, and what stands between them ("Monday night and Tuesday").
_SPAN_OPENERS = ("between", "from")
_SPAN_JOIN = re.compile(
    r"(?:[ \t\u00a0]+(?:morning|afternoon|evening|night))?[ \t\u00a0]+(?:and|to|until|through)[ \t\u00a0]+"
)


def _years_in(text: str, lo: int, hi: int) -> list[Found]:
    """Return the period phrases of ``periods_in`` in [lo, hi), which holds only digits and blanks: its bare years.

    No other period can be written there, nor a word that changes a year's reading; a year's
    period is found once for every window of a table that holds it.

    >>> [(s, e, p[0], str(p[1])) for s, e, p, _, _ in _years_in("5 1993 19931 2001", 0, 17)]
    [(2, 6, '1993', '1993-01-01'), (13, 17, '2001', '2001-01-01')]
    """
    out: list[Found] = []
    for m in _BARE_YEAR.finditer(text, lo, hi):
        s, e = m.span()
        if text[e : e + 1].isalpha():
            # As ``_matches``: a cue word runs on into a letter after the span.
            continue
        year = m.group()
        period = _YEAR_PERIODS.get(year)
        if period is None:
            match = _PERIOD.match(text, s, hi)
            assert match is not None and match.group("y4") == year
            period = _YEAR_PERIODS[year] = _period_of(match, None)
        out.append((s, e, period, -1, NO_PERIOD))
    return out


# A bare year among digits and blanks, as ``_PERIOD`` reads one (a cue of ``_CUES``); its period, by its digits.
# (It opens with the year's first digits, so the regex engine skips ahead to them; the look back follows.)
_BARE_YEAR = re.compile(r"(?:19|20)(?<![A-Za-z0-9]..)[0-9]{2}(?![0-9])")
_YEAR_PERIODS: dict[str, Period] = {}


def pick_period(
    start: int,
    end: int,
    found: list[Found],
    reach: int = REACH,
    others: Sequence[tuple[int, int]] = (),
    text: str = "",
    again: bool = False,
    running: bool = False,
) -> Period:
    """Return the period among ``found`` nearest the claim at [start, end), within ``reach``.

    ``others`` are the spans of the sentence's claims in ``text`` (this one's may be among them): a period
    beyond another claim, in that claim's clause and not in this one's, is that claim's
    ("48,000 in shelters, up from 31,000 on Monday": Monday is the 31,000's). ``again``: the claim is a
    count named again ("the 118 who escaped", "the service's 118"), of the time it was first given: only a
    time after it in its own clause ("the 118 who escaped on Sunday") is its own. ``running``: the claim counts
    a running total (the dead, the injured, the evacuated: ``is_running``), of the day it was counted.
    """
    best = NO_PERIOD
    best_span = (-1, -1)
    best_rank = (3, 2, reach + 1)
    # The nearest day of a saying, for a count since a day ("displaced since Sunday, the governor said on Monday").
    saying, saying_gap = NO_PERIOD, reach + 1
    aside = _aside_around(text, start, end) if text and found else None
    for s, e, period, month_end, month in found:
        if s < end and e > start:
            if month_end < 0 or month_end > start:
                continue
            e, period = month_end, month
        if (
            again
            and text
            and not (s >= end and _one_clause(text, (s, e), (start, end)))
            and not _owns(text, e, start)
            and not _leads_to(text, (s, e), start)
        ):
            # "44 were still on the run on Thursday, the service said, which says 74 of the 118 who escaped have
            # been recaptured", "said on Thursday that the service's 118 counted only ...": not Thursday's count.
            # But a time that leads the sentence is the time of all of it ("On Wednesday the company reported eight
            # dead against the association's 13").
            continue
        gap = start - e if e <= start else s - end
        if gap > reach and not (e <= start and _opens_sentence(text, s, e)):
            # "In January 2021, during a week of unrest, ... while the ministry acknowledged about 600": a time
            # that opens the sentence is the time of all of it, however long.
            continue
        if text and (
            (s >= end and _is_events_after(text, end, (s, e)))
            or _is_to_come_apart(text, (s, e), (start, end))
            or _is_told_apart(text, (s, e), (start, end), others, running)
            or _outside_aside(text, (s, e), start, aside)
        ):
            continue
        if (
            text
            and e <= start
            and "," in text[e:start]
            and (_RELATIVE.search(text, max(0, s - 60), s) or _EVENT_CLAUSE_BEFORE.search(text, max(0, s - 80), s))
        ):
            # "a boat that capsized on Sunday, a shipwreck in which nine died", "40 were trapped when the dump
            # collapsed on Sunday, the owner said, though an MP said 100 were buried": the day is the capsizing's,
            # the collapse's.
            continue
        if others and (
            (s >= end and _opens_clause_of(text, (s, e), (start, end), others))
            or (not _leads_to(text, (s, e), start) and _is_theirs(text, (s, e), (start, end), others))
        ):
            # "On Tuesday it was 35 against more than 100, on Wednesday 52 against about 140": a time that opens a
            # clause of its own after the count is the time of the counts in that clause.
            # A time that leads the sentence ("By Wednesday evening the ministry had recorded 671 cases and 702
            # nationwide, with 23 deaths") is the time of all of it, not of the counts in its clause alone.
            continue
        if (
            text
            and others
            and e <= start
            and _is_base_time(text, (s, e), (start, end), others, found)
            and not is_base(text, start)
            and _WHEN.search(text, e, start) is None
        ):
            # "312 on Tuesday, up from 280 on Monday, and prosecutors charged 64": Monday is the base's alone; but
            # another base ("fell to 21 from 27") is of its time, and so is a clause that places itself in it
            # ("compared with 43 in 2024, when 236 arrived").
            continue
        if (
            text
            and _PRIOR.fullmatch(text, s, e)
            and not _one_clause(text, (s, e), (start, end))
            and not _leads_to(text, (s, e), start)
        ):
            # "killed 23, up from 19 a day earlier, ... and driven thousands from their homes": the day
            # before is the base's, in its own clause; but one that leads the sentence ("A day earlier, police had
            # listed three as missing") is the time of all of it.
            continue
        if (
            text
            and period[0][:5].lower() == "since"
            and _compares().search(text, max(0, e - len(period[0]) - 60), e - len(period[0]))
        ):
            # "the largest in Warsaw since farmers protested there in 2024", "the worst since June 2015": a
            # comparison with a past time, not the span of a count; what the sentence says after it is of that time
            # ("..., when some 1,250 died", "since Cyclone Idai in 2019, which killed more than 600").
            if e > start or period[1] is None:
                continue
            period = _closed(period)
        if text and s >= end and _owns_count(text, e):
            # "41 had died, and it corrected Wednesday's toll to 36", "..., and lowered its Tuesday toll to 36": a time
            # that owns a count after the claim is that count's.
            continue
        if text and _COMPARED.search(text, max(0, s - 24), s) is not None:
            # "14 rescued, three more than on Monday", "1,100 stopped work, the same as on Tuesday": the time a count
            # is compared with, not the time of any count in the sentence.
            continue
        if text and e <= start and _DATELINE_END.match(text, e, start) is not None and not _is_entry_label(text, s, e):
            # "SEOUL, April 23 (Korea Wire) -- China sent about 60 back on Tuesday": the date is the dateline's.
            continue
        # The day of the saying ("22,000 marched, a spokesman said on Sunday") is the count's day, as the
        # day any other time words give (CLAIMS.md); but a time the sentence gives for the count itself,
        # with no other number between, comes first ("said on Thursday that 1.2 million marched the day
        # before").
        # A possessive is no time of the saying ("corrected Wednesday's toll to 22": Wednesday's toll).
        said = bool(text) and is_said_on(text, s) and not _is_owner(text, e)
        # A possessive time ("Wednesday's march", "killed by Monday's quake") is the day of what it owns:
        # the count's only when the sentence gives it no other.
        # But what happened "during Tuesday's march" or "over Sunday's riot" (in the count's clause) is of its day.
        # But a time that owns the count itself ("corrected Tuesday's toll to 13", "Monday's count of 40") is the
        # count's own day, before the day of the saying.
        owned = (
            bool(text)
            and _is_owner(text, e)
            and not _is_during(text, (s, e), (start, end))
            and _OWNED_COUNT.match(text, e) is None
        )
        # A time in the count's own clause comes before one across a comma or a colon ("186 since Saturday, 74 of them
        # between Monday night and Tuesday morning", "corrected its count on Thursday: 248 held by Wednesday"), but not
        # before one that leads the sentence.
        apart = int(bool(text) and not in_one_clause(text, (s, e), (start, end)) and not _leads_to(text, (s, e), start))
        rank = (2 if owned else int(said), apart, gap)
        if rank < best_rank and not rank[0] and others and _count_between(text, (s, e), (start, end), others):
            rank = (1, apart, gap)
        if rank < best_rank:
            best, best_rank, best_span = period, rank, (s, e)
        if said and gap < saying_gap:
            saying, saying_gap = period, gap
    # "41 had died since Saturday by Tuesday night": a span a time closes is counted as it stood then.
    closing = _closing_time(text, best, best_span, found)
    if best[1] is not None and best[2] is None and (closing is not None or saying[2] is not None):
        # A span still running at the saying is counted as it stood that day.
        return closing or saying
    if (
        running
        and saying[2] is not None
        and best[3] == "day"
        and best_span[1] <= start
        and not _one_clause(text, best_span, (start, end))
        and not _leads_to(text, best_span, start)
        and not is_corrected(text, start)
    ):
        # "A tornado struck late on Sunday, killing nine people, officials said on Monday": the day is the tornado's;
        # the dead are a running total, counted on the day of the saying (CLAIMS.md).
        return saying
    if text and (best == NO_PERIOD or best[2] is None):
        for _, e, period, _, _ in reversed(found):
            if e <= start and period[1] is not None and period[3] in ("year", "month") and _WHEN.search(text, e, start):
                # "the largest since the 2023 protests, when unions said 3.5 million marched": that year's count;
                # "the worst since June 2015, when some 1,250 died": that month's.
                first = period[1]
                if period[3] == "month":
                    return (period[0], first, _month_end(first.year, first.month), "month")
                return (period[0], date(first.year, 1, 1), date(first.year, 12, 31), "year")
    return best


def _is_events_after(text: str, end: int, phrase: tuple[int, int]) -> bool:
    """Return whether a period phrase after a claim ending at ``end`` is the time of an event the claim's sentence
    tells of, not the claim's.

    "60 people have died in the earthquake that struck on Monday", "nine died when the bus crashed on Monday", "two
    remained missing after Sunday night's fire": the day is the earthquake's, the crash's, the fire's.

    >>> t = "Two remained missing after Sunday night's fire."
    >>> _is_events_after(t, 3, (t.index("after"), t.index(" night")))
    True
    """
    s, e = phrase
    return bool(
        _RELATIVE_TO.search(text, end, s)
        or _EVENT_CLAUSE.search(text, end, s)
        or _EVENT_OWNER.match(text, s, e + _OWNER_REACH) is not None
    )


def _is_to_come_apart(text: str, phrase: tuple[int, int], claim: tuple[int, int]) -> bool:
    """Return whether a period phrase is a time to come in a clause apart from the claim's, no time of the claim.

    "The order covered 4,300 schools, and would run until Saturday", "Schools will reopen on Monday, after a week in
    which 4,520 stayed shut": what is to come's, not the count's. But a count's clause that speaks of time to
    come itself, or hangs on the clause before it, is of that time (``_is_to_come_itself``).

    >>> t = "The ban covered 900 farms, and would last until Saturday."
    >>> _is_to_come_apart(t, (t.index("until"), len(t) - 1), (16, 19))
    True
    """
    s = phrase[0]
    start = claim[0]
    return (
        not _one_clause(text, phrase, claim)
        and not _leads_to(text, phrase, start)
        and _FUTURE.search(text, max(0, s - _FUTURE_REACH), s) is not None
        and not _is_to_come_itself(text, start)
    )


def _is_to_come_itself(text: str, start: int) -> bool:
    """Return whether the clause of the number at ``start`` (from the comma or semicolon before it) speaks of time to
    come itself, or hangs on the clause before it: a participle, "with" or "when" opens it ("..., cutting 1,850
    jobs", "..., with temperatures falling to about 22°C", "..., when the union has called protests in 30 cities").

    >>> t = "Winds were forecast to ease on Monday, but it was still expected to reach 41°C."
    >>> _is_to_come_itself(t, t.index("41")), _is_to_come_itself("It will rain on Monday, after 30 mm fell.", 31)
    (True, False)
    """
    floor = max(0, start - _FUTURE_REACH)
    turn = max(text.rfind(", ", floor, start), text.rfind("; ", floor, start))
    if turn < 0 or text.find(". ", turn, start) >= 0 or text.find("\n", turn, start) >= 0:
        # No turn of clause in the number's sentence.
        return False
    return _HANGS_ON.match(text, turn) is not None or _TO_COME.search(text, turn, start) is not None


def _closing_time(text: str, best: Period, best_span: tuple[int, int], found: Sequence[Found]) -> Period | None:
    """Return the time that closes a span still running in its clause ("41 had died since Saturday by Tuesday night":
    by Tuesday; "Monday's count of those treated since Saturday": Monday's), the count as it stood then; else None."""
    if best[1] is None or best[2] is not None or not text:
        return None
    for s, e, period, _, _ in found:
        if (
            period[2] is not None
            and (period[0].lower().partition(" ")[0] in _AS_OF or _owns_count(text, e))
            and _one_clause(text, (s, e), best_span)
        ):
            return period
    return None


def is_running(subject: str, event: str) -> bool:
    """Return whether a claim's subject or event names a running total: the dead, the injured, the evacuated.

    >>> is_running("people killed", "killed"), is_running("villagers flee", "flee"), is_running("towns", "")
    (True, True, False)
    """
    return not _RUNNING_WORDS.isdisjoint(subject.lower().split()) or event.lower() in _RUNNING_WORDS


# The words of a count that goes on after its event, counted again each day (CLAIMS.md: running totals).
_RUNNING_WORDS = frozenset(LEX["period_running_words"])


def _closed(period: Period) -> Period:
    """Return a period that opens at a day, month or year as that day, month or year alone.

    >>> _closed(("since June 2015", date(2015, 6, 1), None, "month"))[1:]
    (datetime.date(2015, 6, 1), datetime.date(2015, 6, 30), 'month')
    """
    words, first, _, precision = period
    assert first is not None
    if precision == "year":
        return words, first, date(first.year, 12, 31), precision
    if precision == "month":
        return words, first, _month_end(first.year, first.month), precision
    return words, first, first, precision


# A superlative a few words before "since": "the largest in Warsaw since", "the hottest day in Karachi since".
_compares = on_first_use(
    r"(?<![\w'’-])(?:" + alternation(LEX["period_comparison_words"]) + r")(?:[ \t\u00a0]+[\w'’-]+){0,4}[ \t\u00a0]+\Z",
    re.IGNORECASE,
)

# A clause that places itself in the time named before it: "..., when unions said" (the claim inside it).
_WHEN = re.compile(r",[ \t\u00a0]+when[ \t\u00a0](?:[^.;,]|[.,](?=[0-9]))*\Z")

# The words that put a time as what a count is compared with: "more than on Monday", "unchanged from Wednesday".
_COMPARED = re.compile(r"(?<![\w'’-])(?:" + spaced(LEX["period_compared_words"]) + r")[ \t\u00a0]+\Z", re.IGNORECASE)

# A time that belongs to the verb of saying before it ("said on Sunday", "told reporters on Monday").
_SAID_WHEN = re.compile(
    r"(?<![\w'’-])(?:" + alternation(LEX["attribution_verbs"]) + r")"
    r"(?:[ \t\u00a0]+(?:reporters|journalists|the[ \t\u00a0]+press|lawmakers|parliament))?[ \t\u00a0]+\Z"
)


# What follows a dateline's date: the agency in brackets, then the dash that opens the story.
_DATELINE_END = re.compile(r",?[ \t\u00a0]*(?:\([^()\n]{1,40}\)[ \t\u00a0]*)?(?:--|—|–|-)[ \t\u00a0]")


def _is_entry_label(text: str, s: int, e: int) -> bool:
    """Return whether the time at [s, e), before a dash, opens its line and names no date: the time of a live report's
    entry ("Yesterday - The union counted 638", "Monday – The count was 612"), not a dateline's date, which follows a
    place and gives a day of a month ("SEOUL, April 23 --").

    >>> t = "Live updates\\n\\nYesterday - The union counted 638.\\n\\nSEOUL, Tuesday -- It sent 60 back."
    >>> _is_entry_label(t, t.index("Yesterday"), t.index(" - ")), _is_entry_label(t, t.index("Tuesday"), t.index(" --"))
    (True, False)
    """
    return (s == 0 or text[s - 1] == "\n") and not any(char.isdigit() for char in text[s:e])


# A clause about what happened, between a number and a time after it ("when the dam burst on Sunday").
_EVENT_CLAUSE = re.compile(
    r"(?<![\w'’-])(?:" + alternation(LEX["period_event_clauses"]) + r")[ \t\u00a0]+[A-Za-z][^,;]*\Z"
)

# What opens a clause that hangs on the clause before it: ", cutting", ", with", ", when".
_HANGS_ON = re.compile(r"[,;][ \t\u00a0]+(?:with|when|[a-z]+ing)(?![\w'’-])")

# A possessive time of an event after a count: "after Sunday night's fire", its possessive at most a part of a day
# after the period phrase.
_OWNER_REACH = 12
_EVENT_OWNER = re.compile(
    r"(?:" + alternation(LEX["period_event_clauses"]) + r")[ \t\u00a0][^,;.]*?['’]s[ \t\u00a0]", re.IGNORECASE
)

# The same clause inside a sentence, up to a time after it ("were trapped when the dump collapsed early ").
_EVENT_CLAUSE_BEFORE = re.compile(
    r"[a-z][\w'’-]*[ \t\u00a0]+(?:" + alternation(LEX["period_event_clauses"]) + r")[ \t\u00a0]+[A-Za-z][^,;]*\Z"
)

# Words that put their clause in time to come ("would be tried on Thursday"), up to the clause's start, and how far
# before a time they are looked for ("would pay each family 10,000 lari and reopen 14 of its lifts on Saturday"). A
# clause of its own between is of its own time ("would return after a march on Tuesday that brought 20,000").
_FUTURE_REACH = 100
_CLAUSE_OPENERS = ["who", "that", "which", *LEX["period_event_clauses"]]
_FUTURE = re.compile(
    r"(?<![\w'’-])(?:" + alternation(LEX["period_future_words"]).replace(r"\ ", r"[ \t\u00a0]+") + r")"
    r"(?![\w'’-])(?:(?!(?<![\w'’-])(?:" + alternation(_CLAUSE_OPENERS) + r")(?![\w'’-]))(?:[^,;.]|[,.](?=[0-9])))*\Z"
)


def is_time_to_come(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` (what comes before a number or a time, from its clause's start) puts what
    follows in time to come: a word of ``period_future_words`` with no clause of its own between.

    >>> t = "The company said 2,300 people would lose their jobs, and 40 were hurt."
    >>> is_time_to_come(t, 0, t.index("2,300")), is_time_to_come(t, 0, t.index("people would") + 20)
    (False, True)
    >>> t = "The union, which will strike on Friday, said 40 were hurt."
    >>> is_time_to_come(t, 0, t.index("40"))
    False
    """
    return _FUTURE.search(text, start, end) is not None


def _opens_sentence(text: str, s: int, e: int) -> bool:
    """Return whether the period phrase at [s, e) opens its sentence and a comma closes it ("In May 2021, ...")."""
    return text.startswith(",", e) and leads_sentence(text, s)


def leads_sentence(text: str, s: int) -> bool:
    """Return whether the period phrase at ``s`` is the first words of its sentence ("By Wednesday evening the ...")."""
    before = text[max(0, s - 3) : s].rstrip(" \t\u00a0\"“‘'")
    return not before or before[-1] in ".!?\n"


# The ending that makes a time the owner of what follows it: "Wednesday's march".
_POSSESSIVE = ("'s", "’s")


def _is_owner(text: str, e: int) -> bool:
    """Return whether the period phrase ending at ``e`` is a possessive ("Wednesday's")."""
    return text.startswith(_POSSESSIVE, e)


# A possessive time that owns a count: "Tuesday's toll", "Monday's death toll", "Sunday's official count".
_OWNED_COUNT = re.compile(
    r"['’]s(?:[ \t\u00a0]+[a-z][\w-]*){0,2}?[ \t\u00a0]+(?:" + alternation(LEX["period_count_words"]) + r")(?![\w'’-])"
)


def _owns_count(text: str, e: int) -> bool:
    """Return whether the period phrase ending at ``e`` names the time of a count: "Tuesday's toll", "its Tuesday
    figure".

    >>> _owns_count("lowered its Tuesday toll to six", 19), _owns_count("said on Tuesday the toll was six", 15)
    (True, False)
    """
    if _is_owner(text, e):
        return _OWNED_COUNT.match(text, e) is not None
    return _NAMED_COUNT.match(text, e) is not None


# A time that names a count as a word before it: "its Tuesday toll", "the Monday figure".
_NAMED_COUNT = re.compile(r"[ \t\u00a0]+(?:" + alternation(LEX["period_count_words"]) + r")(?![\w'’-])")


def _is_during(text: str, phrase: tuple[int, int], claim: tuple[int, int]) -> bool:
    """Return whether a period phrase in a claim's clause opens with "during" or "over" ("detained during Tuesday's
    march", "the number arrested over Sunday's riot to 71").

    >>> _is_during("Police raised the number held over Sunday's riot to 71.", (35, 41), (52, 54))
    True
    """
    s = phrase[0]
    return (
        _DURING.match(text, s) is not None or _DURING_BEFORE.search(text, max(0, s - 12), s) is not None
    ) and _one_clause(text, phrase, claim)


# The words that put what a clause counts inside an event of a named day ("during Tuesday's march"): with or before
# the period phrase ("during" is a period preposition, "over" is not).
_DURING = re.compile(r"(?:" + spaced(LEX["period_during_words"]) + r")[ \t\u00a0]", re.IGNORECASE)
_DURING_BEFORE = re.compile(r"(?<![\w'’-])(?:" + spaced(LEX["period_during_words"]) + r")[ \t\u00a0]+\Z", re.IGNORECASE)


def _owns(text: str, e: int, start: int) -> bool:
    """Return whether the period phrase ending at ``e`` owns the number at ``start`` ("Wednesday's six")."""
    return _is_owner(text, e) and not text[e + 2 : start].strip(' \t\u00a0"“‘')


def _leads_to(text: str, phrase: tuple[int, int], start: int) -> bool:
    """Return whether the period phrase leads the sentence of the claim at ``start`` and no clause of its own
    ("..., and two are in critical condition") stands between; a possessive ("Wednesday's six") owns a thing."""
    s, e = phrase
    return (
        e <= start and leads_sentence(text, s) and not _is_owner(text, e) and _NEW_CLAUSE.search(text, e, start) is None
    )


# A comma and a conjunction that opens a clause of its own: "..., and two are in critical condition".
_CONJUNCTIONS = "and|but|while|whereas"
_NEW_CLAUSE = re.compile(r"[,;][ \t\u00a0]+(?:" + _CONJUNCTIONS + r")(?![\w'’-])")


def is_said_on(text: str, s: int) -> bool:
    """Return whether the period phrase at ``s`` is the time of a saying ("a spokesman said on Sunday").

    A time "for" a day is what the count is for, not the saying's ("lowered its estimate for Sunday to 110").

    >>> is_said_on("a spokesman said on Sunday", 17), is_said_on("22,000 marched on Sunday", 15)
    (True, False)
    >>> is_said_on("it lowered its estimate for Sunday", 26)
    False
    """
    return _SAID_WHEN.search(text, max(0, s - 40), s) is not None and not _FOR.match(text, s)


# A period phrase that opens with "for": the time a count is for ("its estimate for Sunday").
_FOR = re.compile(r"for[ \t\u00a0]", re.IGNORECASE)


def is_base(text: str, start: int) -> bool:
    """Return whether the count at ``start`` is what another count changed from ("up from 214", "down from 63").

    >>> is_base("260 birds, up from 214 on Wednesday", 19), is_base("260 birds on Wednesday", 0)
    (True, False)
    """
    return _FROM_BEFORE.search(text, max(0, start - 24), start) is not None


def _count_between(
    text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """Return whether another claim of the sentence (``others``, in text order) stands between a period phrase
    and ``claim``; the count the claim replaces is none ("126 flights, not 130, were cancelled on Wednesday").

    >>> text = "126 flights, not 130, were cancelled on Wednesday and 40 on Monday"
    >>> others = [(0, 3), (17, 20), (54, 56)]
    >>> _count_between(text, (37, 49), (0, 3), others), _count_between(text, (60, 69), (0, 3), others)
    (False, True)
    """
    low, high = min(phrase[1], claim[1]), max(phrase[0], claim[0])
    at = bisect_left(others, (low, -1))
    while at < len(others) and others[at][0] < high:
        other = others[at]
        if (
            other != claim
            and other[1] <= high
            and not (claim[1] <= other[0] and is_correction(text, claim[1], other[0]))
        ):
            return True
        at += 1
    return False


def _is_base_time(
    text: str,
    phrase: tuple[int, int],
    claim: tuple[int, int],
    others: Sequence[tuple[int, int]],
    found: Sequence[Found] = (),
) -> bool:
    """Return whether the period phrase is the time of another claim before it that a change is measured from
    ("up from 41 on Monday", "against 95 reported on Monday"; "from" alone after the change's own time: "to 63 on
    Tuesday from 41 on Monday"), no comma between them.

    >>> t = "Deaths rose to 63, up from 41 on Monday, and 22 died."
    >>> _is_base_time(t, (30, 39), (45, 47), [(15, 17), (27, 29), (45, 47)])
    True
    """
    s = phrase[0]
    at = bisect_left(others, (s - _BASE_REACH, -1))
    while at < len(others) and others[at][1] <= s:
        o = others[at]
        at += 1
        if (
            o != claim
            and text.find(",", o[1], s) < 0
            and text.find(";", o[1], s) < 0
            and (
                _BASE_BEFORE.search(text, max(0, o[0] - 24), o[0]) is not None
                or _after_time(text, _FROM_BEFORE.search(text, max(0, o[0] - 8), o[0]), found)
            )
        ):
            return True
    return False


def _after_time(text: str, base: re.Match[str] | None, found: Sequence[Found]) -> bool:
    """Return whether the "from" of a base stands right after a period phrase among ``found``."""
    if base is None:
        return False
    before = base.start()
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    return any(e == before for _, e, _, _, _ in found)


# "from" before a number: the base a change is measured from ("fell to 21 from 27").
_FROM_BEFORE = re.compile(r"(?<![\w'’-])from[ \t\u00a0]+\Z")
# How far a base's time may stand after it ("from 41 reported on Monday"), and the words that open a base.
_BASE_REACH = 24
_BASE_BEFORE = re.compile(r"(?<![\w'’-])(?:" + spaced(LEX["period_base_words"]) + r")[ \t\u00a0]+\Z")


# A relative clause about another noun, between a number and a time after it.
_RELATIVE = re.compile(r"[a-z][\w'’-]*[ \t\u00a0]+(?:that|which)[ \t\u00a0]+(?!(?:is|are|was|were)\b)[a-z]")
# ... or set off by a comma ("40 died in the fire, which broke out on Monday"), up to a time in it after a count ("the
# quake that struck on Monday, police said on Tuesday": Tuesday is in no such clause).
_RELATIVE_TO = re.compile(
    r"[a-z][\w'’-]*(?:,?[ \t\u00a0]+which|[ \t\u00a0]+that)[ \t\u00a0]+(?!(?:is|are|was|were)\b)[a-z][^,;]*\Z"
)


def _is_theirs(text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Return whether another claim stands between a period phrase and ``claim``, in the phrase's clause alone.

    A correction shares the time of the count it corrects ("its count for Tuesday to 14, not 15"), and a number inside
    the phrase is the phrase's own ("in the 24 hours to Tuesday morning, 41 new cases").
    """
    if _one_clause(text, phrase, claim):
        return False
    low, high = min(phrase[0], claim[0]), max(phrase[1], claim[1])
    return any(
        o != claim
        and low <= o[0]
        and o[1] <= high
        and not (phrase[0] <= o[0] and o[1] <= phrase[1])
        and _one_clause(text, phrase, o)
        and not (o[1] <= claim[0] and is_correction(text, o[1], claim[0]))
        for o in others
    )


def _is_told_apart(
    text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]], running: bool
) -> bool:
    """Return whether a period phrase is the time of something the claim's sentence tells apart from the claim: a part
    told after it, a count in an aside before it, or (for a running total) an event in a clause of its own.

    "three died, counting a boy who died on November 10", "40 were hurt, including two on Sunday": the part's time.
    "The Red Cross, which had counted 36 dead on Wednesday, said its count had risen to 37": a time after a count inside
    a clause that describes a name before the claim is that count's. "Tuesday's attacks: the state says 14 killed",
    "After Sunday's quake, 40 were still missing": the day owns the event; a running total told in a clause of its own
    is counted on a day of its own. "The toll rose to 40 from 31 the day before": the day before is the base's. "40
    were arrested at Tuesday's march and 12 more on Wednesday": the day of the count added.

    >>> t = "The group says three died, counting a boy who died on May 10."
    >>> _is_told_apart(t, (t.index("on May"), len(t) - 1), (15, 20), [], False)
    True
    >>> t = "After Sunday's quake, 40 were missing."
    >>> _is_told_apart(t, (6, 12), (22, 24), [], True), _is_told_apart(t, (6, 12), (22, 24), [], False)
    (True, False)
    """
    s, e = phrase
    start, end = claim
    if s >= end:
        return (
            _PART_AFTER.search(text, end, s) is not None
            or (_PRIOR.fullmatch(text, s, e) is not None and _after_base(text, phrase, claim, others))
            or _is_more_after(text, phrase, claim, others)
        )
    return e <= start and (
        bool(others and _in_aside(text, phrase, start, others))
        or (
            running
            and _is_owner(text, e)
            and _OWNED_COUNT.match(text, e) is None
            and not in_one_clause(text, phrase, claim)
        )
    )


def _after_base(text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Return whether a count a change is measured from stands between ``claim`` and a period phrase after it, in the
    phrase's clause ("rose to 40 from 31 the day before": the 31).

    >>> t = "The toll rose to 40 from 31 the day before."
    >>> _after_base(t, (28, 42), (17, 19), [(17, 19), (25, 27)])
    True
    """
    return any(
        claim[1] <= o[0] and o[1] <= phrase[0] and is_base(text, o[0]) and _one_clause(text, o, phrase) for o in others
    )


def _is_more_after(
    text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """Return whether a count added to ``claim`` by "and" ("and 12 more", "and another 12") stands right before a
    period phrase after it: the time of the count added. A list shares its time ("were 70 and 90 on Wednesday").

    >>> t = "Police held 40 at the march and 12 more on Wednesday."
    >>> _is_more_after(t, (t.index("on W"), len(t) - 1), (12, 14), [(12, 14), (32, 34)])
    True
    """
    for o in others:
        if claim[1] <= o[0] and o[1] <= phrase[0]:
            joined = _AND_BEFORE.search(text, claim[1], o[0])
            more = _MORE_TO.fullmatch(text, o[1], phrase[0])
            if joined is not None and more is not None and bool(joined.group("another") or more.group("more")):
                return True
    return False


# "and 12 more on Wednesday", "and another 12 on Wednesday": a count added, its time right after it.
_AND_BEFORE = re.compile(r"[ \t\u00a0]and[ \t\u00a0]+(?P<another>another[ \t\u00a0]+)?\Z")
_MORE_TO = re.compile(r"(?P<more>[ \t\u00a0]+more)?[ \t\u00a0]+")


# A clause that tells a part of the count before it: ", including two who", ", counting a boy who died".
_PART_AFTER = re.compile(
    r"[,;(—–-][ \t\u00a0]*(?:" + spaced(LEX["period_part_words"]) + r")(?![\w'’-])[^,;.]*\Z", re.IGNORECASE
)

# A relative clause set off by a comma after a name ("The Red Cross, which had counted 36 on Wednesday"), up to a
# time inside it, and how far before the time it is looked for.
_ASIDE_REACH = 100
_ASIDE_OPEN = re.compile(r",[ \t\u00a0]+(?:which|who)[ \t\u00a0][^,;.:]*\Z")


def _in_aside(text: str, phrase: tuple[int, int], start: int, others: Sequence[tuple[int, int]]) -> bool:
    """Return whether a period phrase before the claim at ``start`` stands after another count (``others``: the
    sentence's) in a relative clause set off by commas that ends before the claim ("The Red Cross, which had counted
    36 on Wednesday, said 37 had died"); a clause with no count of its own tells the time of what follows ("The
    minister, who met them on Wednesday, has offered 2 billion").

    >>> t = "The Red Cross, which had counted 36 on Wednesday, said 37 had died."
    >>> _in_aside(t, (36, 48), t.index("37"), [(33, 35), (55, 57)])
    True
    >>> t = "The minister, who met them on Wednesday, offered 90."
    >>> _in_aside(t, (27, 39), t.index("90"), [(49, 51)])
    False
    """
    s, e = phrase
    opened = _ASIDE_OPEN.search(text, max(0, s - _ASIDE_REACH), s)
    return (
        opened is not None
        and any(opened.start() < o[0] and o[1] <= s for o in others)
        and text.find(",", e, start) >= 0
        and not is_said_on(text, s)
    )


# A relative clause set off by a comma after a name, read back from a count inside it ("The association, which has
# put the number at 121"); a comma between digits is a number's.
_RELATIVE_OPEN = re.compile(r",[ \t\u00a0]+(?:which|who|whose)[ \t\u00a0](?:[^,;.:!?\n]|(?<=[0-9])[,.](?=[0-9]))*\Z")
_RELATIVE_PRONOUNS = (" which ", " who ", " whose ")


def _aside_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return where a relative clause set off by commas around the count at [start, end) opens (its comma) and closes
    (its closing comma), or None: "The association, which has put the number at 121, said on Thursday ...".

    >>> t = "The association, which has put the number at 121, said on Thursday that 19 were missing."
    >>> _aside_around(t, t.index("121"), t.index("121") + 3), _aside_around(t, t.index("19 "), t.index("19 ") + 2)
    ((15, 48), None)
    """
    lo = max(0, start - _ASIDE_REACH)
    window = text[lo:start]
    if not any(word in window for word in _RELATIVE_PRONOUNS):
        return None
    opened = _RELATIVE_OPEN.search(text, lo, start)
    if opened is None:
        return None
    at = end
    while True:
        comma = text.find(",", at, end + _ASIDE_REACH)
        if comma < 0:
            return None
        stop = min((i for i in (text.find(c, end, comma) for c in ".;:!?\n") if i >= 0), default=-1)
        if stop >= 0 and not _between_digits(text, stop):
            return None
        if not _between_digits(text, comma):
            return opened.start(), comma
        at = comma + 1


def _between_digits(text: str, at: int) -> bool:
    """Return whether the mark at ``at`` stands between two digits: a number's ("25,000", "3.5"), not a clause's.

    >>> _between_digits("drew 25,000", 7), _between_digits("Monday, 4", 6)
    (True, False)
    """
    return text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def _outside_aside(text: str, phrase: tuple[int, int], start: int, aside: tuple[int, int] | None) -> bool:
    """Return whether a period phrase stands outside the relative clause (``aside``, ``_aside_around``) that holds the
    claim at ``start``, and does not lead the sentence: "The association, which has put the number at 121, said on
    Thursday that 19 were missing": a count told in such a clause is of that clause, not of the time its sentence's
    verb tells."""
    s, e = phrase
    return aside is not None and (e <= aside[0] or s >= aside[1]) and not _leads_to(text, phrase, start)


def _opens_clause_of(
    text: str, phrase: tuple[int, int], claim: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """Return whether a period phrase after ``claim`` opens a clause (after a comma or semicolon, and a conjunction
    that may follow it) in which another claim of the sentence (``others``) stands.

    >>> _opens_clause_of("35 against 100, on Wednesday 52", (16, 28), (11, 14), [(0, 2), (11, 14), (29, 31)])
    True
    >>> t = "Elders said 27, and on Friday raised it to 33."
    >>> _opens_clause_of(t, (20, 29), (12, 14), [(12, 14), (43, 45)])
    True
    """
    s, e = phrase
    if _one_clause(text, claim, phrase) or _CLAUSE_OPENS.search(text, max(0, s - 12), s) is None:
        return False
    return any(o[0] >= e and _one_clause(text, phrase, o) for o in others)


# What opens a clause before a time that leads it: "..., on Wednesday 52", "...; and on Wednesday raised it to 33".
_CLAUSE_OPENS = re.compile(r"[,;][ \t\u00a0]*(?:(?:" + _CONJUNCTIONS + r")[ \t\u00a0]+)?\Z")


def in_one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return whether no comma, semicolon or colon stands between two spans of ``text`` (``_one_clause``; "closed on
    Wednesday with no agreement: 450,000 according to ...": two).

    >>> in_one_clause("on Monday drew 25,000", (0, 9), (15, 21)), in_one_clause("on Monday: 25,000", (0, 9), (11, 17))
    (True, False)
    """
    return _one_clause(text, a, b) and text.find(":", min(a[1], b[1]), max(a[0], b[0])) < 0


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return whether no comma or semicolon stands between two spans of ``text``; a comma between digits is a
    number's ("drew 25,000 people by one count and 4,000 by another": one clause).

    >>> _one_clause("on Monday drew 25,000 and 4,000", (0, 9), (26, 31)), _one_clause("on Monday, 4,000", (0, 9), (11, 16))
    (True, False)
    """
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if lo >= hi or text.find(";", lo, hi) >= 0:
        return lo >= hi
    # Found in place, not in a copy: each claim of a table with a year in it asks this.
    comma = text.find(",", lo, hi)
    while comma >= 0:
        if not _between_digits(text, comma):
            # The count a correction replaces, set off by commas, is an aside in its clause ("126, not 130, left").
            comma = aside_end(text, comma, hi) or -1
            if comma < 0:
                return False
        comma = text.find(",", comma + 1, hi)
    return True


def find_period(text: str, start: int, end: int, lo: int, hi: int, published: date | None) -> Period:
    """Return (period_text, start, end, precision) nearest the claim at [start, end) in [lo, hi).

    >>> find_period("Police said 30 died on Monday.", 12, 14, 0, 30, date(2023, 10, 12))
    ('on Monday', datetime.date(2023, 10, 9), datetime.date(2023, 10, 9), 'day')
    >>> find_period("Some 2,000 were held last month.", 0, 10, 0, 32, date(2023, 1, 5))[1:]
    (datetime.date(2022, 12, 1), datetime.date(2022, 12, 31), 'month')
    >>> find_period("Cases rose 40% since 2020.", 11, 14, 0, 26, None)
    ('since 2020', datetime.date(2020, 1, 1), None, 'year')
    >>> find_period("In October 30 people fled.", 11, 13, 0, 26, date(2023, 11, 1))[0]
    'In October'
    """
    return pick_period(start, end, periods_in(text, lo, hi, published))


def _matches(text: str, lo: int, hi: int, cues: set[str] | frozenset[str]) -> list[re.Match[str]]:
    """Return the period phrases around each cue word in [lo, hi), each read from its preposition on."""
    low = text[lo:hi].lower()
    if len(low) != hi - lo:
        return list(_PERIOD.finditer(text, lo, hi))
    out: list[re.Match[str]] = []
    for cue in sorted(cues):
        i = low.find(cue)
        while i >= 0:
            at = lo + i
            if (at == lo or not text[at - 1].isalnum()) and not text[at + len(cue) : at + len(cue) + 1].isalpha():
                m = _match_around(text, at, lo, hi)
                if m is not None and all(m.span() != o.span() for o in out):
                    out.append(m)
            i = low.find(cue, i + len(cue))
    return out


def _match_around(text: str, at: int, lo: int, hi: int) -> re.Match[str] | None:
    """Return the longest period phrase that holds the cue word at ``at``, starting up to three words before it."""
    starts = [at]
    k = at
    for _ in range(3):
        if k - 1 <= lo:
            # Nothing before the cue word to look back at (a year opening the text): an end of -1 would search it all.
            break
        blank = text.rfind(" ", lo, k - 1)
        if blank < 0 and lo < k - 1 and k - lo <= 16:
            starts.append(lo)
        if blank < 0 or k - blank > 16:
            break
        k = blank + 1
        starts.append(k)
    for s0 in reversed(starts):
        m = _PERIOD.match(text, s0, hi)
        if m is not None and m.end() > at:
            return m
    return None


def _period_of(m: re.Match[str], published: date | None, *, ahead: bool = False) -> Period:
    """Return the period a match says, its preposition kept ("since 2020") unless it adds nothing ("of")."""
    first, last, precision = resolve_period(m, published, ahead=ahead)
    prep = (m.group("prep") or "").lower().split()
    if prep and prep[0] in _OPEN_START:
        last = None
    elif ahead and prep and prep[0] in _CLOSE_END and published is not None and first is not None and first > published:
        # "forecast highs above 42°C until Thursday": from the day printed to that day.
        first, precision = published, "day"
    words = m.group().strip()
    if prep and (prep[0] in ("of", "for", "at", "between") or _is_owner(m.string, m.end())):
        # "in Wednesday's march": the preposition is the owner's.
        words = words[len(m.group("prep")) :].strip()
    return words, first, last, precision if first is not None else ""


# The prepositions that close a span of time to come: "until Thursday" ("by Thursday" is the count as of that day).
_CLOSE_END = frozenset(("until", "till", "through"))

# The prepositions of the time a count stands at: "by Tuesday night", "as of Friday".
_AS_OF = frozenset(("by", "as"))


def _is_as_of(m: re.Match[str]) -> bool:
    """Return whether a period match is the time a count stands at ("by Tuesday night", "as of Friday").

    >>> _is_as_of(_PERIOD.search("by Tuesday night")), _is_as_of(_PERIOD.search("on Tuesday"))
    (True, False)
    """
    prep = (m.group("prep") or "").lower().split()
    return bool(prep) and prep[0] in _AS_OF


# "since" opening a clause that ends in a period phrase ("since fighting broke out on Sunday").
_SINCE_CLAUSE = re.compile(r"(?<![A-Za-z])since\s+(?:[A-Za-z'’-]+\s+){1,7}\Z", re.IGNORECASE)

# The words a period may hold (lower-cased, as in a bag of words): one of them must be there.
_CUES = (
    frozenset(_MONTH_NUMBERS)
    | frozenset("mid-" + m for m in _MONTH_NUMBERS)
    | frozenset(_WEEKDAY_NUMBERS)
    | frozenset(w for d in _RELATIVE_DAYS for w in d.split()[:1])
    | frozenset(("last", "this", "past", "previous", "day", "night", "ago"))
    | frozenset(_DAY_PARTS)
    | frozenset(str(y) for y in range(1900, 2100))
)
