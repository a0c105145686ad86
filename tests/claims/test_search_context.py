"""Search and citation lookups over the claim's context (issue 11), from an index on both databases (issue 14)."""

import importlib
from decimal import Decimal

import pytest
from django.db import connection

from claims.filters import ClaimFilter, read_value
from claims.models import Claim
from claims.search import CLAIM_FIELDS, search_claims, search_documents
from corpus import fulltext
from corpus.models import Document

pytestmark = pytest.mark.django_db

on_sqlite = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite's FTS5 index")

# Seed 000's sentence: "detained" is 54 characters after "2,000", beyond any 32-character window.
SENTENCE = (
    "They said Beijing could resume its practice of deporting North Korean escapees soon, "
    "adding that as many as 2,000 such people were currently detained in China."
)
TEXT = "Rights groups warn of deportations\n\nSong conveyed the message at a time of pressure. " + SENTENCE


@pytest.fixture
def detained(make_document, make_claim):
    document = make_document(text=TEXT, title="Rights groups warn of deportations")
    return make_claim(
        document=document,
        quote="as many as 2,000",
        low=None,
        high=Decimal(2000),
        qualifier="at_most",
        noun="people",
        sentence=SENTENCE,
        subject="North Korean escapees detained in China",
        place="China",
    )


@pytest.fixture
def other(make_document, make_claim):
    document = make_document(text="Some 2,000 workers marched in the capital on Monday.", title="March")
    return make_claim(document=document, quote="Some 2,000", noun="workers", sentence=document.text, subject="workers")


def test_the_lookup_finds_a_word_far_from_the_number(client, detained, other):
    """ "Who says 2,000 are detained?" finds seed 000's claim, before any editor grouped it."""
    assert "detained" not in detained.prefix + detained.quote + detained.suffix
    page = client.get("/citations/", {"value": "2000", "unit": "person", "q": "detained"}).content.decode()
    assert detained.get_absolute_url() in page
    assert other.get_absolute_url() not in page
    groups = client.get("/api/citations/", {"value": "2,000", "q": "detained"}).json()["results"]
    assert [c["claim"]["id"] for g in groups for c in g["citations"]] == [detained.pk]


@pytest.mark.parametrize("value", ["2000", "2,000", "2k", "two thousand", " 2,000 "])
def test_the_value_field_reads_numbers_as_people_write_them(client, detained, other, value):
    page = client.get("/citations/", {"value": value, "q": "detained"}).content.decode()
    assert detained.get_absolute_url() in page
    found = ClaimFilter({"value": value}, queryset=Claim.objects.all())
    assert found.is_valid(), found.errors
    assert set(found.qs) == {detained, other}


def test_large_values_in_words_and_bad_values(detained):
    assert read_value("2.5 million") == Decimal(2_500_000)
    assert read_value("1.5bn") == Decimal(1_500_000_000)
    lookup = ClaimFilter({"value": "2.5 million"}, queryset=Claim.objects.all())
    assert lookup.is_valid() and not lookup.qs.exists()
    assert read_value("about 2,000") == Decimal(2000)  # a point, approximately
    for bad in ("many", "2,000 people", "at least 2,000", "nan", "x" * 100):
        assert not ClaimFilter({"value": bad}, queryset=Claim.objects.all()).is_valid(), bad


def test_subject_sentence_and_place_are_searched(detained, other):
    claims = Claim.objects.all()
    assert list(search_claims(claims, "escapees")) == [detained]  # the subject and the sentence
    assert list(search_claims(claims, "China deporting")) == [detained]  # place and sentence together
    assert list(search_claims(claims, "marched")) == [other]
    assert list(search_claims(claims, "detained marched")) == []
    Claim.objects.filter(pk=other.pk).update(sentence="", subject="", place="Pyongyang")
    assert list(search_claims(claims, "Pyongyang")) == [other]  # only in its place


def test_search_page_and_api_search_the_context(client, detained, other):
    page = client.get("/search/", {"q": "currently detained"}).content.decode()
    assert detained.get_absolute_url() in page and other.get_absolute_url() not in page
    listed = client.get("/api/claims/", {"q": "escapees"}).json()["results"]
    assert [row["id"] for row in listed] == [detained.pk]


def test_the_search_fields_are_the_ones_indexed():
    migration = importlib.import_module("claims.migrations.0011_search_index")
    assert migration.FIELDS == CLAIM_FIELDS


def test_every_write_path_keeps_the_index_in_step(make_document, make_claim, detained):
    """Inserts (one and in bulk), updates through the ORM and raw SQL, and deletes, all searchable at once."""
    claims = Claim.objects.all()
    bulk = Claim(
        document=detained.document,
        start=0,
        end=6,
        quote="Rights",
        low=Decimal(1),
        high=Decimal(1),
        qualifier="exact",
        sentence="Dozens of lighthouse keepers assembled.",
    )
    Claim.objects.bulk_create([bulk])
    assert [c.quote for c in search_claims(claims, "lighthouse")] == ["Rights"]
    detained.sentence = "Rewritten sentence about ferries."
    detained.save()
    assert list(search_claims(claims, "ferries")) == [detained]
    assert not search_claims(claims, "deporting").exists()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_claim SET subject = %s WHERE id = %s", ["submarines counted", detained.pk])
    assert list(search_claims(claims, "submarines")) == [detained]
    detained.delete()
    assert not search_claims(claims, "submarines").exists()
    document = make_document(text="A report on glaciers.", title="Glaciers retreat")
    assert list(search_documents(Document.objects.all(), "glacier")) == [document]  # stemmed
    Document.objects.filter(pk=document.pk).update(title="Volcanoes")
    assert list(search_documents(Document.objects.all(), "volcano")) == [document]
    assert not search_documents(Document.objects.all(), "retreat").exists()


@on_sqlite
def test_triggers_dropped_by_a_table_rebuild_come_back_after_migrate(detained):
    """Django's SQLite schema editor rebuilds a table to alter it, which drops its triggers; post_migrate restores them."""
    fulltext.drop_triggers(connection, "claims_claim")
    Claim.objects.filter(pk=detained.pk).update(subject="icebreakers counted")  # not indexed: no trigger
    assert not search_claims(Claim.objects.all(), "icebreakers").exists()
    assert fulltext.restore_triggers() == ["claims_claim"]
    assert list(search_claims(Claim.objects.all(), "icebreakers")) == [detained]  # reindexed
    Claim.objects.filter(pk=detained.pk).update(subject="tugboats counted")
    assert list(search_claims(Claim.objects.all(), "tugboats")) == [detained]
    assert fulltext.restore_triggers() == []


@on_sqlite
def test_sqlite_search_uses_the_full_text_index(detained):
    sql, params = search_claims(Claim.objects.all(), "detained").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "claims_claim_fts VIRTUAL TABLE INDEX" in plan
    assert "SCAN claims_claim" not in plan.replace("SCAN claims_claim_fts", "")


def test_query_words_that_look_like_operators_are_words(detained):
    for q in ("detained OR", 'NOT "detained', "detained*", "(detained", "NEAR(detained"):
        assert list(search_claims(Claim.objects.all(), q)) in ([detained], []), q
    assert list(search_claims(Claim.objects.all(), "--")) == []
