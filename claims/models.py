"""Claims, figures and reconciliation: what the articles say and what editors decide."""

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Self

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.base import DEFERRED
from django.urls import reverse
from simple_history.models import HistoricalRecords

from corpus.models import Document

VALUE_DIGITS = 30
VALUE_PLACES = 6


def value_field(**kwargs: object) -> models.DecimalField:
    """Return a nullable exact-decimal field for one end of an interval (null is an open end)."""
    return models.DecimalField(max_digits=VALUE_DIGITS, decimal_places=VALUE_PLACES, null=True, blank=True, **kwargs)


class Qualifier(models.TextChoices):
    EXACT = "exact", "exact"
    APPROXIMATE = "approximate", "approximate"
    AT_LEAST = "at_least", "at least"
    AT_MOST = "at_most", "at most"
    RANGE = "range", "range"
    VAGUE = "vague", "vague"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "unreviewed"
    CONFIRMED = "confirmed", "confirmed"
    CORRECTED = "corrected", "corrected"
    REJECTED = "rejected", "rejected (not a claim)"


class Rank(models.TextChoices):
    PREFERRED = "preferred", "preferred"
    NORMAL = "normal", "normal"
    DEPRECATED = "deprecated", "deprecated"


def rank_order() -> models.Case:
    """Return a claim's place in rank order as SQL: preferred 0, normal 1, deprecated 2 (``Rank``'s order).

    The one definition of rank order: ``ClaimQuerySet.by_rank`` and ``in_lookup_order`` sort
    by it, and the lookup-order index (``Claim.Meta.indexes``, so its migration) is built from it.
    """
    return models.Case(
        *(models.When(rank=rank, then=i) for i, rank in enumerate(Rank.values)),
        output_field=models.IntegerField(),
    )


def rank_position(rank: str) -> int:
    """Return the place of a rank in rank order, in Python; unknown ranks last (as SQL's NULL).

    >>> [rank_position(rank) for rank in ("preferred", "normal", "deprecated", "")]
    [0, 1, 2, 3]
    """
    return Rank.values.index(rank) if rank in Rank.values else len(Rank.values)


# The columns a claim's value, unit and review filters test (``claims.filters.ClaimFilter``), kept in the
# indexes that test them without reading rows: by id (a full-text match) and in lookup order.
FILTERED_COLUMNS = ("unit", "status", "anchor", "high", "low", "corrected_high", "corrected_low")


def lookup_order() -> tuple[models.OrderBy, models.Case, models.OrderBy]:
    """Return the citation-lookup order: by figure (claims on none last), rank, newest claim first."""
    return models.F("figure_id").asc(nulls_last=True), rank_order(), models.F("id").desc()


class Anchor(models.TextChoices):
    ANCHORED = "anchored", "anchored"
    MOVED = "moved", "moved"
    ORPHANED = "orphaned", "orphaned"


class Conflict(models.TextChoices):
    SOFT = "soft", "soft"
    HARD = "hard", "hard"


class PeriodPrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class FigureStatus(models.TextChoices):
    SUGGESTED = "suggested", "suggested"
    OPEN = "open", "open"
    RECONCILED = "reconciled", "reconciled"


def interval_constraints(prefix: str, low: str, high: str, qualifier: str) -> list[models.CheckConstraint]:
    """Return the check constraints that keep an interval consistent with its qualifier."""
    return [
        models.CheckConstraint(
            condition=Q(**{f"{low}__isnull": True})
            | Q(**{f"{high}__isnull": True})
            | Q(**{f"{low}__lte": models.F(high)}),
            name=f"{prefix}_low_lte_high",
        ),
        models.CheckConstraint(
            condition=Q(**{f"{qualifier}__in": [*Qualifier.values, ""]}),
            name=f"{prefix}_qualifier_valid",
        ),
        models.CheckConstraint(
            condition=~Q(**{qualifier: Qualifier.AT_MOST}) | Q(**{f"{low}__isnull": True}),
            name=f"{prefix}_at_most_open_low",
        ),
        models.CheckConstraint(
            condition=~Q(**{qualifier: Qualifier.AT_LEAST}) | Q(**{f"{high}__isnull": True}),
            name=f"{prefix}_at_least_open_high",
        ),
    ]


class Figure(models.Model):
    """One real-world quantity that several claims report; editors reconcile it."""

    title = models.CharField(max_length=300)
    unit = models.CharField(max_length=64, blank=True)
    scope = models.CharField(max_length=500, blank=True, help_text="What is counted, where.")
    period = models.CharField(max_length=200, blank=True, help_text="The time the figure is about.")
    status = models.CharField(max_length=12, choices=FigureStatus, default=FigureStatus.OPEN)
    suggestion_reason = models.TextField(blank=True, help_text="Why the suggester grouped these claims.")
    review_reason = models.TextField(blank=True, help_text="Why a reconciled figure needs review again.")
    accepted_low = value_field()
    accepted_high = value_field()
    accepted_qualifier = models.CharField(max_length=12, choices=Qualifier, blank=True)
    rationale = models.TextField(blank=True)
    conflict = models.CharField(max_length=4, choices=Conflict, blank=True)
    reconciled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reconciled_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every save; stops silent overwrites.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["title", "id"]
        indexes = [models.Index(fields=["status", "conflict"], name="figure_status_conflict_idx")]
        constraints = [
            *interval_constraints("figure_accepted", "accepted_low", "accepted_high", "accepted_qualifier"),
            models.CheckConstraint(condition=Q(status__in=FigureStatus.values), name="figure_status_valid"),
            models.CheckConstraint(condition=Q(conflict__in=[*Conflict.values, ""]), name="figure_conflict_valid"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("figure-detail", args=[self.pk])

    @property
    def has_accepted_value(self) -> bool:
        return bool(self.accepted_qualifier)


@functools.lru_cache(maxsize=64)
def read_positions(model: type[models.Model], field_names: tuple[str, ...]) -> tuple[int | None, ...]:
    """Return, for each concrete field of ``model`` in order, where its value stands in a row that read ``field_names``
    (None: not read), as Django's ``Model.from_db`` takes them: the fields read, in the model's order.

    >>> names = [field.attname for field in Claim._meta.concrete_fields]
    >>> positions = read_positions(Claim, ("unit", "id"))
    >>> positions[names.index("id")], positions[names.index("unit")], positions.count(None) == len(names) - 2
    (0, 1, True)
    """
    read = set(field_names)
    positions: list[int | None] = []
    for field in model._meta.concrete_fields:
        positions.append(sum(1 for at in positions if at is not None) if field.attname in read else None)
    return tuple(positions)


class ClaimQuerySet(models.QuerySet["Claim"]):
    def public(self) -> "ClaimQuerySet":
        """Return the claims readers may see: everything an editor has not rejected."""
        return self.exclude(status=ReviewStatus.REJECTED)

    def for_figure(self, figure: Figure) -> "ClaimQuerySet":
        """Return a figure's claims (for a suggestion, the claims suggested for it), preferred first, with documents."""
        if figure.status == FigureStatus.SUGGESTED:
            members = self.filter(suggested_figure=figure, figure__isnull=True)
        else:
            members = self.filter(figure=figure)
        return members.select_related("document", "document__outlet").by_rank()

    def by_rank(self) -> "ClaimQuerySet":
        """Return the claims in rank order (preferred, normal, deprecated), oldest article first within a rank."""
        return self.order_by(rank_order(), "document__published", "document_id", "start")

    def in_lookup_order(self) -> "ClaimQuerySet":
        """Return the claims as citation lookups list them: by figure (none last), rank, newest first."""
        return self.order_by(*lookup_order())

    def interval_groups(self) -> "models.QuerySet[Any]":
        """Return the claims grouped by the interval editors stand behind, rank, conflict and whether orphaned.

        One row per group (``effective_low``, ``effective_high``, ``effective_qualifier``,
        ``effective_unit``, ``conflict``, ``rank``, ``orphaned``, ``claims``: how many), orphans then
        most claims first: a figure of ten thousand claims is charted from a few dozen rows.
        """
        corrected = models.Q(status=ReviewStatus.CORRECTED)

        def effective(field: str, *, text: bool = False) -> models.Case:
            when = corrected & ~models.Q(**{f"corrected_{field}": ""}) if text else corrected
            return models.Case(models.When(when, then=F(f"corrected_{field}")), default=F(field))

        return (
            self.order_by()
            .annotate(
                effective_low=effective("low"),
                effective_high=effective("high"),
                effective_qualifier=effective("qualifier", text=True),
                effective_unit=effective("unit", text=True),
                orphaned=models.Case(
                    models.When(anchor=Anchor.ORPHANED, then=models.Value(True)),
                    default=models.Value(False),
                    output_field=models.BooleanField(),
                ),
            )
            .values(
                "effective_low",
                "effective_high",
                "effective_qualifier",
                "effective_unit",
                "conflict",
                "rank",
                "orphaned",
            )
            .annotate(claims=models.Count("id"))
            .order_by("-orphaned", "-claims", "effective_qualifier", "conflict", "rank")
        )

    def intersecting(self, low: Decimal | None, high: Decimal | None) -> "ClaimQuerySet":
        """Return the claims whose interval intersects ``[low, high]`` (None is an open end)."""
        result = self
        if low is not None:
            result = result.filter(Q(high__isnull=True) | Q(high__gte=low))
        if high is not None:
            result = result.filter(Q(low__isnull=True) | Q(low__lte=high))
        return result


class Claim(models.Model):
    """One numeric statement inside a document, anchored to its exact span."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.CharField(max_length=500)
    prefix = models.CharField(max_length=200, blank=True)
    suffix = models.CharField(max_length=200, blank=True)

    # What the extractor read; never overwritten by an editor.
    low = value_field()
    high = value_field()
    qualifier = models.CharField(max_length=12, choices=Qualifier)
    unit = models.CharField(max_length=64, blank=True, db_index=True)
    noun = models.CharField(max_length=200, blank=True, help_text="The counted noun as written.")
    attribution = models.CharField(max_length=500, blank=True, help_text="The source named for the number.")
    rule = models.CharField(max_length=100, blank=True, help_text="The extractor rule that read the value.")
    extractor_version = models.CharField(max_length=64, blank=True)
    # The claim's context, read by the extractor: what is counted, where, when and who says it.
    sentence = models.TextField(blank=True, help_text="The sentence the claim stands in.")
    subject = models.CharField(max_length=300, blank=True, help_text="What is counted, in readable words.")
    event = models.CharField(max_length=100, blank=True, help_text="The predicate that governs the number.")
    place = models.CharField(max_length=300, blank=True, help_text="Places named around the claim, '; '-separated.")
    period_text = models.CharField(max_length=100, blank=True, help_text="The words that say when.")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    period_precision = models.CharField(max_length=5, choices=PeriodPrecision, blank=True)
    attribution_start = models.PositiveIntegerField(null=True, blank=True)
    attribution_end = models.PositiveIntegerField(null=True, blank=True)
    hedge = models.CharField(max_length=100, blank=True, help_text="Hedge words kept apart from the source.")
    unread_since = models.CharField(
        max_length=64,
        blank=True,
        help_text="The lexicon version whose extractor no longer reads this claim (kept, never deleted); "
        "blank while it is read.",
    )

    # Review: an editor's reading is kept beside the extractor's.
    status = models.CharField(max_length=12, choices=ReviewStatus, default=ReviewStatus.UNREVIEWED)
    corrected_low = value_field()
    corrected_high = value_field()
    corrected_qualifier = models.CharField(max_length=12, choices=Qualifier, blank=True)
    corrected_unit = models.CharField(max_length=64, blank=True)
    review_note = models.TextField(blank=True)

    # Anchoring through edits of the document.
    anchor = models.CharField(max_length=10, choices=Anchor, default=Anchor.ANCHORED)
    anchor_distance = models.PositiveIntegerField(null=True, blank=True, help_text="Edit distance when moved.")

    # Figures.
    figure = models.ForeignKey(Figure, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    suggested_figure = models.ForeignKey(
        Figure, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggested_claims"
    )
    rank = models.CharField(max_length=10, choices=Rank, default=Rank.NORMAL)
    rank_reason = models.TextField(blank=True)
    conflict = models.CharField(max_length=4, choices=Conflict, blank=True)
    suggested_conflict = models.CharField(
        max_length=4, choices=Conflict, blank=True, help_text="The worst conflict this claim is in on its suggestion."
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every editor's save; stops silent overwrites."
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["document", "start", "id"]
        indexes = [
            models.Index(fields=["document", "start"], name="claim_document_start_idx"),
            models.Index(fields=["unit", "low"], name="claim_unit_low_idx"),
            models.Index(fields=["unit", "high"], name="claim_unit_high_idx"),
            # Every column of a value filter (an editor's correction, open ends, rejection), so a filtered
            # list's count is read from this index alone, never from the rows. Highest first, open ends
            # too on PostgreSQL: a capped count finds its matches in the first entries of a unit instead
            # of after every smaller value (claims migration 0013).
            models.Index(
                fields=["unit", "-high", "low", "status", "corrected_high", "corrected_low"],
                name="claim_unit_interval_desc_idx",
            ),
            # The columns a search's value, unit and review filters test, keyed by id: on SQLite a claim
            # found through the full-text index is tested here, in a few narrow pages, instead of in its
            # row (a lookup's capped count tests some 50,000 of a common word's matches at 1 M claims;
            # claims migration 0014). PostgreSQL reads its matches' rows from the heap either way.
            models.Index(fields=["id", *FILTERED_COLUMNS], name="claim_id_filter_idx"),
            models.Index(fields=["status"], name="claim_status_idx"),
            models.Index(fields=["-created_at"], name="claim_created_idx"),
            # Citation lookups walk this index in order and stop after a page of matches; it holds the
            # columns their filters test, so the first claims in lookup order are tested in it, never
            # read as whole rows (claims migration 0015).
            models.Index(
                F("figure"),
                rank_order(),
                F("id").desc(),
                F("rank"),
                *(F(column) for column in FILTERED_COLUMNS),
                name="claim_lookup_covering_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="claim_start_before_end"),
            *interval_constraints("claim", "low", "high", "qualifier"),
            models.CheckConstraint(condition=~Q(qualifier=""), name="claim_qualifier_set"),
            *interval_constraints("claim_corrected", "corrected_low", "corrected_high", "corrected_qualifier"),
            models.CheckConstraint(condition=Q(status__in=ReviewStatus.values), name="claim_status_valid"),
            models.CheckConstraint(condition=Q(rank__in=Rank.values), name="claim_rank_valid"),
            models.CheckConstraint(condition=Q(anchor__in=Anchor.values), name="claim_anchor_valid"),
            models.CheckConstraint(condition=Q(conflict__in=[*Conflict.values, ""]), name="claim_conflict_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.quote} ({self.unit or 'no unit'})"

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])

    @classmethod
    def from_db(cls, db: str | None, field_names: Sequence[str], values: Sequence[Any], **kwargs: Any) -> Self:
        """Django's ``from_db``, with where each field of a read of some fields (``only``) stands found once per read.

        Django asks for every row, field by field, whether the field is among those read: the suggester reads tens of
        thousands of claims with some of their fields (``claims.suggestions.storage.CLAIM_FIELDS``), a third of the
        cost of making them. The row given on is the one Django builds, its unread fields ``DEFERRED``.
        """
        if len(values) != len(cls._meta.concrete_fields):
            values = [DEFERRED if at is None else values[at] for at in read_positions(cls, tuple(field_names))]
        return super().from_db(db, field_names, values, **kwargs)

    @property
    def is_corrected(self) -> bool:
        return self.status == ReviewStatus.CORRECTED

    @property
    def is_edited(self) -> bool:
        """Return whether an editor has decided anything about this claim (review, correction, figure, rank)."""
        return (
            self.status != ReviewStatus.UNREVIEWED
            or self.figure_id is not None
            or self.rank != Rank.NORMAL
            or bool(self.rank_reason or self.review_note or self.corrected_qualifier or self.corrected_unit)
            or self.corrected_low is not None
            or self.corrected_high is not None
        )

    @property
    def is_open_ended(self) -> bool:
        return self.effective_low is None or self.effective_high is None

    @property
    def effective_low(self) -> Decimal | None:
        """Return the lower end editors stand behind: the correction if there is one."""
        return self.corrected_low if self.is_corrected else self.low

    @property
    def effective_high(self) -> Decimal | None:
        return self.corrected_high if self.is_corrected else self.high

    @property
    def effective_qualifier(self) -> str:
        return self.corrected_qualifier if self.is_corrected and self.corrected_qualifier else self.qualifier

    @property
    def effective_unit(self) -> str:
        return self.corrected_unit if self.is_corrected and self.corrected_unit else self.unit


class ReadingKind(models.TextChoices):
    CHANGED = "changed", "read differently"
    UNREAD = "unread", "no longer read"
    READ_AGAIN = "read_again", "read again"


class ReadingChange(models.Model):
    """A claim read differently once the extractor or lexicon changed, as ``manage.py reextract`` found it.

    The reading before and after is kept with the lexicon version that read it again. A claim
    no editor had touched takes the new reading (``applied``); a claim an editor had reviewed,
    corrected, ranked or placed in a figure keeps its reading, and this row tells the editor
    what the extractor reads now.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reading_changes")
    kind = models.CharField(max_length=10, choices=ReadingKind)
    lexicon_version = models.CharField(max_length=64)
    applied = models.BooleanField(help_text="Whether the claim took the new reading (false: an editor had decided).")
    old_quote = models.CharField(max_length=500, blank=True)
    old_low = value_field()
    old_high = value_field()
    old_qualifier = models.CharField(max_length=12, choices=Qualifier, blank=True)
    old_unit = models.CharField(max_length=64, blank=True)
    new_quote = models.CharField(max_length=500, blank=True)
    new_low = value_field()
    new_high = value_field()
    new_qualifier = models.CharField(max_length=12, choices=Qualifier, blank=True)
    new_unit = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ReadingKind.values), name="reading_change_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.old_quote} → {self.new_quote or '—'} ({self.lexicon_version})"


class Equivalence(models.TextChoices):
    SAME = "same", "count the same thing"
    DIFFERENT = "different", "count different things"


class LearnedEquivalence(models.Model):
    """Two counted terms ("escapee", "defector") that editors put in one figure, or split apart.

    ``claims.reconciliation`` records one when an editor merges claims whose counted terms
    differ (same) or splits a suggestion (different); the suggester follows them. Terms are
    stems (``claims.suggestions.words.stem``), stored in order (``first`` < ``second``).
    Editors list, change and delete them in the admin.
    """

    first = models.CharField(max_length=100)
    second = models.CharField(max_length=100)
    relation = models.CharField(max_length=9, choices=Equivalence)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True, help_text="What taught it (the figure, the merge or split).")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["first", "second"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="learned_equivalence_unique_pair"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="learned_equivalence_ordered"),
            models.CheckConstraint(condition=Q(relation__in=Equivalence.values), name="learned_equivalence_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.first} / {self.second}: {self.get_relation_display()}"
