"""HTML pages: decode them, extract the article's main text and the page's metadata.

Main text comes from trafilatura; when it finds nothing (a very short page, an unusual
layout) the text of the page's paragraphs and headings is used instead. Either way the
text is cleaned of chrome by ``corpus.cleaning``. Pages are parsed once, without libxml2's
default limits (256 levels of nesting, 10 MB in one attribute or text node), which would
otherwise cut the tree short and leave the title alone; a page nested deeper than
``MAX_EXTRACT_DEPTH`` is read by the paragraph reader, which walks the markup as a stream
and has no depth limit at all. Non-breaking spaces survive: trafilatura
collapses every Unicode space, so they are swapped for a placeholder character during
extraction and put back after.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import logging
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import repair_faulty_html

from corpus.cleaning import clean_text
from corpus.metadata import find_text_metadata

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#x0*a0);", re.I)
PLACEHOLDERS = ["\u2e3b", "\u2e3a", "\u2bd1", "\u2bfe", "\u1368"]
FALLBACK_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td")
FALLBACK_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg")
# What a browser never renders, and the elements it renders inline (every other element is a block of text).
NEVER_SHOWN = {"head", "script", "style", "noscript", "template", "title", "meta", "link", "iframe", "object"}
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "label",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "del", "ins",
}  # fmt: skip
# Deeper than this, trafilatura's tree walks slow down with the depth and libxml2 stops building the tree at
# 2,048 levels even with huge_tree on; no article page nests anywhere near it.
MAX_EXTRACT_DEPTH = 250
# An attribute value or a script or style this long is page data (an inlined bundle, a state blob), never
# article text or metadata; it is emptied so that date and metadata searches do not scan it.
BULK_CHARS = 64 * 1024
# trafilatura's own parser settings, with libxml2's size and depth limits lifted (pages are at most 20 MB).
HTML_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)

# trafilatura logs a warning for every page it finds no text in; the reader reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


class DecodeError(ValueError):
    """Bytes that cannot be read as text in the encoding they declare (or as UTF-8)."""


@dataclasses.dataclass(frozen=True)
class Page:
    """An article's clean text and the metadata found on its page (empty strings when absent).

    ``visible_text`` is all the text a browser shows on the page (``visible_text``), one block a
    line: what a browser searches when it opens a text-fragment link to the original.
    """

    text: str
    visible_text: str = ""
    title: str = ""
    byline: str = ""
    published: datetime.date | None = None
    published_precision: str = "unknown"
    canonical_url: str = ""
    outlet_name: str = ""
    outlet_domain: str = ""


def looks_like_html(data: bytes) -> bool:
    """Return whether bytes start the way an HTML document does.

    >>> looks_like_html(b"  <!DOCTYPE html><html>")
    True
    >>> looks_like_html(b"Some 2,000 people")
    False
    """
    return bool(HTML_START.match(data[:2048]))


def normalize_encoding(name: str | None) -> str | None:
    """Return Python's codec name for an encoding label, or None for an unknown label.

    >>> normalize_encoding("EUC-KR"), normalize_encoding("latin-1"), normalize_encoding("nope")
    ('euc_kr', 'cp1252', None)
    """
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    # WHATWG: pages labelled latin-1 / ascii are decoded as windows-1252.
    if label in {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "us-ascii", "ascii", "l1"}:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """Return the encoding a page declares in a byte-order mark or a meta tag, if any.

    >>> declared_encoding(b'<meta charset="windows-1252">')
    'cp1252'
    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">')
    'euc_kr'
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    # UTF-32's little-endian mark starts with UTF-16's, so it is tested first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    match = META_CHARSET.search(data[:8192])
    return normalize_encoding(match.group(1).decode("ascii", "replace")) if match else None


def decode_html(data: bytes, header_encoding: str | None = None) -> tuple[str, str]:
    """Return a page's text and the encoding used: the header's, else the page's own, else UTF-8.

    Bytes that do not decode raise DecodeError naming the encoding and the offset: a page is
    never stored with guessed or replaced characters.

    >>> decode_html("caf\\u00e9".encode("cp1252"), "windows-1252")
    ('café', 'cp1252')
    >>> decode_html(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    corpus.html.DecodeError: not valid UTF-8 (no encoding declared; bad byte 0xe9 at offset 3)
    """
    declared = normalize_encoding(header_encoding) if header_encoding else None
    if header_encoding and declared is None:
        raise DecodeError(f"unknown encoding {header_encoding!r} declared")
    encoding = declared or declared_encoding(data)
    said = f"declared {encoding}" if encoding else "no encoding declared"
    encoding = encoding or "utf-8"
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        raise DecodeError(f"not valid {name} ({said}; bad byte 0x{bad} at offset {error.start})") from None
    return text, encoding.removesuffix("-sig")


def protect_nbsp(html: str) -> tuple[str, str]:
    """Return the page with non-breaking spaces swapped for a placeholder absent from it, and the placeholder."""
    placeholder = next((p for p in PLACEHOLDERS if p not in html), "")
    if not placeholder:
        return html, ""
    return NBSP_ENTITY.sub(placeholder, html).replace("\u00a0", placeholder), placeholder


class BlockReader(HTMLParser):
    """Collect the text of a page's paragraphs, headings and list items as a stream of tags.

    No tree is built, so no nesting depth or attribute size is too much. Every block tag
    starts and ends a block; text outside any block is kept apart, for pages without blocks.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.loose: list[str] = []
        self.current: list[str] = []
        self.in_block = 0
        self.dropped: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FALLBACK_DROP:
            self.dropped.append(tag)
        elif tag in FALLBACK_BLOCKS and not self.dropped:
            self.end_block()
            self.in_block = 1
        elif tag == "br" and not self.dropped:
            self.handle_data("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in FALLBACK_DROP:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in FALLBACK_DROP:
            if tag in self.dropped:
                while self.dropped.pop() != tag:
                    pass
        elif tag in FALLBACK_BLOCKS and not self.dropped:
            self.end_block()

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            (self.current if self.in_block else self.loose).append(data)

    def end_block(self) -> None:
        if text := block_lines("".join(self.current)):
            self.blocks.append(text)
        self.current, self.in_block = [], 0


def block_lines(text: str) -> str:
    """Return a block's non-blank lines, stripped of spaces and tabs at their ends.

    >>> block_lines("  Some 2,000\\n \\n\\tpeople ")
    'Some 2,000\\npeople'
    """
    return "\n".join(line.strip(" \t") for line in text.splitlines() if line.strip())


def fallback_text(html: str) -> str:
    """Return the text of a page's paragraphs, headings and list items, one per paragraph.

    Script, style, navigation, header, footer, aside and form contents are left out. A page
    without any such block gives the lines of all its text outside the left-out parts.

    >>> fallback_text("<nav>Home</nav><div><p>Some 2,000 people</p><ul><li>were held</li></ul></div>")
    'Some 2,000 people\\nwere held'
    """
    reader = BlockReader()
    reader.feed(html)
    reader.close()
    reader.end_block()
    if reader.blocks:
        return "\n".join(reader.blocks)
    return block_lines("".join(reader.loose))


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """Return a page's element tree, parsed as trafilatura would but without libxml2's limits, or None.

    Bulk data (see ``drop_bulk_data``) is emptied from the tree.
    """
    try:
        tree = lxml.html.fromstring(
            repair_faulty_html(html, html[:50].lower()).encode("utf-8", "surrogatepass"), parser=HTML_PARSER
        )
    except (etree.ParserError, ValueError):
        return None
    drop_bulk_data(tree)
    return tree


def drop_bulk_data(tree: lxml.html.HtmlElement) -> None:
    """Empty the attribute values, scripts and styles longer than ``BULK_CHARS`` (JSON-LD metadata is kept)."""
    for element in tree.iter(etree.Element):
        for name, value in element.attrib.items():
            if len(value) > BULK_CHARS:
                element.attrib[name] = ""
        if (
            element.tag in ("script", "style")
            and element.text
            and len(element.text) > BULK_CHARS
            and element.get("type") != "application/ld+json"
        ):
            element.text = ""


def visible_text(tree: lxml.html.HtmlElement | None) -> str:
    """Return the text a browser shows on a page, one block a line, as it searches it for a text fragment.

    What is never rendered is left out: the head, scripts, styles, templates, ``noscript``
    (pages are opened with scripts on), and elements marked ``hidden`` or styled
    ``display: none`` or ``visibility: hidden`` inline. Every element that is not inline starts
    and ends a block (a line), as do ``<br>`` and the cells of a table; runs of white space
    collapse to one space, as CSS renders them. Text in a stylesheet's hidden class cannot be
    told apart here, so it counts as shown (which only makes a quote look less unique).

    >>> visible_text(lxml.html.fromstring(
    ...     "<html><head><title>T</title></head><body><nav>Top <b>700</b> stories</nav>"
    ...     "<p>Some  700\\n people <span hidden>x</span>fled.</p><script>var a = 700;</script></body></html>"))
    'Top 700 stories\\nSome 700 people fled.'
    """
    if tree is None:
        return ""
    lines: list[str] = []
    current: list[str] = []
    hidden_depth = 0

    def end_block() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if hidden_depth or is_hidden(element, tag):
                hidden_depth += 1
                continue
            if tag not in INLINE_TAGS:
                end_block()
            if element.text:
                current.append(element.text)
        else:
            if hidden_depth:
                hidden_depth -= 1
            elif tag not in INLINE_TAGS:
                end_block()
            if element.tail and not hidden_depth:
                current.append(element.tail)
    end_block()
    return "\n".join(lines)


def is_hidden(element: lxml.html.HtmlElement, tag: str) -> bool:
    """Return whether a browser renders nothing of an element (see ``visible_text``)."""
    if not tag or tag in NEVER_SHOWN:
        return True
    if element.get("hidden") is not None:
        return True
    style = "".join((element.get("style") or "").lower().split())
    return "display:none" in style or "visibility:hidden" in style


def tree_depth(tree: lxml.html.HtmlElement) -> int:
    """Return how many elements deep the tree nests, counting the root.

    >>> tree_depth(lxml.html.fromstring("<html><body><div><p>x</p></div></body></html>"))
    4
    """
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def main_text(html: str, tree: lxml.html.HtmlElement | None, url: str) -> str:
    """Return the article's main text: trafilatura's, else the paragraph reader's (always for deep pages)."""
    body = ""
    if tree is not None and tree_depth(tree) <= MAX_EXTRACT_DEPTH:
        body = (
            trafilatura.extract(
                tree,
                url=url or None,
                include_comments=False,
                include_tables=True,
                favor_recall=True,
                deduplicate=False,
                with_metadata=False,
            )
            or ""
        )
    return body if body.strip() else fallback_text(html)


def page_metadata(tree: lxml.html.HtmlElement | None, url: str) -> dict[str, Any]:
    """Return title, byline, date, canonical URL and site name found in the page's markup."""
    if tree is None:
        return {}
    try:
        found = trafilatura.extract_metadata(tree, default_url=url or None)
    except Exception:
        found = None
    if found is None:
        return {}
    return {key: value for key, value in found.as_dict().items() if isinstance(value, str) and value}


def read_html(html: str, url: str = "") -> Page:
    """Return the article in an HTML page: clean main text with the title on its first line.

    ``url`` is where the page was fetched from (the final URL after redirects), used when
    the page names no canonical URL. A page whose text is its title alone, or nothing but
    chrome, has no article: its ``text`` is empty.
    """
    protected, placeholder = protect_nbsp(html)
    tree = parse_page(protected)
    shown = visible_text(tree)  # before trafilatura, which prunes the tree it is given
    body = main_text(protected, tree, url)
    meta = page_metadata(tree, url)
    if placeholder:
        shown = shown.replace(placeholder, "\u00a0")
        body = body.replace(placeholder, "\u00a0")
        meta = {key: value.replace(placeholder, "\u00a0") for key, value in meta.items()}
    # trafilatura gives one line per paragraph; stored articles separate paragraphs by a blank line.
    lines = [line for line in body.split("\n") if line.strip()]
    title = meta.get("title", "").strip()
    if title and (not lines or " ".join(lines[0].split()) != " ".join(title.split())):
        lines.insert(0, title)
    text = clean_text("\n\n".join(lines))
    if not clean_text("\n\n".join(lines[1:] if title else lines)):
        text = ""  # a title alone, or chrome alone, is not an article
    from_text = find_text_metadata(text) if text else {}
    published, precision = parse_page_date(meta.get("date", ""))
    if published is None:
        published, precision = from_text.get("published"), from_text.get("published_precision", "unknown")
    canonical = meta.get("url", "") or url
    domain = urlsplit(canonical).hostname or ""
    domain = domain.removeprefix("www.")
    return Page(
        text=text,
        visible_text=shown if text else "",
        title=title or from_text.get("title", ""),
        byline=meta.get("author", "") or from_text.get("byline", ""),
        published=published,
        published_precision=precision,
        canonical_url=canonical if canonical.startswith(("http://", "https://")) else "",
        outlet_name=meta.get("sitename", "") or domain,
        outlet_domain=domain,
    )


def parse_page_date(value: str) -> tuple[datetime.date | None, str]:
    """Return the date trafilatura found (always written YYYY-MM-DD) and its precision.

    >>> parse_page_date("2023-09-22")
    (datetime.date(2023, 9, 22), 'day')
    >>> parse_page_date("")
    (None, 'unknown')
    """
    try:
        return datetime.date.fromisoformat(value[:10]), "day"
    except ValueError:
        return None, "unknown"
