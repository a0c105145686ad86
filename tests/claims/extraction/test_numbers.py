"""Numbers as the world writes them (issue 12): one table per class, of sentences written for these tests."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from claims import conflicts
from claims.extraction import extract_claims
from claims.extraction.lexicon import lexicon_bytes
from claims.extraction.vocabulary import (
    AFFINE_UNITS,
    MEASURE_UNITS,
    RATE_UNITS,
    TIME_UNITS,
    UNIT_SYMBOLS,
    UNIT_SYMBOLS_EXACT,
    UNIT_WORDS,
)

D = Decimal
N = None

# (text, quote, low, high, qualifier, unit): the claim whose quote is given must read so.
Row = tuple[str, str, Decimal | None, Decimal | None, str, str]


def _reads(text: str, quote: str, low: Decimal | None, high: Decimal | None, qualifier: str, unit: str) -> None:
    claims = {c.quote: c for c in extract_claims(text)}
    assert quote in claims, [c.quote for c in claims.values()]
    c = claims[quote]
    assert (c.low, c.high, c.qualifier, c.unit) == (low, high, qualifier, unit)


COMPARATORS: list[Row] = [
    (
        "Tickets go to fans with less than or equal to 12 points.",
        "less than or equal to 12",
        N,
        D(12),
        "at_most",
        "point",
    ),
    (
        "The rule applies to firms with greater than or equal to 250 staff.",
        "greater than or equal to 250",
        D(250),
        N,
        "at_least",
        "person",
    ),
    ("Only ships of no fewer than 40 crew may dock.", "no fewer than 40", D(40), N, "at_least", "person"),
    ("The filter keeps rows where score>75 only.", ">75", D(75), N, "at_least", "point"),
    ("Alerts fire when the level is <= 3 on the gauge.", "<= 3", N, D(3), "at_most", ""),
    ("Bonds rated ≥8 were kept.", "≥8", D(8), N, "at_least", ""),
    ("Applicants must be 21 or older, and 30 or greater scores pass.", "30 or greater", D(30), N, "at_least", ""),
    ("Leaves last 20 through 30 days.", "20 through 30", D(20), D(30), "range", "day"),
    ("The cargo weighed 40~60 tonnes.", "40~60", D(40), D(60), "range", "tonne"),
    ("Salaries of 5k-20k were offered.", "5k-20k", D(5000), D(20000), "range", ""),
    ("They built 6- to 9-storey blocks.", "6- to 9", D(6), D(9), "range", "floor"),
    (
        "Police said more than 300 and fewer than 500 people marched.",
        "more than 300 and fewer than 500",
        D(300),
        D(500),
        "range",
        "person",
    ),
    (
        "The fund holds above 20 and below 30 percent in bonds.",
        "above 20 and below 30 percent",
        D(20),
        D(30),
        "range",
        "percent",
    ),
]

SIGNS: list[Row] = [
    ("Overnight it fell to -12 in the valley.", "-12", D(-12), D(-12), "exact", ""),
    ("The index closed at −3.5 percent.", "−3.5 percent", D("-3.5"), D("-3.5"), "exact", "percent"),
    ("Growth was minus two percent last quarter.", "minus two percent", D(-2), D(-2), "exact", "percent"),
    ("The reading stood at negative eight.", "negative eight", D(-8), D(-8), "exact", ""),
    ("Scores ran between negative four and nine.", "between negative four and nine", D(-4), D(9), "range", ""),
    ("Groups of 4 -6 players are allowed.", "4 -6", D(4), D(6), "range", "person"),
    ("The trust lost $-2.5 million.", "$-2.5 million", D(-2500000), D(-2500000), "exact", "USD"),
    (
        "Forecasters expect lows from -3C to -11C inland, with frost.",
        "-3C to -11C",
        D(-11),
        D(-3),
        "range",
        "degree Celsius",
    ),
]

# A hyphen with a blank each side is a sign only where a dash cannot stand: after a word that needs a
# value (a copula, a preposition, "convert") or a mark that opens a clause, before a value that can be
# below zero (no counted noun).
SPACED_SIGNS: list[Row] = [
    (
        "Engineers asked how to convert - 40 degrees Celsius to Fahrenheit.",
        "- 40",
        D(-40),
        D(-40),
        "exact",
        "degree Celsius",
    ),
    ("The balance at the end of March was - 15.", "- 15", D(-15), D(-15), "exact", ""),
    ("Core inflation came in at - 0.4 percent.", "- 0.4 percent", D("-0.4"), D("-0.4"), "exact", "percent"),
    ("Overnight lows of - 12C are expected in the hills.", "- 12C", D(-12), D(-12), "exact", "degree Celsius"),
    ("Exports (- 7%) lagged imports.", "- 7%", D(-7), D(-7), "exact", "percent"),
    ("The gauge read: - 6 metres below datum.", "- 6", D(-6), D(-6), "exact", "m"),
    ("Readings near the vent were about − 3 degrees.", "about − 3", D(-3), D(-3), "approximate", "degree"),
]

# The same hyphen as a dash, a range or a list's bullet: the number keeps its sign.
SPACED_DASHES: list[Row] = [
    ("It was bitterly cold - 30 degrees colder than the day before.", "30", D(30), D(30), "exact", "degree"),
    ("The cuts were stark - 200 jobs went in a day.", "200", D(200), D(200), "exact", "job"),
    ("What the divers found was - 12 wrecks in the bay.", "12", D(12), D(12), "exact", "wreck"),
    ("Scores ran 10 - 20 in the first round.", "10 - 20", D(10), D(20), "range", ""),
    ("Shares fell 3% - 4% in early trade.", "3% - 4%", D(3), D(4), "range", "percent"),
    ("Found on the site:\n- 5 people were hurt\n- 3 homes burned", "5", D(5), D(5), "exact", "person"),
]

WORDS: list[Row] = [
    ("It sold four hundred and sixty-two copies.", "four hundred and sixty-two", D(462), D(462), "exact", "copy"),
    ("The loan was two million and a half euros.", "two million and a half", D(2500000), D(2500000), "exact", "EUR"),
    ("Inflation was nought point four percent.", "nought point four percent", D("0.4"), D("0.4"), "exact", "percent"),
    ("A 2 345 678 tonne haul was recorded.", "2 345 678", D(2345678), D(2345678), "exact", "tonne"),
    ("Turnout rose .5 per cent overnight.", ".5 per cent", D("0.5"), D("0.5"), "exact", "percent"),
    ("The fund raised $3MM in a week.", "$3MM", D(3000000), D(3000000), "exact", "USD"),
    (
        "Seoul spent 12-point-four billion won on it.",
        "12-point-four billion",
        D(12400000000),
        D(12400000000),
        "exact",
        "KRW",
    ),
    ("Prices rose zero-point-six percent.", "zero-point-six percent", D("0.6"), D("0.6"), "exact", "percent"),
    ("They saw a two-point-five-percent fall.", "two-point-five-percent", D("2.5"), D("2.5"), "exact", "percent"),
]

MONEY: list[Row] = [
    ("The deal is worth C$40 million.", "C$40 million", D(40000000), D(40000000), "exact", "CAD"),
    ("It cost 90 million Canadian dollars.", "90 million", D(90000000), D(90000000), "exact", "CAD"),
    ("A coffee costs 4 € there.", "4 €", D(4), D(4), "exact", "EUR"),
    ("The fine was -7€ after the refund.", "-7€", D(-7), D(-7), "exact", "EUR"),
    ("Donors gave 2,500 Swiss francs.", "2,500", D(2500), D(2500), "exact", "CHF"),
    # currencies named by their own words, and a shared word by the place named last before it
    ("Fares in Accra rose to 40 cedis.", "40", D(40), D(40), "exact", "GHS"),
    ("Each pilgrim paid 900 Guinean francs.", "900", D(900), D(900), "exact", "GNF"),
    ("In Jordan the fine is 300 dinars; in Algeria 9,000 dinars.", "300", D(300), D(300), "exact", "JOD"),
    ("In Jordan the fine is 300 dinars; in Algeria 9,000 dinars.", "9,000", D(9000), D(9000), "exact", "DZD"),
    ("The fund holds 2,000 dinars for now.", "2,000", D(2000), D(2000), "exact", "dinar"),
    ("The bill came to NZD$ 80 in total.", "NZD$ 80", D(80), D(80), "exact", "NZD"),
    ("Tickets cost 35EUR at the door.", "35EUR", D(35), D(35), "exact", "EUR"),
]

UNITS: list[Row] = [
    ("The boxer lost 18 pounds before the weigh-in.", "18", D(18), D(18), "exact", "lb"),
    ("The club was fined 4,000 pounds by the league.", "4,000", D(4000), D(4000), "exact", "GBP"),
    ("She carried a ten-pound sack of flour.", "ten", D(10), D(10), "exact", "lb"),
    ("The tower is 48m tall.", "48m", D(48), D(48), "exact", "m"),
    ("The club has 48m followers online.", "48m", D(48000000), D(48000000), "exact", "follower"),
    ("The port built a 2.5 million gallon tank.", "2.5 million", D(2500000), D(2500000), "exact", "gallon"),
    ("The car has 300 hp under the hood.", "300 hp", D(300), D(300), "exact", "horsepower"),
    ("He ran 100 yards for the score.", "100", D(100), D(100), "exact", "yard"),
    ("It was 21 deg C at noon with warm sun.", "21 deg C", D(21), D(21), "exact", "degree Celsius"),
    ("Water boils at 212 degree Fahrenheit.", "212", D(212), D(212), "exact", "degree Fahrenheit"),
    ("Forecasters said it hit 39 celcius.", "39", D(39), D(39), "exact", "degree Celsius"),
    ("The flat has 85 square metres of floor.", "85", D(85), D(85), "exact", "m2"),
    ("The dam holds 3 cubic kilometres of water.", "3", D(3), D(3), "exact", "km3"),
    ("Workers got 20 mSv over the year.", "20 mSv", D(20), D(20), "exact", "mSv"),
    ("They mix 2 to 3 L of water into the cement.", "2 to 3 L", D(2), D(3), "range", "liter"),
    ('The TV has a 55" screen.', '55"', D(55), D(55), "exact", "inch"),
    ("They were given 10 and 20 mg doses.", "10", D(10), D(10), "exact", "mg"),
    ("Pay rose to $18.5/hour this year.", "$18.5", D("18.5"), D("18.5"), "exact", "USD"),
]

NOUNS: list[Row] = [
    ("The number of evacuees is now 3,400.", "3,400", D(3400), D(3400), "exact", "person"),
    ("Rescuers said 41 of the miners were alive.", "41", D(41), D(41), "exact", "person"),
    ("Nearly 20 of the asylum seekers were still missing.", "Nearly 20", D(20), D(20), "approximate", "person"),
    ("Nine of the farm buildings burned down.", "Nine", D(9), D(9), "exact", "building"),
    # a rival reading of one measurement takes its unit ("put it at"), even one that lends it nowhere else
    (
        "The survey measured it at magnitude 6.1, while the institute put it at 6.4.",
        "6.4",
        D("6.4"),
        D("6.4"),
        "exact",
        "magnitude",
    ),
    (
        "The ministry counted 4,200 hectares; the satellite data put it at 7,900.",
        "7,900",
        D(7900),
        D(7900),
        "exact",
        "hectare",
    ),
    # a rival's count answers the sentence's first count, not the nearest one
    (
        "The union said 9,000 people marched in 40 towns, while police counted 2,500.",
        "2,500",
        D(2500),
        D(2500),
        "exact",
        "person",
    ),
    # a source's count with its noun left out counts what the text last counted, across sentences
    (
        "Guards held 640 inmates in the yard. Talks began at noon. By evening the union said 700.",
        "700",
        D(700),
        D(700),
        "exact",
        "person",
    ),
    (
        "Farmers drove 1,900 tractors into town. In 2019 the organisers claimed 2,400 and the police counted 800.",
        "800",
        D(800),
        D(800),
        "exact",
        "tractor",
    ),
    (
        "About 9,500 fans came. The ground holds more, far fewer than the club's 12,000 of last season.",
        "12,000",
        D(12000),
        D(12000),
        "exact",
        "person",
    ),
    ("The fund raised $3 million. The treasurer said 400 on Monday.", "400", D(400), D(400), "exact", ""),
    # a number named again after a determiner that points back counts what the text last counted
    ("Forty pilgrims fell ill on the road. All 38 were flown home.", "38", D(38), D(38), "exact", "person"),
    (
        "Up to 90 cars were stuck on the 4-km pass, far more than the 30 the police had reported.",
        "30",
        D(30),
        D(30),
        "exact",
        "car",
    ),
    # a partitive whole of irregular plural ("of the people detained") and an age by comparison ("as young as 9")
    (
        "Lorries were burned. Medics said at least 40 of the people hurt were children, some as young as 9.",
        "at least 40",
        D(40),
        N,
        "at_least",
        "person",
    ),
    ("Lorries were burned. Medics said the hurt were children, some as young as 9.", "9", D(9), D(9), "exact", "year"),
    # agent nouns and counts of what was done to people are people
    ("Twelve diggers were pulled out alive.", "Twelve", D(12), D(12), "exact", "person"),
    ("Lawyers recorded 880 detentions in a week.", "880", D(880), D(880), "exact", "person"),
    # a count named by its counting word: "the number of missing", "the number of the dead"
    ("Officials put the number of missing at 31 by Tuesday.", "31", D(31), D(31), "exact", "person"),
    # the numbers of counts count what the counts count, not counts
    (
        "The club said 40 fans were hurt; the medics' list was longer. The gap between the two tallies, 40 against 65, grew.",
        "65",
        D(65),
        D(65),
        "exact",
        "person",
    ),
    # a comparison sets like against like: the sentence's count nearest in size
    (
        "Some 4,200 pupils were taught in 30 halls, against 3,900 in 26 halls last year.",
        "3,900",
        D(3900),
        D(3900),
        "exact",
        "person",
    ),
    # a quake's reading on a scale is a magnitude, and another source's reading joined by "and" is one too
    (
        "The tremor registered 5.9 on the scale of the national observatory and 6.2 according to a European centre.",
        "6.2",
        D("6.2"),
        D("6.2"),
        "exact",
        "magnitude",
    ),
    ("The judges marked her 5.9 on a scale of ten.", "5.9", D("5.9"), D("5.9"), "exact", ""),
    ('Organisers claimed "over 9,000" cyclists.', "over 9,000", D(9000), N, "at_least", "person"),
    ("Flood Toll Rises To 212 In Delta", "212", D(212), D(212), "exact", "person"),
    ("The plan ends in two weeks' time.", "two", D(2), D(2), "exact", "week"),
]

RANGES_NOT_CHANGES: list[Row] = [
    ("Pumps move from 40 to 70 litres a minute.", "40 to 70", D(40), D(70), "range", "liter"),
    ("Exports rose from 40 to 70 tonnes.", "70", D(70), D(70), "exact", "tonne"),
    # more counts after the second end: a series of values, not a range
    ("The shelter's counts ran from 8 to 11, 14 and 16.", "8", D(8), D(8), "exact", ""),
    ("The shelter's counts ran from 8 to 11, 14 and 16.", "11", D(11), D(11), "exact", ""),
]


@pytest.mark.parametrize(
    "row",
    COMPARATORS + SIGNS + SPACED_SIGNS + SPACED_DASHES + WORDS + MONEY + UNITS + NOUNS + RANGES_NOT_CHANGES,
    ids=lambda r: r[0][:40],
)
def test_reads_each_class_by_its_general_rule(row: Row) -> None:
    _reads(*row)


@pytest.mark.parametrize(
    "text",
    [
        "Reported cases reached nearly 12%2C500 by Friday.",
        "Track it at https://example.org/find?q=40%25%2030%.",
        '[gallery ids="41,42" columns="3" size="640"]',
        "Photo: Jane Doe, licensed CC BY-SA 4.0.",
        "The council sits at 2025 M St. in the capital.",
        "Call 555 0192 for tickets.",
    ],
)
def test_text_that_is_not_prose_gives_no_wrong_number(text: str) -> None:
    values = [c.low for c in extract_claims(text)]
    if "12%2C500" in text:
        assert values == [D(12500)]
    else:
        assert values == []


@pytest.mark.parametrize(
    "text",
    [
        "She scored 2 in the first half and 1 in the second.",
        "They met at 7 in the morning, said the 9 C.P.I. survey.",
        "The group said it would spend 48m on schools.",
        "Ten and twelve people were named in two lists.",
    ],
)
def test_ambiguous_forms_keep_their_everyday_reading(text: str) -> None:
    units = {c.quote: c.unit for c in extract_claims(text)}
    assert "inch" not in units.values() and "m" not in units.values() and "degree Celsius" not in units.values()
    assert all(
        (c.low is not None and c.low < 1000) or c.unit == "" for c in extract_claims(text) if "48m" not in c.quote
    )


def test_a_table_of_bare_numbers_reads_every_number_exactly() -> None:
    rows = ["12 7 430 9", "3 18 2,500 6.5"]
    text = "\n".join(rows * 50) + "\n"
    claims = extract_claims(text)
    expected = [D(v.replace(",", "")) for v in " ".join(rows * 50).split()]
    assert [c.low for c in claims] == expected
    assert all(c.qualifier == "exact" and c.unit == "" and c.low == c.high for c in claims)
    assert all(text[c.start : c.end] == c.quote for c in claims)


def test_every_unit_the_extractor_names_is_in_the_one_unit_table() -> None:
    """Every unit of measure the extractor writes has a pint expression; the rest are counts on purpose."""
    counts = {"ratio", "magnitude", "degree", "point", "goal", "vote", "seat", "megapixel", "fps", "percentage_point"}
    named = set(UNIT_SYMBOLS.values()) | set(UNIT_WORDS.values()) | set(UNIT_SYMBOLS_EXACT.values())
    named |= {unit for _base, _per, unit in json.loads(lexicon_bytes())["rate_units"]} | set(RATE_UNITS.values())
    named |= set(TIME_UNITS.values()) - {"night"}
    missing = {u for u in named if u not in MEASURE_UNITS and conflicts.normalize_unit(u) not in MEASURE_UNITS}
    assert missing - counts - AFFINE_UNITS == set()


def test_the_unit_table_and_the_conflict_scales_are_one() -> None:
    scales = conflicts.pint_scales()
    assert set(MEASURE_UNITS) <= set(scales)
    assert scales["yard"][1] == scales["foot"][1] * 3
    assert scales["km2"][1] == scales["hectare"][1] * 100


def test_a_table_of_numbers_ends_where_words_start() -> None:
    """The numbers of a table are read as they stand, and the words after it are read again."""
    table = "\n".join(" ".join(str(11 * row + col) for col in range(8)) for row in range(1, 9))
    text = table + " and then 40 people came, 3 km away"
    claims = extract_claims(text)
    assert len(claims) == 8 * 8 + 2
    assert [(c.quote, c.unit) for c in claims[-2:]] == [("40", "person"), ("3 km", "km")]
    assert all(c.low == c.high and c.qualifier == "exact" and c.unit == "" for c in claims[:-2])


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a weekday dates the count that follows it
        ("By Tuesday 231 people had been arrested, police said.", ["231"]),
        ("On Friday 12 boats sank off the cape.", ["12"]),
        # ... but the digits of a date after a weekday are no count
        ("The vote is on Friday 12 May, and 40 seats are open.", ["40"]),
        ("Monday 3rd: 18 flights were cancelled.", ["18"]),
    ],
)
def test_a_weekday_dates_a_count_without_hiding_it(text: str, counts: list[str]) -> None:
    assert [c.quote for c in extract_claims(text)] == counts
