"""Table tests for the time a claim is about, read right (times5).

A count told in a relative clause set off by commas takes no time from outside it; a shortened month standing alone
is no month; the old count of a revision ("revised ... down to 40 from 45") is of the revision's time, not a day
before; a time that leads a list's sentence is the list's. Every sentence here is invented for the test. The
publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import MONDAY, PUBLISHED, TUESDAY, WEDNESDAY, claim_at

# (text, quote, period words, first day, last day)
PERIODS: list[tuple[str, str, str, date | None, date | None]] = [
    # a count in a relative clause set off by commas is not of the time the sentence's verb tells
    (
        "The pilots' guild, which has put the number of grounded planes at 64, said on Wednesday that 12 had flown.",
        "64",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "The pilots' guild, which has put the number of grounded planes at 64, said on Wednesday that 12 had flown.",
        "12",
        "on Wednesday",
        WEDNESDAY,
        WEDNESDAY,
    ),
    (
        "The river authority, whose count of 230 flooded farms is the only official one, said on Tuesday it would pay.",
        "230",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "The Kestrel Dawn, which carries a crew of 19, was built in 1998.",
        "19",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    # ... but a time that leads the sentence is the time of all of it
    (
        "On Tuesday the pilots' guild, which has put the number of grounded planes at 64, said 12 had flown.",
        "64",
        "On Tuesday",
        TUESDAY,
        TUESDAY,
    ),
    # a month shortened and standing alone names no month ("Vila de Mar" is a place)
    ("Some 450 swimmers were stung in Vila de Mar, the lifeguards said.", "450", "", PUBLISHED, PUBLISHED),
    ("In Jan. 2023 some 45 shops closed.", "45", "In Jan. 2023", date(2023, 1, 1), date(2023, 1, 31)),
    # a count a source revised "down to X from Y" is the old version of one count, of the same time
    (
        "The agency revised Tuesday's count of flooded homes down to 340 from 365 after a second survey.",
        "365",
        "Tuesday",
        TUESDAY,
        TUESDAY,
    ),
    (
        "The agency on Tuesday corrected its count of flooded homes down to 340 from 365.",
        "365",
        "on Tuesday",
        TUESDAY,
        TUESDAY,
    ),
    # ... but a count that grew from another is of the day before
    ("The number of flooded homes rose to 340 on Tuesday from 290.", "290", "on Tuesday", MONDAY, MONDAY),
    # a month of what is to come is the next such month, this year's when it has not yet come (printed in March)
    (
        "The council says the 40 new buses will run by the end of May.",
        "40",
        "May",
        date(2024, 5, 1),
        date(2024, 5, 31),
    ),
    (
        "The ferry operator will add 12 sailings in February.",
        "12",
        "in February",
        date(2025, 2, 1),
        date(2025, 2, 28),
    ),
    # a day that opens a live report's entry before a dash is the entry's time, not a dateline's
    (
        "Live: the queues at the border\n\nYesterday - Customs counted 740 lorries waiting at the crossing.",
        "740",
        "Yesterday",
        WEDNESDAY,
        WEDNESDAY,
    ),
    (
        "Live: the queues at the border\n\nMonday – The hauliers' count was 515 lorries.",
        "515",
        "Monday",
        MONDAY,
        MONDAY,
    ),
    # ... but a dateline's date is no time of the story's counts
    (
        "PORTVALE, March 13 (Coast Wire) - Customs counted 740 lorries at the crossing.",
        "740",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    # a time that leads a list's sentence is the list's, not the days of the counts before it
    (
        "On Monday the lifeguards counted 620 stung and the clinics 85. On Tuesday the two counts were 410 and 60.",
        "410",
        "On Tuesday",
        TUESDAY,
        TUESDAY,
    ),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last"), PERIODS)
def test_the_time_a_claim_is_about(text: str, quote: str, words: str, first: date | None, last: date | None) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end) == (words, first, last)
