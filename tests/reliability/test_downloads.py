"""Issue 13, item 5: downloads stream by keyset pagination and never end cut without saying so."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

import claims.downloads
from claims.downloads import Slots
from claims.exporting import claim_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_claims(make_document, make_claim):
    """Make ``n`` claims over two documents, in an id order that is not the document order."""

    def make(n):
        first, second = make_document(text="x " * 40), make_document(text="y " * 40)
        return [
            make_claim(document=(second, first)[i % 2], quote="x", start=i % 40 * 2, low=Decimal(i), high=Decimal(i)).pk
            for i in range(n)
        ]

    return make


def received(response) -> tuple[str, BaseException | None]:
    """Read a streamed body as a client does: what arrived, and the error that ended it, if one did."""
    parts = []
    try:
        for part in response.streaming_content:
            parts.append(part)
    except DatabaseError as error:
        return b"".join(parts).decode(), error
    return b"".join(parts).decode(), None


def test_a_download_of_many_chunks_is_complete_in_id_order_with_its_trailer(client, many_claims, monkeypatch):
    """Issue 13, item 5: every row of a download longer than one chunk arrives, in id order, then the trailer."""
    monkeypatch.setattr(claims.downloads, "CHUNK", 7)
    ids = many_claims(30)
    response = client.get("/downloads/claims.csv")
    body, error = received(response)
    assert error is None and "X-Row-Count" not in response and "complete" in response["X-Download-Trailer"]
    lines = body.splitlines()
    assert lines[-1] == "# complete: 30 rows"
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[:-1]))))
    assert [int(row["claim"]) for row in rows] == sorted(ids)
    data = json.loads(received(client.get("/downloads/claims.json"))[0])
    assert data["complete"] is True and data["count"] == 30
    assert [row["claim"] for row in data["rows"]] == sorted(ids)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_download_cut_by_an_error_mid_stream_is_detectably_incomplete(client, many_claims, monkeypatch, fmt):
    """Issue 13, item 5: a row that fails after the first chunks leaves a CSV marked incomplete, a JSON that does not parse."""
    monkeypatch.setattr(claims.downloads, "CHUNK", 5)
    ids = many_claims(20)
    broken = sorted(ids)[12]

    def failing_row(claim):
        if claim.pk == broken:
            raise DatabaseError("the row could not be read")
        return claim_row(claim)

    monkeypatch.setattr(claims.downloads, "claim_row", failing_row)
    response = client.get(f"/downloads/claims.{fmt}")
    assert response.status_code == 200  # the status went out before the error: only the body can tell
    body, error = received(response)
    assert error is not None and "# complete:" not in body
    if fmt == "csv":
        assert body.splitlines()[-1] == "# incomplete: stopped by an error after 10 rows"
        assert len(body.splitlines()) == 1 + 10 + 1  # header, the rows of the whole chunks, the marker
    else:
        assert '"claim": ' in body
        with pytest.raises(json.JSONDecodeError):
            json.loads(body)


def test_a_download_cut_by_a_table_gone_mid_stream_is_detectably_incomplete(client, many_claims, monkeypatch):
    """Issue 13, item 5: the database failing between two chunks (the claims table gone) ends the CSV marked cut."""
    monkeypatch.setattr(claims.downloads, "CHUNK", 5)
    many_claims(12)
    response = client.get("/downloads/claims.csv")
    stream = iter(response.streaming_content)
    first = next(stream).decode()  # the header and the first chunk are written when the second is read
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE claims_claim RENAME TO claims_claim_gone")
    with pytest.raises(DatabaseError):
        for part in stream:
            first += part.decode()
    assert first.splitlines()[-1].startswith("# incomplete:") and "# complete:" not in first


@pytest.mark.parametrize("kind", ["claims", "documents", "figures"])
def test_a_download_runs_one_query_per_chunk(client, many_claims, make_figure, monkeypatch, kind):
    """Issue 13, item 5: queries grow with chunks, not rows: one keyset query (``id > last``, no OFFSET) per chunk."""
    monkeypatch.setattr(claims.downloads, "CHUNK", 2)
    many_claims(9)  # 9 claims over 2 documents
    for _ in range(5):
        make_figure()
    rows = {"claims": 9, "documents": 2, "figures": 5}[kind]
    with CaptureQueriesContext(connection) as queries:
        body, error = received(client.get(f"/downloads/{kind}.csv"))
    assert error is None and body.endswith(f"# complete: {rows} rows\n")
    selects = [query["sql"] for query in queries.captured_queries if query["sql"].lstrip().startswith("SELECT")]
    assert len(selects) == rows // 2 + 1
    assert all("OFFSET" not in sql.upper() for sql in selects)
    assert all('"id" >' in sql for sql in selects[1:])


def test_downloads_beyond_the_per_process_cap_are_refused_with_retry_after(client, make_claim, monkeypatch):
    """Issue 13, item 5: a process sends at most its cap of downloads at once; the next is told when to come back."""
    make_claim()
    monkeypatch.setattr(claims.downloads, "slots", Slots(2))
    first, second = client.get("/downloads/claims.csv"), client.get("/downloads/claims.json")
    busy = client.get("/downloads/claims.csv")
    assert (first.status_code, second.status_code, busy.status_code) == (200, 200, 503)
    assert int(busy["Retry-After"]) > 0
    received(first)  # read to the end: the slot is given back
    again = client.get("/downloads/claims.csv")
    assert again.status_code == 200 and received(again)[0].endswith("# complete: 1 rows\n")


def run_settings(name: str) -> dict:
    """Return the names a gunicorn settings file defines, as gunicorn reads it (executed as Python)."""
    from tests.conftest import REPO

    found: dict = {}
    exec(compile((REPO / "config" / name).read_text(encoding="utf-8"), name, "exec"), found)
    return found


@pytest.mark.django_db(False)
def test_downloads_are_served_by_a_pool_of_their_own():
    """Issue 13, item 5: compose routes /downloads/ to its own gunicorn pool; pages never share a process with one."""
    import re

    from tests.conftest import REPO

    compose = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    nginx = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert "gunicorn -c config/gunicorn_pages.py" in compose and "gunicorn -c config/gunicorn_downloads.py" in compose
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf" in compose
    routes = dict(re.findall(r"location (\S+) \{\s*proxy_pass http://(\w+);", nginx))
    assert routes == {"/downloads/": "downloads", "/": "pages"}
    assert "server downloads:8000;" in nginx and "server web:8000;" in nginx
    assert re.search(r"location /downloads/ \{[^}]*proxy_buffering off;", nginx)
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert 'CMD ["gunicorn", "-c", "config/gunicorn_pages.py"]' in dockerfile


@pytest.mark.django_db(False)
def test_the_downloads_pool_runs_at_a_lower_priority_with_a_thread_to_refuse(monkeypatch):
    """Issue 13, item 5: the downloads pool lowers its CPU priority and keeps a thread past its download slots."""
    import os

    pages, downloads = run_settings("gunicorn_pages.py"), run_settings("gunicorn_downloads.py")
    for pool in (pages, downloads):
        assert (pool["wsgi_app"], pool["worker_class"]) == ("config.wsgi", "gthread")
    from claims.downloads import slots

    assert downloads["threads"] == slots.size + 1  # a process's downloads, and one thread to answer 503
    niced = []
    monkeypatch.setattr(os, "nice", niced.append)
    downloads["on_starting"](None)
    assert niced == [downloads["NICENESS"]] and downloads["NICENESS"] > 0
    assert "on_starting" not in pages
