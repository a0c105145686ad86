"""The suggester's view of one claim: how a running total's count is dated."""

import datetime

from claims import conflicts
from claims.suggestions.features import describe_claim

TUESDAY = datetime.date(2025, 6, 3)


def day_of(text, quote):
    start = text.index(quote)
    value = conflicts.Value.of(int(quote), int(quote), unit="person")
    return describe_claim(1, 1, text, start, start + len(quote), value, published=TUESDAY).day


def test_the_count_a_running_total_grew_from_is_dated_the_day_before():
    text = "The flood toll in the delta rose to 19 from 14, police said."
    assert day_of(text, "19") == TUESDAY
    assert day_of(text, "14") == TUESDAY - datetime.timedelta(days=1)


def test_a_count_in_a_clause_that_says_it_grew_is_a_running_total():
    text = "The number of stranded hikers grew to 40, rangers said."
    assert day_of(text, "40") == TUESDAY


def test_a_count_a_source_gives_now_against_its_first_is_no_running_total():
    text = "First they said 12 miners were stranded in the pit, now 19."
    assert day_of(text, "19") is None


def test_a_context_is_read_once_per_terms_and_taught_terms_read_it_afresh():
    from claims.suggestions.features import context_event, read_context, subject_terms
    from claims.suggestions.terms import BUILT_IN

    subject = "migrants held at the border camp"
    built_in = read_context(subject, "detained", BUILT_IN)
    assert built_in == (subject_terms(subject), context_event("detained", subject))
    assert read_context(subject, "detained", BUILT_IN) is built_in
    taught = BUILT_IN.learn([("migrant", "defector")], [])
    assert read_context(subject, "detained", taught) == (subject_terms(subject, taught), "detain")
    assert read_context(subject, "detained", taught) != built_in
