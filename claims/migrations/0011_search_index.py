"""Search over the claim's context: its sentence, subject and place, indexed on both databases.

On SQLite, an FTS5 full-text index of claims (``claims_claim_fts``, external content, kept in
step by triggers; see ``corpus.fulltext``), so word search and citation lookups stop reading
every claim. On PostgreSQL, the stored ``search_vector`` column of claims migration 0002 is
made again from the wider list of fields below, with its GIN indexes.

``claims/search.py``'s CLAIM_FIELDS must name the same fields (a test checks).
"""

import importlib

from django.db import migrations

from corpus import fulltext

TABLE = "claims_claim"
# Frozen: the fields this migration indexes.
FIELDS = ("quote", "noun", "subject", "sentence", "attribution", "place", "prefix", "suffix")
OLD_FIELDS = ("quote", "noun", "attribution", "prefix", "suffix")


def vector(fields):
    joined = " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)
    return f"to_tsvector('english'::regconfig, {joined})"


def set_vector(schema_editor, fields):
    """Make the stored vector again from ``fields`` (dropping it drops its indexes; they are made again)."""
    vectors = importlib.import_module("claims.migrations.0002_stored_search_vectors")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector")
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({vector(fields)}) STORED"
    )
    vectors.add_search_indexes(None, schema_editor)
    schema_editor.execute(f"ANALYZE {TABLE}")


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        set_vector(schema_editor, FIELDS)
    else:
        fulltext.create_index(schema_editor.connection, TABLE, FIELDS)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        set_vector(schema_editor, OLD_FIELDS)
    else:
        fulltext.drop_index(schema_editor.connection, TABLE)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_learned_equivalences"),
    ]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
