"""One unit spelled two ways ("storeys" and "floors", "homes" and "houses") is one unit to the suggester."""

import datetime

import pytest

from claims import conflicts
from claims.suggestions.features import describe_claim
from claims.suggestions.scoring import idf_weights, score_pair

DAY = datetime.date(2026, 4, 2)


def claim(claim_id: int, document_id: int, text: str, number: str, unit: str) -> object:
    start = text.index(number)
    value = conflicts.Value.of(int(number.replace(",", "")), int(number.replace(",", "")), "exact", unit)
    return describe_claim(claim_id, document_id, text, start, start + len(number), value, published=DAY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Fire crews fought the blaze in the 31-storey Marrow Point tower for six hours.", "31", "storey"),
            ("The blaze spread through all 31 floors of Marrow Point tower, fire crews said.", "31", "floor"),
        ),
        (
            ("Flash floods in the Orvel valley damaged 1,340 homes overnight.", "1,340", "home"),
            ("Some 1,340 houses in the Orvel valley were damaged by the flash floods.", "1,340", "house"),
        ),
    ],
)
def test_one_unit_spelled_two_ways_is_one_quantity(first, second):
    a, b = claim(1, 1, *first), claim(2, 2, *second)
    assert conflicts.normalize_unit(first[2]) == conflicts.normalize_unit(second[2])
    assert score_pair(a, b, idf_weights([a, b])).score > 0


def test_storeys_and_floors_are_comparable_in_conflicts():
    assert conflicts.are_comparable("storey", "floor")
    assert conflicts.are_comparable("home", "house")
