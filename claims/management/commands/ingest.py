"""``manage.py ingest PATH... [--urls FILE]``: read files, folders and web pages into documents and claims."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.ingest import BATCH_SIZE, FAILED, IngestOutcome, IngestReport, Source
from claims.management.progress import Progress
from claims.pipeline import ingest
from corpus.reading import ReadError, iter_source_files, read_url_list


class Command(BaseCommand):
    help = (
        "Ingest text and HTML files, folders, and lists of URLs as documents, extracting their claims. "
        "A changed version of a known document re-anchors its claims."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders to ingest.")
        parser.add_argument(
            "--urls",
            action="append",
            type=Path,
            default=[],
            metavar="FILE",
            help="A file listing URLs to fetch and ingest, one a line (blank lines and # comments skipped).",
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="Documents written per transaction.")
        parser.add_argument(
            "--backend",
            choices=["inline", "celery"],
            default=None,
            help="Where the work runs (default: the TALLY_INGEST_BACKEND setting).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")
        parser.add_argument(
            "--no-citations",
            action="store_true",
            help="Do not render the new documents' citations now (pages render them on first view).",
        )
        parser.add_argument(
            "--no-suggest",
            action="store_true",
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

        progress = Progress(
            len(sources),
            unit="doc",
            desc="ingest",
            out=self.stdout,
            err=self.stderr,
            enabled=bool(verbosity) and not options["no_progress"],
        )

        def show(outcome: IngestOutcome) -> None:
            progress.update()
            if outcome.status == FAILED:
                progress.warn(f"error: {outcome.message}")
            elif verbosity > 1:
                progress.write(f"{outcome.status}: {outcome.source} ({outcome.claims} claims) {outcome.message}")

        for outcome in report.failures:
            show(outcome)
        with progress:
            run = ingest(
                sources,
                show,
                batch_size=max(1, options["batch_size"]),
                backend=options["backend"],
                citations=not options["no_citations"],
                suggest=not options["no_suggest"],
            )
        report.outcomes.extend(run.outcomes)
        if verbosity and run.suggested is not None:
            self.stdout.write(f"{run.suggested} figure(s) suggested for the new claims")
        for note in run.notes:
            self.stderr.write(f"warning: {note}")
        if verbosity:
            self.stdout.write(report.summary())
            if report.failures:
                self.stdout.write("failed:")
                for outcome in report.failures:
                    self.stdout.write(f"  {outcome.message}")
        if report.failures:
            raise CommandError(f"{len(report.failures)} source(s) failed", returncode=1)
