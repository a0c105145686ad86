"""Attribution: who a number is credited to ("according to the ministry", "police said")."""

from __future__ import annotations

import re

from .sentences import attribution_window
from .vocabulary import WS

__all__ = ["find_attribution"]

_ACCORDING = re.compile(r"(?<![A-Za-z])according to ([^.;:\n,()\"“”]{2,60})", re.IGNORECASE)
_SAID_RIGHT = re.compile(
    r"\A[^.;\n]{0,80}?[,”\"]"
    + WS
    + r"{0,2}((?:the |The )?[A-Z]?[\w.'’-]*(?:"
    + WS
    + r"[\w.'’-]+){0,4}?"
    + WS
    + r"(?:said|says|reported|estimated|told))(?![A-Za-z])"
)
_SAID_LEFT = re.compile(
    r"((?:the |The |[A-Z])[\w.'’-]*(?:"
    + WS
    + r"[\w.'’-]+){0,4}?"
    + WS
    + r"(?:said|says|say|estimated|estimates|reported|reports))(?:"
    + WS
    + r"that)?(?![A-Za-z])[^.;\n]{0,60}\Z"
)


def _has_said(part: str) -> bool:
    return "said" in part or "say" in part or "estimate" in part or "report" in part or "told" in part


def find_attribution(text: str, start: int, end: int) -> str:
    """Return who the sentence credits the number in [start, end) to, or "".

    >>> find_attribution("About 30 died, police said.", 0, 8)
    'police said'
    >>> find_attribution("Some 2,000 were held, according to the ministry.", 0, 10)
    'according to the ministry'
    """
    left, right = attribution_window(text, start, end)
    for part in (right, left):
        if "ccording to" in part:
            m = _ACCORDING.search(part)
            if m is not None:
                return "according to " + m.group(1).strip()
    if _has_said(right):
        m = _SAID_RIGHT.search(right)
        if m is not None:
            return m.group(1)
    if _has_said(left):
        m = _SAID_LEFT.search(left)
        if m is not None:
            return m.group(1)
    return ""
