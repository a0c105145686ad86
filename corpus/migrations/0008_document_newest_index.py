"""Documents newest first from one index on SQLite: (published, id) replaces the index on published alone.

Every list of documents (the home page, search results, their keyset pages) is ordered by
publication date with undated documents last, then id, both descending. SQLite sorts nulls
first going up, so walking this index backwards gives exactly that order. PostgreSQL walks
claims migration 0002's ``document_newest_idx`` (published DESC NULLS LAST, id DESC), whose
nulls order SQLite's index syntax does not accept.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("corpus", "0007_document_fulltext"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="document",
            name="document_published_idx",
        ),
        migrations.AddIndex(
            model_name="document",
            index=models.Index(fields=["published", "id"], name="document_published_id_idx"),
        ),
    ]
