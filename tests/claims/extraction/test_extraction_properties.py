"""Property tests: any text gives well-formed claims whose spans resolve and intervals fit."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import PREFIX_LENGTH, QUALIFIERS, ExtractedClaim, extract_claims

NEWSY = st.sampled_from(
    [
        "about ",
        "as many as ",
        "more than ",
        "between ",
        " and ",
        " to ",
        "-",
        "–",
        "some ",
        "nearly ",
        "2,000",
        "3.5",
        "17",
        "1990",
        "2023-10-11",
        "7:30 p.m.",
        "$",
        "€",
        "%",
        "%25",
        " percent",
        "km",
        "°C",
        "million",
        "bn",
        "m",
        "three",
        "Twenty-five",
        "a dozen",
        "half a million",
        "dozens of ",
        "tens of thousands",
        "hundreds",
        " people",
        " years",
        " and five months",
        "one",
        "One Korea",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "\r\n",
        " ",
        "\u00a0",
        "\ud800",
        "\x00",
        "é",
        "e\u0301",
        "😀",
        "in ",
        "1 in 5",
        "3-1",
        "from 62 to 65",
        "plus or minus ",
        "±",
        "Sept. ",
        "No. ",
        "COVID-",
        "-year-old",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(NEWSY, max_size=40).map("".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=5)), max_size=30).map("".join),
)


def assert_well_formed(text: str, claim: ExtractedClaim) -> None:
    assert 0 <= claim.start < claim.end <= len(text)
    assert text[claim.start : claim.end] == claim.quote
    assert claim.prefix == text[max(0, claim.start - PREFIX_LENGTH) : claim.start]
    assert claim.suffix == text[claim.end : claim.end + PREFIX_LENGTH]
    assert claim.qualifier in QUALIFIERS
    low, high = claim.low, claim.high
    if claim.qualifier == "at_most":
        assert low is None and high is not None
    elif claim.qualifier == "at_least":
        assert low is not None and high is None
    elif claim.qualifier in ("exact", "approximate"):
        assert low is not None and low == high
    else:
        assert low is not None and high is not None and low < high
    json.dumps(claim.to_json())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_text_gives_well_formed_claims(text: str) -> None:
    claims = extract_claims(text)
    for claim in claims:
        assert_well_formed(text, claim)
    assert [c.start for c in claims] == sorted(c.start for c in claims)


@settings(max_examples=200, deadline=None)
@given(st.lists(NEWSY, max_size=30).map("".join), st.text(max_size=20))
def test_claims_keep_their_quotes_when_text_is_prepended(text: str, head: str) -> None:
    shifted = extract_claims(head + " \n\n" + text)
    for claim in shifted:
        assert_well_formed(head + " \n\n" + text, claim)
