"""Table tests for the day of a count beside other times: a toll's day of saying, a time compared with, time to come,
a year not yet over (period2).

Every sentence here is invented for the test. The publication date is a Thursday (2024-03-14).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

# (text, quote, period words, first day, last day)
PERIODS: list[tuple[str, str, str, date, date]] = [
    # the dead, the injured, the evacuated are a running total: counted on the day of the saying, not on the day of
    # the event a clause before them
    (
        "A landslide buried the village of Tarno late on Monday, killing 14 people, rescuers said on Wednesday.",
        "14",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
    ),
    (
        "Storms flooded the valley on Sunday night, and about 2,500 residents were evacuated, the county said on "
        "Tuesday.",
        "about 2,500",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # but a fixed quantity keeps the event's day, and so does a toll given a day in its own clause
    (
        "Gunmen seized a bus near Orla on Monday, taking 31 passengers, police said on Wednesday.",
        "31",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    (
        "Police said on Wednesday that 12 people died on Monday.",
        "12",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    # a time "for" a day is the day a count is for, not a day of saying: the count's own before another day
    (
        "Crews began work on Thursday as the agency cut its estimate for Tuesday to 90 tonnes, not 95.",
        "90",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # a time to come in a clause of its own is not the time of a count in another clause: the count is of the day
    # printed
    (
        "The ministry said the ban covered 2,700 farms, and would last until at least Saturday.",
        "2,700",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    (
        "Markets will reopen on Monday, the council said, after a week in which 340 stalls stayed shut.",
        "340",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    # but a participle that opens the count's clause is of the time to come
    (
        "The mill will shut its line by the end of 2026, cutting 640 jobs, the owners said on Tuesday.",
        "640",
        "2026",
        date(2026, 1, 1),
        date(2026, 12, 31),
    ),
    # and so is a clause that speaks of time to come itself, or hangs on the one before with "with" or "when"
    (
        "Snow was forecast for Saturday, with drifts reaching about 2 metres on the pass.",
        "about 2",
        "Saturday",
        date(2024, 3, 16),
        date(2024, 3, 16),
    ),
    (
        "Gusts were forecast to ease on Saturday, but the river was still expected to rise by 40 cm.",
        "40 cm",
        "on Saturday",
        date(2024, 3, 16),
        date(2024, 3, 16),
    ),
    (
        "The next strike comes on March 28, when the union has called pickets at 45 depots.",
        "45",
        "on March 28",
        date(2024, 3, 28),
        date(2024, 3, 28),
    ),
    # "the previous day of action" names no day
    (
        "The union counted 90 pickets on Tuesday, fewer than the 140 it gave for the previous day of action in January.",
        "140",
        "in January",
        date(2024, 1, 1),
        date(2024, 1, 31),
    ),
    # and a count corrected is of the day of the count it corrects
    (
        "The agency said on Wednesday it had corrected its death toll for Monday to 40, not 42.",
        "42",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    # a possessive after a verb of saying is the day of what it owns, not of the saying; a count before it keeps its own
    (
        "Officials on Friday corrected Wednesday's toll to 31, not 33.",
        "31",
        "Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
    ),
    (
        "The agency said on Wednesday that 58 people had died, and it corrected Tuesday's toll to 44, not 45.",
        "58",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
    ),
    # the count a correction replaces shares the correction's time, across the noun and "not" between them
    (
        "The board lowered its count for Monday to 26 patients, not 29 as it had first said.",
        "29",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    (
        "Rangers said on Tuesday that 61 hectares had burned, not the 75 given earlier.",
        "75",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # unless the replaced count's own clause gives its time: then the correction is of that time too
    (
        "The league on Wednesday raised the number of fans hurt to 52, not 48 as announced on Monday night, after a check.",
        "52",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    (
        "The league on Wednesday raised the number of fans hurt to 52, not 48 as announced on Monday night, after a check.",
        "48",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
    ),
    # a comma between digits is a number's, not a clause's: a rival count after "12,000" is in the time's clause
    (
        "Sunday's rally drew 12,000 people by the organisers' count and 3,000 by the police's.",
        "3,000",
        "Sunday",
        date(2024, 3, 10),
        date(2024, 3, 10),
    ),
    # a time a count is compared with is no count's time: the counts are of the day printed
    ("The clinic treated 86 patients, 20 more than on Monday.", "20", "", PUBLISHED, PUBLISHED),
    ("The ferry carried 400 passengers, the same as on Tuesday.", "400", "", PUBLISHED, PUBLISHED),
    (
        "The ministry said 17 prisoners were held in the east wing, unchanged from Monday.",
        "17",
        "",
        PUBLISHED,
        PUBLISHED,
    ),
    # a weekday of time to come is the next one: "expected", "planned", a future verb a long clause before
    (
        "The council said it expected 3,000 visitors on Saturday.",
        "3,000",
        "on Saturday",
        date(2024, 3, 16),
        date(2024, 3, 16),
    ),
    ("A charity run of 10 km is planned for Sunday.", "10 km", "Sunday", date(2024, 3, 17), date(2024, 3, 17)),
    (
        "The mayor said the city would pay each family 2,500 euros and reopen nine of its schools on Monday.",
        "nine",
        "on Monday",
        date(2024, 3, 18),
        date(2024, 3, 18),
    ),
    # a weekday alone is of the week around the day printed: six days back it would be "last Friday", so it is the next
    # day; "last Friday" and "since Friday" still run back
    (
        "The ferry line adds 12 sailings on Friday to clear the backlog.",
        "12",
        "on Friday",
        date(2024, 3, 15),
        date(2024, 3, 15),
    ),
    ("The ferry line added 12 sailings last Friday.", "12", "last Friday", date(2024, 3, 8), date(2024, 3, 8)),
    # but a clause of its own after the future verb is of its own, past, time
    (
        "Farmers said they would return after a march on Tuesday that drew 8,000 people.",
        "8,000",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # a running total of a year not yet over is counted as it stood when printed; a sum spent in it is the year's
    ("Nine people have died of cholera this year, the ministry said.", "Nine", "this year", PUBLISHED, PUBLISHED),
    (
        "The city spent 2 million euros on roads this year.",
        "2 million",
        "this year",
        date(2024, 1, 1),
        date(2024, 12, 31),
    ),
    # a month's short name in capitals alone is an acronym, not a month
    ("The nurses' union SEP said 83% of its members had walked out.", "83%", "", PUBLISHED, PUBLISHED),
    # a correction of a count given on a day, however many words after the count it corrects, is of that day
    (
        "The agency said on Wednesday that 30 people died in the flood, not 32 as it announced on Tuesday.",
        "30",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # and a count it replaces with no time of its own takes the correction's, but not a day of saying
    (
        "The agency corrected its Tuesday figure: 40 people had died by then, not 42 as first announced.",
        "42",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    (
        "Police said on Wednesday that 41 people were arrested in Saturday's riot, not 37 as first stated.",
        "37",
        "Saturday",
        date(2024, 3, 9),
        date(2024, 3, 9),
    ),
    # a day that names another count after the claim ("its Tuesday toll") is that count's
    (
        "The office said on Wednesday that nine people had died in the landslide, and lowered its Tuesday toll to six.",
        "nine",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
    ),
    (
        "The office said on Wednesday that nine people had died in the landslide, and lowered its Tuesday toll to six.",
        "six",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    # a replaced count set off by commas splits no clause: the time after it is the correction's and its own
    (
        "The port said on Wednesday that 48 sailings, not 52, had been dropped on Tuesday.",
        "48",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
    (
        "The port said on Wednesday that 48 sailings, not 52, had been dropped on Tuesday.",
        "52",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
    ),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last"), PERIODS)
def test_a_count_takes_its_own_time(text: str, quote: str, words: str, first: date, last: date) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end) == (words, first, last)
