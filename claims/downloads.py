"""CSV and JSON downloads of any filtered list, with provenance columns, streamed and never cut silently.

Rows are read by keyset pagination: ordered by id, ``CHUNK`` rows per query with ``id >
last``, so every query is as fast as the first and nothing (no OFFSET, no server-side
cursor, no transaction) is held from one chunk to the next. Memory stays at one chunk.

A download says at its end whether it is whole:

- CSV: the last line is ``# complete: N rows``. A file without that line was cut (the
  connection dropped, the worker died); one that ends ``# incomplete: ...`` met an error.
- JSON: the object closes with ``"count": N, "complete": true``; a cut file does not parse.

There is no row count header: a count taken before the stream is a promise from another
moment (rows are added, rejected and deleted while a long download runs, and holding one
snapshot for minutes would hold a connection and a transaction for minutes). The only count
that is true is the one the stream writes at its end. ``X-Download-Trailer`` names the trailer.

Each process serves at most ``TALLY_DOWNLOADS_PER_PROCESS`` downloads at once (default 2);
beyond that a download is answered 503 with ``Retry-After``, so a process always keeps
threads for pages. Gunicorn runs the gthread worker for this (Dockerfile): its timeout
watches the worker, not the length of one request, so a long download is not killed.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpResponse, QueryDict, StreamingHttpResponse
from django.utils import timezone

from claims.exporting import claim_row, csv_values, row_maker
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
RETRY_AFTER = 30  # seconds, in the 503 answered when a process already serves its downloads
TRAILERS = {
    "csv": 'last line "# complete: <rows> rows"; missing or "# incomplete: ..." means the file was cut',
    "json": 'closes with "count": <rows>, "complete": true; a cut file does not parse',
}

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
    """Return the rows with what each row needs fetched, the fields and the row maker."""
    if kind == "claims":
        claims = rows.select_related("document", "document__outlet", "figure").defer(
            "sentence", "document__text", "document__citations"
        )
        return claims, EXPORT_FIELDS, claim_row
    if kind == "documents":
        counted = (
            rows.select_related("outlet")
            .defer("text")
            .annotate(claim_count=Count("claims", filter=~Q(claims__status="rejected")))
        )
        return counted, DOWNLOAD_DOCUMENT_FIELDS, document_row
    if kind == "figures":
        return rows.annotate(claim_count=Count("claims")), DOWNLOAD_FIGURE_FIELDS, figure_row
    raise Http404(kind)


def chunks(rows: QuerySet, size: int | None = None) -> Iterator[list[Any]]:
    """Yield the rows in id order, one query of at most ``size`` rows each (keyset pagination)."""
    size = size or CHUNK
    last = None
    while True:
        page = rows.order_by("id") if last is None else rows.filter(id__gt=last).order_by("id")
        chunk = list(page[:size])
        if chunk:
            yield chunk
        if len(chunk) < size:
            return
        last = chunk[-1].pk


def stream_csv(rows: QuerySet, fields: list[str], make: Callable[[Any], dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    written = 0
    try:
        for chunk in chunks(rows):
            made = [csv_values(make(row)) for row in chunk]  # a chunk goes out whole or not at all
            writer.writerows(made)
            written += len(made)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    except Exception:
        # The rows written so far went out; a line no complete file has follows, then the error ends the response.
        yield buffer.getvalue() + f"# incomplete: stopped by an error after {written} rows\n"
        raise
    yield buffer.getvalue() + f"# complete: {written} rows\n"


def stream_json(
    kind: str, rows: QuerySet, fields: list[str], make: Callable[[Any], dict[str, Any]], params: dict[str, Any]
) -> Iterator[str]:
    head = {"kind": kind, "filters": params, "fields": fields, "generated_at": timezone.now().isoformat()}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": ['
    written = 0
    for chunk in chunks(rows):
        # On an error the object is never closed: a cut JSON download does not parse.
        lines = (json.dumps(make(row), ensure_ascii=False) for row in chunk)
        yield ("," if written else "") + "\n" + ",\n".join(lines)
        written += len(chunk)
    yield f'\n], "count": {written}, "complete": true}}\n'


class Slots:
    """At most ``size`` downloads at once in this process; the rest are refused, not queued."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.free = threading.BoundedSemaphore(size)

    def take(self) -> bool:
        if self.free.acquire(blocking=False):
            return True
        # A response dropped without being closed (servers always close; a test client may not)
        # gives its slot back when it is collected: collect once before refusing.
        gc.collect()
        return self.free.acquire(blocking=False)

    def give_back(self) -> None:
        self.free.release()


slots = Slots(getattr(settings, "TALLY_DOWNLOADS_PER_PROCESS", 2))


class Held(Iterator[str]):
    """A stream that gives its download slot back when the response is closed, read to the end or not."""

    def __init__(self, stream: Iterable[str], slots: Slots) -> None:
        self.stream = iter(stream)
        self.slots = slots
        self.held = True

    def __next__(self) -> str:
        return next(self.stream)

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        if self.held:
            self.held = False
            getattr(self.stream, "close", lambda: None)()
            self.slots.give_back()


def download_response(kind: str, rows: QuerySet, fmt: str, params: QueryDict) -> HttpResponse:
    """Return a streamed CSV or JSON download of every row of a filtered list, or 503 when this process is busy."""
    prepared, fields, make = prepare(kind, rows)
    if fmt not in TRAILERS:
        raise Http404(fmt)
    if not slots.take():
        busy = HttpResponse(
            f"This server is sending {slots.size} downloads already; retry in {RETRY_AFTER} seconds.\n",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        busy["Retry-After"] = str(RETRY_AFTER)
        return busy
    filters = {key: params.get(key) for key in params if params.get(key)}
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    if fmt == "csv":
        stream = stream_csv(prepared, fields, make)
        response = StreamingHttpResponse(Held(stream, slots), content_type="text/csv; charset=utf-8")
    else:
        stream = stream_json(kind, prepared, fields, make, filters)
        response = StreamingHttpResponse(Held(stream, slots), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="tally-{kind}-{stamp}.{fmt}"'
    response["X-Download-Trailer"] = TRAILERS[fmt]
    return response
