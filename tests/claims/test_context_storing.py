"""A claim's context is stored on every write path: ingest (bulk and COPY), new versions, re-reading (issue 11).

Two extractors read here. Today's fills the attribution and gives no sentence span (the claim
takes the shared splitter's sentence); ``reading_context`` stands in for one that reads the
whole context (what the ``context`` work will give), so that every field is seen stored.
"""

import dataclasses
import datetime
from decimal import Decimal

import pytest

from claims import extraction
from claims import ingest as ingest_module
from claims.extraction import ExtractedClaim
from claims.ingest import (
    CONTEXT_FIELDS,
    INGESTED,
    UPDATED,
    extracted_values,
    ingest_article,
    ingest_articles,
)
from claims.models import Anchor, Claim, ReadingChange, ReviewStatus
from claims.pipeline import ingest
from claims.rereading import reextract_documents
from corpus.models import Document
from corpus.reading import Article

PUBLISHED = datetime.date(2023, 10, 11)  # a Wednesday: "on Monday" is 9 October
BODY = (
    "Police said some 2,000 residents were evacuated from low-lying districts of Jilin on Monday.\n\n"
    "About 300 homes were damaged, according to the provincial government."
)
TEXT = "Flood toll rises\n\n" + BODY
EVACUATED = "Police said some 2,000 residents were evacuated from low-lying districts of Jilin on Monday."
DAMAGED = "About 300 homes were damaged, according to the provincial government."
# What an extractor that reads the whole context gives for each claim, by quote.
READ = {
    "some 2,000": {
        "subject": "residents evacuated from low-lying districts of Jilin",
        "event": "evacuated",
        "places": ("Jilin",),
        "period_text": "on Monday",
        "period_start": datetime.date(2023, 10, 9),
        "period_end": datetime.date(2023, 10, 9),
        "period_precision": "day",
        "hedge": "",
    },
    "About 300": {
        "subject": "homes damaged",
        "event": "damaged",
        "places": (),
        "period_text": "",
        "period_start": None,
        "period_end": None,
        "period_precision": "",
        "hedge": "",
    },
}


def paragraph_bounds(text: str, start: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return left, len(text) if right < 0 else right


def context_reader(asked: list):
    """Return today's extractor with the whole context read as ``READ`` says; it notes each date it is given in ``asked``."""
    real = extraction.extract_claims

    def extract(text, published=None):
        asked.append(published)
        found = []
        for claim in real(text, published):
            left, right = paragraph_bounds(text, claim.start)
            source = text.find(claim.attribution, left, right) if claim.attribution else -1
            found.append(
                dataclasses.replace(
                    claim,
                    **READ.get(claim.quote, {}),
                    sentence_start=left,
                    sentence_end=right,
                    attribution_start=source if source >= 0 else None,
                    attribution_end=source + len(claim.attribution) if source >= 0 else None,
                )
            )
        return found

    return extract


@pytest.fixture
def reading_context(monkeypatch):
    """Make ingest and re-reading read the whole context (``context_reader``); return the dates they gave it."""
    asked: list[datetime.date | None] = []
    extract = context_reader(asked)
    monkeypatch.setattr(ingest_module, "extract_claims", extract)
    monkeypatch.setattr(extraction, "extract_claims", extract)
    return asked


def stored(quote: str) -> Claim:
    return Claim.objects.get(quote=quote)


def assert_read_in_full(claim: Claim, text: str) -> None:
    """Assert that a stored claim carries the whole context ``READ`` gives it, spans pointing at its words."""
    expected = READ[claim.quote]
    assert claim.subject == expected["subject"] and claim.event == expected["event"]
    assert claim.place == "; ".join(expected["places"])
    assert (claim.period_text, claim.period_start, claim.period_end, claim.period_precision) == (
        expected["period_text"],
        expected["period_start"],
        expected["period_end"],
        expected["period_precision"],
    )
    assert claim.sentence in (EVACUATED, DAMAGED) and claim.quote in claim.sentence
    assert claim.attribution and text[claim.attribution_start : claim.attribution_end] == claim.attribution


# --- today's extractor ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_dated_article_is_stored_with_each_claims_sentence_and_source(tmp_path):
    (tmp_path / "flood.txt").write_text(f"Flood toll rises\nPublished: {PUBLISHED}\n\n{BODY}", encoding="utf-8")
    ingest([tmp_path], citations=False, suggest=False)
    document = Document.objects.get()
    assert document.published == PUBLISHED
    evacuated, damaged = stored("some 2,000"), stored("About 300")
    assert evacuated.sentence == EVACUATED and damaged.sentence == DAMAGED
    assert "police" in evacuated.attribution.lower() and evacuated.attribution in evacuated.sentence
    assert "provincial government" in damaged.attribution and damaged.attribution in damaged.sentence
    for claim in (evacuated, damaged):
        if claim.attribution_start is not None:
            assert document.text[claim.attribution_start : claim.attribution_end] == claim.attribution
    # Whatever else the extractor reads of the context is stored as it reads it.
    for found in extraction.extract_claims(document.text, document.published):
        claim = stored(found.quote)
        values = extracted_values(found, document.text)
        assert {name: getattr(claim, name) for name in CONTEXT_FIELDS} == {
            name: values[name] for name in CONTEXT_FIELDS
        }


@pytest.mark.django_db
def test_ingest_reads_every_article_against_its_publication_date(tmp_path, reading_context):
    (tmp_path / "flood.txt").write_text(f"Flood toll rises\nPublished: {PUBLISHED}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Some 40 boats.", encoding="utf-8")
    ingest([tmp_path], citations=False, suggest=False)
    assert sorted(reading_context, key=str) == [PUBLISHED, None]


# --- every field, by hand ---------------------------------------------------------------------


def test_extracted_values_gives_every_context_field_cut_to_its_column():
    text = "Yes. Police said some 2,000 people fled Jilin and Changchun on Monday, reportedly. No."
    found = ExtractedClaim(
        start=17,
        end=27,
        quote="some 2,000",
        low=Decimal(2000),
        high=Decimal(2000),
        qualifier="approximate",
        unit="person",
        noun="people",
        attribution="Police said",
        rule="hedge:some",
        subject="people who fled " + "x" * 400,
        event="fled",
        places=("Jilin", "Changchun"),
        period_text="on Monday",
        period_start=datetime.date(2023, 10, 9),
        period_end=datetime.date(2023, 10, 9),
        period_precision="day",
        attribution_start=5,
        attribution_end=16,
        hedge="reportedly",
        sentence_start=5,
        sentence_end=82,
    )
    values = extracted_values(found, text)
    assert values["sentence"] == "Police said some 2,000 people fled Jilin and Changchun on Monday, reportedly."
    assert values["subject"] == found.subject[:300]
    assert values["place"] == "Jilin; Changchun"
    assert (values["period_text"], values["period_start"], values["period_end"], values["period_precision"]) == (
        "on Monday",
        datetime.date(2023, 10, 9),
        datetime.date(2023, 10, 9),
        "day",
    )
    assert (values["attribution"], values["attribution_start"], values["attribution_end"]) == ("Police said", 5, 16)
    assert (values["event"], values["hedge"]) == ("fled", "reportedly")
    assert set(CONTEXT_FIELDS) <= set(values)


def test_a_result_without_a_sentence_span_takes_the_sentence_around_it():
    text = "First one. Some 30 defectors face repatriation. Next."
    found = ExtractedClaim(
        start=11, end=18, quote="Some 30", low=Decimal(30), high=Decimal(30), qualifier="approximate"
    )
    assert extracted_values(found, text)["sentence"] == "Some 30 defectors face repatriation."


# --- every write path ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_one_article_stores_its_whole_context(reading_context):
    assert ingest_article(Article("flood.txt", TEXT, published=PUBLISHED)).status == INGESTED
    assert reading_context == [PUBLISHED]
    for claim in Claim.objects.all():
        assert_read_in_full(claim, TEXT)


@pytest.mark.django_db
def test_a_batch_stores_its_whole_context(reading_context):
    """The bulk path: COPY on PostgreSQL, one bulk INSERT elsewhere."""
    other = TEXT.replace("Flood toll rises", "Jilin evacuates")
    outcomes = ingest_articles([Article("a.txt", TEXT, published=PUBLISHED), Article("b.txt", other)])
    assert [o.status for o in outcomes] == [INGESTED, INGESTED]
    assert reading_context == [PUBLISHED, None]
    assert Claim.objects.count() == 4
    for claim in Claim.objects.select_related("document"):
        assert_read_in_full(claim, claim.document.text)


@pytest.mark.django_db
def test_a_moved_claim_takes_its_context_in_the_new_text(reading_context):
    ingest_article(Article("flood.txt", TEXT, published=PUBLISHED))
    before = stored("some 2,000")
    lead = "Rescue work goes on.\n\n"
    new_text = TEXT.replace("Flood toll rises\n\n", "Flood toll rises\n\n" + lead)
    assert ingest_article(Article("flood.txt", new_text, published=PUBLISHED)).status == UPDATED
    moved = Claim.objects.get(pk=before.pk)
    assert moved.anchor == Anchor.MOVED and moved.start == before.start + len(lead)
    assert_read_in_full(moved, new_text)
    assert moved.attribution_start == before.attribution_start + len(lead)


@pytest.mark.django_db
def test_a_claim_the_extractor_no_longer_reads_keeps_its_words_and_its_source_span_only_where_true(
    reading_context, monkeypatch
):
    ingest_article(Article("flood.txt", TEXT, published=PUBLISHED))
    evacuated, damaged = stored("some 2,000"), stored("About 300")
    monkeypatch.setattr(ingest_module, "extract_claims", lambda text, published=None: [])
    lead = "Rescue work goes on.\n\n"
    new_text = TEXT.replace("Flood toll rises\n\n", "Flood toll rises\n\n" + lead).replace(
        "Police said", "Police officers said"
    )
    ingest_article(Article("flood.txt", new_text, published=PUBLISHED))
    moved_evacuated, moved_damaged = Claim.objects.get(pk=evacuated.pk), Claim.objects.get(pk=damaged.pk)
    assert moved_evacuated.anchor != Anchor.ORPHANED and moved_damaged.anchor != Anchor.ORPHANED
    # What is counted, where and when stay as read; the sentence is the one the claim now stands in.
    assert moved_evacuated.subject == evacuated.subject and moved_evacuated.place == "Jilin"
    assert moved_evacuated.sentence == EVACUATED.replace("Police said", "Police officers said")
    # The source's words were rewritten: no span points at other words.
    assert (moved_evacuated.attribution_start, moved_evacuated.attribution_end) == (None, None)
    # The source's words moved with the claim: the span follows them.
    assert new_text[moved_damaged.attribution_start : moved_damaged.attribution_end] == damaged.attribution


@pytest.mark.django_db
def test_reextract_refreshes_every_read_claims_context_and_records_none_of_it(monkeypatch):
    ingest_article(Article("flood.txt", TEXT, published=PUBLISHED))
    Claim.objects.filter(quote="About 300").update(status=ReviewStatus.CONFIRMED, review_note="checked")
    asked: list[datetime.date | None] = []
    monkeypatch.setattr(extraction, "extract_claims", context_reader(asked))

    report = reextract_documents(Document.objects.all())
    assert asked == [PUBLISHED]
    assert (report.context, report.changed, report.added, report.unread) == (2, 0, 0, 0)
    assert "2 with their context read again" in report.summary()
    for claim in Claim.objects.all():
        assert_read_in_full(claim, TEXT)
    edited = stored("About 300")
    assert (edited.status, edited.review_note) == (ReviewStatus.CONFIRMED, "checked")
    assert not ReadingChange.objects.exists()

    again = reextract_documents(Document.objects.all())
    assert (again.context, again.changed, again.unchanged) == (0, 0, 2)
    assert not ReadingChange.objects.exists()
