"""Public read-only pages: documents with their claims, claims in context, figures, search and citation lookups.

Every page answers GET and HEAD only (anything else is 405), needs no login and no
JavaScript, runs a fixed number of queries however large the database grows, and never
writes (``tests/claims/test_urls.py`` walks every public URL to hold that).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, OuterRef, QuerySet, Subquery, When
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe

from claims import downloads
from claims.citations import (
    cite_document,
    cite_documents,
    make_fragment,
    original_link,
    page_text_of,
    page_texts,
)
from claims.extraction import LEXICON_VERSION, load_lexicon
from claims.filters import ClaimFilter, ClaimListFilter, DocumentFilter, FigureFilter
from claims.ingest import orphan_version
from claims.models import Anchor, Claim, Figure, FigureStatus, rank_order, rank_position
from claims.paging import (
    NEWEST_CLAIMS,
    NEWEST_DOCUMENTS,
    BadCursor,
    CappedPaginator,
    Key,
    KeysetPage,
    keyset_page,
    newest_claims_keys,
)
from claims.search import is_postgresql, probed_fulltext, query_words, search_claims, search_documents
from claims.wording import describe_value, name_day
from corpus.models import Document, is_web_url
from corpus.text import paragraph_bounds

HOME_DOCUMENTS = 25
HOME_CLAIMS = 20
HOME_FIGURES = 10
FIGURE_CLAIMS = 50
SEARCH_PAGE = 20
LOOKUP_PAGE = 10


def describe_claim(claim: Claim) -> str:
    """Return the value an editor stands behind (the correction if any), in words."""
    return describe_value(claim.effective_low, claim.effective_high, claim.effective_qualifier)


def path_maker(name: str) -> Callable[[int], str]:
    """Return a function giving the path of URL ``name`` for an id, reversing once rather than once per row.

    >>> path_maker("claim-detail")(42)
    '/claims/42/'
    """
    marker = 987654321
    head, tail = reverse(name, args=[marker]).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


def with_value_words(claims: list[Claim]) -> list[Claim]:
    """Return the claims, each given ``value_words``, ``url`` and ``document_url`` for templates."""
    claim_path, document_path = path_maker("claim-detail"), path_maker("document-detail")
    for claim in claims:
        claim.value_words = describe_claim(claim)  # type: ignore[attr-defined]
        claim.url = claim_path(claim.pk)  # type: ignore[attr-defined]
        claim.document_url = document_path(claim.document_id)  # type: ignore[attr-defined]
    return claims


def describe_accepted(figure: Figure) -> str:
    if not figure.has_accepted_value:
        return ""
    return describe_value(figure.accepted_low, figure.accepted_high, figure.accepted_qualifier)


def json_ld(data: Any) -> SafeString:
    """Return JSON for a ``<script type="application/ld+json">`` block, safe against ``</script>``.

    >>> str(json_ld({"q": "</script><b>&"}))
    '{"q": "\\\\u003C/script\\\\u003E\\\\u003Cb\\\\u003E\\\\u0026"}'
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return mark_safe(text)


@dataclasses.dataclass
class Window:
    """One page of citation lookup results, by number, without a count (the lookup's own order is not keyset-paged)."""

    object_list: list[Any]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous


MAX_PAGE = 10**9  # pages past this are empty anyway; the bound keeps offsets inside a bigint


def page_number(request: HttpRequest, param: str) -> int:
    """Return the page asked for, leniently: 1 for a missing or bad number, at most MAX_PAGE."""
    try:
        return min(max(1, int(request.GET.get(param, "1"))), MAX_PAGE)
    except ValueError:
        return 1


def counted_page(queryset: QuerySet, request: HttpRequest, param: str, size: int) -> Any:
    return CappedPaginator(queryset, size).get_page(request.GET.get(param))


def querystring_without(request: HttpRequest, *params: str) -> str:
    """Return the request's query string without some parameters (for page links)."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()


def chart_for(claims: list[Claim], figure: Figure, members: QuerySet, *, whole: bool) -> SafeString | None:
    """Return the interval chart of a figure: claim by claim when ``whole`` (one page holds them all), else
    from its claims grouped by interval in one query, however many the figure holds."""
    try:
        from claims.charts import CHART_GROUPS, render_grouped_chart, render_interval_chart
    except ImportError:
        return None
    if whole:
        return render_interval_chart(claims, accepted=figure)
    groups = list(members.interval_groups()[: CHART_GROUPS * 2 + 1])
    orphans = sum(group["claims"] for group in groups if group["orphaned"])
    return render_grouped_chart([group for group in groups if not group["orphaned"]], accepted=figure, orphans=orphans)


def reconciled_first() -> Case:
    """Return a figure's place on the home page as SQL: reconciled 0, an editor's open figure 1, a suggestion 2."""
    order = (FigureStatus.RECONCILED, FigureStatus.OPEN, FigureStatus.SUGGESTED)
    return Case(*(When(status=status, then=i) for i, status in enumerate(order)), output_field=IntegerField())


def cursor_page(
    rows: QuerySet,
    keys: Sequence[Key],
    request: HttpRequest,
    size: int,
    *,
    param: str = "cursor",
    page_param: str = "page",
    counted: bool = True,
) -> KeysetPage:
    """Return the keyset page a request asks for: by its cursor, or by an old ``?page=N`` link (an offset)."""
    cursor = request.GET.get(param) or None
    offset = 0 if cursor else (page_number(request, page_param) - 1) * size
    return keyset_page(rows, keys, cursor, size, offset=offset, counted=counted)


def answers_bad_cursors(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Return the view answering a cursor it did not make with a 400 that says so, not a 500 or another page."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except BadCursor as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")

    return wrapped


def claim_count() -> Coalesce:
    """Return a document's readable claims counted as SQL, run only for the rows of the page shown."""
    claims = Claim.objects.public().filter(document=OuterRef("pk")).order_by().values("document")
    return Coalesce(Subquery(claims.annotate(count=Count("id")).values("count")), 0)


@require_safe
@answers_bad_cursors
def home(request: HttpRequest) -> HttpResponse:
    documents = cursor_page(
        Document.objects.annotate(claim_count=claim_count()).select_related("outlet").defer("text", "citations"),
        NEWEST_DOCUMENTS,
        request,
        HOME_DOCUMENTS,
    )
    claims = (
        Claim.objects.public()
        .select_related("document")
        .defer("document__text", "document__citations")
        .order_by(*(key.order() for key in NEWEST_CLAIMS))[:HOME_CLAIMS]
    )
    figures = Figure.objects.order_by(reconciled_first(), "-updated_at", "-id")[:HOME_FIGURES]
    context = {
        "documents": documents,
        "claims": claims,
        "figures": figures,
        "pagequery": querystring_without(request, "page", "cursor"),
    }
    return render(request, "claims/home.html", context)


def describe_period(start: datetime.date | None, end: datetime.date | None, precision: str) -> str:
    """Return the time a claim is about in words, as precise as it was read (days when unknown); "" for none.

    >>> day, month = datetime.date(2023, 10, 9), datetime.date(2023, 10, 1)
    >>> describe_period(day, day, "day"), describe_period(month, datetime.date(2023, 10, 31), "month")
    ('9 October 2023', 'October 2023')
    >>> describe_period(datetime.date(2020, 1, 1), datetime.date(2023, 12, 31), "year")
    '2020 to 2023'
    >>> describe_period(datetime.date(2020, 1, 1), None, "year"), describe_period(None, day, "day")
    ('since 2020', 'until 9 October 2023')
    >>> describe_period(None, None, "")
    ''
    """
    first, last = (name_day(date, precision) if date else "" for date in (start, end))
    if first and last:
        return first if first == last else f"{first} to {last}"
    if first:
        return f"since {first}"
    return f"until {last}" if last else ""


def marked_paragraph(text: str, left: int, right: int, claim: Claim) -> list[tuple[str, str]]:
    """Return the paragraph ``text[left:right]`` as (kind, words) pieces: the claim's quote ("claim"), the words of
    its source ("source": the attribution, when its span holds those words inside the paragraph and apart from the
    quote) and the rest ("").

    >>> claim = Claim(start=5, end=10, quote="2,000", attribution="police said", attribution_start=17, attribution_end=28)
    >>> marked_paragraph("Some 2,000 fled, police said.", 0, 29, claim)
    [('', 'Some '), ('claim', '2,000'), ('', ' fled, '), ('source', 'police said'), ('', '.')]
    """
    marks = [(claim.start, claim.end, "claim")]
    source_start, source_end = claim.attribution_start, claim.attribution_end
    if (
        source_start is not None
        and source_end is not None
        and left <= source_start < source_end <= right
        and (source_end <= claim.start or claim.end <= source_start)
        and text[source_start:source_end] == claim.attribution
    ):
        marks.append((source_start, source_end, "source"))
    pieces: list[tuple[str, str]] = []
    at = left
    for start, end, kind in sorted(marks):
        pieces.append(("", text[at:start]))
        pieces.append((kind, claim.quote if kind == "claim" else text[start:end]))
        at = end
    pieces.append(("", text[at:right]))
    return [(kind, words) for kind, words in pieces if words]


@require_safe
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(
        Claim.objects.public().select_related(
            "document", "document__outlet", "document__page_text", "figure", "suggested_figure"
        ),
        pk=pk,
    )
    document = claim.document
    # An orphan is shown in the earlier text it came from, never in the current one, and gets no deep link.
    orphaned = claim.anchor == Anchor.ORPHANED
    version = orphan_version(claim) if orphaned else None
    text = version.text if version else "" if orphaned else document.text
    left, right = paragraph_bounds(text, claim.start, claim.end) if text else (claim.start, claim.end)
    fragment = None if orphaned else make_fragment(text, claim.start, claim.end)
    tally_link = request.build_absolute_uri(fragment.link(document.get_absolute_url())) if fragment else ""
    original, original_fragment = (
        ("", None) if orphaned else original_link(document, text, claim.start, claim.end, page_text_of(document))
    )
    context = {
        "orphaned": orphaned,
        "version": version,
        "claim": claim,
        "document": document,
        "paragraph": marked_paragraph(text, left, right, claim),
        "period_words": describe_period(claim.period_start, claim.period_end, claim.period_precision),
        "value_words": describe_claim(claim),
        "extracted_words": describe_value(claim.low, claim.high, claim.qualifier),
        "citations": cite_document(document),
        "fragment": fragment,
        "tally_link": tally_link,
        "original_link": original,
        "original_fragment": original_fragment,
    }
    return render(request, "claims/claim_detail.html", context)


def json_number(value: Decimal) -> int | float:
    """Return a decimal as a JSON number: an int when whole, else the nearest float (what JSON readers parse).

    >>> json_number(Decimal("2000.000000")), json_number(Decimal("0.200000"))
    (2000, 0.2)
    """
    return int(value) if value == value.to_integral_value() else float(value)


def claim_review(request: HttpRequest, figure: Figure, claims: list[Claim]) -> dict[str, Any] | None:
    """Return schema.org ClaimReview data for a figure: its value and the quotations behind it.

    Only a figure an editor has reconciled is a review (None otherwise), an orphan is no
    appearance of it, and only schema.org properties of each type are used
    (tests/reliability/schema_org.py lists them).
    """
    if figure.status != FigureStatus.RECONCILED or not figure.has_accepted_value:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": figure.unit}
    if figure.accepted_low is not None:
        value["minValue"] = json_number(figure.accepted_low)
    if figure.accepted_high is not None:
        value["maxValue"] = json_number(figure.accepted_high)
    if figure.accepted_low is not None and figure.accepted_low == figure.accepted_high:
        value["value"] = json_number(figure.accepted_low)
    value["description"] = describe_accepted(figure)
    appearances = []
    site = request.build_absolute_uri("/").rstrip("/")
    # An orphan's quote is no longer in the article its appearance would name.
    for claim in (claim for claim in claims if claim.anchor != Anchor.ORPHANED):
        document = claim.document
        work: dict[str, Any] = {"@type": "NewsArticle", "headline": document.title or document.source_name}
        if is_web_url(document.url):
            work["url"] = document.url
        if document.published:
            work["datePublished"] = document.published.isoformat()
        if document.outlet:
            work["publisher"] = {"@type": "Organization", "name": document.outlet.name}
        if document.byline:
            work["author"] = {"@type": "Person", "name": document.byline}
        quoted: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": claim.effective_unit}
        if claim.effective_low is not None:
            quoted["minValue"] = json_number(claim.effective_low)
        if claim.effective_high is not None:
            quoted["maxValue"] = json_number(claim.effective_high)
        appearances.append(
            {
                "@type": "Quotation",
                "text": claim.quote,
                "url": site + (claim.url if hasattr(claim, "url") else claim.get_absolute_url()),
                "about": quoted,
                "isPartOf": work,
            }
        )
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": request.build_absolute_uri(figure.get_absolute_url()),
        "claimReviewed": figure.title,
        "author": {"@type": "Organization", "name": "Tally"},
        "itemReviewed": {"@type": "Claim", "about": value, "appearance": appearances},
    }
    review["reviewRating"] = {"@type": "Rating", "alternateName": f"Accepted: {describe_accepted(figure)}"}
    if figure.rationale:
        review["reviewBody"] = figure.rationale
    if figure.reconciled_at:
        review["datePublished"] = figure.reconciled_at.date().isoformat()
    return review


# A figure's claims in rank order (preferred, normal, deprecated), oldest article first within a rank.
BY_RANK = (
    Key("rank_position"),
    Key("published", nullable=True),
    Key("document_id"),
    Key("start"),
    Key("id"),
)


@require_safe
@answers_bad_cursors
def figure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    figure = get_object_or_404(Figure, pk=pk)
    members = Claim.objects.public().for_figure(figure)
    page = cursor_page(
        members.defer("document__text", "document__citations").annotate(
            rank_position=rank_order(), published=F("document__published")
        ),
        BY_RANK,
        request,
        FIGURE_CLAIMS,
    )
    claims = with_value_words(page.object_list)
    context = {
        "figure": figure,
        "suggested": figure.status == FigureStatus.SUGGESTED,
        "page": page,
        "claims": claims,
        "accepted_words": describe_accepted(figure),
        "chart": chart_for(claims, figure, members, whole=not page.has_other_pages),
        "json_ld": json_ld(review) if (review := claim_review(request, figure, claims)) else "",
        "pagequery": querystring_without(request, "page", "cursor"),
    }
    return render(request, "claims/figure_detail.html", context)


def fuzzy_base(claim_filter: ClaimFilter) -> QuerySet:
    """Return the claims a filter selects without its words, for a near-miss search."""
    return ClaimFilter(claim_filter.data.dict() | {"q": ""}, queryset=claim_filter.queryset).qs


def with_sources(claims: list[Claim]) -> list[Claim]:
    """Return a page of claims read again, in one query, with their documents (no text), outlets and figures.

    A search's page is chosen on the claims table alone: joined to documents, outlets and figures,
    PostgreSQL walked every claim newest first through the joins for three words meeting in 600 claims
    (48,875 claims tested at 1 M, 38 ms) where alone it finds them through the full-text index.
    """
    ids = [claim.pk for claim in claims]
    # An empty page asks for id 0, which no row has: Django sends no query for an empty IN, and every page
    # runs the same queries. (Not "OR id IS NULL": SQLite then reads every claim.)
    shown = (
        Claim.objects.select_related("document", "document__outlet", "figure")
        .defer("document__text", "document__citations")
        .filter(pk__in=ids or [0])
        .order_by()
    )
    found = {claim.pk: claim for claim in shown}
    return [found[pk] for pk in ids]


@require_safe
@answers_bad_cursors
def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    claim_filter = ClaimListFilter(request.GET, queryset=Claim.objects.public())
    document_filter = DocumentFilter(
        request.GET, queryset=Document.objects.select_related("outlet").defer("text", "citations")
    )
    filtering = any(request.GET.get(name) for name in claim_filter.filters if name not in {"q", "match"})
    claims = documents = figures = None
    if claim_filter.is_valid() and (query_words(q) or filtering):
        # Newest first, on the claims table alone: a page stops after its rows instead of sorting every match.
        claims = cursor_page(claim_filter.qs, newest_claims_keys(claim_filter.qs), request, SEARCH_PAGE, counted=False)
        if not claims.object_list and claims.is_first and query_words(q) and is_postgresql():
            # Nothing matched word for word: look for near misses ("detaned"), best first, in one page.
            near = search_claims(fuzzy_base(claim_filter), q, fuzzy=True)
            claims = KeysetPage(list(near[:SEARCH_PAGE]), None, None)
        claims.object_list = with_value_words(with_sources(claims.object_list))
        if query_words(q):
            figures = list(FigureFilter({"q": q}, queryset=Figure.objects.all()).qs[:HOME_FIGURES])
            if document_filter.is_valid():
                documents = cursor_page(
                    document_filter.qs,
                    NEWEST_DOCUMENTS,
                    request,
                    SEARCH_PAGE,
                    param="dcursor",
                    page_param="dpage",
                    counted=False,
                )
                if not documents.object_list and documents.is_first and is_postgresql():
                    unworded = DocumentFilter(request.GET.dict() | {"q": ""}, queryset=document_filter.queryset)
                    near = search_documents(unworded.qs, q, fuzzy=True)
                    documents = KeysetPage(list(near[:SEARCH_PAGE]), None, None)
    context = {
        "q": q,
        "form": claim_filter.form,
        "claims": claims,
        "documents": documents,
        "figures": figures,
        "pagequery": querystring_without(request, "page", "cursor"),
        "dpagequery": querystring_without(request, "dpage", "dcursor"),
        "downloadquery": querystring_without(request, "page", "dpage", "cursor", "dcursor"),
    }
    return render(request, "claims/search.html", context)


# How many claims, in lookup order, are tested one by one before the matches are found through
# the indexes instead (see ``lookup_rows``).
LOOKUP_HEAD = 3000


def lookup_claims(params: Any) -> tuple[ClaimFilter, QuerySet | None]:
    """Return the citation-lookup filter and its claims ordered by figure, rank and date (None before a query)."""
    # Orphans are left out: their quote is not in the text a citation or deep link would point into.
    claims = Claim.objects.public().exclude(anchor=Anchor.ORPHANED).only("id", "figure_id", "rank")
    lookup = ClaimFilter(params, queryset=claims)
    if not lookup.is_valid():
        return lookup, None
    data = lookup.form.cleaned_data
    if (
        data.get("value") is None
        and data.get("low") is None
        and data.get("high") is None
        and not query_words(data.get("q") or "")
    ):
        return lookup, None
    return lookup, lookup.qs.in_lookup_order()


def lookup_counted(lookup: ClaimFilter) -> QuerySet:
    """Return the claims of a valid lookup filtered as a count reads them fastest, in no order.

    The same claims as ``lookup.qs``; on SQLite the words are matched as a list shown newest first
    matches them (``streamed_search``): driven by the full-text index, each match tested as it
    comes, where ``lookup.qs`` (right for ``lookup_rows``, which walks the lookup order) collects
    every match of the word first. The form is not cleaned again, so the count adds no query.
    """
    lookup.streamed_search = True
    try:
        return lookup.filter_queryset(lookup.queryset.all()).order_by()
    finally:
        del lookup.streamed_search  # the class's own setting again


def lookup_sort_key(row: tuple[int, int | None, str]) -> tuple[bool, int, int, int]:
    """Return the Python twin of ``lookup_order()`` for an (id, figure_id, rank) row."""
    pk, figure_id, rank = row
    return (figure_id is None, figure_id or 0, rank_position(rank), -pk)


def order_by_sql(claims: QuerySet) -> tuple[str, list[Any]]:
    """Return the SQL of a queryset's ORDER BY (columns named after the claims table) and its parameters."""
    _, order_by, _ = claims.query.get_compiler(connection=connection).pre_sql_setup()
    return ", ".join(sql for _, (sql, _, _) in order_by), [p for _, (_, params, _) in order_by for p in params]


def named_columns(sql: str, table: str) -> str:
    """Return the columns of ``table`` that ``sql`` names (as ``"table"."column"``), for a SELECT list.

    >>> named_columns('SELECT "t"."id" FROM "t" WHERE "t"."unit" = %s AND "t".search_vector @@ %s', '"t"')
    '"id", "search_vector", "unit"'
    """
    names = re.findall(re.escape(table) + r'\.(?:"(\w+)"|(\w+))', sql)
    return ", ".join(f'"{name}"' for name in sorted({quoted or bare for quoted, bare in names}))


def lookup_rows(claims: QuerySet, stop: int) -> list[int]:
    """Return the ids of the first ``stop`` lookup claims, in lookup order, in one query.

    Walking the lookup-order index and testing each claim is fast when matches are common
    and ruinous when they are rare (a word that never meets the unit: every claim is read).
    Neither database can tell the two apart in advance (words, unit and value are correlated),
    so one statement does both: it tests the first LOOKUP_HEAD claims in order, and only if they
    hold too few matches (and there are more claims) does it find all matches through the
    full-text and interval indexes and sort them. The same SQL runs on PostgreSQL and SQLite.
    """
    rows = claims.values_list("pk", "figure_id", "rank")
    table = connection.ops.quote_name(Claim._meta.db_table)
    order_sql, order_params = order_by_sql(Claim.objects.in_lookup_order())
    # The early rows: the filter's own SQL, run over the first LOOKUP_HEAD claims in lookup
    # order (under the table's own name, so every condition still applies) instead of all of them.
    # The head holds only the columns that SQL names: for the value, unit and review filters the
    # lookup-order index holds them all, so the head is read from that index, never from the rows.
    # On SQLite the early rows are read in the head's order, unsorted (below), and the words tested row by row
    # when they are common: the statement stops once it has ``stop`` rows.
    early_rows = rows[:stop] if is_postgresql() else rows.order_by()[:stop]
    early_sql, early_params = early_rows.query.sql_with_params()
    assert early_sql.count(f"FROM {table}") == 1
    head = f"(SELECT {named_columns(early_sql, table)} FROM {table} ORDER BY {order_sql} LIMIT %s) AS {table}"
    early_sql = early_sql.replace(f"FROM {table}", f"FROM {head}")
    head_params = [*order_params, LOOKUP_HEAD]
    all_sql, all_params = rows.order_by().query.sql_with_params()
    # The early rows are the answer when they fill the page or when the head held every claim.
    enough = f"((SELECT count(*) FROM early) >= %s OR NOT EXISTS (SELECT 1 FROM {table} LIMIT 1 OFFSET %s))"
    enough_params = [stop, LOOKUP_HEAD]
    # A subquery with an OFFSET (a LIMIT on SQLite) is a fence: the planner finds all matches
    # through the indexes, then sorts, instead of walking the order index again.
    fence = "OFFSET 0" if is_postgresql() else "LIMIT -1 OFFSET 0"
    # The matches under the table's name and column names, so the lookup order's SQL applies to them.
    matches = f'(SELECT "pk" AS "id", "figure_id", "rank" FROM ({all_sql} {fence}) AS matches) AS {table}'
    if not is_postgresql():
        # The left side of a CROSS JOIN stays SQLite's outer loop: a document joined for a date or outlet filter is
        # looked up for each head claim as it comes, so the rows still come in the head's order.
        early_sql = early_sql.replace(" INNER JOIN ", " CROSS JOIN ")
        early_sql, early_params = probed_fulltext(early_sql, [*head_params, *early_params], Claim._meta.db_table)
        return sqlite_lookup_rows(early_sql, early_params, matches, all_params, order_sql, order_params, stop)
    sql = (
        f"WITH early AS MATERIALIZED ({early_sql}) "
        f"SELECT * FROM early WHERE {enough} "
        "UNION ALL "
        f"SELECT * FROM (SELECT * FROM {matches} "
        f"ORDER BY {order_sql} LIMIT %s) late "
        f"WHERE NOT {enough}"
    )
    params = [*head_params, *early_params, *enough_params, *all_params, *order_params, stop, *enough_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    return [row[0] for row in sorted(found, key=lookup_sort_key)]


def sqlite_lookup_rows(
    early_sql: str,
    early_params: list[Any],
    matches: str,
    matches_params: list[Any],
    order_sql: str,
    order_params: list[Any],
    stop: int,
) -> list[int]:
    """Return ``lookup_rows`` on SQLite: the early rows, then all matches sorted only when the early rows fall short.

    SQLite builds both halves of ``lookup_rows``' single statement whichever is used (the sorted
    matches cost 150 ms at 1 M claims for a common word), so here they are two statements; the
    second is limited to no rows when the first suffices, so every lookup runs the same two queries.

    The early statement has no ORDER BY of its own: its head (a subquery ordered and limited in lookup
    order, run by SQLite as a co-routine) yields the claims in lookup order, each is tested as it comes
    and the statement stops after ``stop`` matches, so a common word is asked about some 130 claims for a
    first page, not all 3,000 (``claims.search.probed_fulltext``; docs/scale.md, eighth pass). The rows are
    sorted here, as before.
    """
    with connection.cursor() as cursor:
        cursor.execute(early_sql, early_params)
        early = cursor.fetchall()
        enough = len(early) >= stop
        cursor.execute(
            f"SELECT * FROM {matches} ORDER BY {order_sql} LIMIT %s",
            [*matches_params, *order_params, 0 if enough else stop],
        )
        late = cursor.fetchall()
    # Short of a page, the sorted matches are the answer: all of them when the head held every claim too.
    return [row[0] for row in sorted(early if enough else late, key=lookup_sort_key)]


def fetch_page(claims: list[Claim] | list[int]) -> list[Claim]:
    """Return a page of lookup claims (or their ids) with their documents, outlets and figures, in the same order.

    The page is chosen on the claims table alone; joining every match to its document
    (and its text) before the sort would cost more as the corpus grows.
    """
    ids = [claim if isinstance(claim, int) else claim.pk for claim in claims]
    full = Claim.objects.select_related("document", "document__outlet", "figure").in_bulk(ids)
    return [full[pk] for pk in ids]


@dataclasses.dataclass
class LookupResult:
    claim: Claim
    value_words: str
    citations: Any
    tally_link: str
    original_link: str
    fragment: Any
    original_fragment: Any = None


def lookup_results(request: HttpRequest, claims: list[Claim]) -> list[dict[str, Any]]:
    """Return claims grouped by figure (in order), each with its citations and deep links."""
    groups: list[dict[str, Any]] = []
    cited = cite_documents(claim.document for claim in claims)
    pages = page_texts(claim.document_id for claim in claims if is_web_url(claim.document.url))
    for claim in claims:
        document = claim.document
        fragment = make_fragment(document.text, claim.start, claim.end)
        original, original_fragment = original_link(
            document, document.text, claim.start, claim.end, pages.get(document.pk, "")
        )
        result = LookupResult(
            claim=claim,
            value_words=describe_claim(claim),
            citations=cited[document.pk],
            tally_link=request.build_absolute_uri(fragment.link(document.get_absolute_url())),
            original_link=original,
            fragment=fragment,
            original_fragment=original_fragment,
        )
        if groups and groups[-1]["figure"] == claim.figure:
            groups[-1]["results"].append(result)
        else:
            groups.append({"figure": claim.figure, "results": [result]})
    return groups


@require_safe
def citation_lookup(request: HttpRequest) -> HttpResponse:
    lookup, claims = lookup_claims(request.GET)
    page = None
    if claims is not None:
        number = page_number(request, "page")
        ids = lookup_rows(claims, number * LOOKUP_PAGE + 1)[(number - 1) * LOOKUP_PAGE :]
        page = Window(fetch_page(ids[:LOOKUP_PAGE]), number, len(ids) > LOOKUP_PAGE)
    context = {
        "form": lookup.form,
        "page": page,
        "groups": lookup_results(request, page.object_list) if page else [],
        "pagequery": querystring_without(request, "page"),
        "downloadquery": querystring_without(request, "page"),
    }
    return render(request, "claims/citations.html", context)


@require_safe
def download(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    """Return every row of a filtered list of claims, documents or figures as CSV or JSON."""
    if kind == "claims":
        rows = ClaimFilter(request.GET, queryset=Claim.objects.public())
    elif kind == "documents":
        rows = DocumentFilter(request.GET, queryset=Document.objects.all())
    elif kind == "figures":
        rows = FigureFilter(request.GET, queryset=Figure.objects.all())
    else:
        raise Http404
    if not rows.is_valid():
        return HttpResponse(json.dumps(rows.errors), status=400, content_type="application/json")
    return downloads.download_response(kind, rows.qs, fmt, request.GET)


@require_safe
def lexicon(request: HttpRequest) -> HttpResponse:
    """Show the extractor's lexicon: the words that set intervals and qualifiers, and its version."""
    data = load_lexicon()
    context = {
        "version": LEXICON_VERSION,
        "vague": sorted(data["vague_plurals"].items(), key=lambda item: item[1][0]),
        "hedges": sorted([*data["hedges_before"].items(), *data["hedges_after"].items()], key=lambda item: item[1]),
        "reach_verbs": data["reach_verbs"],
        "currencies": sorted(data["currency_symbols"].items()),
        "person_nouns": sorted(data["person_nouns"]),
        "versions": Claim.objects.values("extractor_version").annotate(count=Count("id")).order_by("extractor_version"),
    }
    return render(request, "claims/lexicon.html", context)
