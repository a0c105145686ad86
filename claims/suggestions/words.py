"""The words of a claim's text: stems, content words, counted nouns and their head words.

Pure functions; no Django.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from claims import conflicts
from claims.extraction.places import COMPASS_WORDS, DEMONYM_ENDINGS, is_demonym

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "said",
        "says",
        "say",
        "according",
        "told",
        "tell",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "percent",
        "per",
        "cent",
        "many",
        "as",
        "least",
        "most",
        "nearly",
        "around",
        "roughly",
        "approximately",
        "almost",
        "estimated",
        "reportedly",
        "up",
        "than",
        "mr",
        "ms",
        "mrs",
        "yet",
        "still",
        "even",
        "including",
        "include",
        "includes",
        "ago",
        "last",
        "next",
        "new",
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "week",
        "weeks",
        "time",
        "may",
        "might",
        "must",
        "shall",
        "being",
        "get",
        "got",
        "like",
        "well",
        "back",
        "since",
        "ever",
    ]
)

GENERIC_NOUNS = frozenset(
    ["people", "person", "persons", "others", "individual", "individuals", "one", "ones", "such", "them", "those"]
)

# Words after a number that say its scope or sum, never what it counts ("312,000 nationwide", "12,000 overall").
SCOPE_ADVERBS = frozenset(("overall", "apiece", "altogether", "combined", "total"))

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

# A number restating the number and unit before it: "10 kilometers (6.2 miles)", "4,200 hectares, or 10,400 acres".
_CONVERSION_OPENS = (
    r"(?:\(|,\s*(?:or\s+)?)\s*(?:about|some|around|roughly|approximately|nearly|almost|over|more\s+than|up\s+to"
    r"|at\s+least)?\s*(?:[A-Z]{0,3}[$€£¥₩]|[A-Z]{3}\s)?\s*$"
)
_CONVERSION = re.compile(
    r"\d(?:[\d,.]*\d)?(?P<after>)\s*(?:[^\W\d_][\w.’'-]*\s*){0,3}" + _CONVERSION_OPENS, re.IGNORECASE
)
# How a restatement opens, up to its number: "(", ", or about", "(US$".
_CONVERSION_TAIL = re.compile(_CONVERSION_OPENS, re.IGNORECASE)

# Units of measure not on a conversion scale: the words after such a number say what is measured, not counted.
MEASURE_UNITS = frozenset(
    [
        "inch",
        "foot",
        "feet",
        "yard",
        "mph",
        "kph",
        "km/h",
        "knot",
        "acre",
        "hectare",
        "litre",
        "liter",
        "gallon",
        "barrel",
        "degree",
        "nit",
        "pixel",
        "hz",
        "calorie",
        "watt",
        "volt",
        "byte",
        "gb",
        "tb",
        "mb",
        "kb",
    ]
)

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ees", "ies", "ied", "ers", "es", "ed", "er", "s")


def stem(word: str) -> str:
    """Return a crude stem so that inflections of one word meet.

    >>> [stem(w) for w in ["detained", "detainees", "Organizations", "countries", "China's"]]
    ['detain', 'detain', 'organiz', 'countr', 'china']
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# The generic nouns' stems, as a subject's terms are.
GENERIC_STEMS = frozenset(stem(word) for word in GENERIC_NOUNS)


cached_stem = functools.lru_cache(maxsize=1 << 17)(stem)


class WordReading(NamedTuple):
    """How the suggester reads one written word: its stem, its lower case, and whether it carries meaning."""

    stem: str
    lower: str
    content: bool


# Every word read so far (``read_word``): a sentence of a stored claim is read word by word, many times a run.
_READINGS: dict[str, WordReading] = {}
# Past this many words the readings start afresh (a bound on memory for any corpus).
_READINGS_MAX = 1 << 18


def read_word(word: str) -> WordReading:
    """Return how a word is read (``WordReading``), computed once per distinct word.

    >>> read_word("Detained"), read_word("the").content
    (WordReading(stem='detain', lower='detained', content=True), False)
    """
    found = _READINGS.get(word)
    if found is None:
        if len(_READINGS) >= _READINGS_MAX:
            _READINGS.clear()
        lower = word.lower()
        found = _READINGS[word] = WordReading(cached_stem(word), lower, lower not in STOPWORDS and len(word) > 1)
    return found


def content_stems(text: str) -> list[str]:
    """Return the stems of the words of a text that carry meaning (no stopwords, no numbers).

    >>> content_stems("Some 2,000 such people have been detained in China")
    ['people', 'detain', 'china']
    """
    readings = (read_word(word) for word in WORD.findall(text))
    return [reading.stem for reading in readings if reading.content]


@functools.lru_cache(maxsize=1 << 16)
def text_stems(text: str) -> tuple[str, ...]:
    """Return ``content_stems`` of a short text read for many claims (a counted noun), read once per distinct text.

    >>> text_stems("human rights organizations")
    ('human', 'right', 'organiz')
    """
    return tuple(content_stems(text))


_NOUN_STOP = re.compile(r"[;:!?()\[\]—–]|\.(?![0-9])")


def counted_noun(text: str, end: int, noun: str = "") -> str:
    """Return the counted noun: the one given, or the words right after the number.

    >>> counted_noun("Dozens of human rights organizations and experts", 6)
    'human rights organizations'
    >>> counted_noun("54 participating organizations", 2, "organizations")
    'organizations'
    >>> counted_noun("counted 312,000 nationwide", 15), counted_noun("about 45; survivors said", 8)
    ('', '')
    """
    if noun:
        return noun
    window = text[end : end + 60]
    stop = _NOUN_STOP.search(window)
    # "at about 45; survivors have told ...": the words past a clause mark count something else.
    words = WORD.findall(window[: stop.start()] if stop else window)
    if words and words[0].lower() == "of":
        words = words[1:]
    picked: list[str] = []
    for i, word in enumerate(words[:3]):
        if word.lower() in STOPWORDS and word.lower() not in GENERIC_NOUNS:
            break
        if word.lower().endswith("wide") or word.lower() in SCOPE_ADVERBS:
            # "counted 312,000 nationwide": a scope, not what is counted.
            break
        picked.append(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if word.lower().endswith("s") and not following.lower().endswith("s"):
            break
    return " ".join(picked)


def noun_head(words: Sequence[str]) -> str:
    """Return the stem of a counted noun's head word; "" when it is generic or a nationality.

    >>> noun_head(["human", "rights", "organizations"]), noun_head(["North", "Koreans"]), noun_head(["people"])
    ('organiz', '', '')
    """
    if not words:
        return ""
    last = words[-1]
    if last.lower() in GENERIC_NOUNS or last.lower() in STOPWORDS or last[:1].isupper():
        return ""
    return cached_stem(last)


def counted_nationality(words: Sequence[str]) -> str:
    """Return the nationality a counted noun names ("Eritreans", "Afghan refugees", "North Koreans"), in lower case and
    singular; "" when it names none.

    >>> counted_nationality(["North", "Koreans"]), counted_nationality(["Afghan", "refugees"])
    ('north korean', 'afghan')
    >>> counted_nationality(["Nepalis"]), counted_nationality(["people"]), counted_nationality(["Christians"])
    ('nepali', '', '')
    """
    found: list[str] = []
    for word in words:
        lower = word.lower()
        if not word[:1].isupper():
            if found:
                break
            continue
        if lower in COMPASS_WORDS:
            found.append(lower)
            continue
        single = lower[:-1] if lower.endswith("s") and lower[:-1].endswith(DEMONYM_ENDINGS) else lower
        if is_demonym(single):
            return " ".join((*found, single))
        found = []
    return ""


def converted_number_end(text: str, start: int) -> int | None:
    """Return where the number ends that a number opening a parenthesis restates in other units, if any.

    >>> text = "at a depth of 10 kilometers (6.2 miles), officials said"
    >>> converted_number_end(text, text.index("6.2")), text.index("10") + 2
    (16, 16)
    >>> converted_number_end("won 5 games (3 at home)", 13) is None, converted_number_end("Brook (61)", 7)
    (False, None)
    """
    lowest = max(0, start - 80)
    # The parenthesis or comma the restatement opens with is the last one before it (its tail holds none): most
    # numbers have none there fit to open one, and the costly search is spared.
    opening = max(text.rfind("(", lowest, start), text.rfind(",", lowest, start))
    if opening < 0 or not _CONVERSION_TAIL.match(text, opening, start):
        return None
    match = _CONVERSION.search(text, lowest, start)
    return match.end("after") if match else None


# Units are few and asked for once per claim (``features.make_input``): each is read once.
@functools.lru_cache(maxsize=1 << 12)
def unit_kind(unit: str) -> str:
    """Return "currency" (a three-letter code), "measure" (a unit of measure) or "count" (people, votes, goals).

    >>> unit_kind("USD"), unit_kind("km"), unit_kind("foot"), unit_kind("degree Celsius"), unit_kind("person")
    ('currency', 'measure', 'measure', 'measure', 'count')
    """
    if re.fullmatch(r"[A-Z]{3}", unit.strip()) and unit.strip() not in {"GB", "TB", "MB", "KB"}:
        return "currency"
    normalized = conflicts.normalize_unit(unit)
    if normalized in conflicts.UNIT_SCALES or normalized.split(" ")[0] in MEASURE_UNITS:
        return "measure"
    return "count"


@functools.lru_cache(maxsize=1 << 12)
def is_measure_unit(unit: str) -> bool:
    """Return whether a unit measures rather than counts things: a unit of measure or a currency (USD, KRW)."""
    normalized = conflicts.normalize_unit(unit)
    if normalized in conflicts.UNIT_SCALES or normalized in MEASURE_UNITS or normalized.split(" ")[0] in MEASURE_UNITS:
        return True
    return unit[:1].isupper() or (len(unit) == 3 and unit.isupper())


def effective_head(head: str, unit: str) -> str:
    """Return the counted noun's head for comparing claims: none for units of measure ("6.1-inch screen")."""
    return "" if is_measure_unit(unit) else head
