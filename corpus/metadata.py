"""Metadata found in an article's own text: its title line, byline and publication date."""
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
CHROME_LINE = re.compile(r"^\s*(?:[•·*-]\s*)?(?:[-+]?\d\s*|settings|ⓕ.*|.*share button|x|close)\s*$", re.I)


def parse_date(text: str) -> datetime.date | None:
    """Return the date written in ``text``, or None when there is none or it is ambiguous nonsense.

    >>> parse_date("2017-11-15 09:46")
    datetime.date(2017, 11, 15)
    >>> parse_date("Sept. 22, 2023")
    datetime.date(2023, 9, 22)
    >>> parse_date("no date here") is None
    True
    """
    match = DATE_LIKE.search(text)
    if not match:
        return None
    try:
        return date_parser.parse(match.group(0).replace("Sept", "Sep"), fuzzy=True).date()
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
            if match := BYLINE.match(line):
                byline = match.group(1)
            elif (match := BYLINE_WITH_DATE.match(line)) and DATE_LIKE.search(match.group(2)):
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
