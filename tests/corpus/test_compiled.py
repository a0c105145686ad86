"""Queries compiled once (``corpus.compiled.CompiledRows``): the rows the ORM gives, in one query, and the pages using them."""

from __future__ import annotations

import pytest


def as_fields(row):
    return {field.attname: getattr(row, field.attname) for field in type(row)._meta.concrete_fields}


def test_rows_are_the_querysets_own_rows_with_their_related_row_or_none(
    make_claim, make_document, make_figure, make_outlet, django_assert_num_queries
):
    from claims.models import Claim
    from corpus.compiled import CompiledRows
    from corpus.models import Document

    figure = make_figure()
    with_outlet = make_document(outlet=make_outlet(), text="About 40 buses and 2,000 people left.")
    without = make_document(text="Some 7 buses left.")
    make_claim(document=with_outlet, quote="2,000", figure=figure)
    make_claim(document=with_outlet, quote="About 40", unit="bus")
    make_claim(document=without, quote="7", unit="bus")
    documents, claims = CompiledRows(), CompiledRows("document_id")
    shown = Claim.objects.select_related("figure").order_by("start", "id")
    for document in (with_outlet, without, with_outlet):  # the second call for a document runs the compiled SQL
        with django_assert_num_queries(1):
            found = documents.get(Document.objects.select_related("outlet"), document.pk)
            outlet = found.outlet
        assert as_fields(found) == as_fields(document)
        assert (outlet and outlet.name) == (document.outlet and document.outlet.name)
        with django_assert_num_queries(1):
            rows = claims.rows(shown, document.pk)
            figures = [row.figure for row in rows]
        expected = list(shown.filter(document_id=document.pk))
        assert [as_fields(row) for row in rows] == [as_fields(row) for row in expected]
        assert [f and f.title for f in figures] == [row.figure and row.figure.title for row in expected]
    assert [row.quote for row in claims.rows(shown, with_outlet.pk)] == ["About 40", "2,000"]  # the queryset's order


@pytest.mark.parametrize("pk", [0, 987_654, 2**63 - 1, 2**63, 10**30])
def test_an_id_no_row_has_is_none_without_a_database_error(db, pk):
    from corpus.compiled import CompiledRows
    from corpus.models import Document

    assert CompiledRows().get(Document.objects.all(), pk) is None


def test_the_document_page_runs_the_same_two_queries_for_every_document(
    client, make_claim, make_document, django_assert_num_queries
):
    small = make_document(text="Some 7 buses left.")
    large = make_document(text=" ".join(f"{n} people left." for n in range(2, 40)))
    make_claim(document=small, quote="7", unit="bus")
    for n in range(2, 40):
        make_claim(document=large, quote=str(n), start=large.text.find(f"{n} people"))
    for document in (small, large, small):
        with django_assert_num_queries(2):
            html = client.get(f"/documents/{document.pk}/").content.decode()
        assert html.count('class="claim"') >= (1 if document == small else 38)
    assert client.get("/documents/987654/").status_code == 404
    assert client.get(f"/documents/{10**30}/").status_code == 404
