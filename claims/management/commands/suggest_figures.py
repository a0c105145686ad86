"""``manage.py suggest_figures``: propose figures for the claims no editor has put in one."""

from django.core.management.base import BaseCommand, CommandParser

from claims.suggestions.suggesting import suggest_figures, suggest_figures_for_documents


class Command(BaseCommand):
    help = "Propose figures (status 'suggested') for claims that are in no figure yet, and say why."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--document",
            type=int,
            action="append",
            default=[],
            help="only place these documents' claims, against the stored ones, without regrouping "
            "the others (as ingest does; repeatable)",
        )

    def handle(self, *args: object, document: list[int], **options: object) -> None:
        figures = suggest_figures_for_documents(document) if document else suggest_figures()
        verbosity = int(str(options.get("verbosity", 1)))
        for figure in figures:
            if verbosity > 1:
                self.stdout.write(f"figure {figure.pk}: {figure.title}\n  {figure.suggestion_reason}")
        if verbosity:
            self.stdout.write(f"{len(figures)} figures suggested or updated")
