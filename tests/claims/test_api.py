"""The read-only JSON API: lists, filters, pagination, citation lookups, the schema, and no writes."""

import urllib.parse
from decimal import Decimal

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims(make_document, make_claim, make_figure, make_outlet):
    figure = make_figure()
    outlet = make_outlet(name="Daily Example")
    document = make_document(
        text="As many as 2,000 North Koreans are detained in China, rights groups said.",
        outlet=outlet,
    )
    at_most = make_claim(
        document=document,
        quote="As many as 2,000",
        low=None,
        high=Decimal(2000),
        qualifier="at_most",
        noun="North Koreans",
        figure=figure,
        rank="preferred",
    )
    exact = make_claim(
        document=make_document(text="Police held 54 protesters."),
        quote="54",
        low=Decimal(54),
        high=Decimal(54),
        qualifier="exact",
    )
    return figure, at_most, exact


def test_lists_are_paginated_json(client, claims):
    for path in ("/api/documents/", "/api/claims/", "/api/figures/"):
        data = client.get(path).json()
        assert {"count", "next", "previous", "results"} <= set(data)


def test_claim_fields_and_value_in_words(client, claims):
    _, at_most, _ = claims
    data = client.get(f"/api/claims/{at_most.pk}/").json()
    assert data["low"] is None and data["high"] == "2000" and data["qualifier"] == "at_most"
    assert data["value_text"] == "at most 2,000"
    assert data["page"].endswith(at_most.get_absolute_url())


def test_document_list_leaves_out_text_and_detail_has_it(client, claims):
    _, at_most, _ = claims
    listed = client.get("/api/documents/").json()["results"][0]
    assert "text" not in listed
    detail = client.get(f"/api/documents/{at_most.document_id}/").json()
    assert detail["text"].startswith("As many as 2,000") and detail["outlet"] == "Daily Example"


def test_single_objects_are_the_list_rows_read_in_one_query(client, claims, make_document, django_assert_num_queries):
    """A single claim, document or figure (read by SQL compiled once per view) is its list row, in one query."""
    figure, at_most, exact = claims
    bare = make_document(text="No outlet here: 12 people.", outlet=None)
    for path, pk in [
        ("claims", at_most.pk),
        ("claims", exact.pk),
        ("documents", at_most.document_id),
        ("documents", bare.pk),
        ("figures", figure.pk),
    ]:
        listed = {row["id"]: row for row in client.get(f"/api/{path}/").json()["results"]}
        with django_assert_num_queries(1):
            single = client.get(f"/api/{path}/{pk}/").json()
        assert {key: value for key, value in single.items() if key != "text"} == listed[pk]
    assert client.get(f"/api/documents/{bare.pk}/").json()["outlet"] is None
    assert client.get(f"/api/documents/{at_most.document_id}/").json()["outlet"] == "Daily Example"
    exact.status = "rejected"
    exact.save()
    assert client.get(f"/api/claims/{exact.pk}/").status_code == 404
    assert client.get("/api/claims/0/").status_code == 404
    assert client.get(f"/api/claims/{at_most.pk}/", {"unit": "village"}).status_code == 404  # a filter still narrows


def test_claim_filters(client, claims):
    _, at_most, exact = claims
    ids = lambda params: {row["id"] for row in client.get("/api/claims/", params).json()["results"]}  # noqa: E731
    assert ids({"low": 100, "high": 3000}) == {at_most.pk}
    assert ids({"low": 10, "high": 60}) == {at_most.pk, exact.pk}
    assert ids({"value": 54}) == {at_most.pk, exact.pk}
    assert ids({"value": 2001}) == set()
    assert ids({"qualifier": "exact"}) == {exact.pk}
    assert ids({"outlet": at_most.document.outlet_id}) == {at_most.pk}
    assert ids({"figure": at_most.figure_id}) == {at_most.pk}
    assert ids({"q": "protesters"}) == {exact.pk}
    assert client.get("/api/claims/", {"low": "lots"}).status_code == 400


def test_page_size_is_bounded(client, make_document, make_claim):
    document = make_document(text="1 2 3 4 5 6 7 8 9 " * 10)
    for _i in range(60):
        make_claim(document=document, quote="1", start=0, low=Decimal(1), high=Decimal(1), qualifier="exact")
    data = client.get("/api/claims/").json()
    assert data["count"] == 60 and len(data["results"]) == 50 and data["next"]


def test_citation_lookup_groups_by_figure_with_ready_citations(client, claims, make_claim, make_document):
    figure, at_most, _ = claims
    loose = make_claim(document=make_document(text="Some 2,000 people were detained, officials said."))
    data = client.get("/api/citations/", {"value": 2000, "unit": "person", "q": "detained"}).json()
    assert data["count"] == 2
    groups = data["results"]
    assert groups[0]["figure"]["id"] == figure.pk and groups[1]["figure"] is None
    entry = groups[0]["citations"][0]
    assert entry["claim"]["id"] == at_most.pk
    assert entry["outlet"] == "Daily Example" and entry["published"] == "n.d."
    assert "(n.d.)" in entry["apa"] and entry["mla"] and entry["chicago"]
    assert entry["bibtex"].startswith("@article{") and entry["csl_json"]["type"] == "article-newspaper"
    assert "#:~:text=" in entry["tally_link"] and entry["fragment_unique"] is True
    assert groups[1]["citations"][0]["claim"]["id"] == loose.pk


def test_citation_lookup_counts_exactly_the_claims_it_lists(client, make_claim, make_document):
    """The lookup's count (read on SQLite through the full-text index, testing each match) is the claims listed."""
    text = "Some 2,000 people were detained, officials said. About 300 people were detained too."
    listed = {
        make_claim(document=make_document(text=text)).pk,
        make_claim(document=make_document(text=text), low=Decimal(1000), high=None, qualifier="at_least").pk,
        make_claim(
            document=make_document(text=text), status="corrected", corrected_low=Decimal(2000), corrected_high=None
        ).pk,
    }
    make_claim(document=make_document(text=text), status="rejected")  # not public
    make_claim(document=make_document(text=text), anchor="orphaned")  # its quote is gone from the text
    make_claim(document=make_document(text=text), quote="About 300", low=Decimal(300), high=Decimal(300))
    make_claim(document=make_document(text=text), unit="village")
    make_claim(document=make_document(text="Some 2,000 people were freed."))  # not the word
    make_claim(  # an editor corrected it away from 2,000
        document=make_document(text=text), status="corrected", corrected_low=Decimal(5), corrected_high=Decimal(5)
    )
    data = client.get("/api/citations/", {"value": "2,000", "unit": "person", "q": "detained"}).json()
    found = {entry["claim"]["id"] for group in data["results"] for entry in group["citations"]}
    assert found == listed
    assert (data["count"], data["count_exact"]) == (3, True)


def test_citation_lookup_needs_a_value_or_words(client, claims):
    assert client.get("/api/citations/").status_code == 400
    assert client.get("/api/citations/", {"value": "a great many"}).status_code == 400
    assert client.get("/api/citations/", {"value": "two thousand"}).status_code == 200  # read as 2,000


@pytest.mark.parametrize("path", ["/api/documents/", "/api/claims/", "/api/figures/", "/api/citations/"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_answer_405(client, claims, path, method):
    assert getattr(client, method)(path, {}, content_type="application/json").status_code == 405


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_writes_to_one_item_answer_405(client, claims, method):
    _, at_most, _ = claims
    for path in (
        f"/api/claims/{at_most.pk}/",
        f"/api/documents/{at_most.document_id}/",
        f"/api/figures/{at_most.figure_id}/",
    ):
        assert getattr(client, method)(path, {}, content_type="application/json").status_code == 405


def test_openapi_schema_documents_every_path(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert {"/api/documents/", "/api/claims/", "/api/figures/", "/api/citations/", "/api/claims/{id}/"} <= set(
        schema["paths"]
    )
    claim_params = {p["name"] for p in schema["paths"]["/api/claims/"]["get"]["parameters"]}
    assert {"low", "high", "unit", "qualifier", "outlet", "status", "has_conflict", "page"} <= claim_params
    assert all(set(item) == {"get"} for item in schema["paths"].values())


@pytest.mark.parametrize(
    ("has_conflict", "expected"),
    [("true", ["Deportations, one night"]), ("false", ["Detentions"]), ("", ["Deportations, one night", "Detentions"])],
)
def test_figures_filter_by_conflict(client, make_figure, has_conflict, expected):
    make_figure(title="Deportations, one night", conflict="hard")
    make_figure(title="Detentions", conflict="")
    rows = client.get("/api/figures/", {"has_conflict": has_conflict}).json()["results"]
    assert sorted(row["title"] for row in rows) == expected


@pytest.mark.parametrize("query", [{}, {"format": "json"}])
def test_a_figures_claims_link_lists_that_figures_claims(client, make_figure, query):
    figure = make_figure(title="Detentions")
    row = client.get("/api/figures/", query).json()["results"][0]
    link = urllib.parse.urlsplit(row["claims"])
    params = urllib.parse.parse_qs(link.query)
    assert link.path == "/api/claims/" and params["figure"] == [str(figure.pk)]
    assert client.get(link.path, params).status_code == 200
