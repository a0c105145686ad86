"""Issue 13, item 4: two editors saving one claim or figure; the second save never silently overwrites the first."""

import html
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from claims import reconciliation
from claims.models import Claim, Figure

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night."


@pytest.fixture
def second_editor(editor):
    other = get_user_model().objects.create_user("ann", password="pw-ann-12345", is_staff=True)
    other.groups.set(editor.groups.all())
    other.user_permissions.set(editor.user_permissions.all())
    return other


@pytest.fixture
def claim(make_document, make_claim, make_figure):
    figure = make_figure(title="People deported in one night")
    document = make_document(text=TEXT)
    return make_claim(document=document, quote="about 600", low=Decimal(600), high=Decimal(600), figure=figure)


def claim_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def form_values(page):
    """Return what a browser would post from a change form page: every input's, textarea's and select's value."""
    data = {}
    skip = ("csrfmiddlewaretoken", "_save", "_continue", "_addanother")
    for name, value in re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', page):
        data[name] = html.unescape(value)
    for name, text in re.findall(r'<textarea[^>]*?name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = html.unescape(text.strip())
    for name, options in re.findall(r'<select[^>]*?name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        selected = re.search(r'<option value="([^"]*)" selected>', options)
        data[name] = selected.group(1) if selected else ""
    return {name: value for name, value in data.items() if name not in skip}


def loaded_form(client, claim):
    """Return the claim change form as an editor's browser loaded it."""
    return form_values(client.get(claim_url(claim)).content.decode())


def test_second_editor_is_refused_and_nothing_of_the_first_is_lost(client, editor, second_editor, claim):
    """Issue 13, item 4: the second of two editors who loaded one claim is refused with a clear message."""
    client.force_login(editor)
    first = loaded_form(client, claim)
    client.force_login(second_editor)
    second = loaded_form(client, claim)
    assert first["expected_version"] == second["expected_version"] == str(claim.version)

    client.force_login(editor)
    response = client.post(claim_url(claim), first | {"rank": "preferred", "rank_reason": "The official count."})
    assert response.status_code == 302, response.content.decode()[:3000]

    client.force_login(second_editor)
    stale = second | {"status": "confirmed", "review_note": "Checked against the report."}
    response = client.post(claim_url(claim), stale)
    page = response.content.decode()
    assert response.status_code == 200
    assert "This claim changed while you were editing it" in page
    assert "last changed by ed" in page and "Nothing was saved" in page
    assert "Checked against the report." in page  # the second editor's change is shown back
    saved = Claim.objects.get(pk=claim.pk)
    assert (saved.rank, saved.rank_reason, saved.status, saved.review_note) == (
        "preferred",
        "The official count.",
        "unreviewed",
        "",
    )

    # The re-shown form keeps the second editor's change and shows the first's: saving it keeps both.
    again = form_values(page)
    assert again["expected_version"] == str(saved.version)
    assert (again["rank"], again["rank_reason"]) == ("preferred", "The official count.")
    assert (again["status"], again["review_note"]) == ("confirmed", "Checked against the report.")
    response = client.post(claim_url(claim), again)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved.refresh_from_db()
    assert (saved.rank, saved.rank_reason, saved.status, saved.review_note) == (
        "preferred",
        "The official count.",
        "confirmed",
        "Checked against the report.",
    )


def test_every_claim_write_checks_and_bumps_one_version(editor, claim):
    """Issue 13, item 4: review, rank and move share the version check; a stale write changes nothing."""
    loaded = claim.version
    reconciliation.rank_claims([claim], "preferred", editor=editor, reason="first")
    claim.refresh_from_db()
    assert claim.version == loaded + 1
    with pytest.raises(reconciliation.StaleClaim, match="changed while you were editing"):
        reconciliation.review_claim(claim, status="rejected", editor=editor, expected_version=loaded)
    with pytest.raises(reconciliation.StaleClaim):
        reconciliation.move_claim(claim, None, editor=editor, expected_version=loaded)
    with pytest.raises(reconciliation.StaleClaim):
        reconciliation.rank_claims([claim], "deprecated", editor=editor, expected_versions={claim.pk: loaded})
    claim.refresh_from_db()
    assert (claim.status, claim.rank, claim.figure_id is not None) == ("unreviewed", "preferred", True)
    reconciliation.review_claim(claim, status="confirmed", editor=editor, expected_version=claim.version)
    reconciliation.move_claim(claim, None, editor=editor, expected_version=loaded + 2)
    claim.refresh_from_db()
    assert (claim.version, claim.status, claim.figure_id) == (loaded + 3, "confirmed", None)


def test_a_claim_post_without_a_version_is_refused(client, editor, claim):
    """Issue 13, item 4: a save that does not say which version it edits cannot overwrite."""
    client.force_login(editor)
    data = loaded_form(client, claim)
    del data["expected_version"]
    response = client.post(claim_url(claim), data | {"status": "rejected"})
    assert response.status_code == 200 and "This claim changed while you were editing it" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_figure_writes_use_the_same_check(editor, claim):
    """Issue 13, item 4: figures keep their refusal, through the same function as claims."""
    figure = Figure.objects.get(pk=claim.figure_id)
    loaded = figure.version
    reconciliation.review_claim(claim, status="confirmed", editor=editor)  # touches its figure too
    with pytest.raises(reconciliation.StaleFigure, match="changed while you were editing"):
        reconciliation.reconcile_figure(
            figure,
            accepted_low=Decimal(600),
            accepted_high=Decimal(600),
            accepted_qualifier="exact",
            rationale="stale",
            editor=editor,
            expected_version=loaded,
        )
    assert Figure.objects.get(pk=figure.pk).rationale == ""
    assert issubclass(reconciliation.StaleFigure, reconciliation.StaleEdit)
    assert issubclass(reconciliation.StaleClaim, reconciliation.StaleEdit)
