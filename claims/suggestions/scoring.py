"""How likely two claims report one quantity: the pair score and the rules that rule a pair out.

Pure; no Django. ``score_pair`` is the readable entry point; ``Prepared`` and
``prepared_score`` compute the same score with each claim's vector and intervals computed
once, for the many pairs of a run.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

from claims import conflicts
from claims.extraction.attribution import SOURCE_VERBS
from claims.extraction.vocabulary import LEX, MONTHS, WEEKDAYS
from claims.suggestions import pair_model
from claims.suggestions.features import (
    AS_OF_REACH,
    COMPASS_PART,
    SuggestionInput,
    WordedClaim,
    anchor_numbers,
    is_distinctive,
)
from claims.suggestions.terms import BUILT_IN
from claims.suggestions.words import GENERIC_NOUNS, GENERIC_STEMS, WORD, content_stems, read_word, stem

MAX_DAYS_APART = 400
# Articles printed further apart than this are of one story only when they name something in common.
STORY_DAYS_APART = 7

# Verbs of saying, giving or holding to a count, and the words of an attribution that name no one ("according to
# figures", "the count showed", "put the number at": no name's head, ``source_heads``).
SAYING_STEMS = frozenset(stem(word) for word in (*SOURCE_VERBS, "according"))
UNNAMED_SOURCES = frozenset(
    stem(word)
    for word in (
        *("figures", "figure", "count", "counts", "data", "report", "it", "they"),
        *("number", "numbers", "toll", "tally", "total", "estimate"),
    )
)
# The words of a count a source holds ("the ministry's final count", "the city's reckoning"): after a possessive, the
# owner is the name's head (``source_heads``), unless a body's own name comes between ("the town's hotel association
# estimates"). A time is no owner ("Friday's police count").
COUNT_WORDS = frozenset((*LEX["source_nouns"], "toll", "total", "list", "register", "log"))
BODY_WORDS = frozenset(LEX["organisation_words"])
NO_OWNERS = WEEKDAYS | MONTHS | frozenset((*LEX["period_relative_days"], *LEX["period_day_parts"]))
# Adverbs that stand between a source's name and its verb ("the ministry later said", "Police, however, counted").
SOURCE_ADVERBS = frozenset(
    ("later", "earlier", "however", "initially", "afterwards", "already", "first", "twice", "meanwhile", "separately")
)
# The words after which a source's name goes on to what qualifies it ("the mayor of Oruro", "a rights group that
# monitors jails"), in English or in a Spanish, French, Italian or Portuguese name ("Bomberos de Santiago"): the name's
# head is its last word before them (``source_heads``).
QUALIFYING_WORDS = frozenset(
    (
        "of",
        "on",
        "in",
        "for",
        "at",
        "from",
        "that",
        "which",
        "who",
        "whose",
        "with",
        "by",
        "de",
        "del",
        "du",
        "des",
        "di",
    )
)
# What sets off the names of one attribution ("the developer, Mwangaza Homes, says"): a comma, not one of a number's.
NAME_BREAK = re.compile(r",(?![0-9])")

# How many days apart the times two reports give a fixed quantity (not a running total) may be.
FIXED_SLACK = datetime.timedelta(days=1)
# How many days apart the times two reports give a fixed quantity may be where either names a day: the day of a report
# is not the time of the quantity it reports (CLAIMS.md: "one figure whatever the date of the report").
REPORT_SLACK = AS_OF_REACH
# How far apart the telling points of a count and the same count printed again may be ("about 300" and "312").
AGAIN_RATIO = Fraction(6, 5)
# A rival source's count printed without a day this soon after a dated count is of that count's day.
RIVAL_REACH = datetime.timedelta(days=2)
# ... and this soon after a count dated only by its printing: a count printed two days on is of its own day.
UNDATED_RIVAL_REACH = datetime.timedelta(days=1)

MAX_MAGNITUDE_RATIO = 5

# The event class of what a thing can hold or is allowed ("a stadium's 40,000 seats", "the 60 km/h limit").
CAPACITY = BUILT_IN.event_of(stem("capacity"))

# Rival counts of one quantity (organisers against police) may be this far apart, no further.
MAX_RIVAL_RATIO = 20

# Two subjects this similar (cosine of their weighted words) say the claims count one thing.
SAME_SUBJECT = 0.6

# What litres, barrels and cubic metres measure: an amount that flowed (a spill, a leak, a discharge), which no one
# counts and each side estimates (``is_kind_shared``).
VOLUME = conflicts.unit_dimension("liter")

# Two sources' counts of one sentence this far apart at most may be rival counts however each words what it counts
# (``classify_two_sources_counts``): further apart, one sentence more often gives two quantities.
NAMED_RIVAL_RATIO = 10
# Two sources' counts of one article told this close (characters between their numbers) and this far apart at most
# are not ruled out as two quantities (``classify_two_sources_counts``): the pair model weighs them.
NEAR_RIVAL_REACH = 300
NEAR_RIVAL_RATIO = 3


def idf_weights(inputs: Sequence[WordedClaim]) -> dict[str, float]:
    """Return each word's inverse document frequency among the claims compared."""
    counts = Counter(word for item in inputs for word in item.words)
    total = len(inputs)
    return {word: math.log((1 + total) / (1 + count)) + 1 for word, count in counts.items()}


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
    gap = gap_ends(wa, wb)
    return ONE if gap is None else Fraction(*ends_ratio(*gap))


def gap_ends(wa: conflicts.Interval, wb: conflicts.Interval) -> tuple[Fraction, Fraction] | None:
    """Return the near and far ends of the gap between two intervals, or None when they overlap."""
    if wa.high is not None and wb.low is not None and conflicts.is_below(wa.high, wb.low):
        return wa.high, wb.low
    if wb.high is not None and wa.low is not None and conflicts.is_below(wb.high, wa.low):
        return wb.high, wa.low
    return None


def are_nouns_compatible(head_a: str, head_b: str) -> bool:
    """Return whether two counted nouns may count the same things (by their head words).

    A generic noun ("people", "others") or a nationality ("North Koreans") fits anything.

    >>> are_nouns_compatible("defector", ""), are_nouns_compatible("athlet", "activist")
    (True, False)
    """
    return not head_a or not head_b or head_a == head_b


def are_counted_alike(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims' counted nouns may count the same things: their heads agree
    (``are_nouns_compatible``), or one counts a kind of what the other counts (``conflicts.is_kind_against_class``:
    one outlet's "1,500 shacks" are another's "280 structures", "400 cattle" another's "1,200 animals").
    """
    return are_nouns_compatible(a.head, b.head) or conflicts.is_kind_against_class(a.unit, b.unit)


def are_dimensions_alike(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims count things of one dimension, or a kind against its class
    (``conflicts.is_kind_against_class``)."""
    return a.dimension == b.dimension or conflicts.is_kind_against_class(a.unit, b.unit)


def is_time_compatible(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims can be about one time.

    Named years agree, publication dates are close, periods the context gives overlap, and
    running totals (deaths, evacuated, detained) are counts of one calendar day (CLAIMS.md).
    """
    if a.day and b.day and a.day != b.day and not is_reported_again(a, b):
        return False
    if a.period and b.period and (a.period[1] < b.period[0] or b.period[1] < a.period[0]):
        # Two counts neither of which gives its time may be one standing figure printed again months later
        # (``is_other_story`` parts other stories); a count that gives its time is of that time, but a fixed
        # quantity (a crowd, the people aboard, a town's people) is one figure whatever day its report names,
        # within days.
        gap = max(a.period[0], b.period[0]) - min(a.period[1], b.period[1])
        # A report that names a day for a fixed quantity ("118 students abducted, police said on Wednesday") may name
        # the day of the report, not of the quantity: within a week of the other report, one quantity.
        slack = REPORT_SLACK if a.context.names_a_day or b.context.names_a_day else FIXED_SLACK
        fixed = not (a.day or b.day) and gap <= slack
        if (a.context.period_stated or b.context.period_stated) and not fixed:
            return False
    if a.years and b.years:
        return bool(a.years & b.years)
    return not (a.published and b.published and abs((a.published - b.published).days) > MAX_DAYS_APART)


def is_other_story(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims come from articles printed weeks apart that name nothing in common.

    A standing figure is printed again months later ("as many as 2,000 detained in China"),
    in an article that comes back to the same places and bodies; an article about another
    story printed months away shares no such name (``features.story_names``).
    """
    if a.document_id == b.document_id or not (a.published and b.published):
        return False
    return abs((a.published - b.published).days) > STORY_DAYS_APART and not a.story & b.story


def is_reported_again(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two counts of a running total on different days are one count reported again.

    A count (dated by the text, "on Monday", or by its printing) and the same numbers printed
    later without a day ("312 workers detained", in next week's follow-up) are one figure; a
    different number printed later is a later count, another day's figure.
    """
    if (a.day_stated and b.day_stated) or not (a.day and b.day):
        return False
    earlier, later = sorted((a, b), key=lambda item: (item.day, not item.day_stated))
    assert earlier.day and later.day
    if later.day_stated:
        # Only a count printed without a day may be an earlier count reported again.
        return False
    gap = later.day - earlier.day
    if gap > AS_OF_REACH:
        return False
    reach = RIVAL_REACH if earlier.day_stated else UNDATED_RIVAL_REACH
    if is_other_source(a, b) and gap <= reach and a.document_id != b.document_id:
        # Another source's count of that day, printed a day or two later ("a rights group claimed more than 500"); an
        # article that dates one count to an earlier day prints the other, undated, as of its own day.
        return True
    # The same numbers again ("312"), not a floor that any later count meets ("at least 41" against "nearly 80").
    base_a, base_b = conflicts.base_interval(a.value), conflicts.base_interval(b.value)
    return base_a.overlaps(base_b) and point_ratio(base_a, base_b) <= AGAIN_RATIO


def is_other_source(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims each name a source and their sources have no word in common: "the mayor said" and
    "the mayor put it" are one source, a day apart counting again.

    >>> from claims.suggestions.features import describe_claim
    >>> a = describe_claim(1, 1, "40 houses.", 0, 2, conflicts.Value.of(40, 40, unit="house"))
    >>> def said(source): return dataclasses.replace(a, source=source)
    >>> is_other_source(said("mayor paulo alves said"), said("mayor paulo alves put"))
    False
    >>> is_other_source(said("the mayor said"), said("the ministry said"))
    True
    """
    if not (is_named(a.source) and is_named(b.source)):
        return False
    return source_words(a.source).isdisjoint(source_words(b.source))


def is_one_source(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims each name a source and their sources share a word ("the mayor said", "the mayor put
    it"): one source, whatever verb it is given with.
    """
    return is_named(a.source) and is_named(b.source) and not is_other_source(a, b)


def are_counters_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two numbers of one sentence have two sources that share no word, one of them at least the counter
    its own clause names ("The company says twelve, the union says thirty"; "UNICEF said 68 percent, against the
    ministry's 91"; ``features.clause_counter``): two sources, whatever single attribution was read for the sentence.
    The other's is its own clause's counter too, else the attribution read for it (``own_source``).
    """
    if not (a.counter or b.counter) or a.document_id != b.document_id or a.sentence != b.sentence:
        return False
    first, second = own_source(a), own_source(b)
    return bool(first and second) and set(content_stems(first)).isdisjoint(content_stems(second))


def is_correction(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether one of two numbers of one sentence corrects or revises the other in the same breath ("78, not 79
    as reported"; "raised its count to 341, from 318"; ``SuggestionInput.corrects``): its source's word that the two
    are counts of one quantity (CLAIMS.md), in conflict.
    """
    same = a.document_id == b.document_id and a.sentence == b.sentence
    return same and (is_corrected_by(b, a) or is_corrected_by(a, b))


def is_corrected_by(replaced: SuggestionInput, item: SuggestionInput) -> bool:
    """Return whether ``item`` corrects or revises the number of ``replaced``: where the corrected number stands
    (``SuggestionInput.corrects``, its first digit) lies in ``replaced``'s quote, which may open with its qualifier
    ("Police first said about 40, then 63": the 63 corrects "about 40").
    """
    return item.corrects is not None and replaced.span[0] <= item.corrects < replaced.span[1]


def own_source(item: SuggestionInput) -> str:
    """Return the source of a number of its sentence: the counter its clause names, else the attribution read for it."""
    return item.counter or item.source


def is_one_body(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims' sources name one body or person: they share the head of a name (``source_heads``).

    Two bodies may share a word that only qualifies them ("the mayor of Oruro" and "the technical university of
    Oruro", "the national police service" and "the Kenya National Commission on Human Rights"): two sources.

    >>> from claims.suggestions.features import describe_claim
    >>> a = describe_claim(1, 1, "40 houses.", 0, 2, conflicts.Value.of(40, 40, unit="house"))
    >>> def said(source): return dataclasses.replace(a, source=source)
    >>> is_one_body(said("the mayor of Oruro said"), said("the university of Oruro put"))
    False
    >>> is_one_body(said("Mwangaza Homes said"), said("the developer, Mwangaza Homes, says"))
    True
    """
    return is_one_source(a, b) and not source_heads(a.source).isdisjoint(source_heads(b.source))


@functools.lru_cache(maxsize=1 << 12)
def source_heads(source: str) -> frozenset[str]:
    """Return the stems of the heads of an attribution's names, one for each name set off by commas: its last content
    word (no verb of saying, no word of an unnamed count, no adverb) before what qualifies it (``QUALIFYING_WORDS``);
    the owner of a count ("the police's first estimate") is the name's head.

    A part set off by commas that opens with a qualifying word or a participle ("which organised the march", "who
    spoke on condition of anonymity", "speaking to reporters", "formed on Tuesday") names no one.

    >>> sorted(source_heads("the mayor of Oruro said")), sorted(source_heads("the developer, Mwangaza Homes, says"))
    (['mayor'], ['develop', 'home'])
    >>> sorted(source_heads("MEMA's count")), sorted(source_heads("according to the civil protection authority"))
    (['mema'], ['authority'])
    >>> sorted(source_heads("The union, which organised the march, stood by"))
    ['union']
    >>> sorted(source_heads("the interior ministry's final count")), sorted(source_heads("the ministry later said"))
    (['ministry'], ['ministry'])
    >>> sorted(source_heads("Transportes de Lima said")), sorted(source_heads("the Bomberos de Lima counted"))
    (['transport'], ['bombero'])
    """
    return frozenset(head for head, _ in source_names(source))


@functools.lru_cache(maxsize=1 << 12)
def source_names(source: str) -> frozenset[tuple[str, frozenset[str]]]:
    """Return the names of an attribution (``source_heads``), each as its head and the stems of the content words
    before the head that set it apart ("the central bank of Kenya": the bank, central; "by the bank's count": the bank,
    nothing).

    >>> sorted(source_names("the central bank of Kenya said")), sorted(source_names("by the bank's count"))
    ([('bank', frozenset({'central'}))], [('bank', frozenset())])
    """
    names = set()
    for index, name in enumerate(NAME_BREAK.split(source)):
        words = WORD.findall(name)
        if index and words and is_qualifying_opener(words[0]):
            continue
        head = owner = ""
        before: list[str] = []
        modifiers = owned = frozenset[str]()
        for word in words:
            if head and word.lower() in QUALIFYING_WORDS:
                break
            reading = read_word(word)
            if owner and reading.lower in COUNT_WORDS:
                head, modifiers = owner, owned
            elif reading.content and not (
                reading.stem in SAYING_STEMS or reading.stem in UNNAMED_SOURCES or reading.lower in SOURCE_ADVERBS
            ):
                head, modifiers = reading.stem, frozenset(before)
                before.append(reading.stem)
            if not word[0].islower() or reading.lower in BODY_WORDS:
                owner = ""
            if word.endswith(("'s", "’s", "'", "’")) and reading.lower.rstrip("'’s") not in NO_OWNERS:
                owner, owned = head, modifiers
        if head:
            names.add((head, modifiers))
    return frozenset(names)


def is_qualifying_opener(word: str) -> bool:
    """Return whether a word opening a part of an attribution set off by commas makes the part qualify the name
    before it: a relative word or preposition ("which", "in a statement"), a participle ("speaking", "formed").

    >>> is_qualifying_opener("which"), is_qualifying_opener("speaking"), is_qualifying_opener("the")
    (True, True, False)
    """
    lower = word.lower()
    return word[0].islower() and (lower in QUALIFYING_WORDS or lower.endswith(("ing", "ed")))


# Asked of both claims of nearly every pair scored: each attribution is read once.
@functools.lru_cache(maxsize=1 << 14)
def is_named(source: str) -> bool:
    """Return whether an attribution names a source ("the rights group said"), not only a count ("according to figures").

    >>> is_named("the rights group said"), is_named("according to figures"), is_named("")
    (True, False, False)
    """
    return bool(source) and not source_words(source) <= UNNAMED_SOURCES


@functools.lru_cache(maxsize=1 << 12)
def source_words(source: str) -> frozenset[str]:
    """Return the content words of an attribution, its verbs of saying aside."""
    return frozenset(content_stems(source)) - SAYING_STEMS


def is_scope_compatible(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims may count one thing in one scope: events, places and editors' lessons agree.

    A running total and another event (the dead and the missing), the scopes the numbers'
    clauses name (a town, a region, a country: "in the capital" against "across the
    country"), people of two nationalities, and terms editors split apart are different quantities. Place names alone
    do not part claims: an article's dateline, an outlet's name or a person read as a place
    would part what is one quantity.
    """
    if a.event and b.event and a.event != b.event:
        return False
    if are_nationalities_apart(a, b) or are_places_apart(a, b):
        return False
    return not ((b.head and b.head in a.apart) or (b.event and b.event in a.apart))


def are_nationalities_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims count people of two nationalities ("1,800 Eritreans", "1,800 Afghans"): other people,
    however alike the stories printed about them. "North Koreans" and "Koreans" may be one.
    """
    if not (a.nationality and b.nationality):
        return False
    first, second = set(a.nationality.split()), set(b.nationality.split())
    return not (first <= second or second <= first)


def are_places_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims are set in other places: scopes of two levels, or one article's two named places.

    One article's "110 in Sfax" and "340 in Tunis": the places its clauses name part its counts. The places the
    context lists do not: they are the places named near a number ("sent back from China" and "to North Korea"),
    not where what it counts is.
    """
    return is_place_apart(a, b) or (a.document_id == b.document_id and is_named_apart(a, b))


def is_place_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims' clauses set them in scopes of two levels ("in the capital", "nationwide")."""
    if a.level and b.level and a.level != b.level:
        # A country's part by its compass point ("in the south") holds its regions and towns: apart only from the whole.
        return "country" in (a.level, b.level) or COMPASS_PART not in (a.level, b.level)
    # "312,000 nationwide" and "48,000 in Paris": a country and a place in it.
    return (a.level == "country" and bool(b.scope) and not b.level) or (
        b.level == "country" and bool(a.scope) and not a.level
    )


def in_reading_order(a: SuggestionInput, b: SuggestionInput) -> tuple[SuggestionInput, SuggestionInput]:
    """Return two claims of one text, the one told first first (a tie keeps their order, as ``sorted`` would)."""
    return (a, b) if a.span[0] <= b.span[0] else (b, a)


def is_named_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims' clauses name two other places ("in Sfax", "in Tunis").

    A level named after a place is not: "in the capital" is often the place the article named ("In Paris, 27 were
    arrested", then "30 detained in the capital"). A place named after a level that the level's context does not
    name is another place ("In the capital, 500,000 marched", then "in Córdoba, where 120,000 marched").
    """
    if a.scope and b.scope:
        return not a.scope & b.scope
    earlier, later = in_reading_order(a, b)
    if not (earlier.level and not earlier.scope and later.scope and not later.level):
        return False
    return not share_a_place(earlier.places, later.scope)


def is_scoped_apart(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether the later of two claims of one article names a place the earlier does not ("340 arrested", then
    "118 detained in Sfax"), neither naming only a level ("in the capital").

    A later count that names no place is read in the place the article set ("14 killed in the Artibonite", then "at
    least 30 killed, an aid group said").
    """
    if a.level or b.level:
        return False
    earlier, later = in_reading_order(a, b)
    if not later.scope or later.scope == earlier.scope:
        return False
    # A place the earlier count's context names is no other place ("23 killed", about the Artibonite, then "in the
    # Artibonite, the aid group said 67").
    return not share_a_place(earlier.places, later.scope)


def share_a_place(first: Iterable[str], second: Iterable[str]) -> bool:
    """Return whether two lists of places (lower case) name one place, one name holding all the other's words.

    >>> share_a_place({"artibonite department"}, {"artibonite"}), share_a_place({"sfax"}, {"tunis"})
    (True, False)
    """
    return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in first for y in second)


def is_rival_count(a: SuggestionInput, b: SuggestionInput, subjects: Callable[[], float]) -> bool:
    """Return whether two claims may be rival counts of one quantity, however far apart their values.

    Rival counts are counts by rival counters: each comes from a source of its own. Their
    subjects agree (``SAME_SUBJECT``) and each names a source, not the same as the other's;
    without subjects, they name one event and one counted thing (or none), each from
    a source of its own ("organisers said 120,000 marched; police counted 35,000": in one
    sentence, one of them naming the event is enough). Two unattributed numbers far apart
    ("17 countries" and "63 countries") are two quantities, not a conflict. ``subjects`` returns the similarity of
    their subjects (``subject_similarity``), asked only of two claims that both name a subject, each from a source of
    its own: most pairs asked are two numbers of one article that are not.
    """
    if is_bound_against_count(a, b):
        return False
    if a.document_id == b.document_id and a.sentence != b.sentence and is_scoped_apart(a, b):
        # One article's "340 arrested" and, later, "118 detained in Sfax": a count it scopes apart is no rival.
        return False
    one_sentence = a.document_id == b.document_id and a.sentence == b.sentence
    if one_sentence and is_named(a.source) and is_named(b.source):
        if a.event and a.event == b.event:
            # "The ministry listed 19 as missing, but the Red Crescent said about 40 were unaccounted for": one
            # event, two sources, one sentence.
            return a.source != b.source
        if a.source != b.source and (not (a.subject or a.event) or not (b.subject or b.event)):
            # "The company says the tank held 18 tonnes; district officials had said about 25 tonnes", "the CGT
            # claimed 3.5 million and the ministry counted 1.28 million": a named source's count that says nothing
            # of what it counts sets itself against the other's.
            return True
    if a.subject and b.subject:
        return bool(a.source and b.source) and a.source != b.source and subjects() >= SAME_SUBJECT
    if not (a.head == b.head and a.source and b.source and a.source != b.source):
        return False
    if one_sentence:
        # One sentence names the event once ("... marched; police counted 35,000"): one naming it is enough.
        return bool(a.event or b.event) and (not a.event or not b.event or a.event == b.event)
    return bool(a.event and a.event == b.event)


def is_kind_shared(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two other sources' counts (``is_other_source``) share the kind they count however each words it:
    one unit, one event or none, neither a part, and one that says nothing of what it counts, or one that counts
    generic "people" against one that names only its counted noun ("the central bank said 7,400 people put money in",
    "the savers' association counts more than 40,000 investors"; not "police officers guarding the march" against
    "people joining it"). Asked of counts ``MAX_MAGNITUDE_RATIO`` apart or more: the two counters set their counts
    against each other, however far apart, as rival counts; closer counts are left to the pair model.

    A volume (``VOLUME``) is estimated, not counted: two sides' estimates of one volume in litres or barrels are rival
    estimates however each words what flowed ("released up to 2 million litres" against "discharged about 14 million
    litres"), or says nothing of it.
    """
    if not (a.unit and a.unit == b.unit and a.event == b.event) or a.part or b.part:
        return False
    if conflicts.unit_dimension(a.unit) != VOLUME and not _are_subjects_of_one_kind(a, b):
        return False
    return a.nationality == b.nationality and is_other_source(a, b)


def _are_subjects_of_one_kind(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether one of two subjects is missing, or one counts generic "people" against the other's noun alone."""
    if not (a.subject and b.subject):
        return bool(a.subject or b.subject)
    return _is_people_against_noun(a, b) or _is_people_against_noun(b, a)


def _is_people_against_noun(people: SuggestionInput, noun: SuggestionInput) -> bool:
    """Return whether one subject counts generic "people" (with its verb) and the other names only its counted noun."""
    return not GENERIC_STEMS.isdisjoint(people.subject) and len(noun.subject) == 1


def is_bound_against_count(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether one claim is what a thing can hold or is allowed and the other is not ("the 60 km/h limit"
    against "he was doing 75"): no side's count of the other's quantity, whoever gives each.
    """
    return (a.event == CAPACITY) != (b.event == CAPACITY)


@dataclasses.dataclass(frozen=True)
class PairScore:
    score: float
    shared: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 16)
def value_intervals(
    value: conflicts.Value,
) -> tuple[conflicts.Interval, conflicts.Interval, frozenset[Decimal], Fraction | None]:
    """Return a value's stated interval, its widened interval (against no other value), its anchor numbers and its
    telling point (``telling_point``)."""
    base = conflicts.base_interval(value)
    return base, conflicts.widened_interval(value), anchor_numbers(value), telling_point(base)


# What ``Prepared`` reads of a value: ``value_intervals``, whether it is a duration, its stated interval's ends,
# whether it is distinctive (``features.is_distinctive``), its unit's dimension and classes (``conflicts.unit_classes``).
ValueTraits = tuple[
    conflicts.Interval,
    conflicts.Interval,
    frozenset[Decimal],
    Fraction | None,
    bool,
    frozenset[Fraction],
    bool,
    str,
    tuple[str, ...],
]


@functools.lru_cache(maxsize=1 << 16)
def value_traits(value: conflicts.Value) -> ValueTraits:
    """Return what a prepared claim reads of its value (``ValueTraits``), computed once per value: most values
    recur across a run's claims."""
    base, widened, anchors, point = value_intervals(value)
    return (
        base,
        widened,
        anchors,
        point,
        conflicts.normalize_unit(value.unit) in conflicts.DURATION_UNITS,
        frozenset(end for end in (base.low, base.high) if end is not None),
        is_distinctive(value),
        conflicts.unit_dimension(value.unit),
        conflicts.unit_classes(value.unit),
    )


def value_point(value: conflicts.Value) -> Fraction | None:
    """Return the telling point of a value's stated interval (``telling_point``), computed once per value."""
    return value_intervals(value)[3]


class Prepared:
    """A claim ready to be scored many times: its weighted word vector, norm, intervals and telling point computed once."""

    __slots__ = (
        "anchors",
        "base",
        "base_ends",
        "classes",
        "dimension",
        "distinctive",
        "is_duration",
        "item",
        "named",
        "near",
        "norm",
        "point",
        "ratios",
        "rival_readings",
        "source_words",
        "subject",
        "subject_norm",
        "vector",
        "widened",
    )

    def __init__(self, item: SuggestionInput, idf: Mapping[str, float]) -> None:
        self.item = item
        # What its value alone decides, read once per value (``value_traits``).
        (
            self.base,
            self.widened,
            self.anchors,
            self.point,
            self.is_duration,
            self.base_ends,
            self.distinctive,
            self.dimension,
            self.classes,
        ) = value_traits(item.value)
        self.vector = {word: weight * idf.get(word, 1.0) for word, weight in item.words.items()}
        self.norm = math.sqrt(sum(v * v for v in self.vector.values()))
        self.near = {word for word, weight in item.words.items() if weight > 1}
        # ``prepared_ratio`` against each claim this one was compared with: the rules and the features both ask.
        self.ratios: dict[Prepared, Fraction] = {}
        self.subject = {word: idf.get(word, 1.0) for word in item.subject}
        self.subject_norm = math.sqrt(sum(v * v for v in self.subject.values()))
        # What every pair asks of the claim's value and source (``pair_features``), read once.
        self.named = is_named(item.source)
        self.source_words = source_words(item.source) if self.named else frozenset()
        # ``rival_reading`` of the claim, by whether its clause's counter comes first: read once, when first asked.
        self.rival_readings: dict[bool, SuggestionInput] = {}


def subject_similarity(a: Prepared, b: Prepared) -> float:
    """Return the cosine of two claims' subjects (rare words weigh more); 0 when one has none."""
    norm = a.subject_norm * b.subject_norm
    if not norm:
        return 0.0
    words = sum(a.subject[word] * b.subject[word] for word in a.subject.keys() & b.subject.keys()) / norm
    if is_one_event_read(a.item, b.item):
        # One event of one kind of thing ("people killed", "the toll"): one thing counted, however worded.
        return max(words, SAME_SUBJECT)
    return words


def is_one_event_read(x: SuggestionInput, y: SuggestionInput) -> bool:
    """Return whether both claims' own context names one event ("took part", "the crowd") of compatible things."""
    return (
        bool(x.event) and x.event == y.event and x.event_read and y.event_read and are_nouns_compatible(x.head, y.head)
    )


def bound_ratio(a: conflicts.Interval, b: conflicts.Interval) -> Fraction:
    """Return how far apart two bounds open on the same side are ("at least 12" against "more than 1,000"); else 1.

    Two such intervals always overlap, but a floor of 12 and a floor of 1,000 are not one number.

    >>> I = conflicts.Interval
    >>> bound_ratio(I(Fraction(12), None), I(Fraction(1000), None))
    Fraction(250, 3)
    >>> bound_ratio(I(None, Fraction(5)), I(Fraction(1), Fraction(5)))
    Fraction(1, 1)
    """
    ends = bound_ends(a, b)
    return ONE if ends is None else Fraction(*ends_ratio(*ends))


def bound_ends(a: conflicts.Interval, b: conflicts.Interval) -> tuple[Fraction, Fraction] | None:
    """Return two intervals' bounds open on the same side (two floors, two ceilings), or None."""
    if a.high is None and b.high is None and a.low is not None and b.low is not None:
        return a.low, b.low
    if a.low is None and b.low is None and a.high is not None and b.high is not None:
        return a.high, b.high
    return None


def point_ratio(a: conflicts.Interval, b: conflicts.Interval) -> Fraction:
    """Return how far apart two values' telling points are: an open interval's bound, a closed one's middle.

    "At least 4" and "around 8,000" overlap, but a floor of 4 does not report 8,000.

    >>> I = conflicts.Interval
    >>> point_ratio(I(Fraction(4), None), I(Fraction(8000), Fraction(8000)))
    Fraction(2000, 1)
    >>> point_ratio(I(None, Fraction(10)), I(Fraction(8), None))
    Fraction(5, 4)
    """
    return points_ratio(telling_point(a), telling_point(b))


def points_ratio(first: Fraction | None, second: Fraction | None) -> Fraction:
    """Return how far apart two telling points are (1 when one is unbounded)."""
    if first is None or second is None:
        return ONE
    return Fraction(*ends_ratio(first, second))


def telling_point(interval: conflicts.Interval) -> Fraction | None:
    """Return an interval's telling point: an open interval's bound, a closed one's middle (None when unbounded)."""
    ends = [end for end in (interval.low, interval.high) if end is not None]
    return sum(ends, Fraction(0)) / len(ends) if ends else None


def is_far_apart_only(a: Prepared, b: Prepared) -> bool:
    """Return whether two claims of two articles are ruled out only by how far apart their values are.

    Allowed that distance, as rival counts are, they would score: "about 150,000" in one article and "25,000"
    in another, each the count of one side, are one quantity in conflict once a figure holds both.
    """
    x, y = a.item, b.item
    if x.document_id == y.document_id or not (is_named(x.source) and is_named(y.source)) or x.source == y.source:
        return False
    ratio = prepared_ratio(a, b)
    return MAX_MAGNITUDE_RATIO <= ratio < MAX_RIVAL_RATIO and not isinstance(rival_or_ruled_out(a, b, rival=True), str)


def prepared_ratio(a: Prepared, b: Prepared) -> Fraction:
    """Return ``magnitude_ratio`` of two prepared claims (only durations widen against each other), computed once."""
    known = a.ratios.get(b)
    if known is None:
        known = a.ratios[b] = b.ratios[a] = computed_ratio(a, b)
    return known


def are_values_apart(a: Prepared, b: Prepared) -> bool:
    """Return whether ``prepared_ratio`` of two prepared claims is above 1, as every pair of one article asks.

    Most pairs of one article's numbers leave a gap between their widened intervals: their ratio is then above 1
    whatever ``computed_ratio`` returns (the gap's ratio, or a larger one of their points or bounds), and it is not
    computed here. Durations widen against each other (``magnitude_ratio``): their ratio is computed.
    """
    if not (a.is_duration and b.is_duration) and gap_ends(a.widened, b.widened) is not None:
        return True
    ratio = prepared_ratio(a, b)
    return ratio.numerator > ratio.denominator  # above 1, in whole numbers


def computed_ratio(a: Prepared, b: Prepared) -> Fraction:
    """Return ``prepared_ratio`` of two prepared claims, computed: ``bound_ratio``, ``points_ratio`` and
    ``intervals_ratio`` of their intervals, in whole numbers (each fraction's numerator and denominator) until the
    ratio is returned, as every pair blocking finds asks for it.
    """
    ends = bound_ends(a.base, b.base)
    bounds = (1, 1) if ends is None else ends_ratio(*ends)
    points = (1, 1) if a.point is None or b.point is None else ends_ratio(a.point, b.point)
    # The larger of the two (``max``), compared crosswise: denominators are positive.
    opened = points if points[0] * bounds[1] > bounds[0] * points[1] else bounds
    if opened[0] >= MAX_MAGNITUDE_RATIO * opened[1] or (
        opened[0] > opened[1] and bounds[0] * opened[1] == opened[0] * bounds[1]
    ):
        return Fraction(*opened)
    if a.is_duration and b.is_duration:
        return magnitude_ratio(a.item.value, b.item.value)
    return intervals_ratio(a.widened, b.widened)


# A ratio of 1 (two values that overlap, or an end unbounded), made once.
ONE = Fraction(1)
# The ratio of two ends on either side of zero, or one at zero: as far apart as any two values.
FAR_APART = 10**9


def ends_ratio(first: Fraction, second: Fraction) -> tuple[int, int]:
    """Return the larger of two ends over the smaller, as a numerator and a positive denominator: whole numbers, as
    every pair blocking finds asks (``points_ratio``, ``bound_ratio``, ``intervals_ratio``)."""
    small, large = (second, first) if conflicts.is_below(second, first) else (first, second)
    if small.numerator <= 0:
        return (1, 1) if small == large else (FAR_APART, 1)
    return large.numerator * small.denominator, large.denominator * small.numerator


def prepared_score(a: Prepared, b: Prepared) -> float:
    """Return ``score_pair(...).score`` for two prepared claims: 0 when ``judge_pair`` rules them out, else the pair
    model's probability (``pair_model``) that they report one quantity, at least its ``repeated_floor`` for a pair
    that prints one distinctive number again.
    """
    features = judge_pair(a, b)
    return 0.0 if features is None else judged_score(features, pair_model.active().probability(features))


def judged_score(features: Mapping[str, float], probability: float) -> float:
    """Return the score of a pair ``judge_pair`` judged, given the pair model's ``probability`` over its ``features``:
    that probability, at least the model's ``repeated_floor`` for a pair that prints one distinctive number again.
    """
    floor = pair_model.active().repeated_floor
    if floor is not None and any(features[name] for name in pair_model.REPEATED):
        # One number printed again (or corrected) is one quantity, whatever else a later pair of its group says.
        return max(floor, probability)
    return probability


def judge_pair(a: Prepared, b: Prepared) -> dict[str, float] | None:
    """Return two claims' ``pair_features``, or None when a rule rules the pair out (``pair_verdict`` names it)."""
    verdict = pair_verdict(a, b)
    return None if isinstance(verdict, str) else verdict


def pair_verdict(a: Prepared, b: Prepared) -> dict[str, float] | str:
    """Return two claims' ``pair_features``, or the name of the first rule that rules the pair out (CLAIMS.md: units,
    time, scope, story, a bound against a count, two numbers of one sentence, magnitude), cheapest rules first.

    A pair that prints one distinctive number again (in one article, a correction, or one source's number in another
    outlet) is judged even where the rules of ``rival_or_ruled_out`` would part it: the number says more (the model
    weighs how much: ``repeated_in_document``, ``repeated_by_source``, ``correction``). The names are read by
    ``bench/hard_misses.py`` and ``bench/hard_pairs.py``.
    """
    x, y = a.item, b.item
    if conflicts.are_classes_apart(a.classes, b.classes):
        # Neither unit stands for the other nor is a kind of it.
        return "units"
    if not x.value.unit:
        return "no unit"
    if x.document_id == y.document_id:
        if x.sentence == y.sentence:
            if is_correction(x, y):
                # A correction in the same breath ("78, not 79 as reported") is one quantity, in conflict.
                return pair_features(a, b, rival=True, repeated="correction")
            # Two numbers of one sentence are one quantity only as rival counts ("organisers said ...; police ...").
            return named_rule("one sentence: ", judged_as_rivals(a, b))
        if is_repeated_value(a, b) and is_time_compatible(x, y) and is_scope_compatible(x, y):
            # One article naming one distinctive number twice (a headline or summary, then the body).
            return pair_features(a, b, rival=False, repeated="in_document")
        if are_values_apart(a, b):
            # One article rarely states one quantity twice with values that cannot both hold ("experts from 17
            # countries" and, later, "activists from 63 countries"): two quantities, unless rival counts.
            return named_rule("one article, values apart: ", judged_as_rivals(a, b))
    if is_repeated_by_source(a, b):
        # Another outlet printing one source's distinctive number again ("€40 million, the smallholders said").
        return pair_features(a, b, rival=False, repeated="by_source")
    return judged_by_rules(a, b)


def named_rule(where: str, verdict: dict[str, float] | str) -> dict[str, float] | str:
    """Return ``verdict``, a rule's name prefixed with where it applied."""
    return where + verdict if isinstance(verdict, str) else verdict


# The source of a vague count no one is named for in its article: the writer's own estimate (``judged_as_rivals``).
WRITER = "the writer"


def judged_as_rivals(a: Prepared, b: Prepared) -> dict[str, float] | str:
    """Return the ``pair_features`` of two numbers of one article that are one quantity only as rival counts (two
    sources, ``is_rival_count``) and no rule parts, or why they are not."""
    x, y = a.item, b.item
    # One number set against the other ("On Friday it was 2,600 against about 7,000"): rival counts, whoever gives each.
    against = is_set_against(x, y)
    # The sentence's attribution was read for both numbers; a clause names its own counter, set against the other's.
    counters_apart = are_counters_apart(x, y)
    x, y = rival_reading(a, counters_apart), rival_reading(b, counters_apart)
    if not (x.source and y.source and x.source != y.source) and not against:
        return "not two sources"
    # Told side by side: by the sources read, not by a counter named where none was read (the lists of one side's
    # counts of several days, "The CGT's went from 45,000 to 52,000", beside the other side's). Asked only here: most
    # pairs have no two sources.
    side_by_side = are_told_side_by_side(a.item, b.item)
    if against or side_by_side or is_rival_count(x, y, functools.partial(subject_similarity, a, b)):
        return judged_by_rules(a, b, rival=True, side_by_side=side_by_side)
    if is_kind_shared(x, y) and prepared_ratio(a, b) >= MAX_MAGNITUDE_RATIO:
        # Two counters' counts of one kind, far apart: the gap is the news, not two quantities.
        return judged_by_rules(a, b, rival=True)
    two_sources = classify_two_sources_counts(x, y, functools.partial(prepared_ratio, a, b))
    if not two_sources:
        return "not rival counts"
    # Rival counts of one sentence; two sources' counts told a few lines apart are left to the pair model.
    return judged_by_rules(a, b, rival=two_sources == "one sentence")


def classify_two_sources_counts(a: SuggestionInput, b: SuggestionInput, ratio: Callable[[], Fraction]) -> str:
    """Return where two numbers of one article, each from a named source the other's shares no word with, may count
    one thing however each words it ("one sentence", "near"), or "".

    One sentence that gives two sources' numbers of one kind of thing, for one event or none, within
    ``NAMED_RIVAL_RATIO`` of each other, sets them against each other ("Hospitals said they had treated 34 people by
    Thursday, while the fire service's list held 28"): rival counts, whatever each clause says it counts. Two such
    numbers a few lines apart (``NEAR_RIVAL_REACH``), within ``NEAR_RIVAL_RATIO``, are one quantity as often as not
    when nothing else parts them: not ruled out, weighed by the pair model. Not a part and its whole ("64 of its
    members") nor two events ("34 injured", "12 killed"). ``ratio`` returns their ``magnitude_ratio``, asked only of
    numbers of one sentence or a few lines apart: most pairs are neither.

    >>> from claims.suggestions.features import describe_claim
    >>> text = "Clinics said they had treated 34 people, while the coastguard's list held 28."
    >>> def told(value, source):
    ...     at = text.index(str(value))
    ...     item = describe_claim(1, 1, text, at, at + 2, conflicts.Value.of(value, value, unit="person"))
    ...     return dataclasses.replace(item, source=source)
    >>> clinics, coastguard = told(34, "clinics said"), told(28, "the coastguard's list")
    >>> ratio = functools.partial(Fraction, 34, 28)
    >>> classify_two_sources_counts(clinics, coastguard, ratio)
    'one sentence'
    >>> classify_two_sources_counts(clinics, dataclasses.replace(coastguard, source="the clinics added"), ratio)
    ''
    """
    if a.sentence == b.sentence:
        where = "one sentence" if ratio() < NAMED_RIVAL_RATIO else ""
    else:
        where = "near" if abs(a.span[0] - b.span[0]) <= NEAR_RIVAL_REACH and ratio() < NEAR_RIVAL_RATIO else ""
    # Where and how far apart first: they are read from the numbers alone.
    if not where or not is_other_source(a, b) or a.part or b.part or not are_counted_alike(a, b):
        return ""
    if a.event and b.event and a.event != b.event:
        return ""
    return where


def rival_reading(claim: Prepared, counter_first: bool) -> SuggestionInput:
    """Return a claim as ``judged_as_rivals`` reads its source, read once per claim and way: its clause's counter first
    when ``counter_first`` (``own_source``), else the attribution read for it and, where none was, its clause's counter
    ("The CGT's went from 45,000"); no one's vague count ("Tens of thousands marched") is the writer's own estimate
    (``WRITER``), set against a named source's count ("organisers said 150,000").
    """
    found = claim.rival_readings.get(counter_first)
    if found is None:
        item = claim.item
        source = own_source(item) if counter_first else item.source or item.counter
        if not source and item.value.qualifier == "vague":
            source = WRITER
        found = item if source == item.source else dataclasses.replace(item, source=source)
        claim.rival_readings[counter_first] = found
    return found


def is_set_against(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether one of two numbers of one sentence is set against the other, told right before it ("2,600
    against about 7,000", "eight dead against the association's 13"; ``SuggestionInput.against``).
    """
    if a.document_id != b.document_id or a.sentence != b.sentence:
        return False
    earlier, later = in_reading_order(a, b)
    return later.against is not None and later.against[0] < earlier.span[1] <= later.against[1]


def are_told_side_by_side(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two numbers of one article are told side by side as rival counts: each in its own sentence, one
    sentence right after the other in a paragraph, each from a source of its own that shares no word with the other's,
    of one dimension (kilometres and miles), counted nouns that may be one, neither told as a part of a count ("The
    operator said 21 workers were missing. The union said 64 of its members were."; not "..., among them 23
    children"). However each source words what it counts, the article sets the two against each other; the rules of
    ``rival_or_ruled_out`` (times, scopes, events apart) still part them.

    >>> from claims.suggestions.features import describe_claim
    >>> text = "The operator said 21 were missing. The union said 64 had not been found. Rain fell. Police said 90."
    >>> def claim(start, end, value, source):
    ...     item = describe_claim(1, 1, text, start, end, conflicts.Value.of(value, value, unit="person"))
    ...     return dataclasses.replace(item, source=source)
    >>> operator, union = claim(18, 20, 21, "the operator said"), claim(50, 52, 64, "the union said")
    >>> are_told_side_by_side(operator, union), are_told_side_by_side(union, claim(96, 98, 90, "police said"))
    (True, False)
    """
    if a.document_id != b.document_id or a.part or b.part:
        return False
    # The sentences' places first, read from the two claims alone: most pairs of one article are not side by side.
    earlier, later = in_reading_order(a, b)
    if later.follows != earlier.sentence[0] or not are_dimensions_alike(a, b):
        return False
    # A head that names an event ("14 missing", "nine killed") says what happened, not what is counted: the rules of
    # events judge it.
    heads = ("" if BUILT_IN.event_of(item.head) else item.head for item in (a, b))
    if not (are_nouns_compatible(*heads) or conflicts.is_kind_against_class(a.unit, b.unit)):
        return False
    return is_other_source(a, b)


def judged_by_rules(
    a: Prepared, b: Prepared, *, rival: bool = False, side_by_side: bool = False
) -> dict[str, float] | str:
    """Return two claims' ``pair_features``, or the rule of ``rival_or_ruled_out`` that rules them out."""
    found = rival_or_ruled_out(a, b, rival=rival)
    return found if isinstance(found, str) else pair_features(a, b, rival=found, side_by_side=side_by_side)


def is_repeated_by_source(a: Prepared, b: Prepared) -> bool:
    """Return whether two articles print one distinctive number ("€40 million", "about €40m") from one named source or
    in one story (``features.story_names``), nothing setting them apart.
    """
    x, y = a.item, b.item
    qualifiers = {x.value.qualifier, y.value.qualifier}
    if a.anchors != b.anchors or not a.distinctive or "vague" in qualifiers:
        return False
    if qualifiers == {"at_least", "at_most"}:
        return False
    one_source = is_one_source(x, y)
    # In one story, one number may count two things ("about 40,000" fans, a stadium of 40,000): unless one source
    # gives it, the things counted must not differ.
    in_story = x.story & y.story and are_nouns_compatible(x.head, y.head) and x.numbers
    if not (one_source or in_story):
        return False
    return is_time_compatible(x, y) and is_scope_compatible(x, y) and not is_other_story(x, y)


def is_repeated_value(a: Prepared, b: Prepared) -> bool:
    """Return whether two claims state one distinctive number on one scale (neither vague, not opposite bounds)."""
    x, y = a.item.value, b.item.value
    if not (a.distinctive and b.distinctive) or a.base_ends != b.base_ends:
        return False
    return {x.qualifier, y.qualifier} != {"at_least", "at_most"}


def rival_or_ruled_out(a: Prepared, b: Prepared, *, rival: bool = False) -> bool | str:
    """Return the name of the rule that rules two claims of one dimension out, else whether they are rival counts.

    Ruled out: no word in common, times or scopes apart, other stories, a bound against a count, counted nouns
    apart (where either says nothing of what it counts), or values ``MAX_MAGNITUDE_RATIO`` apart unless rival counts
    (``MAX_RIVAL_RATIO`` at most). ``rival``: the two are rival counts of one sentence.
    """
    x, y = a.item, b.item
    # Claims whose contexts name one event share its word (``make_input``): the event meets them.
    if a.vector.keys().isdisjoint(b.vector.keys()):
        return "no word in common"
    if not is_time_compatible(x, y):
        return "times apart"
    if not is_scope_compatible(x, y):
        return "scopes apart"
    if is_other_story(x, y):
        return "other story"
    if is_bound_against_count(x, y):
        # What a thing was allowed or can hold ("approval for five floors") is no count of what it was ("the building
        # had 11 floors"), however alike the sentences.
        return "bound against count"
    # Where both say what they count, their subjects decide; the words after a number may be no noun at all.
    if not (x.subject and y.subject) and not are_nouns_compatible(x.head, y.head):
        return "counted nouns apart"
    ratio = prepared_ratio(a, b)
    if ratio >= MAX_MAGNITUDE_RATIO:
        if ratio >= MAX_RIVAL_RATIO:
            return "values past the rival ratio"
        if not (rival or is_rival_count(x, y, functools.partial(subject_similarity, a, b)) or is_kind_shared(x, y)):
            return "values apart, not rival counts"
        return True
    return rival


def pair_features(
    a: Prepared, b: Prepared, *, rival: bool, side_by_side: bool = False, repeated: str = ""
) -> dict[str, float]:
    """Return what the pair model reads of two claims (``pair_model.FEATURES``), each between 0 and 1 or so.

    ``rival``: rival counts (``rival_or_ruled_out``); ``side_by_side``: rival counts one article tells in sentences
    side by side (``are_told_side_by_side``), read as their own input (not ``rival``) so that the model weighs them
    apart from rival counts of one sentence; ``repeated``: how the pair prints one number again ("in_document",
    "by_source", "correction"), else "".
    """
    x, y = a.item, b.item
    shared = a.vector.keys() & b.vector.keys()
    norm = a.norm * b.norm
    text = sum(a.vector[word] * b.vector[word] for word in shared) / norm if norm else 0.0
    with_subjects = bool(x.subject and y.subject)
    subjects = subject_similarity(a, b) if with_subjects else 0.0
    ratio = prepared_ratio(a, b)
    qualifiers = {x.value.qualifier, y.value.qualifier}
    # ``is_one_source`` and ``is_other_source`` of the two, from what each prepared claim read once.
    both_named = a.named and b.named
    other_source = both_named and a.source_words.isdisjoint(b.source_words)
    same_document = x.document_id == y.document_id
    overlap = a.base.overlaps(b.base)
    # One source giving two numbers on one day that do not overlap, neither correcting the other: counts of two
    # things, where one source's one number printed again is the usual case of ``one_source``.
    source_apart = (
        both_named and not other_source and x.published == y.published and not overlap and repeated != "correction"
    )
    days = abs((x.published - y.published).days) if x.published and y.published else 0
    # Periods apart (allowed where neither's text states it, ``is_time_compatible``); a claim with no period is neutral.
    periods_apart = x.period and y.period and (x.period[1] < y.period[0] or y.period[1] < x.period[0])
    # Something specific in common: subjects that agree, one counted noun, one event of compatible things, or a
    # word next to the number ("two people killed" and "two people injured" have none).
    specific = (
        (subjects >= SAME_SUBJECT)
        if with_subjects
        else (bool(x.head) and x.head == y.head)
        or (bool(x.event) and x.event == y.event and are_nouns_compatible(x.head, y.head))
    ) or bool((a.near & b.near) - GENERIC_NOUNS)
    return {
        "text": text,
        "nothing_specific": float(not specific),
        "subjects": subjects,
        "with_subjects": float(with_subjects),
        "same_subject": float(with_subjects and subjects >= SAME_SUBJECT),
        "same_head": float(bool(x.head) and x.head == y.head),
        "generic_head": float(not x.head or not y.head),
        "one_event": float(bool(x.event) and x.event == y.event),
        "near_shared": float(bool((a.near & b.near) - GENERIC_NOUNS)),
        "same_numbers": float("vague" not in qualifiers and a.base_ends == b.base_ends),
        "overlap": float(overlap),
        "log_ratio": min(math.log(float(ratio)), math.log(MAX_RIVAL_RATIO)) / math.log(MAX_RIVAL_RATIO),
        "exact_apart": float(qualifiers == {"exact"} and a.base_ends != b.base_ends),
        "vague": float("vague" in qualifiers),
        "distinctive": float(a.distinctive and b.distinctive),
        "same_document": float(same_document),
        "rival": float(rival and not side_by_side),
        "side_by_side": float(side_by_side),
        "one_source": float(both_named and not other_source),
        "source_apart": float(source_apart),
        "other_source": float(other_source),
        "one_attributed": float(a.named != b.named),
        "same_day": float(bool(x.day) and x.day == y.day),
        "periods_apart": float(bool(periods_apart)),
        "days_apart": min(math.log1p(days), math.log1p(MAX_DAYS_APART)) / math.log1p(MAX_DAYS_APART),
        "one_story": float(bool(x.story & y.story)),
        "scope_shared": float(bool(x.scope & y.scope)),
        "repeated_in_document": float(repeated == "in_document"),
        "repeated_by_source": float(repeated == "by_source"),
        "correction": float(repeated == "correction"),
        "units_apart": float(a.dimension != b.dimension),
    }


def shared_words(a: SuggestionInput, b: SuggestionInput, idf: Mapping[str, float]) -> tuple[str, ...]:
    """Return the (at most five) most telling words two claims' sentences share."""
    shared = set(a.words) & set(b.words)
    top = sorted(shared, key=lambda word: (-(a.words[word] * b.words[word] * idf.get(word, 1.0) ** 2), word))
    return tuple(top[:5])


def score_pair(a: SuggestionInput, b: SuggestionInput, idf: Mapping[str, float]) -> PairScore:
    """Return how likely two claims report one quantity (0 when a rule rules it out) and the shared words.

    The score is the pair model's (``pair_model``) over ``pair_features``: the similarity of
    the two sentences (rare words weigh more, words next to the number double) and of their
    subjects, agreement of counted nouns, events, values, sources and times, learned from
    the figures sets' gold.
    """
    score = prepared_score(Prepared(a, idf), Prepared(b, idf))
    if score <= 0:
        return PairScore(0.0, ())
    return PairScore(score, shared_words(a, b, idf))
