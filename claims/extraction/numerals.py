"""Read numbers written in digits or in English words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .lexicon import _parsed
from .vocabulary import NOT_DEMONYMS, on_first_use

__all__ = [
    "DIGITS_AFTER_FIRST",
    "MAX_DIGITS",
    "lemmatize",
    "one_group_before_money",
    "parse_digits",
    "parse_number_words",
    "sign_word_start",
    "tidy",
]

_LEX = _parsed()
MAX_DIGITS = 40
# What follows a number's first digit: thousands groups split by commas ("2,000"; "14%2C000" when the
# text arrives URL-encoded), by thin or no-break spaces ("1 234"), or by plain spaces when there are at
# least two groups ("1 234 567"); else plain digits; then decimals.
_MONEY_AFTER = "|".join(
    re.escape(w) for w in sorted([*_LEX["currency_words"], *_LEX["currency_codes"]], key=lambda w: (-len(w), w))
)
DIGITS_AFTER_FIRST = (
    r"(?:[0-9]{0,2}(?:(?:,|%2C)[0-9]{3}){1,12}(?![0-9])"
    r"|[0-9]{0,2}(?:[\u00a0\u2009\u202f][0-9]{3}){1,12}(?![0-9])"
    r"|[0-9]{0,2}(?: [0-9]{3}){2,12}(?![0-9])"
    r"|[0-9]{0," + str(MAX_DIGITS - 1) + r"})(?:\.[0-9]{1,20})?"
)
# One thousands group after a plain space, before a currency ("10 000 dollars"): read after the scan.
one_group_before_money = on_first_use(r" [0-9]{3}(?= (?:" + _MONEY_AFTER + r")(?![A-Za-z]))", re.IGNORECASE)
_GROUP_MARKS = re.compile(r",|%2C|[ \u00a0\u2009\u202f]")
_UNITS: dict[str, int] = _LEX["number_words"]["units"]
_TENS: dict[str, int] = _LEX["number_words"]["tens"]
_SCALES: dict[str, int] = _LEX["number_words"]["scales"]
_DOZEN: int = _LEX["number_words"]["dozen"]
IRREGULAR_PLURALS: dict[str, str] = _LEX["irregular_plurals"]
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_SIGN_WORD = re.compile(r"(?<![A-Za-z])(?:minus|negative)[ \t\u00a0]\Z", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"(?:plus|or|\+)[ \t\u00a0/]*\Z", re.IGNORECASE)


def parse_digits(raw: str) -> Decimal | None:
    """Return the value of a digit string with optional thousands commas and decimals.

    >>> parse_digits("2,000")
    Decimal('2000')
    >>> parse_digits("4.5")
    Decimal('4.5')
    >>> parse_digits("1" * 50) is None
    True
    >>> parse_digits("14%2C000"), parse_digits("1 234 567"), parse_digits(".5")
    (Decimal('14000'), Decimal('1234567'), Decimal('0.5'))
    """
    cleaned = raw if raw.isdigit() else _GROUP_MARKS.sub("", raw)
    if len(cleaned) > MAX_DIGITS:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_number_words(phrase: str) -> Decimal | None:
    """Return the value of an English number phrase, or None when it does not read as one.

    >>> parse_number_words("three")
    Decimal('3')
    >>> parse_number_words("a hundred and fifty")
    Decimal('150')
    >>> parse_number_words("Nearly Three Million".split(" ", 1)[1])
    Decimal('3000000')
    >>> parse_number_words("two hundred thousand")
    Decimal('200000')
    >>> parse_number_words("three-point-two")
    Decimal('3.2')
    >>> parse_number_words("one-point-05 million")
    Decimal('1050000')
    >>> parse_number_words("half a million")
    Decimal('500000')
    >>> parse_number_words("one million and a half")
    Decimal('1500000')
    >>> parse_number_words("a dozen")
    Decimal('12')
    >>> parse_number_words("twenty-five")
    Decimal('25')
    """
    tokens = _TOKEN.findall(phrase.lower())
    if not tokens:
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen_number = False
    half = False
    last_scale = Decimal(0)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("a", "an", "and"):
            i += 1
            continue
        if tok == "half":
            if total and not current and i >= 2 and tokens[i - 2] == "and":
                # "one million and a half": half of the last scale.
                total += last_scale / 2
            else:
                half = True
            i += 1
            continue
        if tok == "point":
            digits = []
            i += 1
            while i < len(tokens):
                nxt = tokens[i]
                if nxt.isdigit():
                    digits.append(nxt)
                elif nxt in _UNITS and _UNITS[nxt] < 10:
                    digits.append(str(_UNITS[nxt]))
                elif nxt in _TENS and not digits:
                    # "point seventy-one": the first two decimals said as one number.
                    digits.append(str(_TENS[nxt] // 10))
                    if i + 1 < len(tokens) and tokens[i + 1] in _UNITS and 0 < _UNITS[tokens[i + 1]] < 10:
                        i += 1
                        digits.append(str(_UNITS[tokens[i]]))
                    else:
                        digits.append("0")
                else:
                    break
                i += 1
            if not digits:
                return None
            current += Decimal("0." + "".join(digits))
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok.isdigit():
            current += Decimal(tok)
        elif tok == "hundred":
            current = (current or Decimal(1)) * 100
        elif tok in _SCALES:
            total += (current or Decimal(1)) * _SCALES[tok]
            last_scale = Decimal(_SCALES[tok])
            current = Decimal(0)
        elif tok == "dozen":
            current = (current or Decimal(1)) * _DOZEN
        else:
            return None
        seen_number = True
        i += 1
    if not seen_number:
        return None
    value = total + current
    if half:
        value = value / 2
    return tidy(value)


def sign_word_start(text: str, start: int) -> int:
    """Return where "minus" or "negative" right before a number starts, or -1 ("plus or minus" is a margin).

    >>> sign_word_start("between negative ten and fifteen", 17), sign_word_start("plus or minus 2", 14)
    (8, -1)
    """
    m = _SIGN_WORD.search(text, max(0, start - 9), start)
    if m is None or _MARGIN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return -1
    return m.start()


def tidy(value: Decimal) -> Decimal:
    """Return ``value`` without trailing zeros or an exponent when it is integral.

    >>> tidy(Decimal("1050000.00"))
    Decimal('1050000')
    >>> tidy(Decimal("4.50"))
    Decimal('4.5')
    """
    if value == value.to_integral_value():
        return value.to_integral_value()
    return value.normalize()


def lemmatize(word: str) -> str:
    """Return a lower-case singular form of an English noun.

    >>> lemmatize("Countries")
    'country'
    >>> lemmatize("buses")
    'bus'
    >>> lemmatize("people")
    'person'
    >>> lemmatize("wolves"), lemmatize("calves")
    ('wolf', 'calf')
    >>> lemmatize("proposals")
    'proposal'
    >>> lemmatize("glass")
    'glass'
    >>> lemmatize("taxis"), lemmatize("Iraqis")
    ('taxi', 'iraqis')
    """
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("is") and w[:-1] in NOT_DEMONYMS:
        # "taxis": the plural of a word ending in "i" that is no people's name ("Iraqis" stays).
        return w[:-1]
    return w
