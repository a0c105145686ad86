from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim, Figure
from corpus.admin import DocumentAdmin
from corpus.models import Document


class ClaimInline(admin.TabularInline):
    model = Claim
    fk_name = "document"
    extra = 0
    fields = ["start", "end", "quote", "low", "high", "qualifier", "unit", "noun", "status", "figure", "rank"]
    readonly_fields = ["start", "end", "quote", "low", "high", "qualifier", "unit", "noun"]
    raw_id_fields = ["figure"]
    show_change_link = True
    can_delete = False


admin.site.unregister(Document)


@admin.register(Document)
class DocumentWithClaimsAdmin(DocumentAdmin):
    inlines = [ClaimInline, *DocumentAdmin.inlines]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["quote", "noun", "qualifier", "low", "high", "unit", "status", "document", "figure", "rank"]
    list_filter = ["status", "qualifier", "unit", "anchor", "rank", "conflict"]
    search_fields = ["quote", "noun", "attribution", "document__title"]
    list_select_related = ["document", "figure"]
    raw_id_fields = ["document", "figure", "suggested_figure"]
    readonly_fields = ["document", "start", "end", "quote", "prefix", "suffix", "low", "high", "qualifier",
                       "unit", "noun", "attribution", "rule", "extractor_version", "anchor", "anchor_distance"]


@admin.register(Figure)
class FigureAdmin(SimpleHistoryAdmin):
    list_display = ["title", "unit", "status", "conflict", "accepted_qualifier", "accepted_low", "accepted_high"]
    list_filter = ["status", "conflict", "unit"]
    search_fields = ["title", "scope"]
