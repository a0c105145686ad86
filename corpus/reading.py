"""Readers: turn a file on disk or a URL into an article (text plus whatever metadata the source carries).

Plain-text files are stored as written (line ends normalised, a header's keyed lines taken
out), so offsets into them stay valid; HTML files and pages go through main-text extraction
and chrome cleaning.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from corpus.fetching import Fetched, FetchError, check_url, fetch_url
from corpus.html import HTML_SUFFIXES, DecodeError, Page, decode_html, looks_like_html, read_html
from corpus.metadata import find_text_metadata, parse_date, split_text_header

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_FILE_BYTES = 20 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = {"title", "byline", "outlet", "outlet_domain", "url", "published"}
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# Python's utf-16 and utf-32 codecs read the mark to choose the byte order.
BYTE_ORDER_MARKS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class ReadError(Exception):
    """A source that cannot become a document; the message names the source and the reason."""


@dataclasses.dataclass(frozen=True)
class Article:
    """An article read from a source, ready to be stored as a document."""

    source_name: str
    text: str
    title: str = ""
    byline: str = ""
    published: datetime.date | None = None
    published_precision: str = "unknown"
    url: str = ""
    outlet_name: str = ""
    outlet_domain: str = ""
    # The address the page was fetched from (or a sidecar gives), when known; ``url`` may be the canonical it declares.
    page_url: str = ""
    # All the text the original page shows, one block a line (HTML only; "" for plain text): what a browser
    # searches when it opens a deep link to the original.
    page_text: str = ""


class SourceFile(type(Path())):  # type: ignore[misc]
    """A file to ingest that knows the name it is stored under: its path relative to the ingest root.

    The root is the folder or file named to ``manage.py ingest``, so a file named directly is
    stored under its file name and ``outletA/index.txt`` and ``outletB/index.txt`` stay apart.

    >>> SourceFile("corpus/outletA/index.txt", source_name="outletA/index.txt").source_name
    'outletA/index.txt'
    >>> SourceFile("corpus/a.txt").source_name
    'a.txt'
    """

    def __init__(self, *segments: str | Path, source_name: str = "") -> None:
        super().__init__(*segments)
        self.source_name = source_name or self.name

    def with_segments(self, *segments: str | Path) -> Path:
        return Path(*segments)


def stored_name(path: Path) -> str:
    """Return the source name a file is stored under: its path under the ingest root, else its file name."""
    return getattr(path, "source_name", "") or path.name


def decode_text(data: bytes, source: str) -> str:
    """Return bytes decoded as text, or raise ReadError saying why they are not an article.

    Text is UTF-8 unless a byte-order mark says UTF-8, UTF-16 or UTF-32; the mark is not part
    of the text. NUL bytes outside those encodings, or a NUL character in the decoded text,
    mean a binary file.

    >>> decode_text("caf\\u00e9".encode(), "a.txt")
    'café'
    >>> decode_text("\\ufeffSome 40 boats".encode("utf-16-le"), "c.txt")
    'Some 40 boats'
    >>> decode_text(b"\\x00\\x01", "b.bin")
    Traceback (most recent call last):
    ...
    corpus.reading.ReadError: b.bin: binary file (NUL bytes), not an article
    """
    encoding = bom_encoding(data)
    if encoding is None and b"\x00" in data[:8192]:
        raise ReadError(f"{source}: binary file (NUL bytes), not an article")
    encoding = encoding or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.upper().replace("-SIG", "").replace("_", "-")
        raise ReadError(f"{source}: not {name} text (bad byte at offset {error.start})") from None
    if "\x00" in text:
        raise ReadError(f"{source}: binary file (NUL characters), not an article")
    if not text.strip():
        raise ReadError(f"{source}: empty article (no text)")
    return text


def bom_encoding(data: bytes) -> str | None:
    """Return the encoding a byte-order mark at the start of ``data`` names, or None.

    UTF-32's marks are tested first: the little-endian one starts with UTF-16's.

    >>> bom_encoding(codecs.BOM_UTF32_LE + b"x"), bom_encoding(codecs.BOM_UTF16_BE), bom_encoding(b"plain")
    ('utf-32', 'utf-16', None)
    """
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return encoding
    return None


def read_text_file(path: Path) -> Article:
    """Return the article in a plain-text file, with metadata from its header and its text."""
    text = decode_text(read_file_bytes(path), str(path))
    return text_article(text, stored_name(path), str(path))


def text_article(text: str, source_name: str, source: str) -> Article:
    """Return the article in a plain text: its header's fields as metadata, its text as stored.

    Offsets point into the text exactly as stored: line ends are normalised and the header's
    keyed lines are taken out (``corpus.metadata.split_text_header``), nothing else. Header
    values win over what is found in the text; a URL header also gives the outlet's domain
    (and its name when no ``Outlet:`` line does, as a page's address does). A header value
    that cannot be read fails the file.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, text = split_text_header(text)
    if fields and not text.strip():
        raise ReadError(f"{source}: empty article (a header and no text)")
    meta: dict[str, object] = find_text_metadata(text)
    for key in ("title", "byline"):
        if key in fields:
            meta[key] = fields[key]
    if "url" in fields:
        url = fields["url"]
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
            raise ReadError(f"{source}: the URL: header must be an http(s) address, not {url!r}")
        domain = parts.hostname.removeprefix("www.")
        meta |= {"url": url, "outlet_domain": domain, "outlet_name": domain}
    if "outlet" in fields:
        meta["outlet_name"] = fields["outlet"]
    if "published" in fields:
        meta["published"], meta["published_precision"] = parse_header_date(fields["published"], source)
    return Article(source_name=source_name, text=text, **meta)  # type: ignore[arg-type]


def parse_header_date(value: str, source: str) -> tuple[datetime.date, str]:
    """Return the date of a ``Published:`` header: "2023", "2023-09", "2023-09-22" or a written date.

    >>> parse_header_date("Sept. 22, 2023", "a.txt")
    (datetime.date(2023, 9, 22), 'day')
    >>> parse_header_date("2023-09", "a.txt")
    (datetime.date(2023, 9, 1), 'month')
    """
    if PARTIAL_DATE.match(value.strip()):
        return parse_partial_date(value, source)
    date = parse_date(value)
    if date is None:
        raise ReadError(
            f"{source}: the Published: header must be a date (2023-09-22, 2023-09 or 22 September 2023), not {value!r}"
        )
    return date, "day"


def article_from_page(page: Page, source: str, url: str = "") -> Article:
    """Return the article for an extracted page, or raise ReadError when it holds no text."""
    if not page.text.strip():
        raise ReadError(f"{source}: no article text found in the page")
    return Article(
        source_name=source,
        text=page.text,
        title=page.title,
        byline=page.byline,
        published=page.published,
        published_precision=page.published_precision,
        url=page.canonical_url or url,
        outlet_name=page.outlet_name,
        outlet_domain=page.outlet_domain,
        page_url=url,
        page_text=page.visible_text,
    )


def read_html_bytes(data: bytes, source: str, charset: str | None = None, url: str = "") -> Article:
    """Return the article in an HTML page's bytes, decoded by its declared encoding (else UTF-8)."""
    if b"\x00" in data[:8192] and bom_encoding(data) is None:
        raise ReadError(f"{source}: binary file (NUL bytes), not an article")
    try:
        html, _ = decode_html(data, charset)
    except DecodeError as error:
        raise ReadError(f"{source}: {error}") from None
    if not html.strip():
        raise ReadError(f"{source}: empty article (no text)")
    return article_from_page(read_html(html, url), source, url)


def read_file_bytes(path: Path) -> bytes:
    """Return a file's bytes, or raise ReadError when it is too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(f"{path}: too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
        return path.read_bytes()
    except OSError as error:
        raise ReadError(f"{path}: cannot read ({error.strerror or error})") from None


def read_html_file(path: Path) -> Article:
    """Return the article in a saved HTML page, with the page's metadata."""
    return dataclasses.replace(read_html_bytes(read_file_bytes(path), str(path)), source_name=stored_name(path))


def sidecar_path(path: Path) -> Path:
    """Return where a file's metadata sidecar would be: ``NAME.meta.json`` beside ``NAME.txt``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def parse_partial_date(value: str, source: str) -> tuple[datetime.date, str]:
    """Return a date and its precision from "2023", "2023-09" or "2023-09-22".

    >>> parse_partial_date("2023-09", "x.meta.json")
    (datetime.date(2023, 9, 1), 'month')
    """
    match = PARTIAL_DATE.match(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = match.groups()
        date = datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ReadError(f"{source}: published must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}") from None
    return date, "day" if day else "month" if month else "year"


def apply_sidecar(article: Article, path: Path) -> Article:
    """Return the article with the metadata of its sidecar file, when there is one.

    The sidecar is what an editor knows of the article (outlet, URL, date...); its values win
    over what was found in the text. A sidecar that cannot be read fails the whole file.
    """
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return article
    try:
        meta = json.loads(decode_text(read_file_bytes(sidecar), str(sidecar)))
    except json.JSONDecodeError as error:
        raise ReadError(f"{sidecar}: not valid JSON ({error.msg}, line {error.lineno})") from None
    if (
        not isinstance(meta, dict)
        or set(meta) - SIDECAR_FIELDS
        or not all(isinstance(v, str | None) for v in meta.values())
    ):
        raise ReadError(f"{sidecar}: expected an object of strings (or null) with keys among {sorted(SIDECAR_FIELDS)}")
    # null is "not known": the field keeps what the text says, as if the key were absent.
    meta = {key: value for key, value in meta.items() if value is not None}
    changes: dict[str, object] = {
        field: meta[key]
        for key, field in (
            ("title", "title"),
            ("byline", "byline"),
            ("url", "url"),
            ("url", "page_url"),
            ("outlet", "outlet_name"),
            ("outlet_domain", "outlet_domain"),
        )
        if key in meta
    }
    if "published" in meta:
        changes["published"], changes["published_precision"] = parse_partial_date(meta["published"], str(sidecar))
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]


def read_source_file(path: Path) -> Article:
    """Return the article in a file, with its sidecar's metadata: HTML by its suffix or first bytes, else text."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return apply_sidecar(read_html_file(path), path)
    if (path.suffix and path.suffix.lower() in TEXT_SUFFIXES) or not path.is_file():
        return apply_sidecar(read_text_file(path), path)
    data = read_file_bytes(path)
    if looks_like_html(data):
        article = dataclasses.replace(read_html_bytes(data, str(path)), source_name=stored_name(path))
        return apply_sidecar(article, path)
    return apply_sidecar(read_text_file(path), path)


def read_url(url: str, **fetch_options: object) -> Article:
    """Fetch a URL and return its article; the source name is the URL as asked for."""
    try:
        fetched: Fetched = fetch_url(url, **fetch_options)  # type: ignore[arg-type]
    except FetchError as error:
        raise ReadError(str(error)) from None
    if fetched.is_html or looks_like_html(fetched.data):
        return read_html_bytes(fetched.data, url, fetched.charset, fetched.final_url)
    try:
        html_free, _ = decode_html(fetched.data, fetched.charset)
    except DecodeError as error:
        raise ReadError(f"{url}: {error}") from None
    if not html_free.strip():
        raise ReadError(f"{url}: empty article (no text)")
    # Where the text was fetched from is its address, whatever its header says.
    return dataclasses.replace(text_article(html_free, url, url), url=fetched.final_url, page_url=fetched.final_url)


def read_url_list(path: Path) -> tuple[list[str], list[str]]:
    """Return the URLs listed in a file (one a line) and one error line for each line that is not a URL.

    Blank lines and lines starting with "#" are skipped.
    """
    data = read_file_bytes(path)
    text = decode_text(data, str(path))
    urls: list[str] = []
    errors: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            urls.append(check_url(line))
        except FetchError:
            shown = line if len(line) <= 80 else line[:77] + "..."
            errors.append(f"{path.name} line {number}: not an http(s) URL: {shown!r}")
    return urls, errors


def iter_source_files(paths: list[Path]) -> list[Path]:
    """Return the files named, and the files inside the folders named, in a stable order.

    Each is a ``SourceFile`` stored under its path relative to the folder named (a file named
    directly: its file name). Hidden files and folders and metadata sidecars (``*.meta.json``)
    are skipped; a path that does not exist is returned as is so that reading it reports the error.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                SourceFile(p, source_name=p.relative_to(path).as_posix())
                for p in sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and not p.name.endswith(SIDECAR_SUFFIX)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path if isinstance(path, SourceFile) else SourceFile(path))
    return found
