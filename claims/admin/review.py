"""Claims in the admin: review, correction, ranking and moving between figures."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from claims import reconciliation
from claims.admin.shared import (
    HistoryAdmin,
    NumberColumns,
    PlainNumberHiddenInput,
    PlainNumberInput,
    interval_text,
    quote_in_context,
)
from claims.ingest import CONTEXT_FIELDS
from claims.models import Claim, Figure, FigureStatus, Rank, ReviewStatus
from claims.wording import format_number

EDITED_FIELDS = [
    "status",
    "corrected_low",
    "corrected_high",
    "corrected_qualifier",
    "corrected_unit",
    "review_note",
    "figure",
    "rank",
    "rank_reason",
]


class ClaimReviewForm(forms.ModelForm):
    """The claim review form; ``expected_version`` stops a stale save from overwriting another editor."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = EDITED_FIELDS
        widgets = {"corrected_low": PlainNumberInput, "corrected_high": PlainNumberInput}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        unit_only = reconciliation.is_unit_only(
            cleaned.get("corrected_low"),
            cleaned.get("corrected_high"),
            cleaned.get("corrected_qualifier") or "",
            cleaned.get("corrected_unit") or "",
        )
        if cleaned.get("status") == ReviewStatus.CORRECTED and not unit_only:
            try:
                reconciliation.validate_accepted(
                    cleaned.get("corrected_low"),
                    cleaned.get("corrected_high"),
                    cleaned.get("corrected_qualifier") or "",
                )
            except ValidationError as error:
                self.add_error(None, error)
            if not cleaned.get("corrected_qualifier"):
                self.add_error("corrected_qualifier", "A corrected claim needs the editor's qualifier.")
        if self.instance.pk:
            # The admin view runs in one transaction: the lock holds until the review is saved.
            try:
                expected = cleaned.get("expected_version")
                # A post without the version is refused too: versions start at 1.
                reconciliation.lock_current(Claim, self.instance.pk, 0 if expected is None else expected)
            except reconciliation.StaleEdit as stale:
                raise stale_claim_error(self, stale) from stale
        return cleaned

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version
        for name in EDITED_FIELDS:
            # The values as loaded travel with the form, so a stale save knows what the editor changed.
            self.fields[name].show_hidden_initial = True
            if isinstance(self.fields[name], forms.DecimalField):
                self.fields[name].hidden_widget = PlainNumberHiddenInput


def stale_claim_error(form: forms.ModelForm, stale: reconciliation.StaleEdit) -> ValidationError:
    """Return the refusal of a stale claim save.

    The re-shown form carries the current version, keeps the fields the editor changed and
    shows the saved values in the others, so saving it again keeps both editors' changes.
    """
    current = stale.current
    assert isinstance(current, Claim)
    touched = set(form.changed_data)
    data = form.data.copy()
    data[form.add_prefix("expected_version")] = str(current.version)
    for name in EDITED_FIELDS:
        value = getattr(current, Claim._meta.get_field(name).attname)
        saved = (
            "" if value is None else format_number(value, grouping=False) if isinstance(value, Decimal) else str(value)
        )
        if name not in touched:
            data[form.add_prefix(name)] = saved
        data[form.add_initial_prefix(name)] = saved
    form.data = data
    correction = (
        f", corrected to {current.corrected_qualifier} {interval_text(current.corrected_low, current.corrected_high)}"
        f" {current.corrected_unit}".rstrip()
        if current.is_corrected
        else ""
    )
    return ValidationError(
        "This claim changed while you were editing it (you loaded version %(expected)s; it is now version "
        "%(now)s, %(who)s). Nothing was saved. Your changes are still in the form below; the fields you did not "
        "change show the saved values. Saved now: "
        "%(status)s%(correction)s; figure: %(figure)s; rank: %(rank)s; note: “%(note)s”; rank reason: "
        "“%(reason)s”. Compare, then save again to keep yours.",
        code="stale",
        params={
            "expected": stale.expected_version or "unknown",
            "now": current.version,
            "who": stale.last_change(),
            "status": current.get_status_display(),
            "correction": correction,
            "figure": current.figure or "none",
            "rank": current.rank,
            "note": current.review_note[:300],
            "reason": current.rank_reason[:300],
        },
    )


class MoveClaimsForm(forms.Form):
    figure = forms.ModelChoiceField(
        queryset=Figure.objects.exclude(status=FigureStatus.SUGGESTED),
        required=False,
        help_text="Leave empty to take the claims out of any figure.",
    )


@admin.register(Claim)
class ClaimAdmin(NumberColumns, HistoryAdmin):
    form = ClaimReviewForm
    list_display = [
        "quote",
        "noun",
        "qualifier",
        "low_text",
        "high_text",
        "unit",
        "status",
        "document",
        "figure",
        "suggested_figure",
        "rank",
        "conflict",
        "subject",
        "place",
        "attribution",
        "suggested_conflict",
    ]
    list_filter = [
        "status",
        "rank",
        "conflict",
        "suggested_conflict",
        "qualifier",
        "unit",
        "anchor",
        "extractor_version",
        "period_precision",
        ("subject", admin.EmptyFieldListFilter),
        ("place", admin.EmptyFieldListFilter),
        ("attribution", admin.EmptyFieldListFilter),
        # Empty or not: a filter listing every value would scan the whole table on each page.
        ("hedge", admin.EmptyFieldListFilter),
    ]
    search_fields = ["quote", "noun", "subject", "event", "place", "attribution", "document__title"]
    list_select_related = ["document", "figure", "suggested_figure"]
    raw_id_fields = ["figure"]
    readonly_fields = [
        "context",
        "document",
        "start",
        "end",
        "quote",
        "low_text",
        "high_text",
        "qualifier",
        "unit",
        "noun",
        "rule",
        "extractor_version",
        "anchor",
        "anchor_distance",
        "suggested_figure",
        "conflict",
        "suggested_conflict",
        "version",
        *CONTEXT_FIELDS,
    ]
    fieldsets = [
        ("What the article says", {"fields": ["context", "document", "quote", "start", "end"]}),
        (
            "Its context, as the extractor read it (read again with the text; not edited here)",
            {"fields": CONTEXT_FIELDS},
        ),
        (
            "What the extractor read",
            {
                "fields": [
                    "qualifier",
                    "low_text",
                    "high_text",
                    "unit",
                    "noun",
                    "rule",
                    "extractor_version",
                    "anchor",
                    "anchor_distance",
                ]
            },
        ),
        (
            "Review (the extracted reading is kept beside a correction)",
            {
                "fields": [
                    "status",
                    "corrected_qualifier",
                    "corrected_low",
                    "corrected_high",
                    "corrected_unit",
                    "review_note",
                ]
            },
        ),
        ("Figure", {"fields": ["figure", "suggested_figure", "rank", "rank_reason", "conflict", "suggested_conflict"]}),
        ("Version", {"fields": ["version", "expected_version"]}),
    ]
    actions = [
        "mark_preferred",
        "mark_normal",
        "mark_deprecated",
        "confirm",
        "reject",
        "split_into_new_figure",
        "move_to_figure",
        "accept_suggested_figure",
    ]

    def revert_disabled(self, request: HttpRequest, obj: Any = None) -> bool:
        return True

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Claims come from documents; an editor reviews them but does not invent them.
        return False

    @admin.display(description="quote in context")
    def context(self, claim: Claim) -> str:
        return quote_in_context(claim, 240)

    def save_model(self, request: HttpRequest, obj: Claim, form: ClaimReviewForm, change: bool) -> None:
        before = Claim.objects.get(pk=obj.pk)
        data = form.cleaned_data
        # Each write checks the version the previous one left (the form's for the first).
        expected = data.get("expected_version")
        review_fields = [
            "status",
            "corrected_low",
            "corrected_high",
            "corrected_qualifier",
            "corrected_unit",
            "review_note",
        ]
        if any(getattr(before, field) != data.get(field) for field in review_fields):
            expected = reconciliation.review_claim(
                obj,
                status=data["status"],
                editor=request.user,
                corrected_low=data.get("corrected_low"),
                corrected_high=data.get("corrected_high"),
                corrected_qualifier=data.get("corrected_qualifier") or "",
                corrected_unit=data.get("corrected_unit") or "",
                note=data.get("review_note", ""),
                expected_version=expected,
            ).version
        if before.figure_id != (data["figure"].pk if data.get("figure") else None):
            expected = reconciliation.move_claim(
                obj, data.get("figure"), editor=request.user, expected_version=expected
            ).version
        if (before.rank, before.rank_reason) != (data["rank"], data.get("rank_reason", "")):
            reconciliation.rank_claims(
                [obj],
                data["rank"],
                editor=request.user,
                reason=data.get("rank_reason", ""),
                expected_versions={obj.pk: expected} if expected is not None else None,
            )

    def _rank(self, request: HttpRequest, queryset: QuerySet[Claim], rank: str) -> None:
        changed = reconciliation.rank_claims(list(queryset), rank, editor=request.user)
        self.message_user(request, f"Marked {changed} claims {rank}.")

    @admin.action(description="Mark selected claims preferred", permissions=["change"])
    def mark_preferred(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._rank(request, queryset, Rank.PREFERRED)

    @admin.action(description="Mark selected claims normal", permissions=["change"])
    def mark_normal(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._rank(request, queryset, Rank.NORMAL)

    @admin.action(description="Mark selected claims deprecated (kept and shown)", permissions=["change"])
    def mark_deprecated(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._rank(request, queryset, Rank.DEPRECATED)

    @admin.action(description="Confirm selected claims", permissions=["change"])
    def confirm(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        for claim in queryset:
            reconciliation.review_claim(claim, status=ReviewStatus.CONFIRMED, editor=request.user)
        self.message_user(request, f"Confirmed {queryset.count()} claims.")

    @admin.action(
        description="Reject selected claims (not claims; kept, hidden from public pages)", permissions=["change"]
    )
    def reject(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        for claim in queryset:
            reconciliation.review_claim(claim, status=ReviewStatus.REJECTED, editor=request.user)
        self.message_user(request, f"Rejected {queryset.count()} claims.")

    @admin.action(description="Split selected claims into a new figure", permissions=["change"])
    def split_into_new_figure(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        by_figure: dict[int, list[Claim]] = defaultdict(list)
        for claim in queryset:
            figure_id = claim.figure_id or claim.suggested_figure_id
            if figure_id:
                by_figure[figure_id].append(claim)
        if not by_figure:
            self.message_user(request, "The selected claims are in no figure.", messages.WARNING)
            return
        for figure in Figure.objects.filter(pk__in=list(by_figure)):
            new = reconciliation.split_figure(figure, by_figure[figure.pk], editor=request.user)
            self.message_user(
                request,
                format_html(
                    'Split {} claims from “{}” into <a href="{}">{}</a>.',
                    len(by_figure[figure.pk]),
                    figure,
                    reverse("admin:claims_figure_change", args=[new.pk]),
                    new,
                ),
            )

    @admin.action(description="Move selected claims to a figure…", permissions=["change"])
    def move_to_figure(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse | None:
        if "apply" in request.POST:
            form = MoveClaimsForm(request.POST)
            if form.is_valid():
                figure = form.cleaned_data["figure"]
                for claim in queryset:
                    reconciliation.move_claim(claim, figure, editor=request.user)
                self.message_user(request, f"Moved {queryset.count()} claims to {figure or 'no figure'}.")
                return HttpResponseRedirect(request.get_full_path())
        else:
            form = MoveClaimsForm()
        context = {
            **self.admin_site.each_context(request),
            "title": "Move claims to a figure",
            "claims": queryset.select_related("document"),
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/claims/claim/move_claims.html", context)

    @admin.action(description="Accept the suggested figure of selected claims", permissions=["change"])
    def accept_suggested_figure(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        by_figure: dict[int, list[Claim]] = defaultdict(list)
        for claim in queryset.filter(figure__isnull=True, suggested_figure__isnull=False):
            by_figure[claim.suggested_figure_id].append(claim)  # type: ignore[index]
        for figure in Figure.objects.filter(pk__in=list(by_figure)):
            reconciliation.accept_suggestion(figure, editor=request.user, claims=by_figure[figure.pk])
        self.message_user(request, f"Accepted {sum(map(len, by_figure.values()))} claims into their figures.")


# --- documents with their claims -------------------------------------------------------
