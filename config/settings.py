"""Tally's settings: one module, read from the environment.

The defaults run the SQLite demo. With ``DEBUG`` off, the secret key must be given and
secure cookies are on (``SECURE_COOKIES=false`` turns them off for plain-HTTP compose).

Every response carries a Content-Security-Policy (``SECURE_CSP``, Django's own middleware):
scripts only from this site and never inline (the one script, ``static/tally/copy.js``, is a
static file; ``<script type="application/ld+json">`` blocks are data, not script), styles
from this site and inline styles (the admin and the browsable API use style attributes), no
plugins, no framing, forms sent only to this site.

HTTPS in production, behind a proxy that terminates TLS and sets ``X-Forwarded-Proto``
(and drops any such header a client sends): ``SECURE_SSL_REDIRECT=true`` redirects plain
HTTP to HTTPS; ``SECURE_HSTS_SECONDS`` sends Strict-Transport-Security, after which browsers
refuse plain HTTP to the site for that long. Start with 3600 and raise it to 31536000 (a
year) once every page works over HTTPS; ``SECURE_HSTS_INCLUDE_SUBDOMAINS=true`` and
``SECURE_HSTS_PRELOAD=true`` extend it. Both are off by default because the demo and the
compose file serve plain HTTP, and HSTS cannot be taken back before it expires.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool) -> bool:
    """Return the boolean value of an environment variable ("1", "true", "yes", "on")."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    """Return a comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY, or DEBUG=true for a local demo.")
    SECRET_KEY = "insecure-local-demo-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "corpus",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run while an ingest writes; IMMEDIATE avoids lock upgrades failing mid-transaction.
    # Connections are kept (CONN_MAX_AGE) as on PostgreSQL: opening one and reading the schema cost
    # about 1.5 ms a request, and SQLite's page cache belongs to the connection, so a new one starts
    # cold. An idle connection holds no read transaction, so it never holds back a WAL checkpoint.
    # The file is read through mmap (up to SQLITE_MMAP_SIZE bytes) rather than a read() per page.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            f"PRAGMA mmap_size={int(os.environ.get('SQLITE_MMAP_SIZE', 2**30))};"
        ),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedStaticFilesStorage"
        )
    },
}
# Serve static files straight from the apps when collectstatic has not been run.
WHITENOISE_USE_FINDERS = True

LOGIN_URL = "admin:login"

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tally API",
    "DESCRIPTION": "Read-only access to documents, numeric claims and figures.",
    "VERSION": "1",
    # Every qualifier field (extracted, corrected, accepted) shares one choice set; every conflict
    # field (a claim's on its figure and on its suggestion, a figure's) another.
    "ENUM_NAME_OVERRIDES": {"QualifierEnum": "claims.models.Qualifier", "ConflictEnum": "claims.models.Conflict"},
}

# Ingestion: "inline" runs in the calling process; "celery" sends each document to the workers.
TALLY_INGEST_BACKEND = os.environ.get("TALLY_INGEST_BACKEND", "inline")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://127.0.0.1:6379/1")
TALLY_INGEST_QUEUE = os.environ.get("TALLY_INGEST_QUEUE") or None
TALLY_INGEST_TASK_TIMEOUT = float(os.environ.get("TALLY_INGEST_TASK_TIMEOUT", "600"))
# Fetching URLs: unset values fall back to the fetcher's defaults (20 s, 10 MB, 5 redirects).
TALLY_FETCH_TIMEOUT = float(os.environ["TALLY_FETCH_TIMEOUT"]) if "TALLY_FETCH_TIMEOUT" in os.environ else None
TALLY_FETCH_MAX_BYTES = int(os.environ["TALLY_FETCH_MAX_BYTES"]) if "TALLY_FETCH_MAX_BYTES" in os.environ else None
TALLY_FETCH_MAX_REDIRECTS = (
    int(os.environ["TALLY_FETCH_MAX_REDIRECTS"]) if "TALLY_FETCH_MAX_REDIRECTS" in os.environ else None
)
TALLY_FETCH_USER_AGENT = os.environ.get("TALLY_FETCH_USER_AGENT") or None
# Fetch from loopback, private, link-local and other non-public addresses (off: an ingest of a URL
# could otherwise read an internal page and publish it). Read at each fetch.
TALLY_FETCH_ALLOW_PRIVATE = env_flag("TALLY_FETCH_ALLOW_PRIVATE", False)
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_flag("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_flag("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
