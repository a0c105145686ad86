"""Lists that do not grow (issue 14): counts exact when small, capped or estimated beyond, and said to be so."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection

from claims.views import CappedPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_claims(make_document, make_claim, make_figure):
    figure = make_figure(title="Detentions")
    document = make_document(text="Some 2,000 people were detained. " * 5)
    return [
        make_claim(document=document, start=33 * i, figure=figure, low=Decimal(2000 + i), high=Decimal(2000 + i))
        for i in range(5)
    ]


def test_api_counts_are_exact_up_to_the_limit(client, five_claims, monkeypatch):
    body = client.get("/api/claims/").json()
    assert (body["count"], body["count_exact"]) == (5, True)
    monkeypatch.setattr(CappedPaginator, "limit", 3)
    body = client.get("/api/claims/").json()  # "more than 3"
    assert (body["count"], body["count_exact"], len(body["results"])) == (3, False, 5)
    assert client.get("/api/claims/", {"unit": "bus"}).json()["count_exact"] is True


def test_counting_reads_at_most_one_row_past_the_limit(five_claims, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim

    monkeypatch.setattr(CappedPaginator, "limit", 3)
    with CaptureQueriesContext(connection) as queries:
        assert CappedPaginator(Claim.objects.all(), 2).count == 4
    assert "LIMIT 4" in queries.captured_queries[0]["sql"]


def test_figure_page_says_more_than_when_the_count_is_capped(client, five_claims, monkeypatch):
    monkeypatch.setattr("claims.views.FIGURE_CLAIMS", 2)
    figure = five_claims[0].figure
    assert "5 in all" in client.get(figure.get_absolute_url()).content.decode()
    monkeypatch.setattr(CappedPaginator, "limit", 3)
    page = client.get(figure.get_absolute_url()).content.decode()
    assert "more than 3 in all" in page
    assert 'rel="next"' in page


def test_the_lean_serialisers_write_what_drf_writes(rf, make_claim, make_figure, make_outlet, make_document):
    """Fields built once per class give the same JSON as DRF's own per-request fields, for every field type: a stored
    decimal or date goes straight to its field's ``to_representation``, as DRF would hand it."""
    from rest_framework import serializers

    from claims.api import ClaimSerializer, DocumentDetailSerializer, DocumentSerializer, FigureSerializer
    from claims.models import Claim, Figure
    from corpus.models import Document

    figure = make_figure(accepted_high=Decimal("2000.5"), accepted_qualifier="at_most", status="reconciled")
    document = make_document(outlet=make_outlet(), published="2023-10-02", published_precision="day")
    make_claim(
        document=document,
        figure=figure,
        status="corrected",
        corrected_low=Decimal(5),
        corrected_high=Decimal(5),
        period_start=date(2023, 10, 1),
        period_end=date(2023, 10, 2),
        period_precision="day",
    )
    make_claim(document=make_document(), low=None, high=Decimal("2.5"), qualifier="at_most", noun="")
    request = rf.get("/api/claims/")
    request.user = None
    for lean, rows in (
        (ClaimSerializer, Claim.objects.all()),
        (DocumentSerializer, Document.objects.all()),
        (DocumentDetailSerializer, Document.objects.all()),
        (FigureSerializer, Figure.objects.all()),
    ):
        stock = type("Stock", (lean,), {"to_representation": serializers.ModelSerializer.to_representation})
        for _ in range(2):  # the second time through, the fields built the first time are reused
            got = lean(rows, many=True, context={"request": request}).data
            assert got == stock(rows, many=True, context={"request": request}).data
            assert got and all(isinstance(row["id"], int) for row in got)


@pytest.fixture
def detained_and_released(make_document, make_claim):
    """Forty claims in id order, every other one of people detained (20), the rest of people released."""
    detained = make_document(text="Some 2,000 people were detained.")
    released = make_document(text="Some 2,000 people were released.")
    return [make_claim(document=detained if i % 2 == 0 else released).pk for i in range(40)]


def sampled(monkeypatch, span, *, floor=1, slices=2):
    monkeypatch.setattr(CappedPaginator, "span", span)
    monkeypatch.setattr(CappedPaginator, "slices", slices)
    monkeypatch.setattr(CappedPaginator, "floor", floor)


def test_a_search_over_more_claims_than_its_count_reads_gives_an_estimate_said_to_be_one(
    client, detained_and_released, monkeypatch
):
    """On SQLite a search's count reads two slices of five ids (ten of forty: three matches in each, 6 x 40 / 10)
    and says it is an estimate; on PostgreSQL, whose planner expects no more than the limit, it is counted."""
    from claims.api import KeysetPagination

    sampled(monkeypatch, 10)
    monkeypatch.setattr(KeysetPagination, "page_size", 5)
    body = client.get("/api/claims/", {"q": "detained"}).json()
    estimated = connection.vendor == "sqlite"
    assert (body["count"], body["count_exact"]) == ((24, False) if estimated else (20, True))
    assert [row["id"] for row in body["results"]] == detained_and_released[::2][::-1][:5]


def test_a_first_page_holding_every_match_makes_an_estimate_exact(client, detained_and_released, monkeypatch):
    sampled(monkeypatch, 10)
    body = client.get("/api/claims/", {"q": "detained"}).json()  # a page of 50 holds all 20
    assert (body["count"], body["count_exact"], len(body["results"])) == (20, True, 20)


def test_a_search_counts_exactly_when_its_sample_holds_every_claim_or_too_few_matches(
    client, detained_and_released, monkeypatch
):
    sampled(monkeypatch, 40)  # every id read
    assert client.get("/api/claims/", {"q": "detained"}).json()["count_exact"] is True
    sampled(monkeypatch, 10, floor=7)  # six matches in the sample: too few to scale, so counted in full
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"]) == (20, True)


def test_a_sample_holding_more_than_the_limit_says_more_than(client, detained_and_released, monkeypatch):
    sampled(monkeypatch, 10)
    monkeypatch.setattr(CappedPaginator, "limit", 5)
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (5, False, 20)


def test_an_estimated_count_is_labelled_about(detained_and_released, monkeypatch):
    from claims.models import Claim
    from claims.search import search_claims

    sampled(monkeypatch, 10)
    paginator = CappedPaginator(search_claims(Claim.objects.all(), "detained", streamed=True), 5)
    if connection.vendor == "sqlite":
        assert (paginator.count_label, paginator.pages_label, paginator.is_exact) == ("about 24", "about 5", False)
    else:  # nothing is streamed from a full-text index: counted in full
        assert (paginator.count_label, paginator.pages_label, paginator.is_exact) == ("20", "4", True)


def test_a_lookup_over_more_claims_than_its_count_reads_gives_an_estimate(client, detained_and_released, monkeypatch):
    """SQLite samples the lookup's matches as a search's (6 x 40 / 10); PostgreSQL takes its planner's estimate when
    that is beyond the limit, and reads no match to count (here the planner is made to expect 4,321)."""
    sampled(monkeypatch, 10)
    monkeypatch.setattr("claims.paging.planned_rows", lambda rows: 4321.0)
    body = client.get("/api/citations/", {"value": "2000", "unit": "person", "q": "detained"}).json()
    assert (body["count"], body["count_exact"]) == ((24, False) if connection.vendor == "sqlite" else (4300, False))
    cited = [entry["claim"]["id"] for group in body["results"] for entry in group["citations"]]
    assert len(cited) == 10 and set(cited) <= set(detained_and_released[::2])
    assert "page=2" in body["next"]


def test_postgresql_counts_a_search_its_planner_expects_within_the_limit(client, detained_and_released, monkeypatch):
    from claims.api import KeysetPagination

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's searches are counted from a sample of the full-text index, not planned")
    monkeypatch.setattr(KeysetPagination, "page_size", 5)
    monkeypatch.setattr("claims.paging.planned_rows", lambda rows: 999.0)
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"]) == (20, True)
    monkeypatch.setattr("claims.paging.planned_rows", lambda rows: 1001.0)
    body = client.get("/api/claims/", {"q": "detained"}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (1000, False, 5)  # about 1,000
    monkeypatch.setattr(KeysetPagination, "page_size", 50)
    assert client.get("/api/claims/", {"q": "detained"}).json()["count"] == 20  # the first page holds them all


def test_the_planner_expects_a_number_of_matches(detained_and_released):
    from claims.models import Claim
    from claims.paging import planned_rows
    from claims.search import search_claims

    if connection.vendor != "postgresql":
        pytest.skip("EXPLAIN's estimate is PostgreSQL's")
    assert planned_rows(search_claims(Claim.objects.all(), "detained")) >= 1
