"""A local web server for reader and ingest tests: pages written for these tests, served on 127.0.0.1.

No test touches the internet. Routes cover good pages and every kind of bad input the
fetcher must turn into a clear error.
"""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

NBSP = "\u00a0"

ARTICLE_BODY = f"""
<p>Harbour officials counted some{NBSP}2,000 ferry passengers on the first weekend of the season, a
figure the port authority called \u201cthe busiest start in a decade.\u201d</p>
<p>Facebook share button</p>
<p>Twitter share button</p>
<figure><img src="/ferry.jpg" alt=""><figcaption>A ferry leaves the north pier.</figcaption></figure>
<p>A ferry leaves the north pier.</p>
<p>As many as 300 volunteers helped at the piers, and 54 local businesses stayed open late. The
operator said it would add two boats in July if demand holds through the early summer weeks.</p>
<p>Subscribe to our newsletter for the latest harbour news</p>
<ul class="top"><li>Top 10 Stories</li></ul>
<p>The authority expects around 45{NBSP}percent more crossings than last year, its director told
reporters at a briefing on the quay.</p>
"""


def article_html(
    title: str = "Ferry season opens with 2,000 passengers",
    body: str = ARTICLE_BODY,
    charset_meta: str = '<meta charset="utf-8">',
) -> str:
    """Return a complete article page with metadata in its head and chrome around the body."""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{charset_meta}
<title>{title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="{title}">
<meta name="author" content="Mira Tanaka">
<meta property="article:published_time" content="2024-05-03T08:30:00+00:00">
<link rel="canonical" href="https://harbour.example.org/news/ferry-season">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="font-menu">font-size <span>-2</span> <span>-1</span> <span>0</span> <span>+1</span> <span>+2</span></div>
<main><article><h1>{title}</h1>
<p class="byline">By Mira Tanaka</p>
{body}
</article></main>
<aside><h2>Most read</h2><ol><li>Storm closes beach road</li><li>Council approves 12 new benches</li></ol></aside>
<footer>&copy; 2024 The Harbour Gazette. All rights reserved.</footer>
</body></html>"""


KOREAN_PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">
<title>항구 소식</title></head><body><article><h1>항구 소식</h1>
<p>주말 동안 약 2,000명의 승객이 여객선을 이용했다고 항만 당국이 밝혔다. 당국은 이번 시즌이 지난 10년 중
가장 바쁜 출발이라고 말했다.</p><p>자원봉사자 300명이 부두에서 안내를 도왔다.</p></article></body></html>"""

WINDOWS_1252_PAGE = """<!DOCTYPE html><html><head><title>Caf\u00e9 owners count visitors</title></head><body>
<article><h1>Caf\u00e9 owners count visitors</h1><p>The caf\u00e9 association said \u201cabout 1,200\u201d visitors
came to the harbour festival, and 17 stalls sold out before noon on the first day of the event.</p>
<p>Organisers said next year\u2019s festival would run for three days instead of two.</p></article></body></html>"""

HUGE_BYTES = 50 * 1024 * 1024
DRIP_BYTES = 60
DRIP_SECONDS = 0.1


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages: dict[str, str] = {}

    def log_message(self, *args: object) -> None:
        pass

    def send_body(self, body: bytes, content_type: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path.startswith("http://"):  # asked as a proxy: note it, then serve the page as if asked directly
            self.server.seen_proxied.append(path)  # type: ignore[attr-defined]
            path = urlsplit(path).path
        self.server.seen_agents.append(self.headers.get("User-Agent", ""))  # type: ignore[attr-defined]
        if path in self.pages:
            self.send_body(self.pages[path].encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/article.html":
            self.send_body(article_html().encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/plain.txt":
            self.send_body(b"Port notes\n\nSome 40 boats moored overnight.", "text/plain; charset=utf-8")
        elif path == "/image.png":
            self.send_body(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/data.json":
            self.send_body(b'{"passengers": 2000}', "application/json")
        elif path == "/redirect":
            self.redirect("/article.html")
        elif path == "/loop-a":
            self.redirect("/loop-b")
        elif path == "/loop-b":
            self.redirect("/loop-a")
        elif path.startswith("/chain/"):
            hops = int(path.rsplit("/", 1)[1])
            if hops >= 99:
                self.send_body(article_html().encode("utf-8"), "text/html; charset=utf-8")
            else:
                self.redirect(f"/chain/{hops + 1}")
        elif path == "/to":  # a redirect to anywhere: /to?url=...
            self.redirect(parse_qs(urlsplit(self.path).query)["url"][0])
        elif path == "/to-ftp":
            self.redirect("ftp://example.org/a")
        elif path == "/slow":
            time.sleep(3)
            self.send_body(article_html().encode(), "text/html")
        elif path == "/drip":
            # A byte every DRIP_SECONDS: no single read waits long, only a deadline on the whole fetch ends it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(DRIP_BYTES))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(DRIP_BYTES):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(DRIP_SECONDS)
            self.close_connection = True
        elif path == "/huge.html":
            # 50 MB streamed with no length given: only the reader's limit stops it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"Some 2,000 ferry passengers. " * 2000 + b"</p>\n"
            sent = 0
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(b"<!DOCTYPE html><html><body>")
                while sent < HUGE_BYTES:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            self.close_connection = True
        elif path == "/huge-declared.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(HUGE_BYTES))
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
        elif path == "/windows-1252.html":
            self.send_body(WINDOWS_1252_PAGE.encode("cp1252"), "text/html; charset=windows-1252")
        elif path == "/euc-kr.html":
            self.send_body(KOREAN_PAGE.encode("euc-kr"), "text/html")
        elif path == "/mislabelled.html":
            self.send_body(WINDOWS_1252_PAGE.encode("cp1252"), "text/html; charset=utf-8")
        elif path == "/empty.html":
            self.send_body(b"<!DOCTYPE html><html><head><title></title></head><body></body></html>", "text/html")
        else:
            self.send_body(b"not found", "text/plain", status=404)


class PageServer:
    """A running local server; ``url(path)`` gives the address of one of its pages."""

    def __init__(self) -> None:
        handler = type("TestHandler", (Handler,), {"pages": {}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.seen_agents = []  # type: ignore[attr-defined]
        self.httpd.seen_proxied = []  # type: ignore[attr-defined]
        self.pages: dict[str, str] = handler.pages
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    @property
    def seen_agents(self) -> list[str]:
        return self.httpd.seen_agents  # type: ignore[attr-defined]


@contextlib.contextmanager
def serve_pages() -> Iterator[PageServer]:
    """Run a page server for the duration of the block."""
    server = PageServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
