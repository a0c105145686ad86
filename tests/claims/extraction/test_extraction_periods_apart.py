"""Table tests for times a sentence tells apart from a count (daytold).

A time that opens a clause of its own after "and", a time after another count in a relative aside, the time of a part
told after a count, an event's possessive day across a clause from a running total, a "day before" right after a base,
and a relative clause after a count that reaches no further than its own clause. Every sentence here is invented for
the test. The publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, TUESDAY, WEDNESDAY, claim_at

# (text, quote, period words, first day, last day)
PERIODS: list[tuple[str, str, str, date | None, date | None]] = [
    # a time that opens a clause after ", and" is the time of that clause's count, not of the counts before it
    (
        "The ferry firm said 19 sailors were hurt; the union said 25, and on Wednesday raised its count to 31.",
        "25",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "The ferry firm said 19 sailors were hurt; the union said 25, and on Wednesday raised its count to 31.",
        "19",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "The ferry firm said 19 sailors were hurt; the union said 25, and on Wednesday raised its count to 31.",
        "31",
        "on Wednesday",
        WEDNESDAY,
        WEDNESDAY,
    ),
    # a time after a count inside a relative aside is that count's
    (
        "The clinic, which had counted 52 sick on Tuesday, said its count had risen to 58.",
        "58",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "The clinic, which had counted 52 sick on Tuesday, said its count had risen to 58.",
        "52",
        "on Tuesday",
        TUESDAY,
        TUESDAY,
    ),
    # ... but an aside with no count of its own tells the time of what follows
    ("The governor, who toured the valley on Tuesday, pledged 40 tents.", "40", "on Tuesday", TUESDAY, TUESDAY),
    # the time of a part told after a count is the part's
    ("The guild says nine miners died, counting a welder who died on Tuesday.", "nine", "", PUBLISHED, PUBLISHED),
    # an event's possessive day in a clause of its own is no running total's day
    ("Tuesday's landslide: the county says 17 people are missing; villagers say 30.", "17", "", PUBLISHED, PUBLISHED),
    # ... but a fixed quantity keeps the event's day
    ("Tuesday's landslide: the county says 17 huts were buried.", "17", "Tuesday", TUESDAY, TUESDAY),
    # a "day before" right after a base is the base's
    ("The toll rose to 44 from 37 the day before.", "44", "", PUBLISHED, PUBLISHED),
    ("The toll rose to 44 from 37 the day before.", "37", "the day before", WEDNESDAY, WEDNESDAY),
    # a time right after a count joined by "and" with no noun of its own is that count's
    ("The guards detained 33 at Tuesday's rally and 9 more on Wednesday.", "33", "Tuesday", TUESDAY, TUESDAY),
    ("The guards detained 33 at Tuesday's rally and 9 more on Wednesday.", "9", "on Wednesday", WEDNESDAY, WEDNESDAY),
    # a running count with no time of its own after a sentence that opens with the time counts stood at is of that time
    (
        "By Tuesday, the border police said 210 people had been turned back. A charity said 480 migrants were missing.",
        "480",
        "",
        TUESDAY,
        TUESDAY,
    ),
    # a time in the count's own clause comes before one across a colon
    (
        "The county revised its count on Wednesday: 61 homes had been flooded by Tuesday.",
        "61",
        "by Tuesday",
        TUESDAY,
        TUESDAY,
    ),
    # a relative clause after a count reaches only its own clause: the day of the saying after it is the count's
    (
        "At least 26 people died in the blaze, which started late on Monday, the fire service said on Wednesday.",
        "At least 26",
        "on Wednesday",
        WEDNESDAY,
        WEDNESDAY,
    ),
    (
        "At least 26 people died in the blaze that started late on Monday, the fire service said on Wednesday.",
        "At least 26",
        "on Wednesday",
        WEDNESDAY,
        WEDNESDAY,
    ),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last"), PERIODS)
def test_a_time_told_apart_is_not_the_counts(
    text: str, quote: str, words: str, first: date | None, last: date | None
) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end) == (words, first, last)
