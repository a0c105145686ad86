"""Numbers in digits: "2,000", "4.5", "2½", "3 and a half", "4.5-billion", "43C", "12%", "$5bn"."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from itertools import accumulate, repeat

from .atom import Atom
from .chrome import is_chrome_line, is_counter_line, is_list_index, is_promo_or_label_line
from .context import at_line_start, last_left_word, prev_word
from .exclusions import (
    DAY_RANGE,
    FISCAL,
    NOTE_REACH,
    PHONE,
    excluded_by_context,
    has_note,
    skip_by_neighbours,
    skip_by_shape,
)
from .measures import degree_unit, is_metre
from .money import read_money_left, read_money_right
from .nouns import is_counted_year, read_hyphen_or_noun
from .numerals import one_group_before_money, parse_digits, parse_number_words, tidy
from .scores import is_batting_score
from .units import (
    GLUED,
    SPACED_AFTER,
    apply_spaced,
    is_bare_temperature,
    lookup_ci,
    refine_unit,
)
from .vocabulary import (
    AFFINE_UNITS,
    CURRENCY_CODES,
    DURATION_UNITS,
    LABEL_BEFORE,
    MEASURE_UNITS,
    MONTHS,
    OPENERS,
    SCALE_SUFFIX,
    SCALE_WORDS,
    SIGN_OPENERS,
    UNIT_SYMBOLS,
    UNIT_SYMBOLS_EXACT,
    VULGAR,
    WS,
    alternation,
    on_first_use,
)
from .words import AND_HALF, read_return_period

__all__ = ["read_digits", "read_run"]

_CURRENCY_SIGNS = frozenset("$€£¥₩₹")
# What may stand right before a minus sign: a blank, an opening bracket, a comparison or a currency sign.
_BEFORE_SIGN = frozenset(" \t\u00a0(\n[<>=≤≥$€£¥")
# Marks after which a clause opens, so that a spaced hyphen there is a sign ("(- 5%)", "x = - 3", "low: - 8").
_SIGN_OPENING_MARKS = frozenset(w for w in SIGN_OPENERS if len(w) == 1 and not w.isalpha())
# Units a reading below zero can have: no counted noun or duration is ever negative ("- 20 people" is a dash).
_SIGNED_UNITS = frozenset(
    {"", "degree", "percent", "percentage_point", *AFFINE_UNITS, *(u for u in MEASURE_UNITS if u not in DURATION_UNITS)}
)
_MIXED_FRACTION_START = frozenset(" \u00a0" + "".join(VULGAR))
_MIXED_FRACTION = re.compile(r"(?:[ \u00a0]([1-9])/([2-9]|1[0-6])(?![0-9/])|[ \u00a0]?([" + "".join(VULGAR) + r"]))")
_HYPHEN_SCALE = re.compile(
    r"[-‐](" + alternation([w for w in SCALE_WORDS if w != "hundred"]) + r")(?![A-Za-z])", re.IGNORECASE
)
# One-letter units after a blank, read only as written (case counts): "4 L", "278,000 t", "500 g".
_LETTER_UNITS = {"L": "liter", "t": "tonne", "g": "g"}
_EXACT_UNIT = re.compile(r"[ \u00a0]?(" + alternation(list(UNIT_SYMBOLS_EXACT)) + r")(?![A-Za-z0-9])")
# A double prime or straight double quote glued to a number: inches ('9"'), unless it closes a quotation.
_INCH_MARKS = ('"', "″")
_CAPITAL_NEXT = re.compile(r"\.?[ \u00a0]{1,2}[A-Z]")
_SPACED_LETTER = re.compile(r"[ \u00a0](L|t|g|C|F|m|k|M|in)(?![A-Za-z0-9'’]|\.[A-Za-z])")
# What may stand around a bare number in a table: digits, blanks, line breaks, separators.
_BARE_WINDOW = re.compile(r"[0-9 \t\r\n.,]*")
# The last stretch of text found to hold only what may stand around a bare number: (text, start, end).
_BARE_RUN: tuple[str, int, int] = ("", 0, -1)
_POINT_WORDS = re.compile(
    r"(?:-point-|" + WS + r"point" + WS + r")((?:zero|one|two|three|four|five|six|seven|eight|nine|nought)"
    r"(?:[- ](?:zero|one|two|three|four|five|six|seven|eight|nine|nought)){0,8})(?![A-Za-z])",
    re.IGNORECASE,
)
_decade_left = on_first_use(
    r"(?<![A-Za-z])(?:their|his|her|my|our|your)" + WS + r"(?:[1-9]0s" + WS + r"(?:and|or|to)" + WS + r")?\Z",
    re.IGNORECASE,
)
_OF_NUMBER = re.compile(WS + r"{1,2}of" + WS + r"{1,2}[0-9]{1,4}(?![0-9,.])")
_AGO = re.compile(WS + r"(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)" + WS + r"ago(?![A-Za-z])", re.IGNORECASE)


def _read_whole(text: str, s: int, e: int, raw: str, value: Decimal) -> tuple[Atom, bool]:
    """Return the number with a fraction or scale word that belongs to it ("2½", "3 and a half", "4.5-billion").

    The second value says whether the number is still plain digits.
    """
    n = len(text)
    nxt = text[e] if e < n else " "
    digits_only = raw.isdigit()
    # Only a plain whole number ("1", "12") can be followed by a fraction.
    small_whole = digits_only and len(raw) <= 3
    if small_whole and nxt in _MIXED_FRACTION_START:
        frac = _MIXED_FRACTION.match(text, e)
        if frac is not None:
            # "1 1/2 games", "2½ hours": a mixed number.
            num, den = frac.group(1, 2)
            part = VULGAR[frac.group(3)] if frac.group(3) else Decimal(num) / Decimal(den)
            value = tidy((value + part).quantize(Decimal("0.0001")))
            e = frac.end()
            nxt = text[e] if e < n else " "
    if nxt == " " and small_whole:
        half = AND_HALF.match(text, e)
        if half is not None:
            # "3 and a half years".
            value = value + Decimal("0.5")
            e = half.end()
            nxt = text[e] if e < n else " "
            digits_only = False
    if digits_only and nxt in "- \u00a0":
        point = _POINT_WORDS.match(text, e)
        if point is not None:
            # "431-point-seven billion": digits continued in words after "point".
            decimals = parse_number_words("zero point " + point.group(1).replace("-", " "))
            if decimals is not None:
                value = value + decimals
                e = point.end()
                nxt = text[e] if e < n else " "
                digits_only = False
    atom = Atom(s, e, value)
    if nxt in "-‐":
        hy_scale = _HYPHEN_SCALE.match(text, e)
        if hy_scale is not None:
            # "4.5-billion-year-old", "$1.5-million deal": the scale word belongs to the number.
            atom.value = value * SCALE_WORDS[hy_scale.group(1).lower()]
            atom.has_scale = True
            atom.end = hy_scale.end()
            digits_only = False
    return atom, digits_only


def _read_glued(text: str, atom: Atom, s: int, raw: str, g: re.Match[str]) -> tuple[Atom | None, int] | None:
    """Read a suffix glued to the digits ("12%", "43C", "5km", "$5bn"); return a final reading or None to go on."""
    e = atom.end
    nxt = text[e]
    kind = g.lastgroup
    end = e
    code = text[e : e + 3]
    if kind == "letters" and code in CURRENCY_CODES and not text[e + 3 : e + 4].isalpha():
        # "115USD": an ISO code glued after the amount.
        atom.unit = CURRENCY_CODES[code]
        atom.is_money = True
        atom.unit_locked = True
        atom.end = e + 3
        return None
    if kind == "letters" and nxt in "CF" and is_bare_temperature(text, s, e):
        # "43C", "-4F": UK and wire style drops the degree sign.
        atom.unit = "degree Celsius" if nxt == "C" else "degree Fahrenheit"
        atom.unit_locked = True
        end = e + 1
    elif (
        kind == "letters"
        and nxt == "s"
        and len(raw) == 2
        and raw[1] == "0"
        and raw[0] != "0"
        and not text[e + 1 : e + 2].isalnum()
        and _decade_left().search(text, max(0, s - 30), s)
    ):
        # "in their 80s and 90s": an age decade is a range of years (calendar decades stay dates).
        value = atom.value
        return Atom(
            s,
            e + 1,
            value,
            low=value,
            high=value + 9,
            vague=True,
            unit="year",
            rule="age_decade",
            qualifier="range",
            unit_locked=True,
        ), e + 1
    elif kind in ("ord", "time", "letters"):
        return None, g.end()
    if kind == "pct":
        atom.is_percent = True
        atom.unit = "percent"
        end = g.end()
    elif (kind == "unit" and g.group() in ("t", "T") and s > 0 and text[s - 1] in _CURRENCY_SIGNS) or g.group() == "MM":
        # "$2.174T": after a currency sign a glued T is trillions, not tonnes; "1MM" is finance's million.
        atom.value = atom.value * (10**12 if g.group() in ("t", "T") else 10**6)
        atom.has_scale = True
        end = g.end()
    elif kind == "unit":
        atom.unit = UNIT_SYMBOLS.get(g.group(), lookup_ci(UNIT_SYMBOLS, g.group()))
        atom.unit_locked = True
        end = g.end()
        if atom.unit == "degree":
            atom.unit = degree_unit(text, atom.start, end, atom.value)
    elif kind == "scale" and g.group() == "K" and "." in raw and is_bare_temperature(text, s, e):
        # "573.15K" among temperatures: kelvin.
        atom.unit = "kelvin"
        atom.unit_locked = True
        end = g.end()
    elif kind == "scale" and g.group() in ("m", "M") and is_metre(text, s, g.end()):
        # "1.8m tall", "outreach is 48m": metres by the length words around (docs/numbers.md).
        atom.unit = "m"
        atom.unit_locked = True
        end = g.end()
    elif kind == "scale":
        atom.value = atom.value * SCALE_SUFFIX[g.group().lower()]
        atom.has_scale = True
        end = g.end()
    atom.end = end
    return None


def _read_suffix(text: str, atom: Atom, s: int, raw: str) -> tuple[Atom | None, int] | None:
    """Read a unit, percent or scale after the digits, glued or after a blank; return a final reading or None."""
    e = atom.end
    nxt = text[e] if e < len(text) else " "
    if nxt in _INCH_MARKS and _is_inch_mark(text, s, e):
        atom.unit = "inch"
        atom.unit_locked = True
        atom.end = e + 1
        return None
    exact = _EXACT_UNIT.match(text, e)
    if exact is not None:
        # "1.7 eV", "14 mGy", "20mSv": a symbol whose case matters.
        atom.unit = UNIT_SYMBOLS_EXACT[exact.group(1)]
        atom.unit_locked = True
        atom.end = exact.end()
        return None
    g = GLUED.match(text, e) if nxt.isalpha() or nxt in "%°'’" else None
    if g is not None:
        return _read_glued(text, atom, s, raw, g)
    sp = SPACED_AFTER.match(text, e) if nxt in " \t\u00a0" else None
    if sp is not None:
        if sp.lastgroup == "time" and not (sp.group().strip().lower() == "hrs" and len(raw) != 4):
            # "1300 hrs" is a clock; "3 hrs" is a duration, read with the nouns.
            return None, sp.end()
        if sp.lastgroup != "time":
            atom.end = apply_spaced(text, atom, sp, e)[0]
    elif nxt in " \u00a0":
        _read_spaced_letter(text, atom, s, raw)
    return None


def _is_inch_mark(text: str, s: int, e: int) -> bool:
    """Return whether the quote mark after a number is inches: not closing a quotation opened on its line.

    >>> _is_inch_mark('a 9" screen', 2, 3), _is_inch_mark('he said "it was 9" then', 16, 17)
    (True, False)
    """
    if text[e] == "″":
        return True
    line_start = text.rfind("\n", max(0, s - 300), s) + 1
    if text.count('"', line_start, s) % 2:
        return False
    return not text[e + 1 : e + 2].isalnum()


def _read_spaced_letter(text: str, atom: Atom, s: int, raw: str) -> None:
    """Read a one-letter unit after a blank: "30 C" among temperatures, "3 to 4 L", "278,000 t", "2 in." of length."""
    e = atom.end
    m = _SPACED_LETTER.match(text, e)
    if m is None:
        return
    letter = m.group(1)
    unit = ""
    if letter in "CF":
        if is_bare_temperature(text, s, e + len(m.group()) - 1):
            unit = "degree Celsius" if letter == "C" else "degree Fahrenheit"
    elif letter == "in":
        if text[m.end() : m.end() + 1] in ("", ".", ",", ")", ";") and is_metre(text, s, m.end()):
            # "The length of my pencil is 2 in.": inches at a clause end among length words.
            unit = "inch"
    elif letter == "m":
        if is_metre(text, s, m.end()):
            unit = "m"
    elif letter in ("k", "M"):
        # "2.33 k", "1,674,200.5 M": a scale letter after a blank ("2025 M St." is an address).
        if _CAPITAL_NEXT.match(text, m.end()):
            return
        atom.value = atom.value * SCALE_SUFFIX[letter.lower()]
        atom.has_scale = True
        atom.end = m.end()
        return
    else:
        unit = _LETTER_UNITS[letter]
    if unit:
        atom.unit = unit
        atom.unit_locked = True
        atom.end = m.end()


def _read_sign(text: str, atom: Atom, s: int) -> None:
    prev = text[s - 1] if s else " "
    before = text[max(0, s - 12) : s - 1].rstrip()
    if (before[-1:].isdigit() or before[-1:] == "%") and not (atom.unit_locked or atom.is_percent):
        # "2 -3": a dash between two bare numbers joins a range ("-3 km", "-4%" keep their sign).
        return
    if prev in "-−" and (s < 2 or text[s - 2] in _BEFORE_SIGN):
        # "-5°C", "−2.3%", "revenue of -15", "<-30": a minus glued to the digits after a blank is a sign, not a dash.
        atom.start = s - 1
        atom.value = -atom.value


def _spaced_sign_start(text: str, s: int) -> int:
    """Return where a minus written apart from its digits starts ("was - 20"), or -1 when the hyphen is a dash.

    In prose a hyphen with a blank on each side is a dash ("hot - 40 degrees") or joins a range
    ("10 - 20"). It is a sign only where a dash cannot stand: right after a word that needs a value
    after it (a copula, a preposition, a comparison, "convert", "reach": ``sign_openers`` in the
    lexicon) or a mark that opens a clause ("(", "=", ":"). A line that opens with "- " is a list.

    >>> text = "how to convert - 20 degrees; hot - 40 degrees; 10 - 20; a low of − 8; (- 5%)"
    >>> [_spaced_sign_start(text, text.index(n)) for n in ("20 deg", "40", "20;", "8", "5%")]
    [15, -1, -1, 65, 71]
    """
    if s < 3 or text[s - 1] not in " \u00a0" or text[s - 2] not in "-−":
        return -1
    if text[s - 3] in _SIGN_OPENING_MARKS:
        return s - 2
    if text[s - 3] not in " \t\u00a0":
        # "8- 10", "well- 20": a hyphen glued to what stands before it is no sign.
        return -1
    left = text[max(0, s - 27) : s - 3].rstrip(" \t\u00a0")
    if not left or left[-1] in "\r\n":
        return -1
    if left[-1] in _SIGN_OPENING_MARKS:
        return s - 2
    word = left.rsplit(None, 1)[-1].lstrip(OPENERS).lower()
    return s - 2 if word in SIGN_OPENERS else -1


def _end_of_excluded(text: str, atom: Atom, s: int) -> int:
    # "Photo 1 of 12", "Page 2 of 5": the total belongs to the same label.
    tail = _OF_NUMBER.match(text, atom.end)
    pwl = prev_word(text, s).lower().rstrip(".")
    if tail is None and (pwl in MONTHS or pwl in LABEL_BEFORE):
        # "Sept. 12-17", "from July 3 to 28", "paras 7-9": the end of the range is chrome or a date too.
        tail = DAY_RANGE.match(text, atom.end)
    return tail.end() if tail else atom.end


def _rejected_end(text: str, atom: Atom, s: int, e: int, raw: str, value: Decimal, digits_only: bool) -> int:
    """Return where a number that its line or words show to be no claim ends, or -1 to keep it."""
    if is_promo_or_label_line(text, atom.start, atom.end):
        return atom.end
    if digits_only and is_list_index(text, s, e, value):
        return e
    if excluded_by_context(text, atom, raw, digits_only):
        return _end_of_excluded(text, atom, s)
    total = _OF_NUMBER.match(text, atom.end) if digits_only else None
    if total is not None and is_counter_line(text, s, atom.end):
        # "Photo: AFP / 3 of 14": a gallery counter.
        return total.end()
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < len(text) else " "
    if (prev, nxt) in (("(", ")"), ("[", "]")) and digits_only and not atom.unit and value < 100:
        if not (prev == "(" and is_batting_score(text, prev_word(text, s - 1), atom)):
            return e + 1
    if (
        digits_only
        and _AGO.match(text, e)
        and (at_line_start(text, s) or last_left_word(text, s).rstrip(":") in ("updated", "posted", "published"))
    ):
        # "2 hours ago" under a headline is a page time stamp.
        return e
    return -1


def _is_bare(text: str, s: int, e: int, raw: str, prev: str, nxt: str) -> bool:
    """Return whether plain digits stand in a run of numbers with no word, sign or mark near them.

    A table of bare numbers ("5 5 5 ...") holds nothing to read but the numbers: no hedge, unit,
    noun, attribution, range or date can be written without a letter or a mark, so each is an
    exact claim as it stands, read without the word rules (claim-dense text stays fast). A
    number alone on its line (chrome), a year and a phone shape take the full reading.

    >>> _is_bare("5 5 5", 2, 3, "5", " ", " "), _is_bare("5 people 5", 0, 1, "5", " ", " ")
    (True, False)
    """
    # Another number right before it, on its line or closing the line before: the number does not
    # stand alone on a page's line (chrome), which takes the full reading.
    opens_line = prev == "\n"
    if not ((prev in " \t" or opens_line) and nxt in " \t\r\n" and raw[0] != "0" and s >= 2 and text[s - 2].isdigit()):
        return False
    if len(raw) == 4 and "18" <= raw[:2] <= "20":
        return False
    if len(raw) == 3 and PHONE.match(text, s):
        return False
    global _BARE_RUN
    lo, hi = max(0, s - 120), min(len(text), e + 60)
    run_text, run_lo, run_hi = _BARE_RUN
    if not (run_text is text and run_lo <= lo and hi <= run_hi):
        if _BARE_WINDOW.fullmatch(text, lo, s) is None:
            return False
        # The table goes on past this number: remember how far, so that the numbers after it in the
        # same table need no look at their windows (a table is read in time linear in its length).
        run = _BARE_WINDOW.match(text, s)
        run_hi = run.end() if run is not None else s
        _BARE_RUN = (text, lo, run_hi)
        if hi > run_hi:
            return False
    return not opens_line or _is_bare_row_start(text, s, e, raw, hi)


def _is_bare_row_start(text: str, s: int, e: int, raw: str, hi: int) -> bool:
    """Return whether a number opening a line of a table is one of its numbers, as it stands.

    The rules that may read a number opening its line without a word near it are a list's index
    ("2 ... / 3 ..." down the lines), a number alone on its line (chrome) and an editor's
    "(ATTN" note up to 160 characters back; a page's label line ("Comments 12") needs its line
    within the clean window to be sure it holds no word.

    >>> _is_bare_row_start("5 6\\n7 8 9\\n", 4, 5, "7", 11), _is_bare_row_start("5 6\\n7 8 9\\n8 1", 4, 5, "7", 15)
    (True, False)
    """
    if not raw.isdigit() or has_note(text, s - NOTE_REACH, s):
        return False
    return _row_reads_bare(text, s, e, raw, hi)


def _row_reads_bare(text: str, s: int, e: int, raw: str, hi: int) -> bool:
    """Return ``_is_bare_row_start`` for plain digits with no editor's note (``has_note``) before them."""
    if text.find("\n", e, hi) < 0 and hi < len(text):
        return False
    return not is_chrome_line(text, s, e) and not is_list_index(text, s, e, Decimal(raw))


def read_digits(text: str, s: int, e: int) -> tuple[Atom | None, int]:
    """Read the number in digits at [s, e); return it (or None) and where reading stopped.

    >>> atom, end = read_digits("a 4.5-billion-year-old rock", 2, 5)
    >>> atom.value, atom.has_scale, end
    (Decimal('4500000000.0'), True, 13)
    """
    raw = text[s:e]
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < len(text) else " "
    if len(raw) != 3 and _is_bare(text, s, e, raw, prev, nxt):
        # A number in a table of numbers. No skip rule reads it: they look for letters, marks or a
        # phone's group of three digits, and no money word stands near it to join "10 000 dollars".
        value = parse_digits(raw)
        if value is None:
            return None, e
        # Plain digits without a leading zero are already in tidy form.
        return Atom(s, e, value if raw.isdigit() else tidy(value), bare=True), e
    if e - s <= 3 and nxt == " " and text[e + 1 : e + 2].isdigit():
        group = one_group_before_money().match(text, e)
        if group is not None and raw.isdigit():
            # "10 000 dollars": one thousands group after a space, before a currency.
            e = group.end()
            raw = text[s:e]
            nxt = text[e] if e < len(text) else " "
    # skip_number, unrolled: this runs for every run of digits in the text.
    skip = skip_by_neighbours(text, s, e, raw, prev, nxt)
    if skip < 0:
        skip = skip_by_shape(text, s, e, raw, prev, nxt)
    if skip >= 0:
        return None, skip
    value = parse_digits(raw)
    if value is None:
        return None, e
    if len(raw) == 3 and _is_bare(text, s, e, raw, prev, nxt):
        return Atom(s, e, tidy(value), bare=True), e
    if raw == "1" and text[e : e + 4].lower() == "-in-":
        period = read_return_period(text, s, e)
        if period is not None:
            return period, period.end
    sign_at = _spaced_sign_start(text, s) if s > 2 and text[s - 1] in " \u00a0" else -1
    atom, digits_only = _read_whole(text, s, e, raw, value)
    value = atom.value
    e = atom.end
    final = _read_suffix(text, atom, s, raw)
    if final is not None:
        return final
    if s and text[s - 1] in "-−":
        _read_sign(text, atom, s)
    if not read_money_left(text, atom, atom.start):
        read_money_right(text, atom)
    rejected = _rejected_end(text, atom, s, e, raw, value, digits_only)
    if rejected >= 0:
        return None, rejected
    read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, atom.end
    refine_unit(text, atom)
    if sign_at >= 0 and (atom.is_money or atom.unit in _SIGNED_UNITS):
        atom.start = sign_at
        atom.value = -atom.value
    if (
        digits_only
        and len(raw) == 4
        and 1800 <= int(raw) <= 2099
        and not atom.has_scale
        and not atom.is_money
        and not atom.is_percent
        and not atom.unit_locked
    ):
        if not is_counted_year(atom, text):
            if FISCAL.match(text, atom.end):
                return None, atom.end + 3
            return None, atom.end
    return atom, atom.end


# The separator before a number of a run that needs a closer look, in a table with no marks: a line
# break or tab, or a blank after another separator or before one, or before a leading zero, three
# digits, a year's shape or more than 20 digits. Each branch opens with its separator, so the scan
# passes the digits between at a glance.
_RUN_SPECIAL = re.compile(
    r"\n|\t| (?:(?<=[ \t\n] )|(?=[ \t\n]|0|[0-9]{3}(?![0-9])|(?:18|19|20)[0-9]{2}(?![0-9])|[0-9]{21}))"
)
# Plain-digit groups split by single spaces ("12 345 678") read as one number: the scan's third form of
# thousands groups (numerals.DIGITS_AFTER_FIRST), which a run leaves to the scan; found where two
# groups follow a blank (a pattern that opens with its blank, so the regex passes digits at a glance).
_SPACED_GROUPS = re.compile(r"(?<![\w.,])[0-9]{1,3}(?: [0-9]{3}){2}(?![0-9])")
_TWO_GROUPS = re.compile(r" [0-9]{3} [0-9]{3}(?![0-9])")


def _spaced_groups_start(text: str, lo: int, hi: int) -> int:
    """Return where the first number of spaced thousands groups in [lo, hi) starts, or -1.

    Such a number holds two groups after a blank, its first one to three digits before them.

    >>> _spaced_groups_start("5 6 12 345 678 9", 0, 16), _spaced_groups_start("5 6 1234 567 9", 0, 14)
    (4, -1)
    """
    for pair in _TWO_GROUPS.finditer(text, lo, hi):
        blank = pair.start()
        for start in range(max(lo, blank - 3), blank + 2):
            if _SPACED_GROUPS.match(text, start, hi) is not None:
                return start
    return -1


# The longest number a run takes as it stands (longer ones are left to the scan).
_RUN_DIGITS = 20
# The most characters a run reads at once (a table's rest was split whole for every run before).
_RUN_CHARS = 8192


def read_run(text: str, first: Atom) -> tuple[list[int], list[str], Atom | None, int, int]:
    """Read the bare numbers that follow the bare number ``first`` in its table, at once.

    Return their starts and quotes (``first``'s included), a number read after them that is no
    bare one (or None), where the scan goes on (past the last number read) and up to where it
    was consumed. A number between blanks, after another number, with no mark, leading zero or
    year's shape and with its 60 characters after it clean stands as it is (``_is_bare``): such
    numbers are taken in bulk, between the few that need a closer look (``_RUN_SPECIAL``); those
    of plain digits are read by ``read_digits``, as the scan would read them, and the run ends at
    anything else, where the scan takes over again.

    >>> text = " " * 130 + "4 5 6 7 1999 8" + " " * 70
    >>> read_run(text, read_digits(text, 132, 133)[0])
    ([132, 134, 136, 143], ['5', '6', '7', '8'], None, 214, 142)
    """
    starts = [first.start]
    quotes = [text[first.start : first.end]]
    n = len(text)
    run_text, _, clean_hi = _BARE_RUN
    if run_text is not text or clean_hi < first.end or not quotes[0].isdigit():
        return starts, quotes, None, first.end, first.end
    # A number is bare only with 60 clean characters after it (``_is_bare``), and the scan reads
    # "12 345 678" as one number. A run reads at most ``_RUN_CHARS`` at once, since it ends at the first
    # number that is no bare one, often far sooner: the scan starts the next run where this one stops.
    stop = n if clean_hi >= n else clean_hi - 60
    stop = min(stop, first.end + _RUN_CHARS)
    grouped = _spaced_groups_start(text, first.end, min(clean_hi, stop + 16))
    if grouped >= 0:
        stop = min(stop, grouped)
    chunk = text[first.end : stop]
    if len(chunk) < 2 or chunk[0] not in " \t\n":
        return starts, quotes, None, first.end, first.end
    # Each separator is one character: the numbers are what lies between them, the first piece empty
    # (the chunk opens with a separator) and the last perhaps cut by ``stop`` (left to the scan).
    pieces = chunk.replace("\n", " ").replace("\t", " ").split(" ")
    at = list(accumulate(map((1).__add__, map(len, pieces)), initial=first.end))
    end = at[len(pieces) - 1]
    tokens = pieces[1:-1]
    del at[len(pieces) - 1 :], at[0]
    # The numbers that need a closer look: after a tab or line break, empty (two separators in a row)
    # or after an empty one, with a leading zero, three digits (a phone's group), a year's shape, more
    # than 20 digits or anything but digits (a mark: where the table has none, a regex finds the rest).
    if "." in chunk or "," in chunk or "\r" in chunk:
        special = [
            k
            for k, tok in enumerate(tokens)
            if text[at[k] - 1] != " "
            or (size := len(tok)) == 3
            or size > _RUN_DIGITS
            or not size
            or tok[0] == "0"
            or (size == 4 and "1800" <= tok <= "2099")
            or not (k == 0 or tokens[k - 1].isdigit())
            or not tok.isdigit()
        ]
    else:
        found = [m.end() for m in _RUN_SPECIAL.finditer(text, first.end, end)]
        special = [k for k in map(bisect_left, repeat(at), found) if k < len(at)]
    # An editor's note ("ATTN") before a line's first number sends it to the full reading; most runs have
    # none within ``NOTE_REACH`` of any of their numbers, found by one look at the first line's start.
    noted: bool | None = None
    consumed = first.end
    i = 0
    for k in special:
        p = at[k]
        if p < consumed or k < i:
            continue
        if k > i:
            # The numbers between two that need a look stand as they are.
            starts += at[i:k]
            quotes += tokens[i:k]
        tok = tokens[k]
        i = k + 1
        s = p
        e = s + len(tok)
        if not tok:
            continue
        if not tok.isdigit() or len(tok) > _RUN_DIGITS:
            return starts, quotes, None, s, consumed
        size = len(tok)
        if text[s - 2].isdigit() and tok[0] != "0" and size != 3 and not (size == 4 and "1800" <= tok <= "2099"):
            # After a tab, the number stands as it is; a line's first number, when no list index, line
            # of its own or editor's note (``_is_bare_row_start``).
            row_hi = e + 60 if e + 60 < n else n
            if noted is None:
                noted = has_note(text, first.end - NOTE_REACH, stop)
            if text[s - 1] == "\t" or (
                _is_bare_row_start(text, s, e, tok, row_hi) if noted else _row_reads_bare(text, s, e, tok, row_hi)
            ):
                starts.append(s)
                quotes.append(tok)
                continue
        atom, to = read_digits(text, s, e)
        consumed = max(consumed, to)
        if atom is not None:
            if not atom.bare:
                return starts, quotes, atom, e, consumed
            starts.append(s)
            quotes.append(tok)
        if consumed > e:
            # A phone's or date's digits read with this number are no numbers of their own.
            i = bisect_left(at, consumed, i)
    starts += at[i:]
    quotes += tokens[i:]
    return starts, quotes, None, end, consumed
