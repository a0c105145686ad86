"""Claims as rows with their provenance, for CSV and JSON Lines exports."""

from __future__ import annotations

import csv
import json
import operator
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

from django.db import models

from claims.models import Claim, ClaimQuerySet, Figure
from claims.public import (
    EXPORT_CLAIM_FIELDS,
    EXPORT_DOCUMENT_FIELDS,
    EXPORT_FIELDS,
    EXPORT_FIGURE_FIELDS,
    EXPORT_FIGURE_PREFIX,
)
from claims.wording import format_number
from corpus.models import Document, Outlet


def decimal_text(value: Decimal | None) -> str | None:
    """Return a decimal without trailing zeros, or None.

    >>> decimal_text(Decimal("2000.000000")), decimal_text(Decimal("4.500000")), decimal_text(None)
    ('2000', '4.5', None)
    """
    if value is None:
        return None
    return format_number(value, grouping=False)


def csv_values(row: dict[str, Any]) -> dict[str, Any]:
    """Return a row ready for a CSV writer: null becomes an empty cell.

    >>> csv_values({"low": None, "high": "2000"})
    {'low': '', 'high': '2000'}
    """
    return {key: "" if value is None else value for key, value in row.items()}


def export_queryset(claims: ClaimQuerySet) -> ClaimQuerySet:
    """Return the claims in export order with everything a row needs fetched in one query (and nothing it does not)."""
    return (
        claims.select_related("document", "document__outlet", "figure")
        .defer("sentence", "document__text", "document__citations")
        .order_by("document_id", "start", "id")
    )


def field_reader(model: type[models.Model], name: str) -> Callable[[Any], Any]:
    """Return how exports write one public field of a model.

    Decimals as text without trailing zeros, dates in ISO 8601, a related row by its id (an
    outlet, which has no page of its own, by its name), and a blank choice or URL as null.
    """
    field = model._meta.get_field(name)
    attname = field.attname  # type: ignore[union-attr]
    if field.is_relation and field.related_model is Outlet:
        return lambda row: getattr(row, name).name if getattr(row, attname) is not None else None
    if isinstance(field, models.DecimalField):
        return lambda row: decimal_text(getattr(row, attname))
    if isinstance(field, models.DateField):  # and DateTimeField
        return lambda row: value.isoformat() if (value := getattr(row, attname)) else None
    if isinstance(field, models.URLField) or (field.choices and field.blank):
        return lambda row: getattr(row, attname) or None
    return operator.attrgetter(attname)


def row_maker(model: type[models.Model], fields: Iterable[str], prefix: str = "") -> Callable[[Any], dict[str, Any]]:
    """Return a function giving a row's public fields as a dict (every value null for no row)."""
    names = list(fields)
    readers: list[tuple[str, Callable[[Any], Any]]] = []

    def make(row: Any) -> dict[str, Any]:
        if not readers:  # on first use: the models' relations are resolved once the app registry is ready
            readers.extend((prefix + name, field_reader(model, name)) for name in names)
        if row is None:
            return dict.fromkeys(name for name, _ in readers)
        return {name: read(row) for name, read in readers}

    return make


claim_fields = row_maker(Claim, EXPORT_CLAIM_FIELDS)
figure_fields = row_maker(Figure, EXPORT_FIGURE_FIELDS, EXPORT_FIGURE_PREFIX)
document_fields = row_maker(Document, EXPORT_DOCUMENT_FIELDS)


def claim_row(claim: Claim) -> dict[str, Any]:
    """Return one export row: the claim, its provenance and its figure's decision (``EXPORT_FIELDS``)."""
    document = claim.document
    return {
        "source": document.source_name,
        "document": document.pk,
        "claim": claim.pk,
        **claim_fields(claim),
        **figure_fields(claim.figure),
        **document_fields(document),
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
