"""Search over claims, documents and figures: the best each database offers.

On PostgreSQL: full-text search (``SearchVector``/``SearchRank``, English stemming) on
expressions that GIN indexes cover (``corpus`` migration 0002); when that finds nothing,
trigram word similarity on short fields, so a misspelt word still finds its claim. On SQLite:
every word of the query must appear (case-insensitive substring) in one of the fields,
ranked by how many fields hold a word. The database is checked when a search runs, never
at import.
"""
from __future__ import annotations

from django.db import connection
from django.db.models import F, FloatField, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Greatest

SEARCH_CONFIG = "english"
TRIGRAM_THRESHOLD = 0.5
MAX_QUERY_LENGTH = 200

# The claim and document vectors must stay the same expressions as corpus migration 0002's indexes.
CLAIM_FIELDS = ("quote", "noun", "attribution", "prefix", "suffix")
DOCUMENT_FIELDS = ("title", "text")
FIGURE_FIELDS = ("title", "scope", "period")


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def query_words(q: str) -> list[str]:
    """Return the words of a search query (at most 10, each at most 50 characters).

    >>> query_words("  detained   in China ")
    ['detained', 'in', 'China']
    """
    return [word[:50] for word in q[:MAX_QUERY_LENGTH].split()][:10]


def claim_vector():  # type: ignore[no-untyped-def]
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*CLAIM_FIELDS, config=SEARCH_CONFIG)


def document_vector():  # type: ignore[no-untyped-def]
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*DOCUMENT_FIELDS, config=SEARCH_CONFIG)


def substring_search(queryset: QuerySet, q: str, fields: tuple[str, ...]) -> QuerySet:
    """Return rows where every word is in some field, annotated ``search_rank`` (fields matched)."""
    words = query_words(q)
    if not words:
        return queryset.none()
    for word in words:
        queryset = queryset.filter(Q(*[Q(**{f"{field}__icontains": word}) for field in fields], _connector=Q.OR))
    from django.db.models import Case, IntegerField, When

    rank = sum(
        (Case(When(**{f"{field}__icontains": word}, then=1), default=0, output_field=IntegerField())
         for field in fields for word in words),
        Value(0),
    )
    return queryset.annotate(search_rank=rank)


def search_claims(claims: QuerySet, q: str, *, fuzzy: bool = False) -> QuerySet:
    """Return the claims matching ``q`` (quote, counted noun, attribution and the words around them).

    On PostgreSQL the match is full-text (stemmed, index-backed) and the newest claims come
    first, each annotated with its ``search_rank``; ranking every match would re-parse each
    matching row, which does not scale to a million claims. ``fuzzy`` asks instead for
    trigram word similarity on the counted noun (for a misspelt word), best first.
    """
    if not query_words(q):
        return claims.none()
    if not is_postgresql():
        return substring_search(claims, q, CLAIM_FIELDS).order_by("-search_rank", "-id")
    from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity

    text = " ".join(query_words(q))
    if fuzzy:
        return (
            claims.filter(noun__trigram_word_similar=text)
            .annotate(search_rank=TrigramWordSimilarity(Value(text), "noun"))
            .order_by("-search_rank", "-id")
        )
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    vector = claim_vector()
    return (
        claims.annotate(search=vector).filter(search=query)
        .annotate(search_rank=SearchRank(vector, query))
        .order_by("-id")
    )


def search_documents(documents: QuerySet, q: str, *, fuzzy: bool = False) -> QuerySet:
    """Return the documents matching ``q`` in their title or text, newest first (title similarity if ``fuzzy``)."""
    if not query_words(q):
        return documents.none()
    if not is_postgresql():
        return substring_search(documents, q, DOCUMENT_FIELDS).order_by("-search_rank", "-published", "-id")
    from django.contrib.postgres.search import SearchQuery, TrigramWordSimilarity

    text = " ".join(query_words(q))
    if fuzzy:
        return (
            documents.filter(title__trigram_word_similar=text)
            .annotate(search_rank=TrigramWordSimilarity(Value(text), "title"))
            .order_by("-search_rank", "-id")
        )
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    return (
        documents.annotate(search=document_vector()).filter(search=query)
        .order_by(F("published").desc(nulls_last=True), "-id")
    )


def search_figures(figures: QuerySet, q: str) -> QuerySet:
    """Return the figures whose title, scope or period match ``q`` (or whose title is near it), best first."""
    if not query_words(q):
        return figures.none()
    if not is_postgresql():
        return substring_search(figures, q, FIGURE_FIELDS).order_by("-search_rank", "title", "id")
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramWordSimilarity

    text = " ".join(query_words(q))
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    vector = SearchVector(*FIGURE_FIELDS, config=SEARCH_CONFIG)
    return (
        figures.annotate(search=vector)
        .filter(Q(search=query) | Q(title__trigram_word_similar=text))
        .annotate(search_rank=Greatest(
            SearchRank(vector, query), Coalesce(TrigramWordSimilarity(Value(text), "title"), Value(0.0)) * Value(0.1),
            output_field=FloatField(),
        ))
        .order_by("-search_rank", "title", "id")
    )
