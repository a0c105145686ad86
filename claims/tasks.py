"""Celery tasks: ingestion on workers, through the same code as in-process ingestion.

With ``TALLY_INGEST_BACKEND=celery``, ``ingest_sources`` sends batches to the workers:
files are read by the caller (so workers need no shared disk) and travel as articles;
URLs travel as they are and the workers fetch them. Either way a worker ends in
``claims.ingest.ingest_read``, the function the in-process path calls.
"""
from __future__ import annotations

import collections
import dataclasses
import datetime
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from celery import shared_task
from celery.exceptions import TimeoutError as CeleryTimeout
from celery.result import AsyncResult
from django.conf import settings

from claims.ingest import (
    BATCH_SIZE,
    FAILED,
    IngestOutcome,
    IngestReport,
    Source,
    chunked,
    ingest_read,
    read_sources,
    source_label,
)
from corpus.reading import Article

MAX_IN_FLIGHT = 16
TASK_TIMEOUT_SECONDS = 600


def article_to_payload(article: Article) -> dict[str, Any]:
    """Return an article as JSON-friendly data for a task message.

    >>> article_to_payload(Article("a.txt", "Some 2,000.", published=datetime.date(2023, 9, 22)))["published"]
    '2023-09-22'
    """
    payload = dataclasses.asdict(article)
    payload["published"] = article.published.isoformat() if article.published else None
    return payload


def article_from_payload(payload: dict[str, Any]) -> Article:
    """Return the article a task message carries.

    >>> article_from_payload(article_to_payload(Article("a.txt", "x", published=datetime.date(2023, 9, 22)))).published
    datetime.date(2023, 9, 22)
    """
    published = payload.get("published")
    return Article(**{**payload, "published": datetime.date.fromisoformat(published) if published else None})


@shared_task(name="claims.ingest_batch", acks_late=True)
def ingest_batch(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Read (for URLs) and store one batch of sources; return each outcome as a dict, in order.

    An item is ``{"url": ...}`` or ``{"article": {...}}``.
    """
    urls = [item["url"] for item in items if "url" in item]
    fetched = iter(read_sources(urls))
    read = [next(fetched) if "url" in item else article_from_payload(item["article"]) for item in items]
    return [dataclasses.asdict(outcome) for outcome in ingest_read(read)]


def outcomes_of(result: AsyncResult, labels: list[str], timeout: float) -> list[IngestOutcome]:
    """Return the outcomes a batch task gave, or a failed outcome for each source when it gave none."""
    try:
        answer = result.get(timeout=timeout, propagate=False)
    except CeleryTimeout:
        return [IngestOutcome(label, FAILED, message=f"{label}: no answer from a worker in {timeout:g} s") for label in labels]
    if result.failed() or not isinstance(answer, list):
        reason = f"{answer.__class__.__name__}: {answer}" if isinstance(answer, BaseException) else repr(answer)
        return [IngestOutcome(label, FAILED, message=f"{label}: the worker failed ({reason})") for label in labels]
    return [IngestOutcome(**row) for row in answer]


def ingest_sources_on_workers(
    sources: Iterable[Source],
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Send sources to the Celery workers in batches; return every outcome, in source order."""
    timeout = float(getattr(settings, "TALLY_INGEST_TASK_TIMEOUT", TASK_TIMEOUT_SECONDS))
    # A dedicated queue (TALLY_INGEST_QUEUE) lets ingest workers run apart from any other tasks.
    queue = getattr(settings, "TALLY_INGEST_QUEUE", None) or None
    report = IngestReport()
    # Each entry is one batch: its sources in order (a failed read, or a place in the task's answer).
    Entry = tuple[list[IngestOutcome | int], AsyncResult | None, list[str]]
    pending: collections.deque[Entry] = collections.deque()

    def settle(entry: Entry) -> None:
        parts, result, labels = entry
        answered = outcomes_of(result, labels, timeout) if result is not None else []
        for part in parts:
            outcome = answered[part] if isinstance(part, int) else part
            report.outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)

    for chunk in chunked(sources, batch_size):
        items: list[dict[str, Any]] = []
        labels: list[str] = []
        parts: list[IngestOutcome | int] = []
        for source in chunk:
            if isinstance(source, Path):
                read = next(read_sources([source]))
                if isinstance(read, IngestOutcome):
                    parts.append(read)
                    continue
                items.append({"article": article_to_payload(read)})
            else:
                items.append({"url": source})
            parts.append(len(labels))
            labels.append(source_label(source))
        result = ingest_batch.apply_async((items,), queue=queue) if items else None
        pending.append((parts, result, labels))
        while len(pending) >= MAX_IN_FLIGHT:
            settle(pending.popleft())
    while pending:
        settle(pending.popleft())
    return report
