"""A pytest plugin loaded before Django starts: the environment every test run needs.

Loaded with ``-p tests.environment`` (see pyproject.toml) because pytest-django sets up
Django before any conftest.py is read.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
# Playwright's sync API runs an event loop in the test thread; the ORM calls beside it are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
