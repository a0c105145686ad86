"""Pair rules: which two numbers of one sentence may be one quantity in conflict."""

import dataclasses

from claims import conflicts
from claims.suggestions.features import Context, describe_claim
from claims.suggestions.scoring import Prepared, idf_weights, pair_verdict


def verdict(text, rows, unit="person"):
    """Return ``pair_verdict`` of two numbers of ``text``, each a (quote, source, subject) row, as rival (or not)."""
    made = []
    for at, (quote, source, subject) in enumerate(rows):
        start = text.index(quote)
        number = int(quote.replace(",", ""))
        value = conflicts.Value.of(number, number, "exact", unit)
        item = describe_claim(at, 1, text, start, start + len(quote), value, context=Context(subject=subject))
        made.append(dataclasses.replace(item, source=source))
    idf = idf_weights(made)
    found = pair_verdict(*(Prepared(item, idf) for item in made))
    return found if isinstance(found, str) else f"rival={found['rival']:.0f}"


def test_two_sources_counts_of_one_sentence_stay_apart_when_a_rule_or_their_magnitudes_part_them():
    # The dead and the missing are two figures, whoever counts them; a count many times the other is of another thing.
    text = "Police said 12 people had died, while the Red Cross said 40 were missing."
    rows = [("12", "police said", "people died"), ("40", "the red cross said", "people missing")]
    assert verdict(text, rows).startswith("one sentence: ")
    text = "The company said 3,000 people work at the plant, while the union said 400 members were on strike."
    rows = [("3,000", "the company said", "people work at the plant"), ("400", "the union said", "members on strike")]
    assert verdict(text, rows).startswith("one sentence: ")
