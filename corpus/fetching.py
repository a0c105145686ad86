"""Fetching: download one web page with httpx under a total deadline, a size limit, a user agent and a redirect cap.

The deadline bounds the whole fetch (connecting, every redirect, sending and reading):
every socket operation may wait only for the time left, so a server that drips a byte a
second cannot hold a fetch past it. Redirects are followed one at a time so that a loop, a
chain longer than the cap or a jump to another scheme gets its own error, and the final URL
is kept. The body is streamed and reading stops at the size limit, so a huge page costs at
most the limit in memory.

Only public addresses are fetched unless ``TALLY_FETCH_ALLOW_PRIVATE`` is set: the network
backend resolves each host itself, refuses loopback, private, link-local, unspecified,
multicast and reserved addresses, and connects to the address it checked, so every hop (each
redirect) is checked and a name that resolves anew (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import dataclasses
import email.message
import functools
import ipaddress
import socket
import ssl
import time
import typing
import urllib.request
from urllib.parse import urlsplit

import httpcore
import httpx

USER_AGENT = "TallyBot/0.1 (fact-tracking for numbers in the news; httpx)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9"


class FetchError(Exception):
    """A URL that did not give a page; the message says why, in one line."""


class RefusedAddress(FetchError):
    """A host whose address is not public, refused while private addresses are not allowed."""


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


def content_type_of(header: str | None) -> tuple[str, str | None]:
    """Return the media type (lower case) and the charset a Content-Type header declares.

    A missing header means plain text, as in RFC 2045 (and urllib before).

    >>> content_type_of("text/HTML; charset=UTF-8"), content_type_of(None)
    (('text/html', 'utf-8'), ('text/plain', None))
    """
    message = email.message.Message()
    if header:
        message["Content-Type"] = header
    return message.get_content_type().lower(), message.get_content_charset()


# --- public addresses only ---------------------------------------------------------------


def private_allowed() -> bool:
    """Return whether the setting ``TALLY_FETCH_ALLOW_PRIVATE`` allows non-public addresses (read at each fetch)."""
    from django.conf import settings

    return bool(getattr(settings, "TALLY_FETCH_ALLOW_PRIVATE", False))


def address_kind(address: str) -> str | None:
    """Return what makes an IP address non-public ("loopback", "private", ...), or None for a public one.

    >>> [address_kind(a) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "169.254.169.254", "::ffff:127.0.0.1")]
    [None, 'loopback', 'private', 'link-local', 'loopback']
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def public_addresses(host: str, port: int) -> list[tuple[typing.Any, ...]]:
    """Resolve ``host`` and return its socket addresses; raise RefusedAddress if any of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise httpcore.ConnectError(f"cannot resolve {host} ({error})") from None
    for info in infos:
        address = info[4][0]
        kind = address_kind(address)
        if kind is not None:
            shown = host if host == address else f"{host} ({address})"
            raise RefusedAddress(f"refused {shown}: a {kind} address (set TALLY_FETCH_ALLOW_PRIVATE=true to allow)")
    return infos


# --- the deadline --------------------------------------------------------------------------


class Deadline:
    """The moment a fetch must be over; each socket operation gets at most the time left."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        """Return the time an operation may wait: its own timeout, cut to the time left."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise error(f"deadline of {self.seconds:g} s passed")
        return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self.stream = stream
        self.deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self.deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self.deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        wait = self.deadline.left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.stream.start_tls(ssl_context, server_hostname, wait), self.deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self.stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, with connecting and every later operation bounded by one deadline."""

    def __init__(self, deadline: Deadline, *, public_only: bool = False) -> None:
        self.backend = httpcore.SyncBackend()
        self.deadline = deadline
        self.public_only = public_only

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        wait = self.deadline.left(timeout, httpcore.ConnectTimeout)
        if not self.public_only:
            stream = self.backend.connect_tcp(host, port, wait, local_address, socket_options)
            return DeadlineStream(stream, self.deadline)
        # Connect to the addresses just checked, never to the name (which could resolve anew).
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for info in public_addresses(host, port):
            try:
                stream = self.backend.connect_tcp(info[4][0], port, wait, local_address, socket_options)
            except httpcore.ConnectError as failed:
                error = failed
                wait = self.deadline.left(timeout, httpcore.ConnectTimeout)
                continue
            peer = stream.get_extra_info("server_addr")
            if peer and address_kind(peer[0]) is not None:  # what was connected to, checked once more
                stream.close()
                kind = address_kind(peer[0])
                raise RefusedAddress(
                    f"refused {host} ({peer[0]}): a {kind} address (set TALLY_FETCH_ALLOW_PRIVATE=true to allow)"
                )
            return DeadlineStream(stream, self.deadline)
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("fetching never uses a unix socket")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """Return the TLS settings of every fetch (certifi's roots), loaded once: loading takes a tenth of a second."""
    return httpx.create_ssl_context()


def environment_proxy(url: str) -> str | None:
    """Return the proxy the environment names for a URL (``http_proxy``, ``https_proxy``, ``no_proxy``), if any.

    >>> environment_proxy("ftp://example.org/") is None
    True
    """
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy


class DeadlineTransport(httpx.BaseTransport):
    """httpx's own transport, direct or through the environment's proxy, with every socket held to one deadline.

    httpx times each socket operation on its own; a total deadline needs the network backend
    underneath (httpcore's documented extension point). httpx's transport builds its
    connection pool without a way to pass one in, so the pool is built here, as httpx would.
    """

    def __init__(self, deadline: Deadline, *, public_only: bool = False) -> None:
        self.backend = DeadlineBackend(deadline, public_only=public_only)
        self.proxy_backend = DeadlineBackend(deadline)  # the proxy is the operator's; it is not checked
        self.public_only = public_only
        self.transports: dict[str | None, httpx.HTTPTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = environment_proxy(str(request.url))
        if proxy is not None and self.public_only:
            check_proxied_host(request.url.host, request.url.port or 80)
        if proxy not in self.transports:
            self.transports[proxy] = self.transport(proxy)
        return self.transports[proxy].handle_request(request)

    def close(self) -> None:
        for transport in self.transports.values():
            transport.close()

    def transport(self, proxy: str | None) -> httpx.HTTPTransport:
        transport = httpx.HTTPTransport(verify=ssl_context())
        if proxy is None:
            transport._pool = httpcore.ConnectionPool(ssl_context=ssl_context(), network_backend=self.backend)
            return transport
        via = httpx.Proxy(proxy)
        transport._pool = httpcore.HTTPProxy(
            proxy_url=httpcore.URL(
                scheme=via.url.raw_scheme, host=via.url.raw_host, port=via.url.port, target=via.url.raw_path
            ),
            proxy_auth=via.raw_auth,
            proxy_headers=via.headers.raw,
            ssl_context=ssl_context(),
            proxy_ssl_context=via.ssl_context,
            network_backend=self.proxy_backend,
        )
        return transport


def check_proxied_host(host: str, port: int) -> None:
    """Refuse a host the proxy would fetch when it resolves here to a non-public address.

    The proxy resolves the name itself; a name that does not resolve here is left to it.
    """
    try:
        public_addresses(host, port)
    except httpcore.ConnectError:
        return


def deadline_client(deadline: Deadline, user_agent: str, *, public_only: bool = False) -> httpx.Client:
    """Return an httpx client whose every request keeps to ``deadline`` and follows no redirect itself."""
    return httpx.Client(
        transport=DeadlineTransport(deadline, public_only=public_only),
        timeout=deadline.seconds,
        follow_redirects=False,
        headers={"User-Agent": user_agent, "Accept": ACCEPT},
    )


# --- one fetch -----------------------------------------------------------------------------


def read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """Return the body, raising FetchError as soon as it passes ``max_bytes``."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: page too large ({int(length)} bytes; the limit is {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: page too large (more than {max_bytes} bytes; stopped reading)")
        chunks.append(chunk)
    return b"".join(chunks)


def next_url(response: httpx.Response, url: str, seen: set[str]) -> str | None:
    """Return where a redirect points (None when the response is not one); refuse loops and other schemes."""
    if not response.is_redirect:
        return None
    target = str(response.url.join(response.headers["Location"]))
    if target in seen:
        raise FetchError(f"{url}: redirect loop (back to {target})")
    try:
        check_url(target)
    except FetchError:
        raise FetchError(f"{url}: redirect to an unsupported URL {target!r}") from None
    seen.add(target)
    return target


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
    ssl_context()  # loaded once per process, before the clock starts
    deadline = Deadline(timeout)
    current = url
    seen = {url}
    reading = False
    try:
        with deadline_client(deadline, user_agent, public_only=not private_allowed()) as client:
            for _ in range(max_redirects + 1):
                with client.stream("GET", current) as response:
                    target = next_url(response, url, seen)
                    if target is not None:
                        current = target
                        continue
                    if not response.is_success:
                        raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
                    content_type, charset = content_type_of(response.headers.get("Content-Type"))
                    if content_type not in HTML_TYPES | TEXT_TYPES:
                        raise FetchError(f"{url}: not an HTML page (content type {content_type})")
                    reading = True
                    data = read_limited(response, url, max_bytes)
                    return Fetched(url, str(response.url), content_type, charset, data)
    except RefusedAddress as error:
        where = "" if current == url else f" (redirected to {current})"
        raise FetchError(f"{url}: {error}{where}") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s" + (" while reading" if reading else "")) from None
    except httpx.ConnectError as error:
        raise FetchError(f"{url}: cannot connect ({error})") from None
    except httpx.HTTPError as error:
        what = "connection broken while reading" if reading else "connection failed"
        raise FetchError(f"{url}: {what} ({error.__class__.__name__}: {error})") from None
    raise FetchError(f"{url}: too many redirects (more than {max_redirects})")
