"""The Celery path against a real broker: a worker in a thread stores what in-process ingest would.

Redis (127.0.0.1:6379) and RabbitMQ (127.0.0.1:5672, guest/guest) are tried; a broker that
is down skips its tests with a message, except under CI=true where it fails them. Each run
uses its own queue, so workers started by anyone else never take these tasks.
"""

import os
import uuid

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import claims.tasks  # noqa: F401 - defines the shared tasks before the test apps are made
from claims.citations import load_stored
from claims.ingest import DUPLICATE, FAILED, INGESTED
from claims.models import Claim
from claims.pipeline import ingest
from corpus.models import Document
from tests.corpus.pages import article_html, serve_pages

BROKERS = {
    "redis": ("redis://127.0.0.1:6379/14", "redis://127.0.0.1:6379/14"),
    "rabbitmq": ("amqp://guest:guest@127.0.0.1:5672//", "rpc://"),
}
FERRY = "Ferry season opens\n\nHarbour officials counted some 2,000 ferry passengers and 54 local businesses."


def broker_is_up(url):
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=2) as connection:
            connection.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


@pytest.fixture(scope="module", params=sorted(BROKERS))
def celery_app(request):
    """Start a real Celery worker in a thread on one broker; yield the app it serves.

    A fresh app per broker (configured from the Django settings like the real one) is made
    the current app, so the shared ingest task sends through it.
    """
    from celery import Celery
    from celery.contrib.testing.worker import start_worker

    from config.celery import app as project_app

    broker, backend = BROKERS[request.param]
    if not broker_is_up(broker):
        message = f"{request.param} broker not reachable at {broker}: start it to test the Celery path"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    queue = f"tally-test-{uuid.uuid4().hex[:8]}"
    app = Celery("tally-test", set_as_current=True)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=broker, result_backend=backend, broker_connection_retry_on_startup=False)
    app.set_default()
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, queues=[queue], shutdown_timeout=30):
            yield app, queue
    finally:
        app.close()
        project_app.set_current()
        project_app.set_default()


@pytest.fixture
def celery_worker(celery_app, settings):
    """Send this test's ingest tasks to the running worker's own queue."""
    app, queue = celery_app
    settings.TALLY_INGEST_QUEUE = queue
    settings.TALLY_INGEST_TASK_TIMEOUT = 60
    return app


@pytest.mark.django_db(transaction=True)
def test_files_ingested_on_a_worker_match_in_process_ingest(celery_worker, tmp_path):
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.html").write_text(article_html(), encoding="utf-8")
    (tmp_path / "d.txt").write_text(FERRY, encoding="utf-8")
    report = ingest([tmp_path], backend="celery", batch_size=2, citations=False, suggest=False)
    assert [(o.source, o.status) for o in report.outcomes] == [
        ("a.txt", INGESTED),
        ("b.txt", FAILED),
        ("c.html", INGESTED),
        ("d.txt", DUPLICATE),
    ]
    assert "b.txt: binary file" in report.failures[0].message
    stored = {d.source_name: d for d in Document.objects.all()}
    assert set(stored) == {"a.txt", "c.html"}
    assert stored["c.html"].outlet.name == "The Harbour Gazette"
    assert report.claims == Claim.objects.count() > 3
    for claim in Claim.objects.select_related("document"):
        assert claim.document.text[claim.start : claim.end] == claim.quote


@pytest.mark.django_db(transaction=True)
def test_urls_are_fetched_by_the_worker(celery_worker, settings):
    settings.TALLY_FETCH_ALLOW_PRIVATE = True  # the pages are served on 127.0.0.1
    with serve_pages() as server:
        report = ingest([server.url("/article.html"), server.url("/image.png")], backend="celery", suggest=False)
    assert [o.status for o in report.outcomes] == [INGESTED, FAILED]
    assert "not an HTML page" in report.outcomes[1].message
    assert Document.objects.get().url == "https://harbour.example.org/news/ferry-season"
    assert report.cited == 1 and load_stored(Document.objects.get().citations)["apa"]


@pytest.mark.django_db(transaction=True)
def test_ingest_command_uses_workers_when_the_setting_says_celery(celery_worker, settings, tmp_path, capsys):
    settings.TALLY_INGEST_BACKEND = "celery"
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path))
    assert "1 ingested, 0 updated, 0 skipped as duplicates, 1 failed" in capsys.readouterr().out
    assert Document.objects.get().source_name == "a.txt"


@pytest.mark.django_db(transaction=True)
def test_workers_cite_and_suggest_like_in_process_ingest(celery_worker, tmp_path):
    (tmp_path / "first.txt").write_text(
        "Floods\n\nAs many as 2,000 people were evacuated from the valley, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "second.txt").write_text(
        "Floods\n\nSome 2,000 people were evacuated from the valley on Monday.\n", encoding="utf-8"
    )
    report = ingest([tmp_path], backend="celery", batch_size=1)
    assert report.count(INGESTED) == 2 and report.cited == 2 and report.suggested == 1 and not report.notes
    assert all("Floods" in load_stored(d.citations)["apa"] for d in Document.objects.all())
    evacuated = Claim.objects.filter(unit="person")
    assert evacuated.count() == 2 and len({c.suggested_figure_id for c in evacuated}) == 1
    assert evacuated.first().suggested_figure_id is not None


def test_article_survives_a_task_message():
    import datetime
    import json

    from claims.pipeline import article_from_payload, article_to_payload
    from corpus.reading import Article

    article = Article(
        "a.html",
        "Some\u00a02,000 “said”",
        title="T",
        published=datetime.date(2024, 5, 3),
        published_precision="day",
        url="https://x.example/a",
        outlet_name="X",
        outlet_domain="x.example",
    )
    assert article_from_payload(json.loads(json.dumps(article_to_payload(article)))) == article
