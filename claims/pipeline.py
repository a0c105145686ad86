"""The ingest pipeline: read, store and extract, re-anchor, cite, suggest; one owner for every caller.

The ``ingest`` command, the Celery workers (``claims.tasks``), ``setup_demo`` and the
benchmarks all call ``ingest``. Its stages:

1. read each source and store it with its extracted claims, a batch per transaction; a known
   document with a new text keeps the old one and re-anchors its claims (``claims.ingest``,
   documents through ``corpus.storing``);
2. cite: render the citations of the documents stored or updated, so that no reader waits
   for them (``claims.citations.store_citations``);
3. suggest: propose figures for their claims, against the stored ones
   (``claims.suggestions.suggesting.suggest_figures_for_documents``).

``TALLY_INGEST_BACKEND``, read at each call, decides where the work runs: ``"inline"`` in
this process, or ``"celery"`` on workers. There a worker reads, stores and cites each batch
(task ``claims.ingest_batch``), and suggestions run once over the whole run's documents (task
``claims.suggest_figures``), since they group claims across batches. Files are read by the
caller (so workers need no shared disk) and travel as articles; URLs travel as they are and
the workers fetch them. Tasks are sent by name, so this module never imports ``claims.tasks``:
the tasks call this module.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from celery import current_app
from celery.exceptions import TimeoutError as CeleryTimeout
from celery.result import AsyncResult
from django.conf import settings

from claims.citations import store_citations
from claims.ingest import (
    BATCH_SIZE,
    FAILED,
    INGESTED,
    UPDATED,
    IngestOutcome,
    IngestReport,
    Source,
    chunked,
    ingest_read,
    read_sources,
    source_label,
)
from claims.search import move_window
from claims.suggestions.suggesting import suggest_figures_for_documents
from corpus.reading import Article, iter_source_files

INLINE = "inline"
CELERY = "celery"
BACKENDS = (INLINE, CELERY)
MAX_IN_FLIGHT = 16
TASK_TIMEOUT_SECONDS = 600
OnOutcome = Callable[[IngestOutcome], None]


def ingest(
    sources: Iterable[Source],
    on_outcome: OnOutcome | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    backend: str | None = None,
    citations: bool = True,
    suggest: bool = True,
) -> IngestReport:
    """Ingest files, folders and URLs through every stage; return every source's outcome, in order.

    ``on_outcome`` hears each outcome as soon as it is known (for progress bars). ``backend``
    overrides ``TALLY_INGEST_BACKEND``; ``citations`` and ``suggest`` turn those stages off
    (for bulk loads: ``manage.py suggest_figures`` regroups later, pages render citations on
    first view).
    """
    chosen = choose_backend(backend)
    files_and_urls = expand_sources(sources)
    if chosen == CELERY:
        report = ingest_on_workers(files_and_urls, on_outcome, batch_size=batch_size, citations=citations)
    else:
        report = IngestReport()
        for chunk in chunked(read_sources(files_and_urls), batch_size):
            outcomes, cited = store_and_cite(chunk, citations=citations)
            report.cited += cited
            for outcome in outcomes:
                report.outcomes.append(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
    changed = report.changed_document_ids
    if changed:
        move_window(create=False)  # PostgreSQL's search window follows the new claims (a no-op until it is due)
    if suggest and changed:
        if chosen == CELERY:
            suggest_on_workers(changed, report)
        else:
            report.suggested = suggest_for_documents(changed)
    return report


def choose_backend(backend: str | None = None) -> str:
    """Return where ingest work runs: ``backend`` if given, else the ``TALLY_INGEST_BACKEND`` setting now."""
    chosen = backend or getattr(settings, "TALLY_INGEST_BACKEND", INLINE)
    if chosen not in BACKENDS:
        raise ValueError(f"unknown TALLY_INGEST_BACKEND {chosen!r}: use 'inline' or 'celery'")
    return chosen


def expand_sources(sources: Iterable[Source]) -> Iterator[Source]:
    """Yield the sources with each folder replaced by the files in it (URLs and files as they are)."""
    for source in sources:
        if isinstance(source, Path):
            yield from iter_source_files([source])
        else:
            yield source


def store_and_cite(items: Sequence[Article | IngestOutcome], *, citations: bool) -> tuple[list[IngestOutcome], int]:
    """Store one batch of read sources and render the new documents' citations; return outcomes and count cited.

    This is one batch's work wherever it runs: in this process or on a worker.
    """
    outcomes = ingest_read(items)
    changed = [o.document_id for o in outcomes if o.status in {INGESTED, UPDATED} and o.document_id]
    cited = store_citations(changed) if citations and changed else 0
    return outcomes, cited


def suggest_for_documents(document_ids: Sequence[int]) -> int:
    """Propose figures for these documents' claims; return how many figures were suggested or updated."""
    return len(suggest_figures_for_documents(list(document_ids)))


# --- on Celery workers -----------------------------------------------------------------


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


def run_worker_batch(items: list[dict[str, Any]], *, citations: bool) -> dict[str, Any]:
    """Read (for URLs), store and cite one batch a task message carries; return its answer.

    An item is ``{"url": ...}`` or ``{"article": {...}}``; the answer holds each outcome as a
    dict, in order, and how many documents were cited.
    """
    urls = [item["url"] for item in items if "url" in item]
    fetched = iter(read_sources(urls))
    read = [next(fetched) if "url" in item else article_from_payload(item["article"]) for item in items]
    outcomes, cited = store_and_cite(read, citations=citations)
    return {"outcomes": [dataclasses.asdict(outcome) for outcome in outcomes], "cited": cited}


def task_options() -> tuple[float, str | None]:
    """Return how long to wait for a task and the queue to send it to, from the settings now."""
    timeout = float(getattr(settings, "TALLY_INGEST_TASK_TIMEOUT", TASK_TIMEOUT_SECONDS))
    # A dedicated queue (TALLY_INGEST_QUEUE) lets ingest workers run apart from any other tasks.
    return timeout, getattr(settings, "TALLY_INGEST_QUEUE", None) or None


def outcomes_of(result: AsyncResult, labels: list[str], timeout: float) -> tuple[list[IngestOutcome], int]:
    """Return the outcomes and citation count a batch task gave, or a failed outcome per source when it gave none."""
    try:
        answer = result.get(timeout=timeout, propagate=False)
    except CeleryTimeout:
        reason = f"no answer from a worker in {timeout:g} s"
        return [IngestOutcome(label, FAILED, message=f"{label}: {reason}") for label in labels], 0
    if result.failed() or not isinstance(answer, dict):
        reason = f"{answer.__class__.__name__}: {answer}" if isinstance(answer, BaseException) else repr(answer)
        return [IngestOutcome(label, FAILED, message=f"{label}: the worker failed ({reason})") for label in labels], 0
    return [IngestOutcome(**row) for row in answer["outcomes"]], int(answer.get("cited", 0))


def ingest_on_workers(
    sources: Iterable[Source], on_outcome: OnOutcome | None = None, *, batch_size: int, citations: bool
) -> IngestReport:
    """Send sources to the Celery workers in batches to be read, stored and cited; return every outcome, in order."""
    timeout, queue = task_options()
    report = IngestReport()
    # Each entry is one batch: its sources in order (a failed read, or a place in the task's answer).
    Entry = tuple[list[IngestOutcome | int], AsyncResult | None, list[str]]
    pending: collections.deque[Entry] = collections.deque()

    def settle(entry: Entry) -> None:
        parts, result, labels = entry
        answered, cited = outcomes_of(result, labels, timeout) if result is not None else ([], 0)
        report.cited += cited
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
        result = None
        if items:
            result = current_app.send_task("claims.ingest_batch", (items,), {"citations": citations}, queue=queue)
        pending.append((parts, result, labels))
        while len(pending) >= MAX_IN_FLIGHT:
            settle(pending.popleft())
    while pending:
        settle(pending.popleft())
    return report


def suggest_on_workers(document_ids: list[int], report: IngestReport) -> None:
    """Have a worker propose figures for these documents' claims; note in ``report`` how many, or why not."""
    timeout, queue = task_options()
    result = current_app.send_task("claims.suggest_figures", (document_ids,), queue=queue)
    try:
        answer = result.get(timeout=timeout, propagate=False)
    except CeleryTimeout:
        report.notes.append(
            f"figures not suggested: no answer from a worker in {timeout:g} s (run manage.py suggest_figures)"
        )
        return
    if result.failed() or not isinstance(answer, int):
        report.notes.append(f"figures not suggested: the worker failed ({answer!r}; run manage.py suggest_figures)")
        return
    report.suggested = answer
