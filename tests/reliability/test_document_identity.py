"""Issue 13, items 1 and 2: documents keep their identity.

A page's canonical URL is believed only when it is on the page's own site and the text is
plausibly the same article; files are told apart by their path under the ingest root.
"""

import pytest
from django.core.management import call_command

from claims.ingest import INGESTED, UPDATED, IngestReport, ingest_article
from claims.models import Anchor, Claim
from claims.pipeline import ingest
from corpus.models import Document
from corpus.reading import iter_source_files, read_html_bytes

FLOODS = (
    "Some 700 people were evacuated from low-lying districts on Tuesday as the river rose, officials said. "
    "The mayor said 2,000 homes were at risk and that schools would close for 3 days."
)
FLOODS_REVISED = FLOODS.replace("2,000 homes", "2,400 homes") + " A further 40 families left on Wednesday."
RATES = (
    "The central bank raised interest rates by 0.5 points on Tuesday, the third rise this year, saying "
    "inflation of 6 percent was too high. Markets fell 2 percent after the announcement."
)
FIRST_URL = "https://www.valleypost.example/2023/floods"


def page(text, canonical):
    return (
        f'<html><head><title>News</title><link rel="canonical" href="{canonical}"></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    ).encode()


def from_page(text, canonical, fetched_from):
    """The article a fetch of ``fetched_from`` would read (the source name is the URL asked for)."""
    return read_html_bytes(page(text, canonical), fetched_from, url=fetched_from)


def store_first():
    outcome = ingest_article(from_page(FLOODS, FIRST_URL, FIRST_URL))
    assert outcome.status == INGESTED
    return Document.objects.get(pk=outcome.document_id)


@pytest.mark.django_db
def test_a_different_article_naming_anothers_canonical_url_is_a_new_document():
    """Issue 13, item 1: a different text whose canonical URL is a stored document's does not replace it."""
    first = store_first()
    claims = set(first.claims.values_list("pk", "anchor"))
    outcome = ingest_article(from_page(RATES, FIRST_URL, "https://www.valleypost.example/2023/rates"))
    assert outcome.status == INGESTED and outcome.document_id != first.pk
    first.refresh_from_db()
    assert "Some 700 people" in first.text and not first.versions.exists()
    assert set(first.claims.values_list("pk", "anchor")) == claims
    assert "different article" in outcome.note
    report = IngestReport([outcome])
    assert report.summary().splitlines()[1].startswith("new document: https://www.valleypost.example/2023/rates")
    assert Document.objects.get(pk=outcome.document_id).url == "https://www.valleypost.example/2023/rates"


@pytest.mark.django_db
def test_a_syndicated_copy_on_another_site_is_a_new_document():
    """Issue 13, item 1: the same article on another site, declaring the original as canonical, stays apart."""
    first = store_first()
    outcome = ingest_article(from_page(FLOODS_REVISED, FIRST_URL, "https://syndicator.example/story/1"))
    assert outcome.status == INGESTED and outcome.document_id != first.pk
    assert "another site" in outcome.note
    first.refresh_from_db()
    assert "2,000 homes" in first.text and not first.claims.filter(anchor=Anchor.ORPHANED).exists()


@pytest.mark.django_db
def test_the_same_article_under_another_address_of_its_site_is_a_new_version():
    """Issue 13, item 1: the canonical URL is believed on the same site with a plausibly same text."""
    first = store_first()
    outcome = ingest_article(from_page(FLOODS_REVISED, FIRST_URL, FIRST_URL + "?utm_source=feed"))
    assert (outcome.status, outcome.document_id, outcome.note) == (UPDATED, first.pk, "")
    first.refresh_from_db()
    assert "2,400 homes" in first.text and first.versions.count() == 1


@pytest.mark.django_db
def test_an_unchanged_text_is_decided_by_its_content_hash():
    """Issue 13, item 1: the same text again is a duplicate, whatever address it comes from."""
    first = store_first()
    outcome = ingest_article(from_page(FLOODS, FIRST_URL, "https://syndicator.example/story/1"))
    assert (outcome.status, outcome.document_id) == ("duplicate", first.pk)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_files_with_one_name_in_two_folders_are_two_documents(tmp_path):
    """Issue 13, item 2: outletA/index.txt and outletB/index.txt are stored apart, under their paths."""
    write(tmp_path / "outletA" / "index.txt", FLOODS)
    write(tmp_path / "outletB" / "index.txt", RATES)
    report = ingest([tmp_path], citations=False, suggest=False)
    assert [o.status for o in report.outcomes] == [INGESTED, INGESTED], report.summary()
    assert sorted(Document.objects.values_list("source_name", flat=True)) == ["outletA/index.txt", "outletB/index.txt"]
    assert not Claim.objects.filter(anchor=Anchor.ORPHANED).exists()


@pytest.mark.django_db
def test_a_file_ingested_again_from_its_folder_is_a_new_version(tmp_path):
    """Issue 13, item 2: the same path under the same root is the same document, by the command too."""
    path = write(tmp_path / "outletA" / "index.txt", FLOODS)
    write(tmp_path / "outletB" / "index.txt", RATES)
    call_command("ingest", str(tmp_path), "--no-progress", "--no-citations", "--no-suggest", verbosity=0)
    path.write_text(FLOODS_REVISED, encoding="utf-8")
    call_command("ingest", str(tmp_path), "--no-progress", "--no-citations", "--no-suggest", verbosity=0)
    document = Document.objects.get(source_name="outletA/index.txt")
    assert "2,400 homes" in document.text and document.versions.count() == 1
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_a_file_named_directly_keeps_its_file_name(tmp_path):
    """Issue 13, item 2: a file given as the argument is its own root: stored under its file name."""
    path = write(tmp_path / "outletA" / "index.txt", FLOODS)
    [outcome] = ingest(iter_source_files([path]), citations=False, suggest=False).outcomes
    assert Document.objects.get(pk=outcome.document_id).source_name == "index.txt"


@pytest.mark.django_db
@pytest.mark.parametrize("batch", [True, False])
def test_a_document_stored_under_its_bare_file_name_is_still_matched(tmp_path, batch):
    """Issue 13, item 2: a database from before relative paths: the same file is a new version, renamed;
    another file of that name with a different text is a new document, with the reason."""
    legacy = Document.objects.create(source_name="index.txt", text=FLOODS, content_hash="old")
    write(tmp_path / "outletA" / "index.txt", RATES)
    write(tmp_path / "outletB" / "index.txt", FLOODS_REVISED)
    report = ingest([tmp_path], citations=False, suggest=False, batch_size=100 if batch else 1)
    by_source = {o.source: o for o in report.outcomes}
    assert by_source["outletA/index.txt"].status == INGESTED
    assert "different text" in by_source["outletA/index.txt"].note
    assert by_source["outletB/index.txt"].status == UPDATED
    assert by_source["outletB/index.txt"].document_id == legacy.pk
    legacy.refresh_from_db()
    assert (legacy.source_name, "2,400 homes" in legacy.text) == ("outletB/index.txt", True)
