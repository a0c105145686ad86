"""Values in words: one formatter and one interval wording, reading vague words from the lexicon."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from claims.extraction import extract_claims, load_lexicon
from claims.wording import describe_value, format_number
from tests.conftest import REPO


@pytest.mark.parametrize(
    "low, high, qualifier, words",
    [
        (None, "2000", "at_most", "at most 2,000"),
        ("2000", None, "at_least", "at least 2,000"),
        ("30", "40", "range", "between 30 and 40"),
        ("2000", "2000", "approximate", "about 2,000"),
        ("24", "99", "vague", "dozens (24–99)"),
        ("200", "999", "vague", "hundreds (200–999)"),
        ("20000000", "99999999", "vague", "tens of millions (20,000,000–99,999,999)"),
        ("25", "98", "vague", "somewhere between 25 and 98"),
        ("54", "54", "exact", "54"),
        ("0.2", "0.2", "approximate", "about 0.2"),
    ],
)
def test_interval_in_words(low, high, qualifier, words):
    # Stored decimals carry six places ("2000.000000"); the words must not.
    def to_decimal(v):
        return None if v is None else Decimal(v).quantize(Decimal("0.000001"))

    assert describe_value(to_decimal(low), to_decimal(high), qualifier) == words


@pytest.mark.parametrize("word", sorted(load_lexicon()["vague_plurals"]))
def test_every_vague_word_read_is_shown_by_its_name(word):
    claim = extract_claims(f"{word.capitalize()} of people were detained.")[0]
    low, high = (Decimal(v).quantize(Decimal("0.000001")) for v in (claim.low, claim.high))
    assert describe_value(low, high, claim.qualifier) == (f"{word} ({format_number(low)}–{format_number(high)})")


def test_formatting_without_grouping_is_plain_decimal_text():
    assert format_number(Decimal("1234567.500000"), grouping=False) == "1234567.5"
    assert format_number(Decimal("1E+3"), grouping=False) == "1000"


def test_wording_imports_no_django():
    code = "import sys, claims.wording; print(any(m.split('.')[0] == 'django' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
