"""Stored full-text vectors and ordered indexes for search and citation lookups, on PostgreSQL only.

Claims and documents get a generated ``search_vector`` column (``tsvector``, English) with a
GIN index, replacing corpus migration 0002's expression indexes: a stored vector can be
tested row by row at almost no cost, so PostgreSQL may walk an ordered index and stop after a
page of matches instead of reading every match to sort it. The column is not a model field:
Django never writes it (PostgreSQL computes it, also under ``COPY``) and only
``claims/search.py`` reads it. Two btree indexes give the orders the pages ask for (documents
newest first; citation lookups' order is claims migration 0003's), and figures get a full-text index. On
SQLite (and any other database) this migration does nothing.
"""

import importlib

from django.db import migrations

# The vectors must cover the same fields as ``claims/search.py``'s CLAIM_FIELDS and DOCUMENT_FIELDS.
CLAIM_VECTOR = (
    "to_tsvector('english'::regconfig, COALESCE(quote, '') || ' ' || COALESCE(noun, '') || ' ' || "
    "COALESCE(attribution, '') || ' ' || COALESCE(prefix, '') || ' ' || COALESCE(suffix, ''))"
)
DOCUMENT_VECTOR = "to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || COALESCE(text, ''))"
VECTOR_COLUMNS = (("claims_claim", CLAIM_VECTOR), ("corpus_document", DOCUMENT_VECTOR))
# (name, table, definition): the indexes this migration adds, dropped and rebuilt around bulk loads.
INDEXES = (
    ("claim_search_vector_gin", "claims_claim", "USING gin (search_vector)"),
    ("document_search_vector_gin", "corpus_document", "USING gin (search_vector)"),
    # Words and unit in one index (btree_gin): a word that rarely meets the unit ("villages",
    # "person") is found to be rare here, not by reading every claim that has the word.
    ("claim_unit_search_gin", "claims_claim", "USING gin (unit, search_vector)"),
    # Search lists documents newest first; undated ones last.
    ("document_newest_idx", "corpus_document", "(published DESC NULLS LAST, id DESC)"),
    # The citation-lookup order index (figure, rank, newest) was made here; it is declared on the
    # model now, from ``claims.models.rank_order`` (claims migration 0003).
    (
        "figure_search_gin",
        "claims_figure",
        "USING gin (to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || COALESCE(scope, '') || ' ' "
        "|| COALESCE(period, '')))",
    ),
)
# Corpus migration 0002's expression indexes, superseded by the stored vectors.
OLD_INDEXES = ("claim_search_gin", "document_search_gin")


def add_search_indexes(apps, schema_editor):
    """Create the indexes (the bench generator calls this after a bulk load)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _, _ in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def add_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    for table, vector in VECTOR_COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ({vector}) STORED"
        )
    for name in OLD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    add_search_indexes(apps, schema_editor)
    # The rewritten tables have no statistics on the new column until analysed.
    for table, _ in VECTOR_COLUMNS:
        schema_editor.execute(f"ANALYZE {table}")


def remove_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    remove_search_indexes(apps, schema_editor)
    for table, _ in VECTOR_COLUMNS:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    corpus_0002 = importlib.import_module("corpus.migrations.0002_search_indexes")
    for app, model, index in corpus_0002.search_indexes():
        if index.name in OLD_INDEXES:
            schema_editor.add_index(apps.get_model(app, model), index)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_claims_and_figures"),
        ("corpus", "0002_search_indexes"),
    ]

    operations = [migrations.RunPython(add_vectors, remove_vectors, elidable=False)]
