"""Issue 13, item 13: a Content-Security-Policy without inline script, HTTPS settings, compose needs SECRET_KEY, true limits."""

import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from tests.config.test_settings import read_settings
from tests.conftest import REPO

DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def policy(response) -> dict[str, list[str]]:
    """Return a response's Content-Security-Policy as directive -> sources."""
    header = response.headers.get("Content-Security-Policy", "")
    directives = (part.split() for part in header.split(";") if part.strip())
    return {words[0]: words[1:] for words in directives}


class InlineScripts(HTMLParser):
    """Collect the inline scripts and inline event handlers a page would run."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src") and attributes.get("type") not in DATA_SCRIPT_TYPES:
            self.found.append(f"<script {attrs}>")
        self.found += [f"{tag} {name}=" for name, _ in attrs if name.startswith("on")]
        self.found += [
            f"{tag} {name}=javascript:"
            for name, value in attrs
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith("javascript:")
        ]


@pytest.fixture
def public_urls(make_document, make_claim, make_figure, editor):
    document = make_document(
        text="Floods\n\nAs many as 2,000 people were moved, officials said.", url="https://example.org/floods"
    )
    figure = make_figure(
        status="reconciled",
        accepted_low=None,
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        reconciled_by=editor,
    )
    claim = make_claim(
        document=document, quote="As many as 2,000", low=None, high=Decimal(2000), qualifier="at_most", figure=figure
    )
    return [
        "/",
        document.get_absolute_url(),
        claim.get_absolute_url(),
        figure.get_absolute_url(),
        "/search/?q=moved",
        "/citations/?value=2000&q=moved",
        "/lexicon/",
        "/downloads/claims.csv",
        "/api/",
        "/api/claims/",
        "/api/schema/",
        "/admin/login/",
        "/no-such-page/",
    ]


@pytest.mark.django_db
def test_every_public_page_has_a_policy_without_inline_script(client, public_urls):
    """Issue 13, item 13: every page answers with a CSP whose scripts come from this site only, never inline."""
    for url in public_urls:
        response = client.get(url, HTTP_ACCEPT="text/html")
        directives = policy(response)
        scripts = directives.get("script-src", directives.get("default-src"))
        assert scripts == ["'self'"], (url, response.headers.get("Content-Security-Policy"))
        assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"], url
        assert directives["base-uri"] == ["'none'"], url


@pytest.mark.django_db
def test_pages_carry_no_inline_script_for_the_policy_to_block(client, public_urls, make_document):
    """Issue 13, item 13: no page relies on an inline script or handler (JSON-LD data blocks are not scripts)."""
    from corpus.models import Document

    citations = Document.objects.first()
    for url in [*public_urls, "/citations/?value=2000", citations.get_absolute_url()]:
        response = client.get(url, HTTP_ACCEPT="text/html")
        if "text/html" not in response.headers.get("Content-Type", ""):
            continue
        parser = InlineScripts()
        parser.feed(b"".join(response.streaming_content).decode() if response.streaming else response.content.decode())
        assert parser.found == [], url


@pytest.mark.django_db
def test_copy_script_is_a_static_file(client):
    """Issue 13, item 13: the copy-citation script is served as a static file (by whitenoise in production)."""
    response = client.get("/static/tally/copy.js")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"navigator.clipboard" in body


def test_https_settings_are_off_by_default_and_set_from_the_environment():
    """Issue 13, item 13: HSTS and the SSL redirect are documented and switched on by environment in production."""
    expression = (
        "(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )
    assert read_settings({"SECRET_KEY": "x" * 50}, expression) == "(False, 0, False, False)"
    production = {
        "SECRET_KEY": "x" * 50,
        "SECURE_SSL_REDIRECT": "true",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "SECURE_HSTS_PRELOAD": "true",
    }
    assert read_settings(production, expression) == "(True, 31536000, True, True)"
    docs = read_settings({"DEBUG": "true"}, "s.__doc__")
    for word in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "Content-Security-Policy", "X-Forwarded-Proto"):
        assert word in docs


def test_compose_file_demands_a_secret_key():
    """Issue 13, item 13: docker-compose.yml has no default SECRET_KEY; it refuses to start without one."""
    compose = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    uses = re.findall(r"\$\{SECRET_KEY([^}]*)\}", compose)
    assert uses and all(use.startswith(":?") for use in uses), uses


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose is not installed")
def test_docker_compose_config_fails_without_secret_key_and_passes_with_one():
    """Issue 13, item 13: `docker-compose config` (offline) refuses the file without SECRET_KEY."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    run = lambda extra: subprocess.run(  # noqa: E731
        ["docker-compose", "-f", str(REPO / "docker-compose.yml"), "config", "-q"],
        env=env | extra,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    missing = run({})
    assert missing.returncode != 0 and "SECRET_KEY" in missing.stderr
    assert run({"SECRET_KEY": "x" * 50}).returncode == 0


def test_file_and_page_size_limits_are_what_the_errors_say(tmp_path):
    """Issue 13, item 13: a file may be 20 MiB (20,971,520 bytes) and a fetched page 10 MiB; one byte more fails."""
    from corpus import fetching
    from corpus.reading import MAX_FILE_BYTES, ReadError, read_file_bytes

    assert (MAX_FILE_BYTES, fetching.MAX_BYTES) == (20 * 1024 * 1024, 10 * 1024 * 1024)
    path = tmp_path / "big.txt"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES)
    assert len(read_file_bytes(path)) == MAX_FILE_BYTES
    with path.open("ab") as file:
        file.write(b"x")
    with pytest.raises(ReadError, match=r"too large \(20971521 bytes; the limit is 20971520\)"):
        read_file_bytes(path)
