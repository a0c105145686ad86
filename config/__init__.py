"""Tally's Django project; importing it makes the Celery app the default one for ``@shared_task``."""

from .celery import app as celery_app

__all__ = ["celery_app"]
