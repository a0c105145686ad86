"""Storing documents: the writes that create and update documents, outlets and earlier versions.

An article read from a file or a page becomes a ``Document`` here, its outlet is found or
created here, and a changed text keeps the one it replaces as a ``DocumentVersion`` here.
Callers own the transaction: ``claims.ingest`` stores a document and its claims as one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db.models import Q

from corpus.models import Document, DocumentVersion, Outlet
from corpus.reading import Article


def find_outlet(article: Article) -> Outlet | None:
    """Return the outlet an article names, created on first sight; None when it names none."""
    if not article.outlet_name:
        return None
    outlet, _ = Outlet.objects.get_or_create(
        name=article.outlet_name[:200], defaults={"domain": article.outlet_domain[:253]}
    )
    return outlet


def apply_metadata(document: Document, article: Article, outlet: Outlet | None = None) -> None:
    """Set a document's title, byline, date, URL and outlet from an article, cut to the fields' lengths."""
    document.title = article.title[:1000]
    document.byline = article.byline[:500]
    document.published = article.published
    document.published_precision = article.published_precision if article.published else "unknown"
    document.url = article.url[:2000] or document.url
    document.outlet = outlet or find_outlet(article) or document.outlet


def find_duplicate(content_hash: str) -> Document | None:
    """Return the stored document with exactly this text, if any."""
    return Document.objects.filter(content_hash=content_hash).first()


def stored_hashes(hashes: Iterable[str]) -> dict[str, int]:
    """Return the id of the stored document for each of these content hashes that is stored."""
    return dict(Document.objects.filter(content_hash__in=set(hashes)).values_list("content_hash", "pk"))


def known_names_and_urls(names: Iterable[str], urls: Iterable[str]) -> tuple[set[str], set[str]]:
    """Return the source names and URLs among these that a stored document already has."""
    known = Document.objects.filter(Q(source_name__in=set(names)) | Q(url__in={url for url in urls if url}))
    return set(known.values_list("source_name", flat=True)), set(known.exclude(url="").values_list("url", flat=True))


def find_known_document(article: Article) -> Document | None:
    """Return the stored document this article is a version of, locked: same source name, else same URL."""
    match = Q(source_name=article.source_name)
    if article.url:
        match |= Q(url=article.url)
    candidates = list(Document.objects.select_for_update().filter(match)[:2])
    return next((d for d in candidates if d.source_name == article.source_name), None) or (
        candidates[0] if candidates else None
    )


def create_document(article: Article, content_hash: str) -> Document:
    """Store a document never seen before and return it."""
    document = Document(source_name=article.source_name, text=article.text, content_hash=content_hash)
    apply_metadata(document, article)
    document.save()
    return document


def create_documents(articles: Sequence[tuple[Article, str]]) -> list[Document]:
    """Store documents never seen before in bulk (each outlet looked up once); return them, in order."""
    outlets: dict[str, Outlet | None] = {}
    documents = []
    for article, content_hash in articles:
        if article.outlet_name not in outlets:
            outlets[article.outlet_name] = find_outlet(article)
        document = Document(source_name=article.source_name, text=article.text, content_hash=content_hash)
        apply_metadata(document, article, outlets[article.outlet_name])
        documents.append(document)
    Document.objects.bulk_create(documents)
    return documents


def replace_text(document: Document, article: Article, content_hash: str) -> DocumentVersion:
    """Give a document an article's new text and metadata, keeping the text it had; return that kept version."""
    version = DocumentVersion.objects.create(
        document=document, text=document.text, content_hash=document.content_hash, title=document.title
    )
    document.text, document.content_hash = article.text, content_hash
    apply_metadata(document, article)
    document.save()
    return version
