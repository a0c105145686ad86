"""Fetching: download one web page with a timeout, a size limit, a user agent and a redirect cap.

Redirects are followed by hand so that a loop or a chain longer than the cap gets its own
error, and the final URL is kept. The body is streamed and reading stops at the size limit,
so a huge page costs at most the limit in memory.
"""
from __future__ import annotations

import dataclasses
import email.message
import http.client
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

USER_AGENT = "TallyBot/0.1 (fact-tracking for numbers in the news; python-urllib)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}


class FetchError(Exception):
    """A URL that did not give a page; the message says why, in one line."""


@dataclasses.dataclass(frozen=True)
class Fetched:
    """A downloaded page: where it was asked for, where it ended up, and its bytes."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    data: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to the caller instead of following it."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def check_url(url: str) -> str:
    """Return the URL if it is an absolute http(s) URL with a host, else raise FetchError.

    >>> check_url("https://example.org/a")
    'https://example.org/a'
    >>> check_url("ftp://example.org/a")
    Traceback (most recent call last):
    ...
    corpus.fetching.FetchError: not an http(s) URL: 'ftp://example.org/a'
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or any(c.isspace() for c in url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    return url


def content_type_of(headers: email.message.Message) -> tuple[str, str | None]:
    """Return the media type (lower case) and the charset a response declares."""
    return headers.get_content_type().lower(), headers.get_content_charset()


def read_limited(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    """Return the body, raising FetchError as soon as it passes ``max_bytes`` or the deadline."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: page too large ({int(length)} bytes; the limit is {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out while reading the page")
        chunk = response.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: page too large (more than {max_bytes} bytes; stopped reading)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_url(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    user_agent: str = USER_AGENT,
) -> Fetched:
    """Download ``url`` and return the page; raise FetchError with a one-line reason otherwise.

    ``timeout`` bounds the whole fetch (connecting, every redirect and reading), not only
    each socket operation. Only HTML and plain-text responses are accepted.
    """
    check_url(url)
    deadline = time.monotonic() + timeout
    current = url
    seen = {url}
    for _ in range(max_redirects + 1):
        request = urllib.request.Request(
            current, headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9"}
        )
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{url}: timed out after {timeout:g} s")
        try:
            response = OPENER.open(request, timeout=remaining)
        except urllib.error.HTTPError as error:
            if error.code in {301, 302, 303, 307, 308} and error.headers.get("Location"):
                target = urljoin(current, error.headers["Location"])
                error.close()
                if target in seen:
                    raise FetchError(f"{url}: redirect loop (back to {target})") from None
                try:
                    check_url(target)
                except FetchError:
                    raise FetchError(f"{url}: redirect to an unsupported URL {target!r}") from None
                seen.add(target)
                current = target
                continue
            error.close()
            raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from None
        except (TimeoutError, socket.timeout):
            raise FetchError(f"{url}: timed out after {timeout:g} s") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise FetchError(f"{url}: timed out after {timeout:g} s") from None
            raise FetchError(f"{url}: cannot connect ({reason})") from None
        except (http.client.HTTPException, OSError) as error:
            raise FetchError(f"{url}: connection failed ({error.__class__.__name__}: {error})") from None
        with response:
            content_type, charset = content_type_of(response.headers)
            if content_type not in HTML_TYPES | TEXT_TYPES:
                raise FetchError(f"{url}: not an HTML page (content type {content_type})")
            try:
                data = read_limited(response, url, max_bytes, deadline)
            except (TimeoutError, socket.timeout):
                raise FetchError(f"{url}: timed out after {timeout:g} s while reading") from None
            except (http.client.HTTPException, OSError) as error:
                raise FetchError(f"{url}: connection broken while reading ({error.__class__.__name__})") from None
            return Fetched(url, response.geturl() or current, content_type, charset, data)
    raise FetchError(f"{url}: too many redirects (more than {max_redirects})")
