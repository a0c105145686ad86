"""Issue 13, item 14: the demo shows the product (a reconciled figure, reconciled first, suggested claims shown)."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.management.commands.setup_demo import DEMO_FIGURE, DEMO_USERNAME
from claims.models import Claim, Figure, FigureStatus

pytestmark = pytest.mark.django_db


def setup_demo() -> None:
    call_command("setup_demo", stdout=io.StringIO(), stderr=io.StringIO())


def snapshot() -> list[tuple]:
    figures = list(Figure.objects.order_by("pk").values_list())
    claims = list(Claim.objects.order_by("pk").values_list())
    return [figures, claims, Figure.history.count(), Claim.history.count()]


def test_setup_demo_reconciles_the_screenshot_figure():
    """Issue 13, item 14: after setup_demo the screenshot's figure is reconciled by the demo editor."""
    setup_demo()
    figure = Figure.objects.get(title=DEMO_FIGURE.title)
    assert figure.status == FigureStatus.RECONCILED
    assert (figure.accepted_low, figure.accepted_high, figure.accepted_qualifier) == (None, Decimal(2000), "at_most")
    assert figure.rationale == DEMO_FIGURE.rationale
    assert figure.reconciled_by.username == DEMO_USERNAME
    ranks = {claim.quote: claim.rank for claim in Claim.objects.filter(figure=figure)}
    assert ranks == {wanted.quote: wanted.rank for wanted in DEMO_FIGURE.claims}


def test_setup_demo_twice_changes_nothing():
    """Issue 13, item 14: a second setup_demo changes no figure, claim or history record."""
    setup_demo()
    before = snapshot()
    setup_demo()
    assert snapshot() == before


def test_home_lists_reconciled_figures_first(client):
    """Issue 13, item 14: the home page puts the reconciled figure before the suggestions."""
    setup_demo()
    later = timezone.now() + timedelta(hours=1)
    Figure.objects.exclude(title=DEMO_FIGURE.title).update(title="a later suggestion", updated_at=later)
    html = client.get("/").content.decode()
    figures = html[html.index('<ul class="figures">') :]
    assert figures.index(DEMO_FIGURE.title) < figures.index("a later suggestion")


def test_suggested_figure_page_lists_its_claims(client):
    """Issue 13, item 14: a suggested figure's page shows its suggested claims, marked as suggested."""
    setup_demo()
    figure = Figure.objects.filter(status=FigureStatus.SUGGESTED).order_by("pk").first()
    quotes = set(Claim.objects.filter(suggested_figure=figure).values_list("quote", flat=True))
    html = client.get(figure.get_absolute_url()).content.decode()
    assert "No claims on this figure yet" not in html
    assert all(f"“{quote}”" in html for quote in quotes)
    assert 'class="badge suggested"' in html
