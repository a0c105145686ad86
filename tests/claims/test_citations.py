"""Citations of the original article: CSL-JSON, APA, MLA, Chicago, BibTeX and text-fragment links."""

import datetime

import pytest

import claims.citations
from claims.citations import cite_document, document_csl, make_fragment, render_with_style
from corpus.models import Document, Outlet


def article(**overrides) -> Document:
    fields = {
        "pk": 7,
        "title": "Rights watchdog calls for UN help",
        "byline": "By Jane Doe",
        "outlet": Outlet(name="The Example Times"),
        "url": "https://example.org/watchdog",
        "published": datetime.date(2023, 9, 21),
        "published_precision": "day",
        "ingested_at": datetime.datetime(2026, 11, 22, tzinfo=datetime.UTC),
        "text": "",
    } | overrides
    return Document(**fields)


def test_signed_dated_article_in_each_style():
    citations = cite_document(article())
    assert citations.text["apa"] == (
        "Doe, J. (2023, September 21). Rights watchdog calls for UN help. The Example Times. "
        "https://example.org/watchdog"
    )
    assert citations.text["mla"].startswith(
        "Doe, J. “Rights Watchdog Calls for UN Help.” The Example Times, 21 Sept. 2023"
    )
    assert citations.text["chicago"].startswith(
        "Doe, J. 2023. “Rights Watchdog Calls for UN Help.” The Example Times, September 21."
    )
    assert "<i>The Example Times</i>" in citations.html["apa"]


def test_unsigned_undated_article_says_nd_and_never_repeats_the_title():
    citations = cite_document(article(pk=8, byline="", published=None, published_precision="unknown"))
    title = "Rights watchdog calls for UN help"
    assert citations.text["apa"].startswith(f"{title}. (n.d.). The Example Times.")
    assert "Retrieved November 22, 2026, from https://example.org/watchdog" in citations.text["apa"]
    assert citations.text["chicago"].startswith("The Example Times. n.d. “Rights Watchdog Calls for UN Help.”")
    for key in ("apa", "mla", "chicago"):
        assert citations.text[key].lower().count("rights watchdog") == 1, citations.text[key]
        assert citations.text[key].count("The Example Times") == 1, citations.text[key]
        assert "Edition" not in citations.text[key]
    assert "author" not in citations.csl and "issued" not in citations.csl
    assert "author =" not in citations.bibtex and "note = {n.d.}" in citations.bibtex


def test_month_precision_is_kept():
    citations = cite_document(article(pk=9, published=datetime.date(2023, 9, 1), published_precision="month"))
    assert citations.csl["issued"] == {"date-parts": [[2023, 9]]}
    assert "(2023, September)." in citations.text["apa"]
    assert "date = {2023-09}" in citations.bibtex


def test_names_that_are_not_given_family_stay_whole():
    csl = document_csl(article(byline="By Jung Min-ho"))
    assert csl["author"] == [{"literal": "Jung Min-ho"}]
    assert cite_document(article(pk=10, byline="By Jung Min-ho")).text["apa"].startswith("Jung Min-ho. (2023")


def test_untrusted_metadata_is_escaped_in_html_and_unsafe_urls_dropped():
    document = article(pk=11, title="<script>alert(1)</script>", byline="<b>X</b>", url="javascript:alert(2)")
    citations = cite_document(document)
    for rendered in citations.html.values():
        assert "<script>" not in rendered and "<b>" not in rendered and "javascript:" not in rendered
    assert "URL" not in citations.csl and "javascript" not in citations.bibtex


def test_bibtex_escapes_special_characters():
    bibtex = cite_document(article(pk=12, title="50% of {cases} & more_")).bibtex
    assert r"title = {{50\% of \{cases\} \& more\_}}" in bibtex  # double braces keep its case


def varied_items() -> list[dict]:
    """CSL-JSON items as document_csl makes them, and a few richer ones, in many combinations."""
    titles = [
        "Rights watchdog calls for UN help",
        "At least 30 detained after a protest over wages in the capital: officials say more arrests are "
        "likely as the government and the unions trade blame for the violence of the weekend, and rights "
        "groups call for an independent inquiry into the conduct of the police and of the army",
        "Über 500 Arbeiter in Köln festgenommen",
        "Côte d’Ivoire : « élections » et après ?",
        "북한 주민 2,000명 이동",
        "Q&A: the <b>new</b> law on assembly, explained",
        "WHY the NGO says 'as many as 2,000' were held.",
        "Floods displace 2,000 in the north; more rain expected",
        "the state of the union",
    ]
    outlets = [None, "The Example Times", "Le Monde diplomatique", "NK News", "El País", "<i>Daily</i> & Co."]
    authors = [
        [],
        [{"family": "Doe", "given": "Jane"}],
        [{"literal": "Jung Min-ho"}],
        [{"family": "Doe", "given": "Jane"}, {"family": "Smith", "given": "John"}],
        [{"family": "García", "given": "José"}, {"family": "Øster", "given": "Åse"}, {"family": "Lee", "given": "Ann"}],
        [{"literal": "Staff Reporter"}, {"literal": "김민호"}],
        [{"family": f"Name{i}", "given": "Jean-Luc"} for i in range(25)],
        [{"family": "Müller", "given": "Hans-Peter"}, {"literal": "Agence France-Presse"}],
        [
            {"family": "O’Brien", "given": "Zoë"},
            {"family": "Nguyễn", "given": "Thị"},
            {"family": "Smith", "given": "John"},
            {"family": "Doe", "given": "Jane"},
        ],
    ]
    dates = [None, [2023], [2023, 9], [2023, 9, 21], [1999, 12, 1], [2024, 2, 29], [2021, 1, 3]]
    items = []
    for n in range(84):
        item = {"id": f"tally-document-{n}", "type": "article-newspaper", "title": titles[n % len(titles)]}
        if outlets[n % len(outlets)]:
            item["container-title"] = outlets[n % len(outlets)]
        if authors[n % len(authors)]:
            item["author"] = authors[n % len(authors)]
        if dates[n % len(dates)]:
            item["issued"] = {"date-parts": [dates[n % len(dates)]]}
        if n % 4:
            item["URL"] = f"https://example.org/news/{n}?a=1&b=2"
            if n % 4 != 3:
                item["accessed"] = {"date-parts": [[2026, 1 + n % 12, 1 + n % 28]]}
        items.append(item)
    return items


@pytest.mark.django_db
def test_reading_citations_never_stores_them_and_ingest_does(make_document, monkeypatch, django_assert_num_queries):
    from django.core.cache import cache

    from claims.citations import load_stored, store_citations

    document = make_document(title="Floods in the valley")
    cache.clear()
    with django_assert_num_queries(0):
        first = cite_document(document)
    assert first.text["apa"].startswith("Floods in the valley") and Document.objects.get().citations in ("", None)
    monkeypatch.setattr(claims.citations, "render_citations", lambda item: pytest.fail("rendered twice"))
    assert cite_document(Document.objects.get()).text == first.text  # from the cache
    monkeypatch.undo()
    assert store_citations([document.pk]) == 1 and store_citations([document.pk]) == 0
    stored = Document.objects.get()
    assert load_stored(stored.citations)["apa"] == first.text["apa"]
    stored.title = "Floods in the north"
    assert cite_document(stored).text["apa"].startswith("Floods in the north")  # stale stored text is not used


def test_faster_citeproc_leaves_the_output_unchanged():
    """The speed-ups of speed_up_citeproc change no character of any rendering, in any style.

    The same items are rendered here, with the speed-ups, and in a fresh process without
    them, in the same order (the last ones again in reverse order).
    """
    import json
    import subprocess
    import sys

    from tests.conftest import REPO

    styles = ("apa", "modern-language-association", "chicago-author-date")
    items = [*varied_items(), document_csl(article(pk=13, byline=""))]
    order = items + items[::-1][:24]
    fast = [[render_with_style(item, style) for style in styles] for item in order]
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import json, sys, django; django.setup(); import claims.citations as c; c.speed_up_citeproc = lambda: None; "
                "items = json.load(sys.stdin); "
                "print(json.dumps([[c.render_with_style(item, s) for s in sys.argv[1:]] for item in items]))"
            ),
            *styles,
        ],
        input=json.dumps(order),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings", "SECRET_KEY": "x", "PYTHONPATH": str(REPO)},
    )
    expected = json.loads(plain.stdout)
    assert len(expected) == len(fast) == len(order)
    for item, got, want in zip(order, fast, expected, strict=False):
        assert got == want, item
    import citeproc.model

    assert citeproc.model.Choose.render.__module__ == "claims.citeproc_speed"  # the speed-ups were on


def test_fragment_is_the_bare_quote_when_unique():
    text = "Rights groups say as many as 2,000 are held."
    start = text.index("as many as 2,000")
    fragment = make_fragment(text, start, start + 16)
    assert fragment.directive == "text=as%20many%20as%202%2C000" and fragment.is_unique


def test_fragment_widens_until_unique():
    text = "Some 2,000 fled in May. Some 2,000 fled in June. Later some 2,000 were detained."
    start = text.index("some 2,000 were")
    fragment = make_fragment(text, start, start + 10)
    assert fragment.is_unique
    assert fragment.directive == "text=Later-,some%202%2C000,-were"
    first = make_fragment(text, 0, 10)
    assert first.is_unique and first.suffix == "fled in May."


def test_fragment_says_when_it_cannot_be_unique():
    text = "Some 2,000 fled. " * 20
    fragment = make_fragment(text, 17, 27)
    assert not fragment.is_unique
    assert "appears" in fragment.note


def test_fragment_encodes_dashes_commas_and_ampersands():
    text = "A & B said 30-40 people, maybe more."
    start = text.index("30-40")
    assert make_fragment(text, start, start + 5).directive == "text=30%2D40"
    assert make_fragment(text, 0, 1).directive in {"text=A", "text=A,-%26"}


def test_fragment_link_replaces_an_old_fragment():
    fragment = make_fragment("x 5 y", 2, 3)
    assert fragment.link("https://example.org/a#top") == "https://example.org/a#:~:text=5"


@pytest.mark.django_db
def test_claim_page_links_to_the_quote_in_tally_and_the_original(client, make_document, make_claim):
    document = make_document(text="Some 2,000 fled. Later some 2,000 were detained.", url="https://example.org/a")
    claim = make_claim(document=document, quote="some 2,000", start=document.text.index("some 2,000"))
    page = client.get(claim.get_absolute_url()).content.decode()
    assert f"/documents/{document.pk}/#:~:text=Later-,some%202%2C000,-were" in page
    assert "https://example.org/a#:~:text=Later-,some%202%2C000,-were" in page
