"""Metadata found in an article's own text: its header, title line, byline and publication date."""

from __future__ import annotations

import datetime
import re
from typing import Any

from dateutil import parser as date_parser

HEAD_LINES = 12
MAX_TITLE = 200
BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})\s*$")
BYLINE_WITH_DATE = re.compile(r"^\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})\s*[|·]\s*(.+)$")
DATE_LIKE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b"
)
# Keyed lines of a plain-text header ("URL: https://...") and the article field each one gives.
HEADER_FIELDS = {
    "title": "title",
    "url": "url",
    "published": "published",
    "date": "published",
    "outlet": "outlet",
    "by": "byline",
    "byline": "byline",
    "author": "byline",
}
HEADER_LINE = re.compile(r"^[ \t]*(" + "|".join(HEADER_FIELDS) + r")[ \t]*:[ \t]*(.*?)[ \t]*$", re.I)
SEPT = re.compile(r"\bSept\b")  # dateutil knows "Sep" and "September" but not "Sept"
CHROME_LINE = re.compile(r"^\s*(?:[•·*-]\s*)?(?:[-+]?\d\s*|settings|ⓕ.*|.*share button|x|close)\s*$", re.I)


def parse_date(text: str) -> datetime.date | None:
    """Return the date written in ``text``, or None when there is none or it is ambiguous nonsense.

    >>> parse_date("2017-11-15 09:46")
    datetime.date(2017, 11, 15)
    >>> parse_date("Sept. 22, 2023")
    datetime.date(2023, 9, 22)
    >>> parse_date("22 September 2023")
    datetime.date(2023, 9, 22)
    >>> parse_date("no date here") is None
    True
    """
    match = DATE_LIKE.search(text)
    if not match:
        return None
    try:
        return date_parser.parse(SEPT.sub("Sep", match.group(0)), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def find_text_metadata(text: str) -> dict[str, Any]:
    """Return title, byline, published and published_precision found near the top of a text.

    The title is the first line that is not page chrome; a date is looked for in the
    few lines under it, and a byline as "By Name" or "Name | date".

    >>> meta = find_text_metadata("Big news\\nKim Ga Young  |  2017-11-15 09:46\\n\\nBody.")
    >>> meta["title"], meta["byline"], meta["published"], meta["published_precision"]
    ('Big news', 'Kim Ga Young', datetime.date(2017, 11, 15), 'day')
    """
    lines = [line.strip() for line in text.split("\n", 60)[:60]]
    content = [line for line in lines if line and not CHROME_LINE.match(line)]
    # A first line that reads as a paragraph is body text: the article has no title line.
    title = content[0] if content and len(content[0]) <= MAX_TITLE else ""
    byline = ""
    published = None
    for line in content[1:HEAD_LINES]:
        if not byline:
            if (match := BYLINE.match(line)) or (
                (match := BYLINE_WITH_DATE.match(line)) and DATE_LIKE.search(match.group(2))
            ):
                byline = match.group(1)
        if published is None and len(line) < 80:
            published = parse_date(line)
    if not byline:
        for line in content[1:40]:
            if match := re.search(r"(?:^|[a-z.])By ([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){1,3})\s*$", line):
                byline = match.group(1)
                break
    return {
        "title": title,
        "byline": byline,
        "published": published,
        "published_precision": "day" if published else "unknown",
    }


def split_text_header(text: str) -> tuple[dict[str, str], str]:
    """Return the fields of a plain-text header and the text to store: the header's keyed lines taken out.

    A header sits at the top of the text: an optional title line, then keyed lines
    (``Title:``, ``URL:``, ``Published:`` or ``Date:``, ``Outlet:``, ``By:``, ``Byline:`` or
    ``Author:``, one a line, any case), ending at the first blank or other line. The keyed
    lines are metadata, not article text, so they are not stored (no claim can come from
    them); the title line stays as the stored text's first line, a ``Title:`` value takes its
    place when there is none, and one blank line separates it from the body, which is kept
    exactly as written. A header over no body gives an empty text: a title is not an
    article. A text without keyed lines at its top is returned unchanged. The first value of
    a repeated key wins; an empty value is ignored.

    >>> fields, text = split_text_header("Flood toll rises\\nURL: https://valleypost.example/a\\nBy: Jo Kim\\n\\nSome 40 died.\\n")
    >>> fields, text
    ({'url': 'https://valleypost.example/a', 'byline': 'Jo Kim'}, 'Flood toll rises\\n\\nSome 40 died.\\n')
    >>> split_text_header("Flood toll rises\\nBy Jo Kim\\n\\nSome 40 died.")
    ({}, 'Flood toll rises\\nBy Jo Kim\\n\\nSome 40 died.')
    """
    lines = text.split("\n")
    index = next((number for number, line in enumerate(lines) if line.strip()), len(lines))
    title = ""
    if index < len(lines) and not HEADER_LINE.match(lines[index]):
        title, index = lines[index], index + 1
        # Blank lines may separate the title line from the keyed lines under it.
        keyed = next((number for number in range(index, len(lines)) if lines[number].strip()), len(lines))
        if keyed < len(lines) and HEADER_LINE.match(lines[keyed]):
            index = keyed
    fields: dict[str, str] = {}
    found = False
    while index < len(lines) and (match := HEADER_LINE.match(lines[index])):
        found = True
        if match.group(2):
            fields.setdefault(HEADER_FIELDS[match.group(1).lower()], match.group(2))
        index += 1
    if not found:
        return {}, text
    while index < len(lines) and not lines[index].strip():
        index += 1
    body = "\n".join(lines[index:])
    head = title or fields.get("title", "")
    if not body.strip():
        return fields, ""
    return fields, f"{head}\n\n{body}" if head else body
