"""The Celery app: ingestion tasks on workers, configured from Django's settings (``CELERY_*``).

Start a worker with ``celery -A config worker``; set ``TALLY_INGEST_BACKEND=celery`` for
``manage.py ingest`` to send its work there.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("tally")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
