"""Who a source is when its article names it more than one way: each source's body is the one named before it, and
its attribution stays as written."""

import dataclasses

import pytest

from claims import conflicts
from claims.suggestions.bodies import with_bodies_resolved
from claims.suggestions.features import SuggestionInput, describe_claim
from claims.suggestions.grouping import read_for_grouping
from claims.suggestions.scoring import Prepared, body_of, is_one_body, judged_as_rivals

TEXT = (
    "The Coastal Ferry Authority put the number of stranded passengers at 340. "
    "Its harbour master, Dr. Ilse Brandt, said 120 cars were left behind. "
    "The authority's first count later rose, and it said 360 passengers were stranded. "
    "Brandt said 150 cars were still waiting. "
    "She said 12 sailings were cancelled. "
    "The state said 400 people were stranded, while the state water board said 9 pumps failed."
)


def told(document: int, quote: str, source: str) -> SuggestionInput:
    """Return the claim of ``TEXT`` quoted in ``document``, given by ``source``."""
    start = TEXT.index(quote)
    value = conflicts.Value.of(int(quote), int(quote), unit="person")
    return dataclasses.replace(describe_claim(1, document, TEXT, start, start + len(quote), value), source=source)


ARTICLE = [
    told(1, "340", "The Coastal Ferry Authority put"),
    told(1, "120", "Its harbour master, Dr. Ilse Brandt, said"),
    told(1, "360", "The authority's first count"),
    told(1, "150", "Brandt said"),
    told(1, "12", "She said"),
    told(1, "9", "the state water board said"),
    told(1, "400", "The state said"),
]


@pytest.mark.parametrize(
    ("at", "body"),
    [
        # A shorter name of a body named before is that body; a surname is the person named before with a role.
        (2, "The Coastal Ferry Authority put"),
        (3, "Its harbour master, Dr. Ilse Brandt, said"),
        # Two bodies sharing only a word that qualifies one of them stay two.
        (6, "The state said"),
        (5, "the state water board said"),
    ],
)
def test_a_source_is_read_as_the_body_named_before_it(at: int, body: str) -> None:
    assert body_of(with_bodies_resolved(ARTICLE)[at]) == body


def test_the_attribution_as_written_is_kept_for_every_other_rule() -> None:
    assert with_bodies_resolved(ARTICLE)[2].source == "The authority's first count"


def test_a_pronoun_is_the_body_of_the_named_source_before_it() -> None:
    read, _ = read_for_grouping(ARTICLE)
    assert body_of(read[4]) == "Its harbour master, Dr. Ilse Brandt, said"


def test_another_articles_shorter_name_is_not_read_as_this_ones_body() -> None:
    other = told(2, "360", "The authority's first count")
    assert body_of(with_bodies_resolved([ARTICLE[0], other])[1]) == "The authority's first count"


def test_one_body_named_two_ways_in_one_article_is_not_two_sources() -> None:
    full, _, short = with_bodies_resolved(ARTICLE[:3])
    assert judged_as_rivals(Prepared(full, {}), Prepared(short, {})) == "not two sources"


def test_a_surname_is_one_body_with_the_person_named_with_a_role() -> None:
    _, full, _, short = with_bodies_resolved(ARTICLE[:4])
    assert is_one_body(full, short)
