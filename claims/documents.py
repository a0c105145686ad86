"""Claims' part of a document's page: each claim highlighted in the text, counted, and listed below it.

``corpus`` owns the page (``corpus.views.document_detail``); ``ClaimsConfig.ready`` registers
``claims_part`` with ``corpus.pages`` so that corpus never imports claims.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string

from claims.models import Claim
from claims.views import counted_page, with_value_words
from corpus.compiled import CompiledRows
from corpus.models import Document
from corpus.pages import DocumentPart, Highlight

DOCUMENT_CLAIMS = 100
# A document's public, anchored claims in text order, with their figures: compiled once, run for each page.
CLAIMS_OF_DOCUMENT = CompiledRows("document_id")


def claims_part(request: HttpRequest, document: Document) -> DocumentPart:
    """Return the document's public, anchored claims as highlights, a count with downloads, and a paged list."""
    shown = Claim.objects.public().exclude(anchor="orphaned").select_related("figure").order_by("start", "id")
    claims = with_value_words(CLAIMS_OF_DOCUMENT.rows(shown, document.pk))
    highlights = [
        Highlight(
            claim.start,
            claim.end,
            claim.url,  # type: ignore[attr-defined]
            title=f"{claim.get_qualifier_display()} · {claim.unit}",
            html_id=f"claim-{claim.pk}",
            css_class="claim",
        )
        for claim in claims
    ]
    listed = counted_page(claims, request, "page", DOCUMENT_CLAIMS)
    context = {"document": document, "claims": claims, "listed": listed}
    return DocumentPart(
        highlights=highlights,
        meta=render_to_string("claims/_document_meta.html", context, request),
        section=render_to_string("claims/_document_claims.html", context, request),
    )
