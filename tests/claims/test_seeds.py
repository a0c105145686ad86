"""The seed corpus goes in whole, every span resolves, and ingest stores what the extractor prints."""

import io
import json
import subprocess
import sys

from django.core.management import call_command

from claims.models import Claim
from corpus.models import Document
from tests.conftest import REPO, SEEDS


def test_every_seed_is_ingested_with_claims(seed_corpus):
    assert seed_corpus.count("ingested") == 5 and not seed_corpus.failures
    assert Document.objects.count() == 5
    assert all(document.claims.exists() for document in Document.objects.all())


def test_every_stored_claim_resolves_to_its_quote(seed_corpus):
    claims = Claim.objects.select_related("document")
    assert claims.count() > 20
    for claim in claims:
        assert claim.document.text[claim.start : claim.end] == claim.quote


def test_ingesting_the_seeds_again_creates_no_duplicate(seed_corpus):
    from claims.pipeline import ingest

    counts = (Document.objects.count(), Claim.objects.count())
    again = ingest([SEEDS], citations=False, suggest=False)
    assert again.count("duplicate") == 5
    assert (Document.objects.count(), Claim.objects.count()) == counts


def test_manage_py_ingest_stores_exactly_what_the_extractor_prints(db):
    call_command("ingest", str(SEEDS), stdout=io.StringIO())
    printed = subprocess.run(
        [sys.executable, "-m", "claims.extraction", *sorted(str(p) for p in SEEDS.glob("*.txt"))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    expected = sorted(
        (
            row["article"],
            row["start"],
            row["end"],
            row["quote"],
            row["qualifier"],
            row["unit"],
            None if row["low"] is None else str(row["low"]),
            None if row["high"] is None else str(row["high"]),
        )
        for row in map(json.loads, printed.splitlines())
    )
    stored = sorted(
        (
            c.document.source_name,
            c.start,
            c.end,
            c.quote,
            c.qualifier,
            c.unit,
            None if c.low is None else format(c.low.normalize(), "f"),
            None if c.high is None else format(c.high.normalize(), "f"),
        )
        for c in Claim.objects.select_related("document")
    )
    assert stored == expected
