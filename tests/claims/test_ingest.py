"""Ingest: files, HTML and URLs become documents with claims, whole or not at all; re-ingest re-anchors."""

import io
import sys
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import ingest as ingest_module
from claims.extraction import ExtractedClaim
from claims.ingest import DUPLICATE, FAILED, INGESTED, UPDATED, ingest_article, ingest_articles, orphan_version
from claims.models import Claim
from claims.pipeline import ingest
from corpus.models import Document, DocumentVersion, Outlet
from corpus.reading import Article
from tests.corpus.pages import article_html, serve_pages

FERRY = (
    "Ferry season opens\n\n"
    "Harbour officials counted some 2,000 ferry passengers on the first weekend, the port authority said.\n\n"
    "As many as 300 volunteers helped at the piers, and 54 local businesses stayed open late.\n\n"
    "The operator will add two boats in July."
)


def store(sources):
    """Run the pipeline's store stage only (what these tests are about)."""
    return ingest(sources, citations=False, suggest=False)


@pytest.fixture(scope="module")
def local_pages():
    with serve_pages() as server:
        yield server


@pytest.fixture
def page_server(local_pages, settings):
    """The local test pages, with fetching from loopback allowed (TALLY_FETCH_ALLOW_PRIVATE)."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    return local_pages


def write(folder, name, content):
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def assert_every_anchored_claim_resolves():
    for claim in Claim.objects.exclude(anchor="orphaned").select_related("document"):
        assert claim.document.text[claim.start : claim.end] == claim.quote


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"\n \n", "empty article"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin.txt", "Caf\u00e9 counted 12 boats".encode("cp1252"), "not UTF-8 text"),
        (
            "latin.html",
            "<html><body><p>Caf\u00e9 counted 12 boats</p></body></html>".encode("cp1252"),
            "not valid UTF-8",
        ),
    ],
)
def test_bad_file_fails_with_one_line_naming_it_and_stores_nothing(tmp_path, name, content, error):
    report = store([write(tmp_path, name, content)])
    (failure,) = report.failures
    assert name in failure.message and error in failure.message and "\n" not in failure.message
    assert Document.objects.count() == 0 and Claim.objects.count() == 0


@pytest.mark.django_db
def test_folder_with_one_bad_file_among_good_ones_stores_the_good_ones(tmp_path):
    write(tmp_path, "a_ferry.txt", FERRY)
    write(tmp_path, "b_bad.txt", b"\x00\x01\x02")
    write(tmp_path, "c_page.html", article_html())
    report = store([tmp_path])
    assert [o.status for o in report.outcomes] == [INGESTED, FAILED, INGESTED]
    assert "b_bad.txt" in report.failures[0].message
    assert set(Document.objects.values_list("source_name", flat=True)) == {"a_ferry.txt", "c_page.html"}
    assert Claim.objects.count() > 4
    assert_every_anchored_claim_resolves()


@pytest.mark.django_db
def test_same_file_twice_creates_no_duplicate(tmp_path):
    path = write(tmp_path, "ferry.txt", FERRY)
    first = store([path])
    counts = Document.objects.count(), Claim.objects.count()
    second = store([path, path])
    assert first.count(INGESTED) == 1 and second.count(DUPLICATE) == 2
    assert (Document.objects.count(), Claim.objects.count()) == counts


@pytest.mark.django_db
def test_same_text_under_two_names_is_a_duplicate(tmp_path):
    report = store([write(tmp_path, "a.txt", FERRY), write(tmp_path, "b.txt", FERRY)])
    assert [o.status for o in report.outcomes] == [INGESTED, DUPLICATE]
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_a_document_whose_claims_cannot_be_stored_leaves_nothing_and_the_others_go_in(monkeypatch):
    real_extract = ingest_module.extract_claims

    def extract(text, published=None):
        found = real_extract(text, published)
        if "poisoned" in text:
            # A claim breaking a database constraint (start after end) fails the whole document.
            found.append(
                ExtractedClaim(
                    start=9,
                    end=3,
                    quote="x",
                    low=Decimal(1),
                    high=Decimal(1),
                    qualifier="exact",
                    unit="",
                    noun="",
                    attribution="",
                    rule="test",
                    prefix="",
                    suffix="",
                )
            )
        return found

    monkeypatch.setattr(ingest_module, "extract_claims", extract)
    articles = [
        Article("good-1.txt", FERRY),
        Article("poisoned.txt", "A poisoned page with 12 boats."),
        Article("good-2.txt", FERRY.replace("two boats", "three boats")),
    ]
    outcomes = ingest_articles(articles)
    assert [o.status for o in outcomes] == [INGESTED, FAILED, INGESTED]
    assert "poisoned.txt: not stored (IntegrityError" in outcomes[1].message
    assert set(Document.objects.values_list("source_name", flat=True)) == {"good-1.txt", "good-2.txt"}
    assert not Claim.objects.filter(document__source_name="poisoned.txt").exists()


@pytest.mark.django_db
def test_a_batch_handles_new_known_and_repeated_articles_in_order():
    ingest_article(Article("known.txt", FERRY))
    outcomes = ingest_articles(
        [
            Article("new.txt", FERRY.replace("54", "55")),
            Article("known.txt", FERRY.replace("two boats", "four boats")),
            Article("copy.txt", FERRY.replace("54", "55")),
            Article("new.txt", FERRY.replace("54", "56")),
        ]
    )
    assert [o.status for o in outcomes] == [INGESTED, UPDATED, DUPLICATE, UPDATED]
    assert Document.objects.count() == 2
    assert_every_anchored_claim_resolves()


@pytest.mark.django_db
def test_html_file_is_stored_with_its_page_metadata(tmp_path):
    store([write(tmp_path, "ferry.html", article_html())])
    document = Document.objects.get()
    assert document.title == "Ferry season opens with 2,000 passengers"
    assert document.byline == "Mira Tanaka" and str(document.published) == "2024-05-03"
    assert document.url == "https://harbour.example.org/news/ferry-season"
    assert document.outlet == Outlet.objects.get(name="The Harbour Gazette", domain="harbour.example.org")
    assert "some\u00a02,000" in document.text and "share button" not in document.text
    assert document.claims.filter(quote__contains="300").exists()
    assert_every_anchored_claim_resolves()


@pytest.mark.django_db
def test_reingest_keeps_the_old_text_reanchors_and_adds_new_claims(tmp_path, editor):
    path = write(tmp_path, "ferry.txt", FERRY)
    store([path])
    before = {claim.quote: claim for claim in Claim.objects.all()}
    volunteers = before["As many as 300"]
    volunteers.status, volunteers.rank, volunteers.rank_reason = "confirmed", "preferred", "counted by the port"
    volunteers.save()
    edited = FERRY.replace("Ferry season opens\n\n", "Ferry season opens\n\nA note: 12 boats were repainted.\n\n")
    edited = edited.replace("some 2,000 ferry", "some 2,400 ferry")
    write(tmp_path, "ferry.txt", edited)

    (outcome,) = store([path]).outcomes
    assert outcome.status == UPDATED and outcome.orphaned == 1
    document = Document.objects.get()
    assert document.text == edited
    assert DocumentVersion.objects.get(document=document).text == FERRY

    claims = {claim.pk: claim for claim in Claim.objects.all()}
    old_number = claims[before["some 2,000"].pk]
    assert old_number.anchor == "orphaned" and old_number.quote == "some 2,000"
    assert orphan_version(old_number).text[old_number.start : old_number.end] == "some 2,000"
    kept = claims[volunteers.pk]
    assert kept.anchor == "moved" and kept.anchor_distance == 0
    assert (kept.status, kept.rank, kept.rank_reason) == ("confirmed", "preferred", "counted by the port")
    new_quotes = {c.quote for c in claims.values() if c.pk not in {b.pk for b in before.values()}}
    assert new_quotes == {"12", "some 2,400"}
    latest, earlier = kept.history.all()[:2]
    assert latest.history_change_reason == "re-anchored into a new version of the document"
    assert earlier.start == volunteers.start and latest.start == kept.start != volunteers.start
    assert_every_anchored_claim_resolves()


@pytest.mark.django_db
def test_orphan_anchors_again_when_its_text_comes_back(tmp_path):
    path = write(tmp_path, "ferry.txt", FERRY)
    store([path])
    write(tmp_path, "ferry.txt", FERRY.replace("54 local", "60 local"))
    store([path])
    assert Claim.objects.get(quote="54").anchor == "orphaned"
    write(tmp_path, "ferry.txt", FERRY + "\n")
    store([path])
    back = Claim.objects.get(quote="54")
    assert back.anchor in {"anchored", "moved"} and back.document.text[back.start : back.end] == "54"


@pytest.mark.django_db
def test_url_list_ingests_good_pages_and_reports_every_bad_one(tmp_path, page_server, settings, capsys):
    settings.TALLY_FETCH_TIMEOUT = 0.5
    urls = write(
        tmp_path,
        "urls.txt",
        "\n".join(
            [
                "# harbour pages",
                "",
                page_server.url("/article.html"),
                page_server.url("/windows-1252.html"),
                page_server.url("/image.png"),
                page_server.url("/huge.html"),
                page_server.url("/slow"),
                page_server.url("/loop-a"),
                page_server.url("/mislabelled.html"),
                "   ",
                "just some junk",
                "",
                page_server.url("/redirect"),
            ]
        ),
    )
    with pytest.raises(CommandError) as raised:
        call_command("ingest", "--urls", str(urls))
    assert raised.value.returncode == 1
    out = capsys.readouterr().out
    assert "2 ingested, 0 updated, 1 skipped as duplicates, 6 failed" in out
    for reason in (
        "not an HTML page (content type image/png)",
        "page too large",
        "timed out after 0.5 s",
        "redirect loop",
        "not valid UTF-8",
        "urls.txt line 11: not an http(s) URL: 'just some junk'",
    ):
        assert reason in out
    assert set(Document.objects.values_list("source_name", flat=True)) == {
        page_server.url("/article.html"),
        page_server.url("/windows-1252.html"),
    }


@pytest.mark.django_db
def test_page_changed_at_the_same_url_is_updated(page_server):
    page_server.pages["/changing.html"] = article_html()
    url = page_server.url("/changing.html")
    assert store([url]).outcomes[0].status == INGESTED
    page_server.pages["/changing.html"] = article_html().replace("54 local businesses", "54 small businesses")
    (outcome,) = store([url]).outcomes
    assert outcome.status == UPDATED and Document.objects.count() == 1
    assert Claim.objects.get(quote="54").anchor == "moved"


@pytest.mark.django_db
def test_saved_page_and_its_url_are_one_document(tmp_path, page_server):
    # The page server stands in for the article's site: the canonical URL names it (issue 13, item 1).
    canonical = page_server.url("/canonical.html")
    saved = article_html().replace("https://harbour.example.org/news/ferry-season", canonical)
    store([write(tmp_path, "saved.html", saved)])
    page_server.pages["/canonical.html"] = saved.replace("two boats", "three boats")
    (outcome,) = store([page_server.url("/canonical.html")]).outcomes
    assert outcome.status == UPDATED and Document.objects.count() == 1


@pytest.mark.django_db
def test_command_summary_and_exit_status(tmp_path, capsys):
    write(tmp_path, "a.txt", FERRY)
    write(tmp_path, "b.txt", b"")
    with pytest.raises(CommandError, match="1 source"):
        call_command("ingest", str(tmp_path))
    captured = capsys.readouterr()
    assert "1 ingested, 0 updated, 0 skipped as duplicates, 1 failed" in captured.out
    assert "b.txt: empty article" in captured.out and "error:" in captured.err
    call_command("ingest", str(tmp_path / "a.txt"))
    assert "0 ingested, 0 updated, 1 skipped as duplicates, 0 failed" in capsys.readouterr().out


@pytest.mark.django_db
def test_progress_bar_shows_rate_and_eta_only_on_a_terminal(tmp_path, monkeypatch):
    for n in range(3):
        write(tmp_path, f"{n}.txt", FERRY.replace("54", str(60 + n)))

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    call_command("ingest", str(tmp_path), stdout=io.StringIO())
    assert "3/3" in terminal.getvalue() and "doc/s" in terminal.getvalue()

    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    call_command("ingest", str(tmp_path), stdout=io.StringIO())
    assert plain.getvalue() == ""


@pytest.mark.django_db
def test_command_needs_something_to_ingest():
    with pytest.raises(CommandError, match="Name files or folders"):
        call_command("ingest")


@pytest.mark.django_db
def test_command_suggests_figures_for_new_claims_unless_told_not_to(tmp_path):
    from claims.models import Claim

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write(
        tmp_path / "one",
        "first.txt",
        "Floods\n\nAs many as 2,000 people were evacuated from the valley, officials said.\n",
    )
    write(tmp_path / "two", "second.txt", "Floods\n\nSome 2,000 people were evacuated from the valley on Monday.\n")
    call_command("ingest", "--no-suggest", str(tmp_path / "one"), stdout=io.StringIO())
    assert not Claim.objects.filter(suggested_figure__isnull=False).exists()
    call_command("ingest", str(tmp_path / "two"), stdout=io.StringIO())
    evacuated = Claim.objects.filter(unit="person")
    assert evacuated.count() == 2
    assert len({claim.suggested_figure_id for claim in evacuated}) == 1
    assert evacuated.first().suggested_figure_id is not None


@pytest.mark.django_db
def test_command_renders_citations_ahead_of_readers_unless_told_not_to(tmp_path):
    from claims.citations import load_stored

    write(tmp_path, "first.txt", "Floods\n\nAs many as 2,000 people were evacuated from the valley.\n")
    call_command("ingest", "--no-citations", str(tmp_path / "first.txt"), stdout=io.StringIO())
    assert Document.objects.get().citations in ("", None)
    write(tmp_path, "second.txt", "Fires\n\nSome 300 homes burned in the hills on Monday.\n")
    call_command("ingest", str(tmp_path / "second.txt"), stdout=io.StringIO())
    stored = load_stored(Document.objects.get(source_name="second.txt").citations)
    assert "Fires" in stored["apa"] and "n.d." in stored["apa"]
