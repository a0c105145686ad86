"""Search over claims, documents and figures: the best each database offers, one interface.

Claims are found by their words and their context: the quote, the counted noun, the subject,
the sentence they stand in, the source and the places named (CLAIM_FIELDS); documents by title
and text. On PostgreSQL: full-text search (English stemming) on the stored ``search_vector``
columns of claims and documents (claims migrations 0002 and 0011, GIN-indexed) and on figures'
fields; when that finds nothing, trigram word similarity on short fields, so a misspelt word
still finds its claim. On SQLite: full-text search (Porter stemming) on the FTS5 indexes of
claims and documents (claims migration 0011, corpus migration 0007, kept in step by triggers),
every word required; figures, which are few, by substring. Matches come newest first on both.
The database is checked when a search runs, never at import.

PostgreSQL's GIN index gives a word's matches only as a bitmap of all of them, so the newest page of
three words meeting in 600 of a million claims reads every posting of the three (docs/scale.md, sixth
pass). A second, partial GIN index covers the newest claims only (the search window, claims migration
0016): its lower bound is a constant in the index (``id > 900000``), moved as claims arrive by every
ingest (``claims.pipeline.ingest``), ``manage.py move_search_window`` and migrate. A search's first pages read the window first and
the older claims only if the window does not fill the page (``claims.paging.keyset_page``), and its count
is estimated from the window as SQLite's is from its sample (``claims.paging.CappedPaginator``).
"""

from __future__ import annotations

import re
from typing import Any

from django.db import connection, connections
from django.db.models import BooleanField, Case, Expression, FloatField, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Greatest

from claims.paging import NEWEST_DOCUMENTS
from corpus.fulltext import fts_name, match_query

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200

# Claims migration 0011 indexes these fields (the stored vector on PostgreSQL, FTS5 on SQLite).
CLAIM_FIELDS = ("quote", "noun", "subject", "sentence", "attribution", "place", "prefix", "suffix")
DOCUMENT_FIELDS = ("title", "text")
FIGURE_FIELDS = ("title", "scope", "period")


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


# The alias under which a search on PostgreSQL names the stored vector it matches (claims and documents).
VECTOR_ALIAS = "search"


def is_indexed_search(rows: QuerySet) -> bool:
    """Return whether ``rows`` are matched on PostgreSQL's stored, GIN-indexed vector (the planner estimates them)."""
    return isinstance(rows.query.annotations.get(VECTOR_ALIAS), StoredVector)


# The search window (PostgreSQL): a partial GIN index over the vectors of the newest claims, whose lower bound is
# moved by ``move_window`` so that it holds between WINDOW_SPAN and WINDOW_SPAN + WINDOW_STEP claim ids. A hundred
# thousand: three words meeting in 0.06% of claims have some 60 matches in it, enough to estimate their count from.
WINDOW_INDEX = "claim_search_window_gin"
WINDOW_TABLE = "claims_claim"
WINDOW_SPAN = 100_000
WINDOW_STEP = 10_000
# The window's lower bound as each database connection alias last read it from the index (None: no window). A
# search reads it back from the index in its count's own statement (``claims.paging.count_window``), so a window
# moved by another process is used from that process's next search on; until then the old bound finds the same
# rows, through the full index.
WINDOW_BOUNDS: dict[str, int | None] = {}
# The lower bound a search uses before it has read one: above every id, so the window holds nothing and every match
# is counted (and found) through the full index.
NO_WINDOW = 2**62


def window_predicate_sql() -> str:
    """Return SQL reading the window index's condition (``(id > 900000)``), NULL without a window."""
    return f"(SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = to_regclass('{WINDOW_INDEX}'))"


def read_window_bound(predicate: str | None) -> int | None:
    """Return the lower bound in the window index's condition (None without one).

    >>> read_window_bound("(id > 900000)"), read_window_bound(None)
    (900000, None)
    """
    found = re.search(r"-?\d+", predicate or "")
    return int(found.group()) if found else None


def window_bound(using: str = "default") -> int:
    """Return the lower bound this process last read for the search window (NO_WINDOW if none)."""
    bound = WINDOW_BOUNDS.get(using)
    return NO_WINDOW if bound is None else bound


def window_start(high: int, span: int = WINDOW_SPAN, step: int = WINDOW_STEP) -> int:
    """Return the window's lower bound for a highest claim id of ``high``: ``span`` ids below it, rounded down.

    >>> window_start(1_000_000), window_start(1_004_321), window_start(50_000)
    (900000, 900000, 0)
    """
    return max(0, (high - span) // step * step)


def move_window(
    using: str = "default", *, span: int | None = None, step: int | None = None, create: bool = True
) -> tuple[int | None, int | None]:
    """Build the window index over the newest claims again if its lower bound is due to move; return (old, new) bound.

    A new index is built under another name before the old one goes, so searches keep a window meanwhile. Without
    ``create`` a database without a window is left without one (new bound None). Nothing happens on SQLite, whose
    full-text index is ordered by id already.
    """
    db = connections[using]
    if db.vendor != "postgresql":
        return None, None
    with db.cursor() as cursor:
        cursor.execute(f'SELECT max(id), {window_predicate_sql()} FROM "{WINDOW_TABLE}"')
        high, predicate = cursor.fetchone()
        old = read_window_bound(predicate)
        if old is None and not create:
            return None, None
        new = window_start(high or 0, WINDOW_SPAN if span is None else span, WINDOW_STEP if step is None else step)
        if old != new:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # inside a transaction that wrote claims (tests)
            cursor.execute(f"DROP INDEX IF EXISTS {WINDOW_INDEX}_next")
            cursor.execute(
                f'CREATE INDEX {WINDOW_INDEX}_next ON "{WINDOW_TABLE}" USING gin (search_vector) WHERE id > {new:d}'
            )
            cursor.execute(f"DROP INDEX IF EXISTS {WINDOW_INDEX}")
            cursor.execute(f"ALTER INDEX {WINDOW_INDEX}_next RENAME TO {WINDOW_INDEX}")
    WINDOW_BOUNDS[using] = new
    return old, new


def drop_window(using: str = "default") -> None:
    """Drop the window index (before a bulk load; ``move_window`` builds it again)."""
    db = connections[using]
    if db.vendor == "postgresql":
        with db.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {WINDOW_INDEX}")
    WINDOW_BOUNDS.pop(using, None)


def read_window(db: Any = None) -> None:
    """Read the window's lower bound from the index into WINDOW_BOUNDS, on connecting (a list not counted reads none).

    ``db``: the connection (the default one if None); a connection Django opens for itself alone is not read.
    """
    db = connections["default"] if db is None else db
    if db.vendor == "postgresql" and db.alias in connections:
        with db.cursor() as cursor:
            cursor.execute(f"SELECT {window_predicate_sql()}")
            WINDOW_BOUNDS[db.alias] = read_window_bound(cursor.fetchone()[0])


def search_window(rows: QuerySet) -> int | None:
    """Return the window's lower bound if ``rows`` are a claims search whose newest page it holds, else None."""
    bound = WINDOW_BOUNDS.get(rows.db)
    return bound if bound is not None and is_windowed_search(rows) else None


def is_windowed_search(rows: QuerySet) -> bool:
    """Return whether ``rows`` are claims matched on PostgreSQL's stored vector, whose newest are in the window."""
    return rows.model._meta.db_table == WINDOW_TABLE and is_indexed_search(rows)


def query_words(q: str) -> list[str]:
    """Return the words of a search query (at most 10, each at most 50 characters).

    >>> query_words("  detained   in China ")
    ['detained', 'in', 'China']
    """
    return [word[:50] for word in q[:MAX_QUERY_LENGTH].split()][:10]


class StoredVector(Expression):
    """The generated ``search_vector`` column of the query's own table (PostgreSQL only).

    The column is not a model field, so Django never writes it; this expression names it
    under whatever alias the table has in the query.
    """

    def __init__(self) -> None:
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(output_field=SearchVectorField())
        self.alias: str | None = None

    def resolve_expression(self, query: Any = None, *args: Any, **kwargs: Any) -> StoredVector:
        resolved = self.copy()
        resolved.alias = query.get_initial_alias() if query is not None else None
        return resolved

    def relabeled_clone(self, change_map: dict[str, str]) -> StoredVector:
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias) if self.alias else None
        return clone

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        return f"{compiler.quote_name(self.alias)}.search_vector", []

    def get_group_by_cols(self) -> list[Any]:
        return [self]


def substring_search(queryset: QuerySet, q: str, fields: tuple[str, ...]) -> QuerySet:
    """Return rows where every word is in some field, annotated ``search_rank`` (fields matched)."""
    words = query_words(q)
    if not words:
        return queryset.none()
    for word in words:
        queryset = queryset.filter(Q(*[Q(**{f"{field}__icontains": word}) for field in fields], _connector=Q.OR))
    rank = sum(
        (
            Case(When(**{f"{field}__icontains": word}, then=1), default=0, output_field=IntegerField())
            for field in fields
            for word in words
        ),
        Value(0),
    )
    return queryset.annotate(search_rank=rank)


def fulltext_search(queryset: QuerySet, q: str, *, walk_order: bool = False) -> QuerySet:
    """Return the rows of ``queryset`` whose SQLite full-text index holds every word of ``q``.

    SQLite collects the matching rowids, then either visits those rows by id (the default: right
    when the list is ordered by id, as claims are) or, with ``walk_order``, walks the list's own
    order index and keeps the rows in the collected set, stopping after a page: right when the
    order is another column (documents by date), where visiting every match would mean sorting
    them all (61,000 documents hold "detained" at 1 M claims: 120 ms against 7 ms walking).
    """
    query = match_query(query_words(q))
    if not query:
        return queryset.none()
    table = queryset.model._meta.db_table
    fts = fts_name(table)
    if not walk_order:
        return queryset.filter(pk__in=RawSQL(match_rowids_sql(fts), [query]))
    # The unary plus keeps SQLite from looking rows up by id from the set, so it walks the order index.
    matched = RawSQL(
        f'+"{table}"."id" IN (SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH %s)', [query], output_field=BooleanField()
    )
    return queryset.filter(matched)


def match_rowids_sql(fts: str) -> str:
    """Return SQLite's SQL for the rowids of full-text table ``fts`` matching a query (its one parameter)."""
    return f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH %s'


# A word test that collects every match into a temporary index first (``fulltext_search``) costs ~0.12 us a match
# (85,000 matches of a common word at 1 M claims: 10 ms); one that asks the full-text index about a row by its id,
# 3-17 us a row (FTS5 seeks the word in every segment again). Rows are probed one by one when the words have more
# matches than this, read first up to it (0.3 ms at most), so rare words keep the collected set.
PROBE_FROM = 10_000


def probed_fulltext(sql: str, params: list[Any], table: str) -> tuple[str, list[Any]]:
    """Return ``sql`` with its ``fulltext_search`` test on ``table`` asked row by row when the words are common.

    For SQL that tests a few rows in an order and stops after a page (``claims.views.lookup_rows`` on
    SQLite): the test becomes ``CASE WHEN <more than PROBE_FROM matches> THEN EXISTS (<the row's id in
    the index>) ELSE <id in the collected matches> END``; the count is read once per statement, and the
    branch not taken never runs. The same rows either way. SQL without the test is returned as it is.
    """
    fts = fts_name(table)
    collected = f'"{table}"."id" IN ({match_rowids_sql(fts)})'
    if collected not in sql:
        return sql, params
    position = sql[: sql.index(collected)].count("%s")
    query = params[position]
    probed = (
        f'(CASE WHEN (SELECT count(*) FROM (SELECT 1 FROM "{fts}" WHERE "{fts}" MATCH %s LIMIT %s)) > %s '
        f'THEN EXISTS (SELECT 1 FROM "{fts}" WHERE "{fts}" MATCH %s AND rowid = "{table}"."id") ELSE {collected} END)'
    )
    return (
        sql.replace(collected, probed, 1),
        [*params[:position], query, PROBE_FROM + 1, PROBE_FROM, query, query, *params[position + 1 :]],
    )


# On SQLite, a claims search listed newest first is driven by the full-text index itself (``streamed_search``):
# its pages are keyed on the index's rowid (the claim's id), which FTS5 walks downwards and stops after a page.
MATCH_ROWID = "match_rowid"


def streamed_search(claims: QuerySet, q: str) -> QuerySet:
    """Return the claims matching ``q`` joined to their SQLite full-text rows, annotated ``match_rowid``.

    Ordered by ``match_rowid`` (``claims.paging.NEWEST_MATCHES``), SQLite reads the matches newest
    first from the index and stops after a page, and counts stop after the cap: a word in one claim
    of twelve is 85,000 matches at 1 M claims, which ``pk IN (…)`` collects before the first row.
    """
    query = match_query(query_words(q))
    if not query:
        return claims.none()
    table = claims.model._meta.db_table
    fts = fts_name(table)
    return claims.extra(
        tables=[fts], where=[f'"{fts}".rowid = "{table}"."id"', f'"{fts}" MATCH %s'], params=[query]
    ).annotate(**{MATCH_ROWID: RawSQL(f'"{fts}".rowid', [], output_field=IntegerField())})


def search_claims(claims: QuerySet, q: str, *, fuzzy: bool = False, streamed: bool = False) -> QuerySet:
    """Return the claims matching ``q`` in their words or context (CLAIM_FIELDS), newest first.

    On PostgreSQL the match is full-text (stemmed, index-backed) and the newest claims come
    first, each annotated with its ``search_rank``; ranking every match would re-parse each
    matching row, which does not scale to a million claims. ``fuzzy`` asks instead for
    trigram word similarity on the counted noun (for a misspelt word), best first.
    """
    if not query_words(q):
        return claims.none()
    if not is_postgresql():
        if streamed:
            return streamed_search(claims, q).order_by(f"-{MATCH_ROWID}")
        return fulltext_search(claims, q).order_by("-id")
    from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity

    text = " ".join(query_words(q))
    if fuzzy:
        return (
            claims.filter(noun__trigram_word_similar=text)
            .annotate(search_rank=TrigramWordSimilarity(Value(text), "noun"))
            .order_by("-search_rank", "-id")
        )
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    vector = StoredVector()
    return (
        claims.alias(**{VECTOR_ALIAS: vector})
        .filter(**{VECTOR_ALIAS: query})
        .annotate(search_rank=SearchRank(vector, query))
        .order_by("-id")
    )


def search_documents(documents: QuerySet, q: str, *, fuzzy: bool = False) -> QuerySet:
    """Return the documents matching ``q`` in their title or text, newest first (title similarity if ``fuzzy``)."""
    if not query_words(q):
        return documents.none()
    if not is_postgresql():
        return fulltext_search(documents, q, walk_order=True).order_by(*(key.order() for key in NEWEST_DOCUMENTS))
    from django.contrib.postgres.search import SearchQuery, TrigramWordSimilarity

    text = " ".join(query_words(q))
    if fuzzy:
        return (
            documents.filter(title__trigram_word_similar=text)
            .annotate(search_rank=TrigramWordSimilarity(Value(text), "title"))
            .order_by("-search_rank", "-id")
        )
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    # Newest first on an index (claims migration 0002), so a common word stops after a page.
    return (
        documents.alias(**{VECTOR_ALIAS: StoredVector()})
        .filter(**{VECTOR_ALIAS: query})
        .order_by(*(key.order() for key in NEWEST_DOCUMENTS))
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
        .annotate(
            search_rank=Greatest(
                SearchRank(vector, query),
                Coalesce(TrigramWordSimilarity(Value(text), "title"), Value(0.0)) * Value(0.1),
                output_field=FloatField(),
            )
        )
        .order_by("-search_rank", "title", "id")
    )
