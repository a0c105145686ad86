"""Exclusions: digits that are no claim (dates, times, years, phones, codes, links, addresses, names, labels).

``skip_number`` looks only at the digits and their neighbours, before any value is read;
``excluded_by_context`` looks at the words around a number once it is read.
"""

from __future__ import annotations

import re

from .atom import Atom
from .chrome import CHROME_AFTER, in_token_with, is_chrome_line, is_listen_line
from .context import NEXT_WORD, at_line_start, last_left_word, line_bounds, prev_word
from .nouns import is_count_noun
from .scores import is_batting_score
from .vocabulary import (
    CALL_WORDS,
    COUNTER_LABELS,
    COUNTER_NOUNS,
    FUNCTION_WORDS,
    LABEL_BEFORE,
    LEX,
    MONTHS,
    NAME_BEFORE,
    PHONE_LABELS,
    PHONE_WORDS,
    TIME_FOLLOWERS,
    WEEKDAYS,
    WS,
    YEAR_BEFORE,
    alternation,
)

__all__ = [
    "DATE_CHAIN",
    "DAY_RANGE",
    "FISCAL",
    "NOTE",
    "NOTE_REACH",
    "PHONE",
    "excluded_by_context",
    "has_note",
    "skip_by_neighbours",
    "skip_by_shape",
    "skip_number",
]

# "2023-10-08", "8/10/2023", "1.2.3": dates and version numbers, read as one chain and skipped.
DATE_CHAIN = re.compile(
    r"[0-9]{1,4}(?:([-/.])[0-9]{1,4}\1[0-9]{1,4}(?:\1[0-9]{1,4}){0,2}|[-/.][0-9]{1,4}[-/.][0-9]{1,4})"
)
PHONE = re.compile(r"[0-9]{3}[-. ][0-9]{4}(?![0-9])")
# "+90 212 555 0147", "+44 (0)20 7946 0958", "0800-26362", "0300 123 1234", "(555) 201-3390": contact chrome.
_PHONE_FULL = re.compile(
    r"(?:\+[0-9]{1,3}(?:[ .\-\u00a0]?\(?[0-9]{1,5}\)?[0-9]{0,5}){2,5}"
    r"|\(?0[0-9]{1,5}\)?(?:[ .\-\u00a0][0-9]{2,8}){1,4}"
    r"|\(?[0-9]{3}\)?[ .\-]?[0-9]{3}[-. ][0-9]{4})(?![0-9])"
)
DAY_RANGE = re.compile(
    r"(?:[-–]|[ \t\u00a0]{1,2}(?:to|and|through|until|till)[ \t\u00a0]{1,2})[0-3]?[0-9](?![0-9]|[.,][0-9])"
)
_DAY_RANGE_MONTH = re.compile(r"[-–][0-3]?[0-9][ \t\u00a0]([A-Z][a-z]{2,8})(?![a-z])")
FISCAL = re.compile(r"[-/–][0-9]{2}(?![0-9])")
_ADDRESS_AFTER = re.compile(
    r"(?:"
    + WS
    + r"[A-Z][\w'’-]*\.?){1,3}"
    + WS
    + r"(?:"
    + alternation([w.title() for w in LEX["address_words"]])
    + r")(?![A-Za-z])"
)
_PER_UNIT = re.compile(r"(?:hour|hr|h|day|week|month|year|yr|night|person|head|kg|km|mile|minute|min)(?![A-Za-z/.])")
_LICENCE = re.compile(r"(?<![A-Za-z])CC(?:" + WS + r"|-)(?:BY|0)(?:-(?:SA|NC|ND)){0,2}" + WS + r"\Z")
_DOT_TIME = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")


def _is_model_tail(text: str, s: int) -> bool:
    """Return whether digits after "787-" finish a model number ("A350-1000", "Boeing 787-9")."""
    i = s - 2
    while i > s - 8 and i > 0 and text[i - 1].isdigit():
        i -= 1
    return (
        i > 0
        and (text[i - 1].isalpha() or prev_word(text, i).lower() in NAME_BEFORE)
        and prev_word(text, i) != "series"
    )


def _skip_phone(text: str, s: int, raw: str, prev: str) -> int:
    phone = _PHONE_FULL.match(text, s - 1 if prev in "+(" else s)
    if phone is not None and (
        prev in "+("
        or raw[0] == "0"
        or phone.group().count(" ") == 0
        or prev_word(text, s).lower().rstrip(":") in PHONE_WORDS
    ):
        return phone.end()
    return -1


def _skip_link(text: str, s: int, e: int, prev: str, nxt: str) -> int:
    n = len(text)
    if prev == "=" and text[s - 2 : s - 1] in ("<", ">") and s >= 2:
        # "<=30", ">=5": a comparison, not a query string.
        return -1
    if prev in "#@_=&?\\%" or nxt == "@" or (prev == ":" and s >= 2 and text[s - 2].isdigit()):
        return e
    if nxt == ":" and e + 1 < n and text[e + 1].isdigit():
        return e + 1
    if (prev == "/" and s >= 2 and text[s - 2].isdigit()) or (nxt == "/" and e + 1 < n and text[e + 1].isdigit()):
        return e + 1
    if in_token_with(text, s, e):
        return e
    return -1


def skip_by_neighbours(text: str, s: int, e: int, raw: str, prev: str, nxt: str) -> int:
    """Return where digits glued to a word, a phone number, a model number or a link end, or -1."""
    if prev in "-‐" and s >= 2 and text[s - 2].isalpha():
        # "5k-20k": a scale letter glued to digits ends a number, so the dash joins a range.
        scaled = text[s - 2] in "kKmMbB" and text[s - 3 : s - 2].isdigit()
        if not scaled and last_left_word(text, s) != "magnitude" and text[s - 4 : s - 1].lower() not in ("-of", "-in"):
            return e
    if prev in "\"'" and text[s - 2 : s - 1] == "=" and s >= 2:
        # '[video width="640"]', '<img height="360">': a markup attribute's value.
        end = text.find(prev, e, e + 40)
        return end + 1 if end >= 0 else e
    if prev in "+(" or (len(raw) > 1 and raw[0] == "0" and raw[1] != ".") or (len(raw) == 3 and nxt in "-. )"):
        end = _skip_phone(text, s, raw, prev)
        if end >= 0:
            return end
    if prev in "-‐" and s >= 3 and text[s - 2].isdigit() and _is_model_tail(text, s):
        return e
    if nxt == "/" and _PER_UNIT.match(text, e + 1):
        # "$15.4/hour", "300/day": a rate, not a link or a date.
        return -1
    if prev in "/:%" or nxt in "/:@" or prev in "#@_=&?\\":
        # After "%" the digits continue a URL escape ("%2C000", "%20").
        return _skip_link(text, s, e, prev, nxt)
    return -1


def _skip_year(text: str, s: int, e: int, prev: str, nxt: str) -> int:
    # A year standing alone or in a date context ("in 2018", "Hangzhou 2022", "2018.").
    if nxt != " " or prev_word(text, s).lower() in YEAR_BEFORE:
        if not (nxt in "-–" and e + 1 < len(text) and text[e + 1].isdigit()) and prev not in "$€£":
            fiscal = FISCAL.match(text, e)
            return fiscal.end() if fiscal else e
    return -1


def _skip_short_phone(text: str, s: int, nxt: str) -> int:
    phone = PHONE.match(text, s)
    if phone is not None and not (s >= 1 and text[s - 1] in "$€£"):
        if nxt != " " or prev_word(text, s).lower() in PHONE_LABELS:
            return phone.end()
    return -1


def skip_by_shape(text: str, s: int, e: int, raw: str, prev: str, nxt: str) -> int:
    """Return where digits shaped like a decimal part, phone, year or day range end, or -1."""
    n = len(text)
    if nxt == "." and e + 1 < n and text[e + 1].isdigit():
        return e + 2
    if nxt == "," and e + 1 < n and text[e + 1].isdigit():
        return e + 1
    if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
        return e
    if len(raw) == 3 and nxt in "-. " and raw.isdigit():
        end = _skip_short_phone(text, s, nxt)
        if end >= 0:
            return end
    if len(raw) == 4 and raw.isdigit() and "18" <= raw[:2] <= "20" and nxt not in "%$€£":
        end = _skip_year(text, s, e, prev, nxt)
        if end >= 0:
            return end
    if nxt in "-–" and len(raw) <= 2 and raw.isdigit():
        day_range = _DAY_RANGE_MONTH.match(text, e)
        if day_range is not None and day_range.group(1).lower() in MONTHS:
            # "12-17 September": a date range.
            return day_range.end()
    return -1


def skip_number(text: str, s: int, e: int) -> int:
    """Return where the digits at [s, e) and what belongs to them end when they are no claim, else -1.

    >>> t = "Call 555-0100 or visit on 12-17 September 2019."
    >>> skip_number(t, 5, 8), skip_number(t, 26, 28), skip_number(t, 42, 46)
    (13, 41, 46)
    """
    raw = text[s:e]
    # A blank stands in for the text's edges so that ``in`` tests never see an empty string.
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < len(text) else " "
    end = skip_by_neighbours(text, s, e, raw, prev, nxt)
    if end >= 0:
        return end
    return skip_by_shape(text, s, e, raw, prev, nxt)


def _is_dated_or_named(text: str, atom: Atom, raw: str, pw: str, pwl: str, digits_only: bool) -> bool:
    if pwl in MONTHS and digits_only and int(raw) <= 31 and (pw[0].isupper()):
        return True
    if pwl in WEEKDAYS and digits_only and is_weekday_date(text, atom.end, raw):
        return True
    if (
        (pwl in NAME_BEFORE or pw.lower() in NAME_BEFORE)
        and not (pwl == "top" and pw[0].islower())
        and not (pwl == "series" and pw[0].islower() and text[atom.end : atom.end + 1] in ("-", "–"))
    ):
        # "Series 2" names a season; "lead the series 2-0" is a score.
        return True
    after = text[atom.end : atom.end + 2]
    return after in (". ", ") ") and digits_only and at_line_start(text, atom.start)


def is_weekday_date(text: str, end: int, raw: str) -> bool:
    """Return whether digits after a weekday, ending at ``end``, are the day of a month ("Tuesday 12 May", "Friday
    3rd") rather than a count the weekday dates ("By Tuesday 231 people had been arrested"; "on Friday 12 boats sank").

    >>> t = "By Tuesday 231 people were held. On Friday 12 boats sank. Friday 12 May. Monday 3rd. Sunday 14."
    >>> [is_weekday_date(t, t.index(n) + len(n), n) for n in ("231", "12", "3", "14")]
    [False, False, True, True]
    >>> is_weekday_date(t, t.index("12 May") + 2, "12")
    True
    """
    if int(raw) > 31:
        return False
    nm = NEXT_WORD.match(text, end)
    return not (nm and nm.start(1) == end + 1 and nm.group(1)[0].islower() and text[end] == " ")


# An editor's note ("ATTN: ...") up to this many characters before a line's first number: the line is no table row.
NOTE = "ATTN"
NOTE_REACH = 160


def has_note(text: str, a: int, b: int) -> bool:
    """Return whether an editor's note (``NOTE``) starts in ``text[a:b]`` (``a`` may be before the text's start).

    >>> has_note("ATTN editors: 5 6", -100, 10), has_note("5 6 7", 0, 5)
    (True, False)
    """
    return text.find(NOTE, max(0, a), b) >= 0


def _is_label_or_note(
    text: str, atom: Atom, raw: str, pw: str, pwl: str, nm: re.Match[str] | None, digits_only: bool
) -> bool:
    s = atom.start
    nxt = nm.group(1) if nm else ""
    if digits_only and (
        (pwl in LABEL_BEFORE and (pw[0].isupper() or pwl.startswith("para")))
        or nxt.lower() in ("para", "paras", "paragraphs")
    ):
        # "paras 7-9", "last 2 paras", "Photos 9-12:": wire edit notes and gallery labels.
        return True
    if has_note(text, s - NOTE_REACH, s):
        note = text.rfind("(" + NOTE, max(0, s - NOTE_REACH), s)
        if note >= 0 and ")" not in text[note:s]:
            # Yonhap's "(ATTN: UPDATES with ... in paras 7-9)" is an editor's note.
            return True
    if digits_only and pwl in CALL_WORDS and len(raw) <= 4 and not (nxt and is_count_noun(nxt)):
        # "call 101 or Crimestoppers", "dial 911": a phone number.
        return True
    if digits_only and nxt.lower() in ("block", "blocks") and text.startswith("of", nm.end() + 1 if nm else 0):
        # "the 9400 block of East 11th Street": an address.
        return True
    return False


def _is_counter(text: str, atom: Atom, raw: str, pwl: str, nm: re.Match[str] | None, digits_only: bool) -> bool:
    s = atom.start
    nxt = nm.group(1) if nm else ""
    if nxt.lower() in ("min", "mins", "minute", "minutes") and is_listen_line(text, s, nm.end() if nm else atom.end):
        return True
    if (
        text[s - 1 : s] == "("
        and text[atom.end : atom.end + 1] == ")"
        and last_left_word(text, s - 1).rstrip(":") in COUNTER_LABELS
    ):
        # "Share | Save | Comments (112)".
        return True
    if not digits_only and pwl == "the" and _DOT_TIME.fullmatch(raw) and nxt.lower() in TIME_FOLLOWERS:
        # "the 7.42 from Reading": a train time.
        return True
    if nxt and CHROME_AFTER.match(text, atom.end):
        if nxt.lower() not in COUNTER_NOUNS:
            return True
        # "45 comments" under a headline is chrome; "bought back 2.5 million shares" is a count.
        bounds = line_bounds(text, atom.start, atom.end, 40)
        if bounds is not None and not text[bounds[0] : bounds[1]].rstrip().endswith((".", "”", '"')):
            return True
    return False


def _is_named_by_capital(text: str, atom: Atom, pw: str, pwl: str, nxt: str) -> bool:
    s = atom.start
    dash_digit = text[atom.end : atom.end + 1] in ("-", "–") and text[atom.end + 1 : atom.end + 2].isdigit()
    if not pw and s >= 3 and text[s - 1] == " " and "&" in text[max(0, s - 6) : s - 1] and text[s - 2].isupper():
        # "S&P 500", "AT&T 5G": a name with an ampersand.
        return True
    if (
        pw
        and pw[0].isupper()
        and pwl not in FUNCTION_WORDS
        and not atom.unit_locked
        and not dash_digit
        and not pwl.endswith(("'s", "’s"))
        and not (
            text[atom.end : atom.end + 1] in ",;)"
            and "(" in text[max(0, s - 40) : s]
            and is_batting_score(text, pw, atom)
        )
    ):
        # "Boeing 737", "Libya 1", "Hangzhou 2022": a capitalised word glued to the number names it,
        # unless a counted noun follows ("Kills 37 People").
        if not (nxt and is_count_noun(nxt)):
            return True
    return False


def _is_address_or_name(text: str, atom: Atom, raw: str, pw: str, pwl: str, nxt: str, digits_only: bool) -> bool:
    s = atom.start
    if nxt and nxt[0].isupper() and digits_only and _ADDRESS_AFTER.match(text, atom.end):
        return True
    if digits_only and nxt and nxt.lower().rstrip(".") in MONTHS and nxt[0].isupper() and int(raw) <= 31:
        return True
    if _is_named_by_capital(text, atom, pw, pwl, nxt):
        return True
    if (not atom.unit_locked or text[s - 1 : s] in ("-", "+", "−")) and is_chrome_line(text, s, atom.end):
        return True
    return bool(PHONE.match(text, s) and digits_only and len(raw) == 3)


def excluded_by_context(text: str, atom: Atom, raw: str, digits_only: bool) -> bool:
    """Return whether the words around a number read in digits make it a date, name, label, address or chrome."""
    if atom.is_money or atom.is_percent:
        return False
    pw = prev_word(text, atom.start)
    if pw[:2] in ("BY", "CC") and _LICENCE.search(text, max(0, atom.start - 30), atom.start):
        # "CC BY 3.0", "CC BY-SA 4.0": a licence's version.
        return True
    pwl = pw.lower().rstrip(".")
    if _is_dated_or_named(text, atom, raw, pw, pwl, digits_only):
        return True
    nm = NEXT_WORD.match(text, atom.end)
    nxt = nm.group(1) if nm else ""
    return (
        _is_label_or_note(text, atom, raw, pw, pwl, nm, digits_only)
        or _is_counter(text, atom, raw, pwl, nm, digits_only)
        or _is_address_or_name(text, atom, raw, pw, pwl, nxt, digits_only)
    )
