"""Issue 13, item 4 (machine writes): re-anchoring, re-reading and suggesting bump the version they change.

An editor's claim or figure form loaded before such a write is then refused as stale, with the
message two editors get, instead of saving over what the machine changed.
"""

import datetime
from decimal import Decimal

import pytest

from claims import reconciliation
from claims.ingest import ingest_article
from claims.models import Anchor, Claim, Figure
from claims.rereading import reextract_document
from claims.suggestions.suggesting import suggest_figures
from corpus.reading import Article
from tests.reliability.test_edit_locking import claim_url, loaded_form

FIRST = "Some 700 people spent the night in school halls, officials said. The mayor said 2,000 homes were at risk."
# A new opening sentence moves both claims; the 2,000 is now "2,500".
SECOND = (
    "The river rose again overnight. "
    "Some 700 people spent the night in school halls, officials said. The mayor said 2,500 homes were at risk."
)
FLOOD_A = "Floods swept the river valley on Monday. About 120 people were killed by the floods in the valley."
FLOOD_B = "Rescuers kept digging on Tuesday. The floods in the river valley killed at least 115 people."


def assert_refused(client, claim, form):
    """Post an editor's form loaded before a machine write; assert it is refused and saves nothing."""
    response = client.post(claim_url(claim), form | {"status": "confirmed", "review_note": "Checked."})
    assert response.status_code == 200
    assert "This claim changed while you were editing it" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_re_anchoring_bumps_the_version_of_moved_claims(client, editor):
    """Issue 13, item 4: a new version of the document moves a claim; a form loaded before cannot save over it."""
    ingest_article(Article("floods.txt", FIRST, title="Floods"))
    claim = Claim.objects.get(quote="Some 700")
    loaded = claim.version
    client.force_login(editor)
    form = loaded_form(client, claim)
    ingest_article(Article("floods.txt", SECOND, title="Floods"))
    claim.refresh_from_db()
    assert claim.start == SECOND.index("Some 700") and claim.version == loaded + 1
    assert claim.history.first().version == claim.version  # the history records the version it wrote
    assert_refused(client, claim, form)
    form = loaded_form(client, claim)
    response = client.post(claim_url(claim), form | {"status": "confirmed", "review_note": "Checked."})
    assert response.status_code == 302


def test_re_anchoring_leaves_the_version_of_claims_it_did_not_change(editor):
    """Issue 13, item 4: a claim whose place and words stay the same keeps its version (nothing to refuse)."""
    ingest_article(Article("floods.txt", FIRST, title="Floods"))
    ingest_article(Article("floods.txt", FIRST + " Schools reopened.", title="Floods"))
    claim = Claim.objects.get(quote="Some 700")
    assert (claim.anchor, claim.version) == (Anchor.ANCHORED, 1)


def test_re_reading_bumps_the_version_of_claims_it_reads_anew(client, editor):
    """Issue 13, item 4: ``reextract`` gives an unedited claim a new reading; a form loaded before is refused."""
    ingest_article(Article("floods.txt", FIRST, title="Floods"))
    claim = Claim.objects.get(quote="Some 700")
    # As an older lexicon would have stored it.
    Claim.objects.filter(pk=claim.pk).update(low=Decimal(600), high=Decimal(600), extractor_version="0")
    client.force_login(editor)
    form = loaded_form(client, claim)
    report = reextract_document(claim.document)
    claim.refresh_from_db()
    assert report.changed == 1 and claim.low == Decimal(700) and claim.version == 2
    assert_refused(client, claim, form)


def flood_claims(make_document):
    """Return two claims of two documents about one quantity (the suggester groups them)."""
    day = datetime.date(2025, 3, 3)
    claims = []
    for text, quote, low, high, qualifier in [
        (FLOOD_A, "About 120", 120, 120, "approximate"),
        (FLOOD_B, "at least 115", 115, None, "at_least"),
    ]:
        document = make_document(text=text, published=day, published_precision="day")
        start = text.index(quote)
        claims.append(
            Claim.objects.create(
                document=document,
                start=start,
                end=start + len(quote),
                quote=quote,
                low=Decimal(low),
                high=Decimal(high) if high else None,
                qualifier=qualifier,
                unit="person",
                noun="people",
            )
        )
    return claims


def test_suggesting_bumps_the_version_of_claims_it_points_at_a_figure(client, editor, make_document):
    """Issue 13, item 4: a claim given a suggested figure goes stale in a form loaded before."""
    claims = flood_claims(make_document)
    client.force_login(editor)
    form = loaded_form(client, claims[0])
    [figure] = suggest_figures()
    claim = Claim.objects.get(pk=claims[0].pk)
    assert claim.suggested_figure_id == figure.pk and claim.version == 2
    assert_refused(client, claim, form)
    assert suggest_figures() == [figure]  # the same suggestion again: nothing moved, nothing bumped
    assert Claim.objects.get(pk=claim.pk).version == 2


def test_suggesting_bumps_the_version_of_a_suggestion_it_retitles(editor, make_document):
    """Issue 13, item 4: a suggestion renamed by the suggester goes stale in an editor's figure form."""
    flood_claims(make_document)
    [figure] = suggest_figures()
    Figure.objects.filter(pk=figure.pk).update(title="An older machine title")
    figure.refresh_from_db()
    loaded = figure.version
    suggest_figures()
    figure.refresh_from_db()
    assert figure.title != "An older machine title" and figure.version == loaded + 1
    with pytest.raises(reconciliation.StaleFigure, match="changed while you were editing"):
        reconciliation.reconcile_figure(
            figure,
            accepted_low=Decimal(120),
            accepted_high=Decimal(120),
            accepted_qualifier="approximate",
            rationale="stale",
            editor=editor,
            expected_version=loaded,
            title="An older machine title",
        )
    assert Figure.objects.get(pk=figure.pk).rationale == ""
