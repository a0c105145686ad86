"""Storing documents: the writes that create and update documents, outlets and earlier versions.

An article read from a file or a page becomes a ``Document`` here, its outlet is found or
created here, and a changed text keeps the one it replaces as a ``DocumentVersion`` here.
Callers own the transaction: ``claims.ingest`` stores a document and its claims as one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from django.db.models import Q
from rapidfuzz import fuzz

from corpus.models import Document, DocumentVersion, Outlet, PageText
from corpus.reading import Article

# Two texts are plausibly one article when at least this share (0-100) of their words agree, in order.
SAME_ARTICLE_SIMILARITY = 50


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
    """Return the source names and URLs among these that a stored document already has.

    A name under a folder (``outletA/index.txt``) also asks for its bare file name, under which
    databases from before relative paths stored it; such a name counts as known when stored.
    """
    names = set(names)
    asked = names | {bare_name(name) for name in names}
    known = Document.objects.filter(Q(source_name__in=asked) | Q(url__in={url for url in urls if url}))
    stored_names = set(known.values_list("source_name", flat=True))
    known_names = {name for name in names if name in stored_names or bare_name(name) in stored_names}
    return known_names, set(known.exclude(url="").values_list("url", flat=True))


def bare_name(source_name: str) -> str:
    """Return the file name at the end of a source name (a path under the ingest root), or a URL as it is.

    >>> bare_name("outletA/index.txt"), bare_name("index.txt"), bare_name("https://example.org/a/b")
    ('index.txt', 'index.txt', 'https://example.org/a/b')
    """
    if source_name.startswith(("http://", "https://")):
        return source_name
    return source_name.rsplit("/", 1)[-1]


def site(url: str) -> str:
    """Return the host a URL is on, without a leading ``www.``.

    >>> site("https://www.Example.org:8443/a"), site("not a url")
    ('example.org', '')
    """
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def same_article(old_text: str, new_text: str) -> bool:
    """Return whether two texts are plausibly versions of one article (their words mostly agree, in order).

    >>> same_article("Some 700 people fled the floods on Tuesday.", "Some 750 people fled the floods on Tuesday.")
    True
    >>> same_article("Some 700 people fled the floods.", "The bank raised rates by 0.5 points.")
    False
    """
    return fuzz.ratio(old_text.split(), new_text.split(), score_cutoff=SAME_ARTICLE_SIMILARITY) > 0


@dataclasses.dataclass(frozen=True)
class KnownDocument:
    """The stored document an article is a new version of (None: a new document), and why not when refused."""

    document: Document | None
    note: str = ""


def find_known_document(article: Article) -> KnownDocument:
    """Return the stored document this article is a version of, locked, or None with the reason when refused.

    - Same source name (the path under the ingest root, or the URL asked for): the same document.
    - A document stored under the bare file name (databases from before relative paths) is the
      same document when its text is plausibly the same article; it takes the relative name.
    - Same URL (a page's canonical URL, or a sidecar's): believed only when it is on the same
      site as the page's own address (when known) and the texts are plausibly one article.
    """
    by_name = Document.objects.select_for_update().filter(source_name=article.source_name).first()
    if by_name is not None:
        return KnownDocument(by_name)
    notes = []
    legacy_name = bare_name(article.source_name)
    if legacy_name != article.source_name:
        legacy = Document.objects.select_for_update().filter(source_name=legacy_name).first()
        if legacy is not None and same_article(legacy.text, article.text):
            legacy.source_name = article.source_name
            return KnownDocument(legacy)
        if legacy is not None:
            notes.append(f"not a version of document {legacy.pk} ({legacy_name}): a different text")
    by_url = Document.objects.select_for_update().filter(url=article.url).first() if article.url else None
    if by_url is not None:
        if article.page_url and site(article.page_url) != site(article.url):
            notes.append(
                f"not a version of document {by_url.pk}: its canonical URL {article.url} is on another site "
                f"than the page ({site(article.page_url) or article.page_url})"
            )
        elif not same_article(by_url.text, article.text):
            notes.append(
                f"not a version of document {by_url.pk}: it names that document's URL {article.url} "
                "but its text is a different article"
            )
        else:
            return KnownDocument(by_url)
    return KnownDocument(None, "; ".join(notes))


def create_document(article: Article, content_hash: str, *, url_refused: bool = False) -> Document:
    """Store a document never seen before and return it.

    With ``url_refused`` (its URL is another document's, not believed) it keeps its own address, if known.
    """
    document = Document(source_name=article.source_name, text=article.text, content_hash=content_hash)
    apply_metadata(document, dataclasses.replace(article, url=article.page_url) if url_refused else article)
    document.save()
    store_page_texts([(document, article)])
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
    store_page_texts(list(zip(documents, [article for article, _ in articles], strict=True)))
    return documents


def store_page_texts(stored: Sequence[tuple[Document, Article]]) -> None:
    """Keep the original page's visible text of each stored document read from HTML (``PageText``).

    A document read again takes its new page's text; one read again from plain text keeps none.
    """
    PageText.objects.filter(document__in=[document for document, _ in stored]).delete()
    PageText.objects.bulk_create(
        [
            PageText(document=document, compressed=PageText.compress(article.page_text))
            for document, article in stored
            if article.page_text
        ]
    )


def replace_text(document: Document, article: Article, content_hash: str) -> DocumentVersion:
    """Give a document an article's new text and metadata, keeping the text it had; return that kept version."""
    version = DocumentVersion.objects.create(
        document=document, text=document.text, content_hash=document.content_hash, title=document.title
    )
    document.text, document.content_hash = article.text, content_hash
    apply_metadata(document, article)
    document.save()
    store_page_texts([(document, article)])
    return version
