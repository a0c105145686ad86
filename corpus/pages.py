"""The document page's extension point: apps that read documents add their part without corpus importing them.

``corpus`` owns the page of a document (its metadata and text); an app that finds things in
documents registers a ``DocumentPartMaker`` (in its ``AppConfig.ready``, as ``claims`` does),
which gives the spans to highlight in the text, a piece of the metadata line and a section
below the text. Data still flows one way: the app imports ``corpus``, never the reverse.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from django.http import HttpRequest
from django.utils.safestring import SafeString

from corpus.models import Document


@dataclasses.dataclass(frozen=True)
class Highlight:
    """A span of the document's text to mark, linking to what was found there."""

    start: int
    end: int
    url: str
    title: str = ""
    html_id: str = ""
    css_class: str = "highlight"


NOTHING = SafeString("")


@dataclasses.dataclass(frozen=True)
class DocumentPart:
    """What one app shows on a document's page: highlights in the text, HTML for the metadata line and below it."""

    highlights: Sequence[Highlight] = ()
    meta: SafeString = NOTHING
    section: SafeString = NOTHING


DocumentPartMaker = Callable[[HttpRequest, Document], DocumentPart]
part_makers: list[DocumentPartMaker] = []


def register_document_part(maker: DocumentPartMaker) -> DocumentPartMaker:
    """Add ``maker`` to every document page (once, however often it is registered); return it."""
    if maker not in part_makers:
        part_makers.append(maker)
    return maker


def document_parts(request: HttpRequest, document: Document) -> list[DocumentPart]:
    """Return the parts the registered apps add to this document's page, in registration order."""
    return [maker(request, document) for maker in part_makers]
