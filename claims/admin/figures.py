"""Figures in the admin: their claims inline, conflicts, suggestions and the editor's reconciliation.

A figure form carries the version it was loaded at; saving a figure that another editor changed
meanwhile is refused with the submitted values shown back.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.html import format_html

from claims import conflicts, reconciliation
from claims.admin.shared import HistoryAdmin, PlainNumberInput, interval_text, quote_in_context
from claims.charts import render_interval_chart
from claims.models import Claim, Figure, FigureStatus, Rank, ReviewStatus


class FigureClaimForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = ["rank", "rank_reason"]
        widgets = {"rank_reason": forms.Textarea(attrs={"rows": 2, "cols": 30})}


class FigureClaimInline(admin.TabularInline):
    """The claims of an editor's figure: read in context, each ranked with a reason."""

    model = Claim
    fk_name = "figure"
    form = FigureClaimForm
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    verbose_name = "claim"
    verbose_name_plural = "claims on this figure (rank each; deprecated claims stay)"
    fields = ["context", "source", "value", "rank", "rank_reason"]
    readonly_fields = ["context", "source", "value"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("document", "document__outlet").by_rank()

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="quote in context")
    def context(self, claim: Claim) -> str:
        return quote_in_context(claim)

    @admin.display(description="outlet, date, attribution")
    def source(self, claim: Claim) -> str:
        document = claim.document
        outlet = document.outlet.name if document.outlet_id else "no outlet"
        return format_html(
            '<a href="{}">{}</a><br>{}<br><small>attribution: {}</small>',
            reverse("admin:corpus_document_change", args=[document.pk]),
            outlet,
            document.published_display,
            claim.attribution or "none",
        )

    @admin.display(description="interval, qualifier, review, conflict")
    def value(self, claim: Claim) -> str:
        extracted = f"{claim.get_qualifier_display()} {interval_text(claim.low, claim.high)} {claim.unit}"
        if claim.is_corrected:
            corrected = (
                f"{claim.effective_qualifier} {interval_text(claim.corrected_low, claim.corrected_high)} "
                f"{claim.effective_unit}"
            )
            shown = format_html("{}<br><small>extracted: {}</small>", corrected, extracted)
        else:
            shown = format_html("{}", extracted)
        conflict = (
            format_html('<strong class="conflict conflict-{}">{} conflict</strong>', claim.conflict, claim.conflict)
            if claim.conflict
            else "no conflict"
        )
        return format_html("{}<br>{}<br>{}", shown, claim.get_status_display(), conflict)


class SuggestedClaimInline(FigureClaimInline):
    """The claims a suggested figure proposes; an editor accepts, splits or merges them."""

    fk_name = "suggested_figure"
    verbose_name_plural = "claims suggested for this figure (accept the suggestion to rank them)"
    readonly_fields = [*FigureClaimInline.readonly_fields, "rank", "rank_reason"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).filter(figure__isnull=True)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# --- figures ---------------------------------------------------------------------------


class ConflictFilter(admin.SimpleListFilter):
    conflict = ""

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "yes"), ("no", "no")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Figure]) -> QuerySet[Figure]:
        if self.value() == "yes":
            return queryset.filter(conflict=self.conflict)
        if self.value() == "no":
            return queryset.exclude(conflict=self.conflict)
        return queryset


class HardConflictFilter(ConflictFilter):
    title = "has hard conflict"
    parameter_name = "hard_conflict"
    conflict = "hard"


class SoftConflictFilter(ConflictFilter):
    title = "has soft conflict"
    parameter_name = "soft_conflict"
    conflict = "soft"


class UnreviewedFilter(admin.SimpleListFilter):
    """Figures no editor has decided yet: suggestions and open figures, or figures with unreviewed claims."""

    title = "unreviewed"
    parameter_name = "unreviewed"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("yes", "yes: no decision yet"),
            ("claims", "has unreviewed claims"),
            ("no", "no: reconciled"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Figure]) -> QuerySet[Figure]:
        if self.value() == "yes":
            return queryset.exclude(status=FigureStatus.RECONCILED)
        if self.value() == "claims":
            return queryset.filter(
                Q(claims__status=ReviewStatus.UNREVIEWED) | Q(suggested_claims__status=ReviewStatus.UNREVIEWED)
            ).distinct()
        if self.value() == "no":
            return queryset.filter(status=FigureStatus.RECONCILED)
        return queryset


class ReviewQueueFilter(admin.SimpleListFilter):
    """The review queue: suggested figures, those with a hard conflict first, then soft, then the largest."""

    title = "review queue"
    parameter_name = "queue"
    SUGGESTIONS = "suggestions"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(self.SUGGESTIONS, "suggestions, hard conflicts first")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Figure]) -> QuerySet[Figure]:
        if self.value() == self.SUGGESTIONS:
            return queryset.filter(status=FigureStatus.SUGGESTED)
        return queryset


def conflict_order() -> Case:
    """Return a figure's conflict as a sort key: hard 0, soft 1, none 2."""
    return Case(
        *(When(conflict=state, then=Value(rank)) for rank, state in enumerate(("hard", "soft"))),
        default=Value(2),
        output_field=IntegerField(),
    )


class FigureForm(forms.ModelForm):
    """The figure decision form; ``expected_version`` stops a stale save from overwriting another editor."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Figure
        fields = [
            "title",
            "unit",
            "scope",
            "period",
            "accepted_qualifier",
            "accepted_low",
            "accepted_high",
            "rationale",
        ]
        widgets = {
            "rationale": forms.Textarea(attrs={"rows": 5, "cols": 80}),
            "accepted_low": PlainNumberInput,
            "accepted_high": PlainNumberInput,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stale: Figure | None = None
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        try:
            reconciliation.validate_accepted(
                cleaned.get("accepted_low"), cleaned.get("accepted_high"), cleaned.get("accepted_qualifier") or ""
            )
        except ValidationError as error:
            self.add_error(None, error)
        if self.instance.pk:
            # The admin view runs in one transaction: the lock holds until the decision is saved.
            expected = cleaned.get("expected_version")
            try:
                reconciliation.lock_current(Figure, self.instance.pk, 0 if expected is None else expected)
            except reconciliation.StaleFigure as stale:
                current = self.stale = stale.current
                data = self.data.copy()
                data[self.add_prefix("expected_version")] = str(current.version)
                self.data = data
                who = current.reconciled_by or "another editor"
                saved = (
                    f"{current.accepted_qualifier} {interval_text(current.accepted_low, current.accepted_high)}"
                    if current.accepted_qualifier
                    else "no accepted value"
                )
                raise ValidationError(
                    "This figure changed while you were editing it (you loaded version %(expected)s; it is now "
                    "version %(now)s, last reconciled by %(who)s). Nothing was saved. Your values are still in "
                    "the form below. Saved now: %(saved)s; rationale: “%(rationale)s”. Compare, then save again "
                    "to keep yours.",
                    code="stale",
                    params={
                        "expected": expected,
                        "now": current.version,
                        "who": who,
                        "saved": saved,
                        "rationale": current.rationale[:300],
                    },
                ) from stale
        return cleaned


@admin.register(Figure)
class FigureAdmin(HistoryAdmin):
    form = FigureForm
    list_display = [
        "title",
        "unit",
        "status",
        "conflict_display",
        "claim_count",
        "accepted_display",
        "reconciled_by",
        "updated_at",
    ]
    list_filter = [ReviewQueueFilter, HardConflictFilter, SoftConflictFilter, UnreviewedFilter, "status", "unit"]
    list_select_related = ["reconciled_by"]
    search_fields = ["title", "scope", "rationale"]
    readonly_fields = [
        "status",
        "conflict",
        "suggestion_reason",
        "review_reason",
        "reconciled_by",
        "reconciled_at",
        "version",
    ]
    fieldsets = [
        (None, {"fields": ["title", "unit", "scope", "period", "status", "conflict", "suggestion_reason"]}),
        ("Needs review", {"fields": ["review_reason"]}),
        (
            "Decision",
            {
                "fields": [
                    "accepted_qualifier",
                    "accepted_low",
                    "accepted_high",
                    "rationale",
                    "reconciled_by",
                    "reconciled_at",
                    "version",
                    "expected_version",
                ]
            },
        ),
    ]
    actions = ["accept_suggestions", "merge_figures", "recompute_conflicts"]
    change_form_template = "admin/claims/figure/change_form.html"

    def revert_disabled(self, request: HttpRequest, obj: Any = None) -> bool:
        # A revert would write around the reconciliation functions (no version check, no conflicts).
        return True

    def get_queryset(self, request: HttpRequest) -> QuerySet[Figure]:
        # Annotated before ordering (as ModelAdmin.get_queryset would order): the review queue sorts by these.
        queryset = self.model._default_manager.get_queryset().annotate(
            claim_total=Count("claims", distinct=True)
            + Count("suggested_claims", filter=Q(suggested_claims__figure__isnull=True), distinct=True),
            conflict_order=conflict_order(),
        )
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    def get_ordering(self, request: HttpRequest) -> list[str]:
        if request.GET.get(ReviewQueueFilter.parameter_name) == ReviewQueueFilter.SUGGESTIONS:
            return ["conflict_order", "-claim_total", "pk"]
        return list(super().get_ordering(request))

    def get_inlines(self, request: HttpRequest, obj: Figure | None) -> list[type]:
        if obj is None:
            return []
        return [SuggestedClaimInline] if obj.status == FigureStatus.SUGGESTED else [FigureClaimInline]

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, figure: Figure) -> int:
        return figure.claim_total  # type: ignore[attr-defined]

    @admin.display(description="conflict", ordering="conflict_order")
    def conflict_display(self, figure: Figure) -> str:
        return figure.conflict or "—"

    @admin.display(description="accepted")
    def accepted_display(self, figure: Figure) -> str:
        if not figure.accepted_qualifier:
            return "—"
        return f"{figure.get_accepted_qualifier_display()} {interval_text(figure.accepted_low, figure.accepted_high)}"

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        figure = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if figure is not None:
            members = list(
                reconciliation.figure_members(figure)
                .select_related("document", "document__outlet")
                .order_by("document__published", "document_id", "start")
            )
            context["interval_chart"] = render_interval_chart(members, accepted=figure)
            context["conflict_pairs"] = describe_conflicts(members)
            context["is_suggestion"] = figure.status == FigureStatus.SUGGESTED
            context["claims_changelist"] = reverse("admin:claims_claim_changelist") + (
                f"?suggested_figure__id__exact={figure.pk}"
                if figure.status == FigureStatus.SUGGESTED
                else f"?figure__id__exact={figure.pk}"
            )
        return super().change_view(request, object_id, form_url, context)

    def save_model(self, request: HttpRequest, obj: Figure, form: FigureForm, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
        # A change is saved in save_related, with the claims' ranks, by reconcile_figure.

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is not Claim:
            super().save_formset(request, form, formset, change)
            return
        # The ranks are written by reconcile_figure in save_related; these feed the admin's change message.
        formset.new_objects, formset.deleted_objects = [], []
        formset.changed_objects = [(f.instance, f.changed_data) for f in formset.forms if f.changed_data]

    def save_related(self, request: HttpRequest, form: FigureForm, formsets: list[Any], change: bool) -> None:
        for formset in formsets:
            self.save_formset(request, form, formset, change)
        if not change:
            return
        ranks: dict[int, tuple[str, str]] = {}
        for formset in formsets:
            if formset.model is Claim and getattr(formset, "fk", None) and formset.fk.name == "figure":
                for claim_form in formset.forms:
                    data = claim_form.cleaned_data
                    if data and data.get("id") is not None:
                        ranks[data["id"].pk] = (data.get("rank") or Rank.NORMAL, data.get("rank_reason") or "")
        data = form.cleaned_data
        reconciliation.reconcile_figure(
            form.instance,
            accepted_low=data.get("accepted_low"),
            accepted_high=data.get("accepted_high"),
            accepted_qualifier=data.get("accepted_qualifier") or "",
            rationale=data.get("rationale") or "",
            editor=request.user,
            expected_version=data["expected_version"],
            ranks=ranks,
            **{field: data[field] for field in reconciliation.FIGURE_DETAILS if field in data},
        )

    @admin.action(description="Accept the selected suggestions", permissions=["change"])
    def accept_suggestions(self, request: HttpRequest, queryset: QuerySet[Figure]) -> None:
        accepted = 0
        for figure in queryset.filter(status=FigureStatus.SUGGESTED):
            reconciliation.accept_suggestion(figure, editor=request.user)
            accepted += 1
        self.message_user(request, f"Accepted {accepted} suggested figures.")

    @admin.action(description="Merge the selected figures into one", permissions=["change"])
    def merge_figures(self, request: HttpRequest, queryset: QuerySet[Figure]) -> None:
        figures = list(queryset)
        if len(figures) < 2:
            self.message_user(request, "Select two or more figures to merge.", messages.WARNING)
            return
        kept = reconciliation.merge_figures(figures, editor=request.user)
        self.message_user(
            request,
            format_html(
                'Merged {} figures into <a href="{}">{}</a>.',
                len(figures),
                reverse("admin:claims_figure_change", args=[kept.pk]),
                kept,
            ),
        )

    @admin.action(description="Recompute conflicts", permissions=["change"])
    def recompute_conflicts(self, request: HttpRequest, queryset: QuerySet[Figure]) -> None:
        for figure in queryset:
            reconciliation.recompute_conflicts(figure)
        self.message_user(request, f"Recomputed conflicts of {queryset.count()} figures.")


def describe_conflicts(members: list[Claim], limit: int = 50) -> list[dict[str, Any]]:
    """Return the conflicting pairs among a figure's claims (rejected ones left out: ``roll_up``), hard first."""
    pairs = sorted(
        conflicts.roll_up([reconciliation.conflict_member(claim) for claim in members]).pairs,
        key=lambda pair: -conflicts.SEVERITY[pair.conflict],
    )
    return [
        {"conflict": pair.conflict, "first": members[pair.first], "second": members[pair.second]}
        for pair in pairs[:limit]
    ]


# --- claims ----------------------------------------------------------------------------
