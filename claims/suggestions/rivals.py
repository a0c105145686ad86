"""Rival counts told side by side: two groups of claims that outlets keep printing next to each other.

Pure; no Django. Organisers' and police's counts of one march, a union's and a ministry's share of
workers on strike, an insurer's and the hackers' number of people whose data was taken: each is
printed again and again by outlet after outlet, and each outlet sets it beside the other side's
count ("The front said 90 percent had stayed at home. The government put adherence at 38 percent.").
The two sentences may share no word, and the two values may lie far apart, so no pair score finds
them; what tells them is that several articles print both, a few lines apart, each from a named
source of its own. ``told_as_rivals`` finds such pairs inside one article; ``grouping.Linkage``
merges two groups, each already reported by two or more articles, that two or more articles tell
side by side, one side's number printed again (a side's own count, not a count of each day). One
article is enough when another prints one side's source's number again in the other group
(``echoes``): that article's count was put with the other side before the groups were compared.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal

from claims import conflicts
from claims.suggestions.features import SuggestionInput, anchor_numbers
from claims.suggestions.scoring import (
    are_counted_alike,
    are_counters_apart,
    are_dimensions_alike,
    are_places_apart,
    is_bound_against_count,
    is_correction,
    is_named,
    is_one_source,
    is_other_story,
    is_scope_compatible,
    is_time_compatible,
    magnitude_ratio,
    point_ratio,
    source_words,
)
from claims.suggestions.terms import BUILT_IN

# Two claims of one article whose numbers are at most this many characters apart are told side by side.
SIDE_BY_SIDE = 300

# Rival counts told a few lines apart lie at most this far apart: beyond it they are more often two quantities of one
# story (the 2,260 held in a prison and the 118 who escaped from it).
TOLD_RATIO = 10

# Two groups that this many articles tell side by side, each from its own source, are rival counts of one quantity.
RIVAL_ARTICLES = 2

# Two groups told side by side are joined only when the scores between them, summed, reach this share of the pairs the
# join makes (``grouping.Linkage.join_rivals``): rival counts of one quantity share words pair by pair (the march, the
# crowd), while two quantities of one story (the survivors and those aboard, the crossings of one week and the arrivals
# of the year) share almost none, and a join of two large groups makes many pairs, so it needs that much more to carry
# it (chosen by ``bench/train_pairs.py --loso`` and ``bench/wrong_pairs.py``).
RIVAL_LINK_SHARE = 0.035


# The words by which a sentence points back to a source an earlier one named ("it said", "she added").
PRONOUNS = frozenset(("it", "he", "she", "they", "its", "their"))


def with_sources_carried(inputs: Sequence[SuggestionInput]) -> list[SuggestionInput]:
    """Return the inputs with each source that is only a pronoun ("it said", "she added") read as the named source
    of the claim before it in its article, a few lines up (``SIDE_BY_SIDE``): "Tasman Health said ... It said 3.9
    million ...".
    """
    carried = list(inputs)
    by_document: defaultdict[int, list[int]] = defaultdict(list)
    for at, item in enumerate(inputs):
        by_document[item.document_id].append(at)
    for indexes in by_document.values():
        named, named_at = "", 0
        for at in sorted(indexes, key=lambda at: inputs[at].span[0]):
            item = inputs[at]
            if is_named(item.source):
                named, named_at = item.source, item.span[1]
            elif named and item.span[0] - named_at <= SIDE_BY_SIDE and is_pronoun_source(item.source):
                carried[at] = dataclasses.replace(item, source=named)
    return carried


def is_pronoun_source(source: str) -> bool:
    """Return whether an attribution names its source only by a pronoun.

    >>> is_pronoun_source("it said"), is_pronoun_source("she told reporters"), is_pronoun_source("the union said")
    (True, True, False)
    """
    return not is_named(source) and not PRONOUNS.isdisjoint(source.lower().split())


def told_as_rivals(inputs: Sequence[SuggestionInput]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of claims (indexes) each article tells side by side as rival counts (``are_rivals_told``)."""
    by_document: defaultdict[int, list[int]] = defaultdict(list)
    for at, item in enumerate(inputs):
        if item.unit and is_named(item.source):
            by_document[item.document_id].append(at)
    for indexes in by_document.values():
        indexes.sort(key=lambda at: inputs[at].span[0])
        for x, i in enumerate(indexes):
            for j in indexes[x + 1 :]:
                if inputs[j].span[0] - inputs[i].span[1] > SIDE_BY_SIDE:
                    break
                if are_rivals_told(inputs[i], inputs[j]):
                    yield i, j


def echoes(inputs: Sequence[SuggestionInput]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of claims (indexes) of two articles that print one source's telling number again (``is_echo``)."""
    by_numbers: defaultdict[tuple[str, frozenset[Decimal]], list[int]] = defaultdict(list)
    for at, item in enumerate(inputs):
        if item.unit and item.numbers and is_named(item.source):
            by_numbers[item.dimension, anchor_numbers(item.value)].append(at)
    for indexes in by_numbers.values():
        for x, i in enumerate(indexes):
            for j in indexes[x + 1 :]:
                if is_echo(inputs[i], inputs[j]):
                    yield i, j


def is_echo(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims of two articles are one source's telling number printed again: "between 58,000 and
    71,000, the university's team said" and "the university says between 58,000 and 71,000".

    >>> from claims.suggestions.features import describe_claim
    >>> V = conflicts.Value.of
    >>> a = describe_claim(1, 1, "A study puts it at 58,000 to 71,000.", 19, 35, V(58000, 71000, "range"))
    >>> b = dataclasses.replace(a, claim_id=2, document_id=2)
    >>> said = [dataclasses.replace(item, source=source) for item, source in ((a, "the study puts"), (b, "the study says"))]
    >>> is_echo(*said), is_echo(said[0], dataclasses.replace(said[1], source="police say"))
    (True, False)
    """
    if a.document_id == b.document_id or {a.value.qualifier, b.value.qualifier} == {"at_least", "at_most"}:
        return False
    if not is_one_source(a, b) or is_as_of_printing(a) or is_as_of_printing(b):
        return False
    return (
        is_time_compatible(a, b) and is_scope_compatible(a, b) and not is_other_story(a, b) and are_counted_alike(a, b)
    )


def is_as_of_printing(item: SuggestionInput) -> bool:
    """Return whether a claim's text dates its count to the day it was printed ("as of Tuesday", printed Tuesday): a
    count that may grow, whose number printed again later is a later count, not the same one.
    """
    return item.context.period_stated and bool(item.period and item.published and item.period[1] >= item.published)


def are_rivals_told(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two nearby claims of one article may be two sides' counts of one quantity.

    Each comes from a named source the other's does not name, and they may be rivals (``may_be_rivals``).

    >>> from claims.suggestions.features import describe_claim
    >>> V = conflicts.Value.of
    >>> text = "The union said 90 percent of workers stayed home. The ministry put adherence at 38 percent."
    >>> a = describe_claim(1, 1, text, 15, 25, V(90, 90, unit="percent"))
    >>> b = describe_claim(2, 1, text, 78, 88, V(38, 38, unit="percent"))
    >>> import dataclasses
    >>> a, b = dataclasses.replace(a, source="the union said"), dataclasses.replace(b, source="the ministry put")
    >>> are_rivals_told(a, b), are_rivals_told(a, dataclasses.replace(b, source="the union added"))
    (True, False)
    """
    first, second = source_words(a.source), source_words(b.source)
    if not first or not second or first <= second or second <= first:
        return False
    return may_be_rivals(a, b)


def is_one_sources_pair(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims of one sentence are two numbers one named source gives in one breath for one time the text
    states ("the commission declared on Saturday 54.2 percent voting Yes on a turnout of 61.4 percent"): two quantities, never rival counts. A
    correction ("78, not 79"), a revision whose numbers are of two times ("now 3,400 tonnes, up from 1,200 on
    Monday") or one estimate told twice ("476, about 480") is one quantity.

    >>> from claims.suggestions.features import describe_claim
    >>> import datetime
    >>> from claims.suggestions.features import Context
    >>> text = "The commission declared on Saturday 54.2 percent voting Yes on a turnout of 61.4 percent."
    >>> saturday = Context(period_start=datetime.date(2026, 7, 18), period_end=datetime.date(2026, 7, 18), period_stated=True)
    >>> yes, turnout = (describe_claim(n, 1, text, text.index(q), text.index(q) + 12, conflicts.Value.of(v, v, unit="percent"),
    ...                                context=saturday) for n, q, v in ((1, "54.2 percent", 54.2), (2, "61.4 percent", 61.4)))
    >>> said = "the commission declared"
    >>> is_one_sources_pair(dataclasses.replace(yes, source=said), dataclasses.replace(turnout, source=said))
    True
    >>> is_one_sources_pair(dataclasses.replace(yes, source=said), dataclasses.replace(turnout, source="observers said"))
    False
    >>> ends = [dataclasses.replace(item, source=said, value=conflicts.Value.of(low, high, qualifier, "percent"))
    ...         for item, low, high, qualifier in ((yes, 54, None, "at_least"), (turnout, None, 61, "at_most"))]
    >>> is_one_sources_pair(*ends)
    False
    """
    if is_correction(a, b) or not (is_named(a.source) and is_named(b.source)):
        return False
    if are_counters_apart(a, b):
        # One attribution read for a sentence whose clauses each name their counter ("X says 12, Y says 30").
        return False
    if {a.value.qualifier, b.value.qualifier} == {"at_least", "at_most"} or magnitude_ratio(a.value, b.value) == 1:
        # One estimate told twice ("476, about 480") or as its two ends ("no fewer than 6 million and as many as 7").
        return False
    one_time = a.context.period_stated and b.context.period_stated and a.period == b.period
    return one_time and is_one_source(a, b)


def may_be_rivals(a: SuggestionInput, b: SuggestionInput, own_words: bool = False) -> bool:
    """Return whether two claims may be rival counts of one quantity, whoever gives them.

    They count things of one dimension, with values that differ but not beyond what rival counts do
    (``TOLD_RATIO``), and nothing sets them apart: they name one event or none, and their times, places and
    counted nouns agree. Two sources known to count each in its own words (``own_words``) may name one body of people
    with two nouns ("12 warders", "28 officers"), unless a noun names the people of an event (protesters, strikers,
    evacuees: ``terms.Terms.event_of``), one side of it: "49 protesters hurt and 29 police officers" are two counts.
    """
    if not are_dimensions_alike(a, b) or not a.unit:
        # A kind's count may be a rival of its class's ("400 cattle" against the union's "1,200 animals").
        return False
    base_a, base_b = conflicts.base_interval(a.value), conflicts.base_interval(b.value)
    if base_a == base_b or point_ratio(base_a, base_b) >= TOLD_RATIO:
        return False
    return (
        not is_bound_against_count(a, b)
        and is_time_compatible(a, b)
        and is_scope_compatible(a, b)
        and not are_places_apart(a, b)
        and not is_other_story(a, b)
        and (are_counted_alike(a, b) or (own_words and not (is_event_noun(a) or is_event_noun(b))))
    )


def is_event_noun(item: SuggestionInput) -> bool:
    """Return whether a claim's counted noun names the people of an event ("protesters", "evacuees"), not a body of
    people whatever they did ("officers", "passengers").

    >>> from claims.suggestions.features import describe_claim
    >>> def counted(text): return describe_claim(1, 1, text, 0, 2, conflicts.Value.of(49, 49, unit="person"))
    >>> is_event_noun(counted("49 protesters were hurt.")), is_event_noun(counted("49 officers were hurt."))
    (True, False)
    """
    return bool(BUILT_IN.event_of(item.head))


def is_one_number(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims tell one number: their values agree, allowed the ±10% of an approximate value
    (``scoring.magnitude_ratio``), and so do their telling points (``scoring.telling_point``).

    >>> from claims.suggestions.features import describe_claim
    >>> def told(low, high, qualifier="exact"):
    ...     return describe_claim(1, 1, "476 people.", 0, 3, conflicts.Value.of(low, high, qualifier, "person"))
    >>> is_one_number(told(476, 476), told(480, 480, "approximate")), is_one_number(told(3790, 3790), told(3955, 3955))
    (True, False)
    >>> is_one_number(told(40, None, "at_least"), told(1400, 1400))
    False
    """
    if magnitude_ratio(a.value, b.value) != 1:
        return False
    return point_ratio(conflicts.base_interval(a.value), conflicts.base_interval(b.value)) <= 1 + conflicts.TOLERANCE
