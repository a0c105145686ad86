"""HTML pages become clean article text with the page's metadata; bytes are decoded as declared or refused."""

import datetime

import pytest

from corpus import html as html_module
from corpus.html import DecodeError, decode_html, looks_like_html, read_html
from tests.corpus.pages import KOREAN_PAGE, WINDOWS_1252_PAGE, article_html


@pytest.fixture(scope="module")
def page():
    return read_html(article_html(), url="http://127.0.0.1/article.html")


def test_main_text_starts_with_the_title_and_keeps_the_body(page):
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Ferry season opens with 2,000 passengers"
    assert any(p.startswith("As many as 300 volunteers helped at the piers") for p in paragraphs)
    assert "around 45\u00a0percent more crossings" in page.text


def test_page_chrome_does_not_survive(page):
    for chrome in ("share button", "Subscribe", "Top 10 Stories", "font-size", "Most read", "Home", "All rights"):
        assert chrome not in page.text


def test_nbsp_and_curly_quotes_are_kept_exactly(page):
    assert "some\u00a02,000 ferry passengers" in page.text
    assert "\u201cthe busiest start in a decade.\u201d" in page.text


def test_caption_printed_twice_appears_once(page):
    assert page.text.count("A ferry leaves the north pier.") == 1


def test_metadata_comes_from_the_page(page):
    assert page.title == "Ferry season opens with 2,000 passengers"
    assert page.byline == "Mira Tanaka"
    assert (page.published, page.published_precision) == (datetime.date(2024, 5, 3), "day")
    assert page.canonical_url == "https://harbour.example.org/news/ferry-season"
    assert (page.outlet_name, page.outlet_domain) == ("The Harbour Gazette", "harbour.example.org")


def test_metadata_falls_back_to_the_text_when_the_page_has_none():
    bare = (
        "<html><body><article><p>Pier report</p><p>By Jon Ortiz</p><p>2023-10-11</p>"
        "<p>Some 70 boats were counted in the outer harbour this morning by the coast guard crews.</p>"
        "</article></body></html>"
    )
    found = read_html(bare, url="https://news.example.net/pier")
    assert found.published == datetime.date(2023, 10, 11)
    assert found.outlet_domain == "news.example.net"
    assert "Some 70 boats" in found.text


def test_fallback_reads_paragraphs_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(html_module.trafilatura, "extract", lambda *args, **kwargs: None)
    found = read_html(article_html())
    assert "As many as 300 volunteers" in found.text
    assert "some\u00a02,000 ferry passengers" in found.text
    assert "Home" not in found.text and "Top 10 Stories" not in found.text


def test_windows_1252_declared_in_a_header_is_decoded():
    text, encoding = decode_html(WINDOWS_1252_PAGE.encode("cp1252"), "windows-1252")
    assert encoding == "cp1252" and "“about 1,200”" in text


def test_euc_kr_declared_in_a_meta_tag_is_decoded():
    text, encoding = decode_html(KOREAN_PAGE.encode("euc-kr"))
    assert encoding == "euc_kr" and "약 2,000명의 승객" in text


def test_bytes_that_do_not_decode_give_a_clear_error():
    with pytest.raises(DecodeError, match=r"not valid UTF-8 \(declared utf-8; bad byte 0xe9 at offset \d+\)"):
        decode_html(WINDOWS_1252_PAGE.encode("cp1252"), "utf-8")


def test_unknown_declared_encoding_is_refused():
    with pytest.raises(DecodeError, match="unknown encoding 'x-klingon'"):
        decode_html(b"<html></html>", "x-klingon")


def test_html_is_recognised_by_its_first_bytes():
    assert looks_like_html(b"\n<!-- saved -->\n<!doctype html><html>")
    assert not looks_like_html(b"Ferry report\n\n<p> is not at the start")
