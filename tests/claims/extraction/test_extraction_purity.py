"""The extractor is pure Python: no Django, no other Tally code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "claims" / "extraction"
FORBIDDEN = re.compile(
    r"^\s*(?:from|import)\s+(?:django|rest_framework|corpus|config|claims(?!\.extraction))\b", re.MULTILINE
)


def test_extraction_imports_no_django() -> None:
    code = (
        "import sys; import claims.extraction as x; x.extract_claims('about 3 people'); "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PACKAGE.parents[1], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "False"


def test_extraction_sources_import_no_other_tally_code() -> None:
    offenders = [p.name for p in PACKAGE.rglob("*.py") if FORBIDDEN.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
