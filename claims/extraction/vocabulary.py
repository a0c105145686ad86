"""The lexicon's word tables as Python sets, maps and pattern pieces, built once at import.

Every word the extractor matches comes from ``lexicon.json``; the modules by concept import
their tables from here and keep only the shapes (regular expressions) that join them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache
from typing import Any

from .lexicon import _parsed

LEX: dict[str, Any] = _parsed()
# A blank inside a phrase: space, tab or no-break space.
WS = "[ \\t\\u00a0]"
# A word that may stand between a source and its count ("said only 300", "the organisers' some 8,000"), as a
# regex with its blank, optional.
LOOSE_BEFORE = r"(?:(?:about|some|nearly|around|only|just|roughly)" + WS + r"+)?"
OPENERS = "(\"“‘'["


def on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``pattern`` on its first call and returns that regex ever after.

    For the patterns of paths that few texts take: ``re`` compiles in Python, so a pattern
    compiled at import costs every process, the command line's above all, even when unused.

    >>> ago = on_first_use(r"[0-9]+ days ago")
    >>> ago().search("It fell 3 days ago.").group(), ago() is ago()
    ('3 days ago', True)
    """
    return cache(lambda: re.compile(pattern, flags))


def longest_first(words: Iterable[str]) -> list[str]:
    """Return ``words`` once each, longer first and alphabetical among equals: for alternations.

    A set's order changes from process to process (string hashing), and so would a pattern built
    from it, and its compiled form kept beside the bytecode would not be found (``regex_cache``).

    >>> longest_first(frozenset(("at", "in", "into")))
    ['into', 'at', 'in']
    """
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: list[str]) -> str:
    """Return a regex alternation that tries longer words first.

    >>> alternation(["up to", "up"])
    'up\\\\ to|up'
    """
    return "|".join(re.escape(w) for w in longest_first(words))


def spaced(words: list[str]) -> str:
    """Return an alternation whose spaces match any one blank (including NBSP), longer words first.

    >>> re.fullmatch(spaced(["or so"]), "or\\u00a0so") is not None
    True
    """
    return "|".join(WS.join(re.escape(part) for part in w.split(" ")) for w in longest_first(words))


def spaced_trie(words: list[str]) -> str:
    """Return a regex trie for phrases whose spaces match any one blank; shared prefixes are tried once.

    Longer phrases are tried before their prefixes ("or so they say" before "or so").

    >>> pattern = re.compile(spaced_trie(["or so", "or so they say", "and up"]))
    >>> pattern.match("or so they say").group(), pattern.match("or\u00a0so there").group()
    ('or so they say', 'or\xa0so')
    """
    root: dict[str, Any] = {}
    for phrase in words:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(WS if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "|".join(alts)
        if "" in node:
            return f"(?:{body})?"
        return f"(?:{body})" if len(alts) > 1 else body

    return emit(root)


def trie_pattern(words: list[str]) -> str:
    """Return a case-free regex trie for ``words`` (shared prefixes are tried once).

    The ASCII letters are matched without case by one ``(?ai:...)`` group around the trie, rather than
    a class per letter ("[eE]"), which ``re`` compiles several times slower.

    >>> re.fullmatch(trie_pattern(["en", "ens"]), "ENS") is not None
    True
    >>> trie_pattern(["en", "ens", "é"])
    '(?ai:(?:en(?:s)?|[éÉ]))'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (ch if "a" <= ch <= "z" else f"[{ch}{ch.upper()}]" if ch.isalpha() else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = "|".join(alts)
        if "" in node:
            return f"(?:{body})?"
        return f"(?:{body})" if len(alts) > 1 else body

    body = emit(root)
    return f"(?ai:{body})" if body else ""


def _words(key: str) -> frozenset[str]:
    return frozenset(LEX[key])


# --- numbers ---------------------------------------------------------------------------
NUMBER_WORDS: dict[str, int] = {**LEX["number_words"]["units"], **LEX["number_words"]["tens"]}
SCALE_WORDS: dict[str, int] = dict(LEX["number_words"]["scales"])
NW = alternation(list(NUMBER_WORDS) + list(SCALE_WORDS) + ["dozen"])
VAGUE: dict[str, tuple[Decimal, Decimal]] = {k: (Decimal(v[0]), Decimal(v[1])) for k, v in LEX["vague_plurals"].items()}
VAGUE_HEADS = sorted({k.split(" ")[0] for k in VAGUE})
VAGUE_NEEDS_OF = _words("vague_needs_of")
SCALE_SUFFIX = {k.lower(): Decimal(v) for k, v in LEX["scale_suffixes"].items()}
SPACED_ABBR: dict[str, int] = LEX["spaced_scale_abbreviations"]
FRACTIONS = _words("fraction_words")
VULGAR: dict[str, Decimal] = {k: Decimal(v[0]) / Decimal(v[1]) for k, v in LEX["vulgar_fractions"].items()}

# --- qualifiers ------------------------------------------------------------------------
HEDGES: dict[str, str] = {k.lower(): v for k, v in LEX["hedges_before"].items()}
MARGINS = frozenset(w.lower() for w in LEX["margin_words"])
# A margin written glued to the number ("±5", "+/-2") has no letters.
GLUED_MARGINS = tuple(sorted((w for w in MARGINS if not any(c.isalpha() for c in w)), key=lambda w: (-len(w), w)))
HEDGE_LAST_WORDS = frozenset(w.rsplit(" ", 1)[-1] for w in HEDGES) | frozenset(w.rsplit(" ", 1)[-1] for w in MARGINS)
# The most blank-separated words in one hedge or margin before the number.
HEDGE_WORDS_MAX = max(len(w.split(" ")) for w in [*HEDGES, *MARGINS])
# Words and marks after which a spaced hyphen before a number is a minus sign ("was - 20"), not a dash.
SIGN_OPENERS = frozenset(LEX["sign_openers"])
HEDGES_AFTER: dict[str, str] = {k.lower(): v for k, v in LEX["hedges_after"].items()}
ATTRIBUTION_HEDGES = frozenset(w.lower() for w in LEX["attribution_hedges"])
AGE_HEDGES = _words("age_hedges")
CONVERSION_OPENERS: list[str] = LEX["conversion_openers"]

# --- units and money -------------------------------------------------------------------
UNIT_SYMBOLS: dict[str, str] = LEX["unit_symbols"]
# Symbols whose case tells them apart ("eV" is no "EV", "mSv" no "MSV"): matched as written.
UNIT_SYMBOLS_EXACT: dict[str, str] = LEX["unit_symbols_exact"]
TEMPERATURE_SCALES: dict[str, str] = LEX["temperature_scales"]
# A temperature scale's name is a unit word ("90 fahrenheit"); its single letter is not.
UNIT_WORDS: dict[str, str] = {**LEX["unit_words"], **{k: v for k, v in TEMPERATURE_SCALES.items() if len(k) > 1}}
# Canonical units of measure, each with its pint expression: the one table conflicts convert by.
MEASURE_UNITS: dict[str, str] = LEX["measure_units"]
AFFINE_UNITS = frozenset(LEX["affine_units"])
WEIGHT_WORDS = tuple(LEX["weight_words"])
MONEY_WORDS = tuple(LEX["money_words"])
LENGTH_WORDS = tuple(LEX["length_words"])
NOUN_UNITS: dict[str, str] = LEX["noun_units"]
TIME_UNITS: dict[str, str] = LEX["time_units"]
DURATION: dict[str, tuple[str, int]] = {k: (v[0], int(v[1])) for k, v in LEX["duration_factors"].items()}
DURATION_UNITS = frozenset(TIME_UNITS.values())
RATE_UNITS: dict[tuple[str, str], str] = {(base, per): unit for base, per, unit in LEX["rate_units"]}
RATE_BASES = frozenset(base for base, _ in RATE_UNITS)
TIME_ZONES: list[str] = LEX["time_zones"]
CURRENCY_SYMBOLS: dict[str, str] = LEX["currency_symbols"]
CURRENCY_CODES: dict[str, str] = {c: LEX["currency_code_aliases"].get(c, c) for c in LEX["currency_codes"]}
CURRENCY_WORDS: dict[str, str] = LEX["currency_words"]
CURRENCY_SUBUNITS: dict[str, str] = LEX["currency_subunits"]
GLUED_CURRENCIES: dict[str, str] = LEX["glued_currency_prefixes"]
CURRENCY_BY_PLACE: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    noun: [(code, tuple(places)) for code, places in table.items()] for noun, table in LEX["currency_by_place"].items()
}
DOLLAR_PLACES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (code, tuple(places)) for code, places in LEX["dollar_places"].items()
)
KPW_CUES = tuple(LEX["won_places"]["KPW"])
KRW_CUES = tuple(LEX["won_places"]["KRW"])
PRICE_CUES = tuple(LEX["price_words"])
# Units that describe a circumstance of the sentence rather than the thing it counts.
NOT_INHERITED = DURATION_UNITS | frozenset(
    ("ratio", "magnitude", "degree Celsius", "degree Fahrenheit", "percent", "percentage_point", "vote")
)
# Units of length and of area, read from the pint expression each converts by.
LENGTH_UNITS = frozenset(
    unit
    for unit, name in MEASURE_UNITS.items()
    if name.endswith("meter") or name in ("inch", "foot", "yard", "mile", "nautical_mile")
)
AREA_UNITS = frozenset(
    unit for unit, name in MEASURE_UNITS.items() if name.endswith("** 2") or name in ("hectare", "acre")
)
MEASURES = (frozenset(UNIT_WORDS.values()) | frozenset(UNIT_SYMBOLS.values())) - frozenset(
    ("seat", "point", "goal", "vote")
)

# The forms of "be" ("were counted", "is sick"; only after them is an -ing word a predicate: "were fleeing").
BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# The possessive determiners ("their count", "its figure"): whose a noun is.
POSSESSIVE_DETERMINERS = frozenset(("its", "their", "his", "her", "our"))
# The endings of a possessive noun, lower case: "the union's", "the organisers'" (both apostrophes).
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")

# --- dates, times, page chrome ---------------------------------------------------------
MONTHS = _words("months")
WEEKDAYS = _words("weekdays")
YEAR_BEFORE = _words("year_words_before")
NAME_BEFORE = frozenset(w.lower() for w in LEX["name_words_before"])
PHONE_WORDS = _words("phone_words_before")
PHONE_LABELS = _words("phone_labels")
CALL_WORDS = _words("call_words")
COUNTER_LABELS = _words("counter_labels")
COUNTER_NOUNS = _words("counter_nouns")
# Nouns that count what follows them ("the number of people", "the total killed"): never what is counted.
COUNTING_NOUNS = _words("counting_nouns")
# Units that count counts ("the two counts", "three estimates"): their numbers' counted thing is what they count.
COUNTING_UNITS = frozenset(("count", "number", "total", "tally", "figure", "estimate", "toll"))
# Animals whose plural is spelled as their singular ("the number of cattle that died", "How many salmon escaped").
SAME_PLURALS = frozenset(("cattle", "sheep", "fish", "salmon", "trout", "deer", "jellyfish", "livestock"))
# Words that tell a count of the dead ("140 dead storks", "the number of vultures found dead"): what a toll counts.
DEATH_WORDS = frozenset(("dead", "died", "killed", "deaths", "perished", "carcasses"))
LETTER = re.compile(r"[A-Za-z]")
LABEL_BEFORE = _words("label_words_before")
TIME_FOLLOWERS = _words("train_time_followers")

# --- counted nouns ---------------------------------------------------------------------
FUNCTION_WORDS = _words("function_words") | frozenset(HEDGES) | MONTHS
# The verbs a count takes before its number ("the count of injured stands at 105", "rises to", "tops"): no plural.
COUNT_VERBS = _words("count_state_verbs") | _words("reach_verbs") | _words("series_verbs")
STOP = _words("noun_stop_words") | frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
PERSON = frozenset(w.lower() for w in LEX["person_nouns"])
# Words with a demonym's ending that name no people ("taxi", "clinic", "Italian" as an adjective).
NOT_DEMONYMS = frozenset(LEX["demonym_exceptions"])
# Nouns that name a body of people ("a crowd of 27,408", "the crowd inside was 40,000"): a count of one counts people.
PEOPLE_COLLECTIVES = frozenset(w.lower() for w in LEX["collective_nouns"]) - {"magnitude"}
# Bodies of animals and what a count of one's members counts: "the herd numbered seven" counts animals.
ANIMAL_COLLECTIVES: dict[str, str] = LEX["animal_collectives"]
NON_HEAD = _words("non_head_plurals")
# Gatherings whose size is the number of people in them ("How big was Tuesday's march?").
GATHERINGS = _words("gathering_nouns")
COUNT_NOUNS = _words("count_nouns") | PERSON | frozenset(TIME_UNITS) | frozenset(NOUN_UNITS)
PERSON_SUFFIXES = tuple(LEX["person_suffixes"])
PERSON_SUFFIX_EXCEPTIONS = _words("person_suffix_exceptions")
PERSON_VERBS_BEFORE = _words("person_verbs_before")
PERSON_VERBS_AFTER = _words("person_verbs_after")
AGE_WORDS = _words("age_words_before")
# "a father of three": a parent's number counts children.
PARENT_NOUNS = _words("parent_nouns")
# One person, named by a singular noun ("a boy", "the driver", "a farmer"): the age nouns and each plural of
# the person nouns with its "s" taken off, save nouns for deaths, arrests and the like ("deaths", "arrivals").
SINGULAR_PERSONS = (
    frozenset(LEX["age_nouns_before"])
    | frozenset(v for k, v in LEX["irregular_plurals"].items() if k in PERSON)
    | frozenset(w[:-3] + "y" for w in PERSON if w.endswith("ies") and w not in ("casualties", "bodies"))
    | frozenset(
        w[:-1] for w in PERSON if w.endswith("s") and not w.endswith(("ss", "ths", "ies", "als", "sts", "ions", "ures"))
    )
)
ONE_IDIOMS = _words("one_idioms_after")
ONE_PRONOUN_BEFORE = _words("one_pronoun_before")
ONE_DETERMINERS = _words("one_determiners")
SKIP_FIRST = _words("skipped_before_noun")
MULTIPLIER_AFTER = _words("multiplier_after")
CHANGE_VERBS = _words("change_verbs")
MOTION_VERBS = _words("motion_verbs")
TAKE_OVER = _words("take_over_verbs")
TOP_SUBJECT_WORDS = _words("top_subject_words")
OVER_EXCEEDS = _words("over_exceeds_after")
TEMPERATURE_WORDS = tuple(LEX["temperature_words"])
POLL_WORDS = tuple(LEX["poll_words"])

# --- scores ----------------------------------------------------------------------------
SCORE_WORDS = _words("score_words")
SCORE_UNITS = _words("score_units")
SCORE_CONTEXT: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in LEX["score_context"].items()}
SHOT_NAMES = _words("shot_names")
RESULT_VERBS = _words("result_verbs")
MARGIN_VERBS = _words("margin_verbs")
RESULT_NOUNS = _words("result_nouns")
CRICKET_WORDS = _words("cricket_words")
TENNIS_WORDS = _words("tennis_words")

# The four points of the compass, as words ("40 miles south of Zomba"; "northern" is a point and "ern").
COMPASS_POINTS = ("north", "south", "east", "west")
