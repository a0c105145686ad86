"""SQLite full-text indexes (FTS5) kept in step with their tables by triggers; nothing on other databases.

A table ``T`` searched by words gets an external-content FTS5 table ``T_fts`` over some of its
columns (the text lives once, in ``T``; the index holds only the words) and three triggers on
``T`` that index every insert, update and delete. Triggers cover every write path alike:
ingest's ``bulk_create``, rereading, re-anchoring, editors' saves, the admin and raw SQL.

Django's SQLite schema editor rebuilds a table to alter it (``ALTER TABLE`` cannot do most
changes), and dropping the old table drops its triggers. ``restore_triggers`` runs after every
``migrate`` (``post_migrate``) and puts back the triggers of every ``*_fts`` table it finds,
reindexing that table when they had gone, so a later migration of ``T`` cannot leave the
index silently stale.

The index names its table as ``content="T"``, the form Datasette and sqlite-utils look for, so
they find and use it too. Words are stemmed (Porter) and case- and accent-folded, as PostgreSQL's English
configuration does for the stored ``search_vector`` columns.
"""

from __future__ import annotations

import re
from typing import Any

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

TOKENIZE = "porter unicode61 remove_diacritics 2"
SUFFIX = "_fts"
ACTIONS = ("insert", "delete", "update")
MAX_WORDS = 10


def fts_name(table: str) -> str:
    """Return the name of a table's full-text index.

    >>> fts_name("claims_claim")
    'claims_claim_fts'
    """
    return table + SUFFIX


def trigger_name(table: str, action: str) -> str:
    return f"{fts_name(table)}_{action}"


def _row(columns: tuple[str, ...], alias: str) -> str:
    return ", ".join(f'{alias}."{column}"' for column in columns)


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def trigger_sql(table: str, columns: tuple[str, ...]) -> list[str]:
    """Return the statements creating the triggers that keep ``T_fts`` in step with ``T``."""
    fts = fts_name(table)
    add = f'INSERT INTO "{fts}" (rowid, {_names(columns)}) VALUES (new.id, {_row(columns, "new")});'
    remove = (
        f'INSERT INTO "{fts}" ("{fts}", rowid, {_names(columns)}) VALUES (\'delete\', old.id, {_row(columns, "old")});'
    )
    watched = ", ".join(f'"{column}"' for column in columns)
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{trigger_name(table, "insert")}" AFTER INSERT ON "{table}" BEGIN {add} END',
        f'CREATE TRIGGER IF NOT EXISTS "{trigger_name(table, "delete")}" AFTER DELETE ON "{table}" BEGIN {remove} END',
        f'CREATE TRIGGER IF NOT EXISTS "{trigger_name(table, "update")}" AFTER UPDATE OF {watched} ON "{table}" '
        f"BEGIN {remove} {add} END",
    ]


def is_sqlite(connection: BaseDatabaseWrapper) -> bool:
    return connection.vendor == "sqlite"


def create_index(connection: BaseDatabaseWrapper, table: str, columns: tuple[str, ...]) -> None:
    """Create ``T_fts`` over ``columns`` of ``table`` with its triggers, and index the rows already there."""
    if not is_sqlite(connection):
        return
    fts = fts_name(table)
    with connection.cursor() as cursor:
        cursor.execute(
            f'CREATE VIRTUAL TABLE IF NOT EXISTS "{fts}" USING fts5({_names(columns)}, '
            f"content=\"{table}\", content_rowid='id', tokenize='{TOKENIZE}')"
        )
    add_triggers(connection, table, columns)
    rebuild(connection, table)


def drop_index(connection: BaseDatabaseWrapper, table: str) -> None:
    """Drop ``T_fts`` and its triggers (the table itself is untouched)."""
    if not is_sqlite(connection):
        return
    drop_triggers(connection, table)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP TABLE IF EXISTS "{fts_name(table)}"')


def add_triggers(connection: BaseDatabaseWrapper, table: str, columns: tuple[str, ...]) -> None:
    if not is_sqlite(connection):
        return
    with connection.cursor() as cursor:
        for statement in trigger_sql(table, columns):
            cursor.execute(statement)


def drop_triggers(connection: BaseDatabaseWrapper, table: str) -> None:
    """Drop the triggers (a bulk load does this, then ``rebuild`` and ``add_triggers``)."""
    if not is_sqlite(connection):
        return
    with connection.cursor() as cursor:
        for action in ACTIONS:
            cursor.execute(f'DROP TRIGGER IF EXISTS "{trigger_name(table, action)}"')


def rebuild(connection: BaseDatabaseWrapper, table: str) -> None:
    """Index every row of ``table`` again from its content."""
    if not is_sqlite(connection):
        return
    fts = fts_name(table)
    with connection.cursor() as cursor:
        cursor.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'rebuild\')')


def indexed_tables(connection: BaseDatabaseWrapper) -> dict[str, tuple[str, ...]]:
    """Return each table that has a full-text index, with the columns it indexes (read from the database)."""
    if not is_sqlite(connection):
        return {}
    found: dict[str, tuple[str, ...]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE %s", ["CREATE VIRTUAL TABLE%fts5%"]
        )
        names = [row[0] for row in cursor.fetchall()]
        for fts in names:
            if not fts.endswith(SUFFIX):
                continue
            cursor.execute(f'PRAGMA table_info("{fts}")')
            found[fts.removesuffix(SUFFIX)] = tuple(row[1] for row in cursor.fetchall())
    return found


def missing_triggers(connection: BaseDatabaseWrapper, table: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table])
        present = {row[0] for row in cursor.fetchall()}
    return [name for action in ACTIONS if (name := trigger_name(table, action)) not in present]


def restore_triggers(using: str = "default", **kwargs: Any) -> list[str]:
    """Put back the triggers of every full-text index whose table lost them, reindexing it; return those tables.

    Connected to ``post_migrate``: a migration that rebuilt a table dropped its triggers.
    """
    connection = connections[using]
    restored = []
    for table, columns in indexed_tables(connection).items():
        if missing_triggers(connection, table):
            drop_triggers(connection, table)
            add_triggers(connection, table, columns)
            rebuild(connection, table)
            restored.append(table)
    return restored


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_query(words: list[str]) -> str:
    """Return an FTS5 query asking for every word (each a quoted phrase, so no word is an operator).

    A word with inner punctuation ("2,000", "U.N.") is the phrase of its parts, in order.

    >>> match_query(["detained", "2,000", 'say"s', "OR"])
    '"detained" "2 000" "say s" "OR"'
    >>> match_query(["--"])
    ''
    """
    phrases = []
    for word in words[:MAX_WORDS]:
        tokens = _TOKEN.findall(word)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return " ".join(phrases)
