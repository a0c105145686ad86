"""Issue 13, item 3: orphaned claims are never shown against a text they are not in.

An orphan's page shows the earlier version it came from, marked as no longer in the current
text; citation lookups leave orphans out and figure pages mark them; a reconciled figure
whose preferred claim is orphaned goes back to review with the reason.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from claims import reconciliation
from claims.ingest import ingest_article
from claims.models import Anchor, Claim, FigureStatus
from corpus.models import Document
from corpus.reading import Article

FIRST = (
    "Residents were evacuated from low-lying districts on Tuesday as the river rose. "
    "Some 700 people spent the night in school halls, officials said.\n\n"
    "The mayor said 2,000 homes were at risk."
)
# The 700 is gone; new words stand where it was, so its old offsets now cover other text.
SECOND = (
    "Residents were evacuated from low-lying districts on Tuesday as the river rose. "
    "Schools opened their halls for the night.\n\n"
    "The mayor said 2,000 homes were at risk and 40 roads were closed."
)


def ingest_text(text):
    return ingest_article(Article("floods.txt", text, title="Floods"))


@pytest.fixture
def orphan(db):
    """Return the claim "Some 700" after a new version of its document no longer holds it."""
    ingest_text(FIRST)
    claim = Claim.objects.get(quote__contains="700")
    ingest_text(SECOND)
    claim.refresh_from_db()
    assert claim.anchor == Anchor.ORPHANED
    return claim


def test_an_orphans_page_shows_the_version_it_came_from(client, orphan):
    """Issue 13, item 3: the claim page quotes the earlier text, says so, and links into no current text."""
    html = client.get(reverse("claim-detail", args=[orphan.pk])).content.decode()
    assert "No longer in the current text of this document" in html
    assert "<mark>Some 700</mark> people spent the night" in html
    assert "Schools opened" not in html and "#:~:text=" not in html


def test_an_anchored_claims_page_keeps_its_deep_link(client, orphan):
    """Issue 13, item 3: claims still in the text are shown in it, with their deep link."""
    kept = Claim.objects.get(quote__contains="2,000")
    html = client.get(reverse("claim-detail", args=[kept.pk])).content.decode()
    assert "No longer in the current text" not in html and "#:~:text=" in html


def test_citation_lookups_leave_orphans_out(client, orphan):
    """Issue 13, item 3: neither the lookup page nor the API returns an orphan or a deep link for it."""
    html = client.get(reverse("citation-lookup"), {"value": "700"}).content.decode()
    assert f"/claims/{orphan.pk}/" not in html
    answer = client.get(reverse("api-citations"), {"value": "700"}, HTTP_ACCEPT="application/json").json()
    assert answer["results"] == []
    found = client.get(reverse("api-citations"), {"value": "2000"}, HTTP_ACCEPT="application/json").json()
    assert [c["claim"]["quote"] for g in found["results"] for c in g["citations"]] == ["2,000"]


def test_figure_pages_mark_orphans_and_link_no_anchor_in_the_current_text(client, orphan, make_figure):
    """Issue 13, item 3: on a figure page an orphan carries a mark and no link into the document's text."""
    figure = make_figure()
    Claim.objects.filter(pk=orphan.pk).update(figure=figure)
    html = client.get(figure.get_absolute_url()).content.decode()
    assert "no longer in the current text" in html
    assert f"#claim-{orphan.pk}" not in html


def reconcile_on(claim, figure, editor):
    reconciliation.reconcile_figure(
        figure,
        accepted_low=Decimal(700),
        accepted_high=Decimal(700),
        accepted_qualifier="approximate",
        rationale="The officials' count.",
        editor=editor,
        expected_version=figure.version,
        ranks={claim.pk: ("preferred", "officials")},
    )
    figure.refresh_from_db()
    assert figure.status == FigureStatus.RECONCILED


@pytest.mark.django_db
def test_a_figure_resting_on_an_orphaned_preferred_claim_goes_back_to_review(client, make_figure, editor):
    """Issue 13, item 3: ingest orphaning the preferred claim reopens the figure, with the reason shown."""
    ingest_text(FIRST)
    claim = Claim.objects.get(quote__contains="700")
    figure = make_figure()
    Claim.objects.filter(pk=claim.pk).update(figure=figure)
    reconcile_on(claim, figure, editor)
    ingest_text(SECOND)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.OPEN
    assert (
        f"preferred claim {claim.pk}" in figure.review_reason
        and "no longer in the current text" in figure.review_reason
    )
    assert figure.history.first().history_change_reason == "needs review: preferred claim orphaned"
    html = client.get(figure.get_absolute_url()).content.decode()
    assert "Needs review:" in html
    reconcile_on(Claim.objects.get(pk=claim.pk), figure, editor)
    assert figure.review_reason == ""


@pytest.mark.django_db
def test_a_figure_whose_orphan_was_not_preferred_stays_reconciled(make_figure, editor):
    """Issue 13, item 3: only an accepted value that rested on the orphan goes back to review."""
    ingest_text(FIRST)
    kept, lost = Claim.objects.get(quote__contains="2,000"), Claim.objects.get(quote__contains="700")
    figure = make_figure()
    Claim.objects.filter(pk__in=[kept.pk, lost.pk]).update(figure=figure)
    reconcile_on(kept, figure, editor)
    ingest_text(SECOND)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.RECONCILED and Document.objects.count() == 1
    assert reconciliation.review_figures_of_orphans(Claim.objects.filter(pk=lost.pk)) == []


def figure_with_an_orphan(make_figure, editor):
    """Return a reconciled figure holding the claim "2,000" (preferred) and the orphan "Some 700" (not preferred)."""
    ingest_text(FIRST)
    kept, lost = Claim.objects.get(quote__contains="2,000"), Claim.objects.get(quote__contains="700")
    figure = make_figure()
    Claim.objects.filter(pk__in=[kept.pk, lost.pk]).update(figure=figure)
    reconcile_on(kept, figure, editor)
    ingest_text(SECOND)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.RECONCILED
    return figure, kept, Claim.objects.get(pk=lost.pk)


def chart_of(html):
    return html.split('<figure class="chart">', 1)[1].split("</figure>", 1)[0]


@pytest.mark.django_db
def test_a_figures_chart_draws_no_orphan_and_says_why(client, make_figure, editor):
    """Issue 13, item 3: an orphan that was not preferred is not drawn on the figure's chart; a note names it."""
    figure, kept, lost = figure_with_an_orphan(make_figure, editor)
    assert (kept.anchor, lost.anchor) == (Anchor.ANCHORED, Anchor.ORPHANED)
    chart = chart_of(client.get(figure.get_absolute_url()).content.decode())
    svg, note = chart.split("</svg>", 1)
    assert chart.count('<g class="claim ') == 1 and "<title>2,000:" in svg and "Some 700" not in svg
    assert "Not drawn (no longer in the current text of their document): “Some 700”" in note


@pytest.mark.django_db
def test_a_figures_claim_review_names_no_orphan(client, make_figure, editor):
    """Issue 13, item 3: the ClaimReview JSON-LD of a figure quotes only claims still in their article."""
    import json

    figure, kept, _lost = figure_with_an_orphan(make_figure, editor)
    html = client.get(figure.get_absolute_url()).content.decode()
    data = json.loads(html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
    quoted = [appearance["text"] for appearance in data["itemReviewed"]["appearance"]]
    assert quoted == [kept.quote] and "Some 700" not in json.dumps(data, ensure_ascii=False)


@pytest.mark.django_db
def test_an_orphan_is_in_conflict_with_nothing_on_its_figure(make_figure, editor):
    """Issue 13, item 3: a figure's conflict never rests on a value no longer in its document's text."""
    ingest_text(FIRST)
    kept, lost = Claim.objects.get(quote__contains="2,000"), Claim.objects.get(quote__contains="700")
    # One figure whose two claims cannot both hold: 2,000 against some 700 of one unit.
    Claim.objects.filter(pk=lost.pk).update(unit=kept.unit)
    figure = make_figure()
    Claim.objects.filter(pk__in=[kept.pk, lost.pk]).update(figure=figure)
    reconciliation.recompute_conflicts(figure)
    figure.refresh_from_db()
    assert figure.conflict == "hard"
    ingest_text(SECOND)  # the 700 is orphaned
    figure.refresh_from_db()
    kept.refresh_from_db()
    assert Claim.objects.get(pk=lost.pk).anchor == Anchor.ORPHANED
    assert (figure.conflict, kept.conflict) == ("", "")
