"""What the editors' admin pages share: a claim's quote in its context, an interval in words."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from claims.ingest import orphan_version
from claims.models import Anchor, Claim
from claims.wording import format_number

CONTEXT_CHARS = 90


def quote_in_context(claim: Claim, chars: int = CONTEXT_CHARS) -> str:
    """Return the claim's quote, highlighted, with the document text around it.

    An orphaned claim's offsets point into the earlier text it was read from; that text is
    shown, labelled, so an editor can see what the claim said before the article changed.
    """
    text, label = claim.document.text, ""
    if claim.anchor == Anchor.ORPHANED:
        version = orphan_version(claim)
        if version is None:
            return format_html(
                '<span class="claim-context">orphaned: “{}” (no earlier text holds it)</span>', claim.quote
            )
        text, label = version.text, f"orphaned; earlier text of {version.replaced_at:%Y-%m-%d %H:%M}: "
    left = max(0, claim.start - chars)
    right = min(len(text), claim.end + chars)
    return format_html(
        '<span class="claim-context">{}{}{}<mark>{}</mark>{}{}</span>',
        label,
        "…" if left else "",
        " ".join(text[left : claim.start].split(" ")).replace("\n", " "),
        text[claim.start : claim.end],
        text[claim.end : right].replace("\n", " "),
        "…" if right < len(text) else "",
    )


def number_text(value: Any) -> str:
    """Return a stored decimal as readers see it ("900,000,000", not "900000000.000000"); "" for none."""
    return "" if value is None else format_number(value)


def interval_text(low: Any, high: Any) -> str:
    return f"[{number_text(low) or 'open'}, {number_text(high) or 'open'}]"


class PlainNumberInput(forms.NumberInput):
    """A number box that shows a stored decimal without its trailing zeros ("2000", not "2000.000000")."""

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, Decimal):
            return format_number(value, grouping=False)
        return super().format_value(value)


class PlainNumberHiddenInput(forms.HiddenInput):
    """The hidden copy of a number box (a form's values as loaded), without trailing zeros either."""

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, Decimal):
            return format_number(value, grouping=False)
        return super().format_value(value)


class NumberColumns:
    """The extracted ends of a claim as readers see them, for an admin's list, form or inline ("low_text")."""

    @admin.display(description="low")
    def low_text(self, claim: Claim) -> str:
        return number_text(claim.low)

    @admin.display(description="high")
    def high_text(self, claim: Claim) -> str:
        return number_text(claim.high)


class EmptyForeignKeyAsNone(HistoricalRecordContextHelper):
    """Show an empty foreign key in a history change as "none".

    simple-history shows any related object it cannot load as "Deleted user (pk=None)", so a
    figure's first reconciliation read "Reconciled by: Deleted user" before the editor's name.
    """

    def prepare_delta_change_value(self, change: ModelChange, value: Any) -> Any:
        if isinstance(value, DeletedObject) and value.pk is None:
            return "none"
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """The admin history of claims and figures: before and after of each change, by editor name."""

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: HistoricalChanges
    ) -> HistoricalRecordContextHelper:
        return EmptyForeignKeyAsNone(self.model, historical_record)


# --- claims shown on a figure ----------------------------------------------------------
