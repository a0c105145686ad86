"""``manage.py export --format jsonl|csv``: write claims with their provenance."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.exporting import write_csv, write_jsonl
from claims.models import Claim


class Command(BaseCommand):
    help = "Export claims with provenance, for one document, one figure, or everything."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--document", type=int, help="Only this document's claims.")
        parser.add_argument("--figure", type=int, help="Only this figure's claims.")
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")

    def handle(self, *args: object, **options: object) -> None:
        claims = Claim.objects.all()
        if options["document"] is not None:
            claims = claims.filter(document_id=options["document"])
        if options["figure"] is not None:
            claims = claims.filter(figure_id=options["figure"])
        write = write_jsonl if options["format"] == "jsonl" else write_csv
        if options["output"]:
            try:
                with open(str(options["output"]), "w", encoding="utf-8", newline="") as out:
                    count = write(claims, out)
            except OSError as error:
                raise CommandError(f"cannot write {options['output']}: {error.strerror}") from None
            self.stderr.write(f"{count} claims written to {options['output']}")
        else:
            write(claims, self.stdout)
