"""The cheap tests tried before a search (``context.may_end_with`` and the like) never rule out a match.

Every sentence here is invented for the test; the seed articles add every number's left window of real news.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extraction import attribution, framing, places, subjects
from claims.extraction.context import may_end_with

ROOT = Path(__file__).resolve().parents[3]

INVENTED = [
    "The stadium, built for about 40,000",
    "a ferry licensed to carry up to 300",
    "The arena was designed to HOLD\u00a0 8,000",
    "the hall meant to seat roughly 90",
    "Officials widened the exclusion zone to 8",
    "police put the crowd at more than 60",
    "organisers estimated attendance at at least 5",
    "Of the 78",
    "all “118",
    "the service’s “118",
    "the service's 40",
    "THE 12",
    "the agencies' 7",
    "the long ſhip's 9",
    "the 12\t",
    "France's regional health agency said 523",
    "The city police’s 105,000",
    "the organisers' about 550,000",
    "North Korean escapees said 30",
    "Northern Irish farmers lost 200",
    "South Sudanese officials counted 40",
    "A Kenyan runner won 3",
    "in southern Peru, 12 died",
    "across north-eastern Syria 14 fled",
]


def _windows() -> list[tuple[str, int]]:
    """Return (text, number start) for the numbers of the invented sentences and of the seed articles."""
    texts = INVENTED + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt"))]
    return [(t, m.start()) for t in texts for m in re.finditer(r"(?<![\w.,])[0-9]", t)]


WINDOWS = _windows()


@pytest.mark.parametrize(
    ("pattern", "reach", "ends", "fold", "quote"),
    [
        (subjects._BUILT_FOR, 60, subjects._BUILT_FOR_ENDS, True, False),
        (subjects._PUT_AT, 80, subjects._AT_TO_ENDS, False, False),
        (subjects._CHANGED_TO, 80, subjects._AT_TO_ENDS, False, False),
        (framing._DEFINITE, framing._DEFINITE_REACH, framing._DEFINITE_ENDS, True, True),
    ],
)
def test_may_end_with_never_rules_out_a_match(
    pattern: re.Pattern[str], reach: int, ends: tuple[str, ...], fold: bool, quote: bool
) -> None:
    matched = 0
    for text, start in WINDOWS:
        lo = max(0, start - reach)
        if pattern.search(text, lo, start) is not None:
            matched += 1
            assert may_end_with(text, lo, start, ends, fold, quote), text[lo:start]
    assert matched


def test_may_end_with_rules_out_other_windows() -> None:
    text = "Officials said 8"
    assert not may_end_with(text, 0, text.index("8"), subjects._AT_TO_ENDS)
    text = "built for8"
    assert not may_end_with(text, 0, text.index("8"), subjects._BUILT_FOR_ENDS, True)


def test_an_owned_count_is_found_where_its_owner_is() -> None:
    found = 0
    for text, start in WINDOWS:
        lo, hi = max(0, start - 120), min(len(text), start + 20)
        if attribution._OWNER_BEFORE.search(text, lo, hi) is not None:
            found += 1
            assert attribution._OWNED_COUNT.search(text, lo, hi) is not None, text[lo:hi]
    assert found


def test_demonyms_are_found_as_the_look_behind_first_finds_them() -> None:
    first = re.compile(
        r"(?<![A-Za-z])(?:(?:North|South|East|West|Northern|Southern|Eastern|Western) +)?[A-Z][a-z]{2,}(?:"
        + "|".join(sorted(places.DEMONYM_ENDINGS, key=len, reverse=True))
        + r")(?= +[a-z])"
    )
    texts = {text for text, _ in WINDOWS}
    for text in texts:
        for lo in (0, 1):
            assert [m.span() for m in places._DEMONYM.finditer(text, lo)] == [
                m.span() for m in first.finditer(text, lo)
            ]
    assert any(places._DEMONYM.search(text) for text in texts)
