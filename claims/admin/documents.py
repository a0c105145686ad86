"""Documents with their claims, and the record of readings that changed when documents were read again."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from claims.admin.shared import NumberColumns, interval_text
from claims.models import Claim, ReadingChange, ReadingKind
from corpus.admin import DocumentAdmin
from corpus.models import Document


class ClaimInline(NumberColumns, admin.TabularInline):
    """A document's claims, read-only here: review and figure work happen on the claim and figure pages."""

    model = Claim
    fk_name = "document"
    extra = 0
    fields = [
        "start",
        "end",
        "quote",
        "low_text",
        "high_text",
        "qualifier",
        "unit",
        "noun",
        "status",
        "figure",
        "rank",
        "conflict",
    ]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("figure")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


admin.site.unregister(Document)


@admin.register(Document)
class DocumentWithClaimsAdmin(DocumentAdmin):
    inlines = [ClaimInline, *DocumentAdmin.inlines]


# --- readings changed by manage.py reextract ----------------------------------------------


@admin.register(ReadingChange)
class ReadingChangeAdmin(admin.ModelAdmin):
    """What ``manage.py reextract`` read differently: applied to untouched claims, kept beside edited ones."""

    list_display = ["claim_link", "kind", "applied", "old_value", "new_value", "lexicon_version", "created_at"]
    list_filter = ["kind", "applied", "lexicon_version"]
    search_fields = ["old_quote", "new_quote", "claim__document__title"]
    list_select_related = ["claim"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="claim", ordering="claim")
    def claim_link(self, change: ReadingChange) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:claims_claim_change", args=[change.claim_id]), change.claim
        )

    @admin.display(description="before")
    def old_value(self, change: ReadingChange) -> str:
        interval = interval_text(change.old_low, change.old_high)
        return f"“{change.old_quote}” {change.old_qualifier} {interval} {change.old_unit}"

    @admin.display(description="after")
    def new_value(self, change: ReadingChange) -> str:
        if change.kind == ReadingKind.UNREAD:
            return "(no longer read)"
        interval = interval_text(change.new_low, change.new_high)
        return f"“{change.new_quote}” {change.new_qualifier} {interval} {change.new_unit}"
