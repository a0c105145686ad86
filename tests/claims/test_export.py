"""``manage.py export`` writes claims with provenance as JSON Lines and CSV."""

import csv
import io
import json

from django.core.management import call_command

from claims.exporting import EXPORT_FIELDS

DESIGN_FIELDS = {
    "source",
    "document",
    "claim",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "low",
    "high",
    "qualifier",
    "unit",
    "status",
    "anchor",
    "figure",
    "suggested_figure",
    "rank",
    "conflict",
    "suggested_conflict",
    # The claim's context: what is counted, the place and time it is about, who gives the number.
    "subject",
    "place",
    "period_text",
    "period_start",
    "period_end",
    "attribution",
}


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export", *args, stdout=out)
    return out.getvalue()


def test_jsonl_rows_carry_provenance_and_the_open_end(make_claim, make_figure):
    figure = make_figure()
    claim = make_claim(quote="Some 2,000", low=None, qualifier="at_most", figure=figure, rank="preferred")
    rows = [json.loads(line) for line in export("--format", "jsonl").splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= DESIGN_FIELDS
    assert row["source"] == claim.document.source_name
    assert (row["claim"], row["quote"], row["low"], row["high"]) == (claim.pk, "Some 2,000", None, "2000")
    assert (row["figure"], row["rank"], row["status"], row["anchor"]) == (
        figure.pk,
        "preferred",
        "unreviewed",
        "anchored",
    )


def test_csv_has_a_header_and_one_row_per_claim(make_claim, make_document):
    document = make_document(text="About 30 people and 12 buses.")
    make_claim(document=document, quote="About 30", low=30, high=30)
    make_claim(document=document, quote="12", low=12, high=12, qualifier="exact", unit="bus")
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv"))))
    assert list(rows[0]) == EXPORT_FIELDS
    assert [(r["quote"], r["low"], r["unit"]) for r in rows] == [("About 30", "30", "person"), ("12", "12", "bus")]


def test_export_can_be_limited_to_one_document(make_claim, make_document):
    first, second = make_document(text="Some 2,000 here."), make_document(text="Some 2,000 there.")
    make_claim(document=first)
    make_claim(document=second)
    rows = [json.loads(line) for line in export("--document", str(second.pk)).splitlines()]
    assert [row["document"] for row in rows] == [second.pk]
