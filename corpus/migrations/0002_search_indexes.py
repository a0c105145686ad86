"""Search indexes on PostgreSQL: pg_trgm, full-text GIN indexes on claims and documents, trigram indexes.

The expressions must stay identical to ``claims/search.py``'s vectors, or PostgreSQL will
not use the indexes. On SQLite (and any other database) this migration does nothing.
"""
from django.db import migrations

CLAIM_FIELDS = ("quote", "noun", "attribution", "prefix", "suffix")
DOCUMENT_FIELDS = ("title", "text")


def search_indexes():
    from django.contrib.postgres.indexes import GinIndex, OpClass
    from django.contrib.postgres.search import SearchVector

    return [
        ("claims", "Claim", GinIndex(SearchVector(*CLAIM_FIELDS, config="english"), name="claim_search_gin")),
        ("claims", "Claim", GinIndex(OpClass("noun", name="gin_trgm_ops"), name="claim_noun_trgm")),
        ("corpus", "Document", GinIndex(SearchVector(*DOCUMENT_FIELDS, config="english"), name="document_search_gin")),
        ("corpus", "Document", GinIndex(OpClass("title", name="gin_trgm_ops"), name="document_title_trgm")),
        ("claims", "Figure", GinIndex(OpClass("title", name="gin_trgm_ops"), name="figure_title_trgm")),
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
    for app, model, index in search_indexes():
        schema_editor.remove_index(apps.get_model(app, model), index)


class Migration(migrations.Migration):
    dependencies = [
        ("corpus", "0001_documents_and_outlets"),
        ("claims", "0001_claims_and_figures"),
    ]

    operations = [migrations.RunPython(add_search_indexes, remove_search_indexes, elidable=False)]
