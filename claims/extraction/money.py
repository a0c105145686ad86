"""Money: currency symbols, codes and words around a number, and which currency a shared sign names."""

from __future__ import annotations

import re

from .atom import Atom
from .context import WORD_SPLIT
from .measures import is_weight_pound
from .sentences import sentence_head
from .vocabulary import (
    CURRENCY_BY_PLACE,
    CURRENCY_CODES,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PLACES,
    GLUED_CURRENCIES,
    KPW_CUES,
    KRW_CUES,
    PRICE_CUES,
    WS,
    alternation,
    spaced,
)

__all__ = [
    "GLUED_MONEY_LEFT",
    "currency_by_place",
    "currency_named_before",
    "dollar_by_place",
    "read_money_left",
    "read_money_right",
    "won_by_place",
]

_CURRENCY_LEFT = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>" + alternation(list(CURRENCY_CODES)) + r")" + WS + r"?"
    r"|(?P<sym>" + alternation(list(CURRENCY_SYMBOLS)) + r")" + WS + r"?)\Z"
)
_CURRENCY_CHARS = frozenset(c for sym in CURRENCY_SYMBOLS for c in sym if not c.isalpha() and c != ".")
# The last letters of the signs written as letters ("Rs 500", "KSh 2.3 billion", "Tk 40 crore"), one space before the
# amount: the only lower-case letters before that space worth a look.
_SIGN_ENDS = frozenset(sym.rstrip(".")[-1] for sym in CURRENCY_SYMBOLS if sym[0].isalpha()) | {"."}
# A sign written after the amount ("5 €", "-15€"), as much of Europe writes it.
_SIGN_AFTER = "".join(sorted(sym for sym in CURRENCY_SYMBOLS if len(sym) == 1 and sym != "$"))
_CURRENCY_RIGHT = re.compile(
    WS
    + r"{0,1}(?P<sym>["
    + _SIGN_AFTER
    + r"])|"
    + WS
    + r"{1,2}(?:(?P<code>"
    + alternation(list(CURRENCY_CODES))
    + r")(?![A-Za-z])"
    r"|(?P<word>" + spaced(list(CURRENCY_WORDS)) + r")(?![A-Za-z]))",
    re.IGNORECASE,
)
_SUBUNIT_RIGHT = re.compile(WS + r"{1,2}(" + alternation(list(CURRENCY_SUBUNITS)) + r")(?![A-Za-z])", re.IGNORECASE)
# "Sh2 billion", "KSh1.5 million": a currency prefix glued to the digits before a scale word.
GLUED_MONEY_LEFT = re.compile(
    r"(?<![A-Za-z])(" + alternation(list(GLUED_CURRENCIES)) + r")\.?([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,12}(?:\.[0-9]{1,6})?)" + WS + r"\Z"
)


def read_money_left(text: str, atom: Atom, s: int) -> bool:
    """Read a currency sign or code right before ``s`` into ``atom``; return whether there was one."""
    if s == 0:
        return False
    c = text[s - 1]
    if c in " \t\u00a0":
        c = text[s - 2] if s >= 2 else " "
        if not (c.isupper() or c in _CURRENCY_CHARS or c in _SIGN_ENDS):
            return False
    elif not (c in _CURRENCY_CHARS or c.isalpha() or c == "."):
        return False
    m = _CURRENCY_LEFT.search(text, max(0, s - 7), s)
    if m is None:
        return False
    if m.group("code"):
        atom.unit = CURRENCY_CODES[m.group("code")]
    else:
        sym = m.group("sym")
        if sym[0].isalpha() and m.start() > 0 and text[m.start() - 1].isalpha():
            # The end of a word ("FIRM 5", "Mrs 5"), not a sign.
            return False
        atom.unit = CURRENCY_SYMBOLS[sym]
        code = text[m.start() - 3 : m.start()].upper() if m.start() >= 3 else ""
        if sym == "$" and code in CURRENCY_CODES and not text[m.start() - 4 : m.start() - 3].isalpha():
            # "AUD$ 15", "mxn$15": an ISO code written before the dollar sign names it.
            atom.unit = CURRENCY_CODES[code]
            atom.start = m.start() - 3
            atom.is_money = True
            atom.unit_locked = True
            return True
        if sym == "$":
            atom.unit = dollar_by_place(text, s)
    atom.start = m.start()
    atom.is_money = True
    atom.unit_locked = True
    return True


_DOLLAR_CACHE: tuple[str, int, str] = ("", -1, "USD")


def dollar_by_place(text: str, s: int) -> str:
    """Return the currency a bare "$" names in its story: USD unless another dollar country dominates the places.

    >>> dollar_by_place("Queensland's housing plan. Brisbane rents rose. Sydney too. $5", 59)
    'AUD'
    >>> dollar_by_place("Wall Street rallied; Canada's dollar fell. $5", 43)
    'USD'
    """
    global _DOLLAR_CACHE
    bucket = s // 2000
    if _DOLLAR_CACHE[0] is text and _DOLLAR_CACHE[1] == bucket:
        return _DOLLAR_CACHE[2]
    # A bounded window (about one article) keeps this linear; str.count runs in C.
    window = text[max(0, bucket * 2000 - 3000) : bucket * 2000 + 3000].lower()
    hits = {code: sum(window.count(p) for p in places) for code, places in DOLLAR_PLACES}
    code = "USD"
    best = max((k for k in hits if k != "USD"), key=lambda k: hits[k])
    if hits[best] >= 2 and hits[best] > 2 * hits["USD"]:
        code = best
    _DOLLAR_CACHE = (text, bucket, code)
    return code


def _read_subunit(text: str, atom: Atom, sub: re.Match[str]) -> None:
    # "2 cents", "18p"-style sub-units: money in whole units ("2 cents" is 0.02 USD).
    word = sub.group(1).lower()
    code = CURRENCY_SUBUNITS.get(word, "")
    atom.unit = dollar_by_place(text, atom.start) if code == "$" else code
    atom.value = atom.value / 100
    atom.noun = sub.group(1)
    atom.noun_end = sub.end()
    atom.is_money = True
    atom.unit_locked = True


def read_money_right(text: str, atom: Atom) -> None:
    """Read a currency code, word or sub-unit right after the number into ``atom``."""
    if atom.is_percent or atom.unit_locked:
        return
    sub = _SUBUNIT_RIGHT.match(text, atom.end) if not atom.has_scale else None
    if sub is not None:
        _read_subunit(text, atom, sub)
        return
    m = _CURRENCY_RIGHT.match(text, atom.end)
    if m is None:
        return
    if m.group("sym"):
        atom.unit = CURRENCY_SYMBOLS[m.group("sym")]
        atom.end = m.end()
        atom.is_money = True
        atom.unit_locked = True
        return
    if m.group("code"):
        atom.unit = CURRENCY_CODES.get(m.group("code").upper(), m.group("code").upper())
        atom.noun = m.group("code")
    else:
        word = m.group("word")
        key = " ".join(word.lower().split())
        if key == "won" and atom.value < 100 and not atom.has_scale:
            return
        if key in ("pound", "pounds") and is_weight_pound(text, atom.start, m.end(), atom.has_scale):
            # "lost 25 pounds", "a pound of coal": a weight.
            atom.unit = "lb"
            atom.noun = word
            atom.noun_end = m.end()
            atom.unit_locked = True
            return
        atom.unit = CURRENCY_WORDS.get(key, "")
        atom.noun = word
    atom.noun_end = m.end()
    atom.is_money = True
    atom.unit_locked = True


def is_subunit(word: str) -> bool:
    """Return whether ``word`` names a currency's hundredth ("cents", "pence")."""
    return word.lower() in CURRENCY_SUBUNITS


def currency_named_before(text: str, s: int) -> str:
    """Return the currency a word earlier in the sentence names (dollars aside), or "".

    >>> currency_named_before("The yen weakened to 151.7 per dollar", 20)
    'JPY'
    """
    for word in WORD_SPLIT.findall(sentence_head(text, s, 120).lower()):
        if word in CURRENCY_WORDS and word not in ("dollar", "dollars"):
            return CURRENCY_WORDS[word]
    return ""


def won_by_place(text: str, s: int) -> str:
    """Return KPW for won in a North Korean market or price story, else KRW (the default).

    >>> won_by_place("Rice sold for 7,000 won at the market in Hyesan.", 14)
    'KPW'
    >>> won_by_place("Seoul's budget for North Korea is 2.3 billion won.", 34)
    'KRW'
    """
    window = text[max(0, s - 1500) : s + 300].lower()
    if not any(c in window for c in PRICE_CUES):
        return "KRW"
    nk = sum(window.count(c) for c in KPW_CUES)
    sk = sum(window.count(c) for c in KRW_CUES)
    return "KPW" if nk >= 1 and nk > sk else "KRW"


def currency_by_place(text: str, s: int, noun: str, default: str) -> str:
    """Return the currency that a shared word ("rupees") names in this story, by the places around it.

    >>> currency_by_place("Flooding in Pakistan ... released 5 billion rupees", 34, "rupees", "INR")
    'PKR'
    >>> t = "In Zambia, each family gets 15,000 kwacha. In Malawi, 20,000 kwacha."
    >>> currency_by_place(t, t.index("15"), "kwacha", "ZMW"), currency_by_place(t, t.index("20,"), "kwacha", "ZMW")
    ('ZMW', 'MWK')
    """
    lo = max(0, s - 1500)
    window = text[lo : s + 300].lower()
    at = s - lo
    # The place named last before the number, else first after it ("In Zambia, 15,000 kwacha. In Malawi, ...").
    before = [(window.rfind(p, 0, at), code) for code, places in CURRENCY_BY_PLACE[noun] for p in places]
    found = max(before, default=(-1, default))
    if found[0] >= 0:
        return found[1]
    after = [(window.find(p, at), code) for code, places in CURRENCY_BY_PLACE[noun] for p in places]
    return min(((pos, code) for pos, code in after if pos >= 0), default=(-1, default))[1]
