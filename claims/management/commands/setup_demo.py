"""``manage.py setup_demo``: the seed corpus, the editor group and a demo editor account."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandParser

from claims.ingest import ingest_paths
from claims.permissions import ensure_editor_group

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "tally-demo-editor"


class Command(BaseCommand):
    help = "Load the seed corpus and create the demo editor account (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--corpus", type=Path, default=Path(settings.BASE_DIR) / "data" / "seeds")

    def handle(self, *args: object, corpus: Path, **options: object) -> None:
        report = ingest_paths([corpus])
        self.stdout.write(f"Seed corpus: {report.summary()}")
        for failure in report.failures:
            self.stderr.write(f"error: {failure.message}")
        if "suggest_figures" in get_commands():
            call_command("suggest_figures", verbosity=0)
        group = ensure_editor_group()
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME, defaults={"is_staff": True, "email": "editor@example.org"}
        )
        user.is_staff = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.add(group)
        self.stdout.write(
            f"Demo editor account: username {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r} "
            f"(admin at http://127.0.0.1:8000/admin/)"
        )
