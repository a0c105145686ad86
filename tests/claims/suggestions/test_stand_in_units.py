"""Counts that stand for one another in news ("jobs" cut and "workers" laid off) may be one figure; the model weighs
the units apart, and the figure's conflict compares their values (``conflicts.STAND_INS``)."""

import datetime

import pytest

from claims import conflicts
from claims.models import Claim, Figure
from claims.suggestions.suggesting import suggest_figures

from .test_suggesting import dated, extracted

DAY = datetime.date(2026, 3, 3)

# A plant closure: the company's count of the jobs cut, the works council's rival count (its unit lent by the jobs), and
# the council's count printed again by another outlet as workers who lose their jobs.
CLOSURE = (
    "Orvane said on Tuesday it would close its Halsby gearbox plant, cutting 1,200 jobs. The works council says 2,000.",
    "The closure of Orvane's Halsby gearbox plant will cost 2,000 workers their jobs, the works council said on Tuesday.",
)


def test_jobs_cut_and_workers_laid_off_are_one_figure_in_hard_conflict(make_document):
    for text in CLOSURE:
        extracted(dated(make_document, DAY, text))
    claims = Claim.objects.filter(quote__in=("1,200", "2,000"))
    assert sorted(claims.values_list("unit", flat=True)) == ["job", "job", "person"]
    suggest_figures()
    figures = {claim.suggested_figure_id for claim in claims}
    assert len(figures) == 1 and None not in figures
    assert Figure.objects.get(pk=figures.pop()).conflict == "hard"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("job", "person"),
        ("ticket", "person"),
        ("case", "person"),
        ("chicken", "bird"),
        ("salmon", "fish"),
        ("trout", "fish"),
        ("car", "vehicle"),
        ("lorry", "bus"),
        ("overdose", "person"),
        # an act done once to each thing counts those things
        ("presentation", "person"),
        ("arrest", "person"),
        ("evacuation", "person"),
        ("cancellation", "flight"),
        ("bite", "person"),
        ("sting", "person"),
        ("visit", "person"),
        ("cancellation", "train"),
        ("departure", "flight"),
        # a seat holds one person; a family, as a household, counts its people
        ("seat", "person"),
        ("family", "household"),
    ],
)
def test_a_figure_mixing_stand_in_units_compares_their_values(first, second):
    low, high = conflicts.Value.of(1200, 1200, "exact", first), conflicts.Value.of(2000, 2000, "exact", second)
    assert conflicts.roll_up([conflicts.Member(low), conflicts.Member(high)]).conflict == "hard"
    assert conflicts.classify_conflict(low, conflicts.Value.of(1200, 1200, "exact", second)) == ""


def test_units_that_stand_for_nothing_else_stay_apart():
    jobs, plants = conflicts.Value.of(12, 12, "exact", "job"), conflicts.Value.of(30, 30, "exact", "plant")
    assert conflicts.classify_conflict(jobs, plants) == "soft"
    assert conflicts.unit_kin("plant") != conflicts.unit_kin("person")


@pytest.mark.parametrize(
    ("kind", "its_class"),
    [
        ("cattle", "animal"),
        ("cattle", "livestock"),
        ("livestock", "animal"),
        ("vulture", "bird"),
        ("vulture", "animal"),
        ("shack", "structure"),
        ("ship", "vessel"),
        ("payment", "transaction"),
        ("carcass", "elephant"),
        ("home", "structure"),
        ("house", "building"),
        ("shack", "dwelling"),
        ("shop", "property"),
        ("ewe", "sheep"),
        ("calf", "livestock"),
        ("cow", "cattle"),
        ("wolf", "animal"),
        ("elephant", "animal"),
        ("box", "container"),
        ("nightclub", "club"),
        ("nightclub", "venue"),
        ("pub", "venue"),
        ("rally", "demonstration"),
        ("tractor", "machine"),
        # a counted noun of several words is a kind of its last word
        ("bathing water", "water"),
        ("pedal boat", "vessel"),
    ],
)
def test_a_kind_and_its_class_compare_their_values(kind, its_class):
    low, high = conflicts.Value.of(120, 120, "exact", kind), conflicts.Value.of(400, 400, "exact", its_class)
    assert conflicts.classify_conflict(low, high) == "hard"
    assert conflicts.classify_conflict(low, conflicts.Value.of(120, 120, "exact", its_class)) == ""
    assert not conflicts.are_kinds_apart(its_class, kind)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("cattle", "sheep"),
        ("vulture", "salmon"),
        ("shack", "ship"),
        ("house", "person"),
        ("tractor", "truck"),
        ("home", "shop"),
        ("school", "church"),
        ("ewe", "goat"),
        ("structure", "hectare"),
        ("flight", "train"),
        ("nightclub", "pub"),
        # a rescue is an operation that may save many, not a count of the people saved
        ("rescue", "person"),
    ],
)
def test_two_kinds_of_one_class_stay_apart(first, second):
    # Cattle and sheep are both animals, but a herd's cattle lost are not its sheep lost: two counts.
    a, b = conflicts.Value.of(120, 120, "exact", first), conflicts.Value.of(400, 400, "exact", second)
    assert conflicts.classify_conflict(a, b) == "soft"
    assert conflicts.are_kinds_apart(first, second)


# A waterfront clearance: the residents' count of the homes pulled down and the ministry's count of the structures it
# demolished, one quantity worded by each side (``conflicts.KINDS``: a house is a dwelling, a building, a structure).
CLEARANCE = (
    "The state demolished 2,400 homes in the Marrow Quay waterfront settlement on Monday, the residents' union said.",
    "The state demolished about 1,600 structures in the Marrow Quay waterfront settlement on Monday, the housing "
    "ministry said.",
)


def test_homes_pulled_down_and_structures_demolished_are_one_figure_in_hard_conflict(make_document):
    for text in CLEARANCE:
        extracted(dated(make_document, DAY, text))
    claims = Claim.objects.filter(quote__in=("2,400", "about 1,600"))
    assert sorted(claims.values_list("unit", flat=True)) == ["home", "structure"]
    suggest_figures()
    figures = {claim.suggested_figure_id for claim in claims}
    assert len(figures) == 1 and None not in figures
    assert Figure.objects.get(pk=figures.pop()).conflict == "hard"


# A rabies outbreak: the health office counts the bites it treated, a vets' group the people bitten; each act befalls one
# person, so the two are rival counts of one quantity (``conflicts.STAND_INS``).
BITES = (
    "The Varrow district health office said on Monday it had treated 212 dog bites in the district since June 1.",
    "The Varrow district health office treated about 260 people bitten by dogs in the district since June 1, the "
    "vets' association said on Monday.",
)

# A storm at sea: the shipping line counts the containers it lost overboard, the coastguard the boxes it saw go over
# (``conflicts.KINDS``: a shipping line's boxes are its containers).
BOXES = (
    "The Dunmere Line said on Tuesday that 38 containers fell from its ship Corran Star in the storm off Hessel Point.",
    "About 50 boxes fell from the Corran Star in the storm off Hessel Point, the coastguard said on Tuesday.",
)


@pytest.mark.parametrize(
    ("texts", "quotes", "units"),
    [
        (BITES, ("212", "about 260"), ["bite", "person"]),
        (BOXES, ("38", "About 50"), ["box", "container"]),
    ],
)
def test_rival_counts_in_units_of_one_thing_are_one_figure_in_hard_conflict(make_document, texts, quotes, units):
    for text in texts:
        extracted(dated(make_document, DAY, text))
    claims = Claim.objects.filter(quote__in=quotes)
    assert sorted(claims.values_list("unit", flat=True)) == units
    suggest_figures()
    figures = {claim.suggested_figure_id for claim in claims}
    assert len(figures) == 1 and None not in figures
    assert Figure.objects.get(pk=figures.pop()).conflict == "hard"
