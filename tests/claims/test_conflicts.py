"""Conflict rules (CLAIMS.md, "Conflicts"): tables of value pairs."""

import itertools
import random
import re
from fractions import Fraction

import pytest

from claims import conflicts
from claims.conflicts import Value, classify_conflict

V = Value.of


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (V(200, 200, "approximate"), V(600, 600, "approximate"), "hard"),
        (V(None, 2000, "at_most"), V(2000, None, "at_least"), "soft"),
        (V(None, 2000, "at_most"), V(2000, 2000, "approximate"), ""),
        (V(None, 2000, "at_most"), V(1500, None, "at_least"), ""),
        (V(2000, 2000, "approximate"), V(2200, 2200), "soft"),
        (V(2000, 2000, "approximate"), V(2300, 2300), "hard"),
        (V(54, 54), V(55, 55), "hard"),
        (V(24, 99, "vague"), V(30, 30, "approximate"), ""),
        (V(24, 99, "vague"), V(200, 999, "vague"), "hard"),
        (V(30, 40, "range"), V(40, None, "at_least"), "soft"),
        (V(2000, 2000), V(2000, None, "at_least"), ""),
    ],
)
def test_conflict_table(a, b, expected):
    assert classify_conflict(a, b) == expected
    assert classify_conflict(b, a) == expected


def test_approximate_tolerates_ten_percent():
    assert classify_conflict(V(100, 100, "approximate"), V(110, 110)) == "soft"
    assert classify_conflict(V(100, 100, "approximate"), V(111, 111)) == "hard"


def test_durations_convert_between_units():
    assert classify_conflict(V(3, 3, "exact", "year"), V(36, 36, "exact", "month")) == ""
    assert classify_conflict(V(2, 2, "exact", "week"), V(14, 14, "exact", "day")) == ""
    assert classify_conflict(V(1, 1, "exact", "day"), V(24, 24, "exact", "hour")) == ""
    assert classify_conflict(V(6, 6, "exact", "day"), V(2, 2, "exact", "month")) == "hard"


def test_rounded_duration_is_a_soft_conflict():
    assert classify_conflict(V(2, 2, "exact", "year"), V(29, 29, "exact", "month")) == "soft"


def test_units_that_cannot_be_compared_are_a_soft_conflict():
    assert classify_conflict(V(5, 5, "exact", "person"), V(5, 5, "exact", "organization")) == "soft"


def test_unit_aliases_meet():
    assert conflicts.are_comparable("nation", "country")
    assert conflicts.are_comparable("years", "month")


@pytest.mark.parametrize(
    ("spelled", "written", "value"),
    [
        ("km per hour", "km/h", 120),
        ("kilometres per hour", "kph", 120),
        ("miles per hour", "mph", 70),
        ("millimetre", "mm", 48),
        ("centimetre", "cm", 3),
        ("millilitre", "ml", 50),
        ("square kilometre", "km2", 12),
        ("megawatts", "MW", 400),
        # "three times" is a ratio however the extractor spells it
        ("time", "ratio", 3),
    ],
)
def test_a_unit_spelled_out_compares_with_its_symbol(spelled, written, value):
    assert conflicts.normalize_unit(spelled) == conflicts.normalize_unit(written)
    assert classify_conflict(V(value, value, "exact", spelled), V(value, value, "exact", written)) == ""
    assert classify_conflict(V(value, value, "exact", spelled), V(2 * value, 2 * value, "exact", written)) == "hard"


def test_a_currency_code_is_no_unit_of_measure():
    # "GBP" is pounds sterling, not a rate in gigabits ("Gbps").
    assert conflicts.normalize_unit("GBP") != conflicts.normalize_unit("Gbps")
    assert not conflicts.are_comparable("GBP", "Gbps")


def test_a_speed_spelled_out_converts():
    # 100 km/h is about 62 mph; 100 km per hour against 90 mph is two speeds.
    assert classify_conflict(V(100, 100, "exact", "km per hour"), V(62, 62, "approximate", "mph")) != "hard"
    assert classify_conflict(V(100, 100, "exact", "km per hour"), V(90, 90, "exact", "miles per hour")) == "hard"


def test_roll_up_is_the_worst_pair_and_leaves_rejected_claims_out():
    members = [
        conflicts.Member(V(200, 200, "approximate")),
        conflicts.Member(V(600, 600), is_rejected=True),
        conflicts.Member(V(210, 210)),
    ]
    rolled = conflicts.roll_up(members)
    assert rolled.conflict == "soft"
    assert rolled.member_conflicts == ("soft", "", "soft")
    assert [(pair.first, pair.second) for pair in rolled.pairs] == [(0, 2)]


def test_roll_up_leaves_deprecated_claims_out_of_the_sets_conflict_only():
    members = [conflicts.Member(V(200, 200, "approximate")), conflicts.Member(V(600, 600), is_deprecated=True)]
    rolled = conflicts.roll_up(members)
    assert rolled.conflict == ""
    assert rolled.member_conflicts == ("hard", "hard")
    assert conflicts.roll_up([conflicts.Member(m.value) for m in members]).conflict == "hard"


def test_roll_up_of_nothing_or_one_claim_is_no_conflict():
    nothing = conflicts.roll_up([])
    assert (nothing.conflict, nothing.member_conflicts, nothing.pairs) == ("", (), ())
    assert conflicts.roll_up([conflicts.Member(V(1, 1))]).conflict == ""


def test_roll_up_of_many_claims_telling_few_values_is_every_pair_compared():
    """A suggestion of many claims repeats its values: rolled up by value, it says what comparing every pair says."""
    values = [V(200, 200, "approximate"), V(600, 600), V(210, 210), V(None, 250, "at_most"), V(600, 600)]
    members = [
        conflicts.Member(values[n % len(values)], is_rejected=n % 7 == 3, is_deprecated=n % 5 == 1) for n in range(40)
    ]
    active = [n for n, member in enumerate(members) if not member.is_rejected]
    pairs = [
        (first, second, conflicts.classify_conflict(members[first].value, members[second].value))
        for at, first in enumerate(active)
        for second in active[at + 1 :]
    ]
    pairs = [pair for pair in pairs if pair[2]]
    counted = [c for first, second, c in pairs if not (members[first].is_deprecated or members[second].is_deprecated)]
    rolled = conflicts.roll_up(members)
    assert [(pair.first, pair.second, pair.conflict) for pair in rolled.pairs] == pairs
    assert rolled.conflict == conflicts.worst(counted) == "hard"
    assert rolled.member_conflicts == tuple(
        conflicts.worst(c for first, second, c in pairs if n in (first, second)) for n in range(len(members))
    )


def test_values_conflict_is_the_roll_up_of_the_same_claims():
    """A suggestion's reason reads its conflict from its values alone: what rolling its claims up says."""
    rng = random.Random(5)
    pool = [V(200, 200, "approximate"), V(600, 600), V(210, 210), V(None, 250, "at_most"), V(2150, 2150), V(1, 1)]
    for _ in range(300):
        values = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        rolled = conflicts.roll_up([conflicts.Member(value) for value in values]).conflict
        assert conflicts.values_conflict(values) == rolled, values


def test_the_conflict_of_a_set_of_claims_is_computed_only_in_conflicts_py():
    """Editors' figures, suggestions and the admin call ``roll_up``; no other module combines pairwise conflicts."""
    from tests.conftest import REPO

    pairwise = re.compile(r"\bconflicts\.(?:classify_conflict|worst)\b|\b(?:classify_conflict|worst)\(")
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "claims").rglob("*.py")
        if path.name != "conflicts.py"
        and "extraction" not in path.parts
        and pairwise.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # pint's definitions convert: 10 miles is 16.09 km, a pound 0.4536 kg, a foot 0.3048 m.
        (V(10, 10, "exact", "mile"), V("16.09344", "16.09344", "exact", "km"), ""),
        (V(10, 10, "approximate", "mile"), V(16, 16, "exact", "km"), "soft"),
        (V(10, 10, "exact", "mile"), V(16, 17, "range", "km"), ""),
        (V(10, 10, "exact", "mile"), V(10, 10, "exact", "km"), "hard"),
        (V(200, 200, "approximate", "lb"), V(90, 91, "range", "kg"), ""),
        (V(200, 200, "exact", "lb"), V(200, 200, "exact", "kg"), "hard"),
        (V(1000, 1000, "exact", "foot"), V(300, None, "at_least", "m"), ""),
        (V(1, 1, "exact", "square mile"), V(None, 260, "at_most", "hectare"), ""),
        (V(3, 3, "exact", "gallon"), V(20, 20, "exact", "liter"), "hard"),
        (V(100, 100, "exact", "mph"), V(160, 170, "range", "km/h"), ""),
        (V(2, 2, "exact", "kg"), V(2, 2, "exact", "km"), "soft"),
    ],
)
def test_converts_units_of_one_dimension(a, b, expected):
    assert classify_conflict(a, b) == expected


def test_every_canonical_measure_has_a_pint_scale():
    scales = conflicts.pint_scales()
    assert set(conflicts.UNIT_SCALES) == set(scales)
    assert all(unit in conflicts.UNIT_SCALES for unit in scales)
    assert {unit for unit, (dimension, _) in scales.items() if dimension == "duration"} == conflicts.DURATION_UNITS
    assert scales["lb"][1] == scales["kg"][1] * conflicts.Fraction(45359237, 10**8)
    assert scales["mile"][1] == scales["m"][1] * conflicts.Fraction(1609344, 1000)


def test_currency_words_and_spellings_meet_their_codes():
    assert conflicts.are_comparable("zloty", "PLN")
    assert conflicts.normalize_unit("Egyptian pounds") == conflicts.normalize_unit("EGP")
    assert conflicts.normalize_unit("litre") == conflicts.normalize_unit("liter")


def test_whole_number_order_is_the_fractions_order() -> None:
    chosen = random.Random(5)
    ends = [Fraction(chosen.randint(-50, 50), chosen.randint(1, 12)) for _ in range(60)] + [Fraction(0), Fraction(3)]
    for first, second in itertools.product(ends, repeat=2):
        assert conflicts.is_below(first, second) == (first < second)
        for low, high in ((None, first), (first, None), (first, first)):
            a, b = conflicts.Interval(low, high), conflicts.Interval(second, None)
            fractions_overlap = not (
                (a.high is not None and b.low is not None and a.high < b.low)
                or (b.high is not None and a.low is not None and b.high < a.low)
            )
            assert a.overlaps(b) == fractions_overlap
