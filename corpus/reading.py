"""Readers: turn a file on disk into an article (text plus whatever metadata the file carries)."""
from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from corpus.metadata import find_text_metadata

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_FILE_BYTES = 20 * 1024 * 1024


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


def decode_text(data: bytes, source: str) -> str:
    """Return bytes decoded as UTF-8 text, or raise ReadError saying why they are not an article.

    >>> decode_text("caf\\u00e9".encode(), "a.txt")
    'café'
    >>> decode_text(b"\\x00\\x01", "b.bin")
    Traceback (most recent call last):
    ...
    corpus.reading.ReadError: b.bin: binary file (NUL bytes), not an article
    """
    if b"\x00" in data[:8192]:
        raise ReadError(f"{source}: binary file (NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"{source}: not UTF-8 text (bad byte at offset {error.start})") from None
    if not text.strip():
        raise ReadError(f"{source}: empty article (no text)")
    return text


def read_text_file(path: Path) -> Article:
    """Return the article in a plain-text file, with metadata found in its text."""
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(f"{path}: too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"{path}: cannot read ({error.strerror or error})") from None
    text = decode_text(data, str(path))
    # Offsets point into the text exactly as stored: normalise line ends only, nothing else.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = find_text_metadata(text)
    return Article(source_name=source, text=text, **meta)


def iter_source_files(paths: list[Path]) -> list[Path]:
    """Return the files named, and the files inside the folders named, in a stable order.

    Hidden files and folders are skipped; a path that does not exist is returned as is so
    that reading it reports the error.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found
