from django.contrib import admin

from corpus.models import Document, DocumentVersion, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain"]


class DocumentVersionInline(admin.TabularInline):
    model = DocumentVersion
    extra = 0
    fields = ["replaced_at", "title", "content_hash"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "source_name", "ingested_at"]
    list_filter = ["outlet", "published_precision", ("published", admin.DateFieldListFilter)]
    search_fields = ["title", "source_name", "byline", "url"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "ingested_at", "updated_at"]
    inlines = [DocumentVersionInline]


@admin.register(DocumentVersion)
class DocumentVersionAdmin(admin.ModelAdmin):
    list_display = ["document", "replaced_at", "content_hash"]
    readonly_fields = ["document", "text", "content_hash", "title", "replaced_at"]
