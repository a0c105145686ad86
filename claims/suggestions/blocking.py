"""Which pairs of claims are worth scoring (blocking), instead of every pair.

Pure; no Django.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from claims import conflicts
from claims.suggestions.features import WordedClaim
from claims.suggestions.scoring import idf_weights

MIN_COMMON_WORD_CLAIMS = 50

MAX_CLAIMS_PER_WORD = 100

MAX_CANDIDATES_PER_CLAIM = 40

# A word held by claims of this many documents or fewer is a story's word (its places, bodies, event: "Kathmandu",
# "landslide"), which ties two outlets' claims about it however many claims of those articles hold it.
MAX_DOCUMENTS_PER_WORD = 6

# ... up to this many claims, so that its postings stay bounded and blocking linear in the claims.
MAX_CLAIMS_PER_STORY_WORD = 300

# A number printed by more claims of a dimension than this is common in the corpus, not one figure printed again.
MAX_CLAIMS_PER_NUMBER = 4


def candidate_pairs(inputs: Sequence[WordedClaim], only: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """Return the pairs of claims (indexes, smaller first) worth scoring: blocking instead of all pairs.

    Claims of one unit dimension meet through a word of their sentences, their document, a distinctive number
    (``features.distinctive_numbers``: "118 km/h" printed again in other words) or a name their articles keep
    coming back to (``features.story_names``: two outlets' claims of one story, in sentences sharing no word).
    A word held by more than ``MAX_CLAIMS_PER_WORD`` claims of the dimension (or a fifth of
    them, when that is more than ``MIN_COMMON_WORD_CLAIMS``) finds no pair: a word shared
    by most claims ("government") carries no signal, at quadratic cost. How common a word is
    is read from the documents that hold it, though: one held by the claims of at most
    ``MAX_DOCUMENTS_PER_WORD`` documents is a story's ("Kathmandu", "landslide") and finds
    pairs up to ``MAX_CLAIMS_PER_STORY_WORD`` claims (``reach``). Each claim keeps
    the ``MAX_CANDIDATES_PER_CLAIM`` claims of its own document, and as many of others, sharing the most such keys with
    it, then the most words (``strongest``). With
    ``only``, just the pairs of those claims are returned (new claims against the rest).
    """
    by_dimension: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        if item.unit:
            # Counts that stand for one another ("jobs" and "workers") meet: the model weighs the units apart.
            by_dimension[conflicts.unit_kin(item.unit)].append(index)
    wanted = None if only is None else set(only)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_dimension.values():
        postings: dict[object, list[int]] = defaultdict(list)
        # Each claim's keys, read once: for the postings, then for its pairs.
        keys_of = {index: claim_keys(inputs[index]) for index in indexes}
        # Each claim's words as a set, for ranking its candidates (``strongest``).
        word_sets = {index: frozenset(inputs[index].words) for index in indexes}
        for index in indexes:
            for key in keys_of[index]:
                postings[key].append(index)
        common = min(MAX_CLAIMS_PER_WORD, max(MIN_COMMON_WORD_CLAIMS, len(indexes) // 5))
        stories = story_keys(inputs, postings, common)
        paired = indexes if wanted is None else [i for i in indexes if i in wanted]
        # A class with kinds of its own (``conflicts.KINDS``): some of its claims count things the others do not.
        kinds = len({conflicts.unit_classes(inputs[index].unit)[0] for index in indexes}) > 1
        # The keys that find pairs, told once per key rather than once per claim holding it.
        usable = {
            key
            for key in (postings if wanted is None else {key for index in paired for key in keys_of[index]})
            if 1 < len(postings[key]) <= reach(key, common, key in stories)
        }
        for index in paired:
            lists = [postings[key] for key in keys_of[index] if key in usable]
            if not lists:
                continue
            counts: Counter[int] = Counter()
            for members in lists:
                counts.update(members)
            del counts[index]
            if kinds:
                # Kinds of one class (cattle, sheep) meet their class in it, not each other: they take no place.
                unit = inputs[index].unit
                for other in [o for o in counts if conflicts.are_kinds_apart(unit, inputs[o].unit)]:
                    del counts[other]
            # Those of its own article and those of others are chosen apart: an article's many claims share its
            # document key and its words, and would leave no room for another outlet's count of one quantity.
            document = inputs[index].document_id
            own = {other: n for other, n in counts.items() if inputs[other].document_id == document}
            for found in (own, {other: n for other, n in counts.items() if other not in own}):
                for other in strongest(index, found, word_sets):
                    pairs.add((index, other) if index < other else (other, index))
    return pairs


def strongest(index: int, counts: Mapping[int, int], word_sets: Mapping[int, frozenset[str]]) -> Iterable[int]:
    """Return the ``MAX_CANDIDATES_PER_CLAIM`` claims sharing the most keys with a claim (all of them when fewer).

    Of claims sharing as many keys, those sharing more of its words come first, the words too common to find pairs
    included: in a large story most of its claims share one key with it (the story's name), and the words they share
    beside it ("crowd", "police") tell which of them count what it counts better than their order does.

    >>> words = {0: frozenset({"crowd", "police"}), 1: frozenset({"jobs"}), 2: frozenset({"crowd"})}
    >>> many = {other: 1 for other in range(3, 3 + MAX_CANDIDATES_PER_CLAIM)}
    >>> words.update(dict.fromkeys(many, frozenset({"jobs"})))
    >>> 2 in strongest(0, {1: 1, 2: 1, **many}, words), 2 in strongest(1, {0: 1, 2: 1, **many}, words)
    (True, False)
    """
    if len(counts) <= MAX_CANDIDATES_PER_CLAIM:
        return counts
    words = word_sets[index]
    return [
        other
        for other, _ in heapq.nlargest(
            MAX_CANDIDATES_PER_CLAIM,
            counts.items(),
            key=lambda entry: (entry[1], len(words & word_sets[entry[0]]), -entry[0]),
        )
    ]


def reach(key: object, common: int, story: bool) -> int:
    """Return how many claims may hold a key for it to find pairs.

    Fewer for a number (``MAX_CLAIMS_PER_NUMBER``); more for a story's word (``story_keys``): common among its claims,
    rare in the corpus.
    """
    if isinstance(key, tuple) and key[0] == "number":
        return min(common, MAX_CLAIMS_PER_NUMBER)
    return MAX_CLAIMS_PER_STORY_WORD if story else common


def story_keys(inputs: Sequence[WordedClaim], postings: Mapping[object, list[int]], common: int) -> set[object]:
    """Return the keys past ``common`` claims, up to ``MAX_CLAIMS_PER_STORY_WORD``, held by the claims of at most
    ``MAX_DOCUMENTS_PER_WORD`` documents: a story's words (its documents are counted only for these).
    """
    return {
        key
        for key, members in postings.items()
        if common < len(members) <= MAX_CLAIMS_PER_STORY_WORD
        and len({inputs[index].document_id for index in members}) <= MAX_DOCUMENTS_PER_WORD
    }


def claim_keys(item: WordedClaim) -> list[object]:
    """Return what blocking meets a claim through: its words, its document, its distinctive numbers and its story's names."""
    return [
        *item.words,
        ("document", item.document_id),
        *(("number", number) for number in item.numbers),
        *(("story", name) for name in item.story),
    ]


def claims_to_compare(new: Sequence[WordedClaim], stored: Sequence[WordedClaim]) -> tuple[list[int], dict[str, float]]:
    """Return the indexes of the stored claims blocking pairs with a new one, and the word weights among all.

    An incremental run groups only these with the new claims (and the groups they are in);
    the weights are those of every claim read, as a full run over them would weigh the
    words. Only the claims' words are read here (``features.ClaimWords`` will do), so the
    stored claims not returned need not be described in full.
    """
    everything = [*new, *stored]
    idf = idf_weights(everything)
    pairs = candidate_pairs(everything, only=range(len(new)))
    involved = {index for pair in pairs for index in pair if index >= len(new)}
    return [index - len(new) for index in sorted(involved)], idf
