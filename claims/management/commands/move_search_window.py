"""``manage.py move_search_window``: move PostgreSQL's search window up to the newest claims."""

from django.core.management.base import BaseCommand, CommandParser

from claims.search import WINDOW_SPAN, WINDOW_STEP, move_window


class Command(BaseCommand):
    help = (
        "Build PostgreSQL's search window (a partial full-text index over the newest claims) again when claims "
        f"have arrived: it covers the newest {WINDOW_SPAN:,} claim ids, its lower bound moved in steps of "
        f"{WINDOW_STEP:,}. Run it as claims arrive (migrate runs it too); nothing to do on SQLite."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--database", default="default", help="The database to move the window of.")

    def handle(self, *args: object, database: str = "default", verbosity: int = 1, **options: object) -> None:
        old, new = move_window(database)
        if verbosity:
            if new is None:
                self.stdout.write("This database has no search window (SQLite reads its full-text index by id).")
            elif old == new:
                self.stdout.write(f"The search window already starts after claim {new:,}.")
            else:
                self.stdout.write(f"The search window now starts after claim {new:,} (was {old}).")
