"""Rival groups: four outlets' rival counts of one quantity end in one suggested figure, in conflict."""

import datetime

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
    from claims.suggestions import rival_groups
    from claims.suggestions.grouping import grouped_claims
    from claims.suggestions.storage import describe_stored_claims, suggestable_claims

    for text in OUTLETS:
        extracted(dated(make_document, DAY, text))
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
