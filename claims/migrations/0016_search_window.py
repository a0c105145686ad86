"""The search window on PostgreSQL: a partial GIN index over the vectors of the newest claims.

A search's newest page and its count are read from it (``claims.search``, docs/scale.md, seventh pass):
GIN gives a word's matches as a bitmap of all of them, and the window holds about the newest hundred
thousand claims' postings only. Its lower bound is a constant in the index (``WHERE id > 900000``),
moved by ``manage.py move_search_window`` and after every ``migrate`` as claims arrive. The full
index of migration 0002 stays for everything older. On SQLite this migration does nothing: FTS5
keeps each word's postings in id order and stops after a page.
"""

from django.db import migrations


def build(apps, schema_editor):
    from claims.search import move_window

    move_window(schema_editor.connection.alias)


def drop(apps, schema_editor):
    from claims.search import drop_window

    drop_window(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0015_lookup_covering_index"),
    ]

    operations = [migrations.RunPython(build, drop, elidable=False)]
