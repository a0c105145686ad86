"""Shared fixtures: small database rows with keyword overrides, and a real Chromium for browser tests."""

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "seeds"
SEEDS_GOLD = REPO / "data" / "seeds_gold.jsonl"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's Chromium (a Playwright browser download is not possible everywhere).

    Without it the browser tests skip, saying how to install it; under CI=true they fail.
    """
    executable = find_chromium()
    if executable is None:
        message = "Chromium not found: install it with 'apt-get install chromium' (or set CHROMIUM=/path)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture
def artifacts() -> Path:
    """Return the folder where tests save screenshots for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def make_outlet(db):
    from corpus.models import Outlet

    def make(**overrides):
        fields = {"name": "The Example Times", "domain": "example.org"} | overrides
        return Outlet.objects.create(**fields)

    return make


@pytest.fixture
def make_document(db):
    from corpus.models import Document, hash_text

    def make(**overrides):
        text = overrides.pop("text", "Some 2,000 people were detained, officials said.")
        fields = {
            "source_name": f"article-{Document.objects.count() + 1}.txt",
            "title": "Detentions rise",
            "text": text,
            "content_hash": hash_text(text),
        } | overrides
        return Document.objects.create(**fields)

    return make


@pytest.fixture
def make_claim(db, make_document):
    from claims.models import Claim

    def make(**overrides):
        document = overrides.pop("document", None) or make_document()
        quote = overrides.pop("quote", "Some 2,000")
        start = overrides.pop("start", max(document.text.find(quote), 0))
        value = Decimal("2000")
        fields = {
            "document": document,
            "start": start,
            "end": start + len(quote),
            "quote": quote,
            "prefix": document.text[max(0, start - 32) : start],
            "suffix": document.text[start + len(quote) : start + len(quote) + 32],
            "low": value,
            "high": value,
            "qualifier": "approximate",
            "unit": "person",
            "noun": "people",
        } | overrides
        return Claim.objects.create(**fields)

    return make


@pytest.fixture
def make_figure(db):
    from claims.models import Figure

    def make(**overrides):
        fields = {"title": "People detained in China, 2023", "unit": "person"} | overrides
        return Figure.objects.create(**fields)

    return make


@pytest.fixture
def seed_corpus(db):
    """Ingest the five seed articles (stored and extracted; not cited, no figures suggested); return the report."""
    from claims.pipeline import ingest

    return ingest([SEEDS], citations=False, suggest=False)


@pytest.fixture
def editor(db):
    """Return a staff user in the editor group (password "correct horse battery")."""
    from django.contrib.auth import get_user_model

    from claims.permissions import ensure_editor_group

    user = get_user_model().objects.create_user("ed", "ed@example.org", "correct horse battery", is_staff=True)
    user.groups.add(ensure_editor_group())
    return user
