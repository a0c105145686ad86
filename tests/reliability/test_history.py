"""Issue 13, item 12: history from the first ingest, with real user names."""

from decimal import Decimal

from django.urls import reverse

from claims import reconciliation
from claims.ingest import ingest_article
from claims.models import Claim
from claims.pipeline import ingest
from corpus.reading import Article

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night.\n"


def test_ingest_writes_each_new_claims_first_history_record(tmp_path, db):
    """Issue 13, item 12: after ingest (the batch path, COPY on PostgreSQL) each claim has one history record."""
    for name in ("alpha", "beta", "gamma"):
        (tmp_path / f"{name}.txt").write_text(f"Report {name}\n\n{TEXT}", encoding="utf-8")
    report = ingest([tmp_path], citations=False, suggest=False)
    assert report.count("ingested") == 3
    claims = list(Claim.objects.all())
    assert len(claims) == 6
    for claim in claims:
        records = list(claim.history.all())
        assert len(records) == 1, claim
        first = records[0]
        assert (first.history_type, first.history_change_reason, first.history_user) == ("+", "ingested", None)
        assert (first.quote, first.low, first.status, first.version) == (claim.quote, claim.low, "unreviewed", 1)


def test_single_document_and_update_paths_write_first_history(db):
    """Issue 13, item 12: one document at a time, and claims a new version of a document adds, get one too."""
    ingest_article(Article(source_name="one.txt", title="One", text=TEXT))
    assert [claim.history.count() for claim in Claim.objects.all()] == [1, 1]
    ingest_article(Article(source_name="one.txt", title="One", text=TEXT + "Later, 40 more were found.\n"))
    assert Claim.objects.count() == 3
    added = Claim.objects.get(quote="40")
    assert [record.history_type for record in added.history.all()] == ["+"]
    assert all(claim.history.filter(history_type="+").count() == 1 for claim in Claim.objects.all())


def test_an_editors_first_change_shows_before_and_after(client, editor, db):
    """Issue 13, item 12: the admin history page of a claim shows the first change's old and new values."""
    ingest_article(Article(source_name="one.txt", title="One", text=TEXT))
    claim = Claim.objects.get(quote="about 600")
    reconciliation.review_claim(claim, status="confirmed", editor=editor, note="Checked against the report.")
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "<strong>Status:</strong>" in page
    assert "unreviewed\n" in page or "unreviewed" in page.split("<strong>Status:</strong>")[1][:200]
    after_status = page.split("<strong>Status:</strong>")[1][:300]
    assert "unreviewed" in after_status and "confirmed" in after_status
    assert "Checked against the report." in page
    assert "ed" in page.split("Changed by")[1]


def test_figure_history_names_the_editor(client, editor, make_figure, make_claim):
    """Issue 13, item 12: the figure history says who reconciled it, never "Deleted user"."""
    figure = make_figure(title="People deported in one night")
    make_claim(quote="about 600", low=Decimal(600), high=Decimal(600), figure=figure)
    reconciliation.reconcile_figure(
        figure,
        accepted_low=Decimal(600),
        accepted_high=Decimal(600),
        accepted_qualifier="exact",
        rationale="The rights groups' count.",
        editor=editor,
        expected_version=figure.version,
    )
    client.force_login(editor)
    page = client.get(reverse("admin:claims_figure_history", args=[figure.pk])).content.decode()
    assert "Deleted user" not in page
    reconciled = page.split("<strong>Reconciled by:</strong>")[1][:200]
    assert "none" in reconciled and "ed" in reconciled.split("&rarr;")[1]
