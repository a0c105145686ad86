"""Public read-only pages: documents with their claims, claims in context, figures."""
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.models import Claim, Figure
from claims.text import paragraph_bounds, split_highlighted
from corpus.models import Document

HOME_DOCUMENTS = 50
HOME_CLAIMS = 20


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.with_claim_counts().select_related("outlet")[:HOME_DOCUMENTS]
    claims = Claim.objects.public().select_related("document").order_by("-created_at", "-id")[:HOME_CLAIMS]
    return render(request, "claims/home.html", {"documents": documents, "claims": claims})


@require_safe
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("outlet"), pk=pk)
    claims = list(document.claims.public().exclude(anchor="orphaned").order_by("start"))
    context = {"document": document, "claims": claims, "segments": split_highlighted(document.text, claims)}
    return render(request, "claims/document_detail.html", context)


@require_safe
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(
        Claim.objects.public().select_related("document", "document__outlet", "figure"), pk=pk
    )
    text = claim.document.text
    left, right = paragraph_bounds(text, claim.start, claim.end)
    context = {
        "claim": claim,
        "before": text[left : claim.start],
        "after": text[claim.end : right],
    }
    return render(request, "claims/claim_detail.html", context)


@require_safe
def figure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    figure = get_object_or_404(Figure, pk=pk)
    claims = Claim.objects.public().for_figure(figure)
    return render(request, "claims/figure_detail.html", {"figure": figure, "claims": claims})
