"""The rules that rule a pair out: two sources of one article counting one thing are left to the pair model."""

import datetime

import pytest

from claims import conflicts
from claims.suggestions.features import Context, describe_claim
from claims.suggestions.scoring import Prepared, idf_weights, judge_pair

DAY = datetime.date(2026, 4, 14)

# One article, two sources, two counts of the pupils taken from one school (invented).
ABDUCTION = (
    "Gunmen seized 118 pupils from the Kilwa hill school overnight, the headmaster said. "
    "Families gathered at the gate. "
    "The parents' committee later put the number of children abducted at 131."
)


def claim(claim_id, text, quote, number, subject, attribution, qualifier="exact", unit="person"):
    start = text.index(quote)
    value = conflicts.Value.of(number, number, qualifier, unit)
    context = Context(subject=subject, attribution=attribution)
    return describe_claim(claim_id, 1, text, start, start + len(quote), value, published=DAY, context=context)


def judged(first, second):
    idf = idf_weights([first, second])
    return judge_pair(Prepared(first, idf), Prepared(second, idf))


def test_two_sources_counting_one_thing_in_one_article_are_judged():
    headmaster = claim(
        1, ABDUCTION, "118", 118, "pupils abducted from the school, the headmaster's count", "the headmaster said"
    )
    parents = claim(
        2, ABDUCTION, "131", 131, "children abducted, the parents' committee's figure", "the parents' committee"
    )
    features = judged(headmaster, parents)
    assert features is not None
    assert features["other_source"] == 1.0


def test_the_words_that_say_who_counted_do_not_make_one_thing_counted():
    # "count" and "police" say who counted and how, not what: stewards and volunteers stay two quantities.
    text = (
        "Police said 40 stewards worked the final at the Azam stadium. "
        "The gates opened at noon. "
        "The organisers gave a count of 95 volunteers, according to the police log they cited."
    )
    stewards = claim(1, text, "40", 40, "stewards, police count", "police said")
    volunteers = claim(2, text, "95", 95, "volunteers, police count", "the organisers gave")
    assert judged(stewards, volunteers) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One source for both: one article telling two numbers apart, not two sources' counts.
        (
            ("118", 118, "pupils abducted", "the headmaster said"),
            ("131", 131, "children abducted", "the headmaster said"),
        ),
        # No source for one of them.
        (("118", 118, "pupils abducted", "the headmaster said"), ("131", 131, "children abducted", "")),
        # Values a magnitude apart: only rival counts (subjects that agree) may be that far apart.
        (("118", 118, "pupils abducted", "the headmaster said"), ("131", 1310, "children abducted", "the committee")),
    ],
)
def test_one_article_keeps_two_numbers_apart_without_two_sources_of_one_magnitude(first, second):
    (quote_a, value_a, subject_a, source_a), (quote_b, value_b, subject_b, source_b) = first, second
    a = claim(1, ABDUCTION, quote_a, value_a, subject_a, source_a)
    b = claim(2, ABDUCTION, quote_b, value_b, subject_b, source_b)
    assert judged(a, b) is None


def test_the_dead_and_the_missing_of_one_article_stay_apart_whoever_counts():
    text = (
        "The ferry sank off Mafia island on Monday and 23 people died, the regional commissioner said. "
        "Rescue boats searched the channel. "
        "A survivors' group said 31 people were still missing."
    )
    dead = claim(1, text, "23", 23, "people killed in the ferry sinking", "the regional commissioner said")
    missing = claim(2, text, "31", 31, "people missing after the ferry sinking", "a survivors' group said")
    assert judged(dead, missing) is None
