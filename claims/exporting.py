"""Claims as rows with their provenance, for CSV and JSON Lines exports."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from claims.models import Claim, ClaimQuerySet

EXPORT_FIELDS = [
    "source", "document", "claim", "start", "end", "quote", "prefix", "suffix",
    "low", "high", "qualifier", "unit", "noun", "attribution", "rule", "extractor_version",
    "status", "corrected_low", "corrected_high", "corrected_qualifier", "anchor",
    "figure", "suggested_figure", "rank", "rank_reason", "conflict",
    "figure_title", "figure_status", "figure_accepted_low", "figure_accepted_high", "figure_accepted_qualifier", "figure_conflict",
    "title", "outlet", "url", "published",
]


def decimal_text(value: Decimal | None) -> str | None:
    """Return a decimal without trailing zeros, or None.

    >>> decimal_text(Decimal("2000.000000")), decimal_text(Decimal("4.500000")), decimal_text(None)
    ('2000', '4.5', None)
    """
    if value is None:
        return None
    return format(value.normalize(), "f")


def csv_values(row: dict[str, Any]) -> dict[str, Any]:
    """Return a row ready for a CSV writer: null becomes an empty cell.

    >>> csv_values({"low": None, "high": "2000"})
    {'low': '', 'high': '2000'}
    """
    return {key: "" if value is None else value for key, value in row.items()}


def export_queryset(claims: ClaimQuerySet) -> ClaimQuerySet:
    """Return the claims in export order with everything a row needs fetched in one query."""
    return claims.select_related("document", "document__outlet", "figure").order_by("document_id", "start", "id")


def claim_row(claim: Claim) -> dict[str, Any]:
    """Return one export row: the claim, its provenance and its figure's decision."""
    document, figure = claim.document, claim.figure
    return {
        "source": document.source_name,
        "document": document.pk,
        "claim": claim.pk,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        "low": decimal_text(claim.low),
        "high": decimal_text(claim.high),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "noun": claim.noun,
        "attribution": claim.attribution,
        "rule": claim.rule,
        "extractor_version": claim.extractor_version,
        "status": claim.status,
        "corrected_low": decimal_text(claim.corrected_low),
        "corrected_high": decimal_text(claim.corrected_high),
        "corrected_qualifier": claim.corrected_qualifier or None,
        "anchor": claim.anchor,
        "figure": claim.figure_id,
        "suggested_figure": claim.suggested_figure_id,
        "rank": claim.rank,
        "rank_reason": claim.rank_reason,
        "conflict": claim.conflict or None,
        "figure_title": figure.title if figure else None,
        "figure_status": figure.status if figure else None,
        "figure_accepted_low": decimal_text(figure.accepted_low) if figure else None,
        "figure_accepted_high": decimal_text(figure.accepted_high) if figure else None,
        "figure_accepted_qualifier": (figure.accepted_qualifier or None) if figure else None,
        "figure_conflict": (figure.conflict or None) if figure else None,
        "title": document.title,
        "outlet": document.outlet.name if document.outlet else None,
        "url": document.url or None,
        "published": document.published.isoformat() if document.published else None,
    }


def iter_rows(claims: ClaimQuerySet) -> Iterator[dict[str, Any]]:
    for claim in export_queryset(claims).iterator(chunk_size=2000):
        yield claim_row(claim)


def write_jsonl(claims: ClaimQuerySet, out: IO[str]) -> int:
    """Write one JSON object per claim; return how many were written."""
    count = 0
    for row in iter_rows(claims):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(claims: ClaimQuerySet, out: IO[str]) -> int:
    """Write a CSV with a header row and one row per claim (null as empty); return the row count."""
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in iter_rows(claims):
        writer.writerow(csv_values(row))
        count += 1
    return count
