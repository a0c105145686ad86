"""Pages of long lists that cost the same at the first page and the ten-thousandth: keyset pages and capped counts.

A keyset page is found by the values of its neighbour's last (or first) row in a stable
order ending in a unique column, never by skipping rows: ``WHERE (published, id) < (…) ORDER
BY published DESC, id DESC LIMIT 21`` walks an index from where the last page stopped. The
position travels in the URL as an opaque cursor (``?cursor=…``); a cursor that was not made
here is a clear error (``BadCursor``), never a silently different page.

Counts are exact up to ``COUNT_LIMIT`` and "more than" beyond (``CappedPaginator``, the one
owner of the threshold): counting reads at most ``COUNT_LIMIT`` + 1 rows however many match.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import FieldError, ValidationError
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy
from django.utils.functional import cached_property

# Lists count their rows exactly up to this many and say "more than" beyond: a page costs the same at
# a million rows as at ten thousand. A thousand: a count reads at most 1,001 matches, which a common
# word's citation lookup finds among some 5,000 of the word's claims at 1 M claims (10,000 meant
# 50,000 tested on SQLite and 22,800 heap blocks read on PostgreSQL; docs/scale.md, fourth pass).
COUNT_LIMIT = 1_000


class CappedPaginator(Paginator):
    """A paginator that counts at most ``COUNT_LIMIT`` + 1 rows: exact when small, capped (and saying so) beyond."""

    limit = COUNT_LIMIT

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

    @cached_property
    def count(self) -> int:
        """Return the number of rows, or ``limit`` + 1 when there are more than ``limit``."""
        rows = self.object_list if self.counted is None else self.counted
        if isinstance(rows, QuerySet):
            # Only the ids: an annotation of the rows (a claim count, a rank) is not worked out to count them.
            if not self.keep_ids:
                return rows.order_by().values("pk")[: self.limit + 1].count()
            ids = list(rows.order_by().values_list("pk", flat=True)[: self.limit + 1])
            self.ids = ids if len(ids) <= self.limit else None
            return len(ids)
        return min(len(rows), self.limit + 1)

    @property
    def is_exact(self) -> bool:
        return self.count <= self.limit

    def page(self, number: Any) -> Any:
        """Return a page; past a capped count, a full page (the count is not where the rows end)."""
        if self.is_exact:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)

    @property
    def shown_count(self) -> int:
        """Return the count to show: exact, or ``limit`` meaning "more than" when ``is_exact`` is false."""
        return min(self.count, self.limit)

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
        if self.is_exact:
            return str(self.num_pages)
        return f"more than {self.limit // self.per_page}"


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
        found = list(ordered[offset : offset + size + 1])
    more = len(found) > size
    found = found[:size]
    if backwards:
        found.reverse()
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
