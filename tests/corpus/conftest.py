import pytest

from tests.corpus.pages import serve_pages


@pytest.fixture(scope="session")
def local_pages():
    """Serve the test pages on 127.0.0.1 for the whole session."""
    with serve_pages() as server:
        yield server


@pytest.fixture
def page_server(local_pages, settings):
    """The local test pages, with fetching from loopback allowed: the tests opt in as a deployment would."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    return local_pages
