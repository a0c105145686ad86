"""The ingest pipeline: one owner of store, cite and suggest, for every caller, inline or on workers."""

import pytest

from claims import pipeline
from claims.citations import load_stored
from claims.ingest import IngestReport
from claims.models import Claim
from corpus.models import Document
from tests.conftest import REPO
from tests.corpus.test_boundaries import imported_modules

FIRST = "Floods\n\nAs many as 2,000 people were evacuated from the valley, officials said.\n"
SECOND = "Floods\n\nSome 2,000 people were evacuated from the valley on Monday.\n"


@pytest.mark.django_db
def test_ingest_stores_cites_and_suggests(tmp_path):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    report = pipeline.ingest([tmp_path], batch_size=1)
    assert report.count("ingested") == 2 and report.cited == 2 and report.suggested == 1
    assert all("Floods" in load_stored(document.citations)["apa"] for document in Document.objects.all())
    assert len(set(Claim.objects.filter(unit="person").values_list("suggested_figure", flat=True))) == 1


@pytest.mark.django_db
def test_stages_can_be_turned_off(tmp_path):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    report = pipeline.ingest([tmp_path], citations=False, suggest=False)
    assert (report.cited, report.suggested) == (0, None)
    assert Document.objects.get().citations in ("", None)
    assert not Claim.objects.filter(suggested_figure__isnull=False).exists()


@pytest.mark.django_db
def test_nothing_new_is_neither_cited_nor_suggested(tmp_path):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    pipeline.ingest([tmp_path])
    again = pipeline.ingest([tmp_path])
    assert again.count("duplicate") == 1 and (again.cited, again.suggested) == (0, None)


def test_the_backend_setting_is_read_at_each_call(settings, monkeypatch):
    sent = []

    def on_workers(sources, on_outcome=None, *, batch_size, citations):
        sent.append((list(sources), citations))
        return IngestReport()

    monkeypatch.setattr(pipeline, "ingest_on_workers", on_workers)
    settings.TALLY_INGEST_BACKEND = "celery"
    pipeline.ingest(["https://example.org/a"], suggest=False)
    assert sent == [(["https://example.org/a"], True)]
    settings.TALLY_INGEST_BACKEND = "carrier pigeon"
    with pytest.raises(ValueError, match="unknown TALLY_INGEST_BACKEND 'carrier pigeon'"):
        pipeline.ingest([])


def test_ingest_and_tasks_import_no_cycle():
    assert {"claims.tasks", "claims.pipeline"}.isdisjoint(imported_modules(REPO / "claims" / "ingest.py"))
    assert "claims.tasks" not in imported_modules(REPO / "claims" / "pipeline.py")


@pytest.mark.parametrize(
    "caller",
    [
        "claims/management/commands/ingest.py",
        "claims/management/commands/setup_demo.py",
        "claims/tasks.py",
        "bench/ingest.py",
        "bench/figures.py",
    ],
)
def test_every_caller_goes_through_the_pipeline(caller):
    assert "claims.pipeline" in imported_modules(REPO / caller)
