"""``manage.py reextract``: read every stored document again with the current extractor and lexicon."""

from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import QuerySet

from claims.management.progress import Progress
from claims.rereading import ReextractReport, reextract_documents
from corpus.models import Document

CHUNK = 200


def in_chunks(documents: QuerySet[Document]) -> Iterator[Document]:
    """Yield the documents a chunk at a time (texts are large; no cursor stays open across the writes)."""
    ids = list(documents.values_list("pk", flat=True))
    for at in range(0, len(ids), CHUNK):
        yield from documents.filter(pk__in=ids[at : at + CHUNK])


class Command(BaseCommand):
    help = (
        "Read stored documents again with the current extractor and lexicon: claims no editor touched take the new "
        "reading, edited claims keep theirs (the new one is recorded for editors), numbers newly read become claims, "
        "claims no longer read are kept and marked. Every changed reading is recorded with the lexicon version. "
        "Running it twice changes nothing the second time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--document", type=int, action="append", default=[], help="Only this document (repeatable)."
        )
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")

    def handle(self, *args: Any, document: list[int], no_progress: bool, verbosity: int = 1, **options: Any) -> None:
        documents = Document.objects.order_by("id").defer("citations")
        if document:
            documents = documents.filter(pk__in=document)
        progress = Progress(
            documents.count(),
            unit="doc",
            desc="reextract",
            out=self.stdout,
            err=self.stderr,
            enabled=bool(verbosity) and not no_progress,
        )

        def show(read: Document, counts: ReextractReport) -> None:
            progress.update()
            if verbosity > 1 and (counts.changed or counts.added or counts.unread):
                progress.write(
                    f"document {read.pk} ({read.source_name}): {counts.changed} changed, "
                    f"{counts.added} added, {counts.unread} no longer read"
                )

        with progress:
            report = reextract_documents(in_chunks(documents), show)
        if verbosity:
            self.stdout.write(report.summary())
            if report.added:
                self.stdout.write(f"run manage.py suggest_figures to place the {report.added} new claim(s) in figures")
