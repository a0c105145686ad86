"""Rival counts told side by side: one article telling two groups apart, and a source's number printed again."""

import dataclasses
import datetime

from claims import conflicts
from claims.suggestions.features import Context, describe_claim
from claims.suggestions.grouping import Linkage
from claims.suggestions.rivals import echoes, may_be_rivals, told_as_rivals
from claims.suggestions.scoring import are_told_side_by_side

DAY = datetime.date(2025, 6, 4)

# Each entry: article, text, the number's quote, low, high, source. Articles 1 and 2 print the organisers' and the
# police's counts of a march (2 also a study's range); article 3 tells the study's range beside the organisers' count,
# and article 4 gives the study's best estimate.
FIRST = "Organisers say 120,000 marched. Police say 35,000."
SECOND = "Marchers: 120,000, the organisers claimed. A university study found 58,000 to 71,000."
THIRD = "The study by the university puts the crowd at 58,000 to 71,000. Organisers say 120,000."
CLAIMS = (
    (1, FIRST, "120,000", 120000, 120000, "organisers say"),
    (1, FIRST, "35,000", 35000, 35000, "police say"),
    (2, SECOND, "120,000", 120000, 120000, "the organisers claimed"),
    (2, SECOND, "58,000 to 71,000", 58000, 71000, "a university study found"),
    (3, THIRD, "58,000 to 71,000", 58000, 71000, "the study by the university puts"),
    (3, THIRD, "120,000", 120000, 120000, "organisers say"),
    (
        4,
        "Its best estimate is about 65,000, the study's author said.",
        "about 65,000",
        65000,
        65000,
        "the study's author said",
    ),
)
# The groups the sentences' scores made before rivals are joined: the organisers' side (with article 2's range of the
# study) and the study's own reports.
ORGANISERS_SIDE, STUDY_SIDE = (0, 1, 2, 3, 5), (4, 6)


def inputs(stated_day=None):
    made = []
    for at, (document, text, quote, low, high, source) in enumerate(CLAIMS):
        start = text.index(quote)
        qualifier = "range" if low != high else "approximate" if quote.startswith("about") else "exact"
        value = conflicts.Value.of(low, high, qualifier, "person")
        context = (
            Context(period_start=stated_day, period_end=stated_day, period_stated=True) if stated_day else Context()
        )
        item = describe_claim(at, document, text, start, start + len(quote), value, published=DAY, context=context)
        made.append(dataclasses.replace(item, source=source))
    return made


def side_edges(first, second, across=0.2):
    """Return the scored pairs of two sides: each side's pairs agree (0.9); pairs across, rival values of one quantity,
    score ``across``."""
    inside = [(-0.9, i, j) for side in (first, second) for i in side for j in side if i < j]
    return sorted([*inside, *((-across, min(i, j), max(i, j)) for i in first for j in second)])


def sides_joined(items, first, second, *, across=0.2, echoed=()):
    """Link each side by its scores (``side_edges``), join rivals; return whether the two sides end in one cluster."""
    edges = side_edges(first, second, across)
    linkage = Linkage(items, edges, dict.fromkeys(range(len(items))))
    linkage.link(edges, 0.35)
    linkage.join_rivals(list(told_as_rivals(items)), list(echoed))
    return linkage.cluster_of[first[0]] == linkage.cluster_of[second[0]]


def joined(items):
    """Link each side by its scores, join rivals; return whether the two sides end in one cluster."""
    return sides_joined(items, ORGANISERS_SIDE, STUDY_SIDE, echoed=echoes(items))


def test_one_article_telling_two_groups_side_by_side_joins_them_when_another_prints_a_sides_number_in_the_other():
    # Article 3 alone tells the two apart; article 2 printed the study's range with the organisers': one quantity.
    assert joined(inputs())


def test_a_sources_number_printed_again_joins_nothing_no_article_tells_side_by_side():
    items = inputs()
    items[5] = dataclasses.replace(items[5], source="")
    assert not joined(items)


def test_a_count_dated_to_the_day_it_was_printed_printed_again_is_a_later_count():
    # "As of today, 58,000 to 71,000": the same numbers printed again may be a later count of a growing number.
    assert not joined(inputs(stated_day=DAY))


# A referendum: one commission sentence gives both the Yes share and the turnout; two articles set monitors' Yes share
# beside the commission's turnout.
DECLARED = "The commission declared on Saturday 52.3 percent voting Yes on a turnout of 66.8 percent."
MONITORED = (
    "Monitors put the Yes share at 49 to 51 percent. The commission says turnout was 66.8 percent.",
    "The Yes vote was 49 to 51 percent, monitors said. Turnout was 66.8 percent, the commission said.",
)
SATURDAY = datetime.date(2025, 6, 7)


def referendum(second_source="the commission declared"):
    made = []
    for quote, low, high, source in (
        ("52.3 percent", 52.3, 52.3, "the commission declared"),
        ("66.8 percent", 66.8, 66.8, second_source),
    ):
        start = DECLARED.index(quote)
        value = conflicts.Value.of(low, high, unit="percent")
        context = Context(period_start=SATURDAY, period_end=SATURDAY, period_stated=True)
        item = describe_claim(len(made), 1, DECLARED, start, start + len(quote), value, published=DAY, context=context)
        made.append(dataclasses.replace(item, source=source))
    for document, text in enumerate(MONITORED, start=2):
        for quote, low, high, source in (
            ("49 to 51 percent", 49, 51, "monitors said"),
            ("66.8 percent", 66.8, 66.8, "the commission says"),
        ):
            start = text.index(quote)
            value = conflicts.Value.of(low, high, "range" if low != high else "exact", "percent")
            item = describe_claim(len(made), document, text, start, start + len(quote), value, published=DAY)
            made.append(dataclasses.replace(item, source=source))
    return made


def referendum_joined(items):
    """Link the Yes shares and the turnouts each by their scores, join rivals; return whether they end in one."""
    yes, turnout = (0, 2, 4), (1, 3, 5)
    return sides_joined(items, yes, turnout, echoed=echoes(items))


def test_two_numbers_one_source_gives_in_one_sentence_for_one_day_are_two_quantities_however_often_told_together():
    assert not referendum_joined(referendum())


def test_two_sources_numbers_in_one_sentence_may_be_rival_counts_told_together():
    assert referendum_joined(referendum(second_source="the monitors' count showed"))


# A mine accident: three articles each set the union's count of miners still missing beside the company's count of
# the shift that went down. The missing are a running total (dated by the day of their count), the shift is not.
SHIFT = "The company says 48 miners were on the night shift."
MINE = (
    "The union says 57 miners are still missing. " + SHIFT,
    "The union said 57 miners were missing on Tuesday. Lubo Coal said 48 miners worked the night shift.",
    "The union says 57 miners are missing underground. " + SHIFT,
)


def mine_joined(shift=SHIFT):
    """Link the union's counts and the company's each by their scores, join rivals; return whether they end in one."""
    made = []
    for document, text in enumerate(MINE, start=1):
        text = text.replace(SHIFT, shift)
        for quote, source in (("57", "the union says"), ("48", "the company says")):
            start = text.index(quote)
            value = conflicts.Value.of(int(quote), int(quote), unit="person")
            item = describe_claim(len(made), document, text, start, start + len(quote), value, published=DAY)
            made.append(dataclasses.replace(item, source=source))
    union, company = (0, 2, 4), (1, 3, 5)
    return sides_joined(made, union, company)


def test_a_running_total_and_a_fixed_count_of_one_event_told_side_by_side_are_two_quantities():
    # The men still missing and the shift that went down: one event, two quantities, however often printed together.
    assert not mine_joined()


def test_two_sides_counts_of_a_running_total_told_side_by_side_are_rival_counts():
    assert mine_joined(shift="The company says 48 miners are missing.")


# A ferry: three articles each set the coast guard's survivors beside the owner's passengers aboard. Pairs across the
# two sides share almost no word: their scores, summed, carry too little for the pairs a join would make.
FERRY = "The coast guard said 41 people were pulled alive from the lake. The owner says 160 passengers were aboard."


def ferry_joined(across):
    """Link the survivors and the passengers aboard each by their scores, join rivals; return whether they end in one."""
    made = []
    for document in (1, 2, 3):
        for quote, source in (("41", "the coast guard said"), ("160", "the owner says")):
            start = FERRY.index(quote)
            value = conflicts.Value.of(int(quote), int(quote), unit="person")
            item = describe_claim(len(made), document, FERRY, start, start + len(quote), value, published=DAY)
            made.append(dataclasses.replace(item, source=source))
    survivors, aboard = (0, 2, 4), (1, 3, 5)
    return sides_joined(made, survivors, aboard, across=across)


def test_two_groups_told_side_by_side_whose_pairs_score_almost_nothing_are_two_quantities():
    assert ferry_joined(across=0.2)
    assert not ferry_joined(across=0.01)


# A spreading fire: three articles each set the firefighters' count of the hectares it covers beside the forestry
# agency's. Each article prints its own pair of counts, none printed again: counts of a growing area, a pair for each
# day, not two sides' counts of one quantity.
FIRE = "Firefighters said the fire covered {} hectares. The forestry agency put its area at {} hectares."


def fire_joined(counts):
    """Link the firefighters' counts and the agency's each by their scores, join rivals; return whether they end in
    one."""
    made = []
    for document, (ours, theirs) in enumerate(counts, start=1):
        text = FIRE.format(f"{ours:,}", f"{theirs:,}")
        for number, source in ((ours, "firefighters said"), (theirs, "the forestry agency put")):
            quote = f"{number:,}"
            start = text.index(quote)
            value = conflicts.Value.of(number, number, unit="hectare")
            item = describe_claim(len(made), document, text, start, start + len(quote), value, published=DAY)
            made.append(dataclasses.replace(item, source=source))
    firefighters, agency = (0, 2, 4), (1, 3, 5)
    return sides_joined(made, firefighters, agency)


def test_two_groups_whose_articles_each_pair_other_numbers_are_no_rival_counts():
    assert not fire_joined(((3000, 4200), (7500, 9800), (12000, 15500)))


def test_two_groups_whose_articles_print_one_sides_number_again_are_rival_counts():
    assert fire_joined(((3000, 4200), (3000, 9800), (3000, 15500)))


def counted(document, text, quote, number, unit, source):
    """Return the claim of ``quote`` in ``text``, a count of ``number`` ``unit`` told by ``source``."""
    start = text.index(quote)
    value = conflicts.Value.of(number, number, "exact", unit)
    item = describe_claim(document, document, text, start, start + len(quote), value, published=DAY)
    return dataclasses.replace(item, source=source)


def test_a_kind_and_its_class_counted_by_two_sources_may_be_rival_counts():
    # The council's "structures" and the residents' "huts" are one fire's losses, told by two sources in their words.
    council = counted(
        1, "The blaze razed 310 structures, the council said.", "310", 310, "structure", "the council said"
    )
    residents = counted(2, "Residents said 1,900 huts had burned.", "1,900", 1900, "hut", "residents said")
    assert may_be_rivals(council, residents)
    assert may_be_rivals(residents, council)


def test_two_kinds_of_one_class_are_no_rival_counts():
    # Huts and shops are both buildings, but a fire's huts lost are not its shops lost.
    huts = counted(1, "Residents said 1,900 huts had burned.", "1,900", 1900, "hut", "residents said")
    shops = counted(2, "The blaze razed 310 shops, the council said.", "310", 310, "shop", "the council said")
    assert not may_be_rivals(huts, shops)


def test_a_kind_and_its_class_told_by_two_sources_side_by_side_are_rival_counts_told_together():
    text = "The council said 310 structures burned. The residents' committee counted 1,900 shacks."
    council = counted(1, text, "310", 310, "structure", "the council said")
    residents = dataclasses.replace(
        counted(1, text, "1,900", 1900, "shack", "the residents' committee counted"), claim_id=2
    )
    assert are_told_side_by_side(council, residents)
