"""Pieces of a document's text around spans in it (claims, say), for pages that show quotes in context."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol


class Span(Protocol):
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Segment[S: Span]:
    text: str
    span: S | None = None


def split_highlighted[S: Span](text: str, spans: Sequence[S]) -> list[Segment[S]]:
    """Return ``text`` cut into plain segments and segments covered by a span.

    Spans that overlap one already placed are left out of the highlighting (never out of
    the page's claim list).

    >>> class C:
    ...     def __init__(self, start, end): self.start, self.end = start, end
    >>> [(s.text, s.span is not None) for s in split_highlighted("a 12 b 7", [C(2, 4), C(7, 8)])]
    [('a ', False), ('12', True), (' b ', False), ('7', True)]
    """
    segments: list[Segment[S]] = []
    at = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < at or span.end > len(text):
            continue
        if span.start > at:
            segments.append(Segment(text[at : span.start]))
        segments.append(Segment(text[span.start : span.end], span))
        at = span.end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the paragraph (text between blank lines or line breaks) holding a span.

    >>> text = "Title\\n\\nFirst para.\\nSome 2,000 held.\\n\\nLast."
    >>> a, b = paragraph_bounds(text, 25, 30)
    >>> text[a:b]
    'Some 2,000 held.'
    """
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right
