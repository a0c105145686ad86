"""PostgreSQL's search window (claims migration 0016): a search's newest page and its count read from a partial
full-text index over the newest claims. What a reader sees is the same on both databases: every match, newest
first, and a count that says when it is an estimate; the window is moved by a command as claims arrive."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.paging import CappedPaginator
from claims.search import WINDOW_BOUNDS, drop_window, move_window, read_window

pytestmark = pytest.mark.django_db


@pytest.fixture
def detained_and_released(make_document, make_claim):
    """Forty claims in id order, every other one of people detained (20), the rest of people released."""
    detained = make_document(text="Some 2,000 people were detained.")
    released = make_document(text="Some 2,000 people were released.")
    return [make_claim(document=detained if i % 2 == 0 else released).pk for i in range(40)]


@pytest.fixture
def window(monkeypatch):
    """A window over the newest ten claim ids (on PostgreSQL; SQLite has none); the test's transaction takes the index
    back afterwards, and the bound the process knew is restored."""
    monkeypatch.setattr("claims.search.WINDOW_SPAN", 10)
    monkeypatch.setattr("claims.search.WINDOW_STEP", 1)
    monkeypatch.setattr(CappedPaginator, "floor", 2)
    known = dict(WINDOW_BOUNDS)
    yield move_window
    WINDOW_BOUNDS.clear()
    WINDOW_BOUNDS.update(known)


def every_page(client, url, **params):
    """Return the ids of every page of an API list, following its next links, and the first page's body."""
    first = body = client.get(url, params).json()
    ids = [row["id"] for row in body["results"]]
    while body["next"]:
        body = client.get(body["next"]).json()
        ids += [row["id"] for row in body["results"]]
    return ids, first


def test_a_search_through_the_window_finds_every_match_newest_first(client, detained_and_released, window, monkeypatch):
    from claims.api import KeysetPagination

    monkeypatch.setattr(KeysetPagination, "page_size", 3)
    window()
    ids, _ = every_page(client, "/api/claims/", q="detained")
    assert ids == sorted(detained_and_released[::2], reverse=True)
    drop_window()
    assert every_page(client, "/api/claims/", q="detained")[0] == ids  # the same without a window
    # Walking back from a deep page gives the same pages in the same order.
    window()
    body = client.get("/api/claims/", {"q": "detained"}).json()
    second = client.get(body["next"]).json()
    assert client.get(second["previous"]).json()["results"] == body["results"]


def test_the_first_page_is_read_from_the_window_and_counted_from_it_as_an_estimate(
    client, detained_and_released, window, monkeypatch
):
    from claims.api import KeysetPagination

    monkeypatch.setattr(KeysetPagination, "page_size", 3)
    window()
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/api/claims/", {"q": "detained"}).json()
    assert [row["id"] for row in body["results"]] == sorted(detained_and_released[::2], reverse=True)[:3]
    if connection.vendor == "postgresql":
        # Five matches among the newest ten ids of forty: about 20, said to be an estimate.
        assert (body["count"], body["count_exact"]) == (20, False)
        assert any("UNION ALL" in query["sql"] for query in queries.captured_queries)
    else:  # SQLite counts from its own sample of the full-text index, here every id
        assert (body["count"], body["count_exact"]) == (20, True)
    # The search page, which does not count its claims, reads its newest page from the window too.
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/search/", {"q": "detained"}).content.decode()
    newest = max(detained_and_released[::2])
    assert f"/claims/{newest}/" in html
    assert any("UNION ALL" in query["sql"] for query in queries.captured_queries) == (connection.vendor == "postgresql")


def test_a_window_holding_too_few_matches_to_scale_counts_them_all(client, detained_and_released, window, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "floor", 6)  # five in the window: counted in full
    window()
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (20, True, 20)


def test_a_window_holding_more_than_the_limit_says_more_than(client, detained_and_released, window, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "limit", 4)
    window()
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (4, False, 20)


def test_a_first_page_holding_every_match_makes_the_windows_estimate_exact(client, make_document, make_claim, window):
    detained = make_document(text="Some 2,000 people were detained.")
    released = make_document(text="Some 2,000 people were released.")
    [make_claim(document=detained if i in (30, 33, 36) else released) for i in range(40)]
    window()  # three matches among the newest ten of forty ids would be "about 12"
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (3, True, 3)


def test_the_command_moves_the_window_as_claims_arrive_and_searches_follow_it(
    client, detained_and_released, window, make_document, make_claim
):
    from claims.models import Claim

    if connection.vendor != "postgresql":
        call_command("move_search_window", verbosity=0)  # nothing to do
        assert WINDOW_BOUNDS.get("default") is None
        pytest.skip("SQLite's full-text index is read newest first by id: it has no window")
    window()
    first = WINDOW_BOUNDS["default"]
    assert first == max(detained_and_released) - 10
    later = make_document(text="Some 2,000 people were detained.")
    newest = [make_claim(document=later).pk for _ in range(12)]
    call_command("move_search_window", verbosity=0)
    moved = WINDOW_BOUNDS["default"]
    assert moved == max(newest) - 10 > first
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'claim_search_window_gin'")
        assert f"(id > {moved})" in cursor.fetchone()[0]
    WINDOW_BOUNDS.clear()
    read_window()  # as a connection opens
    assert WINDOW_BOUNDS["default"] == moved
    WINDOW_BOUNDS["default"] = first  # another process, which read the window before it moved
    ids, _ = every_page(client, "/api/claims/", q="detained")
    assert ids == sorted(detained_and_released[::2] + newest, reverse=True)
    assert WINDOW_BOUNDS["default"] == moved  # read back from the index by the search's count
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/claims/", {"q": "detained"})
    assert any(f'"id" > {moved}' in query["sql"] for query in queries.captured_queries)
    assert Claim.objects.count() == 52


def test_queries_per_page_are_the_same_through_the_window(client, detained_and_released, window, monkeypatch):
    from claims.api import KeysetPagination

    monkeypatch.setattr(KeysetPagination, "page_size", 2)
    window()
    first = client.get("/api/claims/", {"q": "detained"}).json()
    deep = first["next"]
    for _ in range(6):  # past the window's matches, into the older claims
        deep = client.get(deep).json()["next"]
    counts = []
    for url in ("/api/claims/?q=detained", deep, "/search/?q=detained"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == 3
    drop_window()
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/?q=detained")
    assert len(queries) == counts[2]  # the HTML search page, with and without a window


def test_an_ingest_moves_the_window_over_the_claims_it_stored(detained_and_released, window, tmp_path):
    from claims.pipeline import ingest
    from corpus.reading import iter_source_files

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's full-text index is read newest first by id: it has no window")
    window()
    first = WINDOW_BOUNDS["default"]
    article = tmp_path / "detentions.txt"
    article.write_text(
        "Detentions rise\n\n" + " ".join(f"Police said {n} people were detained." for n in range(11, 40))
    )
    report = ingest(iter_source_files([article]), backend="inline", citations=False, suggest=False)
    from claims.models import Claim

    newest = Claim.objects.filter(document_id__in=report.changed_document_ids).order_by("-id").first().pk
    assert WINDOW_BOUNDS["default"] == newest - 10 > first
