"""Settings read the environment; production defaults are safe."""

import os
import subprocess
import sys

from tests.conftest import REPO


def read_settings(env: dict[str, str], expression: str) -> str:
    """Return ``expression`` evaluated on config.settings imported fresh under ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}}
    result = subprocess.run(
        [sys.executable, "-c", f"import config.settings as s; print({expression})"],
        cwd=REPO,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return (result.stdout + result.stderr).strip()


def test_production_refuses_to_start_without_a_secret_key():
    assert "Set SECRET_KEY" in read_settings({}, "s.DEBUG")


def test_production_defaults_are_safe():
    output = read_settings(
        {"SECRET_KEY": "x" * 50}, "(s.DEBUG, s.ALLOWED_HOSTS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    )
    assert output == "(False, [], True, True)"


def test_debug_demo_runs_without_configuration():
    output = read_settings({"DEBUG": "true"}, "(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'])")
    assert output == "(True, ['127.0.0.1', 'localhost'], 'django.db.backends.sqlite3')"


def test_database_url_selects_postgresql():
    output = read_settings(
        {"DEBUG": "true", "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/tally", "ALLOWED_HOSTS": "news.example"},
        "(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], s.ALLOWED_HOSTS)",
    )
    assert output == "('django.db.backends.postgresql', 'tally', ['news.example'])"
