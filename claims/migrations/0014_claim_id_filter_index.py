"""The columns a search's filters test, keyed by id, so SQLite tests a full-text match without reading its row.

A citation lookup's count (capped at 10,001) finds a common word's matches through the full-text
index and tests each for unit, value, review status and anchor: at 1 M claims, some 50,000 claim
rows for "detained" with ``unit=person&value=500``. Read from this index instead, each test
touches a few narrow pages: that count took about 50 ms of CPU in SQLite's shell, 30–33 ms with
this index (docs/scale.md, third pass). The tables are analysed
afterwards, as in 0012 and 0013, so SQLite's planner knows the index.
"""

from django.db import migrations, models


def analyse(apps, schema_editor):
    schema_editor.execute("ANALYZE claims_claim")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_interval_index_highest_first"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["id", "unit", "status", "anchor", "high", "low", "corrected_high", "corrected_low"],
                name="claim_id_filter_idx",
            ),
        ),
        migrations.RunPython(analyse, migrations.RunPython.noop, elidable=False),
    ]
