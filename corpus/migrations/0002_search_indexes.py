"""Search indexes on PostgreSQL: pg_trgm, a full-text GIN index and a trigram index on documents.

The expressions must stay identical to ``claims/search.py``'s vectors, or PostgreSQL will
not use the indexes. On SQLite (and any other database) this migration does nothing.

This migration once also indexed claims and figures, and so depended on claims 0001 while
claims depends on corpus. It was edited (not replaced) because no new migration can remove an
edge from the graph: even a squash inherits the dependencies of the migrations it replaces
while their files exist. A database that ran it keeps every index it made; on a new one the
claims and figures indexes come from claims 0002 and 0004. The claims full-text index it made
was superseded by claims 0002's stored vectors anyway.
"""

from django.db import migrations

DOCUMENT_FIELDS = ("title", "text")


def search_indexes():
    from django.contrib.postgres.indexes import GinIndex, OpClass
    from django.contrib.postgres.search import SearchVector

    return [
        ("corpus", "Document", GinIndex(SearchVector(*DOCUMENT_FIELDS, config="english"), name="document_search_gin")),
        ("corpus", "Document", GinIndex(OpClass("title", name="gin_trgm_ops"), name="document_title_trgm")),
    ]


def add_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for app, model, index in search_indexes():
        schema_editor.add_index(apps.get_model(app, model), index)


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for _, _, index in search_indexes():
        schema_editor.execute(f"DROP INDEX IF EXISTS {index.name}")


class Migration(migrations.Migration):
    dependencies = [
        ("corpus", "0001_documents_and_outlets"),
    ]

    operations = [migrations.RunPython(add_search_indexes, remove_search_indexes, elidable=False)]
