"""The citation-lookup order index, declared on the model from ``claims.models.rank_order``.

Claims migration 0002 made it on PostgreSQL from hand-written SQL (a second copy of rank
order); it is dropped here and made again from the model's declaration, on every database.
The index below is Django's frozen copy of ``Claim.Meta.indexes``: a change to rank order
makes ``makemigrations --check`` fail until a migration rebuilds it.
"""

from django.db import migrations, models


def drop_hand_written_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS claim_lookup_order_idx")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_stored_search_vectors"),
    ]

    operations = [
        migrations.RunPython(drop_hand_written_index, migrations.RunPython.noop, elidable=False),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                models.F("figure"),
                models.Case(
                    models.When(rank="preferred", then=0),
                    models.When(rank="normal", then=1),
                    models.When(rank="deprecated", then=2),
                    output_field=models.IntegerField(),
                ),
                models.OrderBy(models.F("id"), descending=True),
                name="claim_lookup_order_idx",
            ),
        ),
    ]
