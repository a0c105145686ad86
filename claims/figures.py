"""Figure suggestions: propose which claims report one real-world quantity, and say why.

Two claims are likely to report one quantity when

- their units measure the same thing (durations compared in one unit),
- their counted nouns are compatible and the words of their sentences overlap, weighted
  by how rare a word is among the claims compared (``similarity``),
- their values are of one magnitude (a hard conflict is allowed, "about 200" against
  "about 600" is exactly what an editor must see, but not a factor of five or more), and
- they are close in time: years named in their sentences do not differ, and known
  publication dates are less than ``MAX_DAYS_APART`` apart.

Two numbers in one sentence never report one quantity ("54 organizations and seven
individuals"), unless the second restates the first in other units of one kind in a
parenthesis ("10 kilometers (6.2 miles)", "5 billion rupees ($18 million)"): it joins the
first one's group. One article naming one distinctive number in two sentences (a headline
or bullet and the body) scores at least ``REPEATED_VALUE_SCORE``; small whole numbers do
not. A floor far below a value ("at least 4" against "around 8,000") is not that value.
Bullets end sentences; the words after a unit of measure or a currency are no counted noun. Claims are grouped by average linkage: a group grows while the mean
score over all its pairs stays above ``THRESHOLD``. Claims already in an editor's figure
pull new claims into a suggestion for that figure; other groups of two or more become
figures with status "suggested". Nothing joins a figure for good until an editor accepts.

Only likely pairs are scored (blocking): claims of one unit dimension that share a rare
word of their sentences (a word in more than ``MAX_CLAIMS_PER_WORD`` claims of the
dimension carries no signal and finds no pair) or one document, at most
``MAX_CANDIDATES_PER_CLAIM`` per claim (those sharing the most rare words). The average
linkage keeps the summed scores between groups, so grouping costs about the number of
scored pairs, not the square of the claims.

``suggest_figures`` regroups every claim (on demand). ``suggest_figures_for_documents``
(after an ingest) is incremental: only the new documents' claims are scored, against each
other and against a bounded set of stored claims (same unit dimension, publication dates
within ``MAX_DAYS_APART``, a value within reach, the ``MAX_INCREMENTAL_CLAIMS`` most
recent); they join an existing suggestion or editor's figure, or form new suggestions
(with each other or with claims in no suggestion), and no earlier suggestion is regrouped.

The pure part (``SuggestionInput``, ``score_pair``, ``group_claims``) uses no database;
``suggest_figures`` and ``suggest_figures_for_documents`` read and write the rows.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from claims import conflicts

THRESHOLD = 0.45
MAX_DAYS_APART = 400
MAX_MAGNITUDE_RATIO = 5
NEAR_TOKENS = 4
TEXT_WEIGHT = 0.55
NOUN_WEIGHT = 0.2
VALUE_WEIGHT = 0.25
SAME_DOCUMENT_BONUS = 0.1
# One article naming one distinctive number in two sentences: the pair scores at least this.
REPEATED_VALUE_SCORE = 0.7
# A number is distinctive unless it is a whole number below this ("two", "3", "6" repeat for different things).
DISTINCTIVE_FROM = 10
# A number restated in another unit of one scale agrees with it within this share.
CONVERSION_TOLERANCE = Fraction(15, 100)
MIN_COMMON_WORD_CLAIMS = 50
MAX_CLAIMS_PER_WORD = 100
MAX_CANDIDATES_PER_CLAIM = 40
MAX_INCREMENTAL_CLAIMS = 3000
# A stored claim whose value is this many times away from every new claim's cannot score (see magnitude_ratio).
INCREMENTAL_VALUE_REACH = 20

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours said says
    say according told tell one two three four five six seven eight nine ten eleven twelve dozen dozens
    hundred hundreds thousand thousands million millions billion percent per cent many as least most
    nearly around roughly approximately almost estimated reportedly up than mr ms mrs yet still even
    including include includes ago last next new year years month months day days week weeks time
    may might must shall being get got like well back since ever""".split()
)
GENERIC_NOUNS = frozenset("people person persons others individual individuals one ones such them those".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])|\s*(?=[•▪●■‣◦]\s)"
)
# A number opening a parenthesis right after another number and its unit: "10 kilometers (6.2 miles)".
_CONVERSION = re.compile(
    r"\d(?:[\d,.]*\d)?(?P<after>)\s*(?:[^\W\d_][\w.’'-]*\s*){0,3}\(\s*(?:about|some|around|roughly|approximately|nearly"
    r"|almost|over|more\s+than|up\s+to|at\s+least)?\s*(?:[A-Z]{0,3}[$€£¥₩]|[A-Z]{3}\s)?\s*$",
    re.IGNORECASE,
)
# Units of measure not on a conversion scale: the words after such a number say what is measured, not counted.
MEASURE_UNITS = frozenset(
    "inch foot feet yard mph kph km/h knot acre hectare litre liter gallon barrel degree nit pixel hz"
    " calorie watt volt byte gb tb mb kb".split()
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


_cached_stem = functools.lru_cache(maxsize=1 << 17)(stem)


def content_stems(text: str) -> list[str]:
    """Return the stems of the words of a text that carry meaning (no stopwords, no numbers).

    >>> content_stems("Some 2,000 such people have been detained in China")
    ['people', 'detain', 'china']
    """
    return [_cached_stem(word) for word in _WORD.findall(text) if word.lower() not in STOPWORDS and len(word) > 1]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding ``text[start:end]``.

    >>> text = "First one. Some 30 defectors face repatriation. Next."
    >>> left, right = sentence_bounds(text, 16, 18)
    >>> text[left:right]
    'Some 30 defectors face repatriation.'
    """
    left, right = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def counted_noun(text: str, end: int, noun: str = "") -> str:
    """Return the counted noun: the one given, or the words right after the number.

    >>> counted_noun("Dozens of human rights organizations and experts", 6)
    'human rights organizations'
    >>> counted_noun("54 participating organizations", 2, "organizations")
    'organizations'
    """
    if noun:
        return noun
    words = _WORD.findall(text[end : end + 60])
    if words and words[0].lower() == "of":
        words = words[1:]
    picked: list[str] = []
    for i, word in enumerate(words[:3]):
        if word.lower() in STOPWORDS and word.lower() not in GENERIC_NOUNS:
            break
        picked.append(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if word.lower().endswith("s") and not following.lower().endswith("s"):
            break
    return " ".join(picked)


@dataclasses.dataclass(frozen=True)
class SuggestionInput:
    """What the suggester knows about one claim."""

    claim_id: int
    document_id: int
    sentence: tuple[int, int]
    value: conflicts.Value
    words: Mapping[str, float]
    noun: frozenset[str]
    years: frozenset[int] = frozenset()
    head: str = ""
    published: datetime.date | None = None
    figure_id: int | None = None
    noun_text: str = ""
    surface: Mapping[str, str] = dataclasses.field(default_factory=dict)
    suggested_figure_id: int | None = None
    span: tuple[int, int] = (0, 0)
    converts: int | None = None

    @property
    def dimension(self) -> str:
        return conflicts.unit_dimension(self.value.unit)


def describe_claim(
    claim_id: int,
    document_id: int,
    text: str,
    start: int,
    end: int,
    value: conflicts.Value,
    *,
    noun: str = "",
    published: datetime.date | None = None,
    figure_id: int | None = None,
) -> SuggestionInput:
    """Return the suggester's view of a claim: its sentence's words (those near the number count double).

    >>> d = describe_claim(1, 1, "Yes. Some 2,000 such people were detained in China. No.", 5, 15,
    ...                    conflicts.Value.of(2000, 2000, "approximate", "person"))
    >>> sorted(d.words.items()), sorted(d.noun)
    ([('china', 2.0), ('detain', 2.0), ('people', 2.0)], ['people'])
    """
    left, right = sentence_bounds(text, start, end)
    before = content_stems(text[left:start])
    after = content_stems(text[end:right])
    words: dict[str, float] = {}
    for i, word in enumerate(reversed(before)):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    for i, word in enumerate(after):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    noun_words = _WORD.findall(counted_noun(text, end, noun))
    noun_stems = frozenset(content_stems(" ".join(noun_words)))
    head = noun_head(noun_words)
    years = frozenset(int(y) for y in _YEAR.findall(text[left:right]))
    surface: dict[str, str] = {}
    for word in _WORD.findall(text[left:right]):
        surface.setdefault(stem(word), word.lower())
    return SuggestionInput(
        claim_id, document_id, (left, right), value, words, noun_stems, years, effective_head(head, value.unit),
        published, figure_id, " ".join(noun_words), surface, span=(start, end),
        converts=converted_number_end(text, start),
    )


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
    return stem(last)


def converted_number_end(text: str, start: int) -> int | None:
    """Return where the number ends that a number opening a parenthesis restates in other units, if any.

    >>> text = "at a depth of 10 kilometers (6.2 miles), officials said"
    >>> converted_number_end(text, text.index("6.2")), text.index("10") + 2
    (16, 16)
    >>> converted_number_end("won 5 games (3 at home)", 13) is None, converted_number_end("Brook (61)", 7)
    (False, None)
    """
    match = _CONVERSION.search(text, max(0, start - 80), start)
    return match.end("after") if match else None


def effective_head(head: str, unit: str) -> str:
    """Return the counted noun's head for comparing claims: none for units of measure ("6.1-inch screen")."""
    normalized = conflicts.normalize_unit(unit)
    if normalized in conflicts.UNIT_SCALES or normalized in MEASURE_UNITS or normalized.split(" ")[0] in MEASURE_UNITS:
        return ""
    if unit[:1].isupper() or (len(unit) == 3 and unit.isupper()):  # currencies (USD, KRW) and the like
        return ""
    return head


_Sentence = tuple[list[tuple[int, int, str]], frozenset[int], dict[str, str], list[tuple[int, int]]]


class DocumentText:
    """One document's text, split into sentences once, to describe many of its claims quickly.

    ``describe`` returns exactly what ``describe_claim`` returns; it finds the sentence by
    bisection and reads each sentence's words once, not once per claim.

    >>> text = "Yes. Some 2,000 such people were detained in China. No."
    >>> value = conflicts.Value.of(2000, 2000, "approximate", "person")
    >>> DocumentText(text).describe(1, 1, 5, 15, value) == describe_claim(1, 1, text, 5, 15, value)
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_SENTENCE_END.finditer(text))
        self.ends = [match.end() for match in matches]
        self.starts = [match.start() for match in matches]
        self.sentences: dict[tuple[int, int], _Sentence] = {}

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        at = bisect.bisect_right(self.ends, start) - 1
        left = self.ends[at] if at >= 0 else 0
        after = bisect.bisect_left(self.starts, end)
        right = self.starts[after] if after < len(self.starts) else len(self.text)
        return left, right

    def sentence(self, left: int, right: int) -> _Sentence:
        """Return a sentence's content words (start, end, stem), years, surface words and word spans."""
        found = self.sentences.get((left, right))
        if found is None:
            tokens = []
            spans = []
            surface: dict[str, str] = {}
            for match in _WORD.finditer(self.text, left, right):
                word = match.group()
                stemmed = _cached_stem(word)
                surface.setdefault(stemmed, word.lower())
                spans.append((match.start(), match.end()))
                if word.lower() not in STOPWORDS and len(word) > 1:
                    tokens.append((match.start(), match.end(), stemmed))
            years = frozenset(int(y) for y in _YEAR.findall(self.text[left:right]))
            found = self.sentences[(left, right)] = (tokens, years, surface, spans)
        return found

    def describe(
        self,
        claim_id: int,
        document_id: int,
        start: int,
        end: int,
        value: conflicts.Value,
        *,
        noun: str = "",
        published: datetime.date | None = None,
        figure_id: int | None = None,
        suggested_figure_id: int | None = None,
    ) -> SuggestionInput:
        """Return the suggester's view of a claim of this text (as ``describe_claim``)."""
        text = self.text
        left, right = self.sentence_bounds(start, end)
        tokens, years, surface, _ = self.sentence(left, right)
        if self.is_word_cut(left, right, start) or self.is_word_cut(left, right, end):
            # A word running across the number's edge reads differently when cut there: read it as describe_claim does.
            before = content_stems(text[left:start])
            after = content_stems(text[end:right])
        else:
            before = [word for _, token_end, word in tokens if token_end <= start]
            after = [word for token_start, _, word in tokens if token_start >= end]
        words: dict[str, float] = {}
        for i, word in enumerate(reversed(before)):
            words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
        for i, word in enumerate(after):
            words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
        noun_words = _WORD.findall(counted_noun(text, end, noun))
        noun_stems = frozenset(content_stems(" ".join(noun_words)))
        return SuggestionInput(
            claim_id, document_id, (left, right), value, words, noun_stems, years,
            effective_head(noun_head(noun_words), value.unit), published, figure_id, " ".join(noun_words), surface,
            suggested_figure_id, (start, end), converted_number_end(text, start),
        )

    def is_word_cut(self, left: int, right: int, edge: int) -> bool:
        """Return whether a word of the sentence runs across ``edge`` (rare: the number is inside a word)."""
        if not left < edge < right:
            return False
        return any(start < edge < end for start, end in self.sentence(left, right)[3])


def idf_weights(inputs: Sequence[SuggestionInput]) -> dict[str, float]:
    """Return each word's inverse document frequency among the claims compared."""
    counts = Counter(word for item in inputs for word in item.words)
    total = len(inputs)
    return {word: math.log((1 + total) / (1 + count)) + 1 for word, count in counts.items()}


def representative(value: conflicts.Value) -> Fraction | None:
    interval = conflicts.widened_interval(value)
    ends = [end for end in (interval.low, interval.high) if end is not None]
    return sum(ends, Fraction(0)) / len(ends) if ends else None


def magnitude_ratio(a: conflicts.Value, b: conflicts.Value) -> Fraction:
    """Return how far apart two values are as a ratio (1 when their widened intervals overlap).

    >>> magnitude_ratio(conflicts.Value.of(200, 200, "approximate"), conflicts.Value.of(600, 600, "approximate"))
    Fraction(27, 11)
    >>> magnitude_ratio(conflicts.Value.of(24, 99, "vague"), conflicts.Value.of(54, 54))
    Fraction(1, 1)
    """
    return intervals_ratio(conflicts.widened_interval(a, b), conflicts.widened_interval(b, a))


def intervals_ratio(wa: conflicts.Interval, wb: conflicts.Interval) -> Fraction:
    """Return how far apart two widened intervals are: the gap's far end over its near end (1 if they overlap)."""
    if wa.overlaps(wb):
        return Fraction(1)
    if wa.high is not None and wb.low is not None and wa.high < wb.low:
        small, large = wa.high, wb.low
    else:
        assert wb.high is not None and wa.low is not None
        small, large = wb.high, wa.low
    if small <= 0:
        return Fraction(10**9)
    return large / small


def are_nouns_compatible(head_a: str, head_b: str) -> bool:
    """Return whether two counted nouns may count the same things (by their head words).

    A generic noun ("people", "others") or a nationality ("North Koreans") fits anything.

    >>> are_nouns_compatible("defector", ""), are_nouns_compatible("athlet", "activist")
    (True, False)
    """
    return not head_a or not head_b or head_a == head_b


def is_time_compatible(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims can be about one time: named years agree, publication dates are close."""
    if a.years and b.years:
        return bool(a.years & b.years)
    if a.published and b.published and abs((a.published - b.published).days) > MAX_DAYS_APART:
        return False
    return True


@dataclasses.dataclass(frozen=True)
class PairScore:
    score: float
    shared: tuple[str, ...]


def anchor_numbers(value: conflicts.Value) -> frozenset[Decimal]:
    return frozenset(end for end in (value.low, value.high) if end is not None)


def value_agreement(a: conflicts.Value, b: conflicts.Value) -> float:
    """Return how well two values agree, from 1 (the same numbers) down to 0.

    Two exact values that differ agree not at all: one article rarely states one quantity
    as 17 and as 63, while "about 200" against "about 600" is a conflict worth showing.

    >>> V = conflicts.Value.of
    >>> value_agreement(V(None, 2000, "at_most"), V(2000, 2000, "approximate"))
    1.0
    >>> value_agreement(V(24, 99, "vague"), V(30, 30, "approximate")), value_agreement(V(17, 17), V(63, 63))
    (0.6, 0.0)
    """
    if a.qualifier != "vague" and b.qualifier != "vague" and anchor_numbers(a) == anchor_numbers(b):
        return 1.0
    if conflicts.base_interval(a).overlaps(conflicts.base_interval(b)):
        return 0.6
    ratio = magnitude_ratio(a, b)
    if ratio == 1:
        return 0.3
    if a.qualifier == "exact" and b.qualifier == "exact":
        return 0.0
    return 0.3 / float(ratio)


def noun_agreement(head_a: str, head_b: str) -> float:
    """Return 1 when two counted nouns have one head word, 0.5 when one is generic or unknown."""
    return 1.0 if head_a and head_a == head_b else 0.5


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    va = {word: weight * idf.get(word, 1.0) for word, weight in a.items()}
    vb = {word: weight * idf.get(word, 1.0) for word, weight in b.items()}
    dot = sum(va[word] * vb[word] for word in set(va) & set(vb))
    norm = math.sqrt(sum(v * v for v in va.values())) * math.sqrt(sum(v * v for v in vb.values()))
    return dot / norm if norm else 0.0


@functools.lru_cache(maxsize=1 << 16)
def value_intervals(value: conflicts.Value) -> tuple[conflicts.Interval, conflicts.Interval, frozenset[Decimal]]:
    """Return a value's stated interval, its widened interval (against no other value) and its anchor numbers."""
    return conflicts.base_interval(value), conflicts.widened_interval(value), anchor_numbers(value)


classify_conflict = functools.lru_cache(maxsize=1 << 16)(conflicts.classify_conflict)


class Prepared:
    """A claim ready to be scored many times: its weighted word vector, norm and intervals computed once."""

    __slots__ = ("item", "dimension", "vector", "norm", "near", "base", "widened", "anchors", "is_duration",
                 "base_ends")

    def __init__(self, item: SuggestionInput, idf: Mapping[str, float]) -> None:
        self.item = item
        self.dimension = item.dimension
        self.vector = {word: weight * idf.get(word, 1.0) for word, weight in item.words.items()}
        self.norm = math.sqrt(sum(v * v for v in self.vector.values()))
        self.near = {word for word, weight in item.words.items() if weight > 1}
        self.base, self.widened, self.anchors = value_intervals(item.value)
        self.is_duration = conflicts.normalize_unit(item.value.unit) in conflicts.DURATION_UNITS
        self.base_ends = frozenset(end for end in (self.base.low, self.base.high) if end is not None)


def bound_ratio(a: conflicts.Interval, b: conflicts.Interval) -> Fraction:
    """Return how far apart two bounds open on the same side are ("at least 12" against "more than 1,000"); else 1.

    Two such intervals always overlap, but a floor of 12 and a floor of 1,000 are not one number.

    >>> I = conflicts.Interval
    >>> bound_ratio(I(Fraction(12), None), I(Fraction(1000), None)), bound_ratio(I(None, Fraction(5)), I(Fraction(1), Fraction(5)))
    (Fraction(250, 3), Fraction(1, 1))
    """
    if a.high is None and b.high is None and a.low is not None and b.low is not None:
        ends = sorted((a.low, b.low))
    elif a.low is None and b.low is None and a.high is not None and b.high is not None:
        ends = sorted((a.high, b.high))
    else:
        return Fraction(1)
    if ends[0] <= 0:
        return Fraction(1) if ends[0] == ends[1] else Fraction(10**9)
    return ends[1] / ends[0]


def point_ratio(a: conflicts.Interval, b: conflicts.Interval) -> Fraction:
    """Return how far apart two values' telling points are: an open interval's bound, a closed one's middle.

    "At least 4" and "around 8,000" overlap, but a floor of 4 does not report 8,000.

    >>> I = conflicts.Interval
    >>> point_ratio(I(Fraction(4), None), I(Fraction(8000), Fraction(8000))), point_ratio(I(None, Fraction(10)), I(Fraction(8), None))
    (Fraction(2000, 1), Fraction(5, 4))
    """
    points = []
    for interval in (a, b):
        ends = [end for end in (interval.low, interval.high) if end is not None]
        if not ends:
            return Fraction(1)
        points.append(sum(ends, Fraction(0)) / len(ends))
    small, large = sorted(points)
    if small <= 0:
        return Fraction(1) if small == large else Fraction(10**9)
    return large / small


def is_distinctive(value: conflicts.Value) -> bool:
    """Return whether a value is unlikely to recur for another quantity of one article (not "two", "3", "6")."""
    if value.qualifier == "vague":
        return False
    return any(end is not None and (end >= DISTINCTIVE_FROM or end != int(end)) for end in (value.low, value.high))


def prepared_ratio(a: Prepared, b: Prepared) -> Fraction:
    """Return ``magnitude_ratio`` of two prepared claims (only durations widen against each other)."""
    opened = max(bound_ratio(a.base, b.base), point_ratio(a.base, b.base))
    if opened >= MAX_MAGNITUDE_RATIO or (opened > 1 and bound_ratio(a.base, b.base) == opened):
        return opened
    if a.is_duration and b.is_duration:
        return magnitude_ratio(a.item.value, b.item.value)
    return intervals_ratio(a.widened, b.widened)


def prepared_score(a: Prepared, b: Prepared) -> float:
    """Return ``score_pair(...).score`` for two prepared claims, cheapest rules first."""
    x, y = a.item, b.item
    if a.dimension != b.dimension or not x.value.unit:
        return 0.0
    if x.document_id == y.document_id:
        if x.sentence == y.sentence:
            return 0.0
        if is_repeated_value(a, b) and is_time_compatible(x, y):
            # One article naming one distinctive number twice (a headline or summary, then the body).
            return max(REPEATED_VALUE_SCORE, scored_pair(a, b))
    return scored_pair(a, b)


def is_repeated_value(a: Prepared, b: Prepared) -> bool:
    """Return whether two claims state one distinctive number on one scale (neither vague, not opposite bounds)."""
    x, y = a.item.value, b.item.value
    if not (is_distinctive(x) and is_distinctive(y)) or a.base_ends != b.base_ends:
        return False
    return {x.qualifier, y.qualifier} != {"at_least", "at_most"}


def scored_pair(a: Prepared, b: Prepared) -> float:
    """Return the mixed score of two claims of one dimension in different sentences (0 when a rule rules it out)."""
    x, y = a.item, b.item
    shared = a.vector.keys() & b.vector.keys()
    if not shared or not are_nouns_compatible(x.head, y.head) or not is_time_compatible(x, y):
        return 0.0
    ratio = prepared_ratio(a, b)
    if ratio >= MAX_MAGNITUDE_RATIO:
        return 0.0
    norm = a.norm * b.norm
    text = sum(a.vector[word] * b.vector[word] for word in shared) / norm if norm else 0.0
    nouns = noun_agreement(x.head, y.head)
    if x.value.qualifier != "vague" and y.value.qualifier != "vague" and a.base_ends == b.base_ends:
        values = 1.0
    elif a.base.overlaps(b.base) and ratio == 1:
        values = 0.6
    elif ratio == 1:
        values = 0.3
    elif x.value.qualifier == "exact" and y.value.qualifier == "exact":
        values = 0.0
    else:
        values = 0.3 / float(ratio)
    score = TEXT_WEIGHT * text + NOUN_WEIGHT * nouns + VALUE_WEIGHT * values
    if x.document_id == y.document_id and values >= 0.6:
        # One article repeats its own figures (a headline and the body); it rarely restates them differently.
        score += SAME_DOCUMENT_BONUS
    if nouns < 1 and not (a.near & b.near) - GENERIC_NOUNS:
        score /= 2
    return score


def shared_words(a: SuggestionInput, b: SuggestionInput, idf: Mapping[str, float]) -> tuple[str, ...]:
    """Return the (at most five) most telling words two claims' sentences share."""
    shared = set(a.words) & set(b.words)
    top = sorted(shared, key=lambda word: (-(a.words[word] * b.words[word] * idf.get(word, 1.0) ** 2), word))
    return tuple(top[:5])


def score_pair(a: SuggestionInput, b: SuggestionInput, idf: Mapping[str, float]) -> PairScore:
    """Return how likely two claims report one quantity (0 when a rule rules it out) and the shared words.

    The score mixes the similarity of the two sentences (rare words weigh more, words next
    to the number double), agreement of counted nouns and of values, and a small bonus for
    two claims of one document. With neither a specific noun nor a word next to the number
    in common ("two people killed" against "two people injured") it is halved.
    """
    score = prepared_score(Prepared(a, idf), Prepared(b, idf))
    if score <= 0:
        return PairScore(0.0, ())
    return PairScore(score, shared_words(a, b, idf))


def candidate_pairs(
    inputs: Sequence[SuggestionInput], only: Iterable[int] | None = None
) -> set[tuple[int, int]]:
    """Return the pairs of claims (indexes, smaller first) worth scoring: blocking instead of all pairs.

    Claims of one unit dimension meet through a word of their sentences or their document.
    A word held by more than ``MAX_CLAIMS_PER_WORD`` claims of the dimension (or a fifth of
    them, when that is more than ``MIN_COMMON_WORD_CLAIMS``) finds no pair: a word shared
    by most claims ("government") carries no signal, at quadratic cost. Each claim keeps
    the ``MAX_CANDIDATES_PER_CLAIM`` claims sharing the most such keys with it. With
    ``only``, just the pairs of those claims are returned (new claims against the rest).
    """
    by_dimension: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        if item.value.unit:
            by_dimension[item.dimension].append(index)
    wanted = None if only is None else set(only)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_dimension.values():
        postings: dict[object, list[int]] = defaultdict(list)
        for index in indexes:
            item = inputs[index]
            for word in item.words:
                postings[word].append(index)
            postings[("document", item.document_id)].append(index)
        common = min(MAX_CLAIMS_PER_WORD, max(MIN_COMMON_WORD_CLAIMS, len(indexes) // 5))
        for index in indexes if wanted is None else [i for i in indexes if i in wanted]:
            item = inputs[index]
            keys = [*item.words, ("document", item.document_id)]
            lists = [postings[key] for key in keys if 1 < len(postings[key]) <= common]
            if not lists:
                continue
            counts: Counter[int] = Counter()
            for members in lists:
                counts.update(members)
            del counts[index]
            if len(counts) > MAX_CANDIDATES_PER_CLAIM:
                chosen: Iterable[int] = [
                    other for other, _ in heapq.nlargest(
                        MAX_CANDIDATES_PER_CLAIM, counts.items(), key=lambda entry: (entry[1], -entry[0])
                    )
                ]
            else:
                chosen = counts
            for other in chosen:
                pairs.add((index, other) if index < other else (other, index))
    return pairs


@dataclasses.dataclass
class Group:
    """Claims the suggester puts together, the figure they join (if any), and why.

    ``figure_id`` is an editor's figure; ``suggestion_id`` an earlier suggestion kept as it
    is (incremental runs only).
    """

    members: list[SuggestionInput]
    figure_id: int | None = None
    reason: str = ""
    suggestion_id: int | None = None

    @property
    def claim_ids(self) -> list[int]:
        return [member.claim_id for member in self.members]


def group_claims(
    inputs: Sequence[SuggestionInput],
    threshold: float = THRESHOLD,
    *,
    idf: Mapping[str, float] | None = None,
    keep_suggestions: bool = False,
) -> list[Group]:
    """Return the groups of claims likely to report one quantity, with a reason for each.

    Claims with a ``figure_id`` are an editor's figures: each such figure starts as one
    group, two of them never merge, and a group that holds one proposes its new claims for
    it. Groups with no editor's figure are returned only when they hold two or more claims.
    With ``keep_suggestions``, claims with a ``suggested_figure_id`` likewise start as one
    group per earlier suggestion, which new claims may join but which never merges with
    another (incremental runs). ``idf`` defaults to the word weights among ``inputs``.

    Average linkage over the scored pairs only: pairs are taken best first, and two groups
    merge when the mean score over all their pairs (an unscored pair counts 0) stays at or
    above ``threshold`` and no two of their claims share a sentence.

    >>> V = conflicts.Value.of
    >>> text = "Some 2,000 people were detained in China. Officials denied it. About 2,100 people are detained in China."
    >>> a = describe_claim(1, 1, text, 0, 10, V(2000, 2000, "approximate", "person"))
    >>> b = describe_claim(2, 1, text, 64, 75, V(2100, 2100, "approximate", "person"))
    >>> [g.claim_ids for g in group_claims([a, b])]
    [[1, 2]]
    """
    if idf is None:
        idf = idf_weights(inputs)
    prepared: dict[int, Prepared] = {}

    def prepare(index: int) -> Prepared:
        found = prepared.get(index)
        if found is None:
            found = prepared[index] = Prepared(inputs[index], idf)
        return found

    satellites = conversions(inputs)
    edges = []
    neighbours: dict[int, list[int]] = defaultdict(list)
    for i, j in candidate_pairs(inputs):
        if i in satellites or j in satellites:
            continue
        score = prepared_score(prepare(i), prepare(j))
        if score > 0:
            edges.append((-score, i, j))
            neighbours[i].append(j)
            neighbours[j].append(i)
    edges.sort()

    cluster_of = list(range(len(inputs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(inputs))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(inputs))}
    sentences: dict[int, set[tuple[int, tuple[int, int]]]] = {
        i: {(item.document_id, item.sentence)} for i, item in enumerate(inputs)
    }
    anchor: dict[int, tuple[str, int] | None] = {}
    for i, item in enumerate(inputs):
        if item.figure_id is not None:
            anchor[i] = ("figure", item.figure_id)
        elif keep_suggestions and item.suggested_figure_id is not None:
            anchor[i] = ("suggestion", item.suggested_figure_id)
        else:
            anchor[i] = None
    for negative, i, j in edges:
        links[i][j] = links[i].get(j, 0.0) - negative
        links[j][i] = links[j].get(i, 0.0) - negative

    def merge(x: int, y: int) -> None:
        keep, gone = (x, y) if len(members[x]) + len(links[x]) >= len(members[y]) + len(links[y]) else (y, x)
        anchor[keep] = anchor[keep] or anchor[gone]
        for k in members[gone]:
            cluster_of[k] = keep
        members[keep].extend(members.pop(gone))
        sentences[keep] |= sentences.pop(gone)
        kept_links = links[keep]
        kept_links.pop(gone, None)
        for other, total in links.pop(gone).items():
            if other == keep:
                continue
            kept_links[other] = kept_links.get(other, 0.0) + total
            other_links = links[other]
            other_links[keep] = other_links.get(keep, 0.0) + other_links.pop(gone)
        del anchor[gone]

    first_of_anchor: dict[tuple[str, int], int] = {}
    for i in range(len(inputs)):
        key = anchor.get(i)
        if key is None:
            continue
        if key in first_of_anchor:
            merge(cluster_of[first_of_anchor[key]], cluster_of[i])
        else:
            first_of_anchor[key] = i

    for negative, i, j in edges:
        x, y = cluster_of[i], cluster_of[j]
        if x == y or (anchor[x] is not None and anchor[y] is not None):
            continue
        if links[x].get(y, 0.0) / (len(members[x]) * len(members[y])) < threshold:
            continue
        small, large = sorted((sentences[x], sentences[y]), key=len)
        if any(sentence in large for sentence in small):
            continue
        merge(x, y)

    # A number restated in other units ("10 kilometers (6.2 miles)") follows the number it restates.
    for satellite, primary in satellites.items():
        x, y = cluster_of[primary], cluster_of[satellite]
        if x == y or len(members[y]) > 1 or (anchor[x] is not None and anchor[y] is not None):
            continue
        merge(x, y)
        neighbours[primary].append(satellite)
        neighbours[satellite].append(primary)

    groups = []
    for key, indexes in members.items():
        kept = anchor[key]
        group_members = [inputs[i] for i in sorted(indexes, key=lambda i: (inputs[i].document_id, inputs[i].sentence))]
        if kept is None and len(group_members) < 2:
            continue
        if kept is not None and kept[0] == "figure" and all(m.figure_id is not None for m in group_members):
            continue
        if kept is not None and kept[0] == "suggestion" and all(
            m.figure_id is None and m.suggested_figure_id == kept[1] for m in group_members
        ):
            continue
        inside = set(indexes)
        pair_words = Counter(
            word
            for i in indexes
            for j in neighbours.get(i, ())
            if i < j and j in inside
            for word in shared_words(inputs[i], inputs[j], idf)
        )
        groups.append(Group(
            group_members,
            kept[1] if kept is not None and kept[0] == "figure" else None,
            explain_group(group_members, pair_words),
            kept[1] if kept is not None and kept[0] == "suggestion" else None,
        ))
    groups.sort(key=lambda group: (group.members[0].document_id, group.members[0].sentence))
    return groups


def conversions(inputs: Sequence[SuggestionInput]) -> dict[int, int]:
    """Return, by index, the claims that restate another claim of their sentence in other units, and that claim.

    "10 kilometers (6.2 miles)", "5 billion rupees ($18 million)": the number opening a
    parenthesis right after another number is the same quantity when its unit differs (and,
    on one scale, its value agrees within ``CONVERSION_TOLERANCE``).
    """
    by_document: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        by_document[item.document_id].append(index)
    found: dict[int, int] = {}
    for index, item in enumerate(inputs):
        if item.converts is None or not item.value.unit:
            continue
        for other in by_document[item.document_id]:
            primary = inputs[other]
            if other != index and primary.span[0] < item.converts <= primary.span[1] and primary.value.unit:
                if is_conversion(primary.value, item.value):
                    found[index] = other
                break
    return found


def is_conversion(a: conflicts.Value, b: conflicts.Value) -> bool:
    """Return whether ``b`` may restate ``a`` in another unit (different units; on one scale, values that agree).

    >>> V = conflicts.Value.of
    >>> is_conversion(V(10, 10, "exact", "km"), V(6.2, 6.2, "exact", "mile")), is_conversion(V(5, 5, "exact", "km"), V(6, 6, "exact", "mile"))
    (True, False)
    >>> is_conversion(V(5e9, 5e9, "exact", "PKR"), V(18e6, 18e6, "exact", "USD")), is_conversion(V(3, 3, "exact", "goal"), V(1, 1, "exact", "goal"))
    (True, False)
    """
    unit_a, unit_b = conflicts.normalize_unit(a.unit), conflicts.normalize_unit(b.unit)
    if unit_a == unit_b or unit_kind(a.unit) != unit_kind(b.unit) or unit_kind(a.unit) == "count":
        return False
    if unit_a in conflicts.UNIT_SCALES and unit_b in conflicts.UNIT_SCALES:
        if conflicts.unit_dimension(unit_a) != conflicts.unit_dimension(unit_b):
            return False
        ra, rb = representative(a), representative(b)
        return ra is not None and rb is not None and rb > 0 and abs(ra / rb - 1) <= CONVERSION_TOLERANCE
    return unit_a.split(" ")[0] == unit_b.split(" ")[0] or "storage" not in {unit_store(unit_a), unit_store(unit_b)}


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


def unit_store(unit: str) -> str:
    return "storage" if unit.lower() in {"gb", "tb", "mb", "kb", "byte"} else "other"


def format_number(number: Decimal | None) -> str:
    if number is None:
        return "open"
    return f"{number.normalize():,f}"


def explain_group(members: Sequence[SuggestionInput], shared_words: Counter[str]) -> str:
    """Return a sentence or three saying why these claims were grouped."""
    units = sorted({conflicts.normalize_unit(m.value.unit) for m in members})
    documents = len({m.document_id for m in members})
    values = sorted(
        {f"{m.value.qualifier} [{format_number(m.value.low)}, {format_number(m.value.high)}]" for m in members}
    )
    dates = sorted({m.published for m in members if m.published})
    years = sorted({year for m in members for year in m.years})
    parts = [
        f"{len(members)} claims from {documents} document{'s' if documents != 1 else ''}",
        f"unit {' = '.join(units)}" + (" (durations compared in one unit)" if len(units) > 1 else ""),
    ]
    noun_texts = Counter(m.noun_text.lower() for m in members if m.noun_text)
    if noun_texts:
        parts.append("counted noun " + " / ".join(f"“{text}”" for text, _ in noun_texts.most_common(3)))
    if shared_words:
        surface = {stem_: word for m in members for stem_, word in m.surface.items()}
        shown = [surface.get(word, word) for word, _ in shared_words.most_common(6)]
        parts.append("shared words in the sentences: " + ", ".join(shown))
    parts.append("values " + "; ".join(values[:6]))
    if dates:
        parts.append(f"published {dates[0]:%Y-%m-%d}" + (f" to {dates[-1]:%Y-%m-%d}" if dates[-1] != dates[0] else ""))
    if years:
        parts.append("years named: " + ", ".join(str(y) for y in years))
    values_in = [classify_conflict(a.value, b.value) for i, a in enumerate(members) for b in members[i + 1 :]]
    state = conflicts.worst(values_in)
    parts.append({"": "no conflict", "soft": "a soft conflict", "hard": "a hard conflict"}[state] + " among them")
    return "Grouped: " + "; ".join(parts) + "."


def suggest_title(members: Sequence[SuggestionInput], words: Iterable[str] = ()) -> str:
    """Return a working title for a suggested figure: its counted noun and most telling words.

    >>> m = describe_claim(1, 1, "Some 30 defectors were detained.", 0, 7, conflicts.Value.of(30, 30, "approximate", "person"))
    >>> suggest_title([m], ["detain"])
    'defectors (person): detained'
    """
    nouns = Counter(m.noun_text.lower() for m in members if m.head)
    unit = conflicts.normalize_unit(members[0].value.unit)
    noun = nouns.most_common(1)[0][0] if nouns else unit
    surface = {stem_: word for m in members for stem_, word in m.surface.items()}
    extra = [surface.get(w, w) for w in words if w not in {m.head for m in members}][:3]
    return f"{noun} ({unit})" + (": " + ", ".join(extra) if extra else "")


# --- the database side -------------------------------------------------------------------

# The claim fields the suggester reads (no document text: documents are read once each).
CLAIM_FIELDS = (
    "id", "document_id", "start", "end", "low", "high", "qualifier", "unit", "noun", "status", "rank",
    "corrected_low", "corrected_high", "corrected_qualifier", "corrected_unit", "figure_id", "suggested_figure_id",
)
DOCUMENT_CHUNK = 500


def claim_input(claim: Any, figure_id: int | None = None) -> SuggestionInput:
    """Return the suggester's view of a stored claim (its document fetched with it)."""
    from claims.reconciliation import claim_value

    document = claim.document
    return describe_claim(
        claim.pk,
        claim.document_id,
        document.text,
        claim.start,
        claim.end,
        claim_value(claim),
        noun=claim.noun,
        published=document.published,
        figure_id=figure_id,
    )


def describe_stored_claims(claims: Sequence[Any], *, keep_suggestions: bool = False) -> list[SuggestionInput]:
    """Return the suggester's view of stored claims, reading each document's text once, in bulk.

    With ``keep_suggestions`` each input carries its claim's current suggestion (incremental runs).
    """
    from claims.reconciliation import claim_value
    from corpus.models import Document

    by_document: dict[int, list[Any]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document_id].append(claim)
    described: dict[int, SuggestionInput] = {}
    document_ids = sorted(by_document)
    for at in range(0, len(document_ids), DOCUMENT_CHUNK):
        chunk = document_ids[at : at + DOCUMENT_CHUNK]
        for document_id, text, published in Document.objects.filter(pk__in=chunk).values_list("pk", "text", "published"):
            document = DocumentText(text)
            for claim in by_document[document_id]:
                described[claim.pk] = document.describe(
                    claim.pk, document_id, claim.start, claim.end, claim_value(claim), noun=claim.noun,
                    published=published, figure_id=claim.figure_id,
                    suggested_figure_id=claim.suggested_figure_id if keep_suggestions else None,
                )
    return [described[claim.pk] for claim in claims]


def suggestable_claims() -> Any:
    """Return the claims the suggester considers: not rejected, still anchored in their document."""
    from claims.models import Claim, ReviewStatus

    return Claim.objects.exclude(status=ReviewStatus.REJECTED).exclude(anchor="orphaned").only(*CLAIM_FIELDS)


def units_of_dimensions(dimensions: Iterable[str]) -> list[str]:
    from claims.models import Claim

    wanted = set(dimensions)
    # order_by() drops the model's ordering, which joins documents and defeats DISTINCT.
    return sorted(unit for unit in Claim.objects.order_by().values_list("unit", flat=True).distinct()
                  if conflicts.unit_dimension(unit) in wanted)


def suggestion_conflict(members: Sequence[SuggestionInput], ranks: Mapping[int, str]) -> str:
    """Return a suggested figure's worst conflict, as ``recompute_conflicts`` stores it (deprecated claims left out)."""
    found = ""
    for i, a in enumerate(members):
        if ranks.get(a.claim_id) == "deprecated":
            continue
        for b in members[i + 1 :]:
            if ranks.get(b.claim_id) != "deprecated":
                found = conflicts.worst([found, classify_conflict(a.value, b.value)])
                if found == conflicts.HARD:
                    return found
    return found


def suggestion_fields(group: Group) -> dict[str, str]:
    words = [w for w, _ in Counter(
        w for m in group.members for w, weight in m.words.items() if weight > 1
    ).most_common(6) if not w.isdigit()]
    return {
        "title": suggest_title(group.members, words)[:300],
        "unit": conflicts.normalize_unit(group.members[0].value.unit),
        "suggestion_reason": group.reason,
    }


def in_chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    ids = list(ids)
    for at in range(0, len(ids), size):
        yield ids[at : at + size]


def store_suggestion_conflicts(figures: Sequence[Any], members: Mapping[int, Sequence[SuggestionInput]],
                               ranks: Mapping[int, str]) -> None:
    """Store each suggested figure's conflict, one UPDATE per conflict state (not one per figure)."""
    from claims.models import Figure

    by_state: dict[str, list[int]] = defaultdict(list)
    for figure in figures:
        state = suggestion_conflict(members[figure.pk], ranks)
        if figure.conflict != state:
            figure.conflict = state
            by_state[state].append(figure.pk)
    for state, ids in by_state.items():
        for chunk in in_chunks(ids):
            Figure.objects.filter(pk__in=chunk).update(conflict=state)


def store_suggested_figures(targets: Mapping[int, int | None]) -> None:
    """Point claims at their suggested figures: one UPDATE ... FROM (VALUES ...) per 5,000 claims.

    Django's ``bulk_update`` builds a CASE over every row, which costs seconds per ten
    thousand claims; both SQLite (3.33+) and PostgreSQL join a VALUES list instead.
    """
    from django.db import connection

    from claims.models import Claim

    table = connection.ops.quote_name(Claim._meta.db_table)
    items = sorted(targets.items())
    with connection.cursor() as cursor:
        for at in range(0, len(items), 5000):
            chunk = items[at : at + 5000]
            rows = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                f"UPDATE {table} SET suggested_figure_id = CAST(v.column2 AS BIGINT) FROM (VALUES {rows}) AS v"
                f" WHERE {table}.id = CAST(v.column1 AS BIGINT)",
                [number for pair in chunk for number in pair],
            )


def suggest_figures(units: Iterable[str] | None = None) -> list[Any]:
    """Propose figures for the claims no editor has put in a figure; return the suggested figures.

    Earlier suggestions for the same claims are reused when they hold the same claims, and
    dropped when nothing points at them any more. ``units`` limits the run to claims of
    those units' dimensions; by default every claim is considered. Reads and writes in bulk.
    """
    from django.db import transaction
    from simple_history.utils import bulk_create_with_history, bulk_update_with_history

    from claims.models import Claim, Figure, FigureStatus

    claims = suggestable_claims()
    if units is not None:
        claims = claims.filter(unit__in=units_of_dimensions(conflicts.unit_dimension(u) for u in units if u))
    rows = list(claims.order_by("document_id", "start"))
    inputs = describe_stored_claims(rows)
    groups = group_claims(inputs)
    ranks = {claim.pk: claim.rank for claim in rows}

    with transaction.atomic():
        unassigned = [claim for claim in rows if claim.figure_id is None]
        old_suggestion_of = {claim.pk: claim.suggested_figure_id for claim in unassigned if claim.suggested_figure_id}
        old_ids = sorted(set(old_suggestion_of.values()))
        suggested_by_id = {}
        for chunk in in_chunks(old_ids):
            suggested_by_id.update(
                (figure.pk, figure) for figure in Figure.objects.filter(pk__in=chunk, status=FigureStatus.SUGGESTED)
            )
        new_target: dict[int, int | None] = {claim.pk: None for claim in unassigned}
        to_create: list[tuple[Any, Group]] = []
        to_update: list[tuple[Any, Group]] = []
        editor_groups: list[Group] = []
        for group in groups:
            if group.figure_id is not None:
                editor_groups.append(group)
                continue
            new_ids = [m.claim_id for m in group.members if m.figure_id is None]
            overlap = Counter(old_suggestion_of[i] for i in new_ids if old_suggestion_of.get(i) in suggested_by_id)
            fields = suggestion_fields(group)
            if overlap:
                figure = suggested_by_id.pop(overlap.most_common(1)[0][0])
                for field, value in fields.items():
                    setattr(figure, field, value)
                to_update.append((figure, group))
            else:
                to_create.append((Figure(status=FigureStatus.SUGGESTED, **fields), group))
        if to_update:
            bulk_update_with_history([f for f, _ in to_update], Figure, ["title", "unit", "suggestion_reason"],
                                     batch_size=500)
        if to_create:
            created = bulk_create_with_history([f for f, _ in to_create], Figure, batch_size=500)
            if any(figure.pk is None for figure in created):  # a database that returns no keys from bulk inserts
                raise RuntimeError("bulk_create returned no primary keys")
            to_create = list(zip(created, [g for _, g in to_create], strict=True))
        made = []
        members: dict[int, list[SuggestionInput]] = {}
        for figure, group in [*to_update, *to_create]:
            made.append(figure)
            members[figure.pk] = [m for m in group.members if m.figure_id is None]
            for member in members[figure.pk]:
                new_target[member.claim_id] = figure.pk
        for group in editor_groups:
            for member in group.members:
                if member.figure_id is None:
                    new_target[member.claim_id] = group.figure_id
        changed = [claim for claim in unassigned if claim.suggested_figure_id != new_target[claim.pk]]
        for claim in changed:
            claim.suggested_figure_id = new_target[claim.pk]
        store_suggested_figures({claim.pk: claim.suggested_figure_id for claim in changed})
        for chunk in in_chunks(sorted(suggested_by_id)):
            Figure.objects.filter(status=FigureStatus.SUGGESTED, pk__in=chunk).filter(
                suggested_claims__isnull=True, claims__isnull=True
            ).delete()
        store_suggestion_conflicts(made, members, ranks)
    made.sort(key=lambda figure: figure.pk)
    return made


def suggest_figures_for_documents(document_ids: Iterable[int]) -> list[Any]:
    """Propose figures for new documents' claims without regrouping the corpus; return the figures touched.

    The new claims are scored against each other and against a bounded set of stored
    claims: same unit dimension, documents published within ``MAX_DAYS_APART`` of the new
    ones (or undated), a value within ``INCREMENTAL_VALUE_REACH`` times, the most recent
    first, ``MAX_INCREMENTAL_CLAIMS`` in all (shared among the dimensions, at least 500 each). A new claim joins an
    earlier suggestion or an editor's figure, or forms a new suggestion with other new or
    unsuggested claims; earlier suggestions never merge or split here (run
    ``suggest_figures`` for that).
    """
    from django.db import transaction
    from django.db.models import Q

    from claims.models import Claim, Figure, FigureStatus
    from claims.reconciliation import recompute_conflicts
    from corpus.models import Document

    ids = sorted(set(document_ids))
    new_rows = [claim for claim in suggestable_claims().filter(document_id__in=ids).order_by("document_id", "start")
                if claim.unit]
    if not new_rows:
        return []
    new_inputs = describe_stored_claims(new_rows)
    dimensions = {item.dimension for item in new_inputs if item.value.unit}
    units = units_of_dimensions(dimensions)
    dates = list(Document.objects.filter(pk__in=ids).values_list("published", flat=True))

    stored = suggestable_claims().exclude(document_id__in=ids)
    if dates and None not in dates:
        reach = datetime.timedelta(days=MAX_DAYS_APART)
        stored = stored.filter(
            Q(document__published__isnull=True)
            | Q(document__published__range=(min(dates) - reach, max(dates) + reach))  # type: ignore[operator]
        )
    old_rows: list[Any] = []
    for dimension in sorted(dimensions):
        within = [item for item in new_inputs if item.value.unit and item.dimension == dimension]
        wanted = [unit for unit in units if conflicts.unit_dimension(unit) == dimension]
        reachable = Q(status="corrected", corrected_unit__in=wanted) | value_reach(within, wanted)
        # The latest documents first: the (document, start) index read backwards stops at the limit.
        old_rows += stored.filter(reachable).order_by("-document_id", "-start")[
            : max(MIN_COMMON_WORD_CLAIMS * 10, MAX_INCREMENTAL_CLAIMS // len(dimensions))
        ]
    old_inputs = describe_stored_claims(old_rows, keep_suggestions=True)
    everything = [*new_inputs, *old_inputs]
    idf = idf_weights(everything)
    pairs = candidate_pairs(everything, only=range(len(new_inputs)))
    involved = set(range(len(new_inputs))) | {index for pair in pairs for index in pair}
    inputs = [everything[index] for index in sorted(involved)]

    # Groups the new claims may join are compared whole: read their members that were not read yet.
    figure_ids = {item.figure_id for item in inputs if item.figure_id}
    suggestion_ids = {item.suggested_figure_id for item in inputs if item.suggested_figure_id and not item.figure_id}
    if figure_ids or suggestion_ids:
        known = {item.claim_id for item in inputs}
        extra = [claim for claim in suggestable_claims().filter(
            Q(figure_id__in=figure_ids) | Q(figure__isnull=True, suggested_figure_id__in=suggestion_ids)
        ).order_by("document_id", "start") if claim.pk not in known]
        old_rows += extra
        inputs += describe_stored_claims(extra, keep_suggestions=True)
    groups = group_claims(inputs, idf=idf, keep_suggestions=True)

    rows_by_id = {claim.pk: claim for claim in [*new_rows, *old_rows]}
    new_documents = set(ids)
    with transaction.atomic():
        target: dict[int, int | None] = {claim.pk: None for claim in new_rows if claim.figure_id is None}
        touched: dict[int, Any] = {}
        for group in groups:
            if not any(m.document_id in new_documents for m in group.members):
                continue
            if group.figure_id is not None:
                figure_id = group.figure_id
            else:
                fields = suggestion_fields(group)
                if group.suggestion_id is not None:
                    figure = Figure.objects.get(pk=group.suggestion_id)
                    for field, value in fields.items():
                        setattr(figure, field, value)
                    figure.save()
                else:
                    figure = Figure.objects.create(status=FigureStatus.SUGGESTED, **fields)
                touched[figure.pk] = figure
                figure_id = figure.pk
            for member in group.members:
                if member.figure_id is None:
                    target[member.claim_id] = figure_id
        changed = []
        left_behind = set()
        for claim_id, figure_id in target.items():
            claim = rows_by_id[claim_id]
            if claim.suggested_figure_id != figure_id:
                if claim.suggested_figure_id is not None:
                    left_behind.add(claim.suggested_figure_id)
                claim.suggested_figure_id = figure_id
                changed.append(claim)
        store_suggested_figures({claim.pk: claim.suggested_figure_id for claim in changed})
        # A re-ingested document's claims may leave an earlier suggestion: drop it when empty, else recount it.
        for figure in Figure.objects.filter(pk__in=left_behind - set(touched), status=FigureStatus.SUGGESTED):
            if figure.suggested_claims.exists() or figure.claims.exists():
                recompute_conflicts(figure)
            else:
                figure.delete()
        for figure in touched.values():
            recompute_conflicts(figure)
    return sorted(touched.values(), key=lambda figure: figure.pk)


def value_reach(claims: Sequence[SuggestionInput], units: Sequence[str]) -> Any:
    """Return a filter for stored claims of ``units`` whose value may be within reach of one of ``claims``.

    A stored value more than ``INCREMENTAL_VALUE_REACH`` times below the lowest or above the
    highest new value (on the dimension's base scale) is past ``MAX_MAGNITUDE_RATIO`` even
    after widening, so it cannot score. Open ends and values at or below zero set no bound.
    """
    from django.db.models import Q

    intervals = [conflicts.base_interval(item.value) for item in claims]
    lows = [interval.low for interval in intervals]
    highs = [interval.high for interval in intervals]
    lowest = None if None in lows else min(low for low in lows if low is not None)
    highest = None if None in highs else max(high for high in highs if high is not None)
    reach = Q()
    for unit in units:
        scale = conflicts.unit_scale(unit)
        condition = Q(unit=unit)
        if lowest is not None and lowest > 0:
            bound = lowest / INCREMENTAL_VALUE_REACH / scale
            condition &= Q(high__isnull=True) | Q(high__lte=0) | Q(high__gte=decimal_floor(bound))
        if highest is not None and highest > 0:
            bound = highest * INCREMENTAL_VALUE_REACH / scale
            condition &= Q(low__isnull=True) | Q(low__lte=decimal_ceiling(bound))
        reach |= condition
    return reach


def decimal_floor(number: Fraction) -> Decimal:
    """Return a decimal at or just below a fraction (six places, as claims store values).

    >>> decimal_floor(Fraction(1, 3)), decimal_ceiling(Fraction(1, 3))
    (Decimal('0.333333'), Decimal('0.333334'))
    """
    return Decimal(math.floor(number * 10**6)) / 10**6


def decimal_ceiling(number: Fraction) -> Decimal:
    return Decimal(math.ceil(number * 10**6)) / 10**6
