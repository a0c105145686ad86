"""The editors' admin: figure page, filters, actions, concurrent saves, review, permissions."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import reconciliation
from claims.models import Claim, Figure
from claims.permissions import EDITOR_PERMISSIONS, ensure_editor_group

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night."


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def conflicted_figure(make_document, make_claim, make_figure, make_outlet):
    figure = make_figure(title="People deported in one night")
    document = make_document(text=TEXT, outlet=make_outlet(name="Daily Example"))
    low = make_claim(
        document=document,
        quote="About 200",
        low=Decimal(200),
        high=Decimal(200),
        figure=figure,
        attribution="officials",
    )
    high = make_claim(
        document=document,
        quote="about 600",
        low=Decimal(600),
        high=Decimal(600),
        figure=figure,
        attribution="rights groups",
    )
    reconciliation.recompute_conflicts(figure)
    figure.refresh_from_db()
    return figure, low, high


def change_url(figure):
    return reverse("admin:claims_figure_change", args=[figure.pk])


def figure_post_data(figure, claims, **overrides):
    """Return the figure change form as a browser would post it."""
    data = {
        "title": figure.title,
        "unit": figure.unit,
        "scope": figure.scope,
        "period": figure.period,
        "accepted_qualifier": "",
        "accepted_low": "",
        "accepted_high": "",
        "rationale": "",
        "expected_version": str(figure.version),
        "claims-TOTAL_FORMS": str(len(claims)),
        "claims-INITIAL_FORMS": str(len(claims)),
        "claims-MIN_NUM_FORMS": "0",
        "claims-MAX_NUM_FORMS": "0",
    }
    for i, claim in enumerate(claims):
        data |= {
            f"claims-{i}-id": str(claim.pk),
            f"claims-{i}-figure": str(figure.pk),
            f"claims-{i}-rank": claim.rank,
            f"claims-{i}-rank_reason": claim.rank_reason,
        }
    return data | overrides


def test_figure_page_shows_claims_in_context_chart_and_conflicts(editor_client, conflicted_figure):
    figure, _low, _high = conflicted_figure
    response = editor_client.get(change_url(figure))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>About 200</mark> people were deported" in page
    assert "Daily Example" in page and "rights groups" in page
    assert "<svg" in page and "⚠ hard" in page
    assert "approximate [200, 200] person" in page
    assert "hard</strong>:" in page


def test_query_count_does_not_grow_with_claims(editor_client, make_document, make_claim, make_figure):
    def figure_with(count):
        figure = make_figure(title=f"figure with {count}")
        document = make_document(text=TEXT)
        for i in range(count):
            make_claim(document=document, quote="About 200", low=Decimal(200 + i), high=Decimal(200 + i), figure=figure)
        reconciliation.recompute_conflicts(figure)
        return figure

    small, large = figure_with(5), figure_with(200)
    editor_client.get(change_url(small))  # warm caches (content types, sessions)
    counts = []
    for figure in (small, large):
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(change_url(figure))
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert response.content.decode().count("<mark>About 200</mark>") == 200


def test_saving_decision_ranks_claims_and_keeps_history(editor_client, editor, conflicted_figure):
    figure, low, high = conflicted_figure
    low.rank, high.rank = "preferred", "deprecated"
    data = figure_post_data(
        figure,
        [low, high],
        accepted_qualifier="approximate",
        accepted_low="200",
        accepted_high="200",
        rationale="Officials counted the buses.",
    )
    response = editor_client.post(change_url(figure), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    figure.refresh_from_db()
    assert (figure.status, figure.rationale, figure.reconciled_by) == (
        "reconciled",
        "Officials counted the buses.",
        editor,
    )
    assert dict(Claim.objects.values_list("pk", "rank")) == {low.pk: "preferred", high.pk: "deprecated"}
    history = editor_client.get(reverse("admin:claims_figure_history", args=[figure.pk])).content.decode()
    assert "Officials counted the buses." in history and "ed" in history


def test_stale_save_is_refused_and_submitted_values_are_shown_back(editor_client, editor, conflicted_figure):
    figure, low, high = conflicted_figure
    stale = figure_post_data(
        figure,
        [low, high],
        accepted_qualifier="approximate",
        accepted_low="600",
        accepted_high="600",
        rationale="My careful reasoning.",
    )
    reconciliation.reconcile_figure(
        figure,
        accepted_low=Decimal(200),
        accepted_high=Decimal(200),
        accepted_qualifier="approximate",
        rationale="The other editor's reasoning.",
        editor=editor,
        expected_version=figure.version,
    )
    response = editor_client.post(change_url(figure), stale)
    page = response.content.decode()
    assert response.status_code == 200
    assert "changed while you were editing" in page
    assert "My careful reasoning." in page
    assert "The other editor&#x27;s reasoning." in page or "The other editor's reasoning." in page
    figure.refresh_from_db()
    assert figure.rationale == "The other editor's reasoning."
    # Saving again from the re-shown form now succeeds: the form carries the current version.
    again = stale | {"expected_version": str(figure.version)}
    assert editor_client.post(change_url(figure), again).status_code == 302
    figure.refresh_from_db()
    assert figure.rationale == "My careful reasoning."


def test_conflict_and_unreviewed_filters(editor_client, conflicted_figure, make_figure):
    figure, _, _ = conflicted_figure
    calm = make_figure(title="Calm figure", status="reconciled")
    changelist = reverse("admin:claims_figure_changelist")
    hard = editor_client.get(changelist, {"hard_conflict": "yes"}).content.decode()
    assert figure.title in hard and "Calm figure" not in hard
    soft = editor_client.get(changelist, {"soft_conflict": "yes"}).content.decode()
    assert figure.title not in soft
    unreviewed = editor_client.get(changelist, {"unreviewed": "yes"}).content.decode()
    assert figure.title in unreviewed and "Calm figure" not in unreviewed
    assert calm.title in editor_client.get(changelist, {"unreviewed": "no"}).content.decode()


def test_merge_action(editor_client, conflicted_figure, make_figure, make_claim):
    figure, _, _ = conflicted_figure
    other = make_figure(title="Another")
    make_claim(figure=other)
    response = editor_client.post(
        reverse("admin:claims_figure_changelist"),
        {"action": "merge_figures", "_selected_action": [figure.pk, other.pk]},
    )
    assert response.status_code == 302
    assert Figure.objects.count() == 1
    assert Claim.objects.filter(figure=figure).count() == 3


def test_claim_actions_split_move_and_rank(editor_client, conflicted_figure):
    figure, _low, high = conflicted_figure
    changelist = reverse("admin:claims_claim_changelist")
    editor_client.post(changelist, {"action": "mark_deprecated", "_selected_action": [high.pk]})
    high.refresh_from_db()
    assert high.rank == "deprecated"
    editor_client.post(changelist, {"action": "split_into_new_figure", "_selected_action": [high.pk]})
    high.refresh_from_db()
    assert high.figure_id not in (None, figure.pk)
    response = editor_client.post(changelist, {"action": "move_to_figure", "_selected_action": [high.pk]})
    assert response.status_code == 200 and "Move claims to a figure" in response.content.decode()
    editor_client.post(
        changelist, {"action": "move_to_figure", "_selected_action": [high.pk], "apply": "1", "figure": figure.pk}
    )
    high.refresh_from_db()
    figure.refresh_from_db()
    assert high.figure_id == figure.pk
    assert figure.conflict == ""  # the moved claim is deprecated: shown, but no longer counted


def test_claim_review_keeps_extracted_value(editor_client, conflicted_figure):
    figure, _low, high = conflicted_figure
    url = reverse("admin:claims_claim_change", args=[high.pk])
    assert "about 600" in editor_client.get(url).content.decode()
    response = editor_client.post(
        url,
        {
            "status": "corrected",
            "corrected_qualifier": "approximate",
            "corrected_low": "200",
            "corrected_high": "200",
            "corrected_unit": "",
            "review_note": "misread",
            "figure": str(figure.pk),
            "rank": "normal",
            "rank_reason": "",
            "expected_version": str(high.version),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    high.refresh_from_db()
    figure.refresh_from_db()
    assert (high.status, high.low, high.corrected_low) == ("corrected", Decimal(600), Decimal(200))
    assert figure.conflict == ""
    assert high.history.first().history_user.username == "ed"


def test_editor_group_has_exactly_the_needed_permissions(db):
    group = ensure_editor_group()
    granted = {(p.content_type.app_label, p.codename) for p in group.permissions.select_related("content_type")}
    wanted = {(app, codename) for app, codenames in EDITOR_PERMISSIONS.items() for codename in codenames}
    assert granted == wanted
    assert not any(codename.startswith("delete_") for _, codename in granted)
    assert ("claims", "add_claim") not in granted


def test_readers_have_no_admin(client, db, conflicted_figure):
    figure, _, _ = conflicted_figure
    url = change_url(figure)
    assert client.get(url).status_code == 302  # anonymous: sent to log in
    reader = get_user_model().objects.create_user("reader", password="pw-reader-1")
    client.force_login(reader)
    assert client.get(url).status_code == 302  # not staff: no admin
    staff = get_user_model().objects.create_user("staff", password="pw-staff-1", is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 403  # staff without the editor group: nothing
    assert not Permission.objects.filter(user=staff).exists()


def test_orphaned_claim_shows_its_earlier_text(client, db, tmp_path):
    from django.contrib.auth import get_user_model

    from claims.pipeline import ingest

    article = tmp_path / "ferry.txt"
    article.write_text("Ferry sinks\n\nSome 54 passengers were rescued by fishermen on Tuesday.\n", encoding="utf-8")
    ingest([article], citations=False, suggest=False)
    article.write_text("Ferry sinks\n\nSome 61 passengers were rescued by fishermen on Tuesday.\n", encoding="utf-8")
    ingest([article], citations=False, suggest=False)
    orphan = Claim.objects.get(anchor="orphaned")
    admin_user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-only")
    client.force_login(admin_user)
    page = client.get(f"/admin/claims/claim/{orphan.pk}/change/").content.decode()
    assert "orphaned; earlier text of" in page
    assert "<mark>Some 54</mark> passengers were rescued" in page
