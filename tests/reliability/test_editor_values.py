"""Issue 13, item 15: the admin shows numbers as readers see them; a unit-only correction is valid."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from claims import reconciliation
from claims.models import ReviewStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def big_claim(make_document, make_claim):
    document = make_document(text="The fund raised 900 million dollars.")
    return make_claim(
        document=document,
        quote="900 million",
        low=Decimal(900_000_000),
        high=Decimal(900_000_000),
        qualifier="exact",
        unit="person",
        corrected_low=Decimal(900_000_000),
        corrected_high=Decimal(900_000_000),
        corrected_qualifier="exact",
        corrected_unit="usd",
        status=ReviewStatus.CORRECTED,
    )


def test_admin_shows_decimals_without_trailing_zeros(editor_client, big_claim):
    """Issue 13, item 15: claim list, claim page, document inline and figure form show "900,000,000"."""
    pages = [
        editor_client.get(reverse("admin:claims_claim_changelist")).content.decode(),
        editor_client.get(reverse("admin:claims_claim_change", args=[big_claim.pk])).content.decode(),
        editor_client.get(reverse("admin:corpus_document_change", args=[big_claim.document_id])).content.decode(),
    ]
    for page in pages:
        assert "900000000.000000" not in page
    assert "900,000,000" in pages[0] and "900,000,000" in pages[1] and "900,000,000" in pages[2]
    assert 'value="900000000"' in pages[1]  # the correction's input box, still a number a browser accepts


def test_unit_only_correction_keeps_the_extracted_value(editor, make_claim):
    """Issue 13, item 15: correcting only the unit is valid; the value stays the extracted one."""
    claim = make_claim(low=None, high=Decimal(2000), qualifier="at_most", unit="person")
    reconciliation.review_claim(claim, status=ReviewStatus.CORRECTED, editor=editor, corrected_unit="family")
    claim.refresh_from_db()
    assert claim.effective_unit == "family"
    assert (claim.effective_low, claim.effective_high, claim.effective_qualifier) == (None, Decimal(2000), "at_most")
    assert (claim.low, claim.high, claim.qualifier, claim.unit) == (None, Decimal(2000), "at_most", "person")


def test_unit_only_correction_in_the_admin(editor_client, make_claim):
    """Issue 13, item 15: the claim form accepts a correction that gives only a unit."""
    claim = make_claim()
    response = editor_client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        {
            "status": "corrected",
            "corrected_qualifier": "",
            "corrected_low": "",
            "corrected_high": "",
            "corrected_unit": "family",
            "review_note": "families, not people",
            "figure": "",
            "rank": "normal",
            "rank_reason": "",
            "expected_version": str(claim.version),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    claim.refresh_from_db()
    assert (claim.status, claim.effective_unit, claim.effective_low) == ("corrected", "family", Decimal(2000))


def test_correction_without_value_or_unit_is_still_refused(editor, make_claim):
    """Issue 13, item 15: a correction that gives neither a value nor a unit stays refused."""
    claim = make_claim()
    with pytest.raises(reconciliation.ValidationError):
        reconciliation.review_claim(claim, status=ReviewStatus.CORRECTED, editor=editor)
