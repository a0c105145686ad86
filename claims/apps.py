from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and figures"

    def ready(self) -> None:
        from claims.documents import claims_part
        from corpus.pages import register_document_part

        register_document_part(claims_part)
        post_migrate.connect(move_search_window, sender=self)
        connection_created.connect(read_search_window)


def read_search_window(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Read PostgreSQL's search window as a connection opens (kept CONN_MAX_AGE seconds): a moved window is seen then."""
    from claims.search import read_window

    read_window(connection)


def move_search_window(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    """Move PostgreSQL's search window up to the newest claims after every migrate, if it has one (migration 0016)."""
    from django.db import connections

    from claims.search import WINDOW_TABLE, move_window

    if connections[using].vendor == "postgresql" and WINDOW_TABLE in connections[using].introspection.table_names():
        move_window(using, create=False)
