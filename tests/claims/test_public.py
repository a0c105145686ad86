"""The API, the export and the downloads write the same public fields, apart from the differences ``claims.public`` declares."""

import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from claims.public import (
    API_CLAIM_FIELDS,
    API_DOCUMENT_DETAIL_FIELDS,
    API_FIGURE_FIELDS,
    CLAIM_FIELDS,
    DOCUMENT_FIELDS,
    DOWNLOAD_NAMES,
    EXPORT_DOCUMENT_FIELDS,
    EXPORT_FIELDS,
    EXPORT_FIGURE_FIELDS,
    EXPORT_FIGURE_PREFIX,
    EXPORT_LEAVES_OUT,
    FIGURE_FIELDS,
)


def downloaded(client, kind):
    response = client.get(f"/downloads/{kind}.json")
    return json.loads(b"".join(response.streaming_content))["rows"]


def same(value):
    """Blank and null are one value across surfaces (the API writes a blank choice as "")."""
    return value if value != "" else None


@pytest.fixture
def published_claim(make_document, make_claim, make_figure):
    from corpus.models import Outlet

    document = make_document(
        outlet=Outlet.objects.create(name="The Example Times"),
        url="https://example.org/a",
        byline="By Jane Doe",
        published=datetime.date(2023, 9, 21),
        published_precision="day",
    )
    figure = make_figure(
        status="reconciled",
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        rationale="No count exceeds it.",
        conflict="soft",
    )
    return make_claim(
        document=document,
        figure=figure,
        rank="preferred",
        rank_reason="Named source.",
        status="corrected",
        corrected_low=Decimal(1900),
        corrected_high=Decimal(1900),
        corrected_qualifier="exact",
        corrected_unit="person",
        conflict="soft",
    )


def test_claim_fields_are_one_list_on_every_surface(client, published_claim):
    api = client.get(f"/api/claims/{published_claim.pk}/").json()
    (exported,) = [json.loads(line) for line in io.StringIO(export_jsonl())]
    (download,) = downloaded(client, "claims")
    assert list(api) == API_CLAIM_FIELDS
    assert list(exported) == list(download) == EXPORT_FIELDS
    shared = [field for field in CLAIM_FIELDS if field not in EXPORT_LEAVES_OUT]
    assert set(CLAIM_FIELDS) <= set(api) and set(shared) <= set(exported)
    for field in shared:
        assert same(api[field]) == same(exported[field]) == same(download[field]), field


def test_export_adds_the_figure_and_document_its_claim_is_on(client, published_claim):
    (exported,) = [json.loads(line) for line in io.StringIO(export_jsonl())]
    figure = client.get(f"/api/figures/{published_claim.figure_id}/").json()
    document = client.get(f"/api/documents/{published_claim.document_id}/").json()
    assert set(EXPORT_FIGURE_FIELDS) <= set(FIGURE_FIELDS) and set(EXPORT_DOCUMENT_FIELDS) <= set(DOCUMENT_FIELDS)
    for field in EXPORT_FIGURE_FIELDS:
        assert same(exported[EXPORT_FIGURE_PREFIX + field]) == same(figure[field]), field
    for field in EXPORT_DOCUMENT_FIELDS:
        assert exported[field] == document[field], field
    assert (exported["source"], exported["document"], exported["claim"]) == (
        document["source_name"],
        document["id"],
        published_claim.pk,
    )


def test_document_and_figure_fields_are_one_list_in_the_api_and_downloads(client, published_claim):
    document = client.get(f"/api/documents/{published_claim.document_id}/").json()
    figure = client.get(f"/api/figures/{published_claim.figure_id}/").json()
    (document_row,) = downloaded(client, "documents")
    (figure_row,) = downloaded(client, "figures")
    assert list(document) == API_DOCUMENT_DETAIL_FIELDS and list(figure) == API_FIGURE_FIELDS
    for field in DOCUMENT_FIELDS:
        value = document_row[DOWNLOAD_NAMES.get(field, field)]
        if field == "ingested_at":
            assert datetime.datetime.fromisoformat(value) == datetime.datetime.fromisoformat(document[field])
        else:
            assert same(value) == same(document[field]), field
    for field in FIGURE_FIELDS:
        assert same(figure_row[field]) == same(figure[field]), field
    assert (document_row["document"], figure_row["figure"]) == (document["id"], figure["id"])


def export_jsonl() -> str:
    out = io.StringIO()
    call_command("export", "--format", "jsonl", stdout=out)
    return out.getvalue()


def test_the_public_fields_module_is_plain_python():
    """``claims.public`` holds names only, so anything (a script, a schema check) can read it without Django."""
    import ast
    from pathlib import Path

    import claims.public

    tree = ast.parse(Path(claims.public.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= {"__future__", "collections.abc"}
