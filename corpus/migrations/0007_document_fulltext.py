"""A full-text index of documents' title and text on SQLite (FTS5, kept in step by triggers).

PostgreSQL has had one since claims migration 0002 (the stored ``search_vector``); this gives
SQLite, the embedded default, an index too, so a word search no longer reads every document.
On PostgreSQL this migration does nothing.
"""

from django.db import migrations

from corpus import fulltext

TABLE = "corpus_document"
FIELDS = ("title", "text")  # frozen: the columns this migration indexes


def add_index(apps, schema_editor):
    fulltext.create_index(schema_editor.connection, TABLE, FIELDS)


def remove_index(apps, schema_editor):
    fulltext.drop_index(schema_editor.connection, TABLE)


class Migration(migrations.Migration):
    dependencies = [
        ("corpus", "0006_page_text"),
    ]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
