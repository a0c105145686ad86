"""Page chrome: numbers that belong to the page rather than the story (counters, list indexes, promos, links)."""

from __future__ import annotations

import re
from decimal import Decimal

from .context import LINE_JUNK, at_line_start, line_bounds
from .vocabulary import LEX, WS, spaced

__all__ = [
    "CHROME_AFTER",
    "in_token_with",
    "is_chrome_line",
    "is_counter_line",
    "is_list_index",
    "is_listen_line",
    "is_promo_or_label_line",
]

_CHROME_LABEL_LINE = re.compile(
    r"[ \t\u00a0•·*|>-]*(?:" + spaced(LEX["chrome_labels"]) + r")" + WS + r"?[(:]?" + WS + r"?[0-9,.]+[)]?"
    r"[ \t\u00a0•·*|>-]*\Z",
    re.IGNORECASE,
)
_PROMO = re.compile(r"(?<![A-Za-z])(?:" + spaced(LEX["promo_words"]) + r")(?![A-Za-z])", re.IGNORECASE)
CHROME_AFTER = re.compile(WS + r"(?:" + spaced(LEX["chrome_after"]) + r")(?![A-Za-z])", re.IGNORECASE)


def is_chrome_line(text: str, s: int, e: int) -> bool:
    """Return whether the number stands alone on its line, give or take bullets and dashes.

    >>> is_chrome_line("Title\\n• 12\\nBody", 8, 10), is_chrome_line("Some 12 held", 5, 7)
    (True, False)
    """
    lo = text.rfind("\n", max(0, s - 12), s)
    if lo < 0 and s > 12:
        return False
    hi = text.find("\n", e, e + 12)
    if hi < 0:
        if e + 12 < len(text):
            return False
        hi = len(text)
    line = text[lo + 1 : hi]
    return line.strip(LINE_JUNK) == text[s:e].strip(LINE_JUNK)


def _line_opens_with(text: str, i: int, k: int) -> bool:
    stop = i + 6
    while i < stop and text[i : i + 1] in (" ", "\t", "\u00a0", "•", "·", "*", "-"):
        i += 1
    tag = str(k)
    return text.startswith(tag, i) and text[i + len(tag) : i + len(tag) + 1] in (" ", "\t", ".", ")")


def is_list_index(text: str, s: int, e: int, value: Decimal) -> bool:
    """Return whether a number opening a line indexes a numbered list ("Most Read / 2 Samsung ... / 3 KTX ...")."""
    if (
        value >= 100
        or value != value.to_integral_value()
        or text[e : e + 1] not in (" ", "\t", ".", ")")
        or not at_line_start(text, s)
    ):
        return False
    k = int(value)
    nl = text.find("\n", e, e + 300)
    if nl >= 0 and _line_opens_with(text, nl + 1, k + 1):
        return True
    ls = text.rfind("\n", max(0, s - 8), s)
    if ls > 0 and k > 0:
        pl = text.rfind("\n", max(0, ls - 300), ls)
        if (pl >= 0 or ls <= 300) and _line_opens_with(text, pl + 1, k - 1):
            return True
    return False


def is_promo_or_label_line(text: str, s: int, e: int) -> bool:
    """Return whether the number sits on a short chrome line: "Comments (112)", "Subscribe now: $1 for 6 months"."""
    bounds = line_bounds(text, s, e, 100)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]]
    if _CHROME_LABEL_LINE.match(line):
        return True
    m = _PROMO.search(line)
    return m is not None and (m.start() < 3 or not line.rstrip().endswith((".", "”", '"')))


def is_counter_line(text: str, s: int, e: int) -> bool:
    """Return whether "3 of 14" stands on a gallery line (a line start, a slash or bar, "Photo", "Image")."""
    bounds = line_bounds(text, s, e, 30)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]]
    return at_line_start(text, s) or "/" in line or "|" in line or "hoto" in line or "mage" in line


def in_token_with(text: str, s: int, e: int) -> bool:
    """Return whether the blank-delimited token around [s, e) is a URL, e-mail or file name.

    >>> in_token_with("see www.x.com/page2 now", 18, 19), in_token_with("see 2 now", 4, 5)
    (True, False)
    """
    lo = max(0, s - 80)
    left = text[lo:s]
    cut = max(left.rfind(" "), left.rfind("\n"), left.rfind("\t"), left.rfind("\u00a0"))
    tok = left[cut + 1 :] + text[s : e + 40].split(None, 1)[0] if e < len(text) else left[cut + 1 :]
    low = tok.lower()
    return "@" in tok or "://" in tok or low.startswith("www.") or "/" in tok.rstrip("/.,;:)")


def is_listen_line(text: str, s: int, e: int) -> bool:
    """Return whether "5 min" closes a short page line ("Listen to this article, 5 min", "| 4 mins")."""
    bounds = line_bounds(text, s, e, 50)
    if bounds is None or text[e : bounds[1]].strip(LINE_JUNK):
        return False
    line = text[bounds[0] : s].lower()
    return "listen" in line or "read" in line or "watch" in line or "|" in line or "·" in line
