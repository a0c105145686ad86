"""Issue 13, item 8: the API answers a browser, refuses unknown parameters and out-of-range numbers, documents itself.

The OpenAPI schema is compared with a committed snapshot (``snapshots/openapi.json``): a change to any
endpoint's parameters or responses shows up as a diff to review. To accept a deliberate change, regenerate it:

    TALLY_UPDATE_OPENAPI_SNAPSHOT=1 .venv/bin/python -m pytest tests/reliability/test_api_parameters.py -k snapshot

and commit the file.
"""

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from claims.filters import ClaimFilter, DocumentFilter, FigureFilter

pytestmark = pytest.mark.django_db

SNAPSHOT = Path(__file__).parent / "snapshots" / "openapi.json"
HUGE = "99999999999999999999999"
LISTS = {"/api/claims/": ClaimFilter, "/api/documents/": DocumentFilter, "/api/figures/": FigureFilter}


@pytest.fixture
def corpus(make_document, make_claim, make_figure):
    figure = make_figure()
    document = make_document(text="Some 2,000 passengers crossed on Sunday.")
    make_claim(document=document, quote="Some 2,000", low=Decimal(1800), high=Decimal(2200), figure=figure)
    return document


def schema(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("query", ["?value=2000", "?value=2000&page=1", ""])
def test_citation_lookup_answers_a_browser(client, corpus, query):
    """Issue 13, item 8: /api/citations/ with Accept: text/html renders the browsable API (was a 500)."""
    response = client.get(f"/api/citations/{query}", HTTP_ACCEPT="text/html")
    assert response.status_code == (200 if query else 400)
    assert response["Content-Type"].startswith("text/html") and b"Who says it?" in response.content


@pytest.mark.parametrize("path", [*LISTS, "/api/citations/"])
def test_every_list_answers_a_browser(client, corpus, path):
    """Issue 13, item 8: every endpoint renders for a browser, with its filter form."""
    response = client.get(f"{path}?q=passengers", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/api/claims/?document=" + HUGE, "document"),
        ("/api/claims/?figure=" + HUGE, "figure"),
        ("/api/claims/?outlet=" + HUGE, "outlet"),
        ("/api/claims/?page=9223372036854775808", "page"),
        ("/api/documents/?page=" + HUGE, "page"),
        ("/api/documents/?outlet=" + HUGE, "outlet"),
        ("/api/figures/?page=9223372036854775808", "page"),
        ("/api/citations/?value=2000&document=" + HUGE, "document"),
        ("/api/citations/?value=2000&page=9223372036854775808", "page"),
        ("/api/claims/?low=1e999999", "low"),
    ],
)
@pytest.mark.parametrize("accept", ["application/json", "text/html"])
def test_huge_numbers_are_a_400_naming_the_parameter(client, corpus, path, parameter, accept):
    """Issue 13, item 8: numbers past what the database stores answer 400 with the parameter named (were 500s)."""
    response = client.get(path, HTTP_ACCEPT=accept)
    assert response.status_code == 400
    if accept == "application/json":
        body = response.json()
        assert parameter in json.dumps(body)


@pytest.mark.parametrize("path", ["/search/?document=" + HUGE, "/citations/?value=1&document=" + HUGE])
def test_huge_numbers_on_the_html_pages_are_a_form_error(client, corpus, path):
    """Issue 13, item 8: the search and lookup pages show the bad number as a form error (were 500s)."""
    response = client.get(path)
    assert response.status_code == 200 and b"less than or equal to 9223372036854775807" in response.content


@pytest.mark.parametrize("path", ["/search/?page=9223372036854775808", "/citations/?value=2000&page=" + HUGE])
def test_huge_page_numbers_on_the_html_pages_are_an_empty_page(client, corpus, path):
    """Issue 13, item 8: the HTML pages read a page number leniently; a huge one is a page past the end, not a 500."""
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", [*LISTS, "/api/citations/?value=2000"])
def test_unknown_parameters_are_a_400_listing_the_known_ones(client, corpus, path):
    """Issue 13, item 8: ?suggested_figure=6 returned every claim; now it is a 400 that lists what is known."""
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}suggested_figure=6&colour=red")
    assert response.status_code == 400
    body = response.json()
    assert body["unknown"] == ["colour", "suggested_figure"]
    assert {"q", "page", "format"} <= set(body["known"])
    assert body["detail"].startswith("unknown parameters colour, suggested_figure; this endpoint knows ")


def test_known_parameters_still_filter(client, corpus):
    """Issue 13, item 8: the check leaves known parameters alone (pagination, format and every filter)."""
    assert client.get(f"/api/claims/?document={corpus.pk}&page=1&format=json").json()["count"] == 1
    assert client.get(f"/api/claims/?document={corpus.pk + 1}").json()["count"] == 0


def test_every_endpoint_documents_its_parameters_and_responses(client):
    """Issue 13, item 8: each list's filters and pagination are in the schema, and 200, 400 and 404 for each."""
    paths = schema(client)["paths"]
    for path, filterset in [*LISTS.items(), ("/api/citations/", ClaimFilter)]:
        names = {p["name"] for p in paths[path]["get"]["parameters"]}
        assert set(filterset.base_filters) | {"page"} <= names, path
    for path, item in paths.items():
        if path == "/api/schema/":
            continue
        assert {"200", "400", "404"} <= set(item["get"]["responses"]), path
    lookup = paths["/api/citations/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert lookup == {"$ref": "#/components/schemas/PaginatedCitationGroupList"}


DATABASE_INTEGER_BOUNDS = {2147483647, 9223372036854775807, -2147483648, -9223372036854775808}


def without_database_bounds(node):
    """Return the schema without the integer bounds the database decides (int32 on PostgreSQL, int64 on SQLite)."""
    if isinstance(node, list):
        return [without_database_bounds(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("maximum") in DATABASE_INTEGER_BOUNDS:
        node = {k: v for k, v in node.items() if k not in {"maximum", "format"}}
        if node.get("minimum") in DATABASE_INTEGER_BOUNDS:
            del node["minimum"]
    return {key: without_database_bounds(value) for key, value in node.items()}


def test_openapi_schema_matches_the_snapshot(client):
    """Issue 13, item 8: the whole schema (every endpoint's parameters and responses) is reviewed as a snapshot.

    The bounds of model integer fields come from the database in use, so they are left out of the comparison.
    """
    current = json.dumps(without_database_bounds(schema(client)), indent=1, sort_keys=True) + "\n"
    if os.environ.get("TALLY_UPDATE_OPENAPI_SNAPSHOT"):
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert current == SNAPSHOT.read_text(encoding="utf-8"), (
        "the OpenAPI schema changed; review the diff and regenerate the snapshot with "
        "TALLY_UPDATE_OPENAPI_SNAPSHOT=1 .venv/bin/python -m pytest tests/reliability/test_api_parameters.py -k snapshot"
    )
