"""Issue 13, item 9: ClaimReview JSON-LD uses JSON numbers and schema.org properties only, for reconciled figures."""

import json
import re
from decimal import Decimal

import pytest

from tests.reliability.schema_org import NUMBERS, PROPERTIES

pytestmark = pytest.mark.django_db

TEXT = "Floods\n\nOfficials said some 0.2 percent of homes, about 2,000 in all, were lost."


def claim_review_block(client, figure) -> dict | None:
    page = client.get(figure.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) <= 1
    return json.loads(blocks[0]) if blocks else None


def nodes(data):
    """Yield every JSON-LD node (an object with an @type) inside ``data``, the top one first."""
    if isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from nodes(value)
    elif isinstance(data, list):
        for item in data:
            yield from nodes(item)


@pytest.fixture
def reconciled(make_figure, make_claim, make_document, make_outlet, editor):
    document = make_document(text=TEXT, outlet=make_outlet(), byline="Jane Doe", url="https://example.org/floods")
    figure = make_figure(
        title="Homes lost in the floods",
        unit="home",
        status="reconciled",
        accepted_low=Decimal(2000),
        accepted_high=Decimal(2000),
        accepted_qualifier="approximate",
        rationale="One count, from officials.",
        reconciled_by=editor,
    )
    make_claim(
        document=document,
        quote="about 2,000",
        low=Decimal(2000),
        high=Decimal(2000),
        unit="home",
        figure=figure,
        rank="preferred",
    )
    make_claim(
        document=document, quote="some 0.2", low=Decimal("0.2"), high=Decimal("0.2"), unit="percent", figure=figure
    )
    return figure


def test_only_schema_org_properties_of_each_type_are_used(client, reconciled):
    """Issue 13, item 9: every property of every node is one schema.org defines for the node's type."""
    data = claim_review_block(client, reconciled)
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    seen = set()
    for node in nodes(data):
        kind = node["@type"]
        assert kind in PROPERTIES, f"{kind} is not a type this vocabulary list covers"
        unknown = set(node) - {"@context", "@type", "@id"} - PROPERTIES[kind]
        assert not unknown, f"{kind} has no schema.org properties {sorted(unknown)}"
        seen.add(kind)
    assert {"ClaimReview", "Claim", "Quotation", "QuantitativeValue", "Rating", "NewsArticle"} <= seen


def test_numbers_are_json_numbers_not_strings(client, reconciled):
    """Issue 13, item 9: values are JSON numbers (2000, 0.2), never strings such as "2E+3"."""
    data = claim_review_block(client, reconciled)
    numbers = [(key, value) for node in nodes(data) for key, value in node.items() if key in NUMBERS]
    assert numbers
    for key, value in numbers:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (key, value)
    value = data["itemReviewed"]["about"]
    assert (value["minValue"], value["maxValue"], value["value"]) == (2000, 2000, 2000)
    quoted = sorted(item["about"]["minValue"] for item in data["itemReviewed"]["appearance"])
    assert quoted == [0.2, 2000]


def test_review_carries_a_rating(client, reconciled):
    """Issue 13, item 9: the review says what was accepted in a reviewRating."""
    rating = claim_review_block(client, reconciled)["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "Accepted: about 2,000"}


@pytest.mark.parametrize("status", ["suggested", "open"])
def test_figure_no_editor_reconciled_has_no_claim_review(client, make_figure, make_claim, status):
    """Issue 13, item 9: a suggested or open figure is not a review, so its page carries no ClaimReview."""
    figure = make_figure(status=status)
    make_claim(figure=figure)
    assert claim_review_block(client, figure) is None
    assert client.get(figure.get_absolute_url()).status_code == 200
