"""What the editors' admin pages share: a claim's quote in its context, an interval in words."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from claims.exporting import decimal_text
from claims.ingest import orphan_version
from claims.models import Anchor, Claim

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


def interval_text(low: Any, high: Any) -> str:
    return f"[{decimal_text(low) or 'open'}, {decimal_text(high) or 'open'}]"


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
