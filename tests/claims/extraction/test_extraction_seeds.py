"""Every gold claim of the seed articles is read exactly, and nothing else is."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims.extraction import extract_claims

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "data" / "seeds"
GOLD = ROOT / "data" / "seeds_gold.jsonl"


def _gold() -> list[dict[str, Any]]:
    if not GOLD.exists():
        return []
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _text(article: str) -> str:
    with (SEEDS / article).open(encoding="utf-8", newline="") as f:
        return f.read()


def _num(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


GOLD_ROWS = _gold()
pytestmark = pytest.mark.skipif(not GOLD_ROWS, reason="data/seeds_gold.jsonl is missing")


@pytest.mark.parametrize("gold", GOLD_ROWS, ids=lambda g: f"{g['article'][:3]}:{g['start']}:{g['quote']}")
def test_reads_seed_gold_claim(gold: dict[str, Any]) -> None:
    text = _text(gold["article"])
    assert text[gold["start"] : gold["end"]] == gold["quote"]
    by_span = {(c.start, c.end): c for c in extract_claims(text)}
    claim = by_span.get((gold["start"], gold["end"]))
    assert claim is not None, f"no claim at {gold['start']}-{gold['end']} {gold['quote']!r}"
    assert (claim.low, claim.high) == (_num(gold["low"]), _num(gold["high"]))
    assert claim.qualifier == gold["qualifier"]
    assert claim.unit == gold["unit"]


@pytest.mark.parametrize("article", sorted({g["article"] for g in GOLD_ROWS}))
def test_reads_no_claim_outside_seed_gold(article: str) -> None:
    spans = {(g["start"], g["end"]) for g in GOLD_ROWS if g["article"] == article}
    extra = [(c.start, c.quote) for c in extract_claims(_text(article)) if (c.start, c.end) not in spans]
    assert extra == []
