"""``manage.py setup_demo``: the seed corpus (through the ingest pipeline), a demo editor, one reconciled figure."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.management.base import BaseCommand, CommandParser

from claims.models import Claim, Figure, FigureStatus, Rank
from claims.permissions import make_editor
from claims.pipeline import ingest
from claims.reconciliation import accept_suggestion, rank_claims, reconcile_figure

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "tally-demo-editor"


@dataclass(frozen=True)
class DemoClaim:
    """One seed claim of the demo figure, found by its file and quote, and the rank the demo editor gives it."""

    source_name: str
    quote: str
    rank: str
    reason: str


@dataclass(frozen=True)
class DemoFigure:
    """What the demo editor decides about one seed figure (the page of docs/screenshot.png)."""

    title: str
    scope: str
    period: str
    accepted_low: Decimal | None
    accepted_high: Decimal | None
    accepted_qualifier: str
    rationale: str
    claims: tuple[DemoClaim, ...]


DEMO_FIGURE = DemoFigure(
    title="North Korean escapees detained in China, 2023",
    scope="North Koreans held in China",
    period="2023",
    accepted_low=None,
    accepted_high=Decimal(2000),
    accepted_qualifier="at_most",
    rationale="Rights groups give 2,000 as an upper bound; no count exceeds it.",
    claims=(
        DemoClaim("000_fffd9698dc9c6cdd.txt", "as many as 2,000", Rank.PREFERRED, "States the bound explicitly."),
        DemoClaim("001_739fe36cbf63b5e6.txt", "Some 2,000", Rank.NORMAL, ""),
        DemoClaim("001_739fe36cbf63b5e6.txt", "reportedly 2,000", Rank.DEPRECATED, "Unattributed repetition."),
    ),
)


def reconcile_demo_figure(editor: AbstractBaseUser, demo: DemoFigure = DEMO_FIGURE) -> Figure | None:
    """Reconcile the demo figure as an editor's save does; return it (None when its seed claims are missing).

    The claims are found by file and quote; their figure (a suggestion after ingest) is
    accepted with just these claims, its claims ranked and its value reconciled, through the
    functions of ``claims.reconciliation``. A figure already reconciled is left as it is, so a
    second run (or a run after an editor changed it) changes nothing.
    """
    claims = []
    for wanted in demo.claims:
        claim = Claim.objects.filter(document__source_name=wanted.source_name, quote=wanted.quote).first()
        if claim is None:
            return None
        claims.append(claim)
    figure_ids = {claim.figure_id for claim in claims if claim.figure_id} or {
        claim.suggested_figure_id for claim in claims if claim.suggested_figure_id
    }
    if len(figure_ids) != 1:
        return None
    figure = Figure.objects.get(pk=figure_ids.pop())
    if figure.status == FigureStatus.RECONCILED:
        return figure
    if figure.status == FigureStatus.SUGGESTED:
        accept_suggestion(figure, editor=editor, claims=claims)
    for claim, wanted in zip(claims, demo.claims, strict=True):
        rank_claims([claim], wanted.rank, editor=editor, reason=wanted.reason)
    figure.refresh_from_db()
    return reconcile_figure(
        figure,
        accepted_low=demo.accepted_low,
        accepted_high=demo.accepted_high,
        accepted_qualifier=demo.accepted_qualifier,
        rationale=demo.rationale,
        editor=editor,
        expected_version=figure.version,
        title=demo.title,
        scope=demo.scope,
        period=demo.period,
    )


class Command(BaseCommand):
    help = (
        "Load the seed corpus (ingested, cited and with figures suggested), create the demo editor account "
        "with a known password and reconcile one seed figure as that editor (idempotent). "
        "For a real editor account use createeditor."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--corpus", type=Path, default=Path(settings.BASE_DIR) / "data" / "seeds")

    def handle(self, *args: object, corpus: Path, **options: object) -> None:
        report = ingest([corpus])
        self.stdout.write(f"Seed corpus: {report.summary()}")
        for failure in report.failures:
            self.stderr.write(f"error: {failure.message}")
        editor, _ = make_editor(DEMO_USERNAME, email="editor@example.org", password=DEMO_PASSWORD)
        self.stdout.write(
            f"Demo editor account: username {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r} "
            f"(admin at http://127.0.0.1:8000/admin/)"
        )
        figure = reconcile_demo_figure(editor)
        if figure is None:
            self.stderr.write("The demo figure's seed claims were not found; no figure reconciled.")
        else:
            self.stdout.write(f"Reconciled figure: {figure.title} ({figure.get_absolute_url()})")
