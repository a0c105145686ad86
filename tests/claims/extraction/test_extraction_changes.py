"""Table tests for the day of each count in a change or a series (``claims.extraction.changes``).

Every sentence here is invented for the test. The publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

SUNDAY, MONDAY, TUESDAY, WEDNESDAY = (date(2024, 3, d) for d in (10, 11, 12, 13))

# (text, quote, period words, day)
DAYS: list[tuple[str, str, str, date]] = [
    # the count a change is measured from, with no day of its own, is of the day before the new count's
    ("Four climbers were still stranded on Wednesday, down from eleven.", "eleven", "on Wednesday", TUESDAY),
    ("The count of flooded farms rose to 52 on Tuesday from 37.", "37", "on Tuesday", MONDAY),
    ("Reported burglaries in the district reached 240, up from 205.", "205", "", WEDNESDAY),
    ("Reported burglaries in the district reached 240, up from 205.", "240", "", PUBLISHED),
    # but a day of its own is its own
    ("Shelters held 2,300 people on Tuesday, up from 1,700 on Sunday.", "1,700", "on Sunday", SUNDAY),
    # a series: each count of its own day, the last the sentence's, each before it a day earlier
    ("The tally went from 12 on Sunday to 15, 21 and 26.", "12", "on Sunday", SUNDAY),
    ("The tally went from 12 on Sunday to 15, 21 and 26.", "15", "", TUESDAY),
    ("The tally went from 12 on Sunday to 15, 21 and 26.", "21", "", WEDNESDAY),
    ("The tally went from 12 on Sunday to 15, 21 and 26.", "26", "", PUBLISHED),
    ("The rescue service's count climbed from 6 to 9, 14 and 17.", "6", "", MONDAY),
    ("The rescue service's count climbed from 6 to 9, 14 and 17.", "9", "", TUESDAY),
    ("Cases rose from 30 to 44 on Tuesday, 51 on Wednesday and 60 by Thursday.", "30", "on Tuesday", MONDAY),
    ("Cases rose from 30 to 44 on Tuesday, 51 on Wednesday and 60 by Thursday.", "51", "on Wednesday", WEDNESDAY),
    # a hedge before the first count keeps "from ... to" a change, not a range; a unit may follow each count
    ("The estimate climbed from about 4,000 to 5,500, about 6,100 and 7,000.", "about 4,000", "", MONDAY),
    ("The burned area grew from 300 hectares to 450 hectares, 700 hectares and 900 hectares.", "450", "", TUESDAY),
    ("Bread prices in the market rose from about 5 to 7 euros.", "about 5", "", WEDNESDAY),
    # a count in a clause of its own is no count of the series
    ("The toll rose from 19 to 27, and 40 people fled.", "40", "", PUBLISHED),
    ("The toll rose from 19 to 27, and 40 people fled.", "27", "", PUBLISHED),
    # a source's revision of one count is of one day: "cut its count to 19 from 27"
    ("The agency cut its count of missing people to 19 from 27.", "27", "", PUBLISHED),
    ("The agency on Thursday cut its death toll for Tuesday to 19, from 27.", "27", "Tuesday", TUESDAY),
    # a list of bare counts after counts of as many days: each count of the day of its place
    (
        "The council counted 40 on Monday and 55 on Tuesday. The union's counts were 70 and 90.",
        "70",
        "on Monday",
        MONDAY,
    ),
    (
        "The council counted 40 on Monday and 55 on Tuesday. The union's counts were 70 and 90.",
        "90",
        "on Tuesday",
        TUESDAY,
    ),
    (
        "Medics treated 12 on Tuesday and 18 on Wednesday; the league said more than 20 and then 31.",
        "more than 20",
        "on Tuesday",
        TUESDAY,
    ),
    ("The tally went from 6 on Sunday to 9 on Monday. The other tally went from 8 to 11.", "8", "on Sunday", SUNDAY),
    # but not a list with a time of its own, nor one of more counts than the days named
    (
        "The council counted 40 on Monday and 55 on Tuesday. The union's were 70 and 90 on Wednesday.",
        "70",
        "on Wednesday",
        WEDNESDAY,
    ),
    ("The council counted 40 on Monday and 55 on Tuesday. The union's counts are 70, 90 and 120.", "70", "", PUBLISHED),
]


@pytest.mark.parametrize(("text", "quote", "words", "day"), DAYS)
def test_each_count_of_a_change_or_series_has_its_own_day(text: str, quote: str, words: str, day: date) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == (words, day, day, "day")
