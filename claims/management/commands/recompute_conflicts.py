"""``manage.py recompute_conflicts``: store every figure's conflicts again, with the current rules."""

from django.core.management.base import BaseCommand, CommandParser

from claims.management.progress import progress_bar
from claims.models import Figure
from claims.reconciliation import recompute_all_conflicts


class Command(BaseCommand):
    help = (
        "Recompute the stored conflict of every figure (editors' and suggested) and of their claims with the "
        "current conflict rules, as an editor's save does. Idempotent: a second run changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")

    def handle(self, *args: object, no_progress: bool = False, verbosity: int = 1, **options: object) -> None:
        showing = not no_progress and verbosity > 0
        bar = progress_bar(Figure.objects.count(), desc="figures", unit="figure", enabled=showing)
        try:
            report = recompute_all_conflicts(progress=bar.update if bar is not None else None)
        finally:
            if bar is not None:
                bar.close()
        if verbosity:
            self.stdout.write(
                f"{report.figures} figures checked, {report.figures_changed} changed; "
                f"{report.claims_changed} claims changed"
            )
