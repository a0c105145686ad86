"""Pages of long lists that cost the same at the first page and the ten-thousandth: keyset pages and capped counts.

A keyset page is found by the values of its neighbour's last (or first) row in a stable
order ending in a unique column, never by skipping rows: ``WHERE (published, id) < (…) ORDER
BY published DESC, id DESC LIMIT 21`` walks an index from where the last page stopped. The
position travels in the URL as an opaque cursor (``?cursor=…``); a cursor that was not made
here is a clear error (``BadCursor``), never a silently different page.

Counts are exact up to ``COUNT_LIMIT`` and "more than" beyond (``CappedPaginator``, the one
owner of the threshold): counting reads at most ``COUNT_LIMIT`` + 1 rows however many match. A
search streamed from SQLite's full-text index counts its matches among at most ``COUNT_SPAN`` claim
ids (``id_slices``): every claim up to that size, a sample beyond it, whose matches give an estimate
("about 600"), so a count of three words meeting in 600 of a million claims does not read each word's
84,000 postings. A claims search on PostgreSQL is counted, and its newest page read, from the search window
(``claims.search``: a partial full-text index over the newest claims) in the same way (``window_count``,
``window_first``).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import EmptyResultSet, FieldError, ValidationError
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy, RawSQL
from django.utils.functional import cached_property

# Lists count their rows exactly up to this many and say "more than" beyond: a page costs the same at
# a million rows as at ten thousand. A thousand: a count reads at most 1,001 matches, which a common
# word's citation lookup finds among some 5,000 of the word's claims at 1 M claims (10,000 meant
# 50,000 tested on SQLite and 22,800 heap blocks read on PostgreSQL; docs/scale.md, fourth pass).
COUNT_LIMIT = 1_000
# A search streamed from SQLite's full-text index is counted among at most this many claim ids, in COUNT_SLICES
# slices spread evenly over all of them: every id up to this size (an exact count), beyond it a sample whose
# matches, scaled to every id, are an estimate. Three words meeting in 600 of 1,000,000 claims: an exact count
# reads each word's 84,000 postings (9 ms), the sample a tenth of them (1.2 ms), at any size. More slices cost
# more than they add (20: 2 ms; 40: 10-17 ms, FTS5 opening a cursor per slice).
COUNT_SPAN = 100_000
COUNT_SLICES = 10
# An estimate from fewer matches than this would typically be off by a fifth or more (a sample's matches vary by their
# square root): the count is then read in full, exact or capped, as a list that is not sampled.
ESTIMATE_FLOOR = 20


class CappedPaginator(Paginator):
    """A paginator that counts at most ``COUNT_LIMIT`` + 1 rows: exact when small, capped or estimated (and saying so)
    beyond; a full-text search is counted from a bounded part of its index (``count``)."""

    limit = COUNT_LIMIT
    span = COUNT_SPAN
    slices = COUNT_SLICES
    floor = ESTIMATE_FLOOR

    def __init__(
        self,
        object_list: Any,
        per_page: int,
        *args: Any,
        counted: QuerySet | None = None,
        keep_ids: bool = False,
        **kwargs: Any,
    ):
        """``counted``: the same rows as ``object_list`` in a form that counts faster, if there is one.

        ``keep_ids``: count by reading the rows' ids, kept in ``ids`` when the count is exact.
        """
        super().__init__(object_list, per_page, *args, **kwargs)
        self.counted = counted
        self.keep_ids = keep_ids
        self.ids: list[Any] | None = None
        self.estimated = False

    @cached_property
    def count(self) -> int:
        """Return the number of rows, ``limit`` + 1 when there are more than ``limit``, or an estimate (``is_estimate``).

        Every list of a kind runs the same queries, whichever of these it comes to.
        """
        rows = self.object_list if self.counted is None else self.counted
        if not isinstance(rows, QuerySet):
            return min(len(rows), self.limit + 1)
        if is_streamed(rows):
            found, sampled, ids = count_sample(rows, self.limit, self.span, self.slices, self.floor)
            if sampled < ids and self.floor <= found <= self.limit:
                self.estimated = True
                return round_estimate(found * ids / sampled)
            return found
        from claims.search import is_indexed_search, is_windowed_search  # claims.search imports this module

        if is_indexed_search(rows):
            # PostgreSQL finds a word's matches in a GIN bitmap of all of them before it reads one (15 ms for a
            # common word at 1 M claims, then a heap block a match): beyond the limit, its planner's estimate is
            # the count, and the count's own query reads nothing.
            expected = planned_rows(rows)
            if expected > self.limit:
                self.estimated = True
                self.read_count(rows, read=False)
                return round_estimate(expected)
            if is_windowed_search(rows):
                return self.window_count(rows)
        return self.read_count(rows)

    def window_count(self, rows: QuerySet) -> int:
        """Return the count of a claims search on PostgreSQL from its matches in the search window, as SQLite's from
        its sample: estimated when the window holds ``floor`` matches or more and some claims lie below it, "more
        than" when it holds more than ``limit``, else read in full (ids kept, at most ``limit`` + 1)."""
        from claims.search import WINDOW_BOUNDS, read_window_bound, window_bound

        bound = window_bound(rows.db)
        found, low, high, predicate, ids = count_window(rows, bound, self.limit, self.floor)
        WINDOW_BOUNDS[rows.db] = read_window_bound(predicate)
        if ids is None:  # at least ``floor`` matches (and at least one) above a bound within the ids: high > bound
            if found > self.limit:
                return found  # more than the limit in the window alone
            self.estimated = True
            return round_estimate(found * (high - low + 1) / (high - bound))
        if len(ids) <= self.limit:
            self.ids = ids
        return len(ids)

    def read_count(self, rows: QuerySet, *, read: bool = True) -> int:
        """Return the number of ``rows``, or ``limit`` + 1 when there are more than ``limit`` (none read unless ``read``)."""
        try:
            # Only the ids: an annotation of the rows (a claim count, a rank) is not worked out to count them.
            sql, params = rows.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:
            return 0
        stop = self.limit + 1 if read else 0
        with connections[rows.db].cursor() as cursor:
            if not self.keep_ids:
                cursor.execute(f"SELECT count(*) FROM (SELECT * FROM ({sql}) counted LIMIT %s) capped", [*params, stop])
                return int(cursor.fetchone()[0])
            cursor.execute(f"SELECT * FROM ({sql}) counted LIMIT %s", [*params, stop])
            ids = [pk for (pk,) in cursor.fetchall()]
        if read and len(ids) <= self.limit:
            self.ids = ids
        return len(ids)

    def settle(self, count: int) -> None:
        """Make the count exact: a first page that holds every row has counted them."""
        self.__dict__["count"] = count
        self.estimated = False
        self.__dict__.pop("num_pages", None)

    @property
    def is_estimate(self) -> bool:
        """Return whether the count is an estimate: from a sample of the index (SQLite) or the planner (PostgreSQL)."""
        self.count  # noqa: B018
        return self.estimated

    @property
    def is_exact(self) -> bool:
        return self.count <= self.limit and not self.is_estimate

    def page(self, number: Any) -> Any:
        """Return a page; past a capped count, a full page (the count is not where the rows end)."""
        if self.is_exact:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)

    @property
    def shown_count(self) -> int:
        """Return the count to show: exact, an estimate, or ``limit`` meaning "more than" (``is_exact`` false)."""
        return self.count if self.is_estimate else min(self.count, self.limit)

    @property
    def count_label(self) -> str:
        """Return how many rows there are, in words ("987", "more than 1,000").

        >>> CappedPaginator(list(range(987)), 10).count_label
        '987'
        >>> paginator = CappedPaginator(list(range(30)), 10)
        >>> paginator.limit = 20
        >>> paginator.count_label
        'more than 20'
        """
        if self.is_estimate:
            return f"about {self.count:,}"
        return f"{self.count:,}" if self.is_exact else f"more than {self.limit:,}"

    @property
    def pages_label(self) -> str:
        """Return how many pages there are, in words ("12", "more than 200").

        >>> CappedPaginator(list(range(30)), 10).pages_label
        '3'
        >>> paginator = CappedPaginator(list(range(30)), 10)
        >>> paginator.limit = 20
        >>> paginator.pages_label
        'more than 2'
        """
        if self.is_estimate:
            return f"about {self.num_pages:,}"
        if self.is_exact:
            return str(self.num_pages)
        return f"more than {self.limit // self.per_page}"


def is_streamed(rows: QuerySet) -> bool:
    """Return whether ``rows`` are a search streamed from SQLite's full-text index (``claims.search.streamed_search``)."""
    return NEWEST_MATCHES[0].field in rows.query.annotations


def id_slices(low: int, high: int, span: int = COUNT_SPAN, slices: int = COUNT_SLICES) -> list[tuple[int, int]]:
    """Return the id ranges a sampled count reads, newest first: all of ``low``..``high`` if it is no wider than
    ``span``, else ``slices`` ranges of ``span // slices`` ids spread evenly over it.

    >>> id_slices(1, 10, span=100, slices=2)
    [(6, 10), (1, 5)]
    >>> id_slices(1, 1000, span=100, slices=2)
    [(501, 550), (1, 50)]
    """
    width = high - low + 1
    ranges = []
    for k in range(slices):
        first = low + width * k // slices
        last = min(low + width * (k + 1) // slices, first + span // slices) - 1
        if last >= first:
            ranges.append((first, last))
    return ranges[::-1]


def count_sample(rows: QuerySet, limit: int, span: int, slices: int, floor: int) -> tuple[int, int, int]:
    """Return (matches, ids read, ids in all) for a streamed search counted among ``id_slices`` of its ids.

    Two queries: the lowest and highest id, then the matches in every slice (FTS5 seeks each slice by
    rowid), at most ``limit`` + 1 of them. When the slices hold fewer than ``floor`` matches, too few to
    scale, the same statement counts every match instead (a word that rare has short postings).
    """
    from corpus.fulltext import fts_name

    table = rows.model._meta.db_table
    fts = fts_name(table)
    matches = rows.order_by().values("pk")
    try:
        every_sql, every_params = matches.query.sql_with_params()
    except EmptyResultSet:
        return 0, 0, 0
    with connections[rows.db].cursor() as cursor:
        cursor.execute(f'SELECT (SELECT min("id") FROM "{table}"), (SELECT max("id") FROM "{table}")')
        low, high = cursor.fetchone()
        ranges = id_slices(low or 0, high or -1, span, slices)
        parts, params = [], []
        for first, last in ranges or [(0, -1)]:
            sql, part_params = matches.extra(
                where=[f'"{fts}".rowid BETWEEN %s AND %s'], params=[first, last]
            ).query.sql_with_params()
            parts.append(f"SELECT * FROM ({sql})")
            params += part_params
        sampled, ids = sum(last - first + 1 for first, last in ranges), (high or -1) - (low or 0) + 1
        cursor.execute(
            f"WITH sample(found) AS (SELECT count(*) FROM ({' UNION ALL '.join(parts)} LIMIT %s)) "
            f"SELECT found, (SELECT count(*) FROM ({every_sql} LIMIT %s)) FROM sample WHERE found < %s "
            "UNION ALL SELECT found, NULL FROM sample WHERE found >= %s",
            [*params, limit + 1, *every_params, limit + 1, *(floor if sampled < ids else 0,) * 2],
        )
        found, every = cursor.fetchone()
    return (found, sampled, ids) if every is None else (every, ids, ids)


def count_window(
    rows: QuerySet, bound: int, limit: int, floor: int
) -> tuple[int | None, int, int, str | None, list[int] | None]:
    """Return (matches above ``bound`` or None, lowest and highest claim id, the window index's condition, every
    match's id or None) for a claims search on PostgreSQL, in one statement.

    When some claims lie at or below the bound, the matches above it (at most ``limit`` + 1) are counted through the
    window index; when none do, they are not (the window is every claim). Every match's id (at most ``limit`` + 1,
    through the full index) is read only when the window was not counted or holds fewer than ``floor`` matches;
    otherwise that part of the statement is never executed.
    """
    from claims.search import WINDOW_TABLE, window_predicate_sql

    matches = rows.order_by().values("pk")
    try:
        every_sql, every_params = matches.query.sql_with_params()
        window_sql, window_params = matches.filter(pk__gt=bound).query.sql_with_params()
    except EmptyResultSet:
        return None, 0, 0, None, []
    table = WINDOW_TABLE
    with connections[rows.db].cursor() as cursor:
        cursor.execute(
            f'WITH ids AS MATERIALIZED (SELECT (SELECT min(id) FROM "{table}") AS low, (SELECT max(id) FROM "{table}") '
            "AS high), window_matches AS MATERIALIZED (SELECT CASE WHEN %s >= low "
            f"THEN (SELECT count(*) FROM ({window_sql} LIMIT %s) w) END AS found FROM ids) "
            f"SELECT found, COALESCE(low, 0), COALESCE(high, -1), {window_predicate_sql()}, "
            f"CASE WHEN found IS NULL OR found < %s THEN ARRAY(SELECT * FROM ({every_sql} LIMIT %s) e) END "
            "FROM window_matches, ids",
            [bound, *window_params, limit + 1, max(floor, 1), *every_params, limit + 1],
        )
        found, low, high, predicate, ids = cursor.fetchone()
    return found, low, high, predicate, ids


def planned_rows(rows: QuerySet) -> float:
    """Return how many rows PostgreSQL's planner expects ``rows`` to hold, from its statistics (nothing is read)."""
    plan = json.loads(rows.order_by().values("pk").explain(format="json"))
    return float(plan[0]["Plan"]["Plan Rows"])


def round_estimate(value: float) -> int:
    """Return an estimated count to two significant figures (a sample says no more), at least 1.

    >>> round_estimate(563.2), round_estimate(7.4), round_estimate(12_345), round_estimate(0.2)
    (560, 7, 12000, 1)
    """
    number = max(1, round(value))
    scale = 10 ** max(0, len(str(number)) - 2)
    return round(number / scale) * scale


class BadCursor(ValueError):
    """A cursor this list did not make (edited, truncated or from another list)."""


@dataclasses.dataclass(frozen=True)
class Key:
    """One column of a keyset order: a field or annotation of the rows, its direction, whether it holds nulls.

    Nulls come last in the forward order on both databases. The last key of an order must be unique.
    """

    field: str
    descending: bool = False
    nullable: bool = False

    def order(self, *, backwards: bool = False) -> OrderBy:
        """Return the ORDER BY term, walking forward or backwards (nulls named only for a column that holds them)."""
        descending = self.descending != backwards
        nulls = {"nulls_first": True} if backwards else {"nulls_last": True}
        expression = F(self.field)
        if not self.nullable:
            return expression.desc() if descending else expression.asc()
        return expression.desc(**nulls) if descending else expression.asc(**nulls)

    def beyond(self, value: Any, *, backwards: bool) -> Q | None:
        """Return the rows strictly past ``value`` on this key in the walking direction (None: none are)."""
        if value is None:
            # Nulls are last: going forward nothing is past them; going back every non-null is.
            return Q(**{f"{self.field}__isnull": False}) if backwards else None
        past = Q(**{f"{self.field}__{'lt' if self.descending != backwards else 'gt'}": value})
        if self.nullable and not backwards:
            past |= Q(**{f"{self.field}__isnull": True})
        return past

    def same(self, value: Any) -> Q:
        return Q(**{f"{self.field}__isnull": True}) if value is None else Q(**{self.field: value})


def beyond(keys: Sequence[Key], values: Sequence[Any], *, backwards: bool = False) -> Q:
    """Return the condition for rows after (or, ``backwards``, before) the row holding ``values`` in ``keys`` order.

    >>> str(beyond([Key("id", descending=True)], [7]))
    "(OR: (AND: ('id__lt', 7)))"
    """
    conditions = []
    equal = Q()
    for key, value in zip(keys, values, strict=True):
        past = key.beyond(value, backwards=backwards)
        if past is not None:
            conditions.append(equal & past)
        equal &= key.same(value)
    return Q(*conditions, _connector=Q.OR) if conditions else Q(pk__in=[])


def encode_cursor(values: Sequence[Any], *, backwards: bool = False) -> str:
    """Return the opaque cursor for a position: the key values of a row and the walking direction.

    >>> encode_cursor([3]), encode_cursor(["2023-10-02", 3], backwards=True)
    ('WyJuIiwzXQ', 'WyJwIiwiMjAyMy0xMC0wMiIsM10')
    """
    text = json.dumps(["p" if backwards else "n", *values], cls=DjangoJSONEncoder, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, keys: Sequence[Key], rows: QuerySet) -> tuple[bool, list[Any]]:
    """Return (backwards, values) from a cursor, each value read by its key's field; ``BadCursor`` if it is not one.

    >>> decode_cursor("WyJuIiwzXQ", [Key("id")], None)
    (False, [3])
    """
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        direction, *values = json.loads(text)
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError) as error:
        raise BadCursor(
            "This cursor was not made by this list; follow the list's own next and previous links."
        ) from error
    if direction not in ("n", "p") or len(values) != len(keys):
        raise BadCursor("This cursor was not made by this list; follow the list's own next and previous links.")
    if any(not isinstance(value, str | int | type(None)) or isinstance(value, bool) for value in values):
        raise BadCursor("This cursor was not made by this list; follow the list's own next and previous links.")
    if rows is not None:
        values = [read_value(rows, key, value) for key, value in zip(keys, values, strict=True)]
    return direction == "p", values


def read_value(rows: QuerySet, key: Key, value: Any) -> Any:
    """Return a cursor's value as the key's field reads it, or raise ``BadCursor`` (never a database error)."""
    if value is None:
        if not key.nullable:
            raise BadCursor(f"This cursor has no value for {key.field}.")
        return None
    try:
        field = rows.query.clone().resolve_ref(key.field, allow_joins=True).output_field
        return field.to_python(value)
    except (ValidationError, FieldError, TypeError, ValueError) as error:
        raise BadCursor(f"This cursor's {key.field} is not a value of that field.") from error


def key_values(row: Any, keys: Sequence[Key]) -> list[Any]:
    return [getattr(row, key.field) for key in keys]


@dataclasses.dataclass
class KeysetPage:
    """One page of a keyset-paged list: its rows, cursors to the pages either side, and the capped count."""

    object_list: list[Any]
    next_cursor: str | None
    previous_cursor: str | None
    paginator: CappedPaginator | None = None
    is_first: bool = True  # asked for without a cursor or an offset

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None

    @property
    def has_previous(self) -> bool:
        return self.previous_cursor is not None

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous

    def __iter__(self) -> Any:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)


def page_of_ids(
    ids: Sequence[int], key: Key, values: Sequence[Any], *, backwards: bool, offset: int, size: int
) -> list[int]:
    """Return the ids of the page (and one more) that walking ``key`` from a cursor's ``values`` meets, from every id.

    >>> page_of_ids([4, 9, 2, 7], Key("id", descending=True), [], backwards=False, offset=0, size=2)
    [9, 7, 4]
    >>> page_of_ids([4, 9, 2, 7], Key("id", descending=True), [7], backwards=True, offset=0, size=2)
    [9]
    >>> page_of_ids([4, 9, 2, 7], Key("id"), [], backwards=False, offset=2, size=2)
    [7, 9]
    """
    descending = key.descending != backwards
    walked = sorted(ids, reverse=descending)
    if values:
        (value,) = values
        walked = [pk for pk in walked if (pk < value if descending else pk > value)]
    else:
        walked = walked[offset:]
    return walked[: size + 1]


def keyset_page(
    rows: QuerySet, keys: Sequence[Key], cursor: str | None, size: int, *, offset: int = 0, counted: bool = True
) -> KeysetPage:
    """Return the page of ``rows`` in ``keys`` order that ``cursor`` points at (the first without one).

    Without a cursor, ``offset`` rows are skipped (old ``?page=N`` links keep working, within the
    first pages). One query for the rows, and one for the capped count when ``counted``.
    """
    from claims.search import search_window  # claims.search imports this module

    backwards, values = decode_cursor(cursor, keys, rows) if cursor else (False, [])
    by_id = len(keys) == 1 and keys[0].field in ID_KEYS
    paginator = CappedPaginator(rows, size, keep_ids=by_id) if counted else None
    if paginator is not None:
        paginator.count  # counted first, so that every page runs the same queries  # noqa: B018
    ordered = rows.order_by(*(key.order(backwards=backwards) for key in keys))
    if paginator is not None and paginator.ids is not None:
        # The count read every id of the list (no more than COUNT_LIMIT): the page is chosen among them and
        # its rows read by id, so a search does not find its matches twice (three common words meeting in
        # 600 claims: the GIN or FTS5 postings of every word read once, not for the count and the page).
        chosen = page_of_ids(paginator.ids, keys[0], values, backwards=backwards, offset=offset, size=size)
        found = list(ordered.filter(pk__in=chosen)) if chosen else []
    else:
        if values:
            ordered = ordered.filter(beyond(keys, values, backwards=backwards))
            offset = 0
        bound = search_window(rows) if by_id and not offset else None
        if bound is not None:
            descending = keys[0].descending != backwards
            found = list(ordered.filter(pk__in=window_first(ordered, bound, size + 1, descending=descending)))
        else:
            found = list(ordered[offset : offset + size + 1])
    more = len(found) > size
    found = found[:size]
    if backwards:
        found.reverse()
    if paginator is not None and paginator.is_estimate and not (values or offset or more):
        paginator.settle(len(found))  # the first page holds every row: an estimate would say less than it shows
    # Walking back from a cursor, the row the cursor came from is still ahead; walking forward
    # from one (or past an offset), rows lie behind.
    has_next = more if not backwards else True
    has_previous = more if backwards else bool(values or offset)
    return KeysetPage(
        object_list=found,
        next_cursor=encode_cursor(key_values(found[-1], keys)) if found and has_next else None,
        previous_cursor=encode_cursor(key_values(found[0], keys), backwards=True) if found and has_previous else None,
        paginator=paginator,
        is_first=not (values or offset),
    )


def window_first(ordered: QuerySet, bound: int, size: int, *, descending: bool) -> RawSQL:
    """Return SQL for the ids of the first ``size`` of ``ordered`` (by id), reading the ids above ``bound`` apart from
    the rest: ``(above ORDER BY id DESC LIMIT n) UNION ALL (rest ORDER BY id DESC LIMIT n) LIMIT n`` newest first, the
    other way round oldest first.

    Every id above the bound comes before every id below it newest first, so the two parts in turn are the rows in
    order, and PostgreSQL does not start the second part once the first fills the page: a search's newest page is read
    from the window index (claims migration 0016) alone, not from a bitmap of every match of its words.
    """
    ids = ordered.values("pk")
    above, rest = ids.filter(pk__gt=bound)[:size], ids.filter(pk__lte=bound)[:size]
    first, second = (above, rest) if descending else (rest, above)
    first_sql, first_params = first.query.sql_with_params()
    second_sql, second_params = second.query.sql_with_params()
    return RawSQL(
        f"SELECT * FROM (({first_sql}) UNION ALL ({second_sql}) LIMIT %s) first_ids",
        (*first_params, *second_params, size),
    )


# Documents newest first: by publication date (undated last), then id. An index walks it on both
# databases (corpus migration 0008 on SQLite, claims migration 0002 on PostgreSQL).
NEWEST_DOCUMENTS = (Key("published", descending=True, nullable=True), Key("id", descending=True))
# Claims newest first, by id (ids only grow); the primary key walks it.
NEWEST_CLAIMS = NEWEST_BY_ID = (Key("id", descending=True),)
# The API lists every kind of row by id, oldest first.
BY_ID = (Key("id"),)
# Claims found by a streamed SQLite search, newest first by the full-text index's rowid (their id).
NEWEST_MATCHES = (Key("match_rowid", descending=True),)
# Keys that are the row's id: a list in their order can choose a page among its ids (``page_of_ids``). Not a
# streamed SQLite search's rowid: FTS5 walks its newest matches and stops after a page, where reading chosen ids
# would seek each one in every word's postings (13 -> 20 ms of CPU for three common words at 1 M claims).
ID_KEYS = ("id",)


def newest_claims_keys(rows: QuerySet) -> tuple[Key, ...]:
    """Return the keys of a newest-first claims list: the full-text rowid for a streamed search, else the id."""
    return NEWEST_MATCHES if "match_rowid" in rows.query.annotations else NEWEST_CLAIMS
