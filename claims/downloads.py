"""CSV and JSON downloads of any filtered list, with provenance columns and a row count.

Rows are streamed from the database in chunks, so a download holds every row the
filters select: nothing is truncated. The count is taken first and sent as the
``X-Row-Count`` header (and, for JSON, as ``count``); the JSON ends with ``rows_written``
so a reader can check that the two agree.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404, QueryDict, StreamingHttpResponse
from django.utils import timezone

from claims.exporting import claim_row, csv_values, export_queryset, row_maker
from claims.models import Figure
from claims.public import (
    DOCUMENT_FIELDS,
    DOWNLOAD_DOCUMENT_FIELDS,
    DOWNLOAD_FIGURE_FIELDS,
    DOWNLOAD_NAMES,
    EXPORT_FIELDS,
    FIGURE_FIELDS,
)
from corpus.models import Document

CHUNK = 2000

document_fields = row_maker(Document, DOCUMENT_FIELDS)
figure_fields = row_maker(Figure, FIGURE_FIELDS)


def document_row(document: Document) -> dict[str, Any]:
    """Return one document download row (``DOWNLOAD_DOCUMENT_FIELDS``)."""
    return {
        "document": document.pk,
        **named_keys(document_fields(document), DOWNLOAD_NAMES),
        "claims": document.claim_count,  # type: ignore[attr-defined]
    }


def figure_row(figure: Figure) -> dict[str, Any]:
    """Return one figure download row (``DOWNLOAD_FIGURE_FIELDS``)."""
    return {"figure": figure.pk, **figure_fields(figure), "claims": figure.claim_count}  # type: ignore[attr-defined]


def named_keys(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {names.get(key, key): value for key, value in row.items()}


def prepare(kind: str, rows: QuerySet) -> tuple[QuerySet, list[str], Callable[[Any], dict[str, Any]]]:
    """Return the rows in download order with what each row needs fetched, the fields and the row maker."""
    if kind == "claims":
        return export_queryset(rows).defer("document__text"), EXPORT_FIELDS, claim_row
    if kind == "documents":
        counted = (
            rows.select_related("outlet")
            .defer("text")
            .annotate(claim_count=Count("claims", filter=~Q(claims__status="rejected")))
        )
        return counted.order_by("id"), DOWNLOAD_DOCUMENT_FIELDS, document_row
    if kind == "figures":
        counted = rows.annotate(claim_count=Count("claims"))
        return counted.order_by("id"), DOWNLOAD_FIGURE_FIELDS, figure_row
    raise Http404(kind)


def stream_csv(rows: QuerySet, fields: list[str], make: Callable[[Any], dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows.iterator(chunk_size=CHUNK):
        writer.writerow(csv_values(make(row)))
        if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def stream_json(
    kind: str,
    rows: QuerySet,
    fields: list[str],
    make: Callable[[Any], dict[str, Any]],
    count: int,
    params: dict[str, Any],
) -> Iterator[str]:
    head = {
        "kind": kind,
        "count": count,
        "filters": params,
        "fields": fields,
        "generated_at": timezone.now().isoformat(),
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": ['
    written = 0
    for row in rows.iterator(chunk_size=CHUNK):
        yield ("," if written else "") + "\n" + json.dumps(make(row), ensure_ascii=False)
        written += 1
    yield f'\n], "rows_written": {written}}}\n'


def download_response(kind: str, rows: QuerySet, fmt: str, params: QueryDict) -> StreamingHttpResponse:
    """Return a streamed CSV or JSON download of every row of a filtered list."""
    ordered, fields, make = prepare(kind, rows)
    count = rows.count()
    filters = {key: params.get(key) for key in params if params.get(key)}
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    if fmt == "csv":
        response = StreamingHttpResponse(stream_csv(ordered, fields, make), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        response = StreamingHttpResponse(
            stream_json(kind, ordered, fields, make, count, filters), content_type="application/json"
        )
    else:
        raise Http404(fmt)
    response["Content-Disposition"] = f'attachment; filename="tally-{kind}-{stamp}.{fmt}"'
    response["X-Row-Count"] = str(count)
    return response
