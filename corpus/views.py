"""The public page of a document: its metadata and text, with what other apps found in it (``corpus.pages``)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from corpus.compiled import CompiledRows
from corpus.models import Document, is_web_url
from corpus.pages import document_parts
from corpus.text import split_highlighted

DOCUMENT = CompiledRows()  # a document with its outlet, by id


@require_safe
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = DOCUMENT.get(Document.objects.select_related("outlet"), pk)
    if document is None:
        raise Http404("No document has this id.")
    parts = document_parts(request, document)
    highlights = [highlight for part in parts for highlight in part.highlights]
    context = {
        "document": document,
        "parts": parts,
        "segments": split_highlighted(document.text, highlights),
        "original_url": document.url if is_web_url(document.url) else "",
    }
    return render(request, "corpus/document_detail.html", context)
