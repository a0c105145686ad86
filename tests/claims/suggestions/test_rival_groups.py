"""Rival groups: four outlets' rival counts of one quantity end in one suggested figure, in conflict."""

import dataclasses
import datetime

import pytest

from claims.models import Claim, Figure
from claims.suggestions.suggesting import suggest_figures

from .test_suggesting import dated, extracted

DAY = datetime.date(2025, 9, 16)

# Four outlets on one derailed train: the operator's count of the people aboard and the union's, each printed again in
# other words, and the people taken to hospital, a count of people of the same story that is another quantity.
OUTLETS = (
    "A night train derailed near Merrow on Sunday. The rail operator said its booking system showed 180 passengers "
    "on the night train. Ambulances took 23 people to hospital in Merrow.",
    "Passengers on the derailed Merrow night train numbered 180, the operator said on Sunday. Doctors treated 23 of them "
    "in hospital.",
    "The train drivers' union said about 260 people were aboard the night train that derailed near Merrow, many of "
    "them without tickets.",
    "About 260 people were travelling on the Merrow night train, the union said on Sunday. Ambulances took 23 people to "
    "hospital, paramedics said.",
)
RIVALS = ("180", "about 260", "About 260")
# A grouping threshold above the shipped one (``test_rival_groups_judge_no_pair_grouping_judged_already``).
STRICT = 0.6


def test_four_outlets_rival_counts_of_one_quantity_are_one_figure_in_hard_conflict(make_document):
    for text in OUTLETS:
        extracted(dated(make_document, DAY, text))
    suggest_figures()
    rivals = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=RIVALS)}
    assert len(rivals) == 1 and None not in rivals
    assert Figure.objects.get(pk=rivals.pop()).conflict == "hard"


def test_another_quantity_of_the_same_story_and_unit_stays_apart(make_document):
    for text in OUTLETS:
        extracted(dated(make_document, DAY, text))
    suggest_figures()
    rivals = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=RIVALS)}
    in_hospital = {claim.suggested_figure_id for claim in Claim.objects.filter(quote="23")}
    assert len(in_hospital) == 1 and None not in in_hospital
    assert rivals.isdisjoint(in_hospital)


def test_one_sources_two_counts_are_no_rival_counts(make_document):
    # The operator giving both numbers: a count revised or of two things, not two sides of one quantity.
    for text in OUTLETS:
        extracted(
            dated(make_document, DAY, text.replace("train drivers' union", "operator").replace("union", "operator"))
        )
    suggest_figures()
    first = {claim.suggested_figure_id for claim in Claim.objects.filter(quote="180")}
    assert first.isdisjoint(claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=RIVALS[1:]))


def test_rival_groups_judge_no_pair_grouping_judged_already(make_document, monkeypatch):
    from claims.suggestions import pair_model, rival_groups
    from claims.suggestions.grouping import grouped_claims
    from claims.suggestions.storage import describe_stored_claims, suggestable_claims

    for text in OUTLETS:
        extracted(dated(make_document, DAY, text))
    # A stricter grouping leaves the rival counts to the rival join, whatever the shipped model's weights.
    monkeypatch.setattr(pair_model, "active", lambda: dataclasses.replace(pair_model.shipped(), threshold=STRICT))
    grouping = grouped_claims(describe_stored_claims(list(suggestable_claims().order_by("document_id", "start"))))
    judged_before = {frozenset((grouping.inputs[i].claim_id, grouping.inputs[j].claim_id)) for i, j in grouping.judged}
    judged_again = []

    def judge_pair(a, b):
        judged_again.append(frozenset((a.item.claim_id, b.item.claim_id)))
        return original(a, b)

    original = rival_groups.judge_pair
    monkeypatch.setattr(rival_groups, "judge_pair", judge_pair)
    groups = rival_groups.join_rival_groups(grouping)
    assert len(groups) < len(grouping.groups)
    assert judged_before and judged_before.isdisjoint(judged_again)


# One march told by five articles: the organisers' count, the police's, and one article where the organisers set their
# count against the police's in one sentence (read, as an annotator would, as the organisers' words).
SATURDAY = datetime.date(2025, 9, 13)
MARCH = (
    ("Organisers said about 120,000 people marched through Lyon on Saturday.", "about 120,000", "organisers said"),
    ("About 120,000 people marched in Lyon on Saturday, the organisers said.", "About 120,000", "the organisers said"),
    ("Police said 30,000 people marched through Lyon on Saturday.", "30,000", "police said"),
    ("Police counted 30,000 people marching in Lyon on Saturday.", "30,000", "police counted"),
)
TOLD_BY_ONE = (
    "The organisers repeated that about 120,000 people marched in Lyon on Saturday, four times the police's 30,000."
)


def march_claims(
    told_by_one=TOLD_BY_ONE,
    subjects=("people marched in Lyon", "people marched in Lyon"),
    march=MARCH,
    days=None,
    sources=("the organisers repeated", "the organisers repeated"),
):
    """Return the claims of the march's articles (ids from 1) and the two sides' claim ids; ``days`` dates each
    article's count (else Saturday), ``sources`` attributes the fifth article's two numbers."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim

    def claim(claim_id, document_id, text, quote, source, subject=subjects[0], at=0):
        day = days[document_id - 1] if days else SATURDAY
        start = text.index(quote, at)
        low = float(quote.split()[-1].replace(",", ""))
        qualifier = "approximate" if quote.lower().startswith("about") else "exact"
        context = Context(subject=subject, attribution=source, period_start=day, period_end=day, period_stated=True)
        value = Value.of(low, low, qualifier, "person")
        return describe_claim(
            claim_id, document_id, text, start, start + len(quote), value, published=day, context=context
        )

    items = [claim(n, n, text, quote, source) for n, (text, quote, source) in enumerate(march, start=1)]
    items.append(claim(5, 5, told_by_one, "about 120,000", sources[0]))
    last = told_by_one.rindex("30,000")
    items.append(claim(6, 5, told_by_one, "30,000", sources[1], subject=subjects[1], at=last))
    return items, ([1, 2, 5], [3, 4, 6])


def judge_sides(items, sides):
    from claims.suggestions.grouping import Group, grouped_claims
    from claims.suggestions.rival_groups import RivalJoin

    grouping = grouped_claims(items)
    by_id = {item.claim_id: item for item in grouping.inputs}
    groups = [Group([by_id[claim_id] for claim_id in side]) for side in sides]
    return RivalJoin(grouping, groups).judge_join(0, 1)


def test_a_source_setting_its_count_against_the_other_sides_in_one_sentence_keeps_the_rival_groups_joinable():
    items, sides = march_claims()
    assert isinstance(judge_sides(items, sides), float)


def test_a_source_giving_a_number_of_each_side_in_two_sentences_still_parts_the_groups():
    told_apart = (
        "The organisers repeated that about 120,000 people marched in Lyon on Saturday. They also cited 30,000."
    )
    items, sides = march_claims(told_apart)
    assert judge_sides(items, sides) == "one source in each"


def test_two_bodies_sharing_only_a_word_that_qualifies_them_giving_a_number_of_each_side_keep_the_groups_joinable():
    # The marchers' committee of Lyon and the prefecture of Lyon: two sources, though both names say "Lyon".
    told_apart = (
        "The marchers' committee of Lyon said about 120,000 people marched in Lyon on Saturday. The prefecture of "
        "Lyon cited 30,000."
    )
    sources = ("the marchers' committee of lyon said", "the prefecture of lyon cited")
    items, sides = march_claims(told_apart, sources=sources)
    assert isinstance(judge_sides(items, sides), float)


def test_a_source_printing_one_number_in_each_group_keeps_the_rival_groups_joinable():
    # The organisers' 120,000 printed again, in the police's group: one count in each group, not two quantities.
    items, _ = march_claims()
    again = describe_more("The organisers said 120,000 people marched in Lyon on Saturday.", "120,000", 7, 6)
    assert isinstance(judge_sides([*items, again], ([1, 2], [3, 4, 7])), float)


def test_a_source_giving_in_one_group_a_number_it_gives_in_the_other_keeps_the_rival_groups_joinable():
    # The organisers' 30,000 (the police's count) is in both groups: no number of the police's group only.
    items, _ = march_claims()
    cited = describe_more("The organisers said the police had counted 30,000 on Saturday.", "30,000", 7, 6)
    assert isinstance(judge_sides([*items, cited], ([1, 2, 5, 6], [3, 4, 7])), float)


def test_one_sources_two_numbers_of_one_sentence_counting_two_things_part_the_groups():
    # The second number's clause names no counter of its own ("the police's 30,000" would: ``clause_counter``).
    told = "The organisers repeated that about 120,000 people marched in Lyon on Saturday, and unions hired buses for 30,000."
    items, sides = march_claims(told, subjects=("people marched in Lyon", "buses hired by unions"))
    assert judge_sides(items, sides) == "one sentence apart"


def test_one_sources_count_and_its_parts_in_one_sentence_part_the_groups():
    listed = (
        "The organisers repeated that about 120,000 people marched in Lyon on Saturday, 30,000 in the morning and "
        "90,000 in the afternoon."
    )
    items, sides = march_claims(listed)
    part = describe_more(listed, "90,000", 7, 5)
    assert judge_sides([*items, part], sides) == "one sentence apart"


def test_two_large_groups_need_a_higher_mean_probability_to_be_joined_than_two_small_ones(monkeypatch):
    # Every pair across scored alike: two articles on each side may join, six on each side make too many pairs.
    from claims.suggestions.rival_groups import RivalJoin

    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.33)
    # Groups that are no two counters' numbers each told again (those need half the mean, ``are_two_counters``).
    monkeypatch.setattr(RivalJoin, "are_two_counters", lambda self, x, y: False)
    few, _ = march_claims()
    assert isinstance(judge_sides(few[:4], ([1, 2], [3, 4])), float)
    many, _ = march_claims(march=MARCH * 3)
    sides = ([n for n in range(1, 13) if n % 4 in (1, 2)], [n for n in range(1, 13) if n % 4 in (3, 0)])
    assert judge_sides(many[:12], sides) == "mean below bar"


# A mine flooded, told by six articles: the operator's and the rescuers' counts of the miners trapped, each printed
# again without the event (a count no day is read for).
MINE = (
    ("The operator said 12 miners were trapped on Tuesday.", "12", "the operator said", "miners trapped"),
    ("12 miners were underground on Tuesday, the operator said.", "12", "the operator said", "miners underground"),
    ("By then 12 miners were underground, the operator said.", "12", "the operator said", "miners underground"),
    ("Rescuers said 30 miners were trapped on Tuesday.", "30", "rescuers said", "miners trapped"),
    ("30 miners were underground on Tuesday, rescuers said.", "30", "rescuers said", "miners underground"),
    ("30 miners were underground on Tuesday, rescuers said.", "30", "rescuers said", "miners underground"),
)
TUESDAY, WEDNESDAY = datetime.date(2025, 9, 16), datetime.date(2025, 9, 17)


def judge_story(lines, days, counted_on=None):
    """Return how the rival join judges the first half of the articles' counts against the second half's;
    ``counted_on`` gives a claim (by number) the day of its count."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim
    from claims.suggestions.grouping import Group, grouped_claims
    from claims.suggestions.rival_groups import RivalJoin

    items = []
    for number, ((text, quote, source, subject), day) in enumerate(zip(lines, days, strict=True), start=1):
        start = text.index(quote)
        context = Context(subject=subject, attribution=source, period_start=day, period_end=day, period_stated=True)
        value = Value.of(float(quote), float(quote), "exact", "person")
        items.append(
            describe_claim(number, number, text, start, start + len(quote), value, published=day, context=context)
        )
    items = [dataclasses.replace(item, day=(counted_on or {}).get(item.claim_id, item.day)) for item in items]
    grouping = grouped_claims(items)
    by_id = {item.claim_id: item for item in grouping.inputs}
    half = len(items) // 2
    groups = [Group([by_id[item.claim_id] for item in side]) for side in (items[:half], items[half:])]
    return RivalJoin(grouping, groups).judge_join(0, 1)


def test_a_running_totals_counts_of_two_days_are_no_rival_counts():
    assert isinstance(judge_story(MINE, (TUESDAY,) * 6), float)
    # The rescuers' count read as Wednesday's, the operator's as Tuesday's: two days of one running total.
    assert judge_story(MINE, (TUESDAY,) * 6, counted_on={4: WEDNESDAY}) == "days apart"


def describe_more(text, quote, claim_id, document_id, at=0):
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim

    start = text.index(quote, at)
    value = Value.of(float(quote.replace(",", "")), float(quote.replace(",", "")), "exact", "person")
    context = Context(
        subject="people marched in Lyon",
        attribution="the organisers repeated",
        period_start=SATURDAY,
        period_end=SATURDAY,
        period_stated=True,
    )
    return describe_claim(
        claim_id, document_id, text, start, start + len(quote), value, published=SATURDAY, context=context
    )


# The operator's count printed by three articles, the rescuers' by one: a rival count alone, in no group.
TOLD_ONCE = (
    *MINE[:3],
    ("Rescuers said 30 miners were underground on Tuesday.", "30", "rescuers said", "miners underground"),
)
# The rescuers' count of the miners in another place, told once: another quantity.
ELSEWHERE = (
    *MINE[:3],
    ("In Kestrel, rescuers said 30 miners were underground on Tuesday.", "30", "rescuers said", "miners underground"),
)


def story_claims(lines):
    """Return the claims of one article per line, counted on Tuesday (ids from 1)."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim

    items = []
    for number, (text, quote, source, subject) in enumerate(lines, start=1):
        start = text.index(quote)
        context = Context(
            subject=subject, attribution=source, period_start=TUESDAY, period_end=TUESDAY, period_stated=True
        )
        value = Value.of(float(quote), float(quote), "exact", "person")
        items.append(
            describe_claim(number, number, text, start, start + len(quote), value, published=TUESDAY, context=context)
        )
    return items


def join_story(lines):
    """Return the claims (by number) of each group the rival join returns for one article per line."""
    from claims.suggestions.grouping import grouped_claims
    from claims.suggestions.rival_groups import join_rival_groups

    return [group.claim_ids for group in join_rival_groups(grouped_claims(story_claims(lines)))]


def test_a_rival_count_told_once_joins_the_group_of_the_other_sides_count():
    assert join_story(TOLD_ONCE) == [[1, 2, 3, 4]]


def test_a_count_of_another_place_told_once_stays_alone():
    assert join_story(ELSEWHERE) == [[1, 2, 3]]


def test_a_count_told_once_is_judged_only_by_the_pairs_grouping_judged(monkeypatch):
    from claims.suggestions import rival_groups
    from claims.suggestions.grouping import grouped_claims

    grouping = grouped_claims(story_claims(TOLD_ONCE))
    judged_again = []

    def judge_pair(a, b):
        judged_again.append({a.item.claim_id, b.item.claim_id})
        return original(a, b)

    original = rival_groups.judge_pair
    monkeypatch.setattr(rival_groups, "judge_pair", judge_pair)
    assert [group.claim_ids for group in rival_groups.join_rival_groups(grouping)] == [[1, 2, 3, 4]]
    assert not [pair for pair in judged_again if 4 in pair]


# A storm's winds at landfall: two articles print the weather agency's speed, two a foreign centre's in its own unit.
WINDS = (
    ("The weather agency said winds reached 150 km/h at landfall.", "150", "the weather agency said"),
    ("Winds of 150 km/h hit the coast at landfall, the weather agency said.", "150", "the weather agency said"),
    ("The storm centre said winds reached {} at landfall.", "{}", "the storm centre said"),
    ("Winds of {} hit the coast at landfall, the storm centre said.", "{}", "the storm centre said"),
)


def judge_winds(speed, unit):
    """Return how the rival join judges the agency's speeds (km/h) against the centre's (``speed`` in ``unit``)."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim
    from claims.suggestions.grouping import Group, grouped_claims
    from claims.suggestions.rival_groups import RivalJoin

    items = []
    for number, (text, quote, source) in enumerate(WINDS, start=1):
        told = f"{speed} {unit}"
        text, quote = text.format(told), quote.format(told)
        start = text.index(quote)
        value = Value.of(150, 150, unit="km/h") if number <= 2 else Value.of(speed, speed, unit=unit)
        end = start + len(quote.split()[0])
        context = Context(subject="winds at landfall", attribution=source)
        items.append(describe_claim(number, number, text, start, end, value, published=SATURDAY, context=context))
    grouping = grouped_claims(items)
    by_id = {item.claim_id: item for item in grouping.inputs}
    groups = [Group([by_id[1], by_id[2]]), Group([by_id[3], by_id[4]])]
    return RivalJoin(grouping, groups).judge_join(0, 1)


def test_two_groups_measuring_in_units_of_their_own_are_two_measures():
    assert isinstance(judge_winds(185, "km/h"), float)
    assert judge_winds(115, "mph") == "units apart"


def test_one_number_told_twice_in_one_sentence_with_a_copy_in_each_group_keeps_the_groups_joinable():
    # The organisers' 120,000 stated and then quoted again in one sentence, one copy read into the police's group.
    told = (
        "The organisers repeated that about 120,000 people marched in Lyon on Saturday, four times the police's 30,000, "
        "and said 120,000 was a floor."
    )
    items, _ = march_claims(told)
    again = describe_more(told, "120,000", 7, 5, at=told.index("said"))
    assert isinstance(judge_sides([*items, again], ([1, 2, 5], [3, 4, 6, 7])), float)


# The operator's count of the miners trapped, and its correction of that count in one breath, each printed again.
CORRECTED = (
    ("The operator said 12 miners were trapped on Tuesday.", "12", "the operator said", "miners trapped"),
    ("12 miners were trapped on Tuesday, the operator said.", "12", "the operator said", "miners trapped"),
    (
        "The operator said 15 miners were trapped on Tuesday, not 12 as it first said.",
        "15",
        "the operator said",
        "miners trapped",
    ),
    ("15 miners were trapped on Tuesday, the operator said.", "15", "the operator said", "miners trapped"),
)


def corrected_claims(lines):
    """Return the claims of one article per line, counted on Tuesday: each number of the line's quotes (claim ids
    ``10 * line + n``, n from 0), by claim id."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim
    from claims.suggestions.grouping import grouped_claims

    items = []
    for number, (text, quotes, source, subject) in enumerate(lines, start=1):
        context = Context(
            subject=subject, attribution=source, period_start=TUESDAY, period_end=TUESDAY, period_stated=True
        )
        at = 0
        for n, quote in enumerate(quotes):
            start = at = text.index(quote, at)
            value = Value.of(float(quote), float(quote), "exact", "person")
            at += len(quote)
            items.append(
                describe_claim(10 * number + n, number, text, start, at, value, published=TUESDAY, context=context)
            )
    grouping = grouped_claims(items)
    return grouping, {item.claim_id: item for item in grouping.inputs}


def judge_corrected(lines, sides):
    from claims.suggestions.grouping import Group
    from claims.suggestions.rival_groups import RivalJoin

    grouping, by_id = corrected_claims(lines)
    return RivalJoin(grouping, [Group([by_id[claim_id] for claim_id in side]) for side in sides]).judge_join(0, 1)


# The operator's count of the miners trapped, and its correction of that count in one breath, each printed again.
CORRECTED = (
    ("The operator said 12 miners were trapped on Tuesday.", ("12",), "the operator said", "miners trapped"),
    ("12 miners were trapped on Tuesday, the operator said.", ("12",), "the operator said", "miners trapped"),
    (
        "The operator said 15 miners were trapped on Tuesday, not 12 as it first said.",
        ("15", "12"),
        "the operator said",
        "miners trapped",
    ),
    ("15 miners were trapped on Tuesday, the operator said.", ("15",), "the operator said", "miners trapped"),
)


def test_a_source_correcting_its_count_in_one_breath_joins_the_groups_of_its_two_counts():
    # The corrected 12 printed with the 12s, the correcting 15 with the other 15: one quantity, in hard conflict.
    _, by_id = corrected_claims(CORRECTED)
    assert by_id[30].corrects == by_id[31].span[0]
    assert isinstance(judge_corrected(CORRECTED, ([10, 20, 31], [30, 40])), float)


def test_the_new_count_told_again_in_the_sentence_of_its_correction_is_no_other_quantity():
    # "raised its count to 15 ...: '15, not 12'": the first 15 with the correcting one, the corrected 12 with the 12s.
    told = (
        'The operator raised its count to 15 miners trapped on Tuesday: "15, not 12 as we first said."',
        ("15", "15", "12"),
        "the operator raised its count",
        "miners trapped",
    )
    lines = (*CORRECTED[:2], told, CORRECTED[3])
    _, by_id = corrected_claims(lines)
    assert by_id[31].corrects == by_id[32].span[0] and by_id[30].corrects is None
    assert isinstance(judge_corrected(lines, ([10, 20, 32], [30, 31, 40])), float)


def one_sentence_of_two_sources(told):
    """Return how the rival join judges the operator's 12s against the rescuers' 30s, each group holding one of the
    two numbers ``told`` gives in one sentence."""
    first, second, rescuers, again = (MINE[at] for at in (0, 1, 3, 4))
    lines = (
        (first[0], ("12",), *first[2:]),
        (second[0], ("12",), *second[2:]),
        (told, ("12", "30"), "the operator said", "miners trapped"),
        (rescuers[0], ("30",), *rescuers[2:]),
        (again[0], ("30",), *again[2:]),
    )
    return judge_corrected(lines, ([10, 20, 30], [31, 40, 50]))


def test_two_sources_naming_one_body_of_people_with_two_nouns_in_one_sentence_keep_the_groups_joinable():
    told = "The operator said 12 miners were trapped on Tuesday; rescuers said 30 workers were underground."
    assert isinstance(one_sentence_of_two_sources(told), float)


def test_two_sources_counting_the_people_of_an_event_and_another_body_in_one_sentence_part_the_groups():
    told = "The operator said 12 miners were trapped on Tuesday; rescuers said 30 protesters were trapped."
    assert one_sentence_of_two_sources(told) == "one sentence apart"


@pytest.mark.parametrize(
    "told",
    [
        "The organisers repeated that about 120,000 people marched in Lyon on Saturday, against the police's 30,000 "
        "people.",
        "The organisers repeated that about 120,000 people marched in Lyon on Saturday, while the police's 30,000 "
        "people were counted from the air.",
    ],
)
def test_one_sentences_number_set_against_another_counters_keeps_the_rival_groups_joinable(told):
    # The police's count, told by the organisers with words of its own: the clause names its counter.
    items, sides = march_claims(told, subjects=("people marched in Lyon", "people counted from the air"))
    assert isinstance(judge_sides(items, sides), float)


def test_a_number_whose_clause_names_another_counter_is_not_the_attributed_sources_second_count():
    # "... The police say 30,000": the organisers' words, the police's count.
    told_apart = "The organisers repeated that about 120,000 people marched in Lyon on Saturday. The police say 30,000."
    items, sides = march_claims(told_apart)
    assert isinstance(judge_sides(items, sides), float)


# The operator's count of the miners trapped and the rescuers', each printed again, and the operator's revised count
# in an article of its own: ``revised`` gives the revision in its own words, or as a plain second count.
def revised_story(revised):
    return (
        ("The operator said 12 miners were trapped on Tuesday.", ("12",), "the operator said", "miners trapped"),
        ("Rescuers said 30 miners were trapped on Tuesday.", ("30",), "rescuers said", "miners trapped"),
        (revised, ("15",), "the operator", "miners trapped"),
        ("15 miners were trapped on Tuesday, the operator said.", ("15",), "the operator said", "miners trapped"),
    )


def test_a_sources_count_it_says_it_revised_joins_the_group_of_its_earlier_count():
    # The operator's 12 in the rescuers' group, its 15 in another: its word that it revised the 12 makes them one.
    revised = revised_story("The operator raised its count of miners trapped on Tuesday to 15.")
    assert isinstance(judge_corrected(revised, ([10, 20], [30, 40])), float)


def test_a_sources_second_count_with_no_word_of_revising_still_parts_the_groups():
    plain = revised_story("The operator said 15 miners were trapped on Tuesday.")
    assert judge_corrected(plain, ([10, 20], [30, 40])) == "one source in each"


# A savings bank's count of the depositors who queued (an article of its own), and the national bank's, in ``told``.
def two_banks(told):
    return (
        ("The bank said 400 depositors queued on Tuesday.", ("400",), "the bank said", "depositors queued"),
        (
            told,
            tuple(quote for quote in ("420", "900") if quote in told),
            "the national bank says",
            "depositors queued",
        ),
    )


def test_a_bare_name_its_article_sets_beside_its_modified_name_in_one_sentence_is_another_body():
    # "the bank" and "the national bank" as one sentence's two counters: the bank is not the national bank.
    told = "The bank says 420 depositors queued on Tuesday, the national bank says 900."
    assert isinstance(judge_corrected(two_banks(told), ([10], [21])), float)


def test_a_bare_name_no_sentence_sets_beside_its_modified_name_is_the_body_it_names():
    told = "The national bank says 900 depositors queued on Tuesday."
    assert judge_corrected(two_banks(told), ([10], [20])) == "one source in each"


# The operator's count and the rescuers', each printed again with no source: two groups of two sources' counts.
RESTATED = (
    ("The operator said 12 miners were trapped on Tuesday.", "12", "the operator said", "miners trapped"),
    ("12 miners were trapped underground on Tuesday.", "12", "", "miners trapped underground"),
    ("Rescuers said 30 miners were trapped on Tuesday.", "30", "rescuers said", "miners trapped"),
    ("30 miners were trapped underground on Tuesday.", "30", "", "miners trapped underground"),
)


def named_pairs_ruled_out(monkeypatch):
    """Rule out every pair of two claims that both name a source (as a rule of ``judge_pair`` may); score the rest."""
    from claims.suggestions.rival_groups import RivalJoin
    from claims.suggestions.scoring import is_named

    def probability(self, i, j):
        return None if is_named(self.inputs[i].source) and is_named(self.inputs[j].source) else 0.5

    monkeypatch.setattr(RivalJoin, "probability", probability)


def test_a_count_printed_again_with_no_source_is_its_groups_sources_count(monkeypatch):
    # The only pairs in hard conflict hold a count printed with no source, each in the group of one named source.
    named_pairs_ruled_out(monkeypatch)
    assert isinstance(judge_story(RESTATED, (TUESDAY,) * 4), float)


def test_counts_printed_with_no_source_against_a_group_naming_none_are_no_two_sources_counts(monkeypatch):
    named_pairs_ruled_out(monkeypatch)
    unnamed = (*RESTATED[:2], RESTATED[3], RESTATED[3])
    assert judge_story(unnamed, (TUESDAY,) * 4) == "no hard pair from two sources"


def judge_told_once(lines):
    """Return how the rival join judges the last article's count, alone, against the others' counts in one group."""
    from claims.suggestions.grouping import Group, grouped_claims
    from claims.suggestions.rival_groups import RivalJoin

    grouping = grouped_claims(story_claims(lines))
    by_id = {item.claim_id: item for item in grouping.inputs}
    join = RivalJoin(grouping, [Group([by_id[number] for number in range(1, len(lines))])])
    index_of = {item.claim_id: at for at, item in enumerate(join.inputs)}
    return join.judge_alone(index_of[len(lines)], join.members[0])


# The operator's and the rescuers' counts in one group, in conflict; one more article prints the operator's count.
BOTH_SIDES = (*MINE[:2], *MINE[3:5])


def test_a_sources_count_told_once_more_may_join_the_group_holding_it():
    # The operator's 12 again: one count printed once more, not the operator's second number.
    again = (
        "The operator said on Tuesday that 12 miners were underground.",
        "12",
        "the operator said",
        "miners underground",
    )
    assert judge_told_once((*BOTH_SIDES, again)) == ""


def test_a_sources_other_number_told_once_stays_alone():
    other = (
        "The operator said on Tuesday that 14 miners were underground.",
        "14",
        "the operator said",
        "miners underground",
    )
    assert judge_told_once((*BOTH_SIDES, other)) == "alone: one source"


def test_a_sources_count_it_says_it_revised_joins_its_earlier_counts_group_however_little_alike_their_words(
    monkeypatch,
):
    # The pair model finds every pair across little alike: the operator's word that it revised the 12 still joins.
    from claims.suggestions.rival_groups import RivalJoin

    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.05)
    revised = revised_story("The operator raised its count of miners trapped on Tuesday to 15.")
    assert isinstance(judge_corrected(revised, ([10, 20], [30, 40])), float)
    plain = revised_story("The operator said 15 miners were trapped on Tuesday.")
    assert judge_corrected(plain, ([10, 20], [30, 40])) == "one source in each"


def test_two_counters_numbers_each_told_again_need_half_the_mean_of_pairs(monkeypatch):
    # The operator's 12 and the rescuers' 30, each printed three times, every pair across scored low.
    from claims.suggestions.rival_groups import RivalJoin

    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.2)
    assert isinstance(judge_story(MINE, (TUESDAY,) * 6), float)
    # A group telling two numbers is no one counter's count told again: the whole mean is needed.
    other = ("45 miners were underground on Tuesday, rescuers said.", "45", "rescuers said", "miners underground")
    assert judge_story((*MINE[:5], other), (TUESDAY,) * 6) == "mean below bar"
    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.1)
    assert judge_story(MINE, (TUESDAY,) * 6) == "mean below bar"


def judge_sentence_of_two_subjects(told, sides):
    """Return how the rival join judges ``sides`` of the operator's 12s (claims 10, 20) and the rescuers' 30s (30, 40),
    where ``told`` gives 12 (claim 50) and 30 (claim 51) in one sentence read as the operator's, each with a subject of
    its own."""
    from claims.conflicts import Value
    from claims.suggestions.features import Context, describe_claim
    from claims.suggestions.grouping import Group, grouped_claims
    from claims.suggestions.rival_groups import RivalJoin

    lines = [
        (10, "The operator said 12 miners were trapped on Tuesday.", "12", "the operator said", "miners trapped"),
        (20, "12 miners were trapped on Tuesday, the operator said.", "12", "the operator said", "miners trapped"),
        (30, "Rescuers said 30 miners were trapped on Tuesday.", "30", "rescuers said", "miners trapped"),
        (40, "30 miners were trapped on Tuesday, rescuers said.", "30", "rescuers said", "miners trapped"),
        (50, told, "12", "the operator said", "miners trapped"),
        (51, told, "30", "the operator said", "names listed"),
    ]
    items = []
    for claim_id, text, quote, source, subject in lines:
        context = Context(
            subject=subject, attribution=source, period_start=TUESDAY, period_end=TUESDAY, period_stated=True
        )
        start = text.index(quote)
        value = Value.of(float(quote), float(quote), "exact", "person")
        items.append(
            describe_claim(
                claim_id, claim_id // 10, text, start, start + len(quote), value, published=TUESDAY, context=context
            )
        )
    grouping = grouped_claims(items)
    by_id = {item.claim_id: item for item in grouping.inputs}
    return RivalJoin(grouping, [Group([by_id[claim_id] for claim_id in side]) for side in sides]).judge_join(0, 1)


MINERS_SIDES = ([10, 20, 50], [30, 40, 51])
COMPARED = "The operator said 12 miners were trapped on Tuesday, far fewer than the 30 on the list."
DENIED = "The operator said 12 miners were trapped on Tuesday, not 30."
TOLD_ALONGSIDE = "The operator said 12 miners were trapped on Tuesday and 30 names were on the list."


@pytest.mark.parametrize("told", [COMPARED, DENIED])
def test_one_number_set_against_another_in_one_sentence_keeps_the_groups_joinable(told):
    # The operator's 12 and the rescuers' 30 (printed twice as theirs), set against each other in one sentence read as
    # the operator's: rival counts, not the operator's two quantities.
    assert isinstance(judge_sentence_of_two_subjects(told, MINERS_SIDES), float)


def test_one_sources_two_numbers_of_one_sentence_not_set_against_each_other_part_the_groups():
    assert judge_sentence_of_two_subjects(TOLD_ALONGSIDE, MINERS_SIDES) == "one sentence apart"


def test_groups_whose_numbers_one_sentence_sets_against_each_other_need_half_the_mean_of_pairs(monkeypatch):
    from claims.suggestions.rival_groups import RivalJoin

    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.2)
    assert isinstance(judge_sentence_of_two_subjects(COMPARED, MINERS_SIDES), float)
    monkeypatch.setattr(RivalJoin, "probability", lambda self, i, j: 0.1)
    assert judge_sentence_of_two_subjects(COMPARED, MINERS_SIDES) == "mean below bar"


# "The organisers counted 120,000 and 30,000": one attribution read for both numbers, which a third number of the
# sentence keeps from being one count set against the other.
READ_AS_ONE = (
    "The organisers counted about 120,000 people marching in Lyon on Saturday, 30,000 and, in Grenoble, 8,000 more."
)
# Another article gives each number to a source of its own.
TOLD_BY_TWO = "The organisers said 120,000 people marched in Lyon on Saturday; police said 30,000 people marched."


def judge_read_as_one(told_by_two):
    """Return how the rival join judges the march's two sides where one sentence reads both numbers as the organisers'
    (``READ_AS_ONE``), with or without an article giving the two numbers to two sources (``TOLD_BY_TWO``)."""
    items, (organisers, police) = march_claims(READ_AS_ONE, sources=("the organisers counted",) * 2)
    items.append(describe_more(READ_AS_ONE, "8,000", 9, 5))
    if told_by_two:
        ours = dataclasses.replace(describe_more(TOLD_BY_TWO, "120,000", 7, 6), source="the organisers said")
        theirs = dataclasses.replace(describe_more(TOLD_BY_TWO, "30,000", 8, 6), source="police said")
        items += [ours, theirs]
        organisers, police = [*organisers, 7], [*police, 8]
    return judge_sides(items, (organisers, police))


def test_one_sources_two_numbers_of_one_sentence_another_sentence_gives_two_sources_keep_the_groups_joinable():
    assert isinstance(judge_read_as_one(told_by_two=True), float)


def test_one_sources_two_numbers_of_one_sentence_no_sentence_gives_two_sources_part_the_groups():
    assert judge_read_as_one(told_by_two=False) == "one sentence apart"
