"""The named write functions: decisions, ranks, merges, splits, moves, reviews, history, versions."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from claims import reconciliation
from claims.models import Claim, Figure

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night."


@pytest.fixture
def conflicted_figure(make_document, make_claim, make_figure):
    """A figure holding "about 200" and "about 600" for one night's deportations: a hard conflict."""
    figure = make_figure(title="People deported in one night")
    document = make_document(text=TEXT)
    low = make_claim(document=document, quote="About 200", low=Decimal(200), high=Decimal(200), figure=figure)
    high = make_claim(document=document, quote="about 600", low=Decimal(600), high=Decimal(600), figure=figure)
    reconciliation.recompute_conflicts(figure)
    return figure, low, high


def test_recompute_marks_hard_conflict(conflicted_figure):
    figure, _low, _high = conflicted_figure
    figure.refresh_from_db()
    assert figure.conflict == "hard"
    assert set(Claim.objects.values_list("conflict", flat=True)) == {"hard"}


def test_reconcile_records_decision_ranks_and_history(conflicted_figure, editor):
    figure, low, high = conflicted_figure
    reconciliation.reconcile_figure(
        figure,
        accepted_low=Decimal(180),
        accepted_high=Decimal(220),
        accepted_qualifier="range",
        rationale="The official count is better sourced.",
        editor=editor,
        expected_version=figure.version,
        ranks={low.pk: ("preferred", "official count"), high.pk: ("deprecated", "unsourced")},
    )
    figure.refresh_from_db()
    low.refresh_from_db()
    high.refresh_from_db()
    assert (figure.status, figure.reconciled_by, figure.version) == ("reconciled", editor, 2)
    assert (low.rank, high.rank, high.rank_reason) == ("preferred", "deprecated", "unsourced")
    # The deprecated claim keeps its conflict; the figure no longer counts it.
    assert (high.conflict, figure.conflict) == ("hard", "")
    last = figure.history.first()
    assert last.history_user == editor
    assert last.rationale == "The official count is better sourced."
    assert high.history.first().history_user == editor


def test_stale_version_is_refused_and_nothing_is_written(conflicted_figure, editor):
    figure, low, _ = conflicted_figure
    loaded = figure.version
    reconciliation.reconcile_figure(
        figure,
        accepted_low=Decimal(200),
        accepted_high=Decimal(200),
        accepted_qualifier="approximate",
        rationale="first",
        editor=editor,
        expected_version=loaded,
    )
    with pytest.raises(reconciliation.StaleFigure):
        reconciliation.reconcile_figure(
            Figure.objects.get(pk=figure.pk),
            accepted_low=None,
            accepted_high=Decimal(600),
            accepted_qualifier="at_most",
            rationale="second",
            editor=editor,
            expected_version=loaded,
            ranks={low.pk: ("deprecated", "")},
        )
    figure.refresh_from_db()
    low.refresh_from_db()
    assert (figure.rationale, low.rank) == ("first", "normal")


def test_inconsistent_accepted_value_is_refused(conflicted_figure, editor):
    figure, _, _ = conflicted_figure
    with pytest.raises(ValidationError):
        reconciliation.reconcile_figure(
            figure,
            accepted_low=Decimal(5),
            accepted_high=Decimal(6),
            accepted_qualifier="at_least",
            rationale="",
            editor=editor,
            expected_version=figure.version,
        )


def test_merge_moves_claims_and_keeps_rationale(conflicted_figure, make_claim, make_figure, editor):
    figure, _, _ = conflicted_figure
    other = make_figure(title="Deportations that night", rationale="Seen in two outlets.")
    third = make_claim(figure=other)
    other_id = other.pk
    kept = reconciliation.merge_figures([figure, other], editor=editor)
    assert kept.pk == figure.pk
    assert not Figure.objects.filter(pk=other_id).exists()
    third.refresh_from_db()
    assert third.figure_id == figure.pk
    assert "Seen in two outlets." in Figure.objects.get(pk=figure.pk).rationale
    assert Figure.history.filter(id=other_id, history_type="-").exists()


def test_split_and_move_recompute_both_figures(conflicted_figure, editor):
    figure, _low, high = conflicted_figure
    new = reconciliation.split_figure(figure, [high], editor=editor)
    figure.refresh_from_db()
    high.refresh_from_db()
    assert high.figure_id == new.pk
    assert figure.conflict == "" and new.conflict == ""
    reconciliation.move_claim(high, figure, editor=editor)
    figure.refresh_from_db()
    assert figure.conflict == "hard"
    reconciliation.move_claim(high, None, editor=editor)
    high.refresh_from_db()
    assert (high.figure_id, high.conflict) == (None, "")


def test_correction_is_kept_beside_extracted_value_and_recomputes(conflicted_figure, editor):
    figure, _low, high = conflicted_figure
    reconciliation.review_claim(
        high,
        status="corrected",
        editor=editor,
        corrected_low=Decimal(200),
        corrected_high=Decimal(200),
        corrected_qualifier="approximate",
        note="misread",
    )
    high.refresh_from_db()
    figure.refresh_from_db()
    assert (high.low, high.corrected_low, high.effective_low) == (Decimal(600), Decimal(200), Decimal(200))
    assert figure.conflict == ""


def test_rejected_claim_leaves_conflicts_and_public_pages_but_stays(conflicted_figure, editor):
    figure, _low, high = conflicted_figure
    reconciliation.review_claim(high, status="rejected", editor=editor)
    figure.refresh_from_db()
    assert figure.conflict == ""
    assert Claim.objects.filter(pk=high.pk).exists()
    assert high.pk not in Claim.objects.public().values_list("pk", flat=True)


def test_rank_claims_in_bulk_bumps_figure_version(conflicted_figure, editor):
    figure, low, high = conflicted_figure
    assert reconciliation.rank_claims([low, high], "deprecated", editor=editor) == 2
    figure.refresh_from_db()
    assert figure.version == 2


def test_accept_suggestion_puts_claims_in_figure(make_claim, make_figure, editor):
    figure = make_figure(status="suggested")
    claim = make_claim(suggested_figure=figure)
    reconciliation.accept_suggestion(figure, editor=editor)
    claim.refresh_from_db()
    figure.refresh_from_db()
    assert (claim.figure_id, figure.status) == (figure.pk, "open")


@pytest.mark.parametrize(("third_rank", "expected"), [("normal", "hard"), ("deprecated", "")])
def test_a_suggestion_and_an_editors_figure_with_the_same_claims_have_one_conflict(
    make_document, make_claim, make_figure, third_rank, expected
):
    """Suggestions store their conflict in bulk, editors' figures one by one: both through ``conflicts.roll_up``."""
    from claims.suggestions.storage import store_suggestion_conflicts, suggestable_claims

    suggestion = make_figure(status="suggested")
    figure = make_figure(status="open")
    for holder in ("suggested_figure", "figure"):
        document = make_document(text=TEXT + " Police later said at least 190 people were deported.")
        target = suggestion if holder == "suggested_figure" else figure
        make_claim(document=document, quote="About 200", low=Decimal(200), high=Decimal(200), **{holder: target})
        make_claim(
            document=document,
            quote="at least 190",
            low=Decimal(190),
            high=None,
            qualifier="at_least",
            **{holder: target},
        )
        make_claim(
            document=document,
            quote="about 600",
            low=Decimal(600),
            high=Decimal(600),
            rank=third_rank,
            **{holder: target},
        )
        make_claim(
            document=document,
            quote="people were deported overnight",
            low=Decimal(9),
            high=Decimal(9),
            qualifier="exact",
            status="rejected",
            **{holder: target},
        )

    members = list(suggestable_claims().filter(suggested_figure=suggestion))
    store_suggestion_conflicts([suggestion], {suggestion.pk: members})
    assert reconciliation.recompute_conflicts(figure).conflict == expected
    suggestion.refresh_from_db()
    figure.refresh_from_db()
    assert suggestion.conflict == figure.conflict == expected
    assert reconciliation.recompute_conflicts(suggestion) == reconciliation.StoredConflicts(expected)


def test_recompute_conflicts_reports_what_it_changed(conflicted_figure):
    figure, low, _ = conflicted_figure
    assert reconciliation.recompute_conflicts(figure) == reconciliation.StoredConflicts("hard")
    Claim.objects.filter(pk=low.pk).update(conflict="")
    Figure.objects.filter(pk=figure.pk).update(conflict="soft")
    figure.refresh_from_db()
    assert reconciliation.recompute_conflicts(figure) == reconciliation.StoredConflicts("hard", True, 1)
