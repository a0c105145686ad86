"""Every public page and API endpoint only reads: walking the whole URLconf runs no INSERT, UPDATE or DELETE."""

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver, reverse

WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|TRUNCATE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


def public_patterns(patterns=None, prefix=""):
    """Yield (route, name, parameter names) for every URL outside the admin."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith("admin/"):
            continue
        if isinstance(pattern, URLResolver):
            yield from public_patterns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            inner = pattern.pattern
            names = set(inner.converters) if hasattr(inner, "converters") else set(inner.regex.groupindex)
            yield route, pattern.name, names


def examples():
    """Return, for each URL name, the (kwargs, query) pairs the walk asks for; a new page must be added here."""
    from claims.models import Claim, Figure
    from corpus.models import Document

    documents = list(Document.objects.values_list("pk", flat=True))
    figures = list(Figure.objects.values_list("pk", flat=True))
    claims = list(Claim.objects.public().filter(figure__isnull=False).values_list("pk", flat=True))
    claims += list(Claim.objects.public().filter(figure__isnull=True).values_list("pk", flat=True)[:5])
    lookup = {"value": "2000", "unit": "person", "q": "detained"}
    return {
        "home": [({}, {})],
        "document-detail": [({"pk": pk}, {}) for pk in documents],
        "claim-detail": [({"pk": pk}, {}) for pk in claims],
        "figure-detail": [({"pk": pk}, {}) for pk in figures],
        "search": [({}, {}), ({}, {"q": "detained"}), ({}, {"q": "detainees", "unit": "person"})],
        "citation-lookup": [({}, {}), ({}, lookup), ({}, {"low": "1000", "high": "3000", "match": "contains"})],
        "lexicon": [({}, {})],
        "download": [
            ({"kind": kind, "fmt": fmt}, {}) for kind in ("claims", "documents", "figures") for fmt in ("csv", "json")
        ]
        + [({"kind": "claims", "fmt": "csv"}, {"q": "detained"})],
        "api-root": [({}, {})],
        "api-schema": [({}, {})],
        "api-citations": [({}, lookup)],
        "api-document-list": [({}, {}), ({}, {"q": "detained"})],
        "api-document-detail": [({"pk": pk}, {}) for pk in documents],
        "api-claim-list": [({}, {}), ({}, {"value": "2000", "unit": "person"})],
        "api-claim-detail": [({"pk": pk}, {}) for pk in claims],
        "api-figure-list": [({}, {})],
        "api-figure-detail": [({"pk": pk}, {}) for pk in figures],
    }


@pytest.fixture
def seed_pages(seed_corpus):
    """The seed articles with one reconciled figure (ranked claims) and the suggested ones."""
    from claims.models import Claim, Figure
    from claims.suggestions.suggesting import suggest_figures_for_documents
    from corpus.models import Document

    suggest_figures_for_documents(list(Document.objects.values_list("pk", flat=True)))
    figure = Figure.objects.create(
        title="North Korean escapees detained in China, 2023",
        unit="person",
        status="reconciled",
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        rationale="No count exceeds 2,000.",
    )
    held = list(Claim.objects.filter(quote__contains="2,000", unit="person").order_by("document_id", "start"))
    assert held, "the seeds state 2,000 detained"
    Claim.objects.filter(pk__in=[claim.pk for claim in held]).update(figure=figure)
    Claim.objects.filter(pk=held[0].pk).update(rank="preferred")
    Claim.objects.filter(pk=held[-1].pk).update(rank="deprecated")
    Claim.objects.filter(pk=held[-1].pk + 1, figure__isnull=True).update(status="rejected")


def requests_for_every_public_url():
    """Return the URL of every example of every public pattern (a pattern without examples fails)."""
    table = examples()
    urls, missing = [], []
    for route, name, parameters in public_patterns():
        if name not in table:
            missing.append(f"{route} ({name})")
            continue
        for kwargs, query in table[name]:
            if set(kwargs) != parameters - {"format"}:
                continue
            url = reverse(name, kwargs=kwargs | ({"format": "json"} if "format" in parameters else {}))
            urls.append((url, query))
    assert not missing, f"public URLs the read-only walk does not visit yet: {missing}"
    return urls


@pytest.mark.parametrize("citations", ["never rendered", "stored", "stale"])
def test_no_public_page_or_api_endpoint_writes(client, seed_pages, citations):
    from claims.citations import store_citations
    from corpus.models import Document

    if citations != "never rendered":
        store_citations(Document.objects.values_list("pk", flat=True))
    if citations == "stale":
        Document.objects.filter(pk=Document.objects.order_by("pk").values("pk")[:1]).update(title="Edited title")
    cache.clear()
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    visited = 0
    with connection.execute_wrapper(record):
        for url, query in requests_for_every_public_url():
            response = client.get(url, query)
            assert response.status_code == 200, (url, query, response.status_code)
            if response.streaming:
                b"".join(response.streaming_content)
            visited += 1
    writes = [sql for sql in statements if WRITES.search(sql)]
    assert not writes, writes[:3]
    assert visited > 40 and statements


def test_the_walk_covers_every_public_name():
    """Listing the URLconf finds the pages and API endpoints DESIGN.md names."""
    names = {name for _, name, _ in public_patterns()}
    assert {
        "home",
        "document-detail",
        "claim-detail",
        "figure-detail",
        "search",
        "citation-lookup",
        "lexicon",
        "download",
        "api-citations",
        "api-schema",
        "api-claim-list",
        "api-claim-detail",
    } <= names
