"""Counted terms: the words news writing uses for one counted thing or one event meet as one class."""

import pytest

from claims.suggestions.terms import BUILT_IN
from claims.suggestions.words import stem


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("carcasses", "dead"),
        ("drowned", "killed"),
        ("slain", "deaths"),
        ("disappeared", "missing"),
        ("displacement", "fled"),
        ("apprehended", "arrested"),
        ("stoppage", "strike"),
        ("infections", "cases"),
        ("spectators", "crowd"),
        ("employees", "staff"),
        ("staffers", "personnel"),
    ],
)
def test_two_words_for_one_counted_thing_or_event_are_one_class(first, second):
    assert BUILT_IN.of(stem(first)) == BUILT_IN.of(stem(second))


@pytest.mark.parametrize(
    ("first", "second"), [("employees", "workers"), ("staff", "labourers"), ("carcasses", "injured")]
)
def test_a_workforce_is_not_the_workers_who_marched_nor_the_dead_the_hurt(first, second):
    assert BUILT_IN.of(stem(first)) != BUILT_IN.of(stem(second))
