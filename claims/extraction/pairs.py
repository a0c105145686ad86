"""Ranges and pairs: two numbers read together ("30 to 40", "between 30 and 34", "1 in 5", "3-1", "2 h and 5 min")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .atom import Atom
from .context import last_left_word, left_tokens
from .finish import finish, make_claim
from .model import ClaimDraft
from .money import is_subunit
from .numerals import sign_word_start, tidy
from .qualifiers import left_qualifier
from .runs import Run
from .scores import score_unit, sport_hits, sport_units
from .vocabulary import (
    AGE_WORDS,
    CHANGE_VERBS,
    CONVERSION_OPENERS,
    CRICKET_WORDS,
    DURATION,
    MEASURES,
    OPENERS,
    RESULT_NOUNS,
    SCORE_UNITS,
    TIME_UNITS,
    WS,
    alternation,
    on_first_use,
)

__all__ = ["combine"]

_MAX_GAP = 24
_RATIO_GAP = re.compile(
    WS + r"{1,3}(?:in|out" + WS + r"{1,3}of)(?:" + WS + r"{1,3}every)?" + WS + r"{1,3}\Z", re.IGNORECASE
)
# "30 to 40", "30-40", "20 through 100", "20~100", "8- to 16-meter" (a hyphen left hanging before "to").
_TO_GAP = re.compile(
    r"(?:" + WS + r"{0,2}[-–—~〜]" + WS + r"{0,2}|-?" + WS + r"{1,3}(?:to|through|thru)" + WS + r"{1,3})\Z",
    re.IGNORECASE,
)
_AND_GAP = re.compile(WS + r"{1,3}and" + WS + r"{1,3}\Z", re.IGNORECASE)
_DASH_GAP = re.compile(r"(?:[-–—]|" + WS + r"[-–—]" + WS + r")\Z")
_COMPOUND_GAP = re.compile(r"(?:,?" + WS + r"{1,3}and|,)" + WS + r"{1,3}\Z", re.IGNORECASE)
# "about -270C (-454F)", "some 10 kilometres (or 6.2 miles)": a conversion keeps the first reading's hedge.
_PAREN_GAP = re.compile(
    r"\A[^()\n.;]{0,30}\(" + WS + r"?(?:" + alternation(CONVERSION_OPENERS) + r")?" + WS + r"?\Z", re.IGNORECASE
)
_PART_OF_GAP = re.compile(
    WS + r"{1,3}of" + WS + r"{1,3}(?:(?:the|its|their|his|her|our|these|those)" + WS + r"{1,3})?"
    r"(?:[A-Za-z][\w.]*['’]s" + WS + r"{1,3})?(?:only" + WS + r"{1,3})?",
    re.IGNORECASE,
)
_OF_GAP = re.compile(r"-of-|" + WS + r"{1,2}of" + WS + r"{1,2}", re.IGNORECASE)
_SHOT_AFTER = re.compile(
    r"[ \u00a0-](?:shooting|from" + WS + r"(?:the" + WS + r"(?:field|floor|line|arc)|deep|three|3-point|beyond"
    r"|long"
    + WS
    + r"range)|on"
    + WS
    + r"(?:3-pointers|three-pointers|free"
    + WS
    + r"throws|field"
    + WS
    + r"goals)|free[- ]throws?|field[- ]goals?|3-pointers|three-pointers|from"
    + WS
    + r"the"
    + WS
    + r"spot)",
    re.IGNORECASE,
)
# "range in age from 24 to 61", "aged from 19 to 35": a spread, not a change.
# More values after "from a to b" ("from 12 to 17, 19 and 21"): a series of counts, no range.
_LIST_AFTER = re.compile(
    r"(?:[ \t\u00a0]+[^\W\d_][\w'’-]*)?,[ \t\u00a0]+\d[\d,.]*(?:,[ \t\u00a0]+\d[\d,.]*)*,?[ \t\u00a0]+and[ \t\u00a0]+\d"
)
_SPREAD_LEFT = re.compile(r"(?<![a-z])(?:rang(?:e|es|ed|ing)|aged?|ages|var(?:y|ies|ied|ying))(?![a-z])")


_change_left = on_first_use(
    r"(?<![A-Za-z])(?:"
    + alternation(sorted(CHANGE_VERBS | {"up", "down", "went", "moved", "changed", "revised", "shifted", "swung"}))
    + r")(?![A-Za-z])[^.\n]*\Z",
    re.IGNORECASE,
)


def _scale_of(value: Decimal) -> Decimal | None:
    for scale in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6, Decimal(1000)):
        if value >= scale:
            return scale
    return None


def _read_ratio(text: str, a: Atom, b: Atom) -> list[ClaimDraft] | None:
    """Read "1 in 5", "one out of every 10" as a ratio; "41 in 81-seat house" is a count in a place."""
    if (
        not _RATIO_GAP.match(text[a.end : b.start])
        or a.noun
        or a.has_scale
        or b.has_scale
        or a.is_percent
        or a.is_money
    ):
        return None
    # A ratio has a small or round shape and no modifier after it.
    if (
        a.value == a.value.to_integral_value()
        and b.value == b.value.to_integral_value()
        and 0 < a.value < b.value <= 1000
        and (a.value <= 20 or b.value % 10 == 0)
        and not (text[b.end : b.end + 1] in "-‐" and text[b.end + 1 : b.end + 2].isalpha())
    ):
        value = tidy((a.value / b.value).quantize(Decimal("0.0001")))
        ratio_atom = Atom(a.start, b.end, value, unit="ratio", rule="ratio:in", unit_locked=True)
        return [finish(text, ratio_atom)]
    return None


def _between_start(text: str, a: Atom) -> int:
    toks = left_tokens(text, a.start)
    if toks and toks[-1][0].lower().lstrip(OPENERS) == "between" and text[a.start - 1].isspace():
        tok, pos = toks[-1]
        return pos + len(tok) - len(tok.lstrip(OPENERS))
    return -1


def _read_score(text: str, a: Atom, b: Atom, is_dash: bool) -> list[ClaimDraft] | None:
    """Read "3-1", "112-104", "287-6" as a score with each side in its sport's unit."""
    result_noun = bool(b.noun) and b.noun.split()[0].lower() in RESULT_NOUNS
    # "30-40 seats" is a range: a score needs no counted noun after it, a scoring one ("3-1 goals") or a
    # result ("a 2-1 win").
    if not (
        is_dash
        and a.is_word == b.is_word
        and not a.has_scale
        and not b.has_scale
        and not a.is_money
        and not b.is_money
        and not a.is_percent
        and (not b.noun or b.unit in SCORE_UNITS or result_noun)
        # "118-149 km/h": a measure's symbol after the second side makes a range.
        and (not b.unit_locked or b.unit in SCORE_UNITS)
    ):
        return None
    unit = score_unit(text, a.start, b.end, max(a.value, b.value))
    # Cricket totals and bowling figures ("287-6", "3-48") are scores too.
    if (
        unit
        or result_noun
        or (a.value >= b.value and a.value < 200)
        or (max(a.value, b.value) > 10 >= min(a.value, b.value) and sport_hits(text, a.start, CRICKET_WORDS))
    ):
        units = sport_units(text, a, b, unit or ("goal" if result_noun else "point"))
        a2 = Atom(a.start, a.end, a.value, unit=units[0], rule="score", unit_locked=True)
        b2 = Atom(b.start, b.end, b.value, unit=units[1], rule="score", unit_locked=True)
        return [finish(text, a2), finish(text, b2)]
    return None


def _spread_unit(text: str, a: Atom, unit: str) -> tuple[bool, str]:
    """Return whether "from a to b" is a spread ("aged from 19 to 35") and the unit it gives."""
    left = text[max(0, a.start - 40) : a.start].lower()
    cut = max(left.rfind(". "), left.rfind(","), left.rfind("\n"))
    m_spread = _SPREAD_LEFT.search(left, cut + 1)
    if m_spread is None:
        return False, unit
    if not unit and m_spread.group().startswith("age"):
        unit = "year"
    if not unit and "age" in left[cut + 1 :]:
        unit = "year"
    return True, unit


def _read_range(text: str, a: Atom, b: Atom, is_to: bool, is_dash: bool, between_start: int) -> list[ClaimDraft] | None:
    """Read "30 to 40", "between 30 and 34", "from 62 to 65 cents" as a range, or "from 5 to 7" as a change."""
    low_v = a.value
    if b.is_money and is_subunit(b.noun) and not a.is_money:
        # "from 62 to 65 cents": the first side is in cents too.
        low_v = a.value / 100
    if b.has_scale and not a.has_scale and a.value < 1000:
        scale_m = _scale_of(b.value)
        low_v = a.value * scale_m if scale_m else a.value
    unit = b.unit or a.unit
    # "rose from about 21,000 to 30,000": "from" before the first count's hedge.
    from_to = last_left_word(text, left_qualifier(text, a.start)[0]) == "from" and is_to and not is_dash
    spread = False
    if from_to:
        spread, unit = _spread_unit(text, a, unit)
        if (
            not spread
            and not _change_left().search(text, max(0, a.start - 80), a.start)
            and not _LIST_AFTER.match(text, b.end)
        ):
            # "enable from 50 to 80% to flow": no verb of change before "from", so the two ends make a range; but
            # "ran from 12 to 17, 19 and 21" lists the values a count took.
            spread = True
    if from_to and not spread:
        a2 = Atom(a.start, a.end, low_v, unit=unit, noun=b.noun, rule="change:from", unit_locked=True)
        b.rule = "change:from"
        return [finish(text, a2), finish(text, b)]
    if spread and b.value < low_v <= 0:
        # "ranged from -18C to -34C": negative ends written by size.
        low_v, b.value = b.value, low_v
    if not low_v < b.value:
        return None
    start = between_start if between_start >= 0 else a.start
    if not unit and last_left_word(text, start) in AGE_WORDS:
        # "men aged between 40 and 70": an age range.
        unit = "year"
    rule = "range:between" if between_start >= 0 else ("range:dash" if is_dash else "range:to")
    if between_start < 0:
        new_start, q, _r, _att = left_qualifier(text, start)
        if q in ("approximate",):
            start = new_start
    return [make_claim(text, start, b.end, tidy(low_v), b.value, "range", unit, b.noun, "", rule)]


def read_pair(text: str, a: Atom, b: Atom) -> list[ClaimDraft] | None:
    """Return the claims two close numbers make together (a ratio, score, change or range), or None."""
    if a.noun_end > a.end and a.noun_end <= b.start:
        if a.unit in DURATION or a.unit in TIME_UNITS.values():
            return None
    ratio = _read_ratio(text, a, b)
    if ratio is not None:
        return ratio
    gap = text[a.end : b.start]
    if a.noun_end > a.end:
        return None
    is_dash = bool(_DASH_GAP.fullmatch(gap))
    is_to = bool(_TO_GAP.fullmatch(gap))
    is_and = bool(_AND_GAP.fullmatch(gap))
    if not (is_to or is_and):
        return None
    between_start = _between_start(text, a) if is_and else -1
    if is_and and between_start < 0:
        return None
    score = _read_score(text, a, b, is_dash)
    if score is not None:
        return score
    if (
        (a.unit and b.unit and a.unit != b.unit)
        or (a.is_money and not b.is_money)
        or (a.is_percent and not b.is_percent)
        or (a.noun and a.noun_end > a.end)
    ):
        return None
    if is_to and not is_dash and last_left_word(text, a.start) in CHANGE_VERBS:
        b.rule = "change:to"
        a.rule = "change:to"
        return [finish(text, a), finish(text, b)]
    return _read_range(text, a, b, is_to, is_dash, between_start)


def _read_compound_duration(text: str, a: Atom, b: Atom) -> ClaimDraft | None:
    """Read "2 hours and 5 minutes" as one duration in the smaller unit."""
    gap = text[a.noun_end : b.start]
    if not _COMPOUND_GAP.fullmatch(gap):
        return None
    big, small = a.unit, b.unit
    factor = 1
    unit = big
    while unit in DURATION and unit != small:
        unit, f = DURATION[unit]
        factor *= f
    if unit != small:
        return None
    value = a.value * factor + b.value
    end = b.noun_end if b.noun_end > 0 else b.end
    atom = Atom(
        a.start,
        end,
        tidy(value),
        unit=small,
        noun=text[a.noun_end : end].split()[-1],
        rule="compound_duration",
        unit_locked=True,
    )
    atom.noun = b.noun
    return finish(text, atom)


def _read_two(text: str, atoms: list[Atom | Run], i: int) -> list[ClaimDraft] | None:
    """Return the claims ``atoms[i]`` and the next number make together, or None."""
    a, b = atoms[i], atoms[i + 1]
    assert isinstance(a, Atom) and isinstance(b, Atom)
    if 0 <= b.start - a.end <= _MAX_GAP and not a.vague and not b.vague:
        pair = read_pair(text, a, b)
        if pair is not None and len(pair) == 1 and not pair[0].unit and i + 2 < len(atoms):
            # "between 30 and 34 of the 67 seats": the range counts what the whole counts.
            c = atoms[i + 2]
            if (
                isinstance(c, Atom)
                and c.unit
                and 0 < c.start - b.end <= 24
                and _PART_OF_GAP.fullmatch(text, b.end, c.start)
            ):
                pair = [replace(pair[0], unit=c.unit)]
        if pair is not None:
            return pair
    if a.unit in DURATION and b.unit and a.noun_end > 0 and 0 <= b.start - a.noun_end <= 8:
        merged = _read_compound_duration(text, a, b)
        if merged is not None:
            return [merged]
    return None


def _mark_shots(text: str, a: Atom, b: Atom) -> None:
    if (
        0 < b.start - a.end <= 6
        and _OF_GAP.fullmatch(text, a.end, b.start)
        and _SHOT_AFTER.match(text, b.end)
        and not a.is_money
        and not a.is_percent
    ):
        # "2 of 9 from 3-point range", "6-of-19 shooting": made and attempted shots.
        a.unit = b.unit = "shot"
        a.noun = ""
        a.unit_locked = b.unit_locked = True


_ALTERNATIVE_GAP = re.compile(r"(?:,?" + WS + r"{1,2}(?:and|or)|,|/)" + WS + r"{1,2}\Z", re.IGNORECASE)


def _share_whole_unit(text: str, a: Atom, b: Atom) -> None:
    if (
        not a.unit
        and not a.noun
        and b.unit_locked
        and not b.is_money
        and (b.unit in MEASURES or b.is_percent)
        and 0 < b.start - a.end <= 6
        and _ALTERNATIVE_GAP.fullmatch(text, a.end, b.start)
    ):
        # "given 45 and 50 mg", "3 or 4 km": a measure written once after two numbers.
        a.unit = b.unit
        return
    if not a.unit and b.unit and not a.vague and 0 < b.start - a.end <= 24:
        # "three of the five suspects", "12 of Spain's 17 regions", "41 in 81-seat house": the part counts
        # what the whole counts.
        if _PART_OF_GAP.fullmatch(text, a.end, b.start) or (
            b.rule == "hyphen_modifier" and text[a.end : b.start] == " in "
        ):
            a.unit, a.noun = b.unit, b.noun


def _inherited_qualifier(text: str, a: Atom, prev: Atom | None, prev_qualifier: str) -> str:
    if prev is not None and prev_qualifier in ("approximate", "at_least", "at_most"):
        # A conversion changes the unit; "(-273.15C)" after "about -270C" is a second reading.
        if (
            0 <= a.start - prev.end <= 40
            and _PAREN_GAP.match(text[prev.end : a.start])
            and not (a.unit and a.unit == prev.unit)
        ):
            return prev_qualifier
    return ""


_BOUNDS = ("at_least", "at_most")
_BOUND_GAP = re.compile(r"(?:,?" + WS + r"{1,3}and|,)" + WS + r"{1,3}\Z", re.IGNORECASE)


def _join_bounds(text: str, claims: list[ClaimDraft | Run]) -> list[ClaimDraft | Run]:
    """Join a lower and an upper bound said together into one range: "more than 30 and less than 40".

    The two must stand side by side (only "and" or a comma between them), bound opposite sides, share a
    unit (or leave one out) and leave room between them; "x>10 and y<20" has a word between and stays two.
    """
    joined: list[ClaimDraft | Run] = []
    i = 0
    while i < len(claims):
        a = claims[i]
        b = claims[i + 1] if i + 1 < len(claims) else None
        if (
            isinstance(a, ClaimDraft)
            and isinstance(b, ClaimDraft)
            and a.qualifier in _BOUNDS
            and b.qualifier in _BOUNDS
            and a.qualifier != b.qualifier
            and 0 < b.start - a.end <= 8
            and _BOUND_GAP.fullmatch(text, a.end, b.start)
            and (not a.unit or not b.unit or a.unit == b.unit)
        ):
            low = a.low if a.qualifier == "at_least" else b.low
            high = a.high if a.qualifier == "at_most" else b.high
            if low is not None and high is not None and low < high:
                unit = a.unit or b.unit
                joined.append(
                    make_claim(text, a.start, b.end, low, high, "range", unit, b.noun or a.noun, "", "range:bounds")
                )
                i += 2
                continue
        joined.append(a)
        i += 1
    return joined


def combine(text: str, atoms: list[Atom | Run]) -> list[ClaimDraft | Run]:
    """Return the claims of the numbers read, pairing neighbours into ranges, scores, ratios and durations.

    A run of a table's bare numbers stands between bare numbers (``extractor._read_atoms``), which
    make no pair: it is passed on whole.
    """
    for atom in atoms:
        if (
            isinstance(atom, Atom)
            and not atom.bare
            and not atom.vague
            and atom.value > 0
            and text[atom.start - 1 : atom.start] in (" ", "\t", "\u00a0")
        ):
            sign = sign_word_start(text, atom.start)
            if sign >= 0:
                # "minus five percent", "negative ten": the sign written as a word.
                atom.start = sign
                atom.value = -atom.value
    claims: list[ClaimDraft | Run] = []
    i = 0
    n = len(atoms)
    prev_claim: Atom | None = None
    prev_qualifier = ""
    while i < n:
        a = atoms[i]
        if isinstance(a, Run):
            claims.append(a)
            prev_claim, prev_qualifier = None, "exact"
            i += 1
            continue
        if a.bare and (i + 1 == n or atoms[i + 1].bare):
            # Two bare numbers make no pair: only blanks and separators stand between them.
            claims.append(finish(text, a))
            prev_claim, prev_qualifier = a, "exact"
            i += 1
            continue
        if i + 1 < n:
            b = atoms[i + 1]
            # A run follows only a bare number (``extractor._append_run``).
            assert isinstance(b, Atom)
            if 0 < b.start - a.end <= 6:
                _mark_shots(text, a, b)
            two = _read_two(text, atoms, i)
            if two is not None:
                claims.extend(two)
                prev_claim, prev_qualifier = b, two[-1].qualifier
                i += 2
                continue
            if not a.unit and b.unit:
                _share_whole_unit(text, a, b)
        inherited = ""
        if prev_qualifier in ("approximate", "at_least", "at_most"):
            inherited = _inherited_qualifier(text, a, prev_claim, prev_qualifier)
        claim = finish(text, a, inherited)
        claims.append(claim)
        prev_claim, prev_qualifier = a, claim.qualifier
        i += 1
    return _join_bounds(text, claims)
