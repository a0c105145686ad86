"""Issue 13, item 6: URL ingest refuses loopback, private, link-local and other non-public addresses.

The address checked is the resolved one, at every hop, and it is the one connected to. The local
test server is on 127.0.0.1, so these tests run with ``TALLY_FETCH_ALLOW_PRIVATE`` off (the default)
and guard the sockets: no test here ever connects anywhere but 127.0.0.1, even if the check were gone.
"""

import socket
from urllib.parse import quote

import httpcore
import pytest

from claims.ingest import FAILED
from claims.pipeline import ingest
from corpus.fetching import FetchError, fetch_url
from corpus.models import Document
from tests.corpus.pages import serve_pages

REAL_GETADDRINFO = socket.getaddrinfo
PUBLIC = "93.184.216.34"  # stands for a public site; the guard below serves it from the local test server


class PublicStream(httpcore.NetworkStream):
    """A connection to the local test server that reports the public address it stands for."""

    def __init__(self, stream):
        self.stream = stream

    def read(self, max_bytes, timeout=None):
        return self.stream.read(max_bytes, timeout)

    def write(self, buffer, timeout=None):
        self.stream.write(buffer, timeout)

    def close(self):
        self.stream.close()

    def get_extra_info(self, info):
        return (PUBLIC, 80) if info == "server_addr" else self.stream.get_extra_info(info)


@pytest.fixture(scope="module")
def local_pages():
    with serve_pages() as server:
        yield server


@pytest.fixture
def connections(monkeypatch, settings, local_pages):
    """Record every address connected to; refuse (without a packet) any address but the local test server."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = False
    seen: list[str] = []
    connect = httpcore.SyncBackend.connect_tcp
    test_port = local_pages.httpd.server_address[1]

    def guarded(self, host, port, *args, **kwargs):
        seen.append(host)
        if host == PUBLIC and port == test_port:
            return PublicStream(connect(self, "127.0.0.1", port, *args, **kwargs))
        if host != "127.0.0.1":
            raise httpcore.ConnectError(f"test guard: no connection to {host}")
        return connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", guarded)
    return seen


def test_a_url_on_loopback_is_refused(local_pages, connections):
    """Issue 13, item 6: http://127.0.0.1/... is refused in one line naming the URL, without connecting."""
    url = local_pages.url("/article.html")
    with pytest.raises(FetchError) as raised:
        fetch_url(url)
    message = str(raised.value)
    assert message == f"{url}: refused 127.0.0.1: a loopback address (set TALLY_FETCH_ALLOW_PRIVATE=true to allow)"
    assert connections == []


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        ("http://127.0.0.1:{port}/article.html", "loopback"),
        ("http://10.20.30.40/admin/login", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:{port}/article.html", "loopback"),
        ("http://0.0.0.0:{port}/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://240.0.0.1/", "reserved"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused(local_pages, connections, monkeypatch, target, kind):
    """Issue 13, item 6: each hop is checked: a public page redirecting inward is refused at the redirect."""
    target = target.format(port=local_pages.httpd.server_address[1])
    # A public site (news.example.org, resolving to a public address) that redirects inward.
    start = f"http://news.example.org:{local_pages.httpd.server_address[1]}/to?url={quote(target, safe='')}"

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "news.example.org":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, port))]
        return REAL_GETADDRINFO(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchError) as raised:
        fetch_url(start)
    message = str(raised.value)
    assert message.startswith(f"{start}: refused ") and f"a {kind} address" in message
    assert f"(redirected to {target})" in message and "\n" not in message
    assert connections == [PUBLIC]  # the first hop only: nothing was sent to the private address


def test_a_name_resolving_to_loopback_is_refused(local_pages, connections, monkeypatch):
    """Issue 13, item 6: the resolved address decides, not the name: localhost and a DNS name on 127.0.0.1."""
    port = local_pages.httpd.server_address[1]
    with pytest.raises(FetchError, match=r"refused localhost \((127\.0\.0\.1|::1)\): a loopback address"):
        fetch_url(f"http://localhost:{port}/article.html")

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "intranet.example.org":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return REAL_GETADDRINFO(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchError, match=r"refused intranet.example.org \(127.0.0.1\): a loopback address"):
        fetch_url(f"http://intranet.example.org:{port}/article.html")
    assert connections == []


@pytest.mark.django_db
def test_refused_urls_are_reported_and_nothing_is_stored(local_pages, connections):
    """Issue 13, item 6: ingest reports the refusal as a failure naming the URL and stores nothing."""
    urls = [local_pages.url("/article.html"), local_pages.url("/to?url=" + quote("http://10.0.0.1/", safe=""))]
    report = ingest(urls, citations=False, suggest=False)
    assert [o.status for o in report.outcomes] == [FAILED, FAILED]
    assert all("a loopback address" in o.message for o in report.outcomes)
    assert Document.objects.count() == 0 and connections == []


def test_the_setting_allows_private_addresses_and_is_read_at_each_fetch(local_pages, connections, settings):
    """Issue 13, item 6: TALLY_FETCH_ALLOW_PRIVATE=true (read at call time) lets a deployment fetch its own network."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    assert fetch_url(local_pages.url("/article.html")).is_html
    settings.TALLY_FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchError, match="a loopback address"):
        fetch_url(local_pages.url("/article.html"))


def test_the_address_actually_connected_to_is_checked(local_pages, settings, monkeypatch):
    """Issue 13, item 6: a name that checks out as public but lands on loopback (DNS rebinding) is refused."""
    settings.TALLY_FETCH_ALLOW_PRIVATE = False
    connect = httpcore.SyncBackend.connect_tcp

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "rebind.example.org":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, port))]
        return REAL_GETADDRINFO(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(  # wherever it was asked to go, the connection lands on the local server
        httpcore.SyncBackend, "connect_tcp", lambda self, host, port, *a, **k: connect(self, "127.0.0.1", port, *a, **k)
    )
    port = local_pages.httpd.server_address[1]
    with pytest.raises(FetchError, match=r"refused rebind.example.org \(127.0.0.1\): a loopback address"):
        fetch_url(f"http://rebind.example.org:{port}/article.html")
