"""A suggested figure's working title and the reason shown to editors.

Pure; no Django.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence

from claims import conflicts
from claims.suggestions.features import SuggestionInput
from claims.suggestions.shared_stand_ins import format_number
from claims.wording import name_day


def explain_group(members: Sequence[SuggestionInput], shared_words: Counter[str]) -> str:
    """Return a sentence or three saying why these claims were grouped."""
    units = sorted({conflicts.normalize_unit(m.value.unit) for m in members})
    documents = len({m.document_id for m in members})
    values = sorted(
        {f"{m.value.qualifier} [{format_number(m.value.low)}, {format_number(m.value.high)}]" for m in members}
    )
    dates = sorted({m.published for m in members if m.published})
    years = sorted({year for m in members for year in m.years})
    parts = [
        f"{len(members)} claims from {documents} document{'s' if documents != 1 else ''}",
        f"unit {' = '.join(units)}" + (" (durations compared in one unit)" if len(units) > 1 else ""),
    ]
    noun_texts = Counter(m.noun_text.lower() for m in members if m.noun_text)
    if noun_texts:
        parts.append("counted noun " + " / ".join(f"“{text}”" for text, _ in noun_texts.most_common(3)))
    if shared_words:
        surface = {stem_: word for m in members for stem_, word in m.surface.items()}
        shown = [surface.get(word, word) for word, _ in shared_words.most_common(6)]
        parts.append("shared words in the sentences: " + ", ".join(shown))
    parts.append("values " + "; ".join(values[:6]))
    if dates:
        parts.append(f"published {dates[0]:%Y-%m-%d}" + (f" to {dates[-1]:%Y-%m-%d}" if dates[-1] != dates[0] else ""))
    if years:
        parts.append("years named: " + ", ".join(str(y) for y in years))
    state = conflicts.values_conflict([m.value for m in members])
    parts.append({"": "no conflict", "soft": "a soft conflict", "hard": "a hard conflict"}[state] + " among them")
    return "Grouped: " + "; ".join(parts) + "."


def date_label(start: datetime.date, end: datetime.date, precision: str) -> str:
    """Return a period as a title names it: a day, a month, a year, or a span of them.

    >>> d = datetime.date
    >>> date_label(d(2023, 10, 9), d(2023, 10, 9), "day"), date_label(d(2023, 10, 1), d(2023, 10, 31), "month")
    ('9 October 2023', 'October 2023')
    >>> date_label(d(2020, 1, 1), d(2023, 12, 31), "year")
    '2020–2023'
    """
    shown = [name_day(day, precision if precision in ("day", "month") else "year") for day in (start, end)]
    return shown[0] if shown[0] == shown[1] else f"{shown[0]}–{shown[1]}"


def common_period(members: Sequence[SuggestionInput]) -> str:
    """Return the time a group's claims are about, as its title names it; "" when they say nothing in common.

    The context's period where one is given; else the day of a running total's count; else
    the month or year all were published in.
    """
    periods = Counter(
        (m.context.period_start, m.context.period_end, m.context.period_precision)
        for m in members
        if m.context.period_start and m.context.period_end
    )
    if periods:
        (start, end, precision), _ = periods.most_common(1)[0]
        return date_label(start, end, precision)
    days = {m.day for m in members}
    if len(days) == 1:
        [day] = days
        if day is not None:
            return date_label(day, day, "day")
    published = [m.published for m in members if m.published]
    if published and len({(day.year, day.month) for day in published}) == 1:
        return date_label(published[0], published[0], "month")
    if published and len({day.year for day in published}) == 1:
        return str(published[0].year)
    return ""


def without_note(subject: str) -> str:
    """Return a subject without a trailing note in parentheses.

    >>> without_note("North Koreans detained in China (related headline)")
    'North Koreans detained in China'
    """
    return re.sub(r"\s*\([^()]*\)\s*$", "", subject).strip()


def suggest_title(members: Sequence[SuggestionInput]) -> str:
    """Return a readable title for a suggested figure: what is counted, where and when.

    What is counted is the subject the context gives (the one most claims share), else the
    words after the number; the place the context names, unless the subject already does;
    the time from ``common_period``.

    >>> from claims.suggestions.features import Context, describe_claim
    >>> value = conflicts.Value.of(600, 600, "approximate", "person")
    >>> context = Context(subject="North Koreans repatriated from China", place="China",
    ...                   period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2023, 10, 31),
    ...                   period_precision="month")
    >>> m = describe_claim(1, 1, "Some 600 were sent back.", 0, 8, value, context=context)
    >>> suggest_title([m])
    'North Koreans repatriated from China, October 2023'
    >>> text = "About 120 people were killed by the floods in the valley, officials said."
    >>> suggest_title([describe_claim(1, 1, text, 0, 9, value, published=datetime.date(2025, 3, 3))])
    'People killed by the floods in the valley, 3 March 2025'
    """
    return titled(members)[0]


def titled(members: Sequence[SuggestionInput]) -> tuple[str, str]:
    """Return a group's ``suggest_title`` and its ``common_period``, the period read once for both."""
    subjects = Counter(without_note(m.context.subject) for m in members if m.context.subject.strip())
    if subjects:
        counted = min(subjects, key=lambda text: (-subjects[text], len(text), text))
    else:
        phrases = Counter(m.phrase for m in members if m.phrase)
        counted = (
            min(phrases, key=lambda text: (-phrases[text], " " not in text, len(text), text))
            if phrases
            else conflicts.normalize_unit(members[0].value.unit)
        )
    # Each claim's nearest place votes once; a dateline in capitals ("DHAKA") is named as a place is.
    places = Counter(
        first.title() if first.isupper() else first
        for first in (m.context.place.split(";")[0].strip() for m in members)
        if first
    ).most_common(1)
    if places and places[0][0].lower() not in counted.lower():
        counted += f" in {places[0][0]}"
    period = common_period(members)
    shown = "" if re.search(r"\b(?:1[89]|20)\d\d\b", counted) else period
    title = counted + (f", {shown}" if shown else "")
    return title[:1].upper() + title[1:], period


def title_scope(title: str, period: str) -> tuple[str, str]:
    """Return the scope and period a title (``suggest_title``) names, given its group's ``common_period``."""
    if period and title.endswith(f", {period}"):
        return title[: -len(period) - 2], period
    return title, ""


def suggestion_fields(members: Sequence[SuggestionInput], reason: str) -> dict[str, str]:
    """Return a suggested figure's fields: its readable title (``suggest_title``), unit and reason."""
    title, period = titled(members)
    scope, period = title_scope(title, period)
    return {
        "title": title[:300],
        "scope": scope[:500],
        "period": period[:200],
        "unit": conflicts.normalize_unit(next((m.value.unit for m in members if m.value.unit), "")),
        "suggestion_reason": reason,
    }
