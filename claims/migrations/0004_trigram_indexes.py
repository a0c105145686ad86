"""Trigram indexes on claim nouns and figure titles (PostgreSQL only), now claims' own.

Corpus migration 0002 used to create them, which made corpus depend on claims; it no longer
does. A database that ran the old corpus 0002 has them already, hence ``IF NOT EXISTS``;
reversing leaves them, since there the old corpus 0002 made them.
"""

from django.db import migrations

INDEXES = (
    ("claim_noun_trgm", "claims_claim", "USING gin (noun gin_trgm_ops)"),
    ("figure_title_trgm", "claims_figure", "USING gin (title gin_trgm_ops)"),
)


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_lookup_order_index_from_model"),
    ]

    operations = [migrations.RunPython(add_trigram_indexes, migrations.RunPython.noop, elidable=False)]
