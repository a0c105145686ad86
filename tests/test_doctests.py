"""The ``>>>`` examples in every module's docstrings run as tests (the extractor runs its own, without Django)."""

import doctest
import importlib

import pytest

from tests.conftest import REPO


def modules_with_examples() -> list[str]:
    found = []
    for package in ("config", "corpus", "claims"):
        for path in sorted((REPO / package).rglob("*.py")):
            relative = path.relative_to(REPO)
            if "migrations" in relative.parts or relative.parts[:2] == ("claims", "extraction"):
                continue
            if ">>>" in path.read_text(encoding="utf-8"):
                found.append(".".join(relative.with_suffix("").parts))
    return found


def test_modules_with_examples_are_found():
    assert {"corpus.reading", "claims.anchoring", "claims.conflicts"} <= set(modules_with_examples())


@pytest.mark.parametrize("name", modules_with_examples())
def test_examples_in_docstrings_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
