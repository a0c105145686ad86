"""Qualifiers: the hedges before and after a number ("as many as", "or more"), margins and bounds by verb.

The hedges are the lexicon's, of any length. Before the number they are looked up word by
word, longest first; after it one regular expression is built from the lexicon, where an
entry is written as it follows the number: "or so" after a blank, "-plus" after a hyphen,
"+" glued.
"""

from __future__ import annotations

import re

from .context import last_left_word, left_tokens
from .vocabulary import (
    ATTRIBUTION_HEDGES,
    FUNCTION_WORDS,
    GLUED_MARGINS,
    HEDGE_LAST_WORDS,
    HEDGE_WORDS_MAX,
    HEDGES,
    HEDGES_AFTER,
    MARGINS,
    OPENERS,
    OVER_EXCEEDS,
    TAKE_OVER,
    TOP_SUBJECT_WORDS,
    WS,
    on_first_use,
    spaced,
    spaced_trie,
)

__all__ = ["join_rules", "left_qualifier", "over_governs_time", "right_qualifier", "top_verb_start"]

# What ends a blank-separated token before a hedge's first word without a blank ("held—about 2,000",
# "--as many as 20", "…roughly 30", "counts/about 40"): dashes, ellipses and a slash; the hedge starts after
# the last of them, once an opening quote or bracket (or a stray comma) is left out too.
GLUED_BREAKS = ("—", "–", "―", "‒", "--", "…", "...", "/")
GLUED_OPENERS = OPENERS + ",;:"
# The last word of a hedge, read from this far back (the longest last word, its opener and a blank).
_LAST_REACH = max(16, max(len(w) for w in HEDGE_LAST_WORDS) + 3)


def _right_pattern() -> re.Pattern[str]:
    blank = [k for k in HEDGES_AFTER if k[0].isalpha()]
    hyphen = [k[1:] for k in HEDGES_AFTER if k[0] == "-"]
    glued = [k for k in HEDGES_AFTER if not k[0].isalpha() and k[0] != "-"]
    branches = []
    if blank:
        # "20 or more", unless a number follows ("20 or more than 30" is two readings).
        branches.append(WS + r"{1,2}(?P<w>" + spaced_trie(blank) + r")(?![A-Za-z])(?!" + WS + r"{1,3}[0-9$€£])")
    if glued:
        branches.append(r"(?P<plus>" + spaced(glued) + r")(?![0-9])")
    if hyphen:
        branches.append(r"-(?P<dash>" + spaced(hyphen) + r")(?![A-Za-z])")
    return re.compile("|".join(branches) or r"(?!)", re.IGNORECASE)


_HEDGE_RIGHT = _right_pattern()
# For each last word of a hedge or margin, the word counts of those ending with it, longest first.
_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {}
for _phrase_words in (w.split(" ") for w in [*HEDGES, *MARGINS]):
    _LENGTHS_BY_LAST[_phrase_words[-1]] = tuple(
        sorted({*_LENGTHS_BY_LAST.get(_phrase_words[-1], ()), len(_phrase_words)}, reverse=True)
    )
# The words a hedge after the number attaches with a hyphen ("50-plus"), which are not counted nouns.
HYPHEN_HEDGES = frozenset(k[1:] for k in HEDGES_AFTER if k[0] == "-")


def _phrase(words: list[tuple[str, int]]) -> str:
    return " ".join([_bare(words[0][0])] + [w for w, _ in words[1:]]).lower()


def _bare_start(tok: str) -> int:
    """Return where a token's last word starts: after a dash or ellipsis glued before it and an opener.

    >>> [_bare_start(tok) for tok in ("about", "(about", "held—about", "--“about", "so-called")]
    [0, 1, 5, 3, 0]
    """
    if tok.isalpha():
        # Most tokens are a plain word: no dash, ellipsis or opener to look for.
        return 0
    cut = max((tok.rfind(mark) + len(mark) for mark in GLUED_BREAKS if mark in tok), default=0)
    rest = tok[cut:]
    return cut + len(rest) - len(rest.lstrip(GLUED_OPENERS))


def _bare(tok: str) -> str:
    """Return a token's last word, without a dash, ellipsis or opener glued before it."""
    return tok[_bare_start(tok) :]


def _opened_at(tok: str, pos: int) -> int:
    """Return where a token's last word starts once a glued dash, opening quote or bracket is left out."""
    return pos + _bare_start(tok)


def _outer_bound(toks: list[tuple[str, int]], k: int, phrase: str) -> tuple[int, str, str, str] | None:
    """Return a bound hedge before an approximate one ("within about 160 million"): the bound wins."""
    for j in range(min(HEDGE_WORDS_MAX, len(toks) - k), 0, -1):
        outer = toks[-k - j : -k]
        bound = _phrase(outer)
        if HEDGES.get(bound) in ("at_most", "at_least"):
            return _opened_at(*outer[0]), HEDGES[bound], "hedge:" + bound + " " + phrase, ""
    return None


# Comparison signs glued to the number ("x>10", "<=30", "≥5"), longest first.
GLUED_COMPARATORS = tuple(sorted((w for w in HEDGES if not any(c.isalpha() or c.isspace() for c in w)), key=len)[::-1])


def _glued_margin(toks: list[tuple[str, int]], start: int) -> tuple[int, str, str, str]:
    last, pos = toks[-1]
    for mark in GLUED_MARGINS:
        if last.endswith(mark):
            return pos + len(last) - len(mark), "exact", "margin", ""
    for mark in GLUED_COMPARATORS:
        if last.endswith(mark):
            return pos + len(last) - len(mark), HEDGES[mark], "hedge:" + mark, ""
    return start, "", "", ""


def left_qualifier(text: str, start: int) -> tuple[int, str, str, str]:
    """Return (new start, qualifier, rule, attribution) from the hedge right before ``start``.

    >>> left_qualifier("killed at least 37", 16)
    (7, 'at_least', 'hedge:at least', '')
    >>> left_qualifier("reportedly as many as 20", 22)
    (0, 'at_most', 'hedge:as many as', 'reportedly')
    """
    if start == 0:
        return start, "", "", ""
    if text[start - 1].isspace():
        # Most numbers carry no hedge: check the word before against the hedges' last words first.
        cut = text[max(0, start - _LAST_REACH) : start].rsplit(None, 1)
        if not cut or _bare(cut[-1].lower()) not in HEDGE_LAST_WORDS:
            return start, "", "", ""
    toks = left_tokens(text, start)
    if not toks:
        return start, "", "", ""
    if not text[start - 1].isspace():
        return _glued_margin(toks, start)
    for k in _LENGTHS_BY_LAST.get(_bare(toks[-1][0].lower()), ()):
        if k > len(toks):
            continue
        words = toks[-k:]
        phrase = " ".join([_bare(words[0][0])] + [w for w, _ in words[1:]]).lower()
        if phrase in MARGINS:
            return _opened_at(*words[0]), "exact", "margin", ""
        if phrase not in HEDGES:
            continue
        qualifier = HEDGES[phrase]
        if phrase in ATTRIBUTION_HEDGES:
            return _opened_at(*words[0]), qualifier, "hedge:" + phrase, _bare(words[0][0])
        if qualifier == "approximate" and len(toks) > k:
            bound = _outer_bound(toks, k, phrase)
            if bound is not None:
                return bound
        if len(toks) > k and _bare(toks[-k - 1][0].lower()) in ATTRIBUTION_HEDGES:
            # "reportedly as many as 2,000" is quoted whole; the qualifier stays that of "as many as".
            rep, rep_pos = toks[-k - 1]
            return _opened_at(rep, rep_pos), qualifier, "hedge:" + phrase, _bare(rep)
        return _opened_at(*words[0]), qualifier, "hedge:" + phrase, ""
    return start, "", "", ""


def right_qualifier(text: str, end: int) -> tuple[int, str, str]:
    """Return (new end, qualifier, rule) from the hedge right after ``end``.

    >>> right_qualifier("20 or more people", 2), right_qualifier("a 50-plus crowd", 4)
    ((10, 'at_least', 'hedge_after:or more'), (9, 'at_least', 'hedge_after:plus'))
    """
    m = _HEDGE_RIGHT.match(text, end)
    if m is None:
        return end, "", ""
    if m.group("w"):
        key = " ".join(m.group("w").lower().split())
        return m.end(), HEDGES_AFTER[key], "hedge_after:" + key
    if m.group("dash"):
        key = m.group("dash").lower()
        return m.end(), HEDGES_AFTER["-" + key], "hedge_after:" + key
    key = m.group("plus")
    return m.end(), HEDGES_AFTER[key], "hedge_after:" + key


def top_verb_start(text: str, start: int) -> int:
    """Return where a headline-tense "top" before the number starts, or -1 ("Measles cases top 200").

    >>> top_verb_start("Measles cases top 200", 18), top_verb_start("the top 10 firms", 8)
    (14, -1)
    """
    if (
        start < 5
        or text[start - 4 : start - 1].lower() != "top"
        or text[start - 1] not in " \u00a0"
        or text[start - 5] not in " \u00a0"
    ):
        return -1
    before = last_left_word(text, start - 4)
    if before in TOP_SUBJECT_WORDS or (
        len(before) > 3
        and before.endswith("s")
        and before.isalpha()
        and before not in FUNCTION_WORDS
        and not before.endswith(("ss", "'s"))
    ):
        return start - 4
    return -1


_ago_after = on_first_use(r"(?:" + WS + r"{1,3}[A-Za-z]+){0,1}" + WS + r"{1,3}ago(?![A-Za-z])", re.IGNORECASE)


def over_governs_time(text: str, over: int, end: int) -> bool:
    """Return whether "over" before a duration spans time ("fell 20% over four years") rather than exceeding it.

    >>> t = "Prices fell 20% over four years."
    >>> over_governs_time(t, t.index("over"), t.index(" years"))
    True
    >>> t = "They were held for over three hours."
    >>> over_governs_time(t, t.index("over"), t.index(" hours"))
    False
    >>> t = "Shaw, who took over two years ago, left."
    >>> over_governs_time(t, t.index("over"), t.index(" years"))
    True
    """
    before = last_left_word(text, over).rstrip(",;:")
    if before in TAKE_OVER:
        # "who took over two years ago": the phrasal verb "take over", then a plain duration.
        return _ago_after().match(text, end) is not None
    return before not in OVER_EXCEEDS


def join_rules(reading: str, qualifying: str) -> str:
    """Return the rule name for a value read by ``reading`` and qualified by ``qualifying``.

    >>> join_rules("number", "hedge:about"), join_rules("ratio:in", "hedge:nearly")
    ('hedge:about', 'ratio:in+hedge:nearly')
    """
    return qualifying if reading in ("number", "hedge:dozen") else f"{reading}+{qualifying}"
