"""Hostile inputs finish within a CPU budget and never crash (a hang would hit the timeout).

Inputs dense with real claims are kept to thousands of claims; the others are ~1 MB. Claim-dense
text also reads in time linear in its length: four times the text takes well under six times the
CPU (a reading that went back over earlier claims would take sixteen).
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
    # Each "3" is a claim: claim-dense, so kept to thousands of claims like "mixed" (50,000 of them took 5.9 of the 10
    # CPU-seconds alone, and more than 10 beside other work).
    "lone_surrogates": "'\\ud800 3 \\udfff' * 5_000",
    "hedges": "'as many as ' * 100_000 + '5'",
    "dollar_signs": "'$' * 500_000 + '5'",
    "percent": "'5%' * 50_000",
    "newlines": "'\\n' * 500_000 + '7'",
    # Six claims in every 41 characters: claim-dense text reads at 40,000-80,000 chars per
    # CPU-second (every claim carries its context), so 50 KB of it takes 0.6-1.3 CPU-seconds; two
    # test workers sharing two cores have doubled that (10.3 CPU-seconds for 200 KB in a CI run).
    "mixed": "'between 1 and 2, 3-1, 1 in 5, $4m, 30°C; ' * 1_250",
}
DENSE = CASES["mixed"].rsplit(" * ", 1)[0]


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


def test_claim_dense_text_reads_in_linear_time() -> None:
    code = (
        f"import time\n"
        f"from claims.extraction import extract_claims\n"
        f"extract_claims({DENSE})\n"
        f"def cpu(n):\n"
        f"    text = {DENSE} * n\n"
        f"    start = time.process_time()\n"
        f"    claims = extract_claims(text)\n"
        f"    assert len(claims) == 6 * n, len(claims)\n"
        f"    return time.process_time() - start\n"
        f"print(cpu(1_600) / cpu(400))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, timeout=HANG_TIMEOUT, capture_output=True, text=True
    )
    assert float(done.stdout) < 6.0
