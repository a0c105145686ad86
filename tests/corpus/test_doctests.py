"""The ``>>>`` examples in the ingestion modules run as tests."""
import doctest
import importlib

import pytest

MODULES = [
    "corpus.cleaning", "corpus.html", "corpus.fetching", "corpus.reading", "corpus.metadata",
    "claims.anchoring", "claims.tasks",
]


@pytest.mark.parametrize("name", MODULES)
def test_examples_in_docstrings_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
