"""Pair rules: which two numbers of one sentence may be one quantity in conflict."""

import dataclasses

from claims import conflicts
from claims.suggestions.features import Context, describe_claim
from claims.suggestions.scoring import Prepared, idf_weights, is_one_body, pair_verdict, source_heads


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


def test_a_source_s_head_is_its_name_not_its_verb_its_adverb_its_relative_clause_or_its_count():
    # Two bodies given with one verb, adverb, relative clause or count ("put the number at") are two sources, as are
    # two named with one place after "de"; one body given with two verbs is one.
    def said(source):
        return dataclasses.replace(describe_claim(1, 1, "40 houses.", 0, 2, conflicts.Value.of(40, 40)), source=source)

    apart = [
        ("The dockers' union stood by", "The port authority stood by"),
        ("The hauliers' guild gave", "The customs office gave"),
        ("The dockers' union later said", "The port authority later said"),
        ("A port official, who spoke to reporters, said", "A customs inspector, who spoke to reporters, said"),
        ("The guild, which runs the harbour, said", "The authority, which runs the harbour, said"),
        ("The guild, speaking for the harbour, said", "The authority, speaking for the harbour, said"),
        ("the guild's final count", "the authority's final count"),
        ("The guild, which has 1,200 members, said", "The authority, which has 1,200 members, said"),
        ("The dockers' union put the number at", "The port authority put the number at"),
        ("Transportes de Valdora said", "the Bomberos de Valdora counted"),
    ]
    for first, second in apart:
        assert not is_one_body(said(first), said(second)), (first, second)
    assert sorted(source_heads("the harbour authority's revised tally")) == ["authority"]
    assert sorted(source_heads("Monday's harbour count")) == ["harbour"]
    assert sorted(source_heads("the town's dockers union counts")) == ["union"]
    assert is_one_body(said("The port authority initially said"), said("the port authority's own count"))
