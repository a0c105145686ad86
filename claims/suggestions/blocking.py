"""Which pairs of claims are worth scoring (blocking), instead of every pair.

Pure; no Django.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from claims.suggestions.features import WordedClaim
from claims.suggestions.scoring import idf_weights

MIN_COMMON_WORD_CLAIMS = 50

MAX_CLAIMS_PER_WORD = 100

MAX_CANDIDATES_PER_CLAIM = 40

# A number printed by more claims of a dimension than this is common in the corpus, not one figure printed again.
MAX_CLAIMS_PER_NUMBER = 4


def candidate_pairs(inputs: Sequence[WordedClaim], only: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """Return the pairs of claims (indexes, smaller first) worth scoring: blocking instead of all pairs.

    Claims of one unit dimension meet through a word of their sentences, their document or a distinctive number
    (``features.distinctive_numbers``: "118 km/h" printed again in other words).
    A word held by more than ``MAX_CLAIMS_PER_WORD`` claims of the dimension (or a fifth of
    them, when that is more than ``MIN_COMMON_WORD_CLAIMS``) finds no pair: a word shared
    by most claims ("government") carries no signal, at quadratic cost. Each claim keeps
    the ``MAX_CANDIDATES_PER_CLAIM`` claims sharing the most such keys with it. With
    ``only``, just the pairs of those claims are returned (new claims against the rest).
    """
    by_dimension: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        if item.unit:
            by_dimension[item.dimension].append(index)
    wanted = None if only is None else set(only)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_dimension.values():
        postings: dict[object, list[int]] = defaultdict(list)
        for index in indexes:
            item = inputs[index]
            for key in claim_keys(item):
                postings[key].append(index)
        common = min(MAX_CLAIMS_PER_WORD, max(MIN_COMMON_WORD_CLAIMS, len(indexes) // 5))
        for index in indexes if wanted is None else [i for i in indexes if i in wanted]:
            item = inputs[index]
            lists = [postings[key] for key in claim_keys(item) if 1 < len(postings[key]) <= reach(key, common)]
            if not lists:
                continue
            counts: Counter[int] = Counter()
            for members in lists:
                counts.update(members)
            del counts[index]
            if len(counts) > MAX_CANDIDATES_PER_CLAIM:
                chosen: Iterable[int] = [
                    other
                    for other, _ in heapq.nlargest(
                        MAX_CANDIDATES_PER_CLAIM, counts.items(), key=lambda entry: (entry[1], -entry[0])
                    )
                ]
            else:
                chosen = counts
            for other in chosen:
                pairs.add((index, other) if index < other else (other, index))
    return pairs


def reach(key: object, common: int) -> int:
    """Return how many claims may hold a key for it to find pairs: fewer for a number (``MAX_CLAIMS_PER_NUMBER``)."""
    return min(common, MAX_CLAIMS_PER_NUMBER) if isinstance(key, tuple) and key[0] == "number" else common


def claim_keys(item: WordedClaim) -> list[object]:
    """Return what blocking meets a claim through: its words, its document and its distinctive numbers."""
    return [*item.words, ("document", item.document_id), *(("number", number) for number in item.numbers)]


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
