"""The one sentence splitter: whole-text bounds, their bisected index, and the extractor's local checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import extract_claims
from claims.extraction.sentences import SentenceIndex, has_sentence_end, is_sentence_start, sentence_bounds

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


def test_local_checks_see_stops_and_line_breaks_only() -> None:
    assert is_sentence_start("He left.\n“Three men", 10)
    assert not is_sentence_start("the Three men", 4)
    assert has_sentence_end("37 died.\nThen 40", 2, 14)
    assert not has_sentence_end("37 died, then 40", 2, 13)
