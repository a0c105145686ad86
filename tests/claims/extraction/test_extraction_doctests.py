"""The ``>>>`` examples in the extractor's modules run as tests."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "claims" / "extraction"
MODULES = sorted(
    f"claims.extraction.{path.stem}" for path in PACKAGE.glob("*.py") if ">>>" in path.read_text(encoding="utf-8")
)


def test_every_module_by_concept_carries_examples() -> None:
    assert {
        "claims.extraction.extractor",
        "claims.extraction.qualifiers",
        "claims.extraction.sentences",
        "claims.extraction.numerals",
    } <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
