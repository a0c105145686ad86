"""The pure parts of claims (values, intervals and conflicts; suggestion scoring) import no Django and no Django app.

They run alone in a REPL, a benchmark or a fuzzer, as the extractor does
(``tests/claims/extraction/test_extraction_purity.py``), and mypy checks them strictly.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import REPO

PURE_MODULES = [
    "claims.conflicts",
    "claims.wording",
    "claims.public",
    "claims.suggestions",
    "claims.suggestions.shared_stand_ins",
    "claims.suggestions.words",
    "claims.suggestions.features",
    "claims.suggestions.terms",
    "claims.suggestions.pair_model",
    "claims.suggestions.scoring",
    "claims.suggestions.blocking",
    "claims.suggestions.conversions",
    "claims.suggestions.rivals",
    "claims.suggestions.grouping",
    "claims.suggestions.rival_groups",
    "claims.suggestions.explaining",
]
# Pure code may import the standard library, the extractor and the pure modules above: nothing else of Tally's.
TALLY_IMPORT = re.compile(
    r"^\s*(?:from|import)\s+((?:django|rest_framework|simple_history|corpus|config|claims)\b[\w.]*)", re.MULTILINE
)


def source_of(module: str):
    path = REPO.joinpath(*module.split("."))
    return (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text(encoding="utf-8")


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_imports_no_django_or_tally_django_code(module):
    imported = TALLY_IMPORT.findall(source_of(module))
    allowed = {*PURE_MODULES, "claims"}  # "from claims import conflicts"
    offenders = [name for name in imported if name not in allowed and not name.startswith("claims.extraction")]
    assert offenders == []


def test_pure_modules_load_without_django():
    code = (
        "import sys\n"
        f"for name in {PURE_MODULES!r}: __import__(name)\n"
        "from claims.conflicts import Value, roll_up, Member\n"
        "from claims.suggestions.features import describe_claim\n"
        "from claims.suggestions.grouping import group_claims\n"
        "text = 'Some 2,000 people were detained in China. Officials denied it. About 2,100 people are detained in China.'\n"
        "a = describe_claim(1, 1, text, 0, 10, Value.of(2000, 2000, 'approximate', 'person'))\n"
        "b = describe_claim(2, 1, text, 64, 75, Value.of(2100, 2100, 'approximate', 'person'))\n"
        "assert [g.claim_ids for g in group_claims([a, b])] == [[1, 2]]\n"
        "assert roll_up([Member(a.value), Member(b.value)]).conflict == 'soft'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'corpus', 'config', 'rest_framework'}"
        " or m in {'claims.models', 'claims.reconciliation'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert out.stdout.strip() == "[]"


def test_pure_modules_are_checked_strictly_by_mypy():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    checked = set(config["files"])
    for module in PURE_MODULES:
        path = REPO.joinpath(*module.split("."))
        relative = str((path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).relative_to(REPO))
        assert relative in checked, relative
