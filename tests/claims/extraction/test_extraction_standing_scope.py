"""Table tests for when and where a claim is about: the rules of issue 11's twelfth-session pass (ctx14).

Every sentence here is invented for the test. The publication date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

# (text, quote): a count that holds whatever the day has no day, printed or named
STANDING: list[tuple[str, str]] = [
    # an age, with the day of the saying in its sentence
    ("Marta Sousa, 61, said on Tuesday that the water had risen.", "61"),
    # a span of years, with no time words
    ("He has driven trucks for 22 years, his brother said.", "22"),
    # a place's population
    ("Borvik, a port town of about 12,000 people, lost power on Monday.", "12,000"),
    # a distance between places
    ("Rescuers reached Kesta, about 40 km from Telmar, on Wednesday.", "40 km"),
    # a depth
    ("The shaft lies some 310 metres below the surface, the company said on Tuesday.", "310"),
    # a capacity
    ("Fans filled the arena's capacity of 8,000 on Saturday.", "8,000"),
    # a building's floors and seats
    ("Inspectors said the tower had 14 floors when it fell on Monday.", "14"),
    ("The 9,000-seat arena was full on Saturday.", "9,000"),
    # a distance the way it points, after the place it leads to
    ("Crews drove on to Marsal, some 70 km to the north-east, on Tuesday.", "70 km"),
]


@pytest.mark.parametrize(("text", "quote"), STANDING)
def test_a_count_that_holds_any_day_has_no_day(text: str, quote: str) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == ("", None, None, "")


# (text, quote, period words, first day, last day, precision): the counts that keep their day or year
DATED: list[tuple[str, str, str, date | None, date | None, str]] = [
    # a year still dates a span of years
    ("In 2019 the pension age was raised to 62 years.", "62", "In 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
    # a running count keeps the day named, and without one the day printed
    ("Some 300 people were evacuated on Monday.", "300", "on Monday", date(2024, 3, 11), date(2024, 3, 11), "day"),
    ("About 70 homes were flooded, the mayor said.", "70", "", PUBLISHED, PUBLISHED, "day"),
    # "the three days to Monday": the days back from that Monday, Monday itself the last of them
    (
        "The hills received about 900 millimetres of rain in the three days to Monday, officials said.",
        "900",
        "three days to Monday",
        date(2024, 3, 9),
        date(2024, 3, 11),
        "day",
    ),
    # "the 48 hours to Tuesday evening": two days back from that Tuesday
    (
        "The gauge recorded 212 millimetres of rain in the 48 hours to Tuesday evening.",
        "212",
        "48 hours to Tuesday",
        date(2024, 3, 10),
        date(2024, 3, 12),
        "day",
    ),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last", "precision"), DATED)
def test_other_counts_keep_their_time(
    text: str, quote: str, words: str, first: date | None, last: date | None, precision: str
) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == (words, first, last, precision)


# (text, quote, places nearest first): places named in a sentence
PLACES: list[tuple[str, str, tuple[str, ...]]] = [
    # a place named after its kind is the name, not "the town"
    ("The quake's epicentre lay near the town of Varesk, where 14 homes collapsed.", "14", ("Varesk",)),
    ("In the coastal district of Belmar, about 300 families slept outdoors.", "300", ("Belmar",)),
    # ... nor a nationality before the kind
    ("A ferry capsized off the Greek island of Tolvos, and 22 people drowned.", "22", ("Tolvos",)),
    # the place a direction is read from
    ("Divers found six more bodies in the sea south of Kerrin on Monday.", "six", ("Kerrin",)),
    # a name before a verb of saying is a person's, not a nationality
    ("Some 40 homes burned, fire chief Dalia Moran said.", "40", ()),
    # a nationality before a noun still is one
    ("About 80 Moldovan workers were held.", "80", ("Moldovan",)),
    # ... but not one person's ("an Australian tourist"), nor a word of a longer name
    ("Two divers and an Estonian tourist were hurt near the reef.", "Two", ()),
    ("The Unione Contadini d'Umbria said 36 sheep died.", "36", ()),
    ("The Lega Pastori Sardi said 36 sheep died.", "36", ()),
    # a name with its small words is one place, not its first word ("Porta", "Santo Stefano")
    ("Police stopped 14 cars at Porta di Lucca on Saturday.", "14", ("Porta di Lucca",)),
    ("Flooding reached 40 homes in Villar de la Sierra.", "40", ("Villar de la Sierra",)),
    # a body's initials after "at" are where someone works, not a place
    ("Sixty nurses at KMH signed the letter, 12 of them seniors.", "12", ()),
]


@pytest.mark.parametrize(("text", "quote", "places"), PLACES)
def test_a_sentence_names_its_places(text: str, quote: str, places: tuple[str, ...]) -> None:
    assert claim_at(text, quote).places == places


# (text, quote, subject): whose age a number of years set off after a person is; what a distance measures
AGES: list[tuple[str, str, str]] = [
    # a person named by a noun, the age set off by commas
    ("Police said the driver, 41, had slept for five hours.", "41", "age of the driver"),
    ("A Moldovan nurse, 29, told reporters the ward was full.", "29", "age of the nurse"),
    # ... or after "aged"
    ("Tests showed the woman, aged 86, had been infected.", "86", "age of the woman"),
    # a name, the age closing the sentence
    ('"We will rebuild," said Tomas Verhey, 52.', "52", "age of Tomas Verhey"),
    # not an age: a country's population, and a place's described in up to three words
    ("Velmora, a country of about 9 million people, imports most of its grain.", "9 million", "population of Velmora"),
    (
        "Tarsk, a quiet lakeside farming town of about 6,200 people, lost power.",
        "6,200",
        "population of Tarsk",
    ),
    # not an age: a distance the way it points is how far the place set off before it lies
    ("Crews drove on to Marsal, some 70 km to the north-east, on Tuesday.", "70 km", "distance to Marsal"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), AGES)
def test_an_age_or_a_distance_says_whose_it_is(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


# (text, quote, places): the article's own place, for a claim whose sentence names none
SCOPES: list[tuple[str, str, tuple[str, ...]]] = [
    # an opening that names no place after a preposition names it as an owner
    ("How big was Velmora's strike?\n\nThe unions say 90 percent of workers stopped.", "90 percent", ("Velmora",)),
    # ... a nationality only when it names neither
    (
        "Strike: Velmoran unions count\n\nThe unions say 90 percent of workers stopped.",
        "90 percent",
        ("Velmoran",),
    ),
]


@pytest.mark.parametrize(("text", "quote", "places"), SCOPES)
def test_an_article_names_its_place_as_an_owner(text: str, quote: str, places: tuple[str, ...]) -> None:
    assert claim_at(text, quote).places == places
