"""The public pages: content, escaping, read-only methods, pagination, downloads and query counts."""

import csv
import io
import json
import re
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

TEXT = (
    "Detentions rise in China\n\n"
    "Rights groups say as many as 2,000 North Koreans are detained in China.\n"
    "Officials counted between 30 and 40 buses at the border."
)


@pytest.fixture
def figure_with_claims(make_document, make_claim, make_figure, make_outlet):
    outlet = make_outlet()
    document = make_document(text=TEXT, outlet=outlet, byline="Jane Doe", url="https://example.org/detained")
    figure = make_figure(
        accepted_low=None,
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        rationale="Two rights groups agree on the upper bound.",
        status="reconciled",
    )
    preferred = make_claim(
        document=document,
        quote="as many as 2,000",
        low=None,
        high=Decimal(2000),
        qualifier="at_most",
        noun="North Koreans",
        attribution="rights groups",
        figure=figure,
        rank="preferred",
    )
    deprecated = make_claim(
        document=make_document(text="Some 2,000 people were detained, officials said."),
        figure=figure,
        rank="deprecated",
        rank_reason="Rounded from an older count.",
    )
    return figure, preferred, deprecated


def read(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()


def test_home_lists_documents_and_recent_claims(client, figure_with_claims):
    figure, preferred, _ = figure_with_claims
    page = client.get("/").content.decode()
    assert preferred.document.get_absolute_url() in page
    assert preferred.get_absolute_url() in page
    assert figure.get_absolute_url() in page


def test_document_page_highlights_each_claim_with_a_link(client, figure_with_claims):
    _, claim, _ = figure_with_claims
    page = client.get(claim.document.get_absolute_url()).content.decode()
    assert f'<a class="claim" id="claim-{claim.pk}" href="/claims/{claim.pk}/"' in page
    assert ">as many as 2,000</a>" in page
    assert 'href="https://example.org/detained"' in page


def test_claim_page_shows_quote_in_paragraph_value_attribution_figure_and_rank(client, figure_with_claims):
    figure, claim, _ = figure_with_claims
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Rights groups say <mark>as many as 2,000</mark> North Koreans are detained in China." in page
    assert "Detentions rise in China\n\nRights" not in page  # only the paragraph, not the whole text
    assert "at most 2,000" in page
    assert "rights groups" in page
    assert figure.get_absolute_url() in page
    assert "preferred" in page
    assert "#:~:text=" in page
    assert "Doe, J. (n.d.)." in page  # APA, no date known


def test_figure_page_shows_accepted_value_rationale_and_claims_by_rank(client, figure_with_claims):
    figure, preferred, deprecated = figure_with_claims
    page = client.get(figure.get_absolute_url()).content.decode()
    assert "at most 2,000" in page
    assert "Two rights groups agree on the upper bound." in page
    assert page.index(preferred.get_absolute_url()) < page.index(deprecated.get_absolute_url())
    assert '<span class="badge deprecated">deprecated</span>' in page


def test_figure_page_carries_claim_review_json_ld(client, figure_with_claims):
    figure, _preferred, _ = figure_with_claims
    page = client.get(figure.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "ClaimReview"
    value = data["itemReviewed"]["about"]
    assert value["@type"] == "QuantitativeValue"
    assert Decimal(str(value["maxValue"])) == 2000 and "minValue" not in value
    assert value["unitText"] == "person"
    quotes = {item["text"] for item in data["itemReviewed"]["appearance"]}
    assert "as many as 2,000" in quotes


def test_json_ld_cannot_close_its_script(client, make_figure, make_claim):
    figure = make_figure(
        title="</script><script>window.pwned=1</script>",
        rationale="<!-- & -->",
        status="reconciled",
        accepted_low=Decimal(2000),
        accepted_high=Decimal(2000),
        accepted_qualifier="exact",
    )
    make_claim(figure=figure)
    page = client.get(figure.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["claimReviewed"] == "</script><script>window.pwned=1</script>"


def test_pages_escape_article_text(client, make_document, make_claim):
    text = "Breaking <script>alert(1)</script> as many as 5 <img src=x onerror=alert(2)> people"
    document = make_document(text=text, title="<b>Title</b>", url="javascript:alert(3)")
    claim = make_claim(document=document, quote="as many as 5", low=None, high=Decimal(5), qualifier="at_most")
    for url in (document.get_absolute_url(), claim.get_absolute_url(), "/search/?q=people"):
        page = client.get(url).content.decode()
        assert "<script>alert(1)" not in page
        assert "<img src=x" not in page
        assert "<b>Title</b>" not in page
        assert 'href="javascript:' not in page


@pytest.mark.parametrize(
    "url",
    ["/", "/search/", "/citations/", "/documents/{d}/", "/claims/{c}/", "/figures/{f}/", "/downloads/claims.csv"],
)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_not_allowed(client, figure_with_claims, url, method):
    figure, claim, _ = figure_with_claims
    response = getattr(client, method)(url.format(d=claim.document_id, c=claim.pk, f=figure.pk))
    assert response.status_code == 405


def test_search_finds_claims_figures_and_documents(client, figure_with_claims):
    figure, claim, _ = figure_with_claims
    page = client.get("/search/", {"q": "detained"}).content.decode()
    assert claim.get_absolute_url() in page
    assert figure.get_absolute_url() in page
    assert claim.document.get_absolute_url() in page


def test_search_filters_by_interval_unit_qualifier_and_status(client, figure_with_claims, make_claim):
    _, at_most, approximate = figure_with_claims
    buses = make_claim(
        document=at_most.document,
        quote="between 30 and 40",
        low=Decimal(30),
        high=Decimal(40),
        qualifier="range",
        unit="bus",
        noun="buses",
    )
    page = client.get("/search/", {"low": "35", "high": "36"}).content.decode()
    assert buses.get_absolute_url() in page and at_most.get_absolute_url() in page  # open low end reaches 35
    assert approximate.get_absolute_url() not in page
    page = client.get("/search/", {"unit": "bus"}).content.decode()
    assert buses.get_absolute_url() in page and at_most.get_absolute_url() not in page
    page = client.get("/search/", {"qualifier": "approximate"}).content.decode()
    assert approximate.get_absolute_url() in page and at_most.get_absolute_url() not in page
    page = client.get("/search/", {"status": "confirmed"}).content.decode()
    assert at_most.get_absolute_url() not in page


def test_search_filters_by_conflict_outlet_and_date(client, figure_with_claims, make_outlet):
    _, claim, other = figure_with_claims
    type(claim).objects.filter(pk=claim.pk).update(conflict="hard")
    page = client.get("/search/", {"has_conflict": "true"}).content.decode()
    assert claim.get_absolute_url() in page and other.get_absolute_url() not in page
    page = client.get("/search/", {"outlet": claim.document.outlet_id}).content.decode()
    assert claim.get_absolute_url() in page and other.get_absolute_url() not in page
    type(claim.document).objects.filter(pk=claim.document_id).update(published="2023-10-01", published_precision="day")
    page = client.get("/search/", {"published_after": "2023-09-01", "published_before": "2023-12-31"}).content.decode()
    assert claim.get_absolute_url() in page and other.get_absolute_url() not in page


def test_citation_lookup_groups_claims_by_figure_with_citations(client, figure_with_claims, make_claim, make_document):
    _figure, preferred, deprecated = figure_with_claims
    loose = make_claim(
        document=make_document(text="About 2,500 people were detained last year."),
        quote="About 2,500",
        low=Decimal(2500),
        high=Decimal(2500),
    )
    page = client.get("/citations/", {"value": "2000", "unit": "person", "q": "detained"}).content.decode()
    assert preferred.get_absolute_url() in page and deprecated.get_absolute_url() in page
    assert loose.get_absolute_url() not in page  # 2,500 does not contain 2,000
    assert page.count('class="lookup-group"') == 1
    assert "APA" in page and "MLA" in page and "Chicago" in page and "@article{" in page
    page = client.get("/citations/", {"low": "1900", "high": "2600", "unit": "person"}).content.decode()
    assert loose.get_absolute_url() in page
    assert "Not yet on a figure" in page


def test_citation_lookup_contains_needs_the_whole_interval(client, figure_with_claims):
    _, at_most, approximate = figure_with_claims
    page = client.get("/citations/", {"low": "1000", "high": "2000", "match": "contains"}).content.decode()
    assert at_most.get_absolute_url() in page  # (open, 2000] contains [1000, 2000]
    assert approximate.get_absolute_url() not in page


@pytest.mark.parametrize("head", [2, 1000])
def test_citation_lookup_pages_follow_figure_rank_and_newest_whether_found_early_or_late(
    head, monkeypatch, make_document, make_claim, make_figure
):
    import claims.views
    from claims.views import lookup_claims, lookup_rows

    figures = [make_figure(title=f"Figure {i}") for i in range(3)]
    for i in range(14):
        document = make_document(text=f"As many as 2,000 people were detained, report {i} says.")
        make_claim(
            document=document,
            quote="As many as 2,000",
            low=None,
            high=Decimal(2000),
            qualifier="at_most",
            figure=figures[i % 3] if i % 4 else None,
            rank=["normal", "preferred", "deprecated"][i % 3],
        )
        make_claim(
            document=document, quote="2,000", start=11, end=16, low=Decimal(2000), high=Decimal(2000), unit="bus"
        )
    monkeypatch.setattr(claims.views, "LOOKUP_HEAD", head)  # 2: too few early matches, found through the indexes
    _, ordered = lookup_claims(QueryDict("value=2000&unit=person&q=detained"))
    expected = list(ordered.values_list("pk", flat=True))
    assert len(expected) == 14
    assert lookup_rows(ordered, 11) == expected[:11]
    assert lookup_rows(ordered, 30) == expected


@pytest.mark.parametrize(
    "query",
    [
        "value=2000&unit=person&q=detained",
        "low=1500&qualifier=at_most",
        "high=2500&published_after=2023-10-02&status=unreviewed",
        "q=detained&outlet=OUTLET&has_conflict=false",
    ],
)
def test_the_lookups_early_rows_are_tested_on_the_columns_their_filter_names(
    query, make_document, make_claim, make_outlet, django_assert_num_queries
):
    """Whatever the filter names (a joined document's date or outlet, a conflict), the early rows are its own matches."""
    from claims.views import lookup_claims, lookup_rows

    outlet = make_outlet()
    for i in range(12):
        document = make_document(
            text=f"As many as 2,000 people were detained, report {i} says.",
            published=date(2023, 10, 1 + i % 3),
            outlet=outlet if i % 2 else None,
        )
        make_claim(document=document, quote="As many as 2,000", low=None, high=Decimal(2000), qualifier="at_most")
    _, ordered = lookup_claims(QueryDict(query.replace("OUTLET", str(outlet.pk))))
    expected = list(ordered.values_list("pk", flat=True))
    assert expected
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2) as captured:
        assert lookup_rows(ordered, 30) == expected
    head = captured.captured_queries[0]["sql"]
    assert re.search(r'\(SELECT "\w+"(, "\w+")* FROM "claims_claim" ORDER BY', head)  # the columns it names, no more


@pytest.mark.parametrize("probe_from", [0, 10_000])
@pytest.mark.parametrize(
    "query", ["value=2000&unit=person&q=detained", "value=2000&q=detained&published_after=2023-10-02&outlet=OUTLET"]
)
def test_a_lookups_early_rows_test_a_common_word_claim_by_claim_in_lookup_order_and_stop_after_the_page(
    probe_from, query, monkeypatch, make_document, make_claim, make_figure, make_outlet, django_assert_num_queries
):
    """Words with more matches than PROBE_FROM (0 here: every word) are asked about each claim of the head as it comes,
    and the early statement, unsorted, stops after the page; the rows are those of the collected set, in order."""
    import claims.search
    from claims.views import lookup_claims, lookup_rows

    monkeypatch.setattr(claims.search, "PROBE_FROM", probe_from)
    figures = [make_figure(title=f"Figure {i}") for i in range(4)]
    outlet = make_outlet()
    for i in range(24):
        words = "were detained" if i % 3 else "fled"  # the word in two claims of three, spread over the order
        document = make_document(
            text=f"As many as 2,000 people {words}, report {i} says.",
            published=date(2023, 10, 1 + i % 4),
            outlet=outlet if i % 5 != 2 else None,
        )
        make_claim(
            document=document,
            quote="As many as 2,000",
            low=None,
            high=Decimal(2000),
            qualifier="at_most",
            figure=figures[i % 4] if i % 5 else None,
            rank=["normal", "preferred", "deprecated"][i % 3],
        )
    query = query.replace("OUTLET", str(outlet.pk))
    _, ordered = lookup_claims(QueryDict(query))
    expected = list(ordered.values_list("pk", flat=True))
    assert len(expected) == (16 if "outlet" not in query else 8)
    for stop in (1, 5, 11, 30):
        with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2) as captured:
            assert lookup_rows(ordered, stop) == expected[:stop]
    if connection.vendor == "sqlite":
        early = captured.captured_queries[0]["sql"]
        assert "EXISTS (SELECT 1 FROM" in early  # the form is chosen in the statement, by the count
        with connection.cursor() as cursor:
            _, ordered = lookup_claims(QueryDict(query))
            with CaptureQueriesContext(connection) as found:
                lookup_rows(ordered, 5)
            cursor.execute(f"EXPLAIN QUERY PLAN {found.captured_queries[0]['sql']}")
            plan = " ".join(str(row) for row in cursor.fetchall())
        assert "TEMP B-TREE" not in plan  # read in the head's order, so it can stop after five


def test_probed_fulltext_asks_row_by_row_only_past_the_threshold_and_keeps_every_parameter_in_place():
    from claims.search import PROBE_FROM, probed_fulltext

    test = '"t"."id" IN (SELECT rowid FROM "t_fts" WHERE "t_fts" MATCH %s)'
    sql, params = probed_fulltext(
        f"SELECT 1 FROM (SELECT * FROM t LIMIT %s) t WHERE a = %s AND {test} LIMIT %s", [9, "x", "w", 3], "t"
    )
    assert params == [9, "x", "w", PROBE_FROM + 1, PROBE_FROM, "w", "w", 3]
    assert sql.count("%s") == len(params)
    assert 'EXISTS (SELECT 1 FROM "t_fts" WHERE "t_fts" MATCH %s AND rowid = "t"."id")' in sql
    assert probed_fulltext("SELECT 1 WHERE a = %s", ["x"], "t") == ("SELECT 1 WHERE a = %s", ["x"])


def test_claim_download_has_every_row_with_provenance(client, make_document, make_claim):
    document = make_document(text="x " * 40)
    for i in range(120):
        make_claim(document=document, quote="x", start=i % 40 * 2, low=Decimal(i), high=Decimal(i), qualifier="exact")
    response = client.get("/downloads/claims.csv", {"document": document.pk})
    body = read(response)
    assert body.endswith("\n# complete: 120 rows\n")
    rows = list(csv.DictReader(io.StringIO(body.removesuffix("# complete: 120 rows\n"))))
    assert len(rows) == 120
    assert {"source", "document", "claim", "start", "end", "quote", "prefix", "suffix", "status", "anchor"} <= set(
        rows[0]
    )
    assert rows[0]["source"] == document.source_name
    data = json.loads(read(client.get("/downloads/claims.json", {"document": document.pk, "low": "100"})))
    assert data["count"] == 20 == len(data["rows"]) and data["complete"] is True
    assert data["filters"] == {"document": str(document.pk), "low": "100"}


def test_document_and_figure_downloads(client, figure_with_claims):
    figure, _, _ = figure_with_claims
    documents = json.loads(read(client.get("/downloads/documents.json")))
    assert documents["count"] == 2 == len(documents["rows"])
    figures = list(csv.DictReader(io.StringIO(read(client.get("/downloads/figures.csv")))))[:-1]  # the trailer
    assert figures[0]["figure"] == str(figure.pk) and figures[0]["claims"] == "2"


def test_lists_are_paginated(client, make_document):
    for i in range(30):
        make_document(title=f"Report {i}")
    first = client.get("/").content.decode()
    second = client.get("/", {"page": 2}).content.decode()
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert first.count('<li><a href="/documents/') == 25 and second.count('<li><a href="/documents/') == 5


def grow(make_document, make_claim, make_figure, size: int) -> None:
    """Add ``size`` documents with three claims each, all on one figure."""
    figure = make_figure(title=f"Figure for {size}")
    for i in range(size):
        document = make_document(
            text=f"Some 2,000 people were detained; 30 to 40 buses; {i} more.", title=f"Doc {size}-{i}"
        )
        make_claim(document=document, figure=figure)
        make_claim(
            document=document, quote="30 to 40", low=Decimal(30), high=Decimal(40), qualifier="range", unit="bus"
        )
        make_claim(
            document=document,
            quote="40",
            start=document.text.index("40"),
            low=Decimal(40),
            high=Decimal(40),
            qualifier="exact",
            unit="bus",
            conflict="soft",
            figure=figure,
            rank="deprecated",
        )


def page_queries(client, urls: list[str]) -> list[int]:
    """Return each page's query count once its documents' citations are stored.

    The first load of a page may add one query, storing the citations it rendered.
    """
    counts = []
    for url in urls:
        loads = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
                read(response)
            assert response.status_code == 200, url
            loads.append(len(queries))
        assert loads[1] <= loads[0] <= loads[1] + 1, (url, loads)
        counts.append(loads[1])
    return counts


def test_query_counts_do_not_grow_with_the_data(client, make_document, make_claim, make_figure, monkeypatch):
    # A figure of more than a page is charted from its claims grouped by interval (one more query);
    # both sizes here hold more than a page.
    monkeypatch.setattr("claims.views.FIGURE_CLAIMS", 4)

    def urls():
        from claims.models import Claim, Figure

        claim = Claim.objects.filter(figure__isnull=False).order_by("id").first()
        figure = Figure.objects.order_by("-id").first()  # the largest one grown so far
        return [
            "/",
            claim.document.get_absolute_url(),
            claim.get_absolute_url(),
            figure.get_absolute_url(),
            "/search/?q=detained",
            "/search/?q=detained&page=2&unit=person",
            "/search/?low=1&high=50",
            "/citations/?value=2000&unit=person&q=detained",
            "/citations/?low=35&high=45",
            "/api/claims/",
            "/api/documents/",
            "/api/figures/",
            "/api/citations/?value=2000&unit=person",
            "/api/claims/?q=detained",
            "/api/claims/?unit=person&low=two+thousand",
            f"/search/?document={claim.document_id}",
        ]

    grow(make_document, make_claim, make_figure, 3)
    small = page_queries(client, urls())
    grow(make_document, make_claim, make_figure, 60)
    large = page_queries(client, urls())
    assert small == large


def test_lexicon_page_shows_the_words_and_the_claims_each_version_read(client, make_claim):
    from claims.extraction import LEXICON_VERSION

    make_claim(extractor_version=LEXICON_VERSION)
    page = client.get("/lexicon/").content.decode()
    assert LEXICON_VERSION in page
    assert "<td>hundreds</td><td>200–999</td>" in page
    assert "<td>as many as</td><td>at_most</td>" in page
    assert f"<td>{LEXICON_VERSION}</td><td>1</td>" in page
