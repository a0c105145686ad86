"""What the suggester knows about one claim (``SuggestionInput``), read from its document's text.

Pure; no Django. ``DocumentText`` reads one document's sentences once for all its claims.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple, Protocol

from claims import conflicts
from claims.extraction.attribution import PRONOUN_SOURCES
from claims.extraction.corrections import corrected_number_start, is_revision_count, revised_number_start
from claims.extraction.periods import is_time_to_come
from claims.extraction.sentences import SentenceIndex
from claims.extraction.subjects import is_told_as_part
from claims.extraction.vocabulary import LEX, MONTHS, NW, WEEKDAYS
from claims.suggestions.shared_stand_ins import sentence_bounds
from claims.suggestions.terms import (
    BUILT_IN,
    DETAINED,
    HOLDING_WORDS,
    RUNNING_CUES,
    STATE_CUES,
    TREATED,
    WRECKED,
    Terms,
)
from claims.suggestions.words import (
    GENERIC_STEMS,
    STOPWORDS,
    WORD,
    YEAR,
    content_stems,
    converted_number_end,
    counted_nationality,
    counted_noun,
    effective_head,
    is_measure_unit,
    noun_head,
    read_word,
    stem,
    text_stems,
    unit_kind,
)

# Words this close to the number (in content words) weigh double.
NEAR_TOKENS = 4

# Where the clause of a number ends: the event it counts is named within it.
CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)
# A clause giving its number as a count that accrues or changes from day to day (``terms.RUNNING_CUES``), or of a state at
# a moment (``terms.STATE_CUES``: "still in shelters", "patients on trolleys"), or as the count
# up to a day ("had been moved to safety by Tuesday afternoon"); not a source that "now says" what it counts, nor the
# count a source gives "now" against its first ("First they said 12, now 19").
RUNNING_CUE = re.compile(
    r"\b(?:"
    + "|".join(cue.replace(" ", r"\s+") for cue in (*RUNNING_CUES, *STATE_CUES))
    # "were still in shelters", "are still waiting": "still" after a form of "be" or "have" (a still is a thing).
    + "|(?:"
    + "|".join(rf"(?<=\b{verb}\s)" for verb in ("is", "are", "was", "were", "been", "had", "have", "has"))
    + r")still"
    + r"|by\s+(?:"
    + "|".join(sorted(WEEKDAYS))
    + r"))\b(?!\s+(?:"
    + "|".join(sorted({*LEX["attribution_verbs"], "say", "says", "said", "tell", "tells", "told"}))
    + r")\b|(?<=now)\s+\d)",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True)
class Context:
    """A claim's context as the extractor stored it (all empty before the extractor reads context)."""

    subject: str = ""
    event: str = ""
    place: str = ""
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
    period_precision: str = ""
    attribution: str = ""
    # Whether the text states the period; else it is the day the count was printed (CLAIMS.md), an "as of" day.
    period_stated: bool = False

    @property
    def names_a_day(self) -> bool:
        """Return whether the text names one day for the claim ("police said on Wednesday"): the day of a report or
        of what it counts."""
        return self.period_stated and self.period_precision == "day"


NO_CONTEXT = Context()

# A number is distinctive unless it is a whole number below this ("two", "3", "6" repeat for different things).
DISTINCTIVE_FROM = 10


def is_distinctive(value: conflicts.Value) -> bool:
    """Return whether a value is unlikely to recur for another quantity of one article (not "two", "3", "6")."""
    if value.qualifier == "vague":
        return False
    return any(end is not None and (end >= DISTINCTIVE_FROM or end != int(end)) for end in (value.low, value.high))


# A number printed in two articles tells one quantity only from this size on: "62" recurs by chance across a story.
TELLING_FROM = 100


def anchor_numbers(value: conflicts.Value) -> frozenset[Decimal]:
    """Return the numbers a value states: its ends that are given."""
    return frozenset(end for end in (value.low, value.high) if end is not None)


def distinctive_numbers(value: conflicts.Value) -> frozenset[Decimal]:
    """Return the numbers a value states when they are telling across articles (``TELLING_FROM``), else none.

    >>> sorted(distinctive_numbers(conflicts.Value.of(None, 1500, "at_most"))), distinctive_numbers(conflicts.Value.of(62, 62))
    ([Decimal('1500')], frozenset())
    """
    numbers = anchor_numbers(value)
    if value.qualifier == "vague" or not any(number >= TELLING_FROM for number in numbers):
        return frozenset()
    return numbers


# The scope a number's clause names, by level: a city and its country are different quantities.
SCOPE_LEVELS: Mapping[str, str] = {
    # One place of each level: many ("17 countries", "French cities") are no one place's scope.
    **dict.fromkeys(("country", "nationwide", "nation", "national"), "country"),
    **dict.fromkeys(("province", "division", "region", "state", "district"), "region"),
    **dict.fromkeys(("city", "capital", "town", "village", "municipality"), "town"),
}
# Bodies a level word names rather than scopes ("the city police's 105,000", "the national guard said").
INSTITUTIONS = frozenset(
    (
        "police",
        "council",
        "government",
        "authorities",
        "officials",
        "hall",
        "media",
        "prosecutor",
        "governor",
        "administration",
        "agency",
        "court",
        "ministry",
        "guard",
        "assembly",
        "mayor",
        "legislature",
        "parliament",
        "department",
        "office",
        "broadcaster",
        "television",
        "radio",
        "press",
        "security",
        "disaster",
        "health",
        "fire",
        "emergency",
        "army",
        "bank",
        "institute",
        "statistics",
        "census",
        "electoral",
        "election",
    )
)
# Many places of one level counted ("in 11 districts", "across five provinces", "in 30 towns"): a wider scope than one of
# them, and than the country ("districts" against "nationwide"). Read as the level's plural.
_MANY = {"country": "countries", "region": "regions", "town": "towns"}
_LEVEL_PLURALS: Mapping[str, str] = {
    **{word + "s": _MANY[level] for word, level in SCOPE_LEVELS.items() if not word.endswith(("y", "wide", "l"))},
    **{word[:-1] + "ies": _MANY[level] for word, level in SCOPE_LEVELS.items() if word.endswith("y")},
}
_COUNTED_LEVELS = re.compile(
    # A number, a describing word or none ("11 coastal districts"; "one of seven regions" counts none of them), the level.
    r"(?<![\w'’.,-])(?:\d[\d,]*|" + NW + r")[ \t\u00a0]+"
    r"(?:(?!(?:of|and|or|the|in|to)[ \t\u00a0])[a-z][\w-]*[ \t\u00a0]+)?"
    r"(?P<word>" + "|".join(sorted(_LEVEL_PLURALS, key=len, reverse=True)) + r")(?![\w'’-])",
    re.IGNORECASE,
)
_LEVEL_WORD = re.compile(
    r"(?<![\w'’-])(?P<word>" + "|".join(sorted(SCOPE_LEVELS, key=len, reverse=True)) + r")(?:['’]s)?(?![\w'’-])"
    r"(?![ \t\u00a0]+(?:" + "|".join(sorted(INSTITUTIONS)) + r")(?![\w-]))",
    re.IGNORECASE,
)
# A country's part by its compass point: "in the south", "the country's north-east", "southern Malawi", "Northern Tervo"
# (a compass word written in lower case after "the", or its adjective before a name). It holds regions and towns
# (``scoring.is_place_apart``), so it is a level of its own, read where the clause names no other.
COMPASS_PART = "part"
_COMPASS_PART = re.compile(
    r"(?<![\w'’-])(?:the[ \t\u00a0]+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?![\w'’])"
    r"|(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est)ern[ \t\u00a0]+[A-Z])"
)
# The level words and their plurals as written, lower case: a clause that holds none (``may_hold``) names no level, and
# neither search above is tried on it.
_LEVEL_SPELLINGS = frozenset(SCOPE_LEVELS) | frozenset(_LEVEL_PLURALS)

# How far back a count printed with no time of its own may be about, against a count that gives its time: the weeks
# before it was printed ("last year's march" is not this week's count printed again).
AS_OF_BACK = datetime.timedelta(days=45)

# How many days after a running total's count the same numbers, printed without a day, are that count again.
AS_OF_REACH = datetime.timedelta(days=7)


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
    subject: frozenset[str] = frozenset()
    event: str = ""
    places: frozenset[str] = frozenset()
    period: tuple[datetime.date, datetime.date] | None = None
    day: datetime.date | None = None
    source: str = ""
    apart: frozenset[str] = frozenset()
    context: Context = NO_CONTEXT
    phrase: str = ""
    corrects: int | None = None
    day_stated: bool = False
    level: str = ""
    # The places the number's clause names ("48,000 in Paris"): lower-case, as written.
    scope: frozenset[str] = frozenset()
    event_read: bool = False
    # The names its article keeps coming back to (``story_names``): what story it is of.
    story: frozenset[str] = frozenset()
    # Its unit is its article's, read for a number whose counted noun was not found ("Five came out."): it follows the
    # claim it scores best with into that claim's group, and never shapes a group (``grouping.Linkage.follow``).
    unit_read: bool = False
    # The nationality its counted noun names ("Eritreans", ``words.counted_nationality``): other people than another's.
    nationality: str = ""
    # The counter its own clause names ("the union says 30", "9,000 by the police's"; ``clause_counter``), lower case.
    counter: str = ""
    # Where the sentence before its own in its paragraph opens, -1 when its sentence opens the paragraph: two
    # sentences side by side (``scoring.are_told_side_by_side``).
    follows: int = -1
    # Told as a part of a count told before it ("including 23 children", "four of them"; ``is_told_as_part``).
    part: bool = False
    # Its clause gives it as one of its source's successive counts of one quantity ("now puts it at 105,000", "first
    # claimed 80,000"; ``corrections.is_revision_count``): the source's counts of it in two articles are one quantity.
    is_revision: bool = False
    # Where the number it is set against must end, when it is set against the one told right before it ("2,600 against
    # about 7,000"; ``set_against``).
    against: tuple[int, int] | None = None

    @property
    def dimension(self) -> str:
        return conflicts.unit_dimension(self.value.unit)

    @property
    def numbers(self) -> frozenset[Decimal]:
        return distinctive_numbers(self.value)

    @property
    def unit(self) -> str:
        return self.value.unit


class WordedClaim(Protocol):
    """What blocking and the word weights read of a claim: a ``SuggestionInput``, or just its ``ClaimWords``."""

    @property
    def document_id(self) -> int: ...

    @property
    def unit(self) -> str: ...

    @property
    def dimension(self) -> str: ...

    @property
    def words(self) -> Collection[str]: ...

    @property
    def numbers(self) -> Collection[Decimal]: ...

    @property
    def story(self) -> Collection[str]: ...


@dataclasses.dataclass(frozen=True)
class ClaimWords:
    """A claim's words (the keys of its ``SuggestionInput.words``), document and unit: all blocking reads.

    Incremental runs read these for every stored claim within reach, and describe in full
    only the claims blocking pairs with a new one.
    """

    claim_id: int
    document_id: int
    unit: str
    words: frozenset[str]
    # Its distinctive numbers (``distinctive_numbers``): one number printed again meets it, whatever the words.
    numbers: frozenset[Decimal] = frozenset()
    # The names its article keeps coming back to (``story_names``).
    story: frozenset[str] = frozenset()

    @property
    def dimension(self) -> str:
        return conflicts.unit_dimension(self.unit)


def context_event(event: str, subject: str, terms: Terms = BUILT_IN) -> str:
    """Return the event class a claim's context names: its event, else one its subject names ("deaths from ...",
    "people in the Paris march").

    >>> context_event("attended", "people took part"), context_event("", "deaths from the floods"), context_event("", "tents")
    ('march', 'kill', '')
    >>> context_event("", "people in the Leeds march")
    'march'

    Those treated for what another event names are counted by it ("people treated for crush injuries": the hurt);
    else they are the treated ("people treated for the effects of tear gas").

    >>> context_event("", "people treated for crush injuries"), context_event("treated", "people treated for tear gas")
    ('injur', 'treat')
    """
    named = [*content_stems(event), *content_stems(subject_head(subject)), *content_stems(subject)]
    events = [found for found in map(terms.event_of, named) if found]
    if events and events[0] == terms.event_of(TREATED):
        return next((found for found in events if found != events[0]), events[0])
    return events[0] if events else ""


def subject_terms(subject: str, terms: Terms = BUILT_IN) -> frozenset[str]:
    """Return the term classes of a subject's content words.

    >>> sorted(subject_terms("North Korean escapees detained"))
    ['defector', 'detain', 'korean', 'north']
    """
    return frozenset(terms.of(word) for word in content_stems(subject))


# How many distinct contexts ``read_context`` keeps per ``Terms``: a long-running process does not keep them all.
READINGS_KEPT = 1 << 17


def read_context(subject: str, event: str, terms: Terms = BUILT_IN) -> tuple[frozenset[str], str]:
    """Return a claim context's subject terms and the event class it names, read once per subject and event.

    >>> read_context("North Korean escapees detained", "") == (subject_terms("North Korean escapees detained"), "detain")
    True
    """
    key = (subject, event)
    found = terms.readings.get(key)
    if found is None:
        if len(terms.readings) >= READINGS_KEPT:
            terms.readings.clear()
        found = terms.readings[key] = (subject_terms(subject, terms), context_event(event, subject, terms))
    return found


# Words that open a phrase modifying a subject's head ("killed by the floods", "caught by police facing ...").
HEAD_ENDS = frozenset(("in", "by", "from", "of", "at", "on", "to", "for", "with", "across", "after", "during", "among"))


def subject_head(subject: str) -> str:
    """Return a subject's words before the first phrase that modifies it: where the event it counts is named.

    >>> subject_head("defectors recently caught by Chinese police facing repatriation")
    'defectors recently caught'
    """
    words = subject.split()
    cut = next((at for at, word in enumerate(words) if at and word.lower() in HEAD_ENDS), len(words))
    return " ".join(words[:cut])


def weigh_words(before: Sequence[str], after: Sequence[str]) -> dict[str, float]:
    """Return the content words around a number, weighted: 2 for the ``NEAR_TOKENS`` nearest on each side, else 1.

    >>> weigh_words(["far", "a", "b", "c", "d"], ["e"])
    {'d': 2.0, 'c': 2.0, 'b': 2.0, 'a': 2.0, 'far': 1.0, 'e': 2.0}
    """
    words: dict[str, float] = {}
    for side in (reversed(before), after):
        for i, word in enumerate(side):
            weight = 2.0 if i < NEAR_TOKENS else 1.0
            if words.get(word, 0.0) < weight:
                words[word] = weight
    return words


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
    context: Context = NO_CONTEXT,
    terms: Terms = BUILT_IN,
) -> SuggestionInput:
    """Return the suggester's view of a claim: its sentence's words (those near the number count double).

    >>> d = describe_claim(1, 1, "Yes. Some 2,000 such people were detained in China. No.", 5, 15,
    ...                    conflicts.Value.of(2000, 2000, "approximate", "person"))
    >>> sorted(d.words.items()), sorted(d.noun)
    ([('china', 2.0), ('detain', 2.0), ('people', 2.0)], ['people'])
    """
    return DocumentText(text).describe(
        claim_id,
        document_id,
        start,
        end,
        value,
        noun=noun,
        published=published,
        figure_id=figure_id,
        context=context,
        terms=terms,
    )


# A claim's clause is read three times in a row (``clause_words``, ``scope_places``, ``is_running_clause``): found once.
@functools.lru_cache(maxsize=8)
def clause_bounds(text: str, left: int, start: int, end: int, right: int) -> tuple[int, int]:
    """Return where the clause of a number at [start, end) in the sentence [left, right) starts and ends.

    >>> t = "The floods killed 5 people and injured 20."
    >>> t[slice(*clause_bounds(t, 0, 18, 19, 42))]
    'The floods killed 5 people '
    """
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, left, start)]
    stop = CLAUSE_BREAK.search(text, end, right)
    return (breaks[-1] if breaks else left), (stop.start() if stop else right)


def is_running_clause(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Return whether a number's clause gives it as a count that accrues or changes from day to day.

    >>> t = "Rangers said 214 birds had been taken in since the grounding, up from 118 a day earlier."
    >>> is_running_clause(t, 0, 13, 16, len(t)), is_running_clause(t, 0, 72, 75, len(t))
    (True, True)
    >>> is_running_clause("The ferry carried 340 people.", 0, 18, 21, 29)
    False
    """
    first, last = clause_bounds(text, left, start, end, right)
    return RUNNING_CUE.search(text, first, last) is not None


# A word of holding people (``terms.HOLDING_WORDS``), then within a few words a preposition that names what they were
# held over ("arrested over Sunday's derby", "detained during the protest", "14 arrests at Saturday's march"): not "at
# least", "after 8 p.m.", "over 24 hours" nor a number or a time of day.
_HELD_OVER_EVENT = re.compile(
    r"\b(?:"
    + "|".join(re.escape(word) + r"\w*" for word in HOLDING_WORDS)
    + r")\b(?:[ \t\u00a0]+[\w'’-]+){0,3}?[ \t\u00a0]+"
    r"(?:at|over|during|after|following|in[ \t\u00a0]+connection[ \t\u00a0]+with)[ \t\u00a0]+"
    r"(?!(?:least|most|about|around|midnight|noon|dawn|dusk|night|hours|days|weeks|the[ \t\u00a0]+scene)\b|\d)",
    re.IGNORECASE,
)


def is_held_over_event(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Return whether a number's clause gives those it counts as held over one event it names by a preposition.

    >>> t = "Police said 71 people were arrested over the derby violence, and 12 were detained at least overnight."
    >>> is_held_over_event(t, 0, 12, 14, len(t)), is_held_over_event(t, 0, 66, 68, len(t))
    (True, False)
    """
    first, last = clause_bounds(text, left, start, end, right)
    # A holding word opens every match: most clauses hold none and are not searched.
    return may_hold(text[first:last], HOLDING_WORDS) and _HELD_OVER_EVENT.search(text, first, last) is not None


def is_count_to_come(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Return whether a number's clause gives it as what is to come (a plan, a promise, a forecast): a quantity fixed
    by the decision that names it, not a count to date, whatever it counts ("will pay 500 euros to each of the
    injured", "2,300 workers would lose their jobs").

    >>> t = "The firm said 2,300 workers would lose their jobs, and 40 were injured."
    >>> is_count_to_come(t, 0, 14, 19, len(t)), is_count_to_come(t, 0, 56, 58, len(t))
    (True, False)
    """
    first, last = clause_bounds(text, left, start, end, right)
    # The sentence's closing stop ends the clause, not a clause of its own.
    return is_time_to_come(text, first, first + len(text[first:last].rstrip(" \t\u00a0.!?\"”’'")))


# The verbs by which a clause names its number's counter ("the union says 12,000", "with the ministry putting turnout
# at 32%"): verbs of saying and counting, and the "-ing" forms a clause of its own uses.
_COUNTING_VERBS = (
    "say", "says", "said", "saying", "put", "puts", "putting", "counted", "counts", "counting", "estimated",
    "estimates", "reported", "reports", "registered", "recorded", "records", "claimed", "claims", "told", "cited",
    "listed", "tallied", "gave", "gives",
)  # fmt: skip
# Words before a verb that make it passive ("is estimated by the bank at"): no counter named before it.
_PASSIVE_BEFORE = frozenset(("is", "are", "was", "were", "be", "been", "being", "when", "if", "as"))
_POSSESSIVE = r"(?P<owner>[\w-]+)['’]s?(?!\w)"
# The nouns of a count a source keeps ("count", "estimate", "figures"), as an alternation.
_SOURCE_NOUNS = "|".join(sorted(LEX["source_nouns"]))
# "the association's 13", "the organisers' “about 400”": a possessive right before the number, which counts nothing else.
_OWNER_BEFORE = re.compile(_POSSESSIVE + r"[ \t\u00a0]*[\"“]?[ \t\u00a0]*\Z", re.IGNORECASE)
# "against the company's 2,100 employees", "than the ministry's 40 schools": a possessive right before a number set against
# another names the count's counter, whatever the number counts (a clause opening with "while" or "whereas" too: the
# clause break, ``CLAUSE_BREAK``, falls after it).
_CONTRASTED_OWNER = re.compile(
    r"(?:\A|\b(?:against|versus|than|compared[ \t\u00a0]+(?:with|to)))[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    + _POSSESSIVE
    + r"[ \t\u00a0]*[\"“]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
# The words that set one count against another ("eight against the association's 13", "more than the ministry's 40").
_SET_AGAINST = re.compile(r"\b(?:against|versus|than)\b", re.IGNORECASE)
# Words that break a sentence into clauses set against each other ("40 by the firm's count, while the union's 90"): the
# clause after one opens with its number's counter.
_CONTRAST_BREAK = re.compile(r"\b(?:while|whereas)[ \t\u00a0]*\Z", re.IGNORECASE)
# "the gang's claim of 1.4 million", "the state's death toll rose to 15", "the fire service's list held 28", "the
# directorate's from 44": a possessive count, or a possessive standing for one ("the union's figures ran from 94 ...;
# the directorate's from 44", "the collective's was 5,200", "the coroner's went from 14").
_OWNER_COUNT_BEFORE = re.compile(
    _POSSESSIVE
    + r"[ \t\u00a0]+(?:(?:[\w-]+[ \t\u00a0]+)?(?:"
    + _SOURCE_NOUNS
    + "|claims?|tolls?|lists?"
    + r")(?:[ \t\u00a0]+[\w-]+){0,3}|from|at|was|were|stood[ \t\u00a0]+at|reached"
    + r"|(?:went|rose|fell|climbed|grew|dropped)[ \t\u00a0]+from)[ \t\u00a0]*[\"“]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
# "750,000 people by the organisers' count", "100,000 by the police's".
_OWNER_AFTER = re.compile(
    r"(?:[ \t\u00a0]+[\w-]+){0,3}?[ \t\u00a0]+by[ \t\u00a0]+(?:the[ \t\u00a0]+)?" + _POSSESSIVE, re.I
)
# "17 in the police count", "26 in the PSP's count", "23 in the satellite survey": the count a number stands in names
# its counter, the words before the count's noun.
_COUNT_AFTER = re.compile(
    r"(?:[ \t\u00a0]+[\w-]+){0,2}?[ \t\u00a0]+(?:in|on)[ \t\u00a0]+(?:the|a|an)[ \t\u00a0]+"
    r"(?P<owner>[\w'’-]+(?:[ \t\u00a0]+[\w'’-]+)?)[ \t\u00a0]+(?:" + _SOURCE_NOUNS + r")\b",
    re.IGNORECASE,
)
# "the police figure of 25,000", "the police estimate of about 38,000", "a police count that year was 115,000": a count
# named by its counter, unpossessed, its time between the count and its number.
_COUNT_BEFORE = re.compile(
    r"\b(?:the|a|an)[ \t\u00a0]+(?P<owner>[\w-]+(?:[ \t\u00a0]+[\w-]+)?)[ \t\u00a0]+(?:" + _SOURCE_NOUNS + r")"
    r"(?:[ \t\u00a0]+(?:that|this|last|on|for)[ \t\u00a0]+[\w-]+)?"
    r"[ \t\u00a0]+(?:of|at|was|is)[ \t\u00a0]*[\"“]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
# Words before a count's noun that say which count, not whose ("the first estimate of", "in the earlier count").
_NOT_COUNTERS = frozenset(LEX["count_state_words"]) | frozenset(LEX["aux_words"])
# "the union says 12,000", "UNHCR said it had registered 14,800": a named counter and its verb opening the clause.
_COUNTER_VERB = re.compile(r"\b(?P<verb>" + "|".join(_COUNTING_VERBS) + r")\b", re.IGNORECASE)
# Possessives that date a count rather than give it ("Tuesday's toll rose to five", "this year's toll").
_TIME_OWNERS = MONTHS | WEEKDAYS | conflicts.DURATION_UNITS | frozenset(("yesterday", "today", "tonight", "weekend"))
# Words opening a relative clause, whose subject names the counter ("a strike that the ministry says has cost 4,900").
_RELATIVES = frozenset(("that", "which", "whom"))
# Words opening a clause before its counter's name ("with the ministry putting", "but police said").
_CLAUSE_OPENERS = frozenset(("with", "and", "but", "while", "whereas", "though", "although", "as", "against", "to"))
# "The agency's count went from", "the coroner's went from", "The union's figures ran from": a possessive count opening
# a list of its counts.
_LIST_OPENER = re.compile(
    _POSSESSIVE
    + r"(?:[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?:"
    + _SOURCE_NOUNS
    + r"|claims?|tolls?|totals?))?[ \t\u00a0]+(?:(?:went|rose|ran|fell|climbed|grew|dropped|moved)[ \t\u00a0]+)?from\b",
    re.IGNORECASE,
)
# An aside in brackets.
_ASIDE = re.compile(r"\([^()]*\)")
# "the official toll stood at", "with the official death toll at", "the official turnout of", "the official toll from
# Sunday's fire reached": a count the authorities give, named by the word "official" alone.
_OFFICIAL_COUNT = re.compile(
    r"\bofficial[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?:toll|count|figure|tally|total|turnout|estimate|number)[ \t\u00a0]+"
    r"(?:(?:from|in|for)[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){1,7}?(?=(?:stands|stood|was|is|has|reached|rose|climbed)\b))?"
    r"(?:(?:stands|stood|was|is|has[ \t\u00a0]+reached|reached|rose|climbed)[ \t\u00a0]+)?(?:at|of|to)?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
# The words that hedge a number right before it ("about 7,000", "more than 60", "at least 40"): read before a gapped
# clause's number and before a number set against another.
_HEDGED = (
    r"about|around|some|nearly|almost|roughly|(?:more|fewer|less)[ \t\u00a0]+than|at[ \t\u00a0]+least|up[ \t\u00a0]+to"
    r"|close[ \t\u00a0]+to"
)
# The words that may stand between a gapped clause's counter and its number ("the union fewer than 10 percent", "the
# FNTR at €300 million"): a qualifier of the number, or "at" for a verb left out ("putting the loss at").
_GAP_BEFORE_NUMBER = re.compile(
    r"(?:[ \t\u00a0]*\b(?:at|approximately|just|only|over|under|between|at[ \t\u00a0]+most|"
    + _HEDGED
    + r")\b)*[ \t\u00a0]*[\"“]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
# The determiners a gapped clause's counter may open with ("the drivers' union", "a residents' group").
_GAP_DETERMINERS = frozenset(("the", "a", "an"))
# The words that name a counter in a gapped clause when not capitalised: bodies ("union", "ministry") and those who
# count ("police", "organisers", "officials").
_GAP_COUNTERS = frozenset(LEX["organisation_words"]) | frozenset(
    ("organisers", "organizers", "officials", "authorities", "police", "coroner", "operator", "owner", "owners", "mayor",
     "governor", "minister", "observers", "monitors", "hospitals", "firm", "airline", "insurer", "regulator", "ministry",
     "prosecutors", "unions", "rescuers", "doctors", "medics", "activists")
)  # fmt: skip


# The words that set a number against the one told before it ("2,600 against about 7,000", "about 400, not 163",
# "18 tonnes rather than 25", "62 compared with 40", "eight versus 13"): each may open on the number itself.
_AGAINST_WORDS = r"\bagainst|\bversus|\bvs\.|\brather[ \t\u00a0]+than|\bcompared[ \t\u00a0]+(?:with|to)|[,;\u2013\u2014][ \t\u00a0]*not"
# A comparison that sets a number against another ("far more than the 163 police have listed", "well below the
# agency's 8,000"): only before "the" or a counter's possessive, as "more than 60" or "over 60" hedges its number.
_COMPARED_WORDS = (
    r"\b(?:(?:far|well|much|way|still|slightly)[ \t\u00a0]+)?"
    r"(?:(?:more|fewer|less|higher|lower|greater|smaller)[ \t\u00a0]+than|above|below)"
)
# A possessive owner of a count ("the association's", "Bohol Sea Watch's").
_AGAINST_OWNER = r"(?:[^\W\d_][\w.-]*[ \t\u00a0]+){0,3}?[^\W\d_][\w.-]*['’]s?[ \t\u00a0]+"
# What may stand between those words and the number: the count's state and noun ("revised count of"), a hedge.
_AGAINST_COUNT = (
    r"(?:(?:own|revised|unchanged|first|earlier|initial)[ \t\u00a0]+)?"
    r"(?:(?:estimate|figure|count|total|claim|tally|number)[ \t\u00a0]+of[ \t\u00a0]+)?[\"“]?"
    r"(?:(?:" + _HEDGED + r")[ \t\u00a0]+)?\Z"
)
# A number set against the one told right before it ("2,600 against about 7,000", "eight dead against the
# association's 13", "31 lost, against the company's revised count of 26", "far more than the 163 police listed"): its
# rival count, whoever gives each. Not "against a legal limit of 0.1" (a bound) nor "against a target of": the words
# are followed by the number, by "the", or by the owner of the count. Not "up from 1,200" (a change over time) nor "64
# of the 100" (a part).
_AGAINST_OPENING = (
    r"(?:" + _AGAINST_WORDS + r")[ \t\u00a0]+(?!an?[ \t\u00a0])(?:the[ \t\u00a0]+)?(?:" + _AGAINST_OWNER + r")?"
)
_COMPARED_OPENING = (
    _COMPARED_WORDS + r"[ \t\u00a0]+(?:the[ \t\u00a0]+(?:" + _AGAINST_OWNER + r")?|" + _AGAINST_OWNER + r")"
)
_AGAINST_BEFORE = re.compile(r"(?:" + _AGAINST_OPENING + "|" + _COMPARED_OPENING + r")" + _AGAINST_COUNT, re.IGNORECASE)
# How far before "against" the number it sets one against may end.
_AGAINST_REACH = 80
_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)


def set_against(text: str, left: int, start: int) -> tuple[int, int] | None:
    """Return where a number set against the one told right before it ("2,600 against about 7,000") looks for that
    number: the stretch before "against" that the other must end in, after any other number; None when the number at
    ``start`` is set against none.

    >>> text = "On Friday it was 2,600 against about 7,000."
    >>> set_against(text, 0, text.index("about")) == (text.index("2,600") + 4, text.index("against"))
    True
    >>> set_against("It carried 25 tonnes, against a permitted 10.", 0, 42) is None
    True
    >>> text = "The guild counted 2,300, far more than the 900 the council listed; 900 of them were students."
    >>> set_against(text, 0, text.index("900")) == (text.index("2,300") + 4, text.index("far"))
    True
    >>> set_against("It counted 2,300, up from 900.", 0, 27) is None
    True
    """
    found = _AGAINST_BEFORE.search(text, max(left, start - 60), start)
    if found is None:
        return None
    at = found.start()
    lo = max(left, at - _AGAINST_REACH)
    digit = _LAST_DIGIT.match(text, lo, at)
    return (digit.end() - 1 if digit else lo), at


def clause_counter(text: str, left: int, start: int, end: int, right: int) -> str:
    """Return the counter a number's own clause names for it (lower case), or "" when it names none.

    A sentence may give two counters' numbers, each in its clause ("The company says twelve, the union says thirty",
    "750,000 by the organisers' count and 100,000 by the police's"): the clause's counter is the number's source, where
    an attribution read for the whole sentence gives both numbers one. A pronoun ("it said") names no one.

    >>> t = "The company says twelve, the union says thirty."
    >>> clause_counter(t, 0, 17, 23, 47), clause_counter(t, 0, 40, 46, 47)
    ('the company', 'the union')
    >>> t = "It drew 750,000 people by the organisers' count and 100,000 by the police's."
    >>> clause_counter(t, 0, 8, 15, 77), clause_counter(t, 0, 52, 59, 77)
    ('organisers', 'police')
    >>> clause_counter("The firm reported eight dead against the association's 13.", 0, 55, 57, 58)
    'association'
    >>> t = "The firm's corrected figure was five against nine, against the union's 2,100 members."
    >>> clause_counter(t, 0, 45, 49, len(t)), clause_counter(t, 0, 71, 76, len(t))
    ('', 'union')
    >>> t = "The state's death toll rose to 15, with the county coroner counting 17."
    >>> clause_counter(t, 0, 31, 33, 71), clause_counter(t, 0, 68, 70, 71)
    ('state', 'the county coroner')
    >>> t = "It was the fourth day of a strike that the health ministry says has postponed 4,900 operations."
    >>> clause_counter(t, 0, 78, 83, len(t))
    'the health ministry'
    >>> clause_counter("Police said they found 40 bodies.", 0, 23, 25, 33), clause_counter("It said 40 died.", 0, 8, 10, 16)
    ('police', '')
    >>> t = "Tuesday's toll rose to five, and this year's toll to 206."
    >>> clause_counter(t, 0, 23, 27, 57), clause_counter(t, 0, 53, 56, 57)
    ('', '')
    >>> clause_counter("The shortage is estimated by the bank at 600,000 homes.", 0, 41, 48, 55)
    ''
    >>> clause_counter("After the march: what Madrid's 150,000 want", 0, 31, 38, 43)
    ''
    >>> t = "The clinic said 19 had died, against 17 in the police count and 15 in the ministry's."
    >>> clause_counter(t, 0, 37, 39, 86), clause_counter(t, 0, 64, 66, 86)
    ('police', '')
    >>> t = "It is above the police estimate of 4,000 and the first estimate of 3,000."
    >>> clause_counter(t, 0, 35, 40, 73), clause_counter(t, 0, 67, 72, 73)
    ('police', '')
    >>> t = "Four days on, the official death toll stands at 25."
    >>> clause_counter(t, 0, t.index("25"), t.index("25") + 2, len(t))
    'official'
    """
    first, last = clause_bounds(text, left, start, end, right)
    before = text[first:start]
    possessive = None
    if "'" in before or "’" in before:
        # Both searches ask for a possessive, its mark in the clause: most clauses have none and are not searched.
        possessive = _OWNER_BEFORE.search(before) or _OWNER_COUNT_BEFORE.search(before)
    owner = possessive or _OWNER_AFTER.match(text, end, last)
    if owner and owner.re is _OWNER_COUNT_BEFORE and _SET_AGAINST.search(before, owner.end("owner")):
        # "the company's corrected figure was five against nine": the number set against the owner's count is not its.
        return ""
    if owner and (
        owner.re is not _OWNER_BEFORE
        or not content_stems(text[end:last])
        or is_contrasted_owner(text, left, first, before)
    ):
        # A possessive right before a number that counts something ("the city's 40 hospitals") owns what it counts;
        # a time's ("Tuesday's toll", "this year's") dates the count and names no counter.
        name = without_possessive(owner.group("owner").lower())
        return "" if name in _TIME_OWNERS else name
    named = _COUNT_AFTER.match(text, end, last) or _COUNT_BEFORE.search(before)
    if named:
        words = [without_possessive(w) for w in named.group("owner").lower().split()]
        if not _NOT_COUNTERS.intersection(words) and not set(words) & _TIME_OWNERS:
            return " ".join(words)
    for verb in _COUNTER_VERB.finditer(before):
        words = WORD.findall(before[: verb.start()])
        # "the fourth day of a strike that the health ministry says has postponed 4,900": the counter is the relative
        # clause's subject, not the noun the clause hangs on.
        relative = [at for at, word in enumerate(words) if word.lower() in _RELATIVES]
        if relative:
            words = words[relative[-1] + 1 :]
        while words and words[0].lower() in _CLAUSE_OPENERS:
            words.pop(0)
        name = " ".join(words).lower()
        if not words or words[-1].lower() in PRONOUN_SOURCES | _PASSIVE_BEFORE:
            return ""
        if not any(read_word(w).content for w in words):
            return ""
        return name
    listed = list_opener(text, left, start)
    # An aside in brackets ("(it first said 17)") is no clause of the list.
    if listed and not _COUNTER_VERB.search(_ASIDE.sub("", text[listed.end() : start])):
        # "The agency's count went from nine on Monday to 16 on Tuesday and 21 on Wednesday; the coroner's went from 14
        # to 23 and 26": each number of a list of counts is its opener's owner's.
        return without_possessive(listed.group("owner").lower())
    if _OFFICIAL_COUNT.search(before):
        # "the official death toll stands at 25", "the official turnout of 61.4 percent": the authorities' count, set
        # against a count others give ("the workers' union said 40 had died").
        return "official"
    return gapped_counter(text, left, first, start)


def list_opener(text: str, left: int, start: int) -> re.Match[str] | None:
    """Return the last possessive count that opens a list of counts before ``start`` in its part of the sentence (after
    the last semicolon), or None: "The agency's count went from nine on Monday to 16 on Tuesday, the coroner's from 14
    to 23" gives 16 to the agency and 23 to the coroner.

    >>> t = "The agency's count went from nine to 16, the coroner's from 14 to 23."
    >>> [list_opener(t, 0, t.index(n)).group("owner") for n in ("16", "23")]
    ['agency', 'coroner']
    """
    found = None
    for match in _LIST_OPENER.finditer(text, text.rfind(";", left, start) + 1 or left, start):
        found = match
    return found


def gapped_counter(text: str, left: int, first: int, start: int) -> str:
    """Return the counter of a number's gapped clause (lower case), or "": a clause that names only a counter before
    the number, its verb left out because a clause before it in the sentence gave another counter's number with one
    ("the bus chamber says 30 percent of buses ran, the drivers' union fewer than 10 percent"; "The commission says 54.2
    percent; the coalition, between 50 and 53 percent"; "the ministry was putting the loss at €120 million, the FNTR
    at €300 million").

    >>> t = "The chamber says 30 percent ran, the drivers' union fewer than 10 percent."
    >>> gapped_counter(t, 0, t.index(" the drivers"), t.index("fewer"))
    "the drivers' union"
    >>> t = "The board says 54 percent; the Civic Coalition, between 50 and 53 percent."
    >>> gapped_counter(t, 0, t.index(" between"), t.index("between"))
    'the civic coalition'
    >>> t = "Police said 30 died on Monday, Tuesday 20."
    >>> gapped_counter(t, 0, t.index(" Tuesday"), t.index("20"))
    ''
    >>> t = "The fire destroyed 30 homes, the floods 20."
    >>> gapped_counter(t, 0, t.index(" the floods"), t.index("20"))
    ''
    """
    qualifier = _GAP_BEFORE_NUMBER.search(text, first, start)
    cut = qualifier.start() if qualifier else start
    opens = first
    if not text[first:cut].strip() and first > left and text[first - 1] == ",":
        # "; the coalition, between 50 and 53 percent": the counter set off by a comma before its number.
        breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, left, first - 1)]
        opens = breaks[-1] if breaks else left
        cut = first - 1
    words = WORD.findall(text[opens:cut])
    if not words or len(words) > 6 or opens <= left:
        return ""
    if not (words[0].lower() in _GAP_DETERMINERS or words[0][0].isupper() or words == [words[-1]]):
        # "Police say 30 hours, prosecutors 29": a bare plural counter, alone.
        return ""
    head = without_possessive(words[-1])
    if head.lower() in _TIME_OWNERS or not (head[0].isupper() or head.lower() in _GAP_COUNTERS):
        return ""
    if any(word[0].islower() and word.lower().endswith(("ed", "ing")) for word in words):
        return ""
    # The verb left out is the one a clause before gave another counter's number with ("says 30 percent").
    verb = _COUNTER_VERB.search(text, left, opens)
    if not verb or not any(character.isdigit() for character in text[verb.end() : opens]):
        return ""
    return " ".join(without_possessive(word) if word is words[-1] else word for word in words).lower()


def is_contrasted_owner(text: str, left: int, first: int, before: str) -> bool:
    """Return whether the possessive that ends ``before`` (the words of a number's clause, from ``first``, up to the
    number) sets the number against another count: after "against" or "than", or opening a clause after "while".

    >>> t = "The union said 3,400 jobs would go, against the company's 2,100 employees."
    >>> is_contrasted_owner(t, 0, 35, " against the company's "), is_contrasted_owner(t, 0, 35, " the company's ")
    (True, False)
    >>> t = "The station read 31°C, while the organisers' 34°C was taken in the sun."
    >>> is_contrasted_owner(t, 0, 28, " the organisers' ")
    True
    """
    matched = _CONTRASTED_OWNER.search(before)
    if not matched:
        return False
    return matched.start() > 0 or _CONTRAST_BREAK.search(text, left, first) is not None


def clause_words(text: str, left: int, start: int, end: int, right: int) -> tuple[list[str], list[str]]:
    """Return the content words of a number's clause before and after it (up to a comma, "and" and the like).

    >>> clause_words("The floods killed 5 people and injured 20.", 0, 18, 19, 42)
    (['flood', 'kill'], ['people'])
    """
    first, last = clause_bounds(text, left, start, end, right)
    return content_stems(text[first:start]), content_stems(text[end:last])


# A place a number's clause is about: "48,000 in Paris", "In Paris, police counted 48,000"; "across France" is wide.
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \t\u00a0]+[A-Z][\w'’-]+){0,3})"
_IN_PLACE = re.compile(r"(?<![\w'’-])(?P<prep>(?i:in|at|across|throughout))[ \t\u00a0]+(?:the[ \t\u00a0]+)?" + _NAME)
# "In Sfax alone, ...", "In the capital, ...", "In Paris on Tuesday, ...": an opening phrase scopes its sentence.
_OPENING = re.compile(r"\s*(?P<phrase>(?:In|At|Across|Throughout)[ \t\u00a0][^,;.]{1,40}),")
# A clause about the place named before it: "..., where organisers said 120,000 marched".
_WHERE = re.compile(r"\s*where(?![\w'’-])", re.IGNORECASE)
_WIDE = frozenset(("across", "throughout"))
# A verb of saying right after a place's name: "a residents' association in Xahuento said", "police in Tyrol counted".
# The place names who speaks, not where the count is; a count's own place and its source are set apart by a comma
# ("30 died in Garoua, police said"). A passive "reported by" names no speaker of its own.
_SPEAKER_AFTER = re.compile(
    r"[ \t\u00a0]+(?:" + "|".join(sorted(LEX["attribution_verbs"], key=len, reverse=True)) + r")(?![\w'’-])"
    r"(?![ \t\u00a0]+by(?![\w'’-]))"
)
# Verbs by which a body counts what it has before it rather than speaks of it ("hospitals in Bangladesh admitted 2,136",
# "the station in Quang Ngai recorded 712 mm"): with the count right after, the place is where the count is.
_RECORDING_VERBS = frozenset(
    ("recorded", "records", "registered", "counted", "counts", "tallied", "documented", "admitted")
)
_RECORDED_RIGHT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(_RECORDING_VERBS)) + r")[ \t\u00a0]*\Z", re.IGNORECASE
)


def without_possessive(name: str) -> str:
    """Return a name without its possessive ending ("madrid's", "reuters’"), read for every name of an article.

    >>> without_possessive("madrid's"), without_possessive("reuters’"), without_possessive("ross")
    ('madrid', 'reuters', 'ross')
    """
    if name[-2:] in ("'s", "’s"):
        return name[:-2]
    if name[-1:] in ("'", "’"):
        return name[:-1]
    return name


_NOT_PLACES = MONTHS | WEEKDAYS


class Scope(NamedTuple):
    """Where a number's clause says it counts."""

    # The places it names ("48,000 in Paris"): lower-case, as written.
    places: frozenset[str] = frozenset()
    # The levels its words name ("in the capital": town; "nationwide": country), not a body's ("the city police").
    levels: frozenset[str] = frozenset()


NO_SCOPE = Scope()
# "across the Dostani border", "across the Mekong river": a line crossed, not a country's breadth.
_CROSSED = re.compile(r"[ \t\u00a0]+(?:border|frontier|river|line|bridge|strait|channel|sea)s?(?![\w'’-])")


def _is_crossing(clause: str, match: re.Match[str]) -> bool:
    """Return whether "across X" names a line crossed ("across the Dostani border"), not a breadth."""
    return match.group("prep").lower() in _WIDE and _CROSSED.match(clause, match.end()) is not None


# The word after a level word, when it is a name's ("the Kenya National Commission", "the State Department").
_NAME_GOES_ON = re.compile(r"[ \t\u00a0]+[A-Z]")


def _is_in_name(clause: str, match: re.Match[str]) -> bool:
    """Return whether a level word is inside a body's name ("the Kenya National Commission on Human Rights said"):
    written capitalised with the name going on after it. A level word ending a place's name ("Sylhet Division") or
    written in lower case scopes its clause.
    """
    return match.group("word")[0].isupper() and _NAME_GOES_ON.match(clause, match.end()) is not None


def _is_speaker(clause: str, match: re.Match[str], recording: int) -> bool:
    """Return whether the place of an "in X" is followed by a verb of saying ("police in Tyrol said"), unless that verb
    is the verb of counting right before the number, at ``recording`` in the clause ("hospitals in Bangladesh
    admitted 2,136").
    """
    verb = _SPEAKER_AFTER.match(clause, match.end())
    return verb is not None and clause.find(verb.group().strip(), match.end()) != recording


def scope_places(text: str, left: int, start: int, end: int, right: int, source: str = "") -> Scope:
    """Return the places a number's clause scopes it to and the levels it names ("across France": a country).

    The clause's own "in X" (before or after the number), else an opening "In X," of its sentence.
    Many towns are no town's scope ("the streets of French cities"), but a number of them is a wider level of its own
    ("in 11 districts": regions); a level word naming a body ("the city police") is no scope, nor are the words of
    the number's attribution (``source``, as written: "the regional district said", "officials in Tyrol said"), which
    name who counts, not where, unless the body counts what it has right before the number ("hospitals in Varenka
    admitted 2,140").

    >>> t = "In Paris, the union put the crowd at 250,000; police counted 48,000 nationwide, including 9 in Lyon."
    >>> scope_places(t, 0, t.index("250"), t.index("250") + 7, len(t))
    Scope(places=frozenset({'paris'}), levels=frozenset())
    >>> scope_places(t, 0, t.index("9 in"), t.index("9 in") + 1, len(t))
    Scope(places=frozenset({'lyon'}), levels=frozenset())
    >>> t = "In Sfax alone, 110 had been held in Tunisia's jails."
    >>> scope_places(t, 0, t.index("110"), t.index("110") + 3, len(t))
    Scope(places=frozenset({'tunisia'}), levels=frozenset())
    >>> t = "In Sfax alone, 110 had been held in the city, the city police said."
    >>> scope_places(t, 0, t.index("110"), t.index("110") + 3, len(t))
    Scope(places=frozenset({'sfax'}), levels=frozenset({'town'}))
    >>> t = "It was as wide in Córdoba, the second city, where police counted 24,000."
    >>> scope_places(t, 0, t.index("24"), t.index("24") + 6, len(t))
    Scope(places=frozenset({'córdoba'}), levels=frozenset())
    >>> t = "In the capital, the figures ranged from 105,000 to 550,000."
    >>> scope_places(t, 0, t.index("105"), t.index("105") + 7, len(t))
    Scope(places=frozenset(), levels=frozenset({'town'}))
    >>> t = "Hundreds fled as shelling across the Dostani border went on."
    >>> scope_places(t, 0, 0, 8, len(t))
    Scope(places=frozenset(), levels=frozenset())
    >>> t = "Some 4,000 people left their homes across Sarvan province."
    >>> scope_places(t, 0, 5, 10, len(t))
    Scope(places=frozenset(), levels=frozenset({'region'}))
    >>> t = "The Kenya National Commission on Human Rights recorded 212 arrests in Nairobi."
    >>> scope_places(t, 0, t.index("212"), t.index("212") + 3, len(t))
    Scope(places=frozenset({'nairobi'}), levels=frozenset())
    >>> t = "A residents' association in Xahuento said more than 300 homes were damaged in the blast."
    >>> scope_places(t, 0, t.index("300"), t.index("300") + 3, len(t))
    Scope(places=frozenset(), levels=frozenset())
    >>> t = "Hospitals in Varenka admitted 2,140 patients."
    >>> scope_places(t, 0, t.index("2,140"), t.index("2,140") + 5, len(t), "Hospitals in Varenka admitted")
    Scope(places=frozenset({'varenka'}), levels=frozenset())
    >>> t = "About 18,000 schools in 11 districts closed."
    >>> scope_places(t, 0, t.index("18"), t.index("18") + 6, len(t))
    Scope(places=frozenset(), levels=frozenset({'regions'}))
    >>> t = "About 2.1 million people in the south went hungry."
    >>> scope_places(t, 0, t.index("2.1"), t.index("2.1") + 11, len(t))
    Scope(places=frozenset(), levels=frozenset({'part'}))
    >>> t = "The city police's 105,000 and the national guard's count."
    >>> scope_places(t, 0, t.index("105"), t.index("105") + 7, len(t))
    Scope(places=frozenset(), levels=frozenset())
    """
    first, last = clause_bounds(text, left, start, end, right)
    # "Hospitals in Bangladesh admitted 2,136": a body that counts what it has, not one that speaks, counts its place.
    recorded = _RECORDED_RIGHT_BEFORE.search(text, first, start)
    said = (0, 0) if recorded else source_span(text, left, start, right, source)
    clause = masked(text, first, start, said) + " " + masked(text, end, last, said)
    found = [
        m
        for m in _IN_PLACE.finditer(clause)
        if (m.group("prep")[0].islower() or m.start() == 0)
        and not _is_crossing(clause, m)
        and not _is_speaker(clause, m, recorded.start() - first if recorded else -1)
    ]
    if not found and _WHERE.match(text, first):
        # "as wide in Córdoba, the second city, where organisers said 120,000 marched": the place named before.
        found = [m for m in _IN_PLACE.finditer(text, left, first) if m.group("prep")[0].islower()][-1:]
    opening = _OPENING.match(text, left, start)
    if opening is not None and opening.end() <= first:
        # "In Sfax alone, ...", "In the capital, ...": an opening phrase scopes its sentence.
        phrase = opening.group("phrase")
        found = found or [m for m in _IN_PLACE.finditer(phrase) if m.start() == 0]
        clause += " " + phrase
    # "in Tunisia's bread protests" scopes to Tunisia; "Wednesday's march" is no place.
    named = (without_possessive(m.group("name").lower()) for m in found)
    names = {name for name in named if name.split()[0] not in _NOT_PLACES}
    wide = [m for m in found if m.group("prep").lower() in _WIDE]
    levels: set[str] = set()
    if may_hold(clause, _LEVEL_SPELLINGS):
        levels = {
            SCOPE_LEVELS[m.group("word").lower()] for m in _LEVEL_WORD.finditer(clause) if not _is_in_name(clause, m)
        }
        levels |= {_LEVEL_PLURALS[m.group("word").lower()] for m in _COUNTED_LEVELS.finditer(clause)}
    if not levels and _COMPASS_PART.search(clause):
        levels.add(COMPASS_PART)
    if wide and not levels:
        # "across France": a country's breadth; "across Sarvan province" names its own level.
        levels.add("country")
    return Scope(frozenset() if wide else frozenset(names), frozenset(levels))


def may_hold(text: str, words: Collection[str]) -> bool:
    """Return whether a search with IGNORECASE may find one of ``words`` (lower case) in ``text``: False only when the
    text is ASCII and holds none of them, in any case (IGNORECASE reads a few other letters as ASCII ones, "ı" as "i":
    other text may hold them).

    >>> may_hold("About 18,000 schools in 11 Districts closed.", ["district"]), may_hold("Some 4,000 left.", ["town"])
    (True, False)
    >>> may_hold("Some 4,000 people left Istanbul’s old quarter.", ["town"])
    True
    """
    if not text.isascii():
        return True
    return spelled_out(tuple(words)).search(text.lower()) is not None


@functools.lru_cache(maxsize=16)
def spelled_out(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return a pattern finding any of ``words`` as written (one search of a text, not one per word).

    >>> spelled_out(("town", "city")).search("the capital city") is not None
    True
    """
    return re.compile("|".join(re.escape(word) for word in words) or "(?!)")


def source_span(text: str, left: int, start: int, right: int, source: str) -> tuple[int, int]:
    """Return where a number's attribution (as written) stands in its sentence [left, right), the occurrence nearest
    the number at ``start``; (0, 0) when it is not there.

    >>> t = "Police in Tyrol said 14 were hurt."
    >>> source_span(t, 0, 21, len(t), "Police in Tyrol said"), source_span(t, 0, 21, len(t), "it added")
    ((0, 20), (0, 0))
    """
    if not source:
        return 0, 0
    # Each occurrence, not overlapping, as a search for the escaped text would find them (without a pattern compiled
    # for each claim's source: there are as many as claims).
    found = []
    at = text.find(source, left, right)
    while at != -1:
        found.append(at)
        at = text.find(source, at + len(source), right)
    if not found:
        return 0, 0
    at = min(found, key=lambda s: abs(s - start))
    return at, at + len(source)


def masked(text: str, lo: int, hi: int, span: tuple[int, int]) -> str:
    """Return text[lo:hi] with the part inside ``span`` blanked, as long as it was.

    >>> masked("Police in Tyrol said 14", 0, 23, (0, 20))
    '                     14'
    """
    a, b = max(lo, span[0]), min(hi, span[1])
    if a >= b:
        return text[lo:hi]
    return text[lo:a] + " " * (b - a) + text[b:hi]


AUXILIARIES = frozenset(["were", "was", "are", "is", "been", "being", "have", "has", "had", "be", "reportedly"])
LEADING = frozenset(["of", "such", "more", "other", "the", "a", "an"])
PHRASE_WORDS = 8


def readable_phrase(text: str, end: int, right: int, noun: str) -> str:
    """Return what a number counts, read from its clause: the words after it, less auxiliaries, or its noun.

    >>> text = "About 120 people were killed by the floods in the valley, officials said."
    >>> readable_phrase(text, 9, len(text), "")
    'people killed by the floods in the valley'
    >>> readable_phrase("Some 2,000 such people.", 10, 23, "")
    'people'
    """
    after = text[end : min(right, end + 160)]
    stop = CLAUSE_BREAK.search(after)
    words = WORD.findall(after[: stop.start() if stop else None])
    while words and words[0].lower() in LEADING:
        words = words[1:]
    kept = [word for word in words if word.lower() not in AUXILIARIES][:PHRASE_WORDS]
    while kept and kept[-1].lower() in STOPWORDS:
        kept.pop()
    return " ".join(kept) or noun


def counted_term(text: str, start: int, end: int, noun: str = "", terms: Terms = BUILT_IN) -> str:
    """Return the word that says what a claim counts: its specific counted noun, else the event it counts; or "".

    Lower-cased as written, for editors to read (``LearnedEquivalence`` stores these).

    >>> counted_term("Some 300 escapees were caught.", 5, 8)
    'escapees'
    >>> text = "About 40 people fled the fighting."
    >>> counted_term(text, 6, 8, "people")
    'fled'
    """
    noun_words: list[str] = WORD.findall(counted_noun(text, end, noun))
    if noun_head(noun_words):
        return noun_words[-1].lower()
    left, right = sentence_bounds(text, start, end)
    before, after = clause_words(text, left, start, end, right)
    event = nearest_event(before, after, terms)
    if not event:
        return ""
    surface: dict[str, str] = {stem(word): word.lower() for word in WORD.findall(text[left:right])}
    for word in [*after[:NEAR_TOKENS], *reversed(before[-NEAR_TOKENS:])]:
        if terms.event_of(word) == event:
            return surface.get(word, word)
    return ""


def nearest_event(before: Sequence[str], after: Sequence[str], terms: Terms) -> str:
    """Return the event class a number's clause names: the first after the number, else the last before it.

    Within ``NEAR_TOKENS`` words either side; "" when none names an event.

    >>> nearest_event(["people", "repatri"], ["north", "korean", "detain"], BUILT_IN)
    'detain'
    >>> nearest_event(["flood", "kill"], ["people"], BUILT_IN)
    'kill'
    """
    for word in [*after[:NEAR_TOKENS], *reversed(before[-NEAR_TOKENS:])]:
        event = terms.event_of(word)
        if event:
            return event
    return ""


def make_input(
    claim_id: int,
    document_id: int,
    sentence: tuple[int, int],
    span: tuple[int, int],
    value: conflicts.Value,
    before: Sequence[str],
    after: Sequence[str],
    noun_words: Sequence[str],
    years: frozenset[int],
    surface: dict[str, str],
    clause: tuple[list[str], list[str]],
    phrase: str = "",
    *,
    published: datetime.date | None = None,
    figure_id: int | None = None,
    suggested_figure_id: int | None = None,
    converts: int | None = None,
    context: Context = NO_CONTEXT,
    terms: Terms = BUILT_IN,
    corrects: int | None = None,
    scope: Scope = NO_SCOPE,
    story: frozenset[str] = frozenset(),
    running: bool = False,
    to_come: bool = False,
    counter: str = "",
    follows: int = -1,
    part: bool = False,
    is_revision: bool = False,
    held_over_event: bool = False,
    against: tuple[int, int] | None = None,
) -> SuggestionInput:
    """Return the suggester's view of a claim from its sentence's words and its stored context.

    Words are read as their term classes (``terms``): "escapees" and "defectors" are one word.
    The context, where the extractor gave it, adds what is counted (``subject``), the event,
    the places and the period; without it the event is the nearest word naming one. A running total
    (``running``: its clause gives it as accruing or changing, or its event is one) is dated by the day of its count:
    the day the text names, else the day the extractor gave it (the day printed, or the day before for the count a
    total grew or fell from: ``claims.extraction.changes``). A count its clause gives as what is to come (``to_come``:
    "would lose their jobs", "will pay 500 euros to each of the dead") is no running total, whatever its event: a
    running total counts what has happened by its day (CLAIMS.md); nor is a sum of money paid for an event's dead or
    injured, nor a count of things an event wrecked (houses, boats: ``terms.WRECKED``). ``counter``: the counter the
    number's own clause names (``clause_counter``); ``follows``: where the sentence before the number's own in its
    paragraph opens (``SentenceIndex.follows``); ``part``: the number is told as a part of a count told before it
    (``is_told_as_part``); ``is_revision``: its clause gives it as one of its source's successive counts
    (``corrections.is_revision_count``); ``held_over_event``: those it counts were held over one event its clause names
    (``is_held_over_event``), a count of that event, not of the day it is reported on (``terms.DETAINED``);
    ``against``: where the number it is set against ends (``set_against``).
    """
    words = {terms.of(word): weight for word, weight in weigh_words(before, after).items()}
    subject, event = read_context(context.subject, context.event, terms)
    if subject <= GENERIC_STEMS:
        # "people", "those": a subject that names nothing but people says nothing of what is counted.
        subject = frozenset()
    for word in subject:
        words[word] = max(words.get(word, 0.0), 2.0)
    noun_text = " ".join(noun_words)
    noun_stems = frozenset(terms.of(word) for word in text_stems(noun_text))
    head = terms.of(effective_head(noun_head(noun_words), value.unit))
    # An event the claim's own context names, not only a word near it ("repatriation of hundreds ... from detention"):
    # a word both claims' sentences share, whatever each outlet wrote.
    event_read = bool(event)
    if event_read:
        words[event] = max(words.get(event, 0.0), 1.0)
    event = event or terms.event_of(head) or nearest_event(*clause, terms)
    if value.unit and is_measure_unit(value.unit):
        # A unit of measure is how, not what, a number counts: "hectares burned" and "acres burned" count one thing.
        subject -= noun_stems
    period = None
    if context.period_start and context.period_end:
        period = (context.period_start, context.period_end)
        if not context.period_stated:
            # A count printed with no time of its own is as of that day: about it or the weeks before.
            period = (context.period_end - AS_OF_BACK, context.period_end)
    day = None
    day_stated = False
    # A sum of money paid for the dead or the injured ("500 euros to the family of each of the dead") is no count of
    # them: only a clause that gives a sum as accruing ("losses rose to €2 million") makes it a running total.
    # Houses or boats an event wrecked are one count whatever the day it is reported (``terms.WRECKED``); an area grows.
    kind = unit_kind(value.unit)
    # Those held over one event ("arrested over the derby") are that event's count, whatever day a report gives it.
    counted = (
        event in terms.running
        and kind != "currency"
        and not (event in WRECKED and kind == "count")
        and not (event == DETAINED and held_over_event)
    )
    if not to_come and (running or counted):
        day_stated = context.names_a_day and bool(context.period_end)
        # A count printed with no time of its own is of the day the extractor dated it by (CLAIMS.md).
        day = context.period_end if day_stated or (not context.period_stated and context.period_end) else published
        if is_past_period(context, published):
            # "nearly 10,000 died in the 2010 epidemic": a toll of a time long past is dated by its period.
            day = None
    levels = set(scope.levels)
    # Most runs' terms keep nothing apart (no editor parted two words): nothing to read per claim.
    apart = (
        frozenset().union(*(terms.apart.get(term, frozenset()) for term in (head, event) if term))
        if terms.apart
        else frozenset()
    )
    return SuggestionInput(
        claim_id,
        document_id,
        sentence,
        value,
        words,
        noun_stems,
        years,
        head,
        published,
        figure_id,
        noun_text,
        surface,
        suggested_figure_id,
        span,
        converts,
        subject,
        event,
        context_places(context.place),
        period,
        day,
        " ".join(context.attribution.lower().split()),
        apart,
        context,
        phrase,
        corrects,
        day_stated,
        levels.pop() if len(levels) == 1 else "",
        scope.places,
        event_read,
        story,
        nationality=counted_nationality(noun_words),
        counter=counter,
        follows=follows,
        part=part,
        is_revision=is_revision,
        against=against,
    )


@functools.lru_cache(maxsize=1 << 14)
def context_places(place: str) -> frozenset[str]:
    """Return the places a claim's context names (``Context.place``, ";" between them), lower-case, read once per text.

    >>> sorted(context_places("Paris; Lyon ;"))
    ['lyon', 'paris']
    """
    return frozenset(name.strip().lower() for name in place.split(";") if name.strip())


def is_past_period(context: Context, published: datetime.date | None) -> bool:
    """Return whether a claim's context gives a period (not a day) that ended well before the claim was printed.

    >>> c = Context(period_start=datetime.date(2010, 1, 1), period_end=datetime.date(2010, 12, 31),
    ...             period_precision="year", period_stated=True)
    >>> is_past_period(c, datetime.date(2026, 11, 2)), is_past_period(c, None)
    (True, False)
    """
    if not (context.period_stated and context.period_end and published) or context.period_precision == "day":
        return False
    return context.period_end < published - AS_OF_REACH


_Sentence = tuple[list[tuple[int, int, str]], frozenset[int], dict[str, str], list[tuple[int, int]]]


# A name inside a sentence (after a lower-case word or a comma), not its first word: "in Chingola", "said Mulenga".
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-z,;:][ \t\u00a0])[A-Z][\w'’-]+")
# How often an article names something for it to be what the article is about.
STORY_MENTIONS = 2


def story_names(text: str) -> frozenset[str]:
    """Return the names an article keeps coming back to (twice or more): the places and bodies of its story.

    >>> sorted(story_names("Floods hit Buzi on Monday. Rescuers in Buzi said the UN sent aid. Beira was dry."))
    ['buzi']
    """
    counts = Counter(map(without_possessive, map(str.lower, _NAME_IN_SENTENCE.findall(text))))
    return frozenset(name for name, count in counts.items() if count >= STORY_MENTIONS and name not in _NOT_PLACES)


# How many documents' texts ``document_text`` keeps, split and read, between runs: an incremental run reads the words of
# the stored claims within reach (``storage.MAX_INCREMENTAL_CLAIMS``: the claims of the latest few hundred documents),
# the next run mostly the same documents again. A kept text with every claim of it described holds about 34 kB (its
# sentences' words, its claims' words): some 35 MB at most.
KEPT_DOCUMENT_TEXTS = 1024
_kept_texts: OrderedDict[str, DocumentText] = OrderedDict()
_kept_lock = threading.Lock()


def document_text(text: str) -> DocumentText:
    """Return a ``DocumentText`` of ``text``, the one kept from an earlier read of the same text when there is one.

    The ``KEPT_DOCUMENT_TEXTS`` texts read last are kept, keyed by the text itself: a document changed since (another
    ingest, a new version) is a new text and is read anew, so what is kept is never stale, whoever writes meanwhile.
    All a ``DocumentText`` keeps is read from its text alone (sentences, their words, the story's names).

    >>> document_text("Some 2,000 people fled.") is document_text("Some 2,000 people fled.")
    True
    """
    with _kept_lock:
        found = _kept_texts.get(text)
        if found is not None:
            _kept_texts.move_to_end(text)
            return found
    found = DocumentText(text)
    with _kept_lock:
        found = _kept_texts.setdefault(text, found)
        _kept_texts.move_to_end(text)
        while len(_kept_texts) > KEPT_DOCUMENT_TEXTS:
            _kept_texts.popitem(last=False)
    return found


class DocumentText:
    """One document's text, split into sentences once, to describe many of its claims quickly.

    ``describe`` (which ``describe_claim`` calls for one claim) finds the sentence by
    bisection and reads each sentence's words once, not once per claim.

    >>> text = "Yes. Some 2,000 such people were detained in China, and 300 more. No."
    >>> document = DocumentText(text)
    >>> a = document.describe(1, 1, 5, 15, conflicts.Value.of(2000, 2000, "approximate", "person"))
    >>> b = document.describe(2, 1, 57, 60, conflicts.Value.of(300, 300, "exact", "person"))
    >>> a.sentence == b.sentence, len(document.sentences)
    (True, 1)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = SentenceIndex(text)
        self.sentences: dict[tuple[int, int], _Sentence] = {}
        # The content stems of a number's sentence before and after it, read as cut (``claim_words``), by its span.
        self.stems_around: dict[tuple[int, int], tuple[list[str], list[str]]] = {}

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        return self.index.bounds(start, end)

    @functools.cached_property
    def story(self) -> frozenset[str]:
        return story_names(self.text)

    def sentence(self, left: int, right: int) -> _Sentence:
        """Return a sentence's content words (start, end, stem), years, surface words and word spans."""
        found = self.sentences.get((left, right))
        if found is None:
            tokens = []
            spans = []
            surface: dict[str, str] = {}
            for match in WORD.finditer(self.text, left, right):
                word_stem, lower, content = read_word(match.group())
                if word_stem not in surface:
                    surface[word_stem] = lower
                span = match.span()
                spans.append(span)
                if content:
                    tokens.append((span[0], span[1], word_stem))
            years = frozenset(int(y) for y in YEAR.findall(self.text[left:right]))
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
        context: Context = NO_CONTEXT,
        terms: Terms = BUILT_IN,
    ) -> SuggestionInput:
        """Return the suggester's view of a claim of this text (as ``describe_claim``)."""
        text = self.text
        left, right = self.sentence_bounds(start, end)
        _, years, surface, _ = self.sentence(left, right)
        before, after = self.words_around(left, right, start, end)
        revises = revised_number_start(text, left, start, end)
        return make_input(
            claim_id,
            document_id,
            (left, right),
            (start, end),
            value,
            before,
            after,
            WORD.findall(counted_noun(text, end, noun)),
            years,
            surface,
            self.clause_words(left, right, start, end),
            readable_phrase(text, end, right, noun),
            published=published,
            figure_id=figure_id,
            suggested_figure_id=suggested_figure_id,
            converts=converted_number_end(text, start),
            context=context,
            terms=terms,
            corrects=corrected_number_start(text, end) or revises,
            scope=scope_places(text, left, start, end, right, context.attribution),
            story=self.story,
            running=is_running_clause(text, left, start, end, right),
            to_come=is_count_to_come(text, left, start, end, right),
            counter=clause_counter(text, left, start, end, right),
            follows=self.index.follows(text, left),
            part=is_told_as_part(text, start, end),
            is_revision=revises is not None or is_revision_count(text, left, start),
            held_over_event=is_held_over_event(text, left, start, end, right),
            against=set_against(text, left, start),
        )

    def words_around(self, left: int, right: int, start: int, end: int) -> tuple[list[str], list[str]]:
        """Return the content stems of the sentence ``[left, right)`` before and after a number at ``[start, end)``."""
        if self.is_word_cut(left, right, start) or self.is_word_cut(left, right, end):
            # A word running across the number's edge reads differently when cut there: read the text as cut.
            return content_stems(self.text[left:start]), content_stems(self.text[end:right])
        tokens = self.sentence(left, right)[0]
        return (
            [word for _, token_end, word in tokens if token_end <= start],
            [word for token_start, _, word in tokens if token_start >= end],
        )

    def clause_words(self, left: int, right: int, start: int, end: int) -> tuple[list[str], list[str]]:
        """Return ``clause_words`` of a number at ``[start, end)`` of the sentence ``[left, right)``, read from the
        sentence's words (``sentence``) unless a word runs across an edge of the clause or of the number."""
        first, last = clause_bounds(self.text, left, start, end, right)
        if any(self.is_word_cut(left, right, edge) for edge in (first, start, end, last)):
            return clause_words(self.text, left, start, end, right)
        tokens = self.sentence(left, right)[0]
        # No word runs across an edge: the words of a stretch are those starting in it, found by bisection.
        at = [bisect.bisect_left(tokens, (edge,)) for edge in (first, start, end, last)]
        return [word for _, _, word in tokens[at[0] : at[1]]], [word for _, _, word in tokens[at[2] : at[3]]]

    def claim_words(
        self,
        claim_id: int,
        document_id: int,
        start: int,
        end: int,
        unit: str,
        *,
        subject: str = "",
        event: str = "",
        terms: Terms = BUILT_IN,
        numbers: frozenset[Decimal] = frozenset(),
    ) -> ClaimWords:
        """Return a claim's ``ClaimWords``: the keys of ``describe(...).words``, without reading the rest.

        The words are read as ``describe_claim`` reads them (the sentence's text before and
        after the number), not from the sentence's cached tokens: most claims read this way
        are never described, and their sentences are read once.

        >>> text = "Yes. Some 2,000 such people were detained in China. No."
        >>> value = conflicts.Value.of(2000, 2000, "approximate", "person")
        >>> document = DocumentText(text)
        >>> document.claim_words(1, 1, 5, 15, "person").words == set(document.describe(1, 1, 5, 15, value).words)
        True
        """
        around = self.stems_around.get((start, end))
        if around is None:
            left, right = self.sentence_bounds(start, end)
            text = self.text
            around = self.stems_around[start, end] = content_stems(text[left:start]), content_stems(text[end:right])
        words = {terms.of(word) for word in around[0]}
        words.update(terms.of(word) for word in around[1])
        subject_words, named = read_context(subject, event, terms)
        words |= subject_words
        return ClaimWords(
            claim_id, document_id, unit, frozenset(words | {named} if named else words), numbers, self.story
        )

    def is_word_cut(self, left: int, right: int, edge: int) -> bool:
        """Return whether a word of the sentence runs across ``edge`` (rare: the number is inside a word)."""
        if not left < edge < right:
            return False
        spans = self.sentence(left, right)[3]
        # The word starting last before the edge is the only one that can run across it (words never overlap).
        at = bisect.bisect_left(spans, (edge,)) - 1
        return at >= 0 and spans[at][0] < edge < spans[at][1]
