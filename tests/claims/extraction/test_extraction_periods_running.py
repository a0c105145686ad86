"""Table tests for the day a running count is of (period15).

Every sentence here is invented for the test. The publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

# (text, quote, period words, first day, last day, precision)
PERIODS: list[tuple[str, str, str, date | None, date | None, str]] = [
    # a span closed by the time a count stands at is the count of that time ("since Sunday by Tuesday night")
    (
        "The county said on Wednesday that 38 people had died since Sunday by Tuesday night.",
        "38",
        "by Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # ... and so is a span a time owns as its count ("Tuesday's count of those treated since Sunday": Tuesday's)
    (
        "Correction from the clinic: Tuesday's count of children treated since Sunday was 48, not 52.",
        "48",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "About 2,300 residents had been moved out since Saturday as of Monday evening, the agency said.",
        "About 2,300",
        "as of Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    # the day a possessive gives the event after "after" is not a running count's: the count is of the day printed
    (
        "Four sailors are still missing after Monday night's collision off the cape.",
        "Four",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # a number inside a time phrase is the phrase's own, not a count the time belongs to
    (
        "In the 48 hours to Wednesday morning, 63 new infections were confirmed.",
        "63",
        "48 hours to Wednesday",
        date(2024, 3, 11),
        date(2024, 3, 13),
        "day",
    ),
    # a running count since a day is the count of the day printed: one figure per calendar day of the count
    (
        "Some 350 cattle have drowned since Sunday.",
        "350",
        "since Sunday",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "About 1,900 pilgrims have fallen ill since the heat set in on Monday.",
        "1,900",
        "since the heat set in on Monday",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # the whole a part is counted out of keeps the span: "of the 64 miners trapped since Monday"
    (
        "Since the shaft caved in on Monday, 41 of the 64 miners trapped have been brought up.",
        "64",
        "Since the shaft caved in on Monday",
        date(2024, 3, 11),
        PUBLISHED,
        "day",
    ),
    # "that evening", "the same night" point back to the day named before them, as "that day" does
    (
        "The council revised its figure for Tuesday, saying 27 homes had flooded by that evening.",
        "27",
        "by that evening",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Volunteers fed 600 people on Monday and another 450 that night, the charity said on Wednesday.",
        "450",
        "that night",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    # the time of a base a change is measured from ("up from 280 on Monday") is the base's alone: a count in a
    # clause after it is of the day printed; but another base is of that time, and a "when" clause placed in it
    (
        "Arrests rose to 312, up from 280 on Monday, the ministry said, and prosecutors charged 64 of them.",
        "64",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "Some 9,000 were in camps, up from 7,500 on Tuesday, while the number missing fell to 12 from 19.",
        "19",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "The port handled 40 ships, compared with 35 in the same month of 2022, when 410 docked in the year.",
        "410",
        "2022",
        date(2022, 1, 1),
        date(2022, 12, 31),
        "year",
    ),
    # "from" alone opens a base when the change has its own time before it ("to 63 on Wednesday from 41 on
    # Tuesday"), not when the time is the change's ("widened the zone to 5 km from 3 km on Wednesday")
    (
        "The toll rose to 63 on Wednesday from 41 on Tuesday, officials said, after divers recovered 22 bodies.",
        "22",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "Officials widened the zone to 6 km from 4 km on Wednesday after tests found gas in two villages.",
        "two",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # what is "due" is to come: its weekday is the next such day
    (
        "Four more pumps were due from the capital on Monday.",
        "Four",
        "on Monday",
        date(2024, 3, 18),
        date(2024, 3, 18),
        "day",
    ),
    # a month or a year opens a span still: "since January"
    ("The port has handled 80 ships since January.", "80", "since January", date(2024, 1, 1), PUBLISHED, "month"),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last", "precision"), PERIODS)
def test_a_running_count_is_of_its_day(
    text: str, quote: str, words: str, first: date | None, last: date | None, precision: str
) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == (words, first, last, precision)
