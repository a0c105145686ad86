"""Find numeric claims in plain text: one regex scan for candidates, bounded windows around each."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from .lexicon import _parsed
from .model import PREFIX_LENGTH, ExtractedClaim
from .numerals import MAX_DIGITS, lemmatize, parse_digits, parse_number_words, tidy

__all__ = ["extract_claims"]

_LEX: dict[str, Any] = _parsed()
_WS = "[ \\t\\u00a0]"
_MAX_GAP = 24


def _alternation(words: list[str]) -> str:
    """Return a regex alternation that tries longer words first.

    >>> _alternation(["up to", "up"])
    'up\\\\ to|up'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _spaced(words: list[str]) -> str:
    """Return an alternation whose spaces match any run of blanks (including NBSP)."""
    return "|".join(
        _WS.join(re.escape(part) for part in w.split(" "))
        for w in sorted(set(words), key=lambda w: (-len(w), w))
    )


_NUMBER_WORDS: dict[str, int] = {**_LEX["number_words"]["units"], **_LEX["number_words"]["tens"]}
_SCALE_WORDS: dict[str, int] = dict(_LEX["number_words"]["scales"])
_VAGUE: dict[str, tuple[Decimal, Decimal]] = {
    k: (Decimal(v[0]), Decimal(v[1])) for k, v in _LEX["vague_plurals"].items()
}
_VAGUE_HEADS = sorted({k.split(" ")[0] for k in _VAGUE})
_TRIGGER_WORDS = sorted(set(_NUMBER_WORDS) | set(_SCALE_WORDS) | {"dozen"} | set(_VAGUE_HEADS))


def _trie_pattern(words: list[str]) -> str:
    """Return a case-free regex trie for ``words`` (shared prefixes are tried once).

    >>> re.fullmatch(_trie_pattern(["en", "ens"]), "ENS") is not None
    True
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (f"[{ch}{ch.upper()}]" if ch.isalpha() else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = "|".join(alts)
        if "" in node:
            return f"(?:{body})?"
        return f"(?:{body})" if len(alts) > 1 else body

    return emit(root)


def _build_master() -> re.Pattern[str]:
    # Every branch starts with a literal so that the regex engine skips ahead by its first-character
    # set; the words share a trie so each position tries few alternatives.
    branches = []
    for d in "0123456789":
        branches.append(
            d + r"(?<![\w.,]" + d + r")"
            r"(?:[0-9]{0,2}(?:,[0-9]{3}){1,12}(?![0-9])|[0-9]{0,%d})(?:\.[0-9]{1,20})?" % (MAX_DIGITS - 1)
        )
    groups: dict[str, list[str]] = defaultdict(list)
    for w in _TRIGGER_WORDS:
        groups[w[0]].append(w[1:])
    for first, rests in sorted(groups.items()):
        body = _trie_pattern(rests)
        for c in (first, first.upper()):
            branches.append(c + r"(?<![A-Za-z]" + c + r")" + body + r"(?![A-Za-z])")
    return re.compile("|".join(branches))


_MASTER = _build_master()

_NW = _alternation(list(_NUMBER_WORDS) + list(_SCALE_WORDS) + ["dozen"])
_WORD_CONT = re.compile(
    r"(?:(?:-|" + _WS + r"{1,3})(?:and" + _WS + r"{1,3})?(?:" + _NW + r")(?![A-Za-z])"
    r"|(?:-point-|" + _WS + r"point" + _WS + r")(?:[0-9]{1,12}|(?:" + _NW + r")(?:-(?:" + _NW + r")){0,8})"
    r"(?![A-Za-z])){1,10}",
    re.IGNORECASE,
)
_A_BEFORE = re.compile(r"(?<![A-Za-z])(?:half" + _WS + r"+an?|an?)" + _WS + r"+\Z", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + _spaced(_LEX["not_counts_before_scale"]) + r")" + _WS + r"+\Z", re.I
)
_VAGUE_CONT = re.compile(
    _WS + r"+of" + _WS + r"+(thousands|millions|billions)(?![A-Za-z])", re.IGNORECASE
)
_OF_AFTER = re.compile(_WS + r"+of(?![A-Za-z])", re.IGNORECASE)

_SCALE_SUFFIX = {k.lower(): Decimal(v) for k, v in _LEX["scale_suffixes"].items()}
_SPACED_ABBR: dict[str, int] = _LEX["spaced_scale_abbreviations"]
_UNIT_SYMBOLS: dict[str, str] = _LEX["unit_symbols"]
_PERCENT = _LEX["percent_words"]
_PP = _LEX["percentage_point_words"]
_GLUED = re.compile(
    r"(?P<ord>st|nd|rd|th)(?![A-Za-z])"
    r"|(?P<pct>" + _alternation(_LEX["percent_glued"]) + r")(?![A-Za-z])"
    r"|(?P<unit>" + _alternation(list(_UNIT_SYMBOLS)) + r")(?![A-Za-z0-9])"
    r"|(?P<scale>" + _alternation(list(_SCALE_SUFFIX)) + r")(?![A-Za-z0-9])"
    r"|(?P<time>[ap]\.?m\.?)(?![A-Za-z])"
    r"|(?P<letters>[A-Za-z'’]|°)",
    re.IGNORECASE,
)
_SPACED_AFTER = re.compile(
    _WS + r"{1,2}(?:"
    r"(?P<scale>" + _alternation(list(_SCALE_WORDS) + list(_SPACED_ABBR)) + r")(?![A-Za-z])"
    r"|(?P<pp>" + _spaced(_PP) + r")(?![A-Za-z])"
    r"|(?P<pct>" + _spaced(_PERCENT) + r")(?![A-Za-z])"
    r"|(?P<time>[ap]\.m\.|[ap]m(?![A-Za-z])|o['’]clock|GMT|UTC|BST|EST|EDT|PST|KST|CET|hrs(?![A-Za-z]))"
    r"|(?P<unit>" + _alternation([u for u in _UNIT_SYMBOLS if len(u) > 1]) + r")(?![A-Za-z0-9])"
    r")",
    re.IGNORECASE,
)
_CURRENCY_SYMBOLS: dict[str, str] = _LEX["currency_symbols"]
_CURRENCY_CODES: dict[str, str] = {
    c: _LEX["currency_code_aliases"].get(c, c) for c in _LEX["currency_codes"]
}
_CURRENCY_LEFT = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>" + _alternation(list(_CURRENCY_CODES)) + r")" + _WS + r"?"
    r"|(?P<sym>" + _alternation(list(_CURRENCY_SYMBOLS)) + r")" + _WS + r"?)\Z"
)
_CURRENCY_WORDS: dict[str, str] = _LEX["currency_words"]
_CURRENCY_CHARS = frozenset(c for sym in _CURRENCY_SYMBOLS for c in sym if not c.isalpha() and c != ".")
_CURRENCY_RIGHT = re.compile(
    _WS + r"{1,2}(?:(?P<code>" + _alternation(list(_CURRENCY_CODES)) + r")(?![A-Za-z])"
    r"|(?P<word>" + _spaced(list(_CURRENCY_WORDS)) + r")(?![A-Za-z]))",
    re.IGNORECASE,
)
_HEDGES: dict[str, str] = {k.lower(): v for k, v in _LEX["hedges_before"].items()}
_MARGINS = frozenset(w.lower() for w in _LEX["margin_words"])
_HEDGE_LAST_WORDS = frozenset(w.rsplit(" ", 1)[-1] for w in _HEDGES) | frozenset(
    w.rsplit(" ", 1)[-1] for w in _MARGINS)
_HEDGES_AFTER: dict[str, str] = {k.lower(): v for k, v in _LEX["hedges_after"].items()}
_HEDGE_RIGHT = re.compile(
    r"(?:" + _WS + r"{1,2}(?P<w>or" + _WS + r"(?:so|more|fewer|less|over|above|older|under|below|younger)"
    r"|and" + _WS + r"(?:over|above|older|up|under|below|younger))(?![A-Za-z])(?!" + _WS + r"{1,3}[0-9$€£])"
    r"|(?P<plus>\+)(?![0-9])|-(?P<dash>plus|odd)(?![A-Za-z]))",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"(?:" + _WS + r"{1,3}|\r?\n)([A-Za-z][A-Za-z'’-]*)")
_NEXT_WORDS = re.compile(
    r"(?:(?:" + _WS + r"{1,3}|\r?\n)(?:[A-Z](?:\.[A-Z])+\.?|[A-Za-z][A-Za-z'’-]*(?:(?<=-)[0-9]{1,4}[A-Za-z]{0,2})?"
    r"(?:-[A-Za-z][A-Za-z'’-]*)?)){1,6}"
)
_HYPHEN_WORD = re.compile(r"[-‐]([A-Za-z][A-Za-z]*)((?:-[A-Za-z]+){0,3})")
_CHAIN = re.compile(r"[0-9]{1,4}(?:([-/.])[0-9]{1,4}\1[0-9]{1,4}(?:\1[0-9]{1,4}){0,2}|[-/.][0-9]{1,4}[-/.][0-9]{1,4})")
_PHONE = re.compile(r"[0-9]{3}[-. ][0-9]{4}(?![0-9])")
# "+90 212 555 0147", "+44 (0)20 7946 0958", "0800-26362", "0300 123 1234", "(555) 201-3390": contact chrome.
_PHONE_FULL = re.compile(
    r"(?:\+[0-9]{1,3}(?:[ .\-\u00a0]?\(?[0-9]{1,5}\)?[0-9]{0,5}){2,5}"
    r"|\(?0[0-9]{1,5}\)?(?:[ .\-\u00a0][0-9]{2,8}){1,4}"
    r"|\(?[0-9]{3}\)?[ .\-]?[0-9]{3}[-. ][0-9]{4})(?![0-9])"
)
_DAY_RANGE = re.compile(r"(?:[-–]|[ \t\u00a0]{1,2}(?:to|and|through|until|till)[ \t\u00a0]{1,2})[0-3]?[0-9](?![0-9]|[.,][0-9])")
_DAY_RANGE_MONTH = re.compile(r"[-–][0-3]?[0-9][ \t\u00a0]([A-Z][a-z]{2,8})(?![a-z])")
_FISCAL = re.compile(r"[-/–][0-9]{2}(?![0-9])")
_AGE_LEFT = re.compile(
    r"(?:(?<![A-Za-z])(?:man|woman|boy|girl|mother|father|wife|husband|son|daughter)"
    r"|[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?(?:" + _WS + r"[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?){0,2})"
    r"(?:" + _WS + r"\([^()\n]{1,30}\))?,\s?\Z"
)
_AGE_WORDS = frozenset(_LEX["age_words_before"])
_RATIO_GAP = re.compile(
    _WS + r"{1,3}(?:in|out" + _WS + r"{1,3}of)(?:" + _WS + r"{1,3}every)?" + _WS + r"{1,3}\Z", re.I
)
_TO_GAP = re.compile(r"(?:" + _WS + r"{0,2}[-–—]" + _WS + r"{0,2}|" + _WS + r"{1,3}to" + _WS + r"{1,3})\Z", re.I)
_AND_GAP = re.compile(_WS + r"{1,3}and" + _WS + r"{1,3}\Z", re.IGNORECASE)
_DASH_GAP = re.compile(r"(?:[-–—]|" + _WS + r"[-–—]" + _WS + r")\Z")
_COMPOUND_GAP = re.compile(r"(?:,?" + _WS + r"{1,3}and|,)" + _WS + r"{1,3}\Z", re.IGNORECASE)
_PAREN_GAP = re.compile(r"\A[^()\n.;]{0,30}\(" + _WS + r"?(?:about|around|some|roughly|nearly|approximately|almost|or)?" + _WS + r"?\Z", re.I)
_ACCORDING = re.compile(r"(?<![A-Za-z])according to ([^.;:\n,()\"“”]{2,60})", re.IGNORECASE)
_SAID_RIGHT = re.compile(
    r"\A[^.;\n]{0,80}?[,”\"]" + _WS + r"{0,2}((?:the |The )?[A-Z]?[\w.'’-]*(?:" + _WS + r"[\w.'’-]+){0,4}?"
    + _WS + r"(?:said|says|reported|estimated|told))(?![A-Za-z])"
)
_SAID_LEFT = re.compile(
    r"((?:the |The |[A-Z])[\w.'’-]*(?:" + _WS + r"[\w.'’-]+){0,4}?" + _WS
    + r"(?:said|says|say|estimated|estimates|reported|reports))(?:" + _WS + r"that)?(?![A-Za-z])[^.;\n]{0,60}\Z"
)
_MONTHS = frozenset(_LEX["months"])
_WEEKDAYS = frozenset(_LEX["weekdays"])
_NAME_BEFORE = frozenset(w.lower() for w in _LEX["name_words_before"])
_PHONE_WORDS = frozenset(("call", "tel", "tel.", "phone", "fax", "dial", "on", "helpline", "hotline", "whatsapp",
                          "contact", "or", "at"))
_FUNCTION_WORDS = frozenset(_LEX["function_words"]) | frozenset(_HEDGES) | _MONTHS
_YEAR_BEFORE = frozenset(_LEX["year_words_before"])
_STOP = frozenset(_LEX["noun_stop_words"]) | frozenset(_NUMBER_WORDS) | frozenset(_SCALE_WORDS)
_PERSON = frozenset(w.lower() for w in _LEX["person_nouns"])
_NOUN_UNITS: dict[str, str] = _LEX["noun_units"]
_UNIT_WORDS: dict[str, str] = _LEX["unit_words"]
_TIME_UNITS: dict[str, str] = _LEX["time_units"]
_DURATION: dict[str, tuple[str, int]] = {k: (v[0], int(v[1])) for k, v in _LEX["duration_factors"].items()}
_NON_HEAD = frozenset(_LEX["non_head_plurals"])
_FRACTIONS = frozenset(_LEX["fraction_words"])
_ONE_IDIOMS = frozenset(_LEX["one_idioms_after"])
_COUNT_NOUNS = frozenset(_LEX["count_nouns"]) | _PERSON | frozenset(_TIME_UNITS) | frozenset(_NOUN_UNITS)
_SCORE_WORDS = frozenset(_LEX["score_words"])
_SCORE_UNITS = frozenset(("goal", "point", "vote", "run", "game", "set", "try", "wicket"))
_SCORE_CONTEXT: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["score_context"].items()}
_WORDISH = re.compile(r"[A-Za-z#][\w.'’-]{0,20}")
_OPENERS = "(\"“‘'["
_PART_OF_GAP = re.compile(
    _WS + r"{1,3}of" + _WS + r"{1,3}(?:(?:the|its|their|his|her|our|these|those)" + _WS + r"{1,3})?"
    r"(?:[A-Za-z][\w.]*['’]s" + _WS + r"{1,3})?(?:only" + _WS + r"{1,3})?",
    re.IGNORECASE,
)
_ADDRESS_AFTER = re.compile(
    r"(?:" + _WS + r"[A-Z][\w'’-]*\.?){1,3}" + _WS + r"(?:" + _alternation(
        [w.title() for w in _LEX["address_words"]]) + r")(?![A-Za-z])"
)
_CHROME_LABEL_LINE = re.compile(
    r"[ \t\u00a0•·*|>-]*(?:" + _spaced(_LEX["chrome_labels"]) + r")" + _WS + r"?[(:]?" + _WS + r"?[0-9,.]+[)]?"
    r"[ \t\u00a0•·*|>-]*\Z", re.I
)
_PROMO = re.compile(r"(?<![A-Za-z])(?:" + _spaced(_LEX["promo_words"]) + r")(?![A-Za-z])", re.I)
_CHROME_AFTER = re.compile(_WS + r"(?:" + _spaced(_LEX["chrome_after"]) + r")(?![A-Za-z])", re.I)
_PERSON_VERBS_BEFORE = frozenset(_LEX["person_verbs_before"])
_PERSON_VERBS_AFTER = frozenset(_LEX["person_verbs_after"])
_OF_NUMBER = re.compile(_WS + r"{1,2}of" + _WS + r"{1,2}[0-9]{1,4}(?![0-9,.])")
_NUMBER_OF = re.compile(
    r"(?<![A-Za-z])(?:number|numbers|total|count|tally)" + _WS + r"of" + _WS
    + r"(?:[A-Za-z-]+" + _WS + r"){0,2}?([A-Za-z-]*[a-z]s)(?![A-Za-z])", re.IGNORECASE
)
_TOLL = re.compile(r"(?<![A-Za-z])(?:death|casualty)" + _WS + r"toll(?![A-Za-z])", re.IGNORECASE)
_AGO = re.compile(_WS + r"(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)" + _WS + r"ago(?![A-Za-z])", re.I)
_CHANGE_VERBS = frozenset(_LEX["change_verbs"])
_TEMPERATURE_WORDS = tuple(_LEX["temperature_words"])
_SHOT_NAMES = frozenset(("range", "line", "arc", "shot", "shots", "shooting", "shooter", "attempt", "attempts",
                         "play", "plays", "basket", "baskets", "field", "territory", "percentage"))
_DISEASE_WORDS = tuple(_LEX["disease_words"])
_POLL_WORDS = tuple(_LEX["poll_words"])
_RATE_BASES = frozenset(("km", "m", "mile"))
_RATE_UNITS = {("km", "second"): "km/s", ("km", "hour"): "km/h", ("m", "second"): "m/s",
               ("mile", "hour"): "mph", ("mile", "second"): "mi/s", ("m", "minute"): "m/min"}
_PER_TIME = re.compile(_WS + r"{1,2}(?:per|an|a)" + _WS + r"{1,2}(second|hour|minute)(?![A-Za-z])", re.I)
_PER_DOLLAR = re.compile(_WS + r"{0,2}(?:per|to" + _WS + r"the|against" + _WS + r"the)" + _WS
                         + r"(dollar|euro|pound)(?![A-Za-z])", re.I)
_COLLECTIVE_OF = re.compile(r"(?<![A-Za-z])(" + _alternation(_LEX["collective_nouns"]) + r")" + _WS + r"{1,2}of"
                            + _WS + r"{1,2}\Z", re.I)
_AGE_HEDGES = frozenset(("under", "over", "below", "above"))
_GAME_RUN = re.compile(_WS + r"{1,2}(?:in" + _WS + r"a" + _WS + r"row|straight|consecutive|on" + _WS
                       + r"the" + _WS + r"(?:trot|spin))(?![A-Za-z])", re.I)
_RESULT_VERBS = frozenset(("won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "unbeaten",
                           "drawn", "drew", "winless"))
_MARGIN_VERBS = frozenset(("led", "lead", "leads", "leading", "scored", "score", "scores", "scoring", "trailed",
                           "trailing", "trail", "trails", "margin"))
_OF_LAST = re.compile(_WS + r"{1,2}of" + _WS + r"{1,2}(?:its|their|his|her|the)" + _WS + r"{1,2}last(?![A-Za-z])", re.I)
_CURRENCY_BY_PLACE: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    noun: [(code, tuple(places)) for code, places in table.items()]
    for noun, table in _LEX["currency_by_place"].items()
}
_PERSON_SUFFIXES = tuple(_LEX["person_suffixes"])
_PERSON_SUFFIX_EXCEPTIONS = frozenset(_LEX["person_suffix_exceptions"])
_DURATION_UNITS = frozenset(_TIME_UNITS.values())
_GLUED_CURRENCIES: dict[str, str] = _LEX["glued_currency_prefixes"]
_GLUED_MONEY_LEFT = re.compile(
    r"(?<![A-Za-z])(" + _alternation(list(_GLUED_CURRENCIES)) + r")\.?([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,12}(?:\.[0-9]{1,6})?)" + _WS + r"\Z"
)
# Units that describe a circumstance of the sentence rather than the thing it counts.
_NOT_INHERITED = _DURATION_UNITS | frozenset(("ratio", "magnitude", "degree Celsius", "degree Fahrenheit",
                                              "percent", "percentage_point", "vote"))
_REACH_LEFT = re.compile(
    r"(?<![A-Za-z])(?:" + _alternation(_LEX["reach_verbs"]) + r")(?:" + _WS + r"{1,2}(?:to|at|by))?"
    r"(?:" + _WS + r"{1,2}(?:" + _spaced([h for h in _LEX["hedges_before"]]) + r"))?" + _WS + r"{0,2}\Z", re.I
)
_MEASURES = (frozenset(_UNIT_WORDS.values()) | frozenset(_UNIT_SYMBOLS.values())) - frozenset(
    ("seat", "point", "goal", "vote"))
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?:" + _WS + r"|\n)|\n")
_OVER_EXCEEDS = frozenset(_LEX["over_exceeds_after"])
_TAKE_OVER = frozenset(("took", "take", "takes", "taking", "taken"))
_AGO_AFTER = re.compile(r"(?:" + _WS + r"{1,3}[A-Za-z]+){0,1}" + _WS + r"{1,3}ago(?![A-Za-z])", re.I)
_SKIP_FIRST = frozenset(("more", "additional", "other", "new", "extra", "fewer", "less"))
_WORD_SPLIT = re.compile(r"[A-Za-z][A-Za-z-]*")
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
           "⅔": Decimal(2) / 3}
_MIXED_FRACTION_START = frozenset(" \u00a0" + "".join(_VULGAR))
_MIXED_FRACTION = re.compile(
    r"(?:[ \u00a0]([1-9])/([2-9]|1[0-6])(?![0-9/])|[ \u00a0]?([" + "".join(_VULGAR) + r"]))")
_RETURN_PERIOD = re.compile(r"-in-([1-9][0-9]{0,2}(?:,[0-9]{3})*(?![0-9.,])|(?:" + _NW + r")(?![A-Za-z]))", re.I)
_OF_GAP = re.compile(r"-of-|" + _WS + r"{1,2}of" + _WS + r"{1,2}", re.I)
_SHOT_AFTER = re.compile(
    r"[ \u00a0-](?:shooting|from" + _WS + r"(?:the" + _WS + r"(?:field|floor|line|arc)|deep|three|3-point|beyond"
    r"|long" + _WS + r"range)|on" + _WS + r"(?:3-pointers|three-pointers|free" + _WS + r"throws|field" + _WS
    + r"goals)|free[- ]throws?|field[- ]goals?|3-pointers|three-pointers|from" + _WS + r"the" + _WS + r"spot)",
    re.I)
_CENTURY_BEFORE = re.compile(
    r"(?:[0-9]+(?:st|nd|rd|th)|first|second|third|maiden|his|her|their|Test|ODI|T20I?|international)"
    r"(?:" + _WS + r"(?:Test|ODI|T20I?|international|career|first-class|county))?" + _WS + r"\Z")
_CLOCK_CONTEXT = re.compile(r"[0-9](?:am|pm|a\.m\.|p\.m\.)|o['’]clock|noon|midnight|[0-9]:[0-5][0-9]", re.I)
_ONE_PRONOUN_BEFORE = frozenset(("no", "any", "every", "each", "someone", "which"))
_AT_A_TIME = re.compile(_WS + r"at" + _WS + r"a" + _WS + r"time(?![A-Za-z])", re.I)
_HYPHEN_SCALE = re.compile(r"[-‐](" + _alternation([w for w in _SCALE_WORDS if w != "hundred"]) + r")(?![A-Za-z])",
                           re.I)
_SUBUNITS = {"cents": "$", "cent": "$", "pence": "GBP", "paise": "INR"}
_SUBUNIT_RIGHT = re.compile(_WS + r"{1,2}(cents?|pence|paise)(?![A-Za-z])", re.I)
_DOLLAR_PLACES: tuple[tuple[str, tuple[str, ...]], ...] = tuple({
        "AUD": ("australia", "queensland", "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra",
                "new south wales", "tasmania", "gold coast"),
        "CAD": ("canada", "canadian", "ontario", "toronto", "ottawa", "quebec", "alberta", "vancouver",
                "montreal", "british columbia", "calgary"),
        "NZD": ("new zealand", "auckland", "wellington", "christchurch"),
        "SGD": ("singapore",), "HKD": ("hong kong",),
        "USD": ("u.s.", "united states", "american", "washington", "new york", "california", "texas",
                "florida", "wall street", "federal reserve", "nasdaq", "nyse", "white house"),
    }.items())
_RESULT_NOUNS = frozenset(("win", "victory", "defeat", "loss", "draw", "lead", "triumph", "success", "thrashing",
                           "drubbing", "scoreline", "aggregate", "home", "away", "reverse", "comeback", "rout"))
_CRICKET_WORDS = frozenset(("wicket", "wickets", "innings", "overs", "stumps", "bowled", "bowler", "bowlers", "batting",
                            "batted", "cricket", "lbw", "fours", "sixes", "test", "odi", "century", "declared",
                            "bowling", "batter", "batters", "batsman", "spinner", "seamer"))
_TENNIS_WORDS = frozenset(("set", "sets", "tiebreak", "tie-break", "tiebreaker", "serve", "served", "serving", "seed",
                           "wta", "atp", "deuce", "ace", "aces", "tennis", "grand", "slam", "wimbledon", "break",
                           "breaks", "semifinal", "quarterfinal", "match"))
_AGE_VERB_LEFT = re.compile(
    r"(?<![A-Za-z])(?:(?:died|dies|dead|retired|retires|married|debuted|school|death)" + _WS + r"(?:aged" + _WS
    + r"|at" + _WS + r"(?:the" + _WS + r"age" + _WS + r"of" + _WS + r")?)|(?:turns|turned|turning)" + _WS + r")\Z")
_COLLECTIVE_IS = re.compile(
    r"(?<![A-Za-z])(" + _alternation(_LEX["collective_nouns"]) + r")(?::|" + _WS + r"(?:is|was|were|stood"
    + _WS + r"at|rose" + _WS + r"to|fell" + _WS + r"to|grew" + _WS + r"to|reached|totalled|totaled|numbered))"
    + _WS + r"{1,2}\Z", re.I)
_CALL_WORDS = frozenset(("call", "calls", "called", "calling", "dial", "dialled", "dialed", "dialling", "dialing",
                         "ring", "rang", "phone", "phoned", "text", "texted"))
_COUNTER_LABELS = frozenset(("comments", "comment", "replies", "shares", "likes", "views", "reactions", "responses"))
_DOT_TIME = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
_TIME_FOLLOWERS = frozenset(("from", "to", "service", "train", "departure", "arrival", "express", "am", "pm"))
_COUNTER_NOUNS = frozenset(("comments", "shares", "photos", "views", "posts"))
_MOTION_VERBS = frozenset(("rose", "rise", "rises", "rising", "jumped", "jumps", "jumping", "leapt", "leaped",
                           "climbed", "towered", "towering", "soared", "soaring", "flew", "glided", "hovered"))
_TOP_SUBJECT_WORDS = frozenset(("to", "will", "could", "may", "might", "would", "should", "can", "set", "expected",
                                "poised", "likely", "sales", "deaths", "cases", "prices", "temperatures"))
_LINE_JUNK = " \t\u00a0•·*-–—+−|>"
_AND_HALF = re.compile(_WS + r"{1,2}and" + _WS + r"{1,2}a" + _WS + r"{1,2}half(?![A-Za-z])", re.I)
_TO_NUMBER = re.compile(_WS + r"{1,3}to" + _WS + r"{1,3}(?:[0-9]|(?:" + _NW + r")(?![A-Za-z]))", re.I)
_IN_NUMBER = re.compile(
    _WS + r"{1,3}(?:in|out" + _WS + r"{1,3}of)" + _WS + r"{1,3}(?:every" + _WS + r"{1,3})?(?:[0-9]|(?:" + _NW
    + r")(?![A-Za-z]))", re.I)
# "the previous one", "this one": a pronoun after a determiner, unless a counted noun follows.
_ONE_DETERMINERS = frozenset(("the", "previous", "next", "this", "that", "another", "last", "latest", "same",
                              "earlier", "new", "older", "second", "first", "third", "a"))
# "range in age from 24 to 61", "aged from 19 to 35": a spread, not a change.
_SPREAD_LEFT = re.compile(r"(?<![a-z])(?:rang(?:e|es|ed|ing)|aged?|ages|var(?:y|ies|ied|ying))(?![a-z])")
_PRONOUN_AGE = re.compile(
    r"(?<![A-Za-z])(?:I|[Hh]e|[Ss]he)(?:" + _WS + r"(?:am|is|was)|['’]m|['’]s)" + _WS + r"\Z")
_OF_PEOPLE = re.compile(_WS + r"{1,2}of" + _WS + r"{1,2}(?:us|them|you|whom)(?![A-Za-z])", re.I)
_DECADE_LEFT = re.compile(
    r"(?<![A-Za-z])(?:their|his|her|my|our|your)" + _WS + r"(?:[1-9]0s" + _WS + r"(?:and|or|to)" + _WS + r")?\Z",
    re.I)
_LABEL_BEFORE = frozenset(("para", "paras", "paragraph", "paragraphs", "photo", "photos", "image", "images",
                           "picture", "pictures", "slide", "slides", "page", "pages"))
_MULTIPLIER_AFTER = frozenset(("as", "the", "what", "that", "more", "less", "higher", "lower", "larger", "bigger",
                               "greater", "smaller", "faster", "slower", "than", "its", "their", "his", "her", "our",
                               "over", "earnings", "income", "incomes", "salary", "wages", "cheaper", "costlier",
                               "longer", "wider", "heavier", "stronger", "richer", "poorer", "likelier", "likely"))
_KPW_CUES = ("hyesan", "chongjin", "sinuiju", "ryanggang", "hamgyong", "jangmadang", "north korean won",
             "north korean market", "markets in north korea", "pyongyang market", "daily nk", "rfa ")
_KRW_CUES = ("seoul", "south korea", "south korean")
_PRICE_CUES = ("market", "price", "cost", "sold for", "kilogram", "exchange rate", "wage", "salary")


@dataclass(slots=True)
class _Atom:
    """One number as read, before qualifiers and pairing."""

    start: int
    end: int
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    unit: str = ""
    noun: str = ""
    noun_end: int = -1
    rule: str = "number"
    qualifier: str = "exact"
    is_word: bool = False
    has_scale: bool = False
    is_money: bool = False
    is_percent: bool = False
    unit_locked: bool = False
    rejected: bool = False


def extract_claims(text: str) -> list[ExtractedClaim]:
    """Return the numeric claims in ``text``, sorted by start offset.

    >>> [c.quote for c in extract_claims("Some 30 defectors were caught on Oct. 8, 2023.")]
    ['Some 30']
    >>> c = extract_claims("as many as 2,000 people")[0]
    >>> (c.quote, c.low, c.high, c.qualifier, c.unit)
    ('as many as 2,000', None, Decimal('2000'), 'at_most', 'person')
    """
    if not text:
        return []
    atoms = _read_atoms(text)
    claims = _combine(text, atoms)
    claims.sort(key=lambda c: (c.start, c.end))
    _inherit_units(text, claims)
    return claims


def _inherit_units(text: str, claims: list[ExtractedClaim]) -> None:
    """Give a bare number the unit of the count before it in the same sentence.

    "killing 37 people and injuring more than 400", "2,841 houses ... and another 10,100",
    "58 cases this term, down from 60": the noun is written once and elided after.

    >>> [c.unit for c in extract_claims("It destroyed 2,841 houses and damaged another 10,100.")]
    ['house', 'house']
    """
    prev: ExtractedClaim | None = None
    for i, claim in enumerate(claims):
        # A measurement lends its unit only across a short, unbroken gap ("300 km and another 200").
        measure = prev is not None and prev.unit in _MEASURES
        if not claim.unit and not claim.noun and prev is not None and prev.unit not in _NOT_INHERITED \
                and 0 <= claim.start - prev.end <= (30 if measure else 200) \
                and not (measure and "," in text[prev.end : claim.start]) \
                and not _SENTENCE_END.search(text, prev.end, claim.start):
            claims[i] = replace(claim, unit=prev.unit, rule=claim.rule + "+unit:inherited")
            claim = claims[i]
        if claim.unit and claim.unit not in _NOT_INHERITED:
            prev = claim
        elif claim.unit in _DURATION_UNITS or claim.unit in _NOT_INHERITED:
            continue
        else:
            prev = None


# --- reading single numbers -------------------------------------------------------------


def _read_atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    consumed = 0
    n = len(text)
    for m in _MASTER.finditer(text):
        s, e = m.span()
        if s < consumed:
            continue
        if text[s].isdigit():
            if e < n and text[e].isdigit():
                consumed = e
                continue
            if text[e : e + 1] in ("-", "/", "."):
                chain = _CHAIN.match(text, s)
                if chain is not None:
                    consumed = chain.end()
                    continue
            atom, consumed_to = _read_digits(text, s, e)
        else:
            atom, consumed_to = _read_words(text, s, e)
        consumed = max(consumed, consumed_to)
        if atom is not None:
            atoms.append(atom)
    return atoms


def _left_tokens(text: str, s: int) -> list[tuple[str, int]]:
    """Return up to five blank-separated tokens that end right before ``s``, with their offsets.

    >>> _left_tokens("killed at least 37", 16)
    [('killed', 0), ('at', 7), ('least', 10)]
    """
    global _LEFT_CACHE
    cached = _LEFT_CACHE
    if cached[1] == s and cached[0] is text:
        return cached[2]
    lo = max(0, s - 48)
    chunk = text[lo:s]
    toks = chunk.rsplit(None, 5)
    if len(toks) == 6 or (lo > 0 and toks and not chunk[0].isspace()):
        toks = toks[1:]
    out: list[tuple[str, int]] = []
    pos = len(chunk)
    for tok in reversed(toks):
        i = chunk.rfind(tok, 0, pos)
        out.append((tok, lo + i))
        pos = i
    out.reverse()
    _LEFT_CACHE = (text, s, out)
    return out


_LEFT_CACHE: tuple[str, int, list[tuple[str, int]]] = ("", -1, [])


def _prev_word(text: str, s: int) -> str:
    if s < 2 or not text[s - 1].isspace():
        return ""
    toks = text[max(0, s - 24) : s].rsplit(None, 1)
    if not toks:
        return ""
    tok = toks[-1]
    if len(toks) == 1 and s > 24:
        return ""
    if tok[0] in _OPENERS:
        # "“Section 230": an opening quote or bracket does not hide the word.
        tok = tok.lstrip(_OPENERS)
        if not tok:
            return ""
    return tok if _WORDISH.fullmatch(tok) else ""


def _last_left_word(text: str, s: int) -> str:
    """Return the lower-cased token right before ``s`` (glued or blank-separated), stripped of punctuation."""
    toks = text[max(0, s - 24) : s].rsplit(None, 1)
    return toks[-1].lower().strip("-‐(\"“‘'[,") if toks else ""


def _is_chrome_line(text: str, s: int, e: int) -> bool:
    lo = text.rfind("\n", max(0, s - 12), s)
    if lo < 0 and s > 12:
        return False
    hi = text.find("\n", e, e + 12)
    if hi < 0:
        if e + 12 < len(text):
            return False
        hi = len(text)
    line = text[lo + 1 : hi]
    return line.strip(_LINE_JUNK) == text[s:e].strip(_LINE_JUNK)


def _line_bounds(text: str, s: int, e: int, reach: int) -> tuple[int, int] | None:
    """Return the bounds of the line around [s, e) when it is at most ``reach`` characters each side."""
    lo = text.rfind("\n", max(0, s - reach), s)
    if lo < 0 and s > reach:
        return None
    hi = text.find("\n", e, e + reach)
    if hi < 0:
        if e + reach < len(text):
            return None
        hi = len(text)
    return lo + 1, hi


def _is_list_index(text: str, s: int, e: int, value: Decimal) -> bool:
    """Return whether a number opening a line indexes a numbered list ("Most Read / 2 Samsung ... / 3 KTX ...")."""
    if value >= 100 or value != value.to_integral_value() or text[e : e + 1] not in (" ", "\t", ".", ")") \
            or not _at_line_start(text, s):
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


def _line_opens_with(text: str, i: int, k: int) -> bool:
    stop = i + 6
    while i < stop and text[i : i + 1] in (" ", "\t", "\u00a0", "•", "·", "*", "-"):
        i += 1
    tag = str(k)
    return text.startswith(tag, i) and text[i + len(tag) : i + len(tag) + 1] in (" ", "\t", ".", ")")


def _is_promo_or_label_line(text: str, s: int, e: int) -> bool:
    """Return whether the number sits on a short chrome line: "Comments (112)", "Subscribe now: $1 for 6 months"."""
    bounds = _line_bounds(text, s, e, 100)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]]
    if _CHROME_LABEL_LINE.match(line):
        return True
    m = _PROMO.search(line)
    return m is not None and (m.start() < 3 or not line.rstrip().endswith((".", "”", '"')))


def _is_counter_line(text: str, s: int, e: int) -> bool:
    bounds = _line_bounds(text, s, e, 30)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]]
    return _at_line_start(text, s) or "/" in line or "|" in line or "hoto" in line or "mage" in line


def _in_token_with(text: str, s: int, e: int) -> bool:
    """Return whether the blank-delimited token around [s, e) is a URL, e-mail or file name."""
    lo = max(0, s - 80)
    left = text[lo:s]
    cut = max(left.rfind(" "), left.rfind("\n"), left.rfind("\t"), left.rfind("\u00a0"))
    tok = left[cut + 1 :] + text[s : e + 40].split(None, 1)[0] if e < len(text) else left[cut + 1 :]
    low = tok.lower()
    return "@" in tok or "://" in tok or low.startswith("www.") or "/" in tok.rstrip("/.,;:)")


def _read_digits(text: str, s: int, e: int) -> tuple[_Atom | None, int]:
    n = len(text)
    raw = text[s:e]
    # A blank stands in for the text's edges so that ``in`` tests never see an empty string.
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < n else " "
    if prev in "-‐" and s >= 2 and text[s - 2].isalpha():
        if _last_left_word(text, s) != "magnitude" and text[s - 4 : s - 1].lower() not in ("-of", "-in"):
            return None, e
    if prev in "+(" or (len(raw) > 1 and raw[0] == "0" and raw[1] != ".") or (len(raw) == 3 and nxt in "-. )"):
        phone = _PHONE_FULL.match(text, s - 1 if prev in "+(" else s)
        if phone is not None and (prev in "+(" or raw[0] == "0" or phone.group().count(" ") == 0 or
                                  _prev_word(text, s).lower().rstrip(":") in _PHONE_WORDS):
            return None, phone.end()
    if prev in "-‐" and s >= 3 and text[s - 2].isdigit():
        # "A350-1000", "Boeing 787-9": the tail of a model number.
        i = s - 2
        while i > s - 8 and i > 0 and text[i - 1].isdigit():
            i -= 1
        if i > 0 and (text[i - 1].isalpha() or _prev_word(text, i).lower() in _NAME_BEFORE) \
                and _prev_word(text, i) != "series":
            return None, e
    if prev in "/:" or nxt in "/:@" or prev in "#@_=&?\\":
        if prev in "#@_=&?\\" or nxt == "@" or (prev == ":" and s >= 2 and text[s - 2].isdigit()):
            return None, e
        if nxt == ":" and e + 1 < n and text[e + 1].isdigit():
            return None, e + 1
        if (prev == "/" and s >= 2 and text[s - 2].isdigit()) or (nxt == "/" and e + 1 < n and text[e + 1].isdigit()):
            return None, e + 1
        if _in_token_with(text, s, e):
            return None, e
    if nxt == "." and e + 1 < n and text[e + 1].isdigit():
        return None, e + 2
    if nxt == "," and e + 1 < n and text[e + 1].isdigit():
        return None, e + 1
    if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
        return None, e
    if len(raw) == 3 and nxt in "-. " and raw.isdigit():
        phone = _PHONE.match(text, s)
        if phone is not None and not (s >= 1 and text[s - 1] in "$€£"):
            pw = _prev_word(text, s).lower()
            if nxt != " " or pw in ("call", "tel", "tel.", "phone", "fax", "dial"):
                return None, phone.end()
    if len(raw) == 4 and raw.isdigit() and "18" <= raw[:2] <= "20" and nxt not in "%$€£":
        # A year standing alone or in a date context ("in 2018", "Hangzhou 2022", "2018.").
        if nxt != " " or _prev_word(text, s).lower() in _YEAR_BEFORE:
            if not (nxt in "-–" and e + 1 < n and text[e + 1].isdigit()) and prev not in "$€£":
                fiscal = _FISCAL.match(text, e)
                return None, fiscal.end() if fiscal else e
    if nxt in "-–" and len(raw) <= 2 and raw.isdigit():
        day_range = _DAY_RANGE_MONTH.match(text, e)
        if day_range is not None and day_range.group(1).lower() in _MONTHS:
            # "12-17 September": a date range.
            return None, day_range.end()
    value = parse_digits(raw)
    if value is None:
        return None, e
    if raw == "1" and text[e : e + 4].lower() == "-in-":
        period = _read_return_period(text, s, e)
        if period is not None:
            return period, period.end
    if _is_small_whole(raw) and nxt in _MIXED_FRACTION_START:
        frac = _MIXED_FRACTION.match(text, e)
        if frac is not None:
            # "1 1/2 games", "2½ hours": a mixed number.
            num, den = frac.group(1, 2)
            part = _VULGAR[frac.group(3)] if frac.group(3) else Decimal(num) / Decimal(den)
            value = tidy((value + part).quantize(Decimal("0.0001")))
            e = frac.end()
            nxt = text[e] if e < n else " "
    digits_only = raw.isdigit()
    if nxt == " " and _is_small_whole(raw):
        half = _AND_HALF.match(text, e)
        if half is not None:
            # "3 and a half years".
            value = value + Decimal("0.5")
            e = half.end()
            nxt = text[e] if e < n else " "
            digits_only = False
    atom = _Atom(s, e, value)
    end = e
    if nxt in "-‐":
        hy_scale = _HYPHEN_SCALE.match(text, e)
        if hy_scale is not None:
            # "4.5-billion-year-old", "$1.5-million deal": the scale word belongs to the number.
            atom.value = value = value * _SCALE_WORDS[hy_scale.group(1).lower()]
            atom.has_scale = True
            atom.end = end = e = hy_scale.end()
            nxt = text[e] if e < n else " "
            digits_only = False
    g = _GLUED.match(text, e) if nxt.isalpha() or nxt in "%°'’" else None
    if g is not None:
        kind = g.lastgroup
        if kind == "letters" and nxt in "CF" and _is_bare_temperature(text, s, e):
            # "43C", "-4F": UK and wire style drops the degree sign.
            atom.unit = "degree Celsius" if nxt == "C" else "degree Fahrenheit"
            atom.unit_locked = True
            end = e + 1
        elif kind == "letters" and nxt == "s" and len(raw) == 2 and raw[1] == "0" and raw[0] != "0" \
                and not text[e + 1 : e + 2].isalnum() and _DECADE_LEFT.search(text, max(0, s - 30), s):
            # "in their 80s and 90s": an age decade is a range of years (calendar decades stay dates).
            return _Atom(s, e + 1, value, low=value, high=value + 9, vague=True, unit="year", rule="age_decade",
                         qualifier="range", unit_locked=True), e + 1
        elif kind in ("ord", "time", "letters"):
            return None, g.end()
        if kind == "pct":
            atom.is_percent = True
            atom.unit = "percent"
            end = g.end()
        elif kind == "unit":
            atom.unit = _UNIT_SYMBOLS.get(g.group(), _lookup_ci(_UNIT_SYMBOLS, g.group()))
            atom.unit_locked = True
            end = g.end()
        elif kind == "scale":
            atom.value = atom.value * _SCALE_SUFFIX[g.group().lower()]
            atom.has_scale = True
            end = g.end()
    else:
        sp = _SPACED_AFTER.match(text, e) if nxt in " \t\u00a0" else None
        if sp is not None:
            kind = sp.lastgroup
            if kind == "time":
                return None, sp.end()
            end, _ = _apply_spaced(text, atom, sp, end)
    atom.end = end
    if prev in "-−" and (atom.unit_locked or atom.is_percent) and (s < 2 or text[s - 2] in " \t\u00a0(\n"):
        # "-5°C", "−2.3%": a signed reading, not a dash.
        atom.start = s - 1
        atom.value = -atom.value
    elif atom.unit.startswith("degree") and s >= 6 and text[s - 6 : s - 1].lower() == "minus" \
            and text[s - 1] in " \u00a0" and not text[s - 7 : s - 6].isalpha():
        # "minus 5C": the sign written as a word.
        atom.start = s - 6
        atom.value = -atom.value
    if not _read_money_left(text, atom, s):
        _read_money_right(text, atom)
    if _is_promo_or_label_line(text, atom.start, atom.end):
        return None, atom.end
    if digits_only and _is_list_index(text, s, e, value):
        return None, e
    if _excluded_by_context(text, atom, raw, digits_only):
        # "Photo 1 of 12", "Page 2 of 5": the total belongs to the same label.
        tail = _OF_NUMBER.match(text, atom.end)
        pwl = _prev_word(text, s).lower().rstrip(".")
        if tail is None and (pwl in _MONTHS or pwl in _LABEL_BEFORE):
            # "Sept. 12-17", "from July 3 to 28", "paras 7-9": the end of the range is chrome or a date too.
            tail = _DAY_RANGE.match(text, atom.end)
        return None, tail.end() if tail else atom.end
    total = _OF_NUMBER.match(text, atom.end) if digits_only else None
    if total is not None and _is_counter_line(text, s, atom.end):
        # "Photo: AFP / 3 of 14": a gallery counter.
        return None, total.end()
    if (prev, nxt) in (("(", ")"), ("[", "]")) and digits_only and not atom.unit and value < 100:
        if not (prev == "(" and _is_batting_score(text, _prev_word(text, s - 1), atom)):
            return None, e + 1
    if digits_only and _AGO.match(text, e) and (
            _at_line_start(text, s) or _last_left_word(text, s).rstrip(":") in ("updated", "posted", "published")):
        # "2 hours ago" under a headline is a page time stamp.
        return None, e
    _read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, atom.end
    _refine_unit(text, atom)
    if digits_only and len(raw) == 4 and 1800 <= int(raw) <= 2099 and not atom.has_scale and not atom.is_money \
            and not atom.is_percent and not atom.unit_locked:
        if not _is_counted_year(atom, text):
            if _FISCAL.match(text, atom.end):
                return None, atom.end + 3
            return None, atom.end
    return atom, atom.end


def _is_small_whole(raw: str) -> bool:
    """Return whether ``raw`` is a plain whole number ("1", "12"), the only kind a fraction can follow."""
    return raw.isdigit() and len(raw) <= 3


def _is_batting_score(text: str, name: str, atom: _Atom) -> bool:
    """Return whether a number after a player's name is a batting score: "Brook (61)", "(Root 147, Brook 61; ...)".

    Sets the unit to run when it is.
    """
    if not name or not name[0].isupper() or name.lower() in _FUNCTION_WORDS \
            or not _sport_hits(text, atom.start, _CRICKET_WORDS):
        return False
    atom.unit = "run"
    atom.unit_locked = True
    return True


def _is_bare_temperature(text: str, s: int, e: int) -> bool:
    """Return whether "43C" is a temperature: a plausible value, then weather words near it.

    >>> _is_bare_temperature("Temperatures climbed to 44.6C in the town.", 24, 28)
    True
    >>> _is_bare_temperature("He sat in seat 43C on the plane.", 15, 17)
    False
    """
    after = text[e + 1 : e + 2]
    if after.isalnum() or after in "-/":
        return False
    if text[s - 1 : s] == "#" or not float(text[s:e].replace(",", "")) <= 6000:
        return False
    if text[s - 1 : s] == "-" and s >= 2 and text[s - 2] not in " \t\u00a0(\n":
        # "A-4C": a code, not a signed reading.
        return False
    window = text[max(0, s - 120) : e + 80].lower()
    return any(w in window for w in _TEMPERATURE_WORDS)


def _lookup_ci(table: dict[str, str], key: str) -> str:
    low = key.lower()
    for k, v in table.items():
        if k.lower() == low:
            return v
    return key


def _apply_spaced(text: str, atom: _Atom, sp: re.Match[str], end: int) -> tuple[int, bool]:
    kind = sp.lastgroup
    if kind == "scale":
        word = sp.group("scale").lower()
        factor = _SCALE_WORDS.get(word) or _SPACED_ABBR[word]
        atom.value = atom.value * factor
        atom.has_scale = True
        end = sp.end()
        more = _SPACED_AFTER.match(text, end)
        if more is not None and more.lastgroup == "scale":
            second = more.group("scale").lower()
            if (_SCALE_WORDS.get(second) or _SPACED_ABBR[second]) > factor:
                # "Rs 7.8 lakh crore", "two hundred million": scale words multiply.
                atom.value = atom.value * (_SCALE_WORDS.get(second) or _SPACED_ABBR[second])
                end = more.end()
                more = _SPACED_AFTER.match(text, end)
        if more is not None and more.lastgroup in ("pct", "pp"):
            return _apply_spaced(text, atom, more, end)
        return end, False
    if kind == "pp":
        atom.unit = "percentage_point"
        atom.is_percent = True
        return sp.end(), False
    if kind == "pct":
        atom.unit = "percent"
        atom.is_percent = True
        end = sp.end()
        pp = re.match(_WS + r"{1,2}points?(?![A-Za-z])", text[end : end + 10])
        if pp is not None and sp.group("pct").lower().startswith("percent"):
            atom.unit = "percentage_point"
            end += pp.end()
        return end, False
    if kind == "unit":
        atom.unit = _UNIT_SYMBOLS.get(sp.group("unit"), _lookup_ci(_UNIT_SYMBOLS, sp.group("unit")))
        atom.unit_locked = True
        return sp.end(), False
    return end, True


def _read_money_left(text: str, atom: _Atom, s: int) -> bool:
    if s == 0:
        return False
    c = text[s - 1]
    if c in " \t\u00a0":
        c = text[s - 2] if s >= 2 else " "
        if not (c.isupper() or c in _CURRENCY_CHARS or c in "s."):
            return False
    elif not (c in _CURRENCY_CHARS or c.isalpha() or c == "."):
        return False
    m = _CURRENCY_LEFT.search(text, max(0, s - 7), s)
    if m is None:
        return False
    if m.group("code"):
        atom.unit = _CURRENCY_CODES[m.group("code")]
    else:
        sym = m.group("sym")
        if sym in ("Rs", "Rs.") and m.start() > 0 and text[m.start() - 1].isalpha():
            return False
        atom.unit = _CURRENCY_SYMBOLS[sym]
        if sym == "$":
            atom.unit = _dollar_by_place(text, s)
    atom.start = m.start()
    atom.is_money = True
    atom.unit_locked = True
    return True


def _dollar_by_place(text: str, s: int) -> str:
    """Return the currency a bare "$" names in its story: USD unless another dollar country dominates the places.

    >>> _dollar_by_place("Queensland's housing plan. Brisbane rents rose. Sydney too. $5", 59)
    'AUD'
    >>> _dollar_by_place("Wall Street rallied; Canada's dollar fell. $5", 43)
    'USD'
    """
    global _DOLLAR_CACHE
    bucket = s // 2000
    if _DOLLAR_CACHE[0] is text and _DOLLAR_CACHE[1] == bucket:
        return _DOLLAR_CACHE[2]
    # A bounded window (about one article) keeps this linear; str.count runs in C.
    window = text[max(0, bucket * 2000 - 3000) : bucket * 2000 + 3000].lower()
    hits = {code: sum(window.count(p) for p in places) for code, places in _DOLLAR_PLACES}
    code = "USD"
    best = max((k for k in hits if k != "USD"), key=lambda k: hits[k])
    if hits[best] >= 2 and hits[best] > 2 * hits["USD"]:
        code = best
    _DOLLAR_CACHE = (text, bucket, code)
    return code


_DOLLAR_CACHE: tuple[str, int, str] = ("", -1, "USD")


def _read_money_right(text: str, atom: _Atom) -> None:
    if atom.is_percent or atom.unit_locked:
        return
    sub = _SUBUNIT_RIGHT.match(text, atom.end) if not atom.has_scale else None
    if sub is not None:
        # "2 cents", "18p"-style sub-units: money in whole units ("2 cents" is 0.02 USD).
        word = sub.group(1).lower()
        code = _SUBUNITS.get(word, "")
        atom.unit = _dollar_by_place(text, atom.start) if code == "$" else code
        atom.value = atom.value / 100
        atom.noun = sub.group(1)
        atom.noun_end = sub.end()
        atom.is_money = True
        atom.unit_locked = True
        return
    m = _CURRENCY_RIGHT.match(text, atom.end)
    if m is None:
        return
    if m.group("code"):
        atom.unit = _CURRENCY_CODES.get(m.group("code").upper(), m.group("code").upper())
        atom.noun = m.group("code")
    else:
        word = m.group("word")
        key = " ".join(word.lower().split())
        if key == "won" and atom.value < 100 and not atom.has_scale:
            return
        atom.unit = _CURRENCY_WORDS.get(key, "")
        atom.noun = word
    atom.noun_end = m.end()
    atom.is_money = True
    atom.unit_locked = True


def _excluded_by_context(text: str, atom: _Atom, raw: str, digits_only: bool) -> bool:
    s = atom.start
    if atom.is_money or atom.is_percent:
        return False
    pw = _prev_word(text, s)
    pwl = pw.lower().rstrip(".")
    if pwl in _MONTHS and digits_only and int(raw) <= 31 and (pw[0].isupper()):
        return True
    if pwl in _WEEKDAYS and digits_only:
        return True
    if (pwl in _NAME_BEFORE or pw.lower() in _NAME_BEFORE) and not (pwl == "top" and pw[0].islower()) \
            and not (pwl == "series" and pw[0].islower() and text[atom.end : atom.end + 1] in ("-", "–")):
        # "Series 2" names a season; "lead the series 2-0" is a score.
        return True
    after = text[atom.end : atom.end + 2]
    if after in (". ", ") ") and digits_only and _at_line_start(text, s):
        return True
    nm = _NEXT_WORD.match(text, atom.end)
    nxt = nm.group(1) if nm else ""
    if digits_only and (pwl in _LABEL_BEFORE and (pw[0].isupper() or pwl.startswith("para"))
                        or nxt.lower() in ("para", "paras", "paragraphs")):
        # "paras 7-9", "last 2 paras", "Photos 9-12:": wire edit notes and gallery labels.
        return True
    if "ATTN" in text[max(0, s - 160) : s]:
        note = text.rfind("(ATTN", max(0, s - 160), s)
        if note >= 0 and ")" not in text[note:s]:
            # Yonhap's "(ATTN: UPDATES with ... in paras 7-9)" is an editor's note.
            return True
    if digits_only and pwl in _CALL_WORDS and len(raw) <= 4 and not (nxt and _is_count_noun(nxt)):
        # "call 101 or Crimestoppers", "dial 911": a phone number.
        return True
    if digits_only and nxt.lower() in ("block", "blocks") and text.startswith("of", nm.end() + 1 if nm else 0):
        # "the 9400 block of East 11th Street": an address.
        return True
    if nxt.lower() in ("min", "mins", "minute", "minutes") and _is_listen_line(text, atom.start, nm.end() if nm else atom.end):
        return True
    if text[s - 1 : s] == "(" and text[atom.end : atom.end + 1] == ")" and \
            _last_left_word(text, s - 1).rstrip(":") in _COUNTER_LABELS:
        # "Share | Save | Comments (112)".
        return True
    if not digits_only and pwl == "the" and _DOT_TIME.fullmatch(raw) and nxt.lower() in _TIME_FOLLOWERS:
        # "the 7.42 from Reading": a train time.
        return True
    if nxt and _CHROME_AFTER.match(text, atom.end):
        if nxt.lower() not in _COUNTER_NOUNS:
            return True
        # "45 comments" under a headline is chrome; "bought back 2.5 million shares" is a count.
        bounds = _line_bounds(text, atom.start, atom.end, 40)
        if bounds is not None and not text[bounds[0] : bounds[1]].rstrip().endswith((".", "”", '"')):
            return True
    if nxt and nxt[0].isupper() and digits_only and _ADDRESS_AFTER.match(text, atom.end):
        return True
    if digits_only and nxt and nxt.lower().rstrip(".") in _MONTHS and nxt[0].isupper() and int(raw) <= 31:
        return True
    dash_digit = text[atom.end : atom.end + 1] in ("-", "–") and text[atom.end + 1 : atom.end + 2].isdigit()
    if not pw and s >= 3 and text[s - 1] == " " and "&" in text[max(0, s - 6) : s - 1] \
            and text[s - 2].isupper():
        # "S&P 500", "AT&T 5G": a name with an ampersand.
        return True
    if pw and pw[0].isupper() and pwl not in _FUNCTION_WORDS and not atom.unit_locked and not dash_digit \
            and not pwl.endswith(("'s", "’s")) \
            and not (text[atom.end : atom.end + 1] in ",;)" and "(" in text[max(0, s - 40) : s]
                     and _is_batting_score(text, pw, atom)):
        # "Boeing 737", "Libya 1", "Hangzhou 2022": a capitalised word glued to the number names it,
        # unless a counted noun follows ("Kills 37 People").
        if not (nxt and _is_count_noun(nxt)):
            return True
    if (not atom.unit_locked or text[s - 1 : s] in ("-", "+", "−")) and _is_chrome_line(text, s, atom.end):
        return True
    if _PHONE.match(text, s) and digits_only and len(raw) == 3:
        return True
    return False


def _is_listen_line(text: str, s: int, e: int) -> bool:
    """Return whether "5 min" closes a short page line ("Listen to this article, 5 min", "| 4 mins")."""
    bounds = _line_bounds(text, s, e, 50)
    if bounds is None or text[e : bounds[1]].strip(_LINE_JUNK):
        return False
    line = text[bounds[0] : s].lower()
    return "listen" in line or "read" in line or "watch" in line or "|" in line or "·" in line


def _at_line_start(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and i > s - 8 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _is_count_noun(word: str) -> bool:
    w = word.lower()
    if w in _COUNT_NOUNS or w in _UNIT_WORDS:
        return True
    tail = w.rsplit("-", 1)[-1]
    if tail in _COUNT_NOUNS:
        return True
    return word[0].islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NON_HEAD


def _is_counted_year(atom: _Atom, text: str) -> bool:
    if not atom.noun:
        return False
    head = atom.noun.split()[-1]
    if atom.unit in ("person", "country", "organization") and atom.unit != "":
        pw = _prev_word(text, atom.start).lower()
        return pw not in _YEAR_BEFORE or pw == "the" and head[0].islower()
    pw = _prev_word(text, atom.start).lower()
    if pw.endswith(("'s", "’s")) or (atom.noun[0].isupper() and " " in atom.noun):
        # "N. Korea's 2023 ICBM launches": a possessive or a name before the head makes the number a year.
        return False
    return head[0].islower() and head.lower().endswith("s") and pw not in _YEAR_BEFORE


def _read_return_period(text: str, s: int, e: int) -> _Atom | None:
    """Read "one-in-100" ("a one-in-100-year flood") as the ratio 1/100.

    >>> _read_return_period("a one-in-1,000-year event", 2, 5).value
    Decimal('0.001')
    """
    m = _RETURN_PERIOD.match(text, e)
    if m is None:
        return None
    den = parse_digits(m.group(1)) if m.group(1)[0].isdigit() else parse_number_words(m.group(1))
    if den is None or den < 2:
        return None
    return _Atom(s, m.end(), tidy((Decimal(1) / den).quantize(Decimal("0.0001"))), unit="ratio", rule="ratio:in",
                 unit_locked=True)


def _read_words(text: str, s: int, e: int) -> tuple[_Atom | None, int]:
    word = text[s:e].lower()
    if word == "one" and text[e : e + 4].lower() == "-in-":
        period = _read_return_period(text, s, e)
        if period is not None:
            return period, period.end
    if word in _VAGUE_HEADS and word not in _NUMBER_WORDS:
        return _read_vague(text, s, e, word)
    cont = _WORD_CONT.match(text, e)
    end = cont.end() if cont else e
    start = s
    phrase = text[s:end]
    first_scale = word in _SCALE_WORDS or word == "dozen"
    if first_scale:
        a = _A_BEFORE.search(text, max(0, s - 10), s)
        if a is not None:
            start = a.start()
        elif _NOT_COUNT_BEFORE.search(text, max(0, s - 14), s):
            return None, end
        elif word == "hundred" and end == e and _CENTURY_BEFORE.search(text, max(0, s - 30), s):
            # "his 33rd Test hundred", "a maiden hundred": a cricket century, not the number 100.
            return None, end
    phrase = text[start:end]
    # "two-thirds": a fraction, not a count.
    hy = _HYPHEN_WORD.match(text, end)
    if hy is not None and hy.group(1).lower() in _FRACTIONS:
        return None, hy.end()
    value = parse_number_words(phrase)
    if value is None:
        return None, end
    half = _AND_HALF.match(text, end)
    if half is not None:
        # "three and a half years": the fraction belongs to the number.
        value = value + Decimal("0.5")
        end = half.end()
    atom = _Atom(start, end, value, is_word=True)
    if first_scale and start == s and s >= 3 and text[s - 2].isdigit():
        glued = _GLUED_MONEY_LEFT.search(text, max(0, s - 24), s)
        if glued is not None:
            # "Sh2 billion", "KSh1.5 million": a currency prefix glued to the digits hides them from the scan.
            digits = parse_digits(glued.group(2))
            if digits is not None:
                money = _Atom(glued.start(), end, digits * value, has_scale=True, is_money=True, unit_locked=True,
                              unit=_GLUED_CURRENCIES[glued.group(1).rstrip(".")])
                _read_hyphen_or_noun(text, money)
                return money, end
        if text[s - 2 : s - 1].isdigit() and text[s - 1] in " \u00a0":
            # The digits before the scale word were skipped (glued to letters): "billion" alone is no count.
            return None, end
    if "dozen" in phrase.lower():
        atom.qualifier = "approximate"
        atom.rule = "hedge:dozen"
    if any(w in phrase.lower() for w in _SCALE_WORDS) and not phrase.lower().endswith("hundred"):
        atom.has_scale = True
    sp = _SPACED_AFTER.match(text, end)
    if sp is not None and sp.lastgroup in ("pct", "pp", "unit"):
        atom.end, _ = _apply_spaced(text, atom, sp, end)
    elif sp is not None and sp.lastgroup == "time":
        return None, sp.end()
    if not _read_money_left(text, atom, start):
        _read_money_right(text, atom)
    first = text[s:e]
    is_one = phrase.lower() == "one"
    nm = _NEXT_WORD.match(text, atom.end)
    nxt = nm.group(1) if nm else ""
    if first[0].isupper() and s > 0 and nxt and nxt[0].isupper() and not _is_count_noun(nxt):
        # "One Korea Network": a capitalised number word inside a name.
        if not _is_sentence_start(text, s) or (is_one and nxt.lower() not in _COUNT_NOUNS):
            return None, atom.end
    _read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, atom.end
    _refine_unit(text, atom)
    if first[0].isupper() and not atom.noun and not atom.is_money and not atom.is_percent \
            and not atom.unit_locked and not _is_sentence_start(text, atom.start):
        # "the Group of Seven", "Air Force One": a capitalised number word mid-sentence names something.
        if not _left_qualifier(text, atom.start)[1]:
            return None, atom.end
    if not atom.noun and e == end and word in _NUMBER_WORDS and 1 <= _NUMBER_WORDS[word] <= 12 \
            and _is_clock_word(text, s, end):
        # "on a picket line by nine" after "at 6am": a time of day.
        return None, end
    if is_one and not atom.is_money and not atom.is_percent and not atom.unit_locked:
        if not _one_counts(text, atom, nxt):
            return None, atom.end
    if word == "zero" and not atom.noun:
        return None, atom.end
    return atom, atom.end


def _is_sentence_start(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and i > s - 6 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _is_clock_word(text: str, s: int, e: int) -> bool:
    """Return whether a number word is a clock time: "by nine" with a time of day just before it."""
    if _last_left_word(text, s) not in ("by", "at", "until", "till", "before", "after", "past") \
            or text[e : e + 1].isalnum() or (text[e : e + 1] == " " and text[e + 1 : e + 2].isalpha()
                                             and not text.startswith(("o'", "o’"), e + 1)):
        return False
    return _CLOCK_CONTEXT.search(text, max(0, s - 100), e + 20) is not None


def _one_counts(text: str, atom: _Atom, nxt: str) -> bool:
    if _prev_word(text, atom.start).lower() in _ONE_PRONOUN_BEFORE:
        # "No one in that dressing room", "every one of you": a pronoun.
        return False
    if _AT_A_TIME.match(text, atom.noun_end if atom.noun_end > 0 else atom.end):
        # "One game at a time": an idiom.
        return False
    if atom.rule.startswith("hyphen") and atom.unit:
        return atom.noun.split("-")[0].lower() in _COUNT_NOUNS or atom.unit in _TIME_UNITS.values()
    low = nxt.lower()
    if low in ("in", "out") and _IN_NUMBER.match(text, atom.end):
        return True
    if low == "to" and _TO_NUMBER.match(text, atom.end):
        # "one to five years": the low end of a range.
        return True
    if _prev_word(text, atom.start).lower() in _ONE_DETERMINERS and low not in _COUNT_NOUNS \
            and not (atom.noun and atom.noun.split()[-1].lower() in _COUNT_NOUNS):
        # "the previous one in April", "this one": a pronoun after a determiner.
        return False
    if low in _ONE_IDIOMS:
        return False
    if atom.noun and atom.noun.split()[-1].lower() in _COUNT_NOUNS:
        return True
    if low in _COUNT_NOUNS:
        return True
    # "at least one dose", "more than one vaccine": a hedge makes "one" a count before any noun.
    return bool(nxt) and nxt[0].islower() and low not in _STOP and _left_qualifier(text, atom.start)[1] in (
        "at_least", "at_most")


def _read_vague(text: str, s: int, e: int, word: str) -> tuple[_Atom | None, int]:
    key = word
    end = e
    cont = _VAGUE_CONT.match(text, e)
    if cont is not None and word in ("tens", "hundreds"):
        key = word + " of " + cont.group(1).lower()
        if key not in _VAGUE:
            key = word
        else:
            end = cont.end()
    if key in _LEX["vague_needs_of"] and not _OF_AFTER.match(text, end):
        return None, end
    if key not in _VAGUE:
        return None, end
    low, high = _VAGUE[key]
    atom = _Atom(s, end, low, low=low, high=high, vague=True, rule="vague_plural", qualifier="vague")
    _read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, end
    if not atom.unit:
        # "Thousands fled": a bare vague plural in news copy counts people.
        atom.unit = "person"
    return atom, end


# --- counted nouns ---------------------------------------------------------------------


def _read_hyphen_or_noun(text: str, atom: _Atom) -> None:
    e = atom.end
    if e < len(text) and text[e] in "-‐" and not atom.is_money:
        hy = _HYPHEN_WORD.match(text, e)
        if hy is not None:
            first = hy.group(1)
            low = first.lower()
            if low in _FRACTIONS:
                atom.rejected = True
                return
            if low in ("plus", "odd"):
                return
            if low == "strong" and not atom.unit_locked:
                # "a 1.2 million-strong military": the members, not "strong".
                atom.unit = "person"
                atom.noun = hy.group(0)[1:]
                atom.noun_end = hy.end()
                atom.rule = "hyphen_modifier"
                return
            if low in ("of", "in") and not hy.group(2) and text[hy.end() : hy.end() + 1] == "-" \
                    and text[hy.end() + 1 : hy.end() + 2].isalnum():
                # "6-of-19 shooting", "one-in-100": the next number is read on its own.
                return
            if first[0].isupper() and low not in _TIME_UNITS:
                atom.rejected = True
                return
            if low in ("point", "pointer", "pointers") and atom.value in (2, 3):
                shot = _NEXT_WORD.match(text, hy.end())
                if low != "point" or (shot is not None and shot.group(1).lower() in _SHOT_NAMES):
                    # "3-point range", "a 3-pointer": the name of a basketball shot, not a count.
                    atom.rejected = True
                    return
            atom.noun = hy.group(0)[1:]
            atom.noun_end = hy.end()
            atom.rule = "hyphen_modifier"
            if low == "magnitude":
                atom.unit = "magnitude"
            elif low in _TIME_UNITS:
                atom.unit = _TIME_UNITS[low]
            elif not atom.unit_locked and not atom.is_percent:
                atom.unit = _unit_for(low)
            return
    if atom.unit_locked and atom.noun:
        return
    if not atom.unit_locked and "agnitude" in text[max(0, atom.start - 12) : atom.start] \
            and _last_left_word(text, atom.start) == "magnitude":
        atom.unit = "magnitude"
        atom.unit_locked = True
    words: list[tuple[str, int, int]] = []
    run = _NEXT_WORDS.match(text, e)
    if run is not None:
        chunk = run.group()
        pos = 0
        saw_of = False
        for w in chunk.split():
            pos = chunk.find(w, pos)
            ws = e + pos
            pos += len(w)
            wl = w.lower()
            if not words and (wl == "of" and (atom.vague or atom.has_scale) or wl in _SKIP_FIRST):
                saw_of = saw_of or wl == "of"
                continue
            if not words and atom.vague and not saw_of and not _is_count_noun(w):
                break
            if wl in _STOP or wl in _WEEKDAYS:
                break
            words.append((w, ws, ws + len(w)))
    if not atom.unit_locked and not atom.is_percent and atom.value <= 120 and (not words or not _is_count_noun(
            words[0][0])) and _AGE_VERB_LEFT.search(text, max(0, atom.start - 24), atom.start):
        # "who has died at 87", "who turns 37 next month", "left school at 15": an age.
        atom.unit = "year"
        atom.rule = "age"
        return
    if not words and not atom.unit_locked and not atom.is_percent and _read_person_verbs(text, atom):
        return
    if not atom.unit_locked and not atom.is_percent and not atom.unit and (not words or not _is_count_noun(
            words[0][0])):
        if atom.value <= 120 and _PRONOUN_AGE.search(text, max(0, atom.start - 12), atom.start):
            # "I was 26", "she is 86": an age.
            atom.unit = "year"
            atom.rule = "age"
            return
        if _OF_PEOPLE.match(text, atom.end):
            # "There were five of us": people.
            atom.unit = "person"
            return
    if not words:
        if _AGE_LEFT.search(text, max(0, atom.start - 40), atom.start) and not atom.unit_locked and \
                not atom.is_percent and atom.value <= 120 and text[atom.end : atom.end + 1] in (",", ")", ".", ";"):
            atom.unit = "year"
            atom.rule = "age"
        elif _last_left_word(text, atom.start) in _AGE_WORDS and not atom.unit_locked:
            atom.unit = "year"
            atom.rule = "age"
        elif "agnitude" in text[max(0, atom.start - 12) : atom.start]:
            atom.unit = "magnitude"
        return
    head = _choose_head(words, singular=not atom.vague and atom.value == 1)
    if head < 0 and not atom.unit_locked and not atom.is_percent:
        _read_person_verbs(text, atom)
    if head < 0:
        if _last_left_word(text, atom.start) in _AGE_WORDS and not atom.unit_locked:
            atom.unit = "year"
            atom.rule = "age"
        return
    w, ws, we = words[head]
    k = head
    if w[0].isupper():
        while k > 0 and words[k - 1][0][0].isupper():
            k -= 1
    atom.noun = text[words[k][1] : we]
    atom.noun_end = we
    if atom.unit_locked or atom.is_percent:
        return
    wl = w.lower()
    if (wl in ("light-years", "light-year") or head > 0 and words[head - 1][0].lower() == "light"
            and wl in ("years", "year")) and not atom.unit:
        atom.unit = "light year"
        return
    if head > 0 and words[head - 1][0].lower() == "nautical" and wl in ("miles", "mile") and not atom.unit:
        atom.unit = "nautical mile"
        return
    if head > 0 and words[head - 1][0].lower() in ("square", "sq", "sq.", "cubic") and not atom.unit:
        power = words[head - 1][0].lower().rstrip(".")
        squared = ("square" if power == "sq" else power) + " " + wl
        if squared in _UNIT_WORDS:
            atom.unit = _UNIT_WORDS[squared]
            return
    if wl in _UNIT_WORDS and not atom.unit:
        atom.unit = _UNIT_WORDS[wl]
        if wl == "degrees":
            nx = _NEXT_WORD.match(text, we)
            if nx is not None and nx.group(1).lower() in ("celsius", "fahrenheit", "c", "f"):
                atom.unit = "degree Celsius" if nx.group(1).lower() in ("celsius", "c") else "degree Fahrenheit"
        return
    if not atom.unit:
        atom.unit = _unit_for(wl)


def _refine_unit(text: str, atom: _Atom) -> None:
    """Correct a unit by the words around the number: a collective or verb before it, a poll, a country."""
    if atom.is_money:
        if atom.noun and atom.noun.lower() in _CURRENCY_BY_PLACE:
            atom.unit = _currency_by_place(text, atom.start, atom.noun.lower(), atom.unit)
        elif atom.unit == "KRW" and not atom.has_scale and atom.noun.lower() == "won":
            # North Korean market prices are in KPW; budgets in "trillion won" stay Seoul's.
            atom.unit = _won_by_place(text, atom.start)
        return
    unit = atom.unit
    if unit == "case":
        # "Measles cases" count people; court cases stay cases.
        window = text[max(0, atom.start - 200) : atom.end + 120].lower()
        if any(w in window for w in _DISEASE_WORDS):
            atom.unit = "person"
        return
    if unit == "point" and not atom.rule == "score":
        if _is_poll_context(text, atom.start, atom.end):
            atom.unit = "percentage_point"
        return
    if unit in _RATE_BASES and atom.noun_end > 0:
        per = _PER_TIME.match(text, atom.noun_end)
        if per is not None:
            # "12.4 kilometres per second", "80 miles an hour".
            atom.unit = _RATE_UNITS.get((unit, _TIME_UNITS.get(per.group(1).lower(), "")), atom.unit)
            atom.noun_end = per.end()
        return
    if unit or atom.noun or atom.unit_locked or atom.is_percent or atom.vague:
        return
    q_start, q, r, _att = _left_qualifier(text, atom.start)
    left = text[max(0, q_start - 40) : q_start]
    m = _COLLECTIVE_OF.search(left) or _COLLECTIVE_IS.search(left)
    if m is not None:
        # "a crowd of 27,408", "a population of about 60,000", "a magnitude of about 11".
        atom.unit = "magnitude" if m.group(1).lower() == "magnitude" else "person"
        return
    after = text[atom.end : atom.end + 40]
    if "Richter" in after or "magnitude scale" in after:
        atom.unit = "magnitude"
        return
    per = _PER_DOLLAR.match(after)
    if per is not None:
        # "weakened to 151.7 per dollar": an exchange rate against the currency named before it.
        code = _currency_named_before(text, atom.start)
        if code:
            atom.unit = code + "/" + _CURRENCY_WORDS.get(per.group(1).lower() + "s", "USD")
        return
    before = _last_left_word(text, q_start)
    if r.startswith("hedge:") and r[6:] in _AGE_HEDGES and atom.value <= 120 and _unit_for(before) == "person":
        # "users under 16", "adults over 65": an age.
        atom.unit = "year"
        return
    if _GAME_RUN.match(text, atom.end) or before == "last" or _OF_LAST.match(text, atom.end):
        if _has_result_verb(text, q_start):
            # "won five in a row", "lost five of its last seven".
            atom.unit = "game"
            return
    by_verb = before == "by" and _last_left_word(text, text.rfind("by", max(0, q_start - 6), q_start)) in _MARGIN_VERBS
    if before in _MARGIN_VERBS or by_verb:
        margin = _margin_unit(text, atom.start, atom.end, atom.value)
        if margin:
            atom.unit = margin


def _has_result_verb(text: str, s: int) -> bool:
    left = text[max(0, s - 50) : s]
    cut = max(left.rfind(". "), left.rfind("\n"))
    return bool(set(_WORD_SPLIT.findall(left[cut + 1 :].lower())) & _RESULT_VERBS)


def _margin_unit(text: str, s: int, e: int, value: Decimal) -> str:
    """Return the unit of a bare lead or score ("led by 22", "scored 32"): percentage_point in a poll, else the sport's."""
    if _is_poll_context(text, s, e):
        return "percentage_point"
    return _score_unit(text, s, e, value)


def _is_poll_context(text: str, s: int, e: int) -> bool:
    window = text[max(0, s - 200) : e + 120].lower()
    return any(w in window for w in _POLL_WORDS)


def _currency_named_before(text: str, s: int) -> str:
    left = text[max(0, s - 120) : s].lower()
    cut = max(left.rfind(". "), left.rfind("\n"))
    for word in _WORD_SPLIT.findall(left[cut + 1 :]):
        if word in _CURRENCY_WORDS and word not in ("dollar", "dollars"):
            return _CURRENCY_WORDS[word]
    return ""


def _won_by_place(text: str, s: int) -> str:
    """Return KPW for won in a North Korean market or price story, else KRW (the default).

    >>> _won_by_place("Rice sold for 7,000 won at the market in Hyesan.", 14)
    'KPW'
    >>> _won_by_place("Seoul's budget for North Korea is 2.3 billion won.", 34)
    'KRW'
    """
    window = text[max(0, s - 1500) : s + 300].lower()
    if not any(c in window for c in _PRICE_CUES):
        return "KRW"
    nk = sum(window.count(c) for c in _KPW_CUES)
    sk = sum(window.count(c) for c in _KRW_CUES)
    return "KPW" if nk >= 1 and nk > sk else "KRW"


def _currency_by_place(text: str, s: int, noun: str, default: str) -> str:
    """Return the currency that a shared word ("rupees") names in this story, by the places around it.

    >>> _currency_by_place("Flooding in Pakistan ... released 5 billion rupees", 34, "rupees", "INR")
    'PKR'
    """
    window = text[max(0, s - 1500) : s + 300].lower()
    for code, places in _CURRENCY_BY_PLACE[noun]:
        if any(p in window for p in places):
            return code
    return default


def _read_person_verbs(text: str, atom: _Atom) -> bool:
    """Set unit person for "killing 12", "37 had died"; return whether it did."""
    before = _prev_word(text, atom.start).lower()
    if before not in _PERSON_VERBS_BEFORE and before in _HEDGE_LAST_WORDS:
        # "injuring more than 400": the verb sits before the hedge.
        q_start = _left_qualifier(text, atom.start)[0]
        if q_start < atom.start:
            before = _prev_word(text, q_start).lower()
    if before in _PERSON_VERBS_BEFORE:
        atom.unit = "person"
        return True
    run = _NEXT_WORDS.match(text, atom.end)
    if run is not None:
        for w in run.group().split()[:3]:
            if w.lower() in _PERSON_VERBS_AFTER:
                atom.unit = "person"
                return True
    return False


def _choose_head(words: list[tuple[str, int, int]], singular: bool = False) -> int:
    for i, (w, _, _) in enumerate(words):
        wl = w.lower()
        tail = wl.rsplit("-", 1)[-1]
        if wl in _COUNT_NOUNS or wl in _UNIT_WORDS or tail in _PERSON or tail in _NOUN_UNITS:
            while i + 1 < len(words) and _is_strict_noun(words[i + 1][0].lower()):
                i += 1
            if i + 1 < len(words) and not words[i][0].lower().endswith("s") and _is_plain_plural(words[i + 1][0]):
                # "rocket launchers", "school buses": a singular noun modifying a plural head.
                i += 1
            return i
        if w[0].isupper() and (wl.endswith(("ans", "ians", "ese", "is")) and len(wl) > 4):
            return i
    for i, (w, _, _) in enumerate(words):
        wl = w.lower()
        if w[0].islower() and len(wl) > 3 and wl.endswith("s") and not wl.endswith(("ss", "ous")) \
                and wl not in _NON_HEAD:
            return i
    w0 = words[0][0]
    if singular and w0[0].islower() and not w0.lower().endswith(("ed", "ing", "ly")):
        return 0
    return -1


def _is_plain_plural(word: str) -> bool:
    w = word.lower()
    return word[0].islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and w not in _STOP and w not in _NON_HEAD


def _is_strict_noun(word: str) -> bool:
    tail = word.rsplit("-", 1)[-1]
    return word in _NOUN_UNITS or tail in _PERSON or word in _UNIT_WORDS or (
        word in _COUNT_NOUNS and word not in _TIME_UNITS and word not in _SCALE_WORDS)


def _unit_for(word: str) -> str:
    tail = word.rsplit("-", 1)[-1]
    if word in _TIME_UNITS:
        return _TIME_UNITS[word]
    if tail in _TIME_UNITS:
        return _TIME_UNITS[tail]
    if word in _PERSON or tail in _PERSON:
        return "person"
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    if word in _NOUN_UNITS:
        return _NOUN_UNITS[word]
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if word.endswith(("ans", "ians", "ese")) or (word.endswith("is") and len(word) > 4):
        return "person"
    if (tail.endswith(_PERSON_SUFFIXES) and tail not in _PERSON_SUFFIX_EXCEPTIONS and len(tail) > 5) \
            or tail.endswith(("men", "women")) and tail not in _PERSON_SUFFIX_EXCEPTIONS and len(tail) > 4:
        # "economists", "shareholders", "firemen": nouns for people by their ending.
        return "person"
    lemma = lemmatize(tail)
    if lemma in _PERSON:
        return "person"
    if lemma in _NOUN_UNITS:
        return _NOUN_UNITS[lemma]
    if lemma in _TIME_UNITS:
        return _TIME_UNITS[lemma]
    return lemma


# --- pairing and qualifiers ----------------------------------------------------------


def _combine(text: str, atoms: list[_Atom]) -> list[ExtractedClaim]:
    claims: list[ExtractedClaim] = []
    i = 0
    n = len(atoms)
    prev_claim: _Atom | None = None
    prev_qualifier = ""
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and 0 < b.start - a.end <= 6 and _OF_GAP.fullmatch(text, a.end, b.start) \
                and _SHOT_AFTER.match(text, b.end) and not a.is_money and not a.is_percent:
            # "2 of 9 from 3-point range", "6-of-19 shooting": made and attempted shots.
            a.unit = b.unit = "shot"
            a.noun = ""
            a.unit_locked = b.unit_locked = True
        if b is not None and 0 <= b.start - a.end <= _MAX_GAP and not a.vague and not b.vague:
            pair = _read_pair(text, a, b)
            if pair is not None and len(pair) == 1 and not pair[0].unit and i + 2 < n:
                # "between 30 and 34 of the 67 seats": the range counts what the whole counts.
                c = atoms[i + 2]
                if c.unit and 0 < c.start - b.end <= 24 and _PART_OF_GAP.fullmatch(text, b.end, c.start):
                    pair = [replace(pair[0], unit=c.unit)]
            if pair is not None:
                claims.extend(pair)
                prev_claim, prev_qualifier = b, pair[-1].qualifier
                i += 2
                continue
        if b is not None and a.unit in _DURATION and b.unit and a.noun_end > 0 and 0 <= b.start - a.noun_end <= 8:
            merged = _read_compound_duration(text, a, b)
            if merged is not None:
                claims.append(merged)
                prev_claim, prev_qualifier = b, merged.qualifier
                i += 2
                continue
        if b is not None and not a.unit and b.unit and not a.vague and 0 < b.start - a.end <= 24:
            # "three of the five suspects", "12 of Spain's 17 regions": the part counts what the whole counts.
            if _PART_OF_GAP.fullmatch(text, a.end, b.start) or (
                    b.rule == "hyphen_modifier" and text[a.end : b.start] == " in "):
                # "41 in 81-seat house": the part counts what the whole counts.
                a.unit, a.noun = b.unit, b.noun
        inherited = ""
        if prev_claim is not None and prev_qualifier in ("approximate", "at_least", "at_most"):
            gap_end = a.start
            # A conversion changes the unit; "(-273.15C)" after "about -270C" is a second reading.
            if 0 <= gap_end - prev_claim.end <= 40 and _PAREN_GAP.match(text[prev_claim.end : gap_end]) \
                    and not (a.unit and a.unit == prev_claim.unit):
                inherited = prev_qualifier
        claim = _finish(text, a, inherited)
        claims.append(claim)
        prev_claim, prev_qualifier = a, claim.qualifier
        i += 1
    return claims


def _left_qualifier(text: str, start: int) -> tuple[int, str, str, str]:
    """Return (new start, qualifier, rule, attribution) from the hedge right before ``start``."""
    if start == 0:
        return start, "", "", ""
    if text[start - 1].isspace():
        # Most numbers carry no hedge: check the word before against the hedges' last words first.
        cut = text[max(0, start - 16) : start].rsplit(None, 1)
        if not cut or cut[-1].lower().lstrip(_OPENERS) not in _HEDGE_LAST_WORDS:
            return start, "", "", ""
    toks = _left_tokens(text, start)
    if not toks:
        return start, "", "", ""
    if not text[start - 1].isspace():
        last, pos = toks[-1]
        for mark in ("+/-", "±"):
            if last.endswith(mark):
                return pos + len(last) - len(mark), "exact", "margin", ""
        return start, "", "", ""
    for k in (3, 2, 1):
        if len(toks) < k:
            continue
        words = toks[-k:]
        first, pos = words[0]
        stripped = first.lstrip(_OPENERS)
        phrase = " ".join([stripped] + [w for w, _ in words[1:]]).lower()
        if phrase in _MARGINS:
            return pos + len(first) - len(stripped), "exact", "margin", ""
        if phrase not in _HEDGES:
            continue
        qualifier = _HEDGES[phrase]
        attribution = ""
        if qualifier == "approximate" and len(toks) > k and phrase != "reportedly":
            # "within about 160 million": the bound wins over the hedge, as in "reportedly as many as".
            for j in (2, 1):
                if len(toks) < k + j:
                    continue
                outer = toks[-k - j : -k]
                bound = " ".join([outer[0][0].lstrip(_OPENERS)] + [w for w, _ in outer[1:]]).lower()
                if _HEDGES.get(bound) in ("at_most", "at_least"):
                    b_tok, b_pos = outer[0]
                    return (b_pos + len(b_tok) - len(b_tok.lstrip(_OPENERS)), _HEDGES[bound],
                            "hedge:" + bound + " " + phrase, "")
        if phrase == "reportedly":
            attribution = stripped
        elif len(toks) > k and toks[-k - 1][0].lower().lstrip(_OPENERS) == "reportedly":
            # "reportedly as many as 2,000" is quoted whole; the qualifier stays that of "as many as".
            rep, rep_pos = toks[-k - 1]
            attribution = rep.lstrip(_OPENERS)
            return rep_pos + len(rep) - len(attribution), qualifier, "hedge:" + phrase, attribution
        return pos + len(first) - len(stripped), qualifier, "hedge:" + phrase, attribution
    return start, "", "", ""


def _right_qualifier(text: str, end: int) -> tuple[int, str, str]:
    m = _HEDGE_RIGHT.match(text, end)
    if m is None:
        return end, "", ""
    if m.group("w"):
        key = " ".join(m.group("w").lower().split())
    elif m.group("plus"):
        key = "+"
    else:
        key = m.group("dash").lower()
    return m.end(), _HEDGES_AFTER[key], "hedge_after:" + key


def _finish(text: str, a: _Atom, inherited: str = "") -> ExtractedClaim:
    start, end = a.start, a.end
    qualifier, rule, attribution = a.qualifier, a.rule, ""
    if a.vague:
        low, high = a.low, a.high
    else:
        low = high = a.value
        new_start, q, r, attribution = _left_qualifier(text, start)
        if r == "hedge:over" and a.unit in _DURATION_UNITS and a.noun and _over_governs_time(text, new_start, end):
            q, attribution = "", ""
        elif r == "hedge:above" and a.unit == "person" and _last_left_word(text, new_start) in _MOTION_VERBS:
            # "rose above two defenders": a place, not a bound.
            q, attribution = "", ""
        elif not q:
            top = _top_verb_start(text, start)
            if top >= 0:
                new_start, q, r = top, "at_least", "hedge:top"
            elif a.rule != "score" and start >= 7 and text[start - 1] in " \u00a0" \
                    and text[start - 7 : start - 1].lower() in ("passed", "passes") \
                    and not text[start - 8 : start - 7].isalpha() \
                    and (a.is_money or a.is_percent or not a.noun or a.unit in _MEASURES) \
                    and a.unit not in _DURATION_UNITS:
                # "the price had passed 7,200 won": a reach verb reads like "topped"; "passed 218-214" is a vote.
                new_start, q, r = start - 7, "at_least", "hedge:passed"
        if q:
            start, qualifier, rule = new_start, q, _join_rules(rule, r)
        else:
            new_end, q2, r2 = _right_qualifier(text, end)
            if q2:
                end, qualifier, rule = new_end, q2, _join_rules(rule, r2)
            elif inherited:
                qualifier, rule = inherited, _join_rules(rule, "inherit:" + inherited)
        if qualifier == "at_most":
            low = None
        elif qualifier == "at_least":
            high = None
    unit = a.unit
    if a.noun.lower() in ("times", "fold") and not a.unit_locked:
        nxt = _NEXT_WORD.match(text, a.noun_end)
        left = text[max(0, a.start - 150) : a.start]
        left = left[left.rfind(". ") + 1 :]
        if a.noun.lower() == "times" and not a.has_scale and " times " not in left and (
                nxt is None or nxt.group(1).lower() not in _MULTIPLIER_AFTER):
            # "met agents four times in Beijing", "performed it three times and toured": occasions.
            unit = "time"
        else:
            # "roughly three times the cap": a multiplier; "times" is written as part of it.
            unit = "ratio"
            if a.noun.lower() == "times" and a.noun_end > end:
                end = a.noun_end
    if not unit and not a.noun:
        unit = _unit_from_sentence(text, a.start)
    return _make(text, start, end, low, high, qualifier, unit, a.noun, attribution, rule)


def _top_verb_start(text: str, start: int) -> int:
    """Return where a headline-tense "top" before the number starts, or -1 ("Measles cases top 200").

    >>> _top_verb_start("Measles cases top 200", 18), _top_verb_start("the top 10 firms", 8)
    (14, -1)
    """
    if start < 5 or text[start - 4 : start - 1].lower() != "top" or text[start - 1] not in " \u00a0" \
            or text[start - 5] not in " \u00a0":
        return -1
    before = _last_left_word(text, start - 4)
    if before in _TOP_SUBJECT_WORDS or (len(before) > 3 and before.endswith("s") and before.isalpha()
                                        and before not in _FUNCTION_WORDS and not before.endswith(("ss", "'s"))):
        return start - 4
    return -1


def _over_governs_time(text: str, over: int, end: int) -> bool:
    """Return whether "over" before a duration spans time ("fell 20% over four years") rather than exceeding it.

    >>> t = "Prices fell 20% over four years."
    >>> _over_governs_time(t, t.index("over"), t.index(" years"))
    True
    >>> t = "They were held for over three hours."
    >>> _over_governs_time(t, t.index("over"), t.index(" hours"))
    False
    >>> t = "Shaw, who took over two years ago, left."
    >>> _over_governs_time(t, t.index("over"), t.index(" years"))
    True
    """
    before = _last_left_word(text, over).rstrip(",;:")
    if before in _TAKE_OVER:
        # "who took over two years ago": the phrasal verb "take over", then a plain duration.
        return _AGO_AFTER.match(text, end) is not None
    return before not in _OVER_EXCEEDS


def _unit_from_sentence(text: str, start: int) -> str:
    """Return the unit named earlier in the sentence ("the number of defectors ... fell to 196")."""
    left = text[max(0, start - 120) : start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1 :]
    if "toll" in left and _TOLL.search(left):
        return "person"
    m = _NUMBER_OF.search(left) if "of" in left else None
    if m is not None:
        word = m.group(1).lower()
        return _unit_for(word) if word not in _NON_HEAD else ""
    verb = _REACH_LEFT.search(left)
    if verb is None:
        return ""
    # "Measles cases in Europe have topped 500", "Mortgage approvals dropped to 49,400": the subject is counted.
    for w in _WORD_SPLIT.findall(left[: verb.start()]):
        if _is_plain_plural(w) and w.lower() not in _FUNCTION_WORDS and not w.lower().endswith("ness"):
            unit = _unit_for(w.lower())
            if unit == "case":
                window = text[max(0, start - 200) : start + 120].lower()
                return "person" if any(d in window for d in _DISEASE_WORDS) else unit
            return unit
    return ""


def _join_rules(reading: str, qualifying: str) -> str:
    """Return the rule name for a value read by ``reading`` and qualified by ``qualifying``.

    >>> _join_rules("number", "hedge:about"), _join_rules("ratio:in", "hedge:nearly")
    ('hedge:about', 'ratio:in+hedge:nearly')
    """
    return qualifying if reading in ("number", "hedge:dozen") else f"{reading}+{qualifying}"


def _make(text: str, start: int, end: int, low: Decimal | None, high: Decimal | None, qualifier: str,
          unit: str, noun: str, attribution: str, rule: str) -> ExtractedClaim:
    if not attribution:
        attribution = _find_attribution(text, start, end)
    if low is not None:
        low = tidy(low)
    if high is not None:
        high = tidy(high)
    return ExtractedClaim(
        start=start,
        end=end,
        quote=text[start:end],
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        noun=noun,
        attribution=attribution,
        rule=rule,
        prefix=text[max(0, start - PREFIX_LENGTH) : start],
        suffix=text[end : end + PREFIX_LENGTH],
    )


def _has_said(part: str) -> bool:
    return "said" in part or "say" in part or "estimate" in part or "report" in part or "told" in part


def _find_attribution(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 160) : start]
    cut = left.rfind(". ")
    while cut > 0 and left[cut - 1].isupper():
        # "U.N. said": an abbreviation, not a sentence end.
        cut = left.rfind(". ", 0, cut)
    cut = max(cut, left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1 :]
    right = text[end : end + 160]
    cut = right.find(". ")
    while cut > 0 and right[cut - 1].isupper():
        cut = right.find(". ", cut + 2)
    if cut >= 0:
        right = right[: cut + 1]
    nl = right.find("\n")
    if nl >= 0:
        right = right[:nl]
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


def _read_pair(text: str, a: _Atom, b: _Atom) -> list[ExtractedClaim] | None:
    gap_lo, gap_hi = a.end, b.start
    if a.noun_end > a.end and a.noun_end <= b.start:
        if a.unit in _DURATION or a.unit in _TIME_UNITS.values():
            return None
    # "1 in 5": a ratio
    if _RATIO_GAP.match(text[gap_lo:gap_hi] + "") and not a.noun and not a.has_scale and not b.has_scale \
            and not a.is_percent and not a.is_money:
        # "41 in 81-seat house" is a count in a place: a ratio has a small or round shape and no modifier after it.
        if a.value == a.value.to_integral_value() and b.value == b.value.to_integral_value() \
                and 0 < a.value < b.value <= 1000 and (a.value <= 20 or b.value % 10 == 0) \
                and not (text[b.end : b.end + 1] in "-‐" and text[b.end + 1 : b.end + 2].isalpha()):
            value = tidy((a.value / b.value).quantize(Decimal("0.0001")))
            ratio_atom = _Atom(a.start, b.end, value, unit="ratio", rule="ratio:in", unit_locked=True)
            return [_finish(text, ratio_atom)]
    gap = text[gap_lo:gap_hi]
    if a.noun_end > a.end:
        return None
    is_dash = bool(_DASH_GAP.fullmatch(gap))
    is_to = bool(_TO_GAP.fullmatch(gap))
    is_and = bool(_AND_GAP.fullmatch(gap))
    if not (is_to or is_and):
        return None
    between_start = -1
    if is_and:
        toks = _left_tokens(text, a.start)
        if toks and toks[-1][0].lower().lstrip(_OPENERS) == "between" and text[a.start - 1].isspace():
            tok, pos = toks[-1]
            between_start = pos + len(tok) - len(tok.lstrip(_OPENERS))
    if is_and and between_start < 0:
        return None
    result_noun = bool(b.noun) and b.noun.split()[0].lower() in _RESULT_NOUNS
    if is_dash and a.is_word == b.is_word and not a.has_scale and not b.has_scale and not a.is_money \
            and not b.is_money and not a.is_percent and (not b.noun or b.unit in _SCORE_UNITS or result_noun):
        # "30-40 seats" is a range: a score needs no counted noun after it, a scoring one ("3-1 goals") or a
        # result ("a 2-1 win").
        score_unit = _score_unit(text, a.start, b.end, max(a.value, b.value))
        if score_unit or result_noun or (a.value >= b.value and a.value < 200) \
                or (max(a.value, b.value) > 10 >= min(a.value, b.value) and _sport_hits(text, a.start, _CRICKET_WORDS)):
            # Cricket totals and bowling figures ("287-6", "3-48") are scores too.
            units = _sport_units(text, a, b, score_unit or ("goal" if result_noun else "point"))
            a2 = _Atom(a.start, a.end, a.value, unit=units[0], rule="score", unit_locked=True)
            b2 = _Atom(b.start, b.end, b.value, unit=units[1], rule="score", unit_locked=True)
            return [_finish(text, a2), _finish(text, b2)]
    if a.unit and b.unit and a.unit != b.unit or (a.is_money and not b.is_money) \
            or (a.is_percent and not b.is_percent) or (a.noun and a.noun_end > a.end):
        return None
    if is_to and not is_dash and _last_left_word(text, a.start) in _CHANGE_VERBS:
        b.rule = "change:to"
        a.rule = "change:to"
        return [_finish(text, a), _finish(text, b)]
    low_v = a.value
    if b.is_money and b.noun.lower() in _SUBUNITS and not a.is_money:
        # "from 62 to 65 cents": the first side is in cents too.
        low_v = a.value / 100
    if b.has_scale and not a.has_scale and a.value < 1000:
        scale_m = _scale_of(b.value)
        low_v = a.value * scale_m if scale_m else a.value
    unit = b.unit or a.unit
    spread = False
    if _last_left_word(text, a.start) == "from" and is_to and not is_dash:
        left = text[max(0, a.start - 40) : a.start].lower()
        cut = max(left.rfind(". "), left.rfind(","), left.rfind("\n"))
        m_spread = _SPREAD_LEFT.search(left, cut + 1)
        if m_spread is not None:
            # "range in age from 24 to 61", "aged from 19 to 35": a spread is a range, not a change.
            spread = True
            if not unit and m_spread.group().startswith("age"):
                unit = "year"
            if not unit and "age" in left[cut + 1 :]:
                unit = "year"
    if _last_left_word(text, a.start) == "from" and is_to and not is_dash and not spread:
        a2 = _Atom(a.start, a.end, low_v, unit=unit, noun=b.noun, rule="change:from", unit_locked=True)
        b.rule = "change:from"
        return [_finish(text, a2), _finish(text, b)]
    if not low_v < b.value:
        return None
    start = between_start if between_start >= 0 else a.start
    rule = "range:between" if between_start >= 0 else ("range:dash" if is_dash else "range:to")
    if between_start < 0:
        new_start, q, _r, _att = _left_qualifier(text, start)
        if q in ("approximate",):
            start = new_start
    return [_make(text, start, b.end, tidy(low_v), b.value, "range", unit, b.noun, "", rule)]


def _sport_units(text: str, a: _Atom, b: _Atom, unit: str) -> tuple[str, str]:
    """Return the units of the two sides of a score by its sport: series, records, tennis sets, cricket totals.

    >>> t = "Navarro beat Kasatkina 6-4 in the third set after a tiebreak and two breaks of serve."
    >>> _sport_units(t, _Atom(23, 24, Decimal(6)), _Atom(25, 26, Decimal(4)), "point")
    ('game', 'game')
    """
    if unit == "vote":
        return unit, unit
    if text[a.start - 1 : a.start] == "(" and text[b.end : b.end + 1] == ")":
        # "The Comets (6-3)": a win-loss record.
        return "game", "game"
    left = text[max(0, a.start - 14) : a.start].lower()
    if "series " in left or "head-to-head " in left:
        # "lead the five-match series 2-0", "leads their head-to-head 3-0".
        return ("game", "game") if unit == "point" and not _sport_hits(text, a.start, _CRICKET_WORDS) \
            and not _sport_hits(text, a.start, _TENNIS_WORDS) else ("match", "match")
    if _sport_hits(text, a.start, _CRICKET_WORDS):
        if a.value > 10 >= b.value:
            return "run", "wicket"
        if b.value > 10 >= a.value:
            return "wicket", "run"
    if _sport_hits(text, a.start, _TENNIS_WORDS):
        if a.value <= 7 and b.value <= 7 and not {a.value, b.value} <= {0, 15, 30, 40} or \
                {a.value, b.value} <= {0, 1, 2, 3, 4, 5, 6, 7}:
            return "game", "game"
        return "point", "point"
    return unit, unit


def _sport_hits(text: str, s: int, words: frozenset[str]) -> bool:
    """Return whether at least two distinct words of one sport occur within 400 characters of ``s``."""
    wide = set(_WORD_SPLIT.findall(text[max(0, s - 400) : s + 400].lower()))
    return len(wide & words) >= 2


def _scale_of(value: Decimal) -> Decimal | None:
    for scale in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6, Decimal(1000)):
        if value >= scale:
            return scale
    return None


def _score_unit(text: str, s: int, e: int, top: Decimal) -> str:
    """Return the unit of a score "a-b": vote, point or goal by the words around it, or "" with no sport in sight.

    >>> _score_unit("Arsenal beat Chelsea 3-1.", 21, 24, Decimal(3))
    'goal'
    >>> _score_unit("The Comets beat the Stallions 112-104.", 30, 37, Decimal(112))
    'point'
    >>> _score_unit("Republicans won 30-40 in the House.", 16, 21, Decimal(40))
    'point'
    >>> _score_unit("Expect 30-40 in the House.", 7, 12, Decimal(40))
    ''
    """
    near = set(_WORD_SPLIT.findall(text[max(0, s - 60) : e + 60].lower()))
    if near & _SCORE_CONTEXT["vote"]:
        return "vote"
    wide = set(_WORD_SPLIT.findall(text[max(0, s - 400) : e + 400].lower()))
    point_hits = len(wide & _SCORE_CONTEXT["point"])
    goal_hits = len(wide & _SCORE_CONTEXT["goal"])
    if point_hits or goal_hits:
        if top > 15:
            # No football score runs past 15; basketball, rugby and gridiron scores do.
            return "point"
        return "point" if point_hits > goal_hits else "goal"
    if near & _SCORE_WORDS:
        return "point" if top > 15 else "goal"
    return ""


def _read_compound_duration(text: str, a: _Atom, b: _Atom) -> ExtractedClaim | None:
    gap = text[a.noun_end : b.start]
    if not _COMPOUND_GAP.fullmatch(gap):
        return None
    big, small = a.unit, b.unit
    factor = 1
    unit = big
    while unit in _DURATION and unit != small:
        unit, f = _DURATION[unit]
        factor *= f
    if unit != small:
        return None
    value = a.value * factor + b.value
    end = b.noun_end if b.noun_end > 0 else b.end
    atom = _Atom(a.start, end, tidy(value), unit=small, noun=text[a.noun_end : end].split()[-1],
                 rule="compound_duration", unit_locked=True)
    atom.noun = b.noun
    return _finish(text, atom)
