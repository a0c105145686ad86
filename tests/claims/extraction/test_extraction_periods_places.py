"""Table tests for when and where a claim is about: the rules of issue 11's eighth pass (ctx8).

Every sentence here is invented for the test. The publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

# (text, quote, period words, first day, last day, precision)
PERIODS: list[tuple[str, str, str, date | None, date | None, str]] = [
    # "since last Tuesday" is read as "since Tuesday" is: a running count since a day is the count of the day
    # printed (period15)
    (
        "About 4,000 goats have been sold since last Tuesday.",
        "4,000",
        "since last Tuesday",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # a "since" clause of six words or more before its day still opens the span; the saying day closes it
    (
        "Some 900 families have left since the river first burst its banks on Sunday, the mayor said on Wednesday.",
        "900",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # "in the past 24 hours", "over the last ten days": the span back from the day printed
    ("Some 85 wells ran dry in the past 24 hours.", "85", "in the past 24 hours", date(2024, 3, 13), PUBLISHED, "day"),
    (
        "The clinic saw 310 patients over the last ten days.",
        "310",
        "the last ten days",
        date(2024, 3, 4),
        PUBLISHED,
        "day",
    ),
    # two times joined by "between ... and", "from ... to" are one span; a time in the count's own clause comes
    # before one across a comma, but not before one that leads the sentence
    (
        "The morgue took in 186 bodies since Saturday, 74 of them between Monday night and Tuesday morning alone.",
        "74",
        "between Monday night and Tuesday",
        date(2024, 3, 11),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Some 40 boats were lost from January to March.",
        "40",
        "from January to March",
        date(2024, 1, 1),
        date(2024, 3, 31),
        "month",
    ),
    (
        "By Tuesday, the ministry said that 340 people had been held since the strike began on 2 March.",
        "340",
        "By Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # two days that follow one another, joined by "and", are the span of both
    (
        "Friday and Saturday were the busiest days, with 90 arrivals each.",
        "90",
        "Friday and Saturday",
        date(2024, 3, 8),
        date(2024, 3, 9),
        "day",
    ),
    # "the worst since June 2015" compares with a past time: what the sentence says after it is of that time,
    # what it says before it gets no span from it; "at least eight times since 2017" is a span
    (
        "The flood is the worst since June 2015, when some 1,250 homes were lost.",
        "1,250",
        "since June 2015",
        date(2015, 6, 1),
        date(2015, 6, 30),
        "month",
    ),
    (
        "The strike, which shut some 40 schools, was the largest in the city since teachers walked out in 2019.",
        "40",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "The pact has been used at least eight times since 2017.",
        "eight",
        "since 2017",
        date(2017, 1, 1),
        PUBLISHED,
        "year",
    ),
    # what happened "during Tuesday's match" or "over Monday's brawl" is of its day, not the saying's, on either side
    # of the count; "killed in Tuesday's quake" stays a count as of the saying
    (
        "Police said on Wednesday that 23 fans had been arrested during Tuesday's match.",
        "23",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Police on Thursday raised the number of fans held during Tuesday's cup final to 64.",
        "64",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Police said on Wednesday that 40 people were arrested over Monday's stadium brawl.",
        "40",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    (
        "Officials said on Wednesday that 23 people had died in Tuesday's quake.",
        "23",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a time that owns the count itself ("Tuesday's toll", "Monday's count") is the count's day, not the saying's
    (
        "The agency said on Wednesday that Tuesday's flood toll should have read 17, not 18.",
        "17",
        "Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Officials said on Wednesday that Monday's official count of 410 evacuees had missed two villages.",
        "410",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    # a forecast speaks of time to come: its weekday is the next such day, and a day of a month is the next one
    (
        "The weather office forecast a high of 31°C for Tuesday.",
        "31°C",
        "Tuesday",
        date(2024, 3, 19),
        date(2024, 3, 19),
        "day",
    ),
    ("The union will hold 30 rallies on March 2.", "30", "on March 2", date(2025, 3, 2), date(2025, 3, 2), "day"),
    # "until Sunday" in time to come: from the day printed to that day
    ("Highs above 35°C are forecast until Sunday.", "35°C", "until Sunday", PUBLISHED, date(2024, 3, 17), "day"),
    # "so far this year": from its start to the day printed
    ("The valley has had 140 fires so far this year.", "140", "so far this year", date(2024, 1, 1), PUBLISHED, "day"),
    # "overnight" is the night that ends on the day printed
    ("Some 60 new patients arrived overnight.", "60", "overnight", date(2024, 3, 13), PUBLISHED, "day"),
    # "nine days ago": that day
    ("The first 14 cases were found nine days ago.", "14", "nine days ago", date(2024, 3, 5), date(2024, 3, 5), "day"),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last", "precision"), PERIODS)
def test_period_is_the_time_the_count_is_about(
    text: str, quote: str, words: str, first: date | None, last: date | None, precision: str
) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == (words, first, last, precision)


# (text, quote, places nearest first)
PLACES: list[tuple[str, str, tuple[str, ...]]] = [
    # a dateline says where the story was filed; the place its sentence names is where it happened
    (
        "Crush at concert\n\nLUANDA - A crush at a concert in Huambo killed 12 people on Sunday.\n\nMore than 70 were hurt.",
        "70",
        ("Huambo",),
    ),
    # ... unless that sentence names the dateline's own place
    (
        "Crush at concert\n\nHUAMBO - A crush at the stadium in Huambo's centre killed 12 people.\n\nMore than 70 were hurt.",
        "70",
        ("HUAMBO",),
    ),
    # the dateline's sentence ends with its paragraph: a place the next paragraph names is not the story's
    (
        "Floods\n\nLUANDA - Floods swept across Namibe province overnight.\n\nIn Luanda, officials met. Rain fell.\n\n"
        "About 70 homes were flooded.",
        "70",
        ("Namibe province",),
    ),
    # a place something is "in" comes before one it is "at"
    (
        "Plant fire\n\nLUANDA - Eight workers died at Sonar Chemicals' plant in Lobito on Monday.\n\nAbout 300 left.",
        "300",
        ("Lobito",),
    ),
    # "Kenya's Turkana county" names two places: the county, and the country that holds it
    ("About 40 families slept in a school in Kenya's Turkana county.", "40", ("Kenya", "Turkana county")),
    # a region by its compass point is a place wherever it stands
    ("A storm struck southern Chile, killing at least 14 people.", "14", ("southern Chile",)),
    # a dateline in capitals with an accent is a dateline
    ("Border town\n\nGÉNÉRAL, Chad - Trucks wait.\n\nAbout 40 were turned back.", "40", ("GÉNÉRAL",)),
    # a body whose name holds no organisation's word is no place
    ("Volunteers from the Red Cross handed out 900 blankets.", "900", ()),
    ("Figures from the Junta showed 45 schools closed.", "45", ()),
    # a word capitalised because it opens a live entry or a sentence is no nationality
    ("Storm live\n\n11:05 - Shellfish divers lost 40 boats, the guild said.", "40", ()),
    ("Rally ends\n\nPolice counted 800 marchers. Traffic is flowing again.", "800", ()),
    # a nationality's people are no place
    ("Storm\n\nThe storm sent thousands of Ostrevians to hospital. Some 300 were admitted overnight.", "300", ()),
    # a dateline story told by a public body is set in the body's country, not the filing city ...
    (
        "Lender shut\n\nBRELLIN, March 3 (Wire) - Ostrevia's central bank on Monday shut a lender.\n\n"
        "About 5,000 people had money in it.",
        "5,000",
        ("Ostrevia",),
    ),
    # ... unless the headline names the dateline's place: the story happened there
    (
        "Brellin fire\n\nBRELLIN - A fire burnt 400 hectares, Ostrevia's civil protection agency said.",
        "400",
        ("BRELLIN",),
    ),
    # where one person quoted comes from is no story's place
    (
        'Crush at stadium\n\nTwo people died in a crush at the stadium gates. "We could not breathe," said Ana Ruiz, 29, '
        "a taxi driver from Ardel.\n\nPolice said 40 were hurt.",
        "40",
        (),
    ),
]


@pytest.mark.parametrize(("text", "quote", "places"), PLACES)
def test_an_article_names_the_place_of_its_story(text: str, quote: str, places: tuple[str, ...]) -> None:
    assert claim_at(text, quote).places == places
