"""Re-reading stored documents (``manage.py reextract``): editor decisions stay, changes are recorded, twice is once."""

import dataclasses
import io
import sys
from decimal import Decimal

import pytest
from django.core.management import call_command

from claims import extraction
from claims.models import Claim, ReadingChange, ReviewStatus
from claims.pipeline import ingest
from claims.rereading import reextract_documents
from corpus.models import Document

FERRY = (
    "Ferry season opens\n\n"
    "Harbour officials counted some 2,000 ferry passengers on the first weekend, the port authority said.\n\n"
    "As many as 300 volunteers helped at the piers, and 54 local businesses stayed open late.\n\n"
    "The operator will add two boats in July."
)
NEW_LEXICON = "2+test"


@pytest.fixture
def ferry(tmp_path):
    """Store the ferry article as today's extractor reads it; return its claims by quote."""
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    ingest([tmp_path], citations=False, suggest=False)
    return {claim.quote: claim for claim in Claim.objects.all()}


@pytest.fixture
def new_extractor(monkeypatch):
    """Swap in an extractor that reads the ferry article differently, under a new lexicon version.

    It reads "some 2,000" as ferry passengers (new unit), "As many as 300" as at most 350,
    no longer reads "54", and newly reads "July".
    """
    real = extraction.extract_claims

    def extract(text, published=None):
        found = []
        for claim in real(text, published):
            if claim.quote == "some 2,000":
                found.append(dataclasses.replace(claim, unit="passenger", rule="hedge:some (new)"))
            elif claim.quote == "As many as 300":
                found.append(dataclasses.replace(claim, high=Decimal(350)))
            elif claim.quote != "54":
                found.append(claim)
        start = text.find("July")
        if start >= 0:
            found.append(
                dataclasses.replace(
                    real("54 boats")[0],
                    start=start,
                    end=start + 4,
                    quote="July",
                    prefix=text[max(0, start - 32) : start],
                    suffix="",
                )
            )
        return found

    monkeypatch.setattr(extraction, "extract_claims", extract)
    monkeypatch.setattr(extraction, "LEXICON_VERSION", NEW_LEXICON)


@pytest.mark.django_db
def test_the_current_extractor_changes_nothing(seed_corpus):
    before = list(Claim.objects.order_by("pk").values())
    report = reextract_documents(Document.objects.all())
    assert (report.documents, report.changed, report.added, report.unread) == (5, 0, 0, 0)
    assert report.unchanged == len(before)
    assert list(Claim.objects.order_by("pk").values()) == before
    assert not ReadingChange.objects.exists()


@pytest.mark.django_db
def test_untouched_claims_take_the_new_reading_and_the_old_one_is_recorded(ferry, new_extractor):
    report = reextract_documents(Document.objects.all())
    some = Claim.objects.get(pk=ferry["some 2,000"].pk)
    assert (some.unit, some.rule, some.extractor_version) == ("passenger", "hedge:some (new)", NEW_LEXICON)
    change = some.reading_changes.get()
    assert (change.kind, change.applied, change.lexicon_version) == ("changed", True, NEW_LEXICON)
    assert (change.old_unit, change.new_unit) == ("person", "passenger")
    assert change.old_quote == change.new_quote == "some 2,000"
    assert some.history.first().history_change_reason.startswith(f"read again with lexicon {NEW_LEXICON}")
    assert (report.changed, report.held, report.added, report.unread, report.unchanged) == (2, 0, 1, 1, 1)


@pytest.mark.django_db
def test_an_edited_claim_keeps_every_decision_and_its_reading(ferry, new_extractor, make_figure):
    figure = make_figure()
    Claim.objects.filter(pk=ferry["As many as 300"].pk).update(
        status=ReviewStatus.CONFIRMED,
        figure=figure,
        rank="preferred",
        rank_reason="official count",
        review_note="checked with the port",
    )
    before = Claim.objects.filter(pk=ferry["As many as 300"].pk).values().get()
    report = reextract_documents(Document.objects.all())
    assert Claim.objects.filter(pk=ferry["As many as 300"].pk).values().get() == before
    change = ReadingChange.objects.get(claim_id=ferry["As many as 300"].pk)
    assert (change.applied, change.old_high, change.new_high) == (False, Decimal(300), Decimal(350))
    assert report.held == 1


@pytest.mark.django_db
def test_a_claim_no_longer_read_is_kept_marked_and_counted(ferry, new_extractor):
    report = reextract_documents(Document.objects.all())
    fifty_four = Claim.objects.get(pk=ferry["54"].pk)
    assert fifty_four.unread_since == NEW_LEXICON and fifty_four.low == Decimal(54)
    assert fifty_four.reading_changes.get().kind == "unread"
    assert report.unread == 1


@pytest.mark.django_db
def test_numbers_newly_read_become_claims_whose_quote_resolves(ferry, new_extractor):
    reextract_documents(Document.objects.all())
    july = Claim.objects.get(quote="July")
    assert july.document.text[july.start : july.end] == "July" and july.extractor_version == NEW_LEXICON
    assert Claim.objects.count() == len(ferry) + 1


@pytest.mark.django_db
def test_a_second_run_changes_nothing(ferry, new_extractor):
    Claim.objects.filter(pk=ferry["As many as 300"].pk).update(status=ReviewStatus.CONFIRMED)
    reextract_documents(Document.objects.all())
    claims = list(Claim.objects.order_by("pk").values())
    changes = ReadingChange.objects.count()
    again = reextract_documents(Document.objects.all())
    assert (again.changed, again.added, again.held) == (0, 0, 0)
    assert (again.unchanged, again.unread) == (len(claims) - 1, 1)
    assert list(Claim.objects.order_by("pk").values()) == claims
    assert ReadingChange.objects.count() == changes


@pytest.mark.django_db
def test_a_claim_read_again_loses_its_mark(ferry, new_extractor, monkeypatch):
    reextract_documents(Document.objects.all())
    monkeypatch.undo()
    report = reextract_documents(Document.objects.all())
    fifty_four = Claim.objects.get(pk=ferry["54"].pk)
    assert fifty_four.unread_since == "" and fifty_four.reading_changes.first().kind == "read_again"
    assert report.unread == 1  # "July" is not read by today's extractor: kept and marked in its turn
    assert Claim.objects.get(quote="July").unread_since != ""


@pytest.mark.django_db
def test_command_prints_the_counts_and_a_progress_bar_only_on_a_terminal(ferry, new_extractor, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, out = Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", terminal)
    call_command("reextract", stdout=out)
    assert "1/1" in terminal.getvalue() and "doc/s" in terminal.getvalue()
    assert (
        f"1 documents read again with lexicon {NEW_LEXICON}: 1 claims unchanged, 2 changed "
        "(0 kept as editors decided), 1 added, 1 no longer read"
    ) in out.getvalue()

    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    out = io.StringIO()
    call_command("reextract", stdout=out)
    assert plain.getvalue() == ""
    assert "4 claims unchanged, 0 changed (0 kept as editors decided), 0 added, 1 no longer read" in out.getvalue()


@pytest.mark.django_db
def test_editors_see_the_recorded_readings_in_the_admin(client, editor, ferry, new_extractor):
    reextract_documents(Document.objects.all())
    client.force_login(editor)
    page = client.get("/admin/claims/readingchange/").content.decode()
    assert "passenger" in page and "(no longer read)" in page
    assert client.get("/admin/claims/readingchange/add/").status_code == 403
