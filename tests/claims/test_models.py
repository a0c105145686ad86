"""The database itself refuses claims and figures that break the value conventions."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim


def refuses(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_claim_span_must_start_before_it_ends(make_claim, make_document):
    document = make_document()
    assert refuses(lambda: make_claim(document=document, start=10, end=10))


def test_claim_low_cannot_exceed_high(make_claim):
    assert refuses(lambda: make_claim(low=Decimal(5), high=Decimal(4), qualifier="range"))


def test_claim_qualifier_must_be_known(make_claim):
    assert refuses(lambda: make_claim(qualifier="roughly"))


@pytest.mark.parametrize(
    "qualifier, low, high",
    [("at_most", Decimal(1), Decimal(2000)), ("at_least", Decimal(2000), Decimal(3000))],
)
def test_open_ended_qualifiers_keep_their_end_open(make_claim, qualifier, low, high):
    assert refuses(lambda: make_claim(qualifier=qualifier, low=low, high=high))


def test_valid_open_interval_is_stored_exactly(make_claim):
    claim = make_claim(quote="Some 2,000", low=None, high=Decimal("2000"), qualifier="at_most")
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.low, stored.high, stored.is_open_ended) == (None, Decimal("2000"), True)


def test_figure_accepted_value_follows_the_same_rules(make_figure):
    assert refuses(lambda: make_figure(accepted_low=Decimal(3), accepted_high=Decimal(2), accepted_qualifier="range"))


def test_correction_is_kept_beside_the_extracted_value(make_claim):
    claim = make_claim()
    claim.status, claim.corrected_low, claim.corrected_high, claim.corrected_qualifier = (
        "corrected",
        None,
        Decimal("2000"),
        "at_most",
    )
    claim.save()
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.low, stored.qualifier) == (Decimal("2000"), "approximate")
    assert (stored.effective_low, stored.effective_high, stored.effective_qualifier) == (
        None,
        Decimal("2000"),
        "at_most",
    )


def test_rank_order_is_preferred_normal_deprecated_in_sql_and_python(make_claim, make_figure):
    from claims.models import rank_position

    figure = make_figure()
    for rank in ("deprecated", "normal", "preferred", "normal"):
        make_claim(figure=figure, rank=rank)
    ranks = [claim.rank for claim in Claim.objects.for_figure(figure)]
    assert ranks == ["preferred", "normal", "normal", "deprecated"]
    assert sorted(["deprecated", "normal", "preferred", "normal"], key=rank_position) == ranks


def test_lookup_order_index_is_built_from_the_one_rank_order():
    """The index the lookups walk is declared from rank_order(); makemigrations --check holds its migration."""
    from django.db.models import F

    from claims.models import lookup_order, rank_order

    index = next(index for index in Claim._meta.indexes if index.name == "claim_lookup_covering_idx")
    assert list(index.expressions)[:3] == [F("figure"), rank_order(), F("id").desc()]
    assert lookup_order()[1] == rank_order()


@pytest.mark.django_db
def test_migrations_match_the_models():
    """A change to rank order (or any model) without its migration fails here."""
    from io import StringIO

    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_postgresql_walks_the_lookup_order_index(make_claim, make_figure):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the lookup-order plan is PostgreSQL's")
    figures = [make_figure(title=f"Figure {i}") for i in range(3)]
    for i in range(40):
        make_claim(figure=figures[i % 3] if i % 4 else None, rank=["normal", "preferred", "deprecated"][i % 3])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    sql, params = Claim.objects.in_lookup_order().values_list("id")[:10].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_incremental_sort = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "claim_lookup_covering_idx" in plan


def test_a_claim_read_with_some_fields_holds_them_and_reads_the_others_when_asked(make_claim):
    claim = make_claim(low=Decimal(12), high=Decimal(12), qualifier="exact", unit="person", noun="miners")
    read = Claim.objects.only("unit", "low", "document_id").get(pk=claim.pk)
    assert (read.pk, read.unit, read.low, read.document_id) == (claim.pk, "person", Decimal(12), claim.document_id)
    assert "noun" in read.get_deferred_fields() and "unit" not in read.get_deferred_fields()
    assert read.noun == "miners"
