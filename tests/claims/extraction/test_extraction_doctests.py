"""The ``>>>`` examples in the extractor's modules run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["claims.extraction.extractor", "claims.extraction.lexicon", "claims.extraction.model",
           "claims.extraction.numerals"]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
