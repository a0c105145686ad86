"""Search: words over claims, documents and figures; stemming, near-misses and indexes on PostgreSQL."""

from decimal import Decimal

import pytest
from django.db import connection

from claims.models import Claim, Figure
from claims.search import query_words, search_claims, search_documents, search_figures
from corpus.models import Document

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL only")


@pytest.fixture
def corpus(make_document, make_claim, make_figure):
    figure = make_figure(title="North Koreans detained in China, 2023")
    detained = make_claim(
        document=make_document(text="As many as 2,000 North Koreans are detained in China.", title="Escapees held"),
        quote="As many as 2,000",
        low=None,
        high=Decimal(2000),
        qualifier="at_most",
        noun="North Koreans",
        figure=figure,
    )
    athletes = make_claim(
        document=make_document(text="Around 200 athletes marched at the opening.", title="Games open"),
        quote="Around 200",
        low=Decimal(200),
        high=Decimal(200),
        noun="athletes",
    )
    return figure, detained, athletes


def test_query_words_are_bounded():
    assert query_words("x" * 500) == ["x" * 50]
    assert len(query_words("a " * 50)) == 10


def test_words_around_the_quote_find_the_claim(corpus):
    _, detained, athletes = corpus
    assert list(search_claims(Claim.objects.all(), "detained")) == [detained]
    assert list(search_claims(Claim.objects.all(), "athletes")) == [athletes]
    assert list(search_claims(Claim.objects.all(), "   ")) == []


def test_every_word_must_match(corpus):
    _, detained, _ = corpus
    assert list(search_claims(Claim.objects.all(), "detained Koreans")) == [detained]
    assert list(search_claims(Claim.objects.all(), "detained athletes")) == []


def test_documents_and_figures_are_searched(corpus):
    figure, detained, _ = corpus
    assert list(search_documents(Document.objects.all(), "detained")) == [detained.document]
    assert list(search_figures(Figure.objects.all(), "detained")) == [figure]


def test_search_checks_the_database_when_it_runs(corpus, monkeypatch):
    _, detained, _ = corpus
    import claims.search

    calls = []
    asked = claims.search.is_postgresql
    monkeypatch.setattr(claims.search, "is_postgresql", lambda: calls.append(1) or asked())
    found = search_claims(Claim.objects.all(), "detained")
    assert calls
    # SQLite's full-text index, or PostgreSQL's stored vector: never a scan of every claim's text.
    assert ("search_vector" if connection.vendor == "postgresql" else "MATCH") in str(found.query)
    assert "LIKE" not in str(found.query).upper()
    assert list(found) == [detained]


@on_postgresql
def test_postgresql_stems_words(corpus):
    _, detained, _ = corpus
    assert list(search_claims(Claim.objects.all(), "detain")) == [detained]
    assert list(search_claims(Claim.objects.all(), "detention")) == []  # a different stem


@on_postgresql
def test_postgresql_finds_near_misses_by_trigrams(corpus):
    _, _, athletes = corpus
    assert not search_claims(Claim.objects.all(), "athletess").exists()
    assert athletes in search_claims(Claim.objects.all(), "athletess", fuzzy=True)


@on_postgresql
def test_postgresql_has_the_search_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE %s OR indexname LIKE %s", ["%_gin", "%_trgm"]
        )
        names = {row[0] for row in cursor.fetchall()}
    assert {
        "claim_search_vector_gin",
        "claim_unit_search_gin",
        "claim_noun_trgm",
        "document_search_vector_gin",
        "document_title_trgm",
        "figure_search_gin",
        "figure_title_trgm",
    } <= names


@on_postgresql
def test_postgresql_uses_the_full_text_index(corpus):
    queryset = search_claims(Claim.objects.all(), "detained").order_by()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "claim_search_vector_gin" in plan or "claim_unit_search_gin" in plan


@on_postgresql
def test_postgresql_stores_the_vectors_it_searches(corpus):
    _, detained, _ = corpus
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM claims_claim WHERE id = %s", [detained.pk])
        assert "'detain'" in cursor.fetchone()[0]
    assert list(search_documents(Document.objects.all(), "detained")) == [detained.document]


@on_postgresql
def test_search_page_falls_back_to_near_misses(client, corpus):
    _, _, athletes = corpus
    page = client.get("/search/", {"q": "athletess"}).content.decode()
    assert athletes.get_absolute_url() in page


@pytest.mark.parametrize("url", ["/search/?q=detained", "/search/?unit=person&low=10"])
def test_the_search_page_chooses_claims_on_their_table_alone_then_reads_their_sources(
    client, make_document, make_claim, make_outlet, make_figure, url
):
    """Joined to documents, outlets and figures, PostgreSQL walked every claim for a rare word; the page's claims
    are chosen on the claims table and read with their sources by id, shown with their outlet and figure."""
    from django.test.utils import CaptureQueriesContext

    figure = make_figure(title="Detentions in Kestrel Bay")
    make_claim(document=make_document(outlet=make_outlet(name="The Lakeview Post")), figure=figure)
    make_claim(document=make_document(), quote="Some 2,000")
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    claim_queries = [query["sql"] for query in queries.captured_queries if 'FROM "claims_claim"' in query["sql"]]
    chosen, read = claim_queries[0], claim_queries[1]
    assert "JOIN" not in chosen.split('FROM "claims_claim"')[1].split("WHERE")[0]
    assert "corpus_document" in read and "claims_figure" in read
    assert "The Lakeview Post" in html and "unknown outlet" in html and html.count('class="claim-row') == 2
