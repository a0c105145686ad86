"""Hostile inputs finish within a CPU budget and never crash (a hang would hit the timeout).

Inputs dense with real claims are kept to tens of thousands of claims; the others are ~1 MB.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# CPU seconds, not wall time: a busy machine slows the wall clock, never the work done.
CPU_LIMIT = 10.0
HANG_TIMEOUT = 60.0

CASES = {
    "empty": "''",
    "no_space_1mb": "'x' * 1_000_000",
    "digits_100k": "'1' * 100_000",
    "digits_commas": "'1,' * 200_000",
    "digits_dots": "'1.' * 200_000",
    "dashes": "'1-' * 200_000",
    "words": "'two ' * 200_000",
    "hyphen_words": "'twenty-' * 100_000",
    "nul_bytes": "'\\x00' * 100_000 + '3 people'",
    "lone_surrogates": "'\\ud800 3 \\udfff' * 50_000",
    "hedges": "'as many as ' * 100_000 + '5'",
    "dollar_signs": "'$' * 500_000 + '5'",
    "percent": "'5%' * 50_000",
    "newlines": "'\\n' * 500_000 + '7'",
    # Six claims in every 41 characters: claim-dense text reads at about 80,000 chars per CPU-second
    # (every claim carries its context), so 200 KB of it takes about 2.5 CPU-seconds.
    "mixed": "'between 1 and 2, 3-1, 1 in 5, $4m, 30°C; ' * 5_000",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_finishes_quickly(name: str) -> None:
    code = (
        f"from claims.extraction import extract_claims\n"
        f"text = {CASES[name]}\n"
        f"claims = extract_claims(text)\n"
        f"assert all(text[c.start:c.end] == c.quote for c in claims)\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=HANG_TIMEOUT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < CPU_LIMIT
