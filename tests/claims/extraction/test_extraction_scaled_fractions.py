"""A fraction of a scale word is one number: "one and a half million", "a quarter of a million"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.claim_reading import claim_at

SCALED = [
    ("Officials said one and a half million people came.", "one and a half million", Decimal(1_500_000)),
    ("Two and a half thousand fled the valley.", "Two and a half thousand", Decimal(2_500)),
    ("Organisers said a quarter of a million people filed past.", "a quarter of a million", Decimal(250_000)),
    ("Some three-quarters of a billion dollars was lost.", "three-quarters of a billion", Decimal(750_000_000)),
    # the fraction after a scale word halves the scale; after a plain number it is a half
    ("One million and a half attended.", "One million and a half", Decimal(1_500_000)),
    ("He waited three and a half years.", "three and a half", Decimal("3.5")),
]


@pytest.mark.parametrize(("text", "quote", "value"), SCALED)
def test_a_fraction_of_a_scale_word_is_one_number(text: str, quote: str, value: Decimal) -> None:
    claim = claim_at(text, quote)
    assert (claim.low, claim.high) == (value, value)
