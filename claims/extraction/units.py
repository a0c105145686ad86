"""Units: percent, scale and unit suffixes on a number, and the unit read from the words around it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import replace
from decimal import Decimal

from .atom import Atom
from .changes import series_before
from .context import last_left_word
from .corrections import FIRST_WORDS, GIVING_WORDS, NOT, is_correction
from .measures import degree_unit
from .model import ClaimDraft
from .money import currency_by_place, currency_named_before, won_by_place
from .nouns import is_plain_plural, is_toll_count, unit_for
from .numerals import IRREGULAR_PLURALS
from .qualifiers import left_qualifier
from .runs import Run
from .scores import has_result_verb, is_poll_context, margin_unit
from .sentences import has_sentence_end, sentence_around, sentence_end_after
from .vocabulary import (
    AGE_HEDGES,
    ANIMAL_COLLECTIVES,
    COUNT_VERBS,
    COUNTING_UNITS,
    CURRENCY_BY_PLACE,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DEATH_WORDS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    GATHERINGS,
    LENGTH_UNITS,
    LEX,
    LOOSE_BEFORE,
    MARGIN_VERBS,
    MEASURE_UNITS,
    MEASURES,
    MONTHS,
    NOT_INHERITED,
    PEOPLE_COLLECTIVES,
    PERSON,
    POSSESSIVE_DETERMINERS,
    RATE_UNITS,
    SAME_PLURALS,
    SCALE_SUFFIX,
    SCALE_WORDS,
    SPACED_ABBR,
    TEMPERATURE_WORDS,
    TIME_UNITS,
    TIME_ZONES,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    WEEKDAYS,
    WS,
    alternation,
    on_first_use,
    spaced,
)

# The rule a claim carries when it takes its unit from the count before it (``inherit_units``).
INHERITED_RULE = "unit:inherited"

__all__ = [
    "GLUED",
    "SPACED_AFTER",
    "TALLY_UNITS",
    "apply_spaced",
    "inherit_units",
    "is_bare_temperature",
    "lookup_ci",
    "refine_unit",
    "restated_units",
]

GLUED = re.compile(
    r"(?P<ord>st|nd|rd|th)(?![A-Za-z])"
    r"|(?P<pct>" + alternation(LEX["percent_glued"]) + r")(?![A-Za-z])"
    r"|(?P<unit>" + alternation(list(UNIT_SYMBOLS)) + r")(?![A-Za-z0-9])"
    r"|(?P<scale>" + alternation(list(SCALE_SUFFIX)) + r")(?![A-Za-z0-9])"
    r"|(?P<time>[ap]\.?m\.?)(?![A-Za-z])"
    r"|(?P<letters>[A-Za-z'’]|°)",
    re.IGNORECASE,
)
SPACED_AFTER = re.compile(
    WS + r"{1,2}(?:"
    r"(?P<scale>" + alternation(list(SCALE_WORDS) + list(SPACED_ABBR)) + r")(?![A-Za-z])"
    r"|(?P<pp>" + spaced(LEX["percentage_point_words"]) + r")(?![A-Za-z])"
    r"|(?P<pct>" + spaced(LEX["percent_words"]) + r")(?![A-Za-z])"
    r"|(?P<time>[ap]\.m\.|[ap]m(?![A-Za-z])|o['’]clock|" + alternation(TIME_ZONES) + r"|hrs(?![A-Za-z]))"
    r"|(?P<unit>" + alternation([u for u in UNIT_SYMBOLS if len(u) > 1]) + r")(?![A-Za-z0-9])"
    r")",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[A-Za-z]")
_POWERS = {"squared": "2", "cubed": "3"}
_POWER_AFTER = re.compile(WS + r"(squared|cubed)(?![A-Za-z])", re.IGNORECASE)
_POINTS = re.compile(WS + r"{1,2}points?(?![A-Za-z])")
# "12.4 kilometres per second", "80 miles an hour", "1,500 cubic metres of water an hour": a speed or a flow.
_PER_TIME = re.compile(
    WS
    + r"{1,2}(?:of"
    + WS
    + r"{1,2}[a-z]+"
    + WS
    + r"{1,2})?(per|an|a)"
    + WS
    + r"{1,2}(second|hour|minute)(?![A-Za-z])",
    re.IGNORECASE,
)
# "2 milligrams per litre", "112 grains per cubic metre": an amount measured against a unit of another measure.
_PER_MEASURE = re.compile(
    WS + r"{1,2}per" + WS + r"{1,2}((?:cubic|square)" + WS + r"{1,2}[a-z]+|[a-z]+)(?![A-Za-z])", re.IGNORECASE
)
_PER_DOLLAR = re.compile(
    WS + r"{0,2}(?:per|to" + WS + r"the|against" + WS + r"the)" + WS + r"(dollar|euro|pound)(?![A-Za-z])", re.IGNORECASE
)
# Bodies of people and of animals: "a crowd of 27,408" counts people, "the herd numbered seven" animals.
_COLLECTIVES = [*LEX["collective_nouns"], *ANIMAL_COLLECTIVES]
_COLLECTIVE_OF = re.compile(
    r"(?<![A-Za-z])(" + alternation(_COLLECTIVES) + r")" + WS + r"{1,2}of" + WS + r"{1,2}\Z", re.IGNORECASE
)
_collective_is = on_first_use(
    r"(?<![A-Za-z])("
    + alternation(_COLLECTIVES)
    + r")(?::|"
    + WS
    + r"(?:(?:reportedly|allegedly|officially|initially)"
    + WS
    + r")?(?:at|is|was|were|stood"
    + WS
    + r"at|rose"
    + WS
    + r"to|fell"
    + WS
    + r"to|grew"
    + WS
    + r"to|reached|totalled|totaled|numbered)(?:"
    + WS
    # "the crowd was likely between 35,000 and 45,000": an adverb of likelihood after the verb.
    + r"+(?:"
    + alternation(LEX["likelihood_adverbs"])
    + r"))?(?:"
    + WS
    # "... between 35,000 and 45,000": a range's first number.
    + r"+between)?)"
    + WS
    + r"{1,2}\Z",
    re.IGNORECASE,
)
# The words a collective's phrase ends with, right before the number: "a crowd of", "the toll stood at".
_COLLECTIVE_LAST_WORDS = frozenset(
    (
        "of",
        "is",
        "was",
        "were",
        "at",
        "to",
        "reached",
        "totalled",
        "totaled",
        "numbered",
        "between",
        *LEX["likelihood_adverbs"],
    )
)
_GAME_RUN = re.compile(
    WS
    + r"{1,2}(?:in"
    + WS
    + r"a"
    + WS
    + r"row|straight|consecutive|on"
    + WS
    + r"the"
    + WS
    + r"(?:trot|spin))(?![A-Za-z])",
    re.IGNORECASE,
)
_OF_LAST = re.compile(
    WS + r"{1,2}of" + WS + r"{1,2}(?:its|their|his|her|the)" + WS + r"{1,2}last(?![A-Za-z])", re.IGNORECASE
)


def is_bare_temperature(text: str, s: int, e: int) -> bool:
    """Return whether "43C" is a temperature: a plausible value, then weather words near it.

    >>> is_bare_temperature("Temperatures climbed to 44.6C in the town.", 24, 28)
    True
    >>> is_bare_temperature("He sat in seat 43C on the plane.", 15, 17)
    False
    """
    after = text[e + 1 : e + 2]
    if after and (after.isalnum() or after in "-/"):
        return False
    if text[s - 1 : s] == "#" or not float(text[s:e].replace(",", "")) <= 6000:
        return False
    if text[s - 1 : s] == "-" and s >= 2 and text[s - 2] not in " \t\u00a0(\n":
        # "A-4C": a code, not a signed reading.
        return False
    window = text[max(0, s - 120) : e + 80].lower()
    return any(w in window for w in TEMPERATURE_WORDS)


def lookup_ci(table: dict[str, str], key: str) -> str:
    """Return ``table``'s value for ``key`` compared without case, or the key itself.

    >>> lookup_ci({"kWh": "kWh"}, "KWH"), lookup_ci({}, "zz")
    ('kWh', 'zz')
    """
    low = key.lower()
    for k, v in table.items():
        if k.lower() == low:
            return v
    return key


def _scale_factor(word: str) -> int:
    return SCALE_WORDS.get(word) or SPACED_ABBR[word]


def _apply_scale(text: str, atom: Atom, sp: re.Match[str]) -> int:
    factor = _scale_factor(sp.group("scale").lower())
    atom.value = atom.value * factor
    atom.has_scale = True
    end = sp.end()
    more = SPACED_AFTER.match(text, end)
    if more is not None and more.lastgroup == "scale":
        second = _scale_factor(more.group("scale").lower())
        if second > factor:
            # "Rs 7.8 lakh crore", "two hundred million": scale words multiply.
            atom.value = atom.value * second
            end = more.end()
            more = SPACED_AFTER.match(text, end)
    if more is not None and more.lastgroup in ("pct", "pp"):
        return apply_spaced(text, atom, more, end)[0]
    return end


def apply_spaced(text: str, atom: Atom, sp: re.Match[str], end: int) -> tuple[int, bool]:
    """Read a word after the number and a blank (a scale, percent or unit) into ``atom``; return (end, unread)."""
    kind = sp.lastgroup
    if kind == "scale":
        return _apply_scale(text, atom, sp), False
    if kind == "pp":
        atom.unit = "percentage_point"
        atom.is_percent = True
        return sp.end(), False
    if kind == "pct":
        atom.unit = "percent"
        atom.is_percent = True
        end = sp.end()
        pp = _POINTS.match(text[end : end + 10])
        if pp is not None and sp.group("pct").lower().startswith("percent"):
            atom.unit = "percentage_point"
            end += pp.end()
        return end, False
    if kind == "unit":
        atom.unit = UNIT_SYMBOLS.get(sp.group("unit"), lookup_ci(UNIT_SYMBOLS, sp.group("unit")))
        atom.unit_locked = True
        if atom.unit == "degree":
            atom.unit = degree_unit(text, atom.start, sp.end(), atom.value)
        power = _POWER_AFTER.match(text, sp.end())
        if power is not None and atom.unit + _POWERS[power.group(1).lower()] in MEASURE_UNITS:
            # "4 km squared", "4 km cubed".
            atom.unit += _POWERS[power.group(1).lower()]
            return power.end(), False
        return sp.end(), False
    return end, True


def _refine_money(text: str, atom: Atom) -> None:
    if atom.noun and atom.noun.lower() in CURRENCY_BY_PLACE:
        atom.unit = currency_by_place(text, atom.start, atom.noun.lower(), atom.unit)
    elif atom.unit == "KRW" and not atom.has_scale and atom.noun.lower() == "won":
        # North Korean market prices are in KPW; budgets in "trillion won" stay Seoul's.
        atom.unit = won_by_place(text, atom.start)


def refine_unit(text: str, atom: Atom) -> None:
    """Correct a unit by the words around the number: a collective or verb before it, a poll, a country."""
    if atom.is_money:
        _refine_money(text, atom)
        return
    unit = atom.unit
    if unit == "point" and atom.rule != "score":
        if is_poll_context(text, atom.start, atom.end):
            atom.unit = "percentage_point"
        return
    if unit and unit != "person" and (atom.noun_end > 0 or atom.unit_locked):
        rate = _rate_unit(text, atom)
        if rate is not None:
            atom.unit = rate[0]
            if atom.noun_end > 0:
                atom.noun_end = rate[1]
        return
    if unit or atom.noun or atom.unit_locked or atom.is_percent or atom.vague:
        return
    if not _LETTER.search(text, max(0, atom.start - 60), atom.end + 40):
        # A bare number among numbers: no collective, verb or rate word to read.
        return
    q_start, _q, rule, _att = left_qualifier(text, atom.start)
    if not _refine_by_words(text, atom, q_start):
        _refine_by_verb(text, atom, q_start, rule)


def _rate_unit(text: str, atom: Atom) -> tuple[str, int] | None:
    """Return the unit of a rate told after a number's unit, with where its words end, or None for no rate.

    Only a speed or a flow is a rate in time ("90 km an hour", "410 cubic metres a second"); any other amount in
    time keeps its unit, as outlets write it with "a" or "per" ("12 litres a day", "300 tonnes per year"). Against
    a unit of another measure, after "per", any amount but people is a rate ("2 milligrams per litre"); people
    per area stay people, as outlets count them ("three people per square metre").

    >>> _rate_unit("Gusts of 85 km an hour", Atom(9, 14, Decimal(85), unit="km"))
    ('km/h', 22)
    >>> _rate_unit("a pace of 6 metres an hour", Atom(10, 11, Decimal(6), unit="m", noun_end=18))
    >>> _rate_unit("Nitrate at 14 mg per litre", Atom(11, 16, Decimal(14), unit="mg"))
    ('mg per liter', 26)
    """
    at = atom.noun_end if atom.noun_end > 0 else atom.end
    per = _PER_TIME.match(text, at)
    if per is not None:
        rate = RATE_UNITS.get((atom.unit, TIME_UNITS[per.group(2).lower()]))
        return None if rate is None else (rate, per.end())
    per = _PER_MEASURE.match(text, at)
    if per is None:
        return None
    base = UNIT_WORDS.get(re.sub(WS + "+", " ", per.group(1).lower()), "")
    if base not in MEASURE_UNITS or base in DURATION_UNITS:
        return None
    return f"{atom.unit} per {base}", per.end()


# "7.0 on the scale of the national institute", "6.1 on its scale": a reading on a scale.
_ON_SCALE = re.compile(WS + r"+on" + WS + r"+(?:the|a|its|their)" + WS + r"[^.;]{0,40}?(?<![\w-])scale(?![\w-])")
_QUAKE = re.compile(r"(?<![\w-])(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic)(?![\w-])", re.IGNORECASE)


def _refine_by_words(text: str, atom: Atom, q_start: int) -> bool:
    """Read the unit of a bare number from a collective before it or a scale or rate after it."""
    # 'the crowd was "nearly half a million"': a quotation mark opening the number stands outside the phrase.
    left = text[max(0, q_start - 40) : q_start].rstrip('"“')
    tokens = left.split()
    last = tokens[-1].lower() if tokens else ""
    # Both shapes end in "of", a colon or one of their verbs: only then is the search worth its cost.
    m = (
        (_COLLECTIVE_OF.search(left) or _collective_is().search(left))
        if last in _COLLECTIVE_LAST_WORDS or last.endswith(":")
        else None
    )
    if m is not None:
        # "a crowd of 27,408", "a population of about 60,000", "a magnitude of about 11", "a herd of 40".
        word = m.group(1).lower()
        atom.unit = (
            "magnitude"
            if word == "magnitude"
            else _member_unit(text, max(0, q_start - 40) + m.start(1)) or ANIMAL_COLLECTIVES.get(word, "person")
        )
        return True
    after = text[atom.end : atom.end + 60]
    if "Richter" in after or "magnitude scale" in after:
        atom.unit = "magnitude"
        return True
    if "scale" in after and _ON_SCALE.match(after) and _QUAKE.search(text, max(0, q_start - 200), atom.end + 120):
        # "The quake measured 7.0 on the scale of Peru's Geophysical Institute": a quake's scale is its magnitude.
        atom.unit = "magnitude"
        return True
    per = _PER_DOLLAR.match(after)
    if per is not None:
        # "weakened to 151.7 per dollar": an exchange rate against the currency named before it.
        code = currency_named_before(text, atom.start)
        if code:
            atom.unit = code + "/" + CURRENCY_WORDS.get(per.group(1).lower() + "s", "USD")
        return True
    return False


# The word before a collective, maybe naming its members: "the dog population", "the prison population".
_MEMBER_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)" + WS + r"+\Z")
# How far from a collective the text must name its members in the plural.
_MEMBER_REACH = 600


def _member_unit(text: str, start: int) -> str:
    """Return the unit of the members a noun right before a collective (at ``start``) names, people aside, or "".

    "The office puts the dog population at about 90,000" counts dogs when the text counts dogs, in the plural, near
    it; "the prison population" counts people, and "the local population" names no members.
    """
    word = _MEMBER_BEFORE.search(text, max(0, start - 30), start)
    if word is None or word.group(1) in FUNCTION_WORDS:
        return ""
    members = re.compile(r"(?<![\w'’-])" + word.group(1) + r"e?s(?![\w'’-])", re.IGNORECASE)
    named = members.search(text, max(0, start - _MEMBER_REACH), start + _MEMBER_REACH)
    unit = _noun_unit(named.group(0).lower()) if named is not None else ""
    return "" if unit == "person" else unit


def _refine_by_verb(text: str, atom: Atom, q_start: int, rule: str) -> None:
    """Read the unit of a bare number from the hedge and verb before it: an age, games won, a margin."""
    before = last_left_word(text, q_start)
    if rule.startswith("hedge:") and rule[6:] in AGE_HEDGES and atom.value <= 120 and unit_for(before) == "person":
        # "users under 16", "adults over 65": an age.
        atom.unit = "year"
        return
    if _GAME_RUN.match(text, atom.end) or before == "last" or _OF_LAST.match(text, atom.end):
        if has_result_verb(text, q_start):
            # "won five in a row", "lost five of its last seven".
            atom.unit = "game"
            return
    by_verb = before == "by" and last_left_word(text, text.rfind("by", max(0, q_start - 6), q_start)) in MARGIN_VERBS
    if before in MARGIN_VERBS or by_verb:
        margin = margin_unit(text, atom.start, atom.end, atom.value)
        if margin:
            atom.unit = margin


# A rival reading of one measurement: "measured the quake at magnitude 6.8, while the institute put it at 7.0".
_RIVAL_MEASURE = re.compile(r"(?:while|whereas|but|;)[^.;]*?(?:\bit|\bthem)" + WS + r"+at" + WS + r"+$")


# A source's count, its noun left out: "..., while the interior ministry counted 312,000", "the CGT claimed 3.5
# million", "the organisers' 550,000".
# "said the number was nearer 16,000": words that set the number against another also stand between.
_HEDGE_BEFORE = r"(?:(?:nearer|closer" + WS + r"+to|more" + WS + r"+like)" + WS + "+)?" + LOOSE_BEFORE + "$"
# ... its number maybe quoted: 'gave its own figure of "around 90,000"'.
_QUOTED_HEDGE_BEFORE = r"[\"“]?" + _HEDGE_BEFORE
_RIVAL_VERB = re.compile(
    r"(?<![\w'’-])(?:counted|counts|put[ \t\u00a0]+(?:it|the[ \t\u00a0]+\w+)[ \t\u00a0]+at"
    r"|(?:estimated|estimates|placed|places|pegged|pegs)[ \t\u00a0]+(?:it|them)[ \t\u00a0]+at"
    r"|(?:spoke|speaks|speak)[ \t\u00a0]+of|estimated|estimates|said|says|say"
    r"|reported|reports|claimed|claims|recorded|registered|logged|logs|tallied|gave|gives|repeated|stuck[ \t\u00a0]+to|sticks[ \t\u00a0]+to"
    r"|stood[ \t\u00a0]+by|stands[ \t\u00a0]+by)" + WS + "+" + _QUOTED_HEDGE_BEFORE
)
_SOURCE_COUNT = re.compile(
    _RIVAL_VERB.pattern
    # "The union says there were as many as 60": a count given again with its noun left out.
    + r"|(?<![\w'’-])there"
    + WS
    + r"+(?:were|are|had"
    + WS
    + r"+been|have"
    + WS
    + r"+been)"
    + WS
    + r"+[\"“]?(?:as"
    + WS
    + r"+many"
    + WS
    + r"+as"
    + WS
    + r"+)?"
    + _HEDGE_BEFORE
    # "says the true number is nearly 40", "put the number still underground at 15", "raising the count from 24",
    # "its own figure of 90,000", "her count from the register stood at 118": a count of counts is a count of what
    # the text counted.
    # "The agency's estimates rose from 21,000", "the coroner's count reached 28", "the figure was now 940", "Rio
    # Vivo's count remains more than 600".
    + r"|(?<![\w'’-])(?:"
    + alternation(list(COUNTING_UNITS))
    + r")s?(?:"
    + WS
    + r"+[a-z-]+){0,4}?"
    + WS
    + r"+(?:is|was|at|to|from|of|remains|remained|has"
    + WS
    + r"+been|had"
    + WS
    + r"+been|"
    + alternation(LEX["reach_verbs"])
    + r")(?:"
    + WS
    + r"+(?:now|still|already))?"
    + WS
    + "+"
    + _QUOTED_HEDGE_BEFORE
    # "the organisers' 550,000"; "The union's went from about 65,000", "the ministry's rose to 40": a source's count,
    # its noun left out after the possessive.
    + r"|(?<=\w)(?:['’]s|s['’])"
    + WS
    + r"+(?:(?:(?:had|has|have)"
    + WS
    + r"+)?(?:"
    + alternation([*LEX["reach_verbs"], *LEX["series_verbs"], "is", "was"])
    + r")(?:"
    + WS
    + r"+(?:from|to|at|by))?"
    + WS
    + r"+)?"
    + _QUOTED_HEDGE_BEFORE
    # '"Their figure is 26,000, ours is 18,000"': a possessive pronoun stands for the source's count; '"It was not
    # 100,000"': a pronoun for the count in question.
    + r"|(?<![\w'’-])(?:ours|theirs|mine|yours|his|hers|it|that)"
    + WS
    + r"+(?:is|was|are|were)"
    + WS
    + r"+(?:not"
    + WS
    + "+)?"
    + _QUOTED_HEDGE_BEFORE
    # "All 21 were taken to the centre", "far more than the roughly 50 the coast guard estimated": named again.
    + r"|(?<![\w'’-])(?:the|those|these|all|all[ \t\u00a0]+(?:of[ \t\u00a0]+)?the)"
    + WS
    + "+"
    + _HEDGE_BEFORE,
    re.IGNORECASE,
)
# "while", "whereas", a semicolon, or a comma and "and" or "but" ("said about 40 hours, and campaigners said 212").
_CONTRAST = re.compile(r"(?<![\w'’-])(?:while|whereas)(?![\w'’-])|;|," + WS + r"+(?:and|but)(?![\w'’-])")
# How far back a rival's count looks for the count it answers.
_RIVAL_REACH = 400
# "far more than the company's about 40", "fewer than the campaigners' 212", 'above the police's "about six"': a
# source's count set against the count before it, its head left out after the possessive.
_THAN_OWNER = re.compile(
    r"(?<![\w'’-])(?:than|above|below)"
    + WS
    + r"+(?:the"
    + WS
    + r"+)?(?:[\w-]+"
    + WS
    + r"+){0,3}?[\w-]+(?:['’]s|s['’])"
    + WS
    + "+"
    + _QUOTED_HEDGE_BEFORE,
    re.IGNORECASE,
)


def _is_rival_count(text: str, end: int, start: int) -> bool:
    """Return whether the bare number at ``start`` is a rival's count answering the count ending at ``end``."""
    if not 0 <= start - end <= _RIVAL_REACH:
        return False
    if _THAN_OWNER.search(text, max(end, start - 60), start) and not has_sentence_end(text, end, start):
        return True
    verb = _RIVAL_VERB.search(text, max(end, start - 40), start)
    return verb is not None and _CONTRAST.search(text, end, verb.start()) is not None


# "40 of the people detained": a part of a whole named after it, not a count named again.
_OF_AFTER = re.compile(
    WS + r"+of" + WS + r"+(?:the|its|their|his|her|our|these|those|them|us)(?![\w'’-])", re.IGNORECASE
)
# How far back a source's count with its noun left out looks for the count it gives again.
_SOURCE_REACH = 600
# Words that set one number against another ("against 23,000"), and how far apart in size like numbers may be.
_COMPARING = r"against|versus|vs\.?|compared[ \t\u00a0]+(?:with|to)|up[ \t\u00a0]+from|down[ \t\u00a0]+from"
_COMPARED = re.compile(r"(?<![\w'’-])(?:" + _COMPARING + ")" + WS + "+" + _HEDGE_BEFORE, re.IGNORECASE)
_LIKE_RATIO = 10
# "put arrivals at about 34,000", "put the supplier jobs at 5,000", "put the crowd at its peak at 110,000": the noun
# between (the last of up to three words) names what the number counts.
_PUT_AT = re.compile(
    r"(?<![\w'’-])put"
    + WS
    + r"+(?:(?:the|its|their)"
    + WS
    + r"+)?(?:[a-z-]+"
    + WS
    + r"+){0,2}?([a-z]+)(?:"
    + WS
    + r"+(?:at|on)"
    + WS
    + r"+(?:its|the|their)"
    + WS
    + r"+[a-z]+)?"
    + WS
    + r"+at"
    + WS
    + "+"
    + _HEDGE_BEFORE
)
# "put houses destroyed or badly damaged at 870", "put the number forced from their homes at 70,000": a longer phrase
# between, read for its head (``_put_phrase_unit``).
_PUT_PHRASE_AT = re.compile(
    r"(?<![\w'’-])(?:put|puts|putting|estimated|estimates|estimating|placed|places|pegged|pegs)"
    + WS
    + r"+((?:[\w'’-]+"
    + WS
    + r"+){1,9}?)at"
    + WS
    + "+"
    + _HEDGE_BEFORE,
    re.IGNORECASE,
)
# Words that end the head noun's phrase in a "put ... at" phrase: what follows modifies the head.
_PUT_PHRASE_STOPS = frozenset(("from", "in", "at", "on", "across", "after", "during", "among", "since", "by", "to"))
_NOT_PARTICIPLES = frozenset(("then", "when", "often", "even", "seven", "eleven", "need"))
_PUT_DETERMINERS = POSSESSIVE_DETERMINERS | frozenset(("the", "total"))


def _put_phrase_unit(phrase: str) -> str:
    """Return the unit the words between "put" and "at" name: their first plural head, or people a count of counts
    names by a participle ("the number forced from their homes"); "" when none.

    >>> _put_phrase_unit("houses destroyed or badly damaged "), _put_phrase_unit("the number forced from their homes ")
    ('house', 'person')
    >>> _put_phrase_unit("this year's dengue deaths "), _put_phrase_unit("the blame squarely ")
    ('person', '')
    """
    # "this year's dengue deaths": a possessive names whose count it is, not what it counts.
    words = _without_determiners([word for word in phrase.split() if not word.lower().endswith(("'s", "’s"))])
    for at, word in enumerate(words):
        low = word.lower()
        if low in _PUT_PHRASE_STOPS:
            return ""
        if low in COUNTING_UNITS:
            after = words[at + 1].lower() if at + 1 < len(words) else ""
            # "the number forced from their homes", "the total driven out": a participle names what befell people.
            return "person" if after.endswith(("ed", "en")) and after not in _NOT_PARTICIPLES else ""
        unit = _noun_unit(word)
        if unit:
            return unit
    return ""


def _is_counts_phrase(phrase: str) -> bool:
    """Return whether the words between "put" and "at" open with a count of counts ("the number underground").

    >>> _is_counts_phrase("the number underground at the time of the collapse "), _is_counts_phrase("the blame ")
    (True, False)
    """
    words = _without_determiners(phrase.split())
    return bool(words) and words[0].lower() in COUNTING_UNITS


def _without_determiners(words: list[str]) -> list[str]:
    """Return a phrase's words after the determiners that open it ("the", "its": ``_PUT_DETERMINERS``)."""
    at = 0
    while at < len(words) and words[at].lower() in _PUT_DETERMINERS:
        at += 1
    return words[at:]


# "its figure for Wednesday's postponed operations should have been 1,120", "the count of ballots cast in the north
# was 2,100", "raised its estimate of the crates that had left the depot before the recall to some 5,000": a count of
# counts names its plural after "for" or "of", a verb phrase after it; so does a change in a count after "in" ("cut
# the planned increase in training places for next year to 900").
_COUNT_FOR = re.compile(
    r"(?<![\w'’-])(?:(?:figure|number|count|total|tally|estimate)s?"
    + WS
    + r"+(?:for|of)|(?:increase|rise)s?"
    + WS
    + r"+in)"
    + WS
    + r"+(?:[\w'’-]+"
    + WS
    + r"+){0,3}?"
    # "the count of injured stands at 105": the count's verb is no plural it names.
    + r"(?!(?:"
    + alternation(sorted(COUNT_VERBS))
    + r")(?![\w'’-]))([a-z][a-z-]*s|"
    + alternation(sorted(SAME_PLURALS))
    + r")(?:(?:"
    + WS
    + r"+[\w'’-]+){0,9}?,?"
    + WS
    + r"+(?:is|was|were|are|been|at|to)"
    # "Monday's figure for cancellations, 142 according to the operator": the number set off right after its count.
    + r"|,)"
    + WS
    + "+"
    + _QUOTED_HEDGE_BEFORE
)
# A count of counts that names nothing, then its verb, right before a number: "the association's figures on those days
# were", "its daily counts were".
_COUNTS_WERE = re.compile(
    r"(?<![\w'’-])(?:figures?|counts?|totals?|tally|tallies|estimates?|numbers?)(?:"
    + WS
    + r"+[\w'’-]+){0,4}?"
    + WS
    + r"+(?:was|were|is|are|had"
    + WS
    + r"+been)"
    + WS
    + "+"
    + _QUOTED_HEDGE_BEFORE
)
# How far before a number a count of counts may name what it counts (``_COUNT_FOR``).
_COUNT_FOR_REACH = 140
# "the attackers, numbering about 20", "schools, now numbering 17": the noun before names what the number counts.
_NUMBERING = re.compile(
    r"(?<![\w'’-])([a-z]+),?"
    + WS
    + r"+(?:now"
    + WS
    + r"+)?(?:numbering|numbered|totalling|totaling)"
    + WS
    + "+"
    + _HEDGE_BEFORE
)
# "How many pilgrims came? The organisers say 110,000": a question names what the answers count; so does a count of
# counts named with its plural ("The count of vehicles that fell has not been settled. The government says 13"), a
# question after it asking in its stead ("Estimates of how many runners needed care range from 400"); a question of a
# gathering's size asks for its people ("How big was the rally? Organisers said 15,000").
_how_many = on_first_use(
    r"(?<![\w'’-])(?:how"
    + WS
    + r"+many"
    + WS
    + r"+([a-z]+)|(?:number|count|tally|total|estimate)s?"
    + WS
    + r"+of(?:"
    + WS
    + r"+the)?"
    + WS
    + r"+(?!how(?![\w'’-]))([a-z]+)(?![\w'’-])(?:"
    + WS
    # "the number of confirmed dead": a word before the noun.
    + r"+([a-z]+)(?![\w'’-]))?"
    # "How big was Tuesday's march?": the size of a gathering is the people in it.
    + r"|how"
    + WS
    + r"+(?:big|large)"
    + WS
    + r"+(?:was|were|is|are)"
    + WS
    + r"+(?:[\w'’-]+"
    + WS
    + r"+){0,3}?("
    + alternation(sorted(GATHERINGS))
    + r")(?![\w'’-]))",
    re.IGNORECASE,
)
# "The Senate passed it on Thursday by 38 to 31": a vote's tally with its noun left out, the verb before "by".
_VOTED_BY = re.compile(
    r"(?<![\w'’-])(?:passed|approved|adopted|rejected|voted|backed|defeated|carried|endorsed)(?![\w'’-])[^.;:]{0,40}?"
    r"(?<![\w'’-])by" + WS + "+$"
    # "The state congress voted 38 to 12": a tally right after the verb.
    r"|(?<![\w'’-])voted" + WS + "+$",
    re.IGNORECASE,
)
_TO_NUMBER = re.compile(WS + r"+to" + WS + r"+\d")
# "he was doing 75", "travelling at about 90": a speed with its unit left out.
_SPEED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:doing|driving"
    + WS
    + r"+at|travelling"
    + WS
    + r"+at|traveling"
    + WS
    + r"+at|speed"
    + WS
    + r"+of)"
    + WS
    + "+"
    + _HEDGE_BEFORE,
    re.IGNORECASE,
)
# Units of speed: a rate of a length over a time, and knots.
_SPEED_UNITS = frozenset(RATE_UNITS.values()) | {"knot"}
# A scale word in a quote: "5 billion", "€3bn".
_SCALED = re.compile(r"(?:million|billion|trillion|\dbn|\dm|\dmn)(?![A-Za-z])", re.IGNORECASE)
# How far back a sum of money lends its currency to a scaled number with its currency left out.
_MONEY_REACH = 600
# "two of them", "700 of whom": a part of what the count before counted.
_OF_THEM = re.compile(WS + r"{1,2}of" + WS + r"{1,2}(?:them|whom)(?![A-Za-z])", re.IGNORECASE)
# "Twelve is the number of families", "40,000 was the true count of the people on the path", "gave 270 as the number
# of whales that stranded": the counted noun after
# a count of counts that the number is (the last of up to three words, its head).
_IS_NUMBER_OF = re.compile(
    WS
    + r"+(?:is|was|are|were|as)"
    + WS
    + r"+the"
    + WS
    + r"+(?:[a-z-]+"
    + WS
    + r"+)?(?:"
    + alternation(list(COUNTING_UNITS))
    + r")"
    + WS
    + r"+of"
    + WS
    + r"+(?:the"
    + WS
    + r"+)?(?:[a-z-]+"
    + WS
    + r"+){0,2}?([a-z]+)(?![\w'’-])"
)
# A number that opens its sentence or quotation, spoken of as a number: '"Nine is what we can prove"', "Twelve is a
# number for the cameras" ("Forty is the limit" sets a bound, no count given again).
_IS_AFTER = re.compile(
    WS + r"+(?:is|was)" + WS + r"+(?:what|(?:a|the|our|their|its)" + WS + r"+(?:number|figure|count))(?![\w'’-])"
)
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?]|[\"“])" + WS + r"*$")
# How many of the text's last counts a part ("310,000 of them") looks back through for its whole.
_COUNTS_KEPT = 6
# "Of the valid votes, 2,660,086 were for Yes", "Of the injured children, nine ...": a sentence that opens with the
# whole a number is part of.
_OF_THE_NOUN = re.compile(
    r"(?<![\w'’-])Of"
    + WS
    + r"+(?:the|its|their|these|those)"
    + WS
    + r"+(?:[\w-]+"
    + WS
    + r"+){0,2}?([a-z]+),"
    + WS
    + "+"
    + _HEDGE_BEFORE
)
# A bare number that a verb follows is its subject: "Twenty-six made their way out", "29 remained in hospital", '"more
# than 40" had died'.
_SUBJECT_VERB = re.compile(
    r"[\"”]?"
    + WS
    + r"+(?:were|are|remained|remain|remains|made|came|went|stayed|managed|escaped|walked|got|(?:had|have|has)"
    + WS
    + r"+(?:been|[a-z]+ed))(?![\w'’-])",
    re.IGNORECASE,
)
# Two numbers joined so that the second shares the first's unit, even one a count never lends: "aged 24 and 31",
# "by 38 votes to 31".
_JOINED_AND = re.compile(r",?" + WS + r"+and" + WS + "+")
# "38 votes to 31", "16,882 votes to the Conservative candidate's 15,678".
_JOINED_TO = re.compile(WS + r"+to" + WS + r"+(?:the" + WS + r"+(?:[\w-]+" + WS + r"+){0,3}[\w-]+['’]s" + WS + "+)?")
# "30 or 45 metres", "five or six storeys": two guesses at one quantity, the noun written after the second.
_JOINED_OR = re.compile(WS + r"+or" + WS + "+")
# "from five years to seven": the "from" of a change, right before its first number.
_FROM_BEFORE = re.compile(r"(?<![\w'’-])from" + WS + "+$", re.IGNORECASE)
# "raise the age to 67 from 65", "rose to 52 from 48": a change told new value first, its old value after "from".
_JOINED_FROM = re.compile(WS + r"+from" + WS + "+")
_to_before = on_first_use(r"(?<![\w'’-])to" + WS + "+$", re.IGNORECASE)
# A source's earlier count a clause away: its first (``corrections``) or any earlier one ("previously said"), given by
# any verb of giving a count, "estimated" and "counted" too ("it earlier estimated 41,000").
_EARLIER_WORDS = FIRST_WORDS + r"|earlier|previously"
# "after first saying 21": the present participles too.
_GIVING_EARLIER = GIVING_WORDS + r"|estimated|counted|saying|giving|reporting|putting|estimating|counting"
# The words that set a bare number against the count told just before it in its sentence, a clause or two away: a
# correction ("3.8 million cubic metres of tailings, the company said, not the 2.1 million"), a revision ("from",
# "(it first said 41,000)"), a comparison (``_COMPARING``: "against the opposition's 210,000", "up from"), the number
# maybe after a determiner or a possessive. A revision's bare "from" answers a "to" before the count (``_to_before``).
# Of a correction's words only ``NOT`` reaches this far: "rather than" and "instead of" are read in the same breath
# only (``corrections.CORRECTION``), as this rule was measured.
_SET_AGAINST = re.compile(
    r"(?<![\w'’-])(?:("
    + NOT
    + r")|"
    + _COMPARING
    + r"|(from)|(?:"
    + _EARLIER_WORDS
    + r")"
    + WS
    + r"+(?:"
    + _GIVING_EARLIER
    + r"))"
    + WS
    + r"+(?:(?:the|its|their|his|her|every)"
    + WS
    + r"+)?(?:[\w-]+['’]s?"
    + WS
    + r"+)?$",
    re.IGNORECASE,
)
# How far after the count (and its noun) the words that set a number against it may end.
_SET_AGAINST_REACH = 80
# Units whose tallies are written "38 votes to 31".
TALLY_UNITS = frozenset(("vote", "seat"))
# Units a count never lends that "and" joins: "magnitude 6.1 and 5.8", "41C and 44"; a share joined by "and" is
# often of another whole, and a duration another span.
_JOINED_UNITS = TALLY_UNITS | frozenset(("magnitude", "degree Celsius", "degree Fahrenheit"))


# The units of sums of money (ISO codes, and those only a currency word names).
_CURRENCY_UNITS = frozenset(CURRENCY_CODES.values()) | frozenset(CURRENCY_WORDS.values())


def _is_count_unit(unit: str) -> bool:
    """Return whether a unit counts things ("person", "house"), not a measure ("nautical mile" too, a measure named by
    its last word), a sum of money, a share or a time.
    """
    return (
        bool(unit)
        and unit not in NOT_INHERITED
        and unit not in MEASURES
        and unit.rsplit(" ", 1)[-1] not in MEASURES
        and unit not in COUNTING_UNITS
        and unit not in _CURRENCY_UNITS
    )


def _is_rival_reading(text: str, end: int, claim: ClaimDraft) -> bool:
    """Return whether a bare number is another source's reading of the measurement ending at ``end``.

    "..., while the institute put it at 7.0"; "7.0 on the institute's scale and 6.8 according to the survey".
    """
    if _RIVAL_MEASURE.search(text, end, claim.start) is not None:
        return True
    return _AND_BEFORE.search(text, max(end, claim.start - 8), claim.start) is not None and bool(
        _ACCORDING_AFTER.match(text, claim.end)
    )


# "... and 6.8 according to the survey": a number joined by "and" and given its own source right after it.
_AND_BEFORE = re.compile(r"(?<![\w'’-])and" + WS + r"+$")
_ACCORDING_AFTER = re.compile(WS + r"*,?" + WS + r"*(?:according" + WS + r"+to|by" + WS + r"+the[ \t\u00a0]+\w+['’]s)")


# A count's own time, a day or a date: "on Monday", "by Tuesday evening", "as of 14".
_OWN_TIME = (
    r"(?:on|by|at|until|through|since|as"
    + WS
    + r"of)"
    + WS
    + r"+(?:[A-Z][a-z]+|noon|midnight|nightfall|dawn|\d{1,2})(?:"
    + WS
    + r"+(?:morning|afternoon|evening|night))?(?![\w'’-])"
)
# What leads from one count of a day-by-day series to the next: its unit at most, its own time, a few words on it,
# and the joint ("14 tonnes on Monday, 31 by Tuesday, 48 by Wednesday after a correction, and 63").
_DAILY_GAP = re.compile(
    r"(?:"
    + WS
    + r"+[A-Za-z]+){0,2}?"
    + WS
    + r"+"
    + _OWN_TIME
    + r"(?:"
    + WS
    + r"+[a-z]+){0,3}(?:,"
    + WS
    + r"*(?:and"
    + WS
    + r"+)?|"
    + WS
    + r"+and"
    + WS
    + r"+)"
)
_OWN_TIME_AFTER = re.compile(WS + r"+" + _OWN_TIME)


def _lends_measure(text: str, end: int, claim: ClaimDraft) -> bool:
    """Return whether a measurement ending at ``end`` lends its unit to the bare number ``claim``.

    Across a short, unbroken gap ("300 km and another 200"), to a rival's reading of the
    same thing ("..., while the institute put it at 7.0"), or to the next count of a series
    told day by day, each count with its own time ("14 tonnes on Monday, 31 by Tuesday").
    """
    start = claim.start
    gap = text[end:start]
    if len(gap) <= 30 and "," not in gap:
        return True
    if _DAILY_GAP.fullmatch(text, end, start) is not None and _OWN_TIME_AFTER.match(text, claim.end) is not None:
        return True
    return _RIVAL_MEASURE.search(text, end, start) is not None


def _unit_lender(
    text: str,
    claim: ClaimDraft,
    prev: ClaimDraft | None,
    measured: ClaimDraft | None,
    first: ClaimDraft | None,
    counted: ClaimDraft | None,
    sentence: list[ClaimDraft],
    counts: list[ClaimDraft],
    last: ClaimDraft | None,
) -> ClaimDraft | None:
    """Return the earlier claim whose unit the bare number ``claim`` takes, or None.

    ``prev`` is the count just before it, ``last`` the claim just before it, whatever its unit, ``measured`` the last
    claim with a unit, ``first`` the sentence's first count (a span of time only when no number stands between), ``counted`` the text's last count of things, ``sentence`` the
    sentence's counts of things before it, ``counts`` the text's last few counts of things.
    """
    if prev is None and measured is None and first is None and counted is None:
        # Nothing before it has a unit (a table of bare numbers): nothing to lend.
        return None
    if first is not None and (
        first.unit not in NOT_INHERITED
        # A span of time only when no number of another unit stands between ("shut for 19 hours, after first saying
        # 21; the fire brigade says nearly 30"), or right before, whatever the rival's size ("ran for about 40 hours,
        # and campaigners said 212").
        or (
            last is not None
            and last.unit == first.unit
            and (last is first or _is_like_duration(claim, first))
            and first.unit in DURATION_UNITS
        )
    ):
        if _is_rival_count(text, first.end, claim.start):
            # "1.1 million had taken part in some 250 rallies, while the ministry counted 312,000": a rival count
            # answers the sentence's first count, not the nearest; a measure's too ("destroyed about 120,000 hectares
            # of wheat on the island; the region says 42,500"), however far after its unit; a span of time of its
            # size ("the operator says the road was shut for 9 hours; drivers speak of nearly 12").
            return first
    if _COMPARED.search(text, max(0, claim.start - 20), claim.start) is not None:
        # "24,800 evacuees in 38 centres, against 23,000 in 34 centres": a comparison sets like against like, the
        # sentence's count nearest in size.
        like = _nearest_in_size(claim, sentence)
        if like is not None:
            return like
    if prev is not None and prev.unit in COUNTING_UNITS:
        # "The difference between the two counts, 35 against about 180": the counts' numbers count what they count.
        return counted if counted is not None and claim.start - counted.end <= _SOURCE_REACH else None
    given = _given_again(text, claim, prev, counts)
    if given is not None:
        return given
    if (
        prev is not None
        and prev.unit not in NOT_INHERITED
        and 0 <= claim.start - prev.end <= 200
        and not (prev.unit in MEASURES and not _lends_measure(text, prev.end, claim))
        and not has_sentence_end(text, prev.end, claim.start)
    ):
        # A measurement lends its unit only across a short, unbroken gap ("300 km and another 200").
        return prev
    if (
        measured is not None
        and 0 <= claim.start - measured.end <= 200
        and _is_rival_reading(text, measured.end, claim)
        and not has_sentence_end(text, measured.end, claim.start)
    ):
        # "measured the quake at magnitude 6.8, while the institute put it at 7.0": a rival reading of one thing.
        return measured
    if (
        counted is not None
        and 0 <= claim.start - counted.end <= _SOURCE_REACH
        and (
            _SOURCE_COUNT.search(text, max(0, claim.start - 40), claim.start) is not None
            or _SOURCE_AFTER.match(text, claim.end) is not None
        )
        and _OF_AFTER.match(text, claim.end) is None
    ):
        # "Police detained 1,700 protesters. ... On Monday, the ministry said 280", "... the gap was widest: 90,000
        # by the organisers' count": a source's count with its noun left out counts what the text last counted,
        # across sentences.
        return counted
    return None


def _is_like_duration(claim: ClaimDraft, duration: ClaimDraft) -> bool:
    """Return whether ``duration`` is a span of time within ``_ANSWER_RATIO`` of the bare number ``claim`` in size."""
    ratio = _size_ratio(claim, duration)
    return duration.unit in DURATION_UNITS and ratio is not None and ratio <= _ANSWER_RATIO


# The word that carries a share's series on to a bare number: "from 94 percent to 90", "corrected from 41".
_SERIES_BEFORE = re.compile(r"(?<![\w'’-])(from|to|then|and)" + WS + r"+$", re.IGNORECASE)
# The longest gap between a share and the next number of its series ("percent on Monday, corrected from ").
_SERIES_REACH = 40
_SHARE_UNITS = frozenset(("percent",))


def _continues_share_series(text: str, prev: ClaimDraft, claim: ClaimDraft) -> bool:
    """Return whether the bare number ``claim`` goes on with the share ``prev`` told over time or corrected.

    Only "from" before the number, or a series opened by "from" (or already carried on) before the share:
    "rose 5 percent to 40" sets a change against a level.

    >>> text = "Adherence went from 91 percent on Monday to 87 on Tuesday."
    >>> share = ClaimDraft(20, 30, "91 percent", Decimal(91), Decimal(91), "exact", unit="percent")
    >>> _continues_share_series(text, share, ClaimDraft(44, 46, "87", Decimal(87), Decimal(87), "exact"))
    True
    """
    if prev.unit not in _SHARE_UNITS or claim.low is None or claim.low > 100:
        return False
    if not 0 <= claim.start - prev.end <= _SERIES_REACH or has_sentence_end(text, prev.end, claim.start):
        return False
    if any(ch.isdigit() for ch in text[prev.end : claim.start]):
        return False
    word = _SERIES_BEFORE.search(text, max(0, claim.start - 12), claim.start)
    if word is None:
        return False
    if word.group(1).lower() == "from":
        return True
    return INHERITED_RULE in prev.rule or _FROM_BEFORE.search(text, max(0, prev.start - 12), prev.start) is not None


# A source named right after a bare number: "90,000 by the organisers' count", "18,000 according to police".
_SOURCE_AFTER = re.compile(
    WS + r"*,?" + WS + r"*(?:according" + WS + r"+to|by" + WS + r"+the[ \t\u00a0]+\w+(?:['’]s|s['’])(?![\w'’-]))"
)


def _is_amount_unit(unit: str) -> bool:
    """Return whether a unit measures an amount a source may give again ("tonne", "hectare", a speed "km/h").

    Not a reading or a length: a length is mostly a distance ("farms 300 km away"), no amount counted.
    """
    return unit in MEASURES and unit not in NOT_INHERITED and unit not in LENGTH_UNITS


# "26,300 hectares, some 65,000 acres", "5,000 tonnes (about 37,000 barrels)": a measure restated in another unit.
_CONVERSION_GAP = re.compile(r"[ \t\u00a0]*[,(][ \t\u00a0]*" + _HEDGE_BEFORE)


def _is_conversion(text: str, before: ClaimDraft | None, claim: ClaimDraft) -> bool:
    """Return whether the measure ``claim`` restates the measure right before it in another unit."""
    if before is None or before.unit == claim.unit:
        return False
    end = before.end
    if before.noun and text.startswith(before.noun, end + 1):
        end += 1 + len(before.noun)
    return _CONVERSION_GAP.fullmatch(text, end, claim.start) is not None


def _is_source_amount(text: str, claim: ClaimDraft, measure: ClaimDraft | None, counted: ClaimDraft | None) -> bool:
    """Return whether the bare number is a source's amount of what the text last measured, across a sentence end.

    "The operator put the spill at 2,100 tonnes. The coast guard sticks to about 3,000": the measure the text gave
    after its last count, within reach and within ``_LIKE_RATIO`` of it in size.
    """
    if measure is None or (counted is not None and counted.end > measure.end):
        return False
    ratio = _size_ratio(claim, measure)
    return (
        0 <= claim.start - measure.end <= _SOURCE_REACH
        and ratio is not None
        and ratio <= _LIKE_RATIO
        and has_sentence_end(text, measure.end, claim.start)
        and _SOURCE_COUNT.search(text, max(0, claim.start - 40), claim.start) is not None
        and _OF_AFTER.match(text, claim.end) is None
    )


def _joined_unit(text: str, claim: ClaimDraft, last: ClaimDraft | None, sentence: list[ClaimDraft]) -> str:
    """Return the unit the claim right before a bare number shares with it when the two are joined, or "".

    "aged 24 and 31" (an age), "by 38 votes to 31" (a tally): units a count never lends otherwise.
    """
    if last is None or not last.unit or last.unit in _CURRENCY_UNITS:
        return ""
    end = last.end
    if last.noun and text.startswith(last.noun, end + 1):
        # "38 votes to 31": the gap starts after the noun.
        end += 1 + len(last.noun)
    if claim.start - end > 50:
        return _set_against_unit(text, claim, last, end, sentence)
    if _JOINED_AND.fullmatch(text, end, claim.start) and (last.rule.startswith("age") or last.unit in _JOINED_UNITS):
        return last.unit
    if is_correction(text, end, claim.start, worded=False) or _JOINED_OR.fullmatch(text, end, claim.start):
        # "18,900 hectares, not 18,400", "36 percent, not 38": a correction sets like against like; "40 hours or
        # 212?": two guesses at one quantity, whatever their sizes.
        return last.unit
    if _JOINED_TO.fullmatch(text, end, claim.start) and (
        last.unit in TALLY_UNITS or _FROM_BEFORE.search(text, max(0, last.start - 12), last.start) is not None
    ):
        # "from five years to seven", "from three months to eight": a change names its unit once.
        return last.unit
    if _JOINED_FROM.fullmatch(text, end, claim.start) and _to_before().search(
        text, max(0, last.start - 12), last.start
    ):
        # "to 67 from 65", "to 1,220 from 1,180": the same change, its unit named once.
        return last.unit
    return _set_against_unit(text, claim, last, end, sentence)


def _set_against_unit(text: str, claim: ClaimDraft, last: ClaimDraft, end: int, sentence: list[ClaimDraft]) -> str:
    """Return the unit of the count a bare number is set against as its correction, revision or comparison
    (``_SET_AGAINST`` after ``last``, the claim before it, its noun ending at ``end``), or "".

    "lowered its estimate to about 7 million cubic metres after a drone survey, from about 9 million": one quantity
    told twice, its unit named once. The count is the sentence's count of things nearest in size ("81 poultry farms
    lay within the 10 km zone, not the 64"), else ``last``; alike in size (``_LIKE_RATIO``), no sentence end between;
    a span of time only within ``_ANSWER_RATIO`` of it.
    """
    if claim.start - end > _SET_AGAINST_REACH or (last.unit in NOT_INHERITED and not _is_like_duration(claim, last)):
        return ""
    cue = _SET_AGAINST.search(text, max(end, claim.start - 40), claim.start)
    if cue is None or has_sentence_end(text, end, claim.start):
        return ""
    if cue.group(2) is not None and not _to_before().search(text, max(0, last.start - 12), last.start):
        # A bare "from" is a revision's only after a count it was changed "to"; else "from 12 villages".
        return ""
    if last.unit in DURATION_UNITS:
        # "the tube was closed for 19 hours on Monday, not 21", "shut for 19 hours, after first saying 21": a span
        # of time corrected or revised, alike in size.
        return last.unit
    like = _nearest_in_size(claim, sentence)
    if like is not None:
        return like.unit
    ratio = _size_ratio(claim, last)
    return last.unit if ratio is not None and ratio <= _LIKE_RATIO else ""


def _share_or_units(text: str, claims: list[ClaimDraft | Run]) -> None:
    """Give a bare number the unit of the number right after it when "or" joins the two ("30 or 45 metres"), or
    when that number is the one it corrects ("corrected it to 19,300, not 19,800 hectares").

    The noun is written once, after the second guess at the quantity, whatever it is ("two or three days", "5 or 6
    percent"), or after the figure a correction replaces; a bare second number lends nothing.
    """
    for i in range(len(claims) - 2, -1, -1):
        claim, after = claims[i], claims[i + 1]
        if (
            isinstance(claim, ClaimDraft)
            and isinstance(after, ClaimDraft)
            and not claim.unit
            and not claim.noun
            and after.unit
            and (
                _JOINED_OR.fullmatch(text, claim.end, after.start)
                or is_correction(text, claim.end, after.start, worded=False)
            )
        ):
            claims[i] = replace(claim, unit=after.unit, rule=f"{claim.rule}+{INHERITED_RULE}")


def _respective_units(text: str, claims: list[ClaimDraft | Run]) -> None:
    """Give two bare numbers joined by "and" the units of the two counts joined by "and" before them in their
    sentence, each in turn, when each is of its count's size.

    "The agency counts 1,600 vehicles and 4,100 people, after raising its first estimates of about 1,200 and 3,500":
    a pair told again names its nouns once, in the same order.
    """
    for i in range(2, len(claims) - 1):
        drafts = [c for c in claims[i - 2 : i + 2] if isinstance(c, ClaimDraft)]
        if len(drafts) < 4:
            continue
        first, second, a, b = drafts
        if a.unit or a.noun or b.unit or b.noun or not (first.noun and second.noun):
            continue
        if first.unit == second.unit or not (_is_count_unit(first.unit) and _is_count_unit(second.unit)):
            continue
        end = first.end + 1 + len(first.noun) if text.startswith(first.noun, first.end + 1) else first.end
        if not (_JOINED_AND.fullmatch(text, end, second.start) and _JOINED_AND.fullmatch(text, a.end, b.start)):
            continue
        if has_sentence_end(text, second.end, a.start):
            continue
        ratios = (_size_ratio(a, first), _size_ratio(b, second))
        if any(r is None or r > _LIKE_RATIO for r in ratios):
            continue
        claims[i] = replace(a, unit=first.unit, rule=f"{a.rule}+{INHERITED_RULE}")
        claims[i + 1] = replace(b, unit=second.unit, rule=f"{b.rule}+{INHERITED_RULE}")


def _noun_unit(word: str) -> str:
    """Return the unit a word names when it can head a count (a plural, a people noun, a body of people), or "".

    >>> _noun_unit("jobs"), _noun_unit("people"), _noun_unit("crowd"), _noun_unit("register")
    ('job', 'person', 'person', '')
    >>> _noun_unit("stands")
    ''
    """
    if word in COUNT_VERBS:
        # "The prefecture's count of injured stands at 105": the verb of a count, not a plural.
        return ""
    if word in PEOPLE_COLLECTIVES:
        return "person"
    return plural_noun_unit(word)


def plural_noun_unit(word: str) -> str:
    """Return the unit a noun of many names (a plural, a people noun, a plural spelled as its singular), or "".

    >>> plural_noun_unit("fish"), plural_noun_unit("candidates"), plural_noun_unit("affected")
    ('fish', 'person', '')
    """
    return unit_for(word) if is_plain_plural(word) or word in PERSON or word in SAME_PLURALS else ""


def _is_many(word: str) -> bool:
    """Return whether a noun names many: a plural or a body of people ("hostages", "people", "crew").

    >>> _is_many("hostages"), _is_many("people"), _is_many("crew"), _is_many("driver")
    (True, True, True, False)
    """
    return is_plain_plural(word) or word in IRREGULAR_PLURALS or word in PEOPLE_COLLECTIVES


# A number opening the paragraph right after a question: its answer ("How many were hurt?\n\nSeventeen, ...").
_ANSWER_OPENS = re.compile(r"\?[\"”’]?" + WS + r"*\n[ \t\u00a0\n]*[\"“]?$")


def _asked_unit(text: str, claim: ClaimDraft, counted: ClaimDraft | None) -> str:
    """Return the unit of a count answering a question asked after the text's last count, or "".

    "... four different answers to a simple question: how many pilgrims came? The organisers say 110,000"; "The
    number of vehicles trapped remained in dispute. The ministry said 74": a source's count; "How many boats sank?" and
    a paragraph opening "Twelve, the coast guard says": the number that opens the answer.
    """
    if (
        _SOURCE_COUNT.search(text, max(0, claim.start - 40), claim.start) is None
        and _ANSWER_OPENS.search(text, max(0, claim.start - 12), claim.start) is None
    ):
        return ""
    since = max(0, claim.start - _SOURCE_REACH, counted.end if counted is not None else 0)
    units = [_asked(question) for question in _how_many().finditer(text, since, claim.start)]
    return next((unit for unit in reversed(units) if unit), "")


def _asked(question: re.Match[str]) -> str:
    """Return the unit a match of ``_how_many()`` names: any noun after "how many", a noun that can head a count after
    "the number of" ("the number of vehicles", not "the number of those"); "" when none.
    """
    if question.group(1) is not None:
        noun = question.group(1).lower()
        if noun in _ASKED_PEOPLE_VERBS:
            # "How many were hurt?", "How many died?": those to whom it happened.
            return "person"
        if noun in ("of", "more", "times"):
            return ""
        if _can_head_count(noun):
            return _named_unit(noun)
        return _elided_question_unit(question, noun)
    if question.group(4) is not None:
        return "person"
    # "the number of confirmed dead": the noun, maybe after one word before it.
    after = question.group(3)
    return _noun_unit(question.group(2).lower()) or (_noun_unit(after.lower()) if after else "")


# Words right after "how many" that ask how many people something befell: a form of "be" or "have", or a verb.
_ASKED_PEOPLE_VERBS = frozenset(LEX["aux_words"]) | frozenset(LEX["person_verbs_after"])
# The word after a word that cannot head a count in "how many loan cars": the noun it modifies.
_NEXT_WORD = re.compile(WS + r"+([a-z]+)(?![\w'’-])", re.IGNORECASE)


def _can_head_count(word: str) -> bool:
    """Return whether a word can name what a count counts: a plural, a people noun, a body of people.

    >>> _can_head_count("pilgrims"), _can_head_count("children"), _can_head_count("went"), _can_head_count("the")
    (True, True, False, False)
    """
    return bool(_noun_unit(word)) or word in IRREGULAR_PLURALS


def _elided_question_unit(question: re.Match[str], word: str) -> str:
    """Return the unit of a "how many" question whose noun is left out ("how many went over?"), or "".

    The word after "how many" is then a verb or a determiner, never the counted thing. The question asks for what
    a question before it in the text (its headline often) asked with its noun ("Why nobody agrees how many boxes
    the ship lost ... how many went over?"); else, when a verb follows, for people ("How many set out?",
    "how many boarded"); a determiner ("How many the ship lost") names nothing.
    """
    text = question.string
    after = _NEXT_WORD.match(text, question.end())
    if after is not None and _can_head_count(after.group(1).lower()):
        # "how many loan cars": a word before the noun.
        return _named_unit(after.group(1).lower())
    for earlier in reversed(list(_how_many().finditer(text, 0, question.start()))):
        noun = (earlier.group(1) or "").lower()
        if noun and _can_head_count(noun) and noun not in _ASKED_PEOPLE_VERBS:
            return _named_unit(noun)
    return "" if word in FUNCTION_WORDS else "person"


def _named_unit(noun: str) -> str:
    """Return the unit of a noun that names what a question or a lead-in counts ("pilgrims", "crowd").

    >>> _named_unit("pilgrims"), _named_unit("crowd"), _named_unit("vehicles")
    ('person', 'person', 'vehicle')
    """
    return "person" if noun in PEOPLE_COLLECTIVES else unit_for(noun)


# A colon or a dash that opens a list of rival counts: "no agreement on how many people watched: 450,000 according to
# the organisers, about 130,000 according to police".
_LEAD_IN_MARK = re.compile(r"(?::|[ \t\u00a0]?[—–])" + WS + "+")
# A label opening its line, maybe after a bullet, and a word or two after it: "- Volunteers", "Boats lost".
_LEAD_IN_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+)?([A-Z][a-z]+)(?:[ \t]+[a-z]+){0,2}[ \t]*$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# How far back from a number a list's lead-in may end.
_LEAD_IN_REACH = 200


def _lead_in_unit(text: str, claim: ClaimDraft, last: ClaimDraft | None) -> str:
    """Return the unit the lead-in of a list names for the bare numbers of the list after its colon or dash, or "".

    The lead-in is the sentence's words before the mark: a question ("how many people watched its main parade:"), a
    count of counts ("the count of vehicles:") or its last noun that can head a count ("The disagreement over the
    crowd was starker still: more than 12,000 by the union's count, about 2,000 according to police"). The numbers
    before this one after the mark belong to the list too, the first of them right after the mark.
    """
    marks = list(_LEAD_IN_MARK.finditer(text, max(0, claim.start - _LEAD_IN_REACH), claim.start))
    if not marks:
        return ""
    mark = marks[-1]
    if has_sentence_end(text, mark.start(), claim.start):
        return ""
    start = sentence_around(text, mark.start(), mark.start() + 1, _LEAD_IN_REACH)[0]
    lead_in = text[start : mark.start()]
    asked = next((unit for unit in map(_asked, _how_many().finditer(lead_in)) if unit), "")
    unit = asked or _lead_in_noun(lead_in)
    if last is not None and last.end > mark.start():
        # A later number of the list: the list's numbers before it took the lead-in's unit.
        return unit if last.unit == unit else ""
    # The list's first number opens it, right after the mark ("floods: deaths near 80" names its own noun first), or
    # after a source's verb of saying ("Volunteers: the council said 400, the charity about 2,000").
    if text[mark.end() : claim.start] in ("", '"', "“"):
        return unit
    said = _RIVAL_VERB.search(text, mark.end(), claim.start)
    return unit if said is not None and len(text[mark.end() : said.start()].split()) <= _SAID_WORDS else ""


# How many words may name the source between a list's mark and its verb of saying.
_SAID_WORDS = 4


def _lead_in_noun(lead_in: str) -> str:
    """Return the unit of a lead-in's last noun that can head a count, or "".

    A label opening its line names what its list counts ("- Volunteers: the council said 400"); else the lead-in's
    words in lower case, counts of counts aside ("For hospital stays, there are three numbers:").

    >>> _lead_in_noun("- Volunteers"), _lead_in_noun("For hospital stays, there are three numbers")
    ('person', 'stay')
    >>> _lead_in_noun("Boats lost have risen every day"), _lead_in_noun("Farmers march today, and they carry a number")
    ('boat', '')
    """
    label = _LEAD_IN_LABEL.search(lead_in)
    if label is not None and _noun_unit(label.group(1).lower()):
        return _noun_unit(label.group(1).lower())
    for word in reversed(_LOWER_WORD.findall(lead_in)):
        unit = _noun_unit(word)
        if unit and unit not in COUNTING_UNITS:
            return unit
    opening = _OPENING_PLURAL.match(lead_in)
    if opening is not None and not _MOVING_WORDS.isdisjoint(lead_in.lower().split()):
        # "Arrests have risen every day: six by Monday, 11 by Tuesday": the plural opening the sentence, capitalised
        # only there, is what its list counts when the lead-in tells it move ("Farmers march today, and they will
        # carry a number:" names what they do, not what the list counts).
        unit = _noun_unit(opening.group(1).lower())
        return unit if unit not in COUNTING_UNITS else ""
    return ""


# A plural opening a lead-in, after any blank or bullet: "Arrests have risen".
_OPENING_PLURAL = re.compile(r"[ \t\n]*(?:[-•*][ \t]+)?([A-Z][a-z]+s)(?![\w'’-])")
# The verbs by which a count moves: "have risen", "fell", "climbed".
_MOVING_WORDS = frozenset((*LEX["reach_verbs"], *LEX["series_verbs"], *LEX["change_verbs"]))


# A topic set before a sentence's clause: "On containers, the customs service says it opened 46".
_TOPIC_OPENER = re.compile(
    r"(?:On|As" + WS + r"+for|As" + WS + r"+to|Of)" + WS + r"+(?:the" + WS + r"+)?([a-z]+)," + WS + r"+"
)


def _topic_unit(text: str, claim: ClaimDraft, last: ClaimDraft | None) -> str:
    """Return the unit of the plural a sentence opens with as its topic, for its first count, or "".

    "On containers, the customs service says it opened 46": the numbers the sentence goes on to give count what its
    topic names (the first of them, ``last`` the claim before it; the others take its unit as any count's); a time
    is no topic ("On weekdays,").
    """
    if last is not None and not has_sentence_end(text, last.end, claim.start):
        return ""
    start = sentence_around(text, claim.start, claim.end)[0]
    topic = _TOPIC_OPENER.match(text, start, claim.start)
    if topic is None or _is_time_word(topic.group(1)):
        return ""
    unit = _noun_unit(topic.group(1)) if is_plain_plural(topic.group(1)) else ""
    return unit if unit not in COUNTING_UNITS and unit not in DURATION_UNITS else ""


def _within_one_sentence(text: str, end: int, start: int) -> bool:
    """Return whether at most one sentence end lies between ``end`` and ``start``: the same sentence or the next."""
    stop = sentence_end_after(text, end)
    return stop < 0 or stop >= start or not has_sentence_end(text, stop, start)


def _part_unit(text: str, claim: ClaimDraft, counts: list[ClaimDraft]) -> str:
    """Return the unit of "two of them": what the text last counted as many or more, within reach; else people.

    "1,800 homes had been damaged, 700 of them beyond repair"; "Five of them were arrested"; "1.6 million
    households lost power across five provinces. Crews restored 310,000 of them": a part is no larger than its whole.
    """
    near = [c for c in counts if 0 <= claim.start - c.end <= _SOURCE_REACH]
    value = _telling(claim)
    for whole in reversed(near):
        size = _telling(whole)
        if value is None or size is None or size >= value:
            return whole.unit
    return near[-1].unit if near else "person"


# "SANParks's count went from ", "The ministry's daily figures have been ": a source's count of counts, its owner
# named before the possessive.
_OWN_COUNT_WORDS = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*|[a-z][\w-]+)(?:['’]s|s['’])"
    + WS
    + r"+(?:(?:[a-z-]+"
    + WS
    + r"+){0,2}?(?:"
    + alternation(list(COUNTING_UNITS))
    + r")s?|(?:(?:had|has|have)"
    + WS
    + r"+)?(?:"
    + alternation([*LEX["reach_verbs"], *LEX["series_verbs"]])
    + r"))(?:"
    + WS
    + r"+(?!(?:and|or|but|by)(?![\w'’-]))[a-z-]+){0,3}"
    + WS
    + r"*$"
)
# How far back a source's count looks for its own earlier count.
_OWN_REACH = 2500


def _own_count(text: str, claims: list[ClaimDraft | Run], i: int) -> ClaimDraft | None:
    """Return the earlier count of things a bare number in a source's own count answers, or None.

    "The agency counted 40 boats on Monday. ... The agency's figures went from 12 to 30": the count of a sentence
    naming the owner; "Rangers found 95 dead storks. ... The park's count went from 60 to 88 and 95": the count of a
    value the bare series gives again, first. Either comes before merely the text's last count.
    """
    claim = claims[i]
    assert isinstance(claim, ClaimDraft)
    left, right = sentence_around(text, claim.start, claim.end)
    owned = _OWN_COUNT_WORDS.search(text, left, claim.start)
    if owned is None or _is_time_word(owned.group(1).lower()):
        # "Wednesday's figure", "the day's count": a time, no owner.
        return None
    before: list[ClaimDraft] = []
    bare: set[tuple[Decimal | None, Decimal | None]] = set()
    for other in claims[i - 1 :: -1] if i else []:
        if not isinstance(other, ClaimDraft):
            continue
        if claim.start - other.end > _OWN_REACH:
            break
        if other.start >= left and not other.unit and not other.noun:
            bare.add((other.low, other.high))
        if other.end <= left and _is_count_unit(other.unit) and INHERITED_RULE not in other.rule:
            before.append(other)
    for other in claims[i:]:
        if not isinstance(other, ClaimDraft):
            continue
        if other.start >= right:
            break
        if not other.unit and not other.noun:
            bare.add((other.low, other.high))
    for other in before:
        if (other.low, other.high) in bare:
            return other
    owner = re.compile(r"(?<![\w'’-])" + re.escape(owned.group(1)) + r"(?![\w-])", re.IGNORECASE)
    for other in before:
        start, end = sentence_around(text, other.start, other.end)
        if owner.search(text, start, end):
            return other
    return None


def _is_time_word(word: str) -> bool:
    """Return whether a word names a time ("Wednesday", "yesterday", "week"), not a source."""
    return word in WEEKDAYS or word in MONTHS or word in TIME_UNITS or word in LEX["period_relative_days"]


# How many times apart a rival's count and the count it answers may be (rival counts of a crowd, of the dead).
_ANSWER_RATIO = 3


def _answered_count(text: str, claim: ClaimDraft, counts: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the count a rival source's bare number answers: the last count within reach, close to it in size
    (``_ANSWER_RATIO``), that a source put at a figure ("put the crowd at 178,000"), when a verb of counting or saying
    right before the bare number gives a source's count; else None.

    "A study put the crowd at 178,000. It counted 161,500 phones along the route. Police, who estimated 130,000, ...":
    a rival's count answers the count in dispute, not the last thing counted on the way (the phones a crowd was
    counted from).
    """
    if _RIVAL_VERB.search(text, max(0, claim.start - 40), claim.start) is None:
        return None
    for other in reversed(counts):
        if claim.start - other.end > _SOURCE_REACH:
            return None
        ratio = _size_ratio(claim, other)
        if ratio is None or ratio > _LIKE_RATIO:
            continue
        if ratio <= _ANSWER_RATIO and _PUT_PHRASE_AT.search(text, max(0, other.start - 90), other.start) is not None:
            return other
        if "\n" not in text[other.end : claim.start]:
            # A count of its size in its own paragraph is the count it answers ("raised its count of vehicles to 13.
            # The fire brigade still says about 20").
            return None
    return None


def _like_count(claim: ClaimDraft, counts: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the last of ``counts`` within reach of ``claim`` and within ``_LIKE_RATIO`` of it in size, or None.

    "2,000 people fled 14 villages ... a spokeswoman gave a lower figure of 1,350": a count given again is of the
    size of the count it gives again, not of the last thing counted.
    """
    for other in reversed(counts):
        if claim.start - other.end > _SOURCE_REACH:
            return None
        ratio = _size_ratio(claim, other)
        if ratio is not None and ratio <= _LIKE_RATIO:
            return other
    return None


# A preposition right before a count, maybe with a determiner: "in the three villages hit", "images from 48 cameras".
_PLACED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|from|across|at|on|with|among)" + WS + r"+(?:(?:the|its|their|all|both)" + WS + r"+)?$",
    re.IGNORECASE,
)


def _given_again(text: str, claim: ClaimDraft, prev: ClaimDraft | None, counts: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the count a source's bare number gives again when the count right before it is set in a phrase of place
    or means and another count of its size lies within reach: the one nearest in size; else None.

    "Rescuers had recovered 19 bodies. Ward chairmen in the three villages hit said their own count stood at 26": a
    source's count (``_SOURCE_COUNT``) gives again what the text counted, not the villages where it was counted or the
    48 cameras it was counted from.
    """
    if prev is None or not prev.noun or not _is_count_unit(prev.unit) or _OF_AFTER.match(text, claim.end):
        return None
    if _PLACED_BEFORE.search(text, max(0, prev.start - 20), prev.start) is None:
        return None
    if _SOURCE_COUNT.search(text, max(0, claim.start - 40), claim.start) is None:
        return None
    others = [c for c in counts if c is not prev and 0 <= claim.start - c.end <= _SOURCE_REACH]
    return _nearest_in_size(claim, others)


def _nearest_in_size(claim: ClaimDraft, sentence: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the sentence's count of things nearest in size to ``claim``, when within ``_LIKE_RATIO`` of it."""
    best: tuple[Decimal, ClaimDraft] | None = None
    for other in sentence:
        ratio = _size_ratio(claim, other)
        if ratio is not None and ratio <= _LIKE_RATIO and (best is None or ratio < best[0]):
            best = (ratio, other)
    return best[1] if best else None


def _size_ratio(a: ClaimDraft, b: ClaimDraft) -> Decimal | None:
    """Return how many times larger one claim's telling value is than the other's; None when either has none."""
    x, y = _telling(a), _telling(b)
    if x is None or y is None or x <= 0 or y <= 0:
        return None
    return max(x, y) / min(x, y)


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the last match of ``pattern`` in ``text[lo:hi]``, or None."""
    matches = deque(pattern.finditer(text, lo, hi), maxlen=1)
    return matches[0] if matches else None


# "counts the hours in which traffic was throttled to a handful of movements, and arrives at nearly 30": a source
# that counts "the" things it names gives their number later in its sentence.
_COUNTS_THE = re.compile(
    r"(?<![\w'’-])(?:count|counts|counted|counting)" + WS + r"+the" + WS + r"+([a-z]+)(?![\w'’-])", re.IGNORECASE
)


# How far back in its sentence a source's counting of "the" things may stand.
_COUNTS_THE_REACH = 300


def _counts_the_unit(text: str, claim: ClaimDraft, last: ClaimDraft | None) -> str:
    """Return the unit of the plural a source counts ("counts the hours") earlier in the bare number's sentence, no
    number between, or "".

    >>> text = "The union counts the days on which trains ran late, and arrives at 41."
    >>> _counts_the_unit(text, ClaimDraft(68, 70, "41", Decimal(41), Decimal(41), "exact"), None)
    'day'
    """
    if text.find("ount", max(0, claim.start - _COUNTS_THE_REACH), claim.start) < 0:
        # No word of counting within reach: skip finding the sentence (a table of bare numbers).
        return ""
    start = max(sentence_around(text, claim.start, claim.end)[0], claim.start - _COUNTS_THE_REACH)
    counting = _last_match(_COUNTS_THE, text, start, claim.start)
    if counting is None or (last is not None and last.end > counting.start()):
        return ""
    return plural_noun_unit(counting.group(1).lower())


# "ASAC's is 210", "Theirs was 26,000": an owner's possessive with its head left out, then "is", right before a number.
_ELIDED_HEAD = re.compile(
    r"(?<![\w'’-])(?:[\w-]+(?:['’]s|s['’])|theirs|ours)"
    + WS
    + r"+(?:is|was|are|were)"
    + WS
    + r"+(?:still"
    + WS
    + "+)?"
    + _QUOTED_HEDGE_BEFORE
)
# "The operator's tally for Monday is ", "the police's own count ": an owner's count of counts, the head left out after.
_OWNED_COUNT = re.compile(
    r"(?:['’]s|s['’])"
    + WS
    + r"+(?:[a-z-]+"
    + WS
    + r"+){0,2}?(?:"
    + alternation(list(COUNTING_UNITS))
    + r")s?(?![\w'’-])"
)
# How far after an owner's count of counts its number may stand.
_OWNED_REACH = 60


def _elided_head_unit(text: str, claim: ClaimDraft, counts: list[ClaimDraft]) -> str:
    """Return the unit of the count an owner's possessive with its head left out answers, or "".

    "The operator's tally for Monday is 142, plus 37 diversions. The pilots' is 210": the head left out is the count
    of counts named before with another owner, and the number counts what that count's number counts.
    """
    if _ELIDED_HEAD.search(text, max(0, claim.start - 40), claim.start) is None:
        return ""
    for owned in reversed(list(_OWNED_COUNT.finditer(text, max(0, claim.start - _SOURCE_REACH), claim.start))):
        told = next((c for c in counts if 0 <= c.start - owned.end() <= _OWNED_REACH), None)
        if told is not None:
            return told.unit
    return ""


# "it stood at 57", "puts it at 70": a pronoun for a count named before, right before its number.
_IT_AT = re.compile(
    r"(?<![\w'’-])(?:it['’]s|it"
    + WS
    + r"+(?:stood|stands|was|is|rose|climbed|fell|reached|had"
    + WS
    + r"+reached)(?:"
    + WS
    + r"+(?:at|to))?|(?:put|puts|putting|placed|places)"
    + WS
    + r"+it"
    + WS
    + r"+at)"
    + WS
    + "+"
    + _HEDGE_BEFORE,
    re.IGNORECASE,
)
# "The regional government's beach count", "the human toll": a noun before a count of counts names what it counts.
_NOUN_COUNT = re.compile(
    r"(?<![\w'’-])([a-z]+)" + WS + r"+(?:death" + WS + r"+)?(?:count|tally|toll|total|figure|estimate)(?![\w'’-])"
)
# How far back a pronoun's count of counts may be named.
_IT_REACH = 300
# Words before a toll that name people: "the human toll", "the civilian toll".
_HUMAN_WORDS = frozenset(("human", "civilian"))


def _named_counted(word: str, counts: list[ClaimDraft], dead: bool) -> str:
    """Return the unit a noun before a toll or a count names: people before the ``dead``'s toll ("human"), or a thing
    the text counted; "" for another noun for people, which names the count's owner ("the police count", "the official
    toll").

    >>> elephants = ClaimDraft(0, 3, "133", Decimal(133), Decimal(133), "exact", unit="elephant")
    >>> _named_counted("human", [], True), _named_counted("elephant", [elephants], True)
    ('person', 'elephant')
    >>> _named_counted("official", [elephants], True), _named_counted("police", [], False)
    ('', '')
    """
    low = word.lower()
    if low in _HUMAN_WORDS:
        return "person" if dead else ""
    if low in PERSON:
        return ""
    unit = unit_for(low)
    return unit if unit and any(c.unit == unit for c in counts) else ""


def _it_count_unit(text: str, claim: ClaimDraft, counts: list[ClaimDraft], last: ClaimDraft | None) -> str:
    """Return the unit of the count a pronoun right before a bare number stands for, or "".

    "The regional government's beach count is revised hour by hour. At noon it stood at 57": the count named before
    by a noun the text counted ("beach", after "61 beaches"); else the measure or span of time told right before, in
    its sentence or the one before, of its size ("The average wait was 47 minutes. In a normal week it's about 15").
    """
    if _IT_AT.search(text, max(0, claim.start - 40), claim.start) is None:
        return ""
    for named in reversed(list(_NOUN_COUNT.finditer(text, max(0, claim.start - _IT_REACH), claim.start))):
        unit = _named_counted(named.group(1), counts, False)
        if unit:
            return unit
    if last is None or not (last.unit in MEASURES or last.unit in DURATION_UNITS):
        return ""
    ratio = _size_ratio(claim, last)
    near = ratio is not None and ratio <= _LIKE_RATIO and _within_one_sentence(text, last.end, claim.start)
    return last.unit if near else ""


def _bare_unit(
    text: str,
    claim: ClaimDraft,
    last: ClaimDraft | None,
    prev: ClaimDraft | None,
    measured: ClaimDraft | None,
    first: ClaimDraft | None,
    counted: ClaimDraft | None,
    sentence: list[ClaimDraft],
    money: ClaimDraft | None,
    speed: ClaimDraft | None,
    counts: list[ClaimDraft],
    measure: ClaimDraft | None,
    own: ClaimDraft | None,
) -> str:
    """Return the unit a bare number takes from the claims before it (``_unit_lender``), or "".

    ``money`` is the text's last sum of money, a conversion in brackets aside; ``speed`` its last speed;
    ``counts`` its last few counts of things (``counted`` the last of them); ``measure`` its last amount of a
    measure (``_is_amount_unit``); ``own`` the earlier count a source's own count answers (``_own_count``).
    """
    number_of = _IS_NUMBER_OF.match(text, claim.end)
    if number_of is not None and _noun_unit(number_of.group(1)):
        # "Twelve is the number of families who lost everything": the number of what the phrase after it names.
        return _noun_unit(number_of.group(1))
    if _IS_AFTER.match(text, claim.end) and _OPENS_CLAUSE.search(text, max(0, claim.start - 4), claim.start):
        # '"Nine is what we can prove"', "Twelve was the first figure": a number spoken of as a number restates a
        # count of the text, the last of its size.
        spoken_of = _like_count(claim, counts)
        if spoken_of is not None:
            return spoken_of.unit
    of_the = _OF_THE_NOUN.search(text, max(0, claim.start - 80), claim.start)
    if of_the is not None and _noun_unit(of_the.group(1)):
        # "Of the valid votes, 2,660,086 were for Yes": the phrase before the number names the whole it is part of.
        return _noun_unit(of_the.group(1))
    set_off = _SET_OFF_AFTER.match(text, claim.end) and _SET_OFF_BEFORE.search(
        text, max(0, claim.start - 60), claim.start
    )
    if set_off and _is_many(set_off.group(1).lower()):
        # "The remaining hostages, 41 in all, were freed", "Its inmates, about 400, were moved": a number set off by
        # commas after a plural counts what it names ("The driver, 52," is an age).
        return _noun_unit(set_off.group(1).lower())
    lead_in = _lead_in_unit(text, claim, last) or _topic_unit(text, claim, last)
    if lead_in:
        return lead_in
    if last is not None and _continues_share_series(text, last, claim):
        # "from 94 percent on Monday to 90 on Tuesday", "44 percent, corrected from 41": one share told over time.
        return last.unit
    joined = _joined_unit(text, claim, last, sentence)
    if joined:
        return joined
    if _OF_THEM.match(text, claim.end):
        return _part_unit(text, claim, counts)
    asked = (
        _elided_head_unit(text, claim, counts)
        or _asked_unit(text, claim, counted)
        or _counts_the_unit(text, claim, last)
        or _it_count_unit(text, claim, counts, last)
    )
    if asked:
        return asked
    if _is_source_amount(text, claim, measure, counted):
        return measure.unit if measure is not None else ""
    of_counts = _counts_unit(text, claim, counts, counted, last)
    if of_counts:
        return of_counts
    if (
        own is not None
        and (counted is None or "\n" in text[counted.end : claim.start])
        and _SOURCE_COUNT.search(text, max(0, claim.start - 40), claim.start) is not None
        and _OF_AFTER.match(text, claim.end) is None
    ):
        # "The agency's figures went from 12 to 30", however far after the agency's own count, when the text's last
        # count lies in another paragraph (in its own paragraph, it is the count the source answers).
        return own.unit
    answered = _answered_count(text, claim, counts) or _like_count(claim, counts) or counted
    lender = _unit_lender(text, claim, prev, measured, first, answered, sentence, counts, last)
    if lender is not None:
        return lender.unit
    if _TO_NUMBER.match(text, claim.end) and _VOTED_BY.search(text, max(0, claim.start - 60), claim.start):
        return "vote"
    if (
        speed is not None
        and 0 <= claim.start - speed.end <= _MONEY_REACH
        and _SPEED_BEFORE.search(text, max(0, claim.start - 30), claim.start)
    ):
        # "... 118 km/h. The driver said he was doing 75": the speed the text gave before.
        return speed.unit
    named = _PUT_AT.search(text, max(0, claim.start - 80), claim.start) or _NUMBERING.search(
        text, max(0, claim.start - 60), claim.start
    )
    if named is not None and _noun_unit(named.group(1)):
        return _noun_unit(named.group(1))
    put = _PUT_PHRASE_AT.search(text, max(0, claim.start - 90), claim.start) if named is None else None
    if put is not None and _put_phrase_unit(put.group(1)):
        return _put_phrase_unit(put.group(1))
    if (
        put is not None
        and counted is not None
        and 0 <= claim.start - counted.end <= _SOURCE_REACH
        and _is_counts_phrase(put.group(1))
    ):
        # "put the number underground at the time of the collapse at 52": a count of counts, however long its phrase,
        # counts what the text last counted.
        return counted.unit
    if (
        money is not None
        and 0 <= claim.start - money.end <= _MONEY_REACH
        and (counted is None or counted.end < money.end)
        and _SCALED.search(claim.quote)
    ):
        # "offered 2 billion zlotys in aid. The farmers want 5 billion.": a sum with its currency left out.
        return money.unit
    subject = _like_count(claim, counts) or counted
    if (
        subject is not None
        and 0 <= claim.start - subject.end <= _SOURCE_REACH
        and claim.low is not None
        and claim.low > 1
        and _SUBJECT_VERB.match(text, claim.end)
        and (subject.unit == "person" or _within_one_sentence(text, subject.end, claim.start))
    ):
        # "38 workers were on the shift ... Twenty-six made their way out": the subject counts the people the text
        # counted (the last count of its size, else the last count); a thing only from the sentence before ("The
        # storm damaged 58,000 houses. Some 2,900 were destroyed"): further back, a thing may not be the subject.
        # A sentence between that names one kind of thing and no number is what the text is now counting ("The
        # containers keep coming. By noon 14 had washed up").
        return _named_since(text, claim, subject, last) or subject.unit
    done = _done_object(text, claim, counts)
    if done is not None:
        return done.unit
    if claim.rule.startswith("vague_plural"):
        # "Thousands fled": a bare vague plural in news copy counts people.
        return "person"
    return ""


def _counts_unit(
    text: str, claim: ClaimDraft, counts: list[ClaimDraft], counted: ClaimDraft | None, last: ClaimDraft | None
) -> str:
    """Return the unit of what a count of counts right before a bare number counts, or "".

    What its own clause names comes before any unit lent by an earlier count ("raised its estimate of the crates ...
    to some 5,000"); one that names nothing ("The association's figures on those days were more than 50 and 70")
    counts what the text counted, the last count of its size first, unless a question between asks for something else
    ("How many were evacuated? The operator's counts were").
    """
    count_for = _COUNT_FOR.search(text, max(0, claim.start - _COUNT_FOR_REACH), claim.start)
    if count_for is not None and _noun_unit(count_for.group(1)):
        return _noun_unit(count_for.group(1))
    if _COUNTS_WERE.search(text, max(0, claim.start - 60), claim.start) is None:
        return ""
    told = _like_count(claim, counts) or counted
    if told is None or not 0 <= claim.start - told.end <= _SOURCE_REACH or "?" in text[told.end : claim.start]:
        return ""
    # "the ship lost containers on Sunday night. The line's count is 58", after "22 crew": what the text now counts.
    return _named_since(text, claim, told, last) or told.unit


def _named_since(text: str, claim: ClaimDraft, told: ClaimDraft, last: ClaimDraft | None) -> str:
    """Return the unit of the one kind of thing the sentence right before a bare number names, when that sentence
    lies after ``told`` (the count the number would answer) and gives no number (``last``, the claim before, ends
    before it), or "".

    The noun of the quantity under discussion: "Crews counted 40 volunteers. The storm scattered crates along the
    shore. The port's count is 300" counts crates. A sentence naming two kinds of thing, or none, names no topic.
    """
    start = sentence_around(text, claim.start, claim.end)[0]
    if start - told.end < 2:
        return ""
    # The end of the sentence before, its trailing blanks (a few at most) left out.
    lo = max(0, start - 4)
    stop = lo + len(text[lo:start].rstrip())
    before, end = sentence_around(text, stop - 2, stop - 1)
    if before < told.end or (last is not None and last.end > before) or end > start:
        return ""
    sentence = text[before:end]
    words = _LOWER_WORD.findall(sentence)
    opening = _OPENING_PLURAL.match(sentence)
    if opening is not None:
        words.append(opening.group(1).lower())
    units = {
        unit
        for word in words
        if not _is_time_word(word)
        and (unit := _noun_unit(word))
        and unit not in COUNTING_UNITS
        and unit not in DURATION_UNITS
    }
    return units.pop() if len(units) == 1 else ""


# A noun phrase with its determiner, then a comma, right before a number set off after it: "The remaining hostages, ".
_SET_OFF_BEFORE = re.compile(
    r"(?<![\w'’-])(?:"
    + alternation(["the", "all", "these", "those", *POSSESSIVE_DETERMINERS])
    + r")"
    + WS
    + r"+(?:[\w'’-]+"
    + WS
    + r"+){0,2}?([a-z]+),"
    + WS
    + "+"
    + _HEDGE_BEFORE,
    re.IGNORECASE,
)
# What closes a number set off by commas: "in all" maybe, then a comma or a closing bracket.
_SET_OFF_AFTER = re.compile(
    r"(?:" + WS + r"+(?:in" + WS + r"+all|in" + WS + r"+total|altogether|all" + WS + r"+told))?[,)]"
)


# A verb in the past right before a bare number, with its hedge: "had buried or identified 31", "recovered about 40".
_DONE_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,}ed)" + WS + "+" + _HEDGE_BEFORE)
# What ends the sentence or clause right after a verb's object: a closing quotation mark, then a stop or a semicolon.
_CLAUSE_END_AFTER = re.compile(r"[\"”’]?[.;]")
# Verbs of reaching a level ("touched 52.", "reached 180."): their number is a level, no count done.
_REACH_VERBS = frozenset(LEX["reach_verbs"])


def _done_object(text: str, claim: ClaimDraft, counts: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the count a bare number ending its clause as a verb's object counts again: the last count of its size
    within reach (``_like_count``), or None.

    "Police said 27 people had died. Ward chairmen said they had buried or identified 31.": the noun is left out
    because the text has just counted it.
    """
    if _CLAUSE_END_AFTER.match(text, claim.end) is None:
        return None
    done = _DONE_BEFORE.search(text, max(0, claim.start - 40), claim.start)
    if done is None or done.group(1).lower() in _REACH_VERBS:
        return None
    like = _like_count(claim, counts)
    if like is None:
        return None
    ratio = _size_ratio(claim, like)
    near = [c for c in counts if 0 <= claim.start - c.end <= _SOURCE_REACH]
    # "felled 500 trees and cut 500 lines. Nobody had expected 500.": two counts of its size name two things.
    return None if any(c.unit != like.unit and _size_ratio(claim, c) == ratio for c in near) else like


def _series_unit(text: str, claims: list[ClaimDraft | Run], i: int) -> str:
    """Return the unit of the count right before ``claims[i]`` when both are counts of one series, or "".

    "went from 12,000 hectares on Monday to 18,500 on Tuesday, 24,000 on Wednesday and 27,500": a series names its
    unit once (``changes.series_before``), whatever it counts or measures.
    """
    claim, last = claims[i], claims[i - 1] if i else None
    if not isinstance(last, ClaimDraft) or not last.unit:
        return ""
    lo, hi = sentence_around(text, claim.start, claim.end)
    first = i
    while first > 0 and claims[first - 1].start >= lo:
        first -= 1
    stop = i + 1
    while stop < len(claims) and claims[stop].end <= hi:
        stop += 1
    spans = [(c.start, c.end) for c in claims[first:stop] if isinstance(c, ClaimDraft)]
    return last.unit if series_before((claim.start, claim.end), spans, text, lo) == (last.start, last.end) else ""


_DEATH_REACH = 80
_CLAUSE_BREAK = re.compile(r"[,;]|(?<![\w'’-])(?:and|while|but)(?![\w'’-])")
_DEATH_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(DEATH_WORDS)) + r")(?![\w'’-])", re.IGNORECASE)


def _dead_counted(text: str, counts: list[ClaimDraft]) -> ClaimDraft | None:
    """Return the text's last count told in its own words when it counts dead things other than people, a word of
    death in its own clause ("140 dead storks", "the number of vultures found dead reached 140"); else None.
    """
    told = next((count for count in reversed(counts) if INHERITED_RULE not in count.rule), None)
    if told is None or told.unit == "person":
        return None
    lo, hi = sentence_around(text, told.start, told.end)
    left = _CLAUSE_BREAK.split(text[max(lo, told.start - _DEATH_REACH) : told.start])[-1]
    right = _CLAUSE_BREAK.split(text[told.end : min(hi, told.end + _DEATH_REACH)])[0]
    return told if _DEATH_WORD.search(left) or _DEATH_WORD.search(right) else None


# "160 elephant deaths": a noun between a number and its deaths.
_DEATHS_OF = re.compile(WS + r"+([a-z]+)" + WS + r"+deaths?(?![\w'’-])")


def _dead_unit(text: str, claim: ClaimDraft, counts: list[ClaimDraft]) -> str:
    """Return the unit of the dead a count of people's deaths or toll counts, or "" when it names no other.

    A noun before "deaths" or "toll" names who died when it names people or a thing the text counted ("the human toll
    at 70", "160 elephant deaths", after "133 elephants have died"); else a bare toll counts the dead the text counted
    (``_dead_counted``).
    """
    if claim.noun.lower() in ("deaths", "death"):
        of = _DEATHS_OF.match(text, claim.end)
        return _named_counted(of.group(1), counts, True) if of is not None else ""
    if claim.noun or not is_toll_count(text, claim.start):
        return ""
    start = sentence_around(text, claim.start, claim.end)[0]
    named = _last_match(_NOUN_COUNT, text, start, claim.start)
    if named is not None:
        unit = _named_counted(named.group(1), counts, True)
        if unit:
            return unit
    dead = _dead_counted(text, counts)
    return dead.unit if dead is not None else ""


# Words naming quakes or their magnitude, and how far before a bare number they name what it measures.
_QUAKE_NAMED = re.compile(
    r"(?<![\w-])(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic|magnitudes?)(?![\w-])", re.IGNORECASE
)
_QUAKE_REACH = 200
# A number told to one decimal place, as a quake's magnitude is ("5.3", "4.9"), no scale word after it.
_ONE_DECIMAL = re.compile(r"(?<![\d.,])\d\.\d(?![\d.,])(?!" + WS + r"*(?:million|billion|trillion|bn|m)(?![A-Za-z]))")


def _magnitude_again(text: str, claim: ClaimDraft, magnitude: ClaimDraft | None) -> str:
    """Return "magnitude" for a bare number below 10 told to one decimal place within reach after the text's last
    magnitude or a word naming quakes or their magnitude, or "".

    "The survey measured the quake at magnitude 5.1 ... The European centre put it at 5.3", "revised the strongest to
    4.9 from 4.6": sources give a quake's magnitude again without naming it.
    """
    if claim.low is None or claim.low >= 10 or _ONE_DECIMAL.fullmatch(claim.quote.split()[-1]) is None:
        return ""
    if magnitude is not None and 0 <= claim.start - magnitude.end <= _SOURCE_REACH:
        return "magnitude"
    return "magnitude" if _QUAKE_NAMED.search(text, max(0, claim.start - _QUAKE_REACH), claim.start) else ""


def inherit_units(text: str, items: list[ClaimDraft | Run]) -> list[ClaimDraft | Run]:
    """Return the claims with each bare number given the unit of the count it continues or answers (``_unit_lender``).

    "killing 37 people and injuring more than 400", "2,841 houses ... and another 10,100",
    "58 cases this term, down from 60": the noun is written once and elided after.
    """
    claims = _open_runs(text, items)
    _share_or_units(text, claims)
    _respective_units(text, claims)
    prev: ClaimDraft | None = None
    measured: ClaimDraft | None = None
    first: ClaimDraft | None = None
    counted: ClaimDraft | None = None
    # The claim right before, whatever its unit, and the last sum of money.
    last: ClaimDraft | None = None
    money: ClaimDraft | None = None
    speed: ClaimDraft | None = None
    measure: ClaimDraft | None = None
    magnitude: ClaimDraft | None = None
    # The sentence's counts of things so far.
    sentence: list[ClaimDraft] = []
    # The text's last few counts of things (``_part_unit``).
    counts: list[ClaimDraft] = []
    for i, claim in enumerate(claims):
        if isinstance(claim, Run):
            # No count reaches its numbers (``_open_runs``); none of them has a unit to lend.
            prev = last = None
            continue
        if first is not None and (
            claim.start - first.end > _RIVAL_REACH or has_sentence_end(text, first.end, claim.start)
        ):
            first = None
        if sentence and has_sentence_end(text, sentence[-1].end, claim.start):
            sentence = []
        if claim.unit == "person" and counts:
            # "The trust put the toll at 260", after "the number of vultures found dead": a toll counts the dead the
            # text counted, people only by default; a noun before the toll or the deaths names who died ("the human
            # toll", "160 elephant deaths").
            dead_unit = _dead_unit(text, claim, counts)
            if dead_unit and dead_unit != claim.unit:
                claims[i] = claim = replace(claim, unit=dead_unit, rule=f"{claim.rule}+{INHERITED_RULE}")
        if (
            claim.unit == "person"
            and claim.noun.lower() == "missing"
            and first is not None
            and first.unit != "person"
            and _is_count_unit(first.unit)
            and _is_rival_count(text, first.end, claim.start)
        ):
            # "The line said 46 containers went over the side; the coast guard counted about 140 missing": a rival's
            # count of the missing counts what the count it answers counts, people only by default.
            claims[i] = claim = replace(claim, unit=first.unit, rule=f"{claim.rule}+{INHERITED_RULE}")
        if not claim.unit and not claim.noun:
            unit = (
                _magnitude_again(text, claim, magnitude)
                or _series_unit(text, claims, i)
                or _bare_unit(
                    text,
                    claim,
                    last,
                    prev,
                    measured,
                    first,
                    counted,
                    sentence,
                    money,
                    speed,
                    counts,
                    measure,
                    _own_count(text, claims, i),
                )
            )
            if unit:
                claims[i] = claim = replace(claim, unit=unit, rule=f"{claim.rule}+{INHERITED_RULE}")
        last = claim
        if claim.unit in _CURRENCY_UNITS and text.rfind("(", max(0, claim.start - 12), claim.start) < 0:
            # "(about $1.3 billion)": a conversion in brackets restates the sum before it.
            money = claim
        if claim.unit in _SPEED_UNITS:
            speed = claim
        if claim.unit == "magnitude":
            magnitude = claim
        if (
            _is_amount_unit(claim.unit)
            and INHERITED_RULE not in claim.rule
            and not _is_conversion(text, measure, claim)
        ):
            # The last amount named with its unit, not restated in another unit or told again bare.
            measure = claim
        if _is_count_unit(claim.unit):
            counted = claim
            sentence.append(claim)
            counts.append(claim)
            if len(counts) > _COUNTS_KEPT:
                del counts[0]
        if claim.unit:
            measured = claim
            first = first or claim
        if claim.unit and claim.unit not in NOT_INHERITED:
            prev = claim
        elif claim.unit in DURATION_UNITS or claim.unit in NOT_INHERITED:
            continue
        else:
            prev = None
    return claims


# The rule a claim carries when it takes the unit of another claim of the same value (``restated_units``).
RESTATED_RULE = "unit:restated"
# A restated value must be this large: small numbers recur by chance ("two", "12").
_RESTATED_FROM = 100
# "fewer than 3 million of the roughly 8.1 million registered voters": a part of a whole counted right after it.
_OF_WHOLE = re.compile(
    WS + r"+of" + WS + r"+(?:the|its|their|an|all)(?:" + WS + r"+[\w-]+['’]s?)?" + WS + "+", re.IGNORECASE
)


def _telling(claim: ClaimDraft) -> Decimal | None:
    return claim.low if claim.low is not None else claim.high


def restated_units(text: str, items: list[ClaimDraft | Run]) -> list[ClaimDraft | Run]:
    """Return the claims with a bare number given the unit of the whole it is part of, or of a like value.

    "fewer than 3 million of the roughly 8.1 million registered voters" (the whole's unit); "... 3,400 tonnes
    leaked. ... \"Three thousand four hundred is a measured number\"" (a number the text counted before or
    after, with one unit): the noun is written once in the text and left out where the number is told again.
    A number of a table of numbers (``ClaimDraft.bare``) tells nothing again: its values recur by chance.
    """
    by_value: dict[Decimal, set[str]] = {}
    for item in items:
        if isinstance(item, ClaimDraft) and _is_restated_source(item):
            value = _telling(item)
            if value is not None:
                by_value.setdefault(value, set()).add(item.unit)
    out = list(items)
    for i, claim in enumerate(out):
        if not isinstance(claim, ClaimDraft) or claim.unit or claim.noun or claim.bare:
            continue
        unit = ""
        whole = _OF_WHOLE.match(text, claim.end)
        if whole is not None and i + 1 < len(out):
            after = out[i + 1]
            if isinstance(after, ClaimDraft) and after.start == whole.end() and _is_count_unit(after.unit):
                unit = after.unit
        value = _telling(claim)
        if not unit and value is not None and value >= _RESTATED_FROM and len(by_value.get(value, ())) == 1:
            (unit,) = by_value[value]
        before = out[i - 1] if i else None
        if not unit and isinstance(before, ClaimDraft) and RESTATED_RULE in before.rule:
            # '"42,500, not 41,000 as given"': the number joined to one restated here takes the unit it took.
            unit = _joined_unit(text, claim, before, [])
        if unit:
            out[i] = replace(claim, unit=unit, rule=f"{claim.rule}+{RESTATED_RULE}")
    return out


def _is_restated_source(claim: ClaimDraft) -> bool:
    """Return whether a claim's unit may be lent to a like value: a count of things or a measure, its noun named."""
    unit = claim.unit
    return bool(unit) and unit not in NOT_INHERITED and unit not in COUNTING_UNITS and unit not in _CURRENCY_UNITS


def _open_runs(text: str, items: list[ClaimDraft | Run]) -> list[ClaimDraft | Run]:
    """Return ``items`` with the numbers of a run that a count before it may lend a unit to read one by one.

    A count lends its unit only within ``_RIVAL_REACH`` and with no sentence end between
    (``inherit_units``), and a number of a run lends none unless it took one: when the claims
    before a run end within reach of it in its sentence, its numbers up to its first sentence
    end are opened into drafts; the rest of the run stays whole.
    """
    out: list[ClaimDraft | Run] = []
    last_end = -1
    for item in items:
        if (
            isinstance(item, Run)
            and last_end >= 0
            and item.start - last_end <= _RIVAL_REACH
            and not has_sentence_end(text, last_end, item.start)
        ):
            stop = sentence_end_after(text, item.start)
            head, rest = item.split(len(item) if stop < 0 else bisect_left(item.starts, stop))
            out.extend(head)
            if rest is not None:
                out.append(rest)
        else:
            out.append(item)
        last_end = max(last_end, item.end)
    return out
