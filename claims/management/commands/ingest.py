"""``manage.py ingest PATH...``: read files and folders into documents and claims."""
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.ingest import FAILED, IngestOutcome, ingest_paths


class Command(BaseCommand):
    help = "Ingest text files and folders as documents, extracting their claims."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="Files or folders to ingest.")

    def handle(self, *args: object, paths: list[Path], verbosity: int = 1, **options: object) -> None:
        def show(outcome: IngestOutcome) -> None:
            if outcome.status == FAILED:
                self.stderr.write(f"error: {outcome.message}")
            elif verbosity > 1:
                self.stdout.write(f"{outcome.status}: {outcome.source} ({outcome.claims} claims) {outcome.message}")

        report = ingest_paths(paths, on_outcome=show)
        if verbosity:
            self.stdout.write(report.summary())
        if report.failures:
            raise CommandError(f"{len(report.failures)} source(s) failed", returncode=1)
