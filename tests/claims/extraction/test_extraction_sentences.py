"""The one sentence splitter: whole-text bounds, their bisected index, and the extractor's local checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract_claims
from claims.extraction.sentences import (
    SENTENCE_BREAK,
    SentenceIndex,
    has_sentence_end,
    is_sentence_start,
    sentence_around,
    sentence_bounds,
    sentence_breaks,
)
from tests.claim_reading import claim_at

SEEDS = sorted((Path(__file__).resolve().parents[3] / "data" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS[:6], ids=lambda p: p.name)
def test_index_gives_the_bounds_of_the_sentence_holding_each_claim(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    index = SentenceIndex(text)
    for claim in extract_claims(text):
        left, right = sentence_bounds(text, claim.start, claim.end)
        assert index.bounds(claim.start, claim.end) == (left, right)
        assert left <= claim.start <= claim.end <= right


@pytest.mark.parametrize(
    "text, start, end, bounds",
    [
        ("First one. Some 30 defectors face repatriation. Next.", 16, 18, (11, 47)),
        ("Title\n\nSome 30 held", 12, 14, (7, 19)),
        ("• 30 held\n• 40 freed", 13, 15, (10, 20)),
    ],
)
def test_sentence_bounds(text: str, start: int, end: int, bounds: tuple[int, int]) -> None:
    assert sentence_bounds(text, start, end) == bounds


# Stops, closing quotes and brackets, blanks, line feeds, capitals, digits and bullets: what a break is made of.
BREAK_PIECES = [
    "a",
    "B",
    "7",
    " ",
    "  ",
    "\t",
    ".",
    "!",
    "?",
    "…",
    "\n",
    "\n\n",
    '"',
    "”",
    "’",
    ")",
    "]",
    "“",
    "(",
    "•",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(BREAK_PIECES), max_size=30).map("".join))
def test_the_breaks_found_from_the_stops_are_the_breaks_of_the_whole_text(text: str) -> None:
    # ``sentence_breaks`` tries only where a break may start; the pattern run over every character finds the same.
    assert sentence_breaks(text) == [match.span() for match in SENTENCE_BREAK.finditer(text)]


def test_local_checks_see_stops_and_line_breaks_only() -> None:
    assert is_sentence_start("He left.\n“Three men", 10)
    assert not is_sentence_start("the Three men", 4)
    assert has_sentence_end("37 died.\nThen 40", 2, 14)
    assert not has_sentence_end("37 died, then 40", 2, 13)


# A clock time's "a.m." or "p.m." ends no sentence before the day, date or zone that goes on the time, but it
# ends one before any other capital.
@pytest.mark.parametrize(
    "text, quote, sentence",
    [
        (
            "Up. Clinics logged 17 cases in the 24 hours to 6 a.m. Tuesday, the board said. Next.",
            "17",
            "Clinics logged 17 cases in the 24 hours to 6 a.m. Tuesday, the board said.",
        ),
        (
            "The ferry left at 9 p.m. June 4 with 230 aboard. Next.",
            "230",
            "The ferry left at 9 p.m. June 4 with 230 aboard.",
        ),
        (
            "Trading halted at 10 a.m. GMT after 45 minutes. Next.",
            "45",
            "Trading halted at 10 a.m. GMT after 45 minutes.",
        ),
        ("The dam broke at 8 p.m. The toll rose to 26 by noon.", "26", "The toll rose to 26 by noon."),
        ("Doors opened at 7 a.m. Monitors counted 310 voters.", "310", "Monitors counted 310 voters."),
    ],
)
def test_a_clock_time_ends_a_sentence_only_before_what_is_not_its_own(text: str, quote: str, sentence: str) -> None:
    at = text.index(quote)
    left, right = sentence_around(text, at, at + len(quote))
    assert text[left:right] == sentence


def test_the_day_after_a_clock_time_is_the_count_s() -> None:
    claim = claim_at("Clinics logged 17 new cases in the 24 hours to 6 a.m. Tuesday, the board said.", "17")
    assert (claim.period_start, claim.period_end) == (date(2024, 3, 12), date(2024, 3, 12))


# A table of numbers (digits and blanks only) has its own short path through ``sentence_around``: its one
# break is a blank line, however its blanks run, and with none its sentence is cut at the reach's blanks.
@pytest.mark.parametrize(
    "text, start, end, reach, sentence",
    [
        ("1 2\n \n3 4 5\n6\n\n7", 8, 9, 400, "3 4 5\n6"),
        ("1 2 3\n\n\n4 5 6\n \t\n7 8 9", 10, 11, 400, "4 5 6"),
        ("1 2\r\n\r\n3 4\r\n5", 8, 9, 400, "3 4\r\n5"),
        ("11 22 33 44 55 66 77 88", 12, 14, 10, "22 33 44 55 66 77 88"),
        ("10 20 30 40 50 60 70 80 90", 12, 14, 6, "40 50 60"),
        # The reach ends inside the blank line's blanks: the break is still seen.
        ("5 6 7\n  \n8 9 10 11 12", 2, 3, 4, "5 6 7"),
    ],
)
def test_a_table_sentence_ends_at_a_blank_line_or_the_reach(
    text: str, start: int, end: int, reach: int, sentence: str
) -> None:
    left, right = sentence_around(text, start, end, reach)
    assert text[left:right] == sentence


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["5", "42", "1993", "2001", " ", " ", "\n", "\t", "\r\n", "\n \n"]), max_size=60),
    st.data(),
)
def test_a_table_sentence_is_the_one_the_full_rules_find(cells: list[str], data: st.DataObject) -> None:
    # A digit of another script makes the text no table, so the full rules read it; it makes no break.
    text = "".join(cells)
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(digits) < 2:
        return
    at = data.draw(st.sampled_from(digits))
    other = data.draw(st.sampled_from([i for i in digits if i != at]))
    reach = data.draw(st.sampled_from([400, 3, 8, 20]))
    marked = text[:other] + "\u0663" + text[other + 1 :]
    assert sentence_around(text, at, at + 1, reach) == sentence_around(marked, at, at + 1, reach)
