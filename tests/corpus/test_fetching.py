"""The fetcher: a user agent, redirects followed and capped, the final URL kept, and a clear error for bad pages."""

import time

import pytest

from corpus.fetching import FetchError, fetch_url
from corpus.reading import ReadError, read_url


def test_fetch_sends_a_user_agent_and_keeps_the_final_url(page_server):
    fetched = fetch_url(page_server.url("/redirect"))
    assert fetched.final_url == page_server.url("/article.html")
    assert fetched.is_html and fetched.charset == "utf-8"
    assert page_server.seen_agents[-1].startswith("TallyBot/")


def test_a_page_without_canonical_url_keeps_the_final_url(page_server):
    article = read_url(page_server.url("/windows-1252.html"))
    assert article.url == page_server.url("/windows-1252.html")
    assert article.source_name == page_server.url("/windows-1252.html")


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/image.png", r"not an HTML page \(content type image/png\)"),
        ("/data.json", r"not an HTML page \(content type application/json\)"),
        ("/loop-a", r"redirect loop"),
        ("/chain/0", r"too many redirects \(more than 5\)"),
        ("/huge-declared.html", r"page too large \(52428800 bytes; the limit is 10485760\)"),
        ("/huge.html", r"page too large \(more than 10485760 bytes; stopped reading\)"),
        ("/nope", r"HTTP 404"),
    ],
)
def test_bad_page_gives_a_one_line_error_naming_the_url(page_server, path, error):
    with pytest.raises(FetchError, match=error) as raised:
        fetch_url(page_server.url(path))
    message = str(raised.value)
    assert message.startswith(page_server.url(path)) and "\n" not in message


def test_fifty_megabyte_page_stops_at_the_limit_quickly(page_server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="too large"):
        fetch_url(page_server.url("/huge.html"), max_bytes=1024 * 1024)
    assert time.monotonic() - started < 5


def test_slow_page_times_out(page_server):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.5 s"):
        fetch_url(page_server.url("/slow"), timeout=0.5)
    assert time.monotonic() - started < 2


def test_dripping_page_is_cut_at_the_deadline(page_server):
    """A byte every 0.1 s for 6 s: each read is quick, so only a deadline on the whole fetch stops it."""
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"drip: timed out after 1 s while reading"):
        fetch_url(page_server.url("/drip"), timeout=1)
    assert time.monotonic() - started < 1.5


def test_redirect_to_another_scheme_is_refused(page_server):
    with pytest.raises(FetchError, match=r"/to-ftp: redirect to an unsupported URL 'ftp://example.org/a'"):
        fetch_url(page_server.url("/to-ftp"))


def test_redirect_cap_follows_the_setting(page_server):
    with pytest.raises(FetchError, match=r"too many redirects \(more than 2\)"):
        fetch_url(page_server.url("/chain/0"), max_redirects=2)
    assert fetch_url(page_server.url("/chain/97"), max_redirects=2).final_url == page_server.url("/chain/99")


def test_the_environment_proxy_is_used_as_before(page_server, monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", page_server.url(""))
    fetched = fetch_url("http://harbour.example.org/article.html", timeout=5)
    assert fetched.final_url == "http://harbour.example.org/article.html" and b"Ferry season" in fetched.data
    assert page_server.httpd.seen_proxied[-1] == "http://harbour.example.org/article.html"
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    assert fetch_url(page_server.url("/article.html")).final_url == page_server.url("/article.html")
    assert len(page_server.httpd.seen_proxied) == 1


def test_connection_refused_is_a_clear_error(settings):
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    with pytest.raises(FetchError, match="cannot connect"):
        fetch_url("http://127.0.0.1:9/nothing", timeout=2)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "not a url", "http://", "/local/path"])
def test_only_http_urls_are_fetched(url):
    with pytest.raises(FetchError, match="not an http"):
        fetch_url(url)


def test_page_in_windows_1252_is_read(page_server):
    article = read_url(page_server.url("/windows-1252.html"))
    assert "The café association said “about 1,200” visitors" in article.text


def test_page_in_euc_kr_is_read(page_server):
    article = read_url(page_server.url("/euc-kr.html"))
    assert article.title == "항구 소식" and "자원봉사자 300명이" in article.text


def test_mislabelled_page_is_refused_not_garbled(page_server):
    with pytest.raises(ReadError, match=r"mislabelled.html: not valid UTF-8 \(declared utf-8"):
        read_url(page_server.url("/mislabelled.html"))


def test_page_without_article_text_is_refused(page_server):
    with pytest.raises(ReadError, match="no article text found"):
        read_url(page_server.url("/empty.html"))


def test_plain_text_page_is_read_as_text(page_server):
    article = read_url(page_server.url("/plain.txt"))
    assert article.text == "Port notes\n\nSome 40 boats moored overnight." and article.title == "Port notes"
