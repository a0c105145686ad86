"""The lookup-order index holds the columns a lookup's filters test, so its first claims are tested in it.

A citation lookup tests the first 3,000 claims in lookup order (``claims.views.lookup_rows``)
before it looks for its matches through the full-text and interval indexes. Through 0003's
index (figure, rank order, id) SQLite read each of them as a whole row, long text and all; this
index adds the rank and the columns of the value, unit and review filters
(``claims.models.FILTERED_COLUMNS``), and the head selects only the columns the filter names, so
the head is read from the index alone (docs/scale.md, fourth pass). It replaces 0003's index,
which is its prefix. The table is analysed afterwards, as in 0012–0014.
"""

from django.db import migrations, models


def analyse(apps, schema_editor):
    schema_editor.execute("ANALYZE claims_claim")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0014_claim_id_filter_index"),
    ]

    operations = [
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
                models.F("rank"),
                models.F("unit"),
                models.F("status"),
                models.F("anchor"),
                models.F("high"),
                models.F("low"),
                models.F("corrected_high"),
                models.F("corrected_low"),
                name="claim_lookup_covering_idx",
            ),
        ),
        migrations.RemoveIndex(model_name="claim", name="claim_lookup_order_idx"),
        migrations.RunPython(analyse, migrations.RunPython.noop, elidable=False),
    ]
