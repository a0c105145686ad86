import pytest

from tests.corpus.pages import serve_pages


@pytest.fixture(scope="session")
def page_server():
    """Serve the test pages on 127.0.0.1 for the whole session."""
    with serve_pages() as server:
        yield server
