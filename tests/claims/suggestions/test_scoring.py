"""Pair rules: which two numbers of one sentence may be one quantity in conflict."""

import dataclasses
import datetime

import pytest

from claims import conflicts
from claims.suggestions.features import Context, describe_claim
from claims.suggestions.rivals import may_be_rivals
from claims.suggestions.scoring import Prepared, idf_weights, is_one_body, pair_verdict, source_heads


def judged(text, rows, unit="person"):
    """Return ``pair_verdict`` of two numbers of ``text``, each a (quote, source, subject) row (and its own unit, else
    ``unit``): the pair's features, or the rule that rules it out."""
    made = []
    for at, (quote, source, subject, *own) in enumerate(rows):
        start = text.index(quote)
        number = int(quote.replace(",", ""))
        value = conflicts.Value.of(number, number, "exact", own[0] if own else unit)
        item = describe_claim(at, 1, text, start, start + len(quote), value, context=Context(subject=subject))
        made.append(dataclasses.replace(item, source=source))
    idf = idf_weights(made)
    return pair_verdict(*(Prepared(item, idf) for item in made))


def verdict(text, rows, unit="person"):
    """Return ``judged`` of two numbers of ``text`` as rival (or not) and told side by side (or not), or the rule that
    rules them out."""
    found = judged(text, rows, unit)
    return found if isinstance(found, str) else f"rival={found['rival']:.0f} side_by_side={found['side_by_side']:.0f}"


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


# A ferry operator's count set against a seafarers' guild's in the next sentence, each worded its own way.
FERRY = (
    "The ferry operator said 14 crew were missing. The seafarers' guild said 37 of its members on the ferry had not "
    "been found."
)
CREW, MEMBERS = ("14", "the ferry operator said", "crew missing"), ("37", "the seafarers' guild said", "members")


def test_two_sources_counts_told_in_sentences_side_by_side_are_rival_counts_however_each_words_its_subject():
    # One article sets a ferry operator's count against a seafarers' guild's, each worded its own way: rival counts.
    text = FERRY + "\n\nThe port authority said 200 ferry passengers were waiting."
    crew, members = CREW, MEMBERS
    assert verdict(text, [crew, members]) == "rival=0 side_by_side=1"
    # Sentences apart (one between them, or a paragraph's end) are not told side by side: a few lines apart and close
    # in value, the pair model weighs them; further apart in value, two quantities.
    passengers = ("200", "the port authority said", "passengers waiting")
    assert verdict(text, [members, passengers]).startswith("one article, values apart: ")
    apart = text.replace("missing. The", "missing. The sea was calm. The")
    assert verdict(apart, [crew, members]) == "rival=0 side_by_side=0"


def test_two_named_sources_counts_of_one_sentence_are_rival_counts_however_each_clause_words_what_it_counts():
    # "Clinics said they had treated 34 people, while the coastguard's list held 28": one thing, two counters.
    text = "Clinics said they had treated 34 people by Friday, while the coastguard's list held 28."
    rows = [("34", "clinics said", "people treated"), ("28", "the coastguard's list", "list held")]
    assert verdict(text, rows) == "rival=1 side_by_side=0"
    # Ten times apart or more, one sentence gives two quantities.
    text = "Clinics said they had treated 340 people by Friday, while the coastguard's list held 28."
    rows = [("340", "clinics said", "people treated"), ("28", "the coastguard's list", "list held")]
    assert verdict(text, rows).startswith("one sentence: ")


def test_counts_told_side_by_side_carry_an_input_of_their_own_that_one_sentence_s_rival_counts_do_not():
    # The pair model weighs rival counts an article tells in two sentences apart from those of one sentence.
    assert verdict(FERRY, [CREW, MEMBERS]) == "rival=0 side_by_side=1"
    text = "Organisers said 120,000 people marched in the capital, while police counted 35,000 people marching."
    rows = [("120,000", "organisers said", "people marched"), ("35,000", "police counted", "people marching")]
    assert verdict(text, rows) == "rival=1 side_by_side=0"


def test_a_count_told_as_a_part_of_another_is_no_rival_of_the_sentence_beside_it():
    # The guild's 37 is set against the operator's 14; "including 5 cooks" is a part of the guild's count, no rival.
    text = (
        "The ferry operator said 14 people were missing. The seafarers' guild said 37 people on the ferry were "
        "missing, including 5 cooks."
    )
    operator = ("14", "the ferry operator said", "people missing")
    guild = ("37", "the seafarers' guild said", "people on the ferry")
    assert verdict(text, [operator, guild]) == "rival=0 side_by_side=1"
    cooks = ("5", "the seafarers' guild said", "cooks")
    assert verdict(text, [operator, cooks]).startswith("one article, values apart: ")


def test_counts_told_side_by_side_may_be_in_two_units_of_one_dimension_or_name_only_an_event():
    # Kilometres and miles are one dimension; "14 missing" names the event, not a counted noun apart from "men".
    text = "The port authority said 70 km of shore was oiled. Fishermen said 90 miles of shore were."
    rows = [("70", "the port authority said", "shore oiled", "km"), ("90", "fishermen said", "shore", "mile")]
    assert verdict(text, rows) == "rival=0 side_by_side=1"
    text = "The mine operator said 14 missing in the pit. The miners' union said 41 men were still in the pit."
    rows = [("14", "the mine operator said", "missing"), ("41", "the miners' union said", "men in the pit")]
    assert verdict(text, rows) == "rival=0 side_by_side=1"


def test_two_counters_of_a_gapped_sentence_are_rival_counts():
    # "X says A, the Y B": the verb is said once, each count its counter's, whatever attribution was read for both.
    text = "The port authority says 40 percent of ferries sailed, the crews' union fewer than 15 percent."
    rows = [("40", "the port authority says", "ferries sailed"), ("15", "the port authority says", "")]
    assert verdict(text, rows, "percent") == "rival=1 side_by_side=0"


def test_a_count_no_attribution_names_is_its_clause_counter_s():
    # "The federation's went from 2,900": a possessive count, set against the council's count two sentences before.
    text = (
        "The council said 640 lorries had blocked the roads on Monday. Traffic was slow all day. "
        "The federation's went from 2,900 lorries on Monday to 3,100."
    )
    rows = [("640", "the council said", "lorries blocked roads"), ("2,900", "", "lorries blocked roads")]
    assert verdict(text, rows, "vehicle") == "rival=1 side_by_side=0"


def test_a_counter_read_where_no_attribution_was_tells_no_counts_side_by_side():
    # The sentence beside names its counter only by a possessive: rival counts, but not told side by side.
    text = "The council said 640 lorries had blocked the roads. The federation's went from 2,900 lorries to 3,100."
    rows = [("640", "the council said", "lorries blocked roads"), ("2,900", "", "lorries blocked roads")]
    assert verdict(text, rows, "vehicle") == "rival=1 side_by_side=0"


def test_a_vague_count_no_one_is_named_for_is_the_writer_s_rival_of_a_named_count():
    # "Tens of thousands" the writer saw, against the organisers' 180,000, a paragraph apart: rival counts of one march.
    text = (
        "Tens of thousands of people marched through the capital on Sunday.\n\nTraffic stopped for hours. "
        "The organisers said 180,000 people had marched."
    )
    made = []
    for at, (quote, value, source) in enumerate(
        [("Tens of thousands", conflicts.Value.of(20000, 99999, "vague", "person"), ""),
         ("180,000", conflicts.Value.of(180000, 180000, "exact", "person"), "the organisers said")]
    ):  # fmt: skip
        start = text.index(quote)
        context = Context(subject="people marched")
        item = describe_claim(at, 1, text, start, start + len(quote), value, context=context)
        made.append(dataclasses.replace(item, source=source))
    idf = idf_weights(made)
    found = pair_verdict(*(Prepared(item, idf) for item in made))
    assert not isinstance(found, str) and found["rival"] == 1


def test_a_number_set_against_the_one_before_it_is_its_rival_count():
    # "On Friday it was 3,100 against about 8,000": no source in either clause, yet two rival counts of one crowd.
    text = "On Friday it was 3,100 against about 8,000, the two counts of the crowd in the square."
    rows = [("3,100", "", "crowd in the square"), ("8,000", "", "crowd in the square")]
    assert verdict(text, rows) == "rival=1 side_by_side=0"
    # Not a bound: "against a permitted 10" is what was allowed, no rival count.
    text = "The barge carried 25 tonnes of sand, against a permitted 10, the port said."
    rows = [("25", "the port said", "sand carried"), ("10", "the port said", "sand carried")]
    assert verdict(text, rows, "tonne").startswith("one sentence: ")


@pytest.mark.parametrize(
    "text",
    [
        "The guild counted 2,300 members at the rally, far more than the 900 the council has listed.",
        "The guild says about 2,300 members came, not 900.",
        "The guild counted 2,300 members at the rally, rather than 900.",
        "The guild counted 2,300 members at the rally, well below the council's 9,000.",
        "The guild counted 2,300 members at the rally, compared with 900 in the council's tally.",
    ],
)
def test_a_number_compared_with_or_denied_against_the_one_before_it_is_set_against_it(text):
    from claims.suggestions.features import set_against

    earlier, later = (number for number in ("2,300", "900", "9,000") if number in text)
    found = set_against(text, 0, text.index(later))
    assert found is not None and found[0] < text.index(earlier) + len(earlier) <= found[1]


@pytest.mark.parametrize(
    "text",
    [
        "The guild counted 2,300 members at the rally, up from 900 last spring.",
        "The guild counted 2,300 members at the rally, more than 900 of them students.",
        "The guild counted 2,300 members at the rally, 900 of the 2,300 students.",
        "The guild counted 2,300 members at the rally, over 900 of them from the port.",
    ],
)
def test_a_change_over_time_a_hedge_or_a_part_sets_no_number_against_the_one_before_it(text):
    from claims.suggestions.features import set_against

    assert set_against(text, 0, text.index("900")) is None


def test_a_kind_meets_its_class_but_not_another_kind_of_it():
    # "400 cattle" one outlet counts are another's "animals"; the farm's sheep are another count.
    text = "The ministry said 400 cattle died in the flood. The farmers' union said 1,200 animals died."
    rows = [("400", "the ministry said", "cattle died", "cattle"), ("1,200", "the farmers' union said", "animals died")]
    assert judged(text, rows, "animal") != "units"
    text = "The ministry said 400 cattle died in the flood. The farmers' union said 1,200 sheep died."
    rows = [("400", "the ministry said", "cattle died", "cattle"), ("1,200", "the farmers' union said", "sheep died")]
    assert judged(text, rows, "sheep") == "units"


def test_a_kind_s_count_may_be_the_rival_of_its_class_s():
    # In one sentence, two sources' counts in their own words: the ministry's cattle and the union's animals may be
    # rival counts of one loss; the union's sheep may not.
    text = "The ministry said 400 cattle had died in the floods, while the farmers' union said 1,200 animals had died."

    def told(quote, unit, subject):
        start = text.index(quote)
        value = conflicts.Value.of(int(quote.replace(",", "")), int(quote.replace(",", "")), "exact", unit)
        return describe_claim(1, 1, text, start, start + len(quote), value, context=Context(subject=subject))

    cattle, animals = told("400", "cattle", "cattle died"), told("1,200", "animal", "animals died")
    assert may_be_rivals(cattle, animals, own_words=True) and may_be_rivals(animals, cattle, own_words=True)
    assert not may_be_rivals(cattle, told("1,200", "sheep", "sheep died"), own_words=True)


def judged_apart(rows, unit="person", scale=1):
    """Return ``pair_verdict`` of two numbers each told in an article of its own, each a (text, quote, source,
    subject) row, in ``unit``, the quote's number times ``scale``: the pair's features, or the rule that rules it
    out."""
    made = []
    for at, (text, quote, source, subject) in enumerate(rows):
        start = text.index(quote)
        number = int(quote.replace(",", "")) * scale
        value = conflicts.Value.of(number, number, "exact", unit)
        item = describe_claim(at, at + 1, text, start, start + len(quote), value, context=Context(subject=subject))
        made.append(dataclasses.replace(item, source=source))
    idf = idf_weights(made)
    return pair_verdict(*(Prepared(item, idf) for item in made))


REGULATOR = "The regulator said 6,200 people had lent money to the failed Harbour Mutual cooperative."
UNION = "The depositors' union says 38,000 savers had deposits at the Harbour Mutual cooperative."


def test_two_counters_counts_of_one_kind_far_apart_are_rival_counts():
    # "People" who lent against "savers": one kind of thing counted, by two counters, six times apart.
    regulator = (REGULATOR, "6,200", "the regulator said", "people lent money")
    union = (UNION, "38,000", "the depositors' union says", "savers")
    found = judged_apart([regulator, union])
    assert not isinstance(found, str) and found["rival"] == 1
    # Told without saying what it counts, the union's count is as much a rival count.
    assert not isinstance(judged_apart([regulator, (*union[:3], "")]), str)


def test_one_counters_or_two_described_counts_far_apart_stay_two_quantities():
    regulator = (REGULATOR, "6,200", "the regulator said", "people lent money")
    again = (UNION.replace("The depositors' union", "The regulator"), "38,000", "the regulator says", "savers")
    assert judged_apart([regulator, again]) == "values apart, not rival counts"
    # Each says more of what it counts than a noun ("savers with deposits at its branches"): the subjects decide.
    union = (UNION, "38,000", "the depositors' union says", "savers deposits branches")
    assert judged_apart([regulator, union]) == "values apart, not rival counts"


def judged_volumes(rows):
    """Return ``judged_apart`` of two volumes, each row's quote in millions of litres."""
    return judged_apart(rows, unit="liter", scale=1_000_000)


MILL = "The paper mill said 3 million litres of effluent were released into the Varne river after the storm."
ANGLERS = "The anglers' federation says 24 million litres of effluent were discharged into the Varne river."


def test_two_sides_estimates_of_one_volume_far_apart_are_rival_counts_however_worded():
    # Released against discharged: one volume that flowed, estimated by each side, eight times apart.
    mill = (MILL, "3", "the paper mill said", "effluent released")
    anglers = (ANGLERS, "24", "the anglers' federation says", "effluent discharged river")
    found = judged_volumes([mill, anglers])
    assert not isinstance(found, str) and found["rival"] == 1
    # One side giving both volumes counts two amounts, not rival ones.
    again = (ANGLERS.replace("anglers' federation", "paper mill"), "24", "the paper mill says", anglers[3])
    assert judged_volumes([mill, again]) == "values apart, not rival counts"


def test_a_fixed_quantity_is_one_time_whatever_day_a_later_report_names_within_a_week():
    # The crew aboard a ship that sank is one figure: a report printed on Monday and one printed on Thursday that names
    # Thursday (the day of its report) tell one quantity; a running total of those days (the dead so far) does not.
    from claims.suggestions.scoring import is_time_compatible

    monday, thursday = datetime.date(2025, 6, 2), datetime.date(2025, 6, 5)
    told = Context(period_start=monday, period_end=monday)
    named = Context(period_start=thursday, period_end=thursday, period_precision="day", period_stated=True)
    value = conflicts.Value.of(31, 31, "exact", "person")
    first_text = "The freighter sank in the strait with 31 crew aboard, its owner said."
    later_text = "On Thursday the seafarers' union said 31 crew had been aboard the freighter."
    first = describe_claim(1, 1, first_text, 38, 40, value, published=monday, context=told)
    later = describe_claim(2, 2, later_text, 38, 40, value, published=thursday, context=named)
    assert is_time_compatible(first, later)
    month_later = dataclasses.replace(
        later.context,
        period_start=monday + datetime.timedelta(days=30),
        period_end=monday + datetime.timedelta(days=30),
    )
    assert not is_time_compatible(
        first,
        dataclasses.replace(later, context=month_later, period=(month_later.period_start, month_later.period_end)),
    )
    assert not is_time_compatible(
        dataclasses.replace(first, day=monday), dataclasses.replace(later, day=thursday, day_stated=True)
    )
