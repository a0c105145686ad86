"""``manage.py ingest PATH... [--urls FILE]``: read files, folders and web pages into documents and claims."""
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.citations import store_citations
from claims.ingest import (
    BATCH_SIZE, FAILED, INGESTED, UPDATED, IngestOutcome, IngestReport, Source, ingest_sources,
)
from claims.management.progress import progress_bar
from claims.suggestions.suggesting import suggest_figures_for_documents
from corpus.reading import ReadError, iter_source_files, read_url_list


class Command(BaseCommand):
    help = (
        "Ingest text and HTML files, folders, and lists of URLs as documents, extracting their claims. "
        "A changed version of a known document re-anchors its claims."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders to ingest.")
        parser.add_argument(
            "--urls", action="append", type=Path, default=[], metavar="FILE",
            help="A file listing URLs to fetch and ingest, one a line (blank lines and # comments skipped).",
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="Documents written per transaction.")
        parser.add_argument(
            "--backend", choices=["inline", "celery"], default=None,
            help="Where the work runs (default: the TALLY_INGEST_BACKEND setting).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")
        parser.add_argument(
            "--no-citations", action="store_true",
            help="Do not render the new documents' citations now (pages render them on first view).",
        )
        parser.add_argument(
            "--no-suggest", action="store_true",
            help="Do not propose figures for the new claims now (run suggest_figures later; for bulk loads).",
        )

    def handle(self, *args: Any, paths: list[Path], urls: list[Path], verbosity: int = 1, **options: Any) -> None:
        if not paths and not urls:
            raise CommandError("Name files or folders to ingest, or a URL list with --urls FILE.")
        report = IngestReport()
        sources: list[Source] = list(iter_source_files(paths))
        for url_file in urls:
            try:
                found, junk = read_url_list(url_file)
            except ReadError as error:
                report.outcomes.append(IngestOutcome(url_file.name, FAILED, message=str(error)))
                continue
            sources.extend(found)
            report.outcomes.extend(IngestOutcome(url_file.name, FAILED, message=line) for line in junk)

        showing = not options["no_progress"] and verbosity > 0
        bar = progress_bar(len(sources), desc="ingest", unit="doc", enabled=showing)

        def show(outcome: IngestOutcome) -> None:
            if bar is not None:
                bar.update(1)
            if outcome.status == FAILED:
                line = f"error: {outcome.message}"
                if bar is not None:
                    bar.write(line, file=sys.stderr)
                else:
                    self.stderr.write(line)
            elif verbosity > 1:
                message = f"{outcome.status}: {outcome.source} ({outcome.claims} claims) {outcome.message}"
                if bar is not None:
                    bar.write(message)
                else:
                    self.stdout.write(message)

        for outcome in report.failures:
            show(outcome)
        backend = options["backend"] or settings.TALLY_INGEST_BACKEND
        try:
            run = ingest_sources(sources, show, batch_size=max(1, options["batch_size"]), backend=backend)
        finally:
            if bar is not None:
                bar.close()
        report.outcomes.extend(run.outcomes)
        changed = [outcome.document_id for outcome in run.outcomes if outcome.status in {INGESTED, UPDATED}]
        if changed and not options["no_citations"]:
            store_citations(changed)
        if changed and not options["no_suggest"]:
            figures = suggest_figures_for_documents(changed)
            if verbosity:
                self.stdout.write(f"{len(figures)} figure(s) suggested for the new claims")
        if verbosity:
            self.stdout.write(report.summary())
            if report.failures:
                self.stdout.write("failed:")
                for outcome in report.failures:
                    self.stdout.write(f"  {outcome.message}")
        if report.failures:
            raise CommandError(f"{len(report.failures)} source(s) failed", returncode=1)
