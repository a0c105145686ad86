"""Celery tasks: the ingest pipeline's batches and suggestions, run on workers.

``claims.pipeline.ingest`` sends these by name when ``TALLY_INGEST_BACKEND`` is ``"celery"``;
each task body is the pipeline's own code, so workers do exactly what in-process ingest does.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task

from claims.pipeline import run_worker_batch, suggest_for_documents


@shared_task(name="claims.ingest_batch", acks_late=True)
def ingest_batch(items: list[dict[str, Any]], citations: bool = True) -> dict[str, Any]:
    """Read (for URLs), store and cite one batch of sources; return each outcome as a dict, in order.

    An item is ``{"url": ...}`` or ``{"article": {...}}``.
    """
    return run_worker_batch(items, citations=citations)


@shared_task(name="claims.suggest_figures", acks_late=True)
def suggest_figures(document_ids: list[int]) -> int:
    """Propose figures for the claims of these documents; return how many figures were suggested or updated."""
    return suggest_for_documents(document_ids)
