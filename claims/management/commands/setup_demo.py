"""``manage.py setup_demo``: the seed corpus, through the ingest pipeline, and a demo editor account."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from claims.permissions import make_editor
from claims.pipeline import ingest

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "tally-demo-editor"


class Command(BaseCommand):
    help = (
        "Load the seed corpus (ingested, cited and with figures suggested) and create the demo editor account "
        "with a known password (idempotent). For a real editor account use createeditor."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--corpus", type=Path, default=Path(settings.BASE_DIR) / "data" / "seeds")

    def handle(self, *args: object, corpus: Path, **options: object) -> None:
        report = ingest([corpus])
        self.stdout.write(f"Seed corpus: {report.summary()}")
        for failure in report.failures:
            self.stderr.write(f"error: {failure.message}")
        make_editor(DEMO_USERNAME, email="editor@example.org", password=DEMO_PASSWORD)
        self.stdout.write(
            f"Demo editor account: username {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r} "
            f"(admin at http://127.0.0.1:8000/admin/)"
        )
