"""Issue 13, item 6 (the deadline): the fetch timeout bounds a whole fetch, and the size limit a streamed page.

A server that drips one byte at a time answers every read quickly; before, it held ingest far past
the limit (123 s under 20 s). Ingest through the one pipeline, with the settings an operator sets.
"""

import time

import pytest

from claims.ingest import FAILED
from claims.pipeline import ingest
from corpus.models import Document
from tests.corpus.pages import DRIP_BYTES, DRIP_SECONDS, serve_pages


@pytest.fixture(scope="module")
def local_pages():
    with serve_pages() as server:
        yield server


@pytest.mark.django_db
def test_a_dripping_server_is_cut_at_the_deadline(local_pages, settings):
    """Issue 13, item 6: TALLY_FETCH_TIMEOUT=1 ends a page that would take 6 s; the URL fails, nothing is stored."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = True  # the test server is on 127.0.0.1
    settings.TALLY_FETCH_TIMEOUT = 1
    assert DRIP_BYTES * DRIP_SECONDS >= 6
    started = time.monotonic()
    report = ingest([local_pages.url("/drip")])
    took = time.monotonic() - started
    [outcome] = report.outcomes
    assert outcome.status == FAILED and "timed out after 1 s" in outcome.message
    assert took < 4, f"ingest took {took:.1f} s under a 1 s deadline"
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_page_streamed_past_the_size_limit_is_refused(local_pages, settings):
    """Issue 13, item 6: a page sent without a length is read only up to TALLY_FETCH_MAX_BYTES, then refused."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    settings.TALLY_FETCH_MAX_BYTES = 1024 * 1024
    report = ingest([local_pages.url("/huge.html")])
    [outcome] = report.outcomes
    assert outcome.status == FAILED and "page too large (more than 1048576 bytes; stopped reading)" in outcome.message
    assert not Document.objects.exists()
