"""Average linkage: pairs a rule parts are cannot-links; rival counts merge clusters however far apart."""

import dataclasses
import datetime

from claims import conflicts
from claims.suggestions.features import describe_claim
from claims.suggestions.grouping import Linkage

DAY = datetime.date(2025, 9, 12)


def claims(*rows):
    """Return one claim per (article, text, quote, value, source) row, each of people."""
    made = []
    for at, (document, text, quote, value, source) in enumerate(rows):
        start = text.index(quote)
        number = conflicts.Value.of(value, value, "exact", "person")
        item = describe_claim(at, document, text, start, start + len(quote), number, published=DAY)
        made.append(dataclasses.replace(item, source=source))
    return made


def test_two_clusters_holding_a_pair_a_rule_parts_never_merge_however_well_their_other_pairs_score():
    items = claims(
        (1, "Some 640 pickers were stranded in Orvieto.", "640", 640, ""),
        (2, "640 pickers were stranded in Orvieto, growers said.", "640", 640, "growers said"),
        (3, "640 pickers were stranded in Lucca, growers said.", "640", 640, "growers said"),
    )
    # 1 and 2 are one count; 2 and 3 print one number again; 1 and 3 are set in other places.
    edges = [(-0.95, 0, 1), (-0.9, 1, 2), (0.0, 0, 2)]
    linkage = Linkage(items, sorted(edges), dict.fromkeys(range(3)), vetoed=[(0, 2)])
    linkage.link(sorted(edges), 0.4)
    assert linkage.cluster_of[0] == linkage.cluster_of[1]
    assert linkage.cluster_of[2] != linkage.cluster_of[0]


def test_rival_counts_of_one_sentence_merge_a_cluster_whose_other_count_is_far_from_the_rival():
    text = "Organisers said 90,000 walked; police said 14,000."
    items = claims(
        (1, text, "90,000", 90000, "organisers said"),
        (1, text, "14,000", 14000, "police said"),
        (2, "About 90,000 walked, the organisers said on Sunday.", "90,000", 90000, "the organisers said"),
    )
    # The later report meets the organisers' count first; the police's count is far from it only by its value.
    edges = sorted([(-0.9, 0, 2), (-0.6, 0, 1), (0.0, 1, 2)])
    linkage = Linkage(items, edges, dict.fromkeys(range(3)), far=[(1, 2)])
    linkage.link(edges, 0.4)
    assert len({linkage.cluster_of[i] for i in range(3)}) == 1


def dated(item, day, *, stated=True):
    """Return a claim as a running total's count of ``day`` (stated by its text, or the day it was printed)."""
    return dataclasses.replace(item, day=day, day_stated=stated)


def test_a_cluster_never_holds_counts_of_a_running_total_stated_for_two_days_whatever_links_them():
    monday, wednesday = DAY, DAY + datetime.timedelta(days=2)
    items = claims(
        (1, "By Monday 23 hikers had died on the ridge, rangers said.", "23", 23, "rangers said"),
        (2, "Rangers have put the hikers who died on the ridge at 23 to 28.", "23", 23, "rangers have put"),
        (3, "By Wednesday 28 hikers had died on the ridge, rangers said.", "28", 28, "rangers said"),
    )
    items = [dated(items[0], monday), items[1], dated(items[2], wednesday)]
    # The recap meets both counts; Monday's and Wednesday's were never compared.
    edges = sorted([(-0.9, 0, 1), (-0.85, 1, 2)])
    linkage = Linkage(items, edges, dict.fromkeys(range(3)))
    linkage.link(edges, 0.4)
    assert linkage.cluster_of[0] == linkage.cluster_of[1]
    assert linkage.cluster_of[2] != linkage.cluster_of[0]


def test_counts_of_one_day_and_a_fixed_quantity_reported_on_two_days_still_merge():
    items = claims(
        (1, "By Monday 23 hikers had died on the ridge, rangers said.", "23", 23, "rangers said"),
        (2, "Some 23 hikers died on the ridge by Monday, the mayor said.", "23", 23, "the mayor said"),
        (3, "The ferry carried 340 people, the operator said on Monday.", "340", 340, "the operator said"),
        (4, "The ferry carried 340 people, the operator said on Wednesday.", "340", 340, "the operator said"),
    )
    items = [dated(items[0], DAY), dated(items[1], DAY), *items[2:]]
    edges = sorted([(-0.9, 0, 1), (-0.9, 2, 3)])
    linkage = Linkage(items, edges, dict.fromkeys(range(4)))
    linkage.link(edges, 0.4)
    assert linkage.cluster_of[0] == linkage.cluster_of[1]
    assert linkage.cluster_of[2] == linkage.cluster_of[3]


def test_a_count_printed_with_no_day_never_joins_a_count_stated_for_a_later_day():
    wednesday = DAY + datetime.timedelta(days=2)
    items = claims(
        (1, "Rangers said 23 hikers have died on the ridge.", "23", 23, "rangers said"),
        (2, "Rangers have put the hikers who died on the ridge at 23 to 28.", "23", 23, "rangers have put"),
        (3, "By Wednesday 28 hikers had died on the ridge, rangers said.", "28", 28, "rangers said"),
    )
    # The first is of the day it was printed, two days before the third's.
    items = [dated(items[0], DAY, stated=False), items[1], dated(items[2], wednesday)]
    edges = sorted([(-0.9, 0, 1), (-0.85, 1, 2)])
    linkage = Linkage(items, edges, dict.fromkeys(range(3)))
    linkage.link(edges, 0.4)
    assert linkage.cluster_of[2] != linkage.cluster_of[0]


def test_a_count_printed_with_no_day_after_a_stated_day_may_join_it():
    wednesday = DAY + datetime.timedelta(days=2)
    items = claims(
        (1, "By Monday 23 hikers had died on the ridge, rangers said.", "23", 23, "rangers said"),
        (2, "Rangers said 23 hikers have died on the ridge.", "23", 23, "rangers said"),
    )
    items = [dated(items[0], DAY), dated(items[1], wednesday, stated=False)]
    edges = [(-0.9, 0, 1)]
    linkage = Linkage(items, edges, dict.fromkeys(range(2)))
    linkage.link(edges, 0.4)
    assert linkage.cluster_of[0] == linkage.cluster_of[1]
