"""``manage.py recompute_conflicts`` on the real database: stale stored conflicts are fixed, a second run changes nothing."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from claims import reconciliation
from claims.management import progress
from claims.models import Claim, Figure

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night."


def run() -> str:
    out = io.StringIO()
    call_command("recompute_conflicts", stdout=out)
    return out.getvalue()


@pytest.fixture
def stale(make_document, make_claim, make_figure):
    """An editor's figure and a suggestion, each "about 200" against "about 600", stored as if no conflict."""
    figure = make_figure(title="People deported in one night", status="open")
    suggestion = make_figure(title="People deported (suggested)", status="suggested")
    for holder, target in (("figure", figure), ("suggested_figure", suggestion)):
        document = make_document(text=TEXT)
        make_claim(document=document, quote="About 200", low=Decimal(200), high=Decimal(200), **{holder: target})
        make_claim(document=document, quote="about 600", low=Decimal(600), high=Decimal(600), **{holder: target})
    loose = make_claim(document=make_document(text=TEXT), quote="About 200", conflict="soft")  # in no figure
    Figure.objects.update(conflict="")
    Claim.objects.filter(figure=figure).update(conflict="")
    return figure, suggestion, loose


def test_stale_conflicts_are_fixed_with_counts(stale):
    figure, suggestion, loose = stale
    output = run()
    # The figure's two claims take their conflict, the suggestion's two their suggested conflict, the loose one none.
    assert "2 figures checked, 2 changed; 5 claims changed" in output
    figure.refresh_from_db()
    suggestion.refresh_from_db()
    assert figure.conflict == suggestion.conflict == "hard"
    assert set(Claim.objects.filter(suggested_figure=suggestion).values_list("suggested_conflict", flat=True)) == {
        "hard"
    }
    assert set(Claim.objects.filter(figure=figure).values_list("conflict", flat=True)) == {"hard"}
    assert Claim.objects.get(pk=loose.pk).conflict == ""
    # A suggestion's claims record no conflict of their own: it belongs to an editor's figure.
    assert set(Claim.objects.filter(suggested_figure=suggestion).values_list("conflict", flat=True)) == {""}


def test_a_second_run_changes_nothing(stale):
    run()
    before = list(Claim.objects.order_by("pk").values_list("pk", "conflict", "updated_at"))
    versions = list(Figure.objects.order_by("pk").values_list("pk", "conflict", "version"))
    assert "2 figures checked, 0 changed; 0 claims changed" in run()
    assert list(Claim.objects.order_by("pk").values_list("pk", "conflict", "updated_at")) == before
    assert list(Figure.objects.order_by("pk").values_list("pk", "conflict", "version")) == versions


def test_an_empty_database_reports_zero(db):
    assert "0 figures checked, 0 changed; 0 claims changed" in run()


def test_every_figure_goes_through_the_editors_recompute(stale, monkeypatch):
    seen = []
    original = reconciliation.recompute_conflicts

    def spy(figure):
        seen.append(figure.pk)
        return original(figure)

    monkeypatch.setattr(reconciliation, "recompute_conflicts", spy)
    reconciliation.recompute_all_conflicts(chunk_size=1)
    assert sorted(seen) == sorted(Figure.objects.values_list("pk", flat=True))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_is_drawn_only_on_a_terminal(stale, monkeypatch):
    monkeypatch.setattr(progress.sys, "stderr", io.StringIO())
    assert progress.progress_bar(3, desc="figures", unit="figure") is None
    terminal = Terminal()
    monkeypatch.setattr(progress.sys, "stderr", terminal)
    assert progress.progress_bar(3, desc="figures", unit="figure", enabled=False) is None
    run()
    assert "figures" in terminal.getvalue() and "2/2" in terminal.getvalue()
