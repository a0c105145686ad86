"""Suggestions built on claim context: one quantity across wordings, rival counts, scope, time, titles, conflicts."""

import datetime

import pytest

from claims import reconciliation
from claims.models import Claim, Figure, LearnedEquivalence
from claims.suggestions.suggesting import suggest_figures, suggest_figures_for_documents
from tests.claims.suggestions.test_suggesting import claim_at

DAY = datetime.date(2025, 6, 2)


@pytest.fixture
def article(make_document):
    def make(text, published=DAY):
        return make_document(text=text, published=published, published_precision="day")

    return make


def figure_of(claim):
    return Claim.objects.get(pk=claim.pk).suggested_figure_id


def suggested_in_one_hard_conflict(*claims):
    """Run the suggester; return whether it put all ``claims`` in its one suggested figure, flagged hard."""
    [figure] = suggest_figures()
    return {figure_of(claim) for claim in claims} == {figure.pk} and figure.conflict == "hard"


def test_synonyms_of_the_counted_thing_are_one_figure(article):
    a = article("Some 300 defectors reached Seoul in the first half of the year, the ministry said.")
    b = article("About 310 escapees reached Seoul in the first half of the year, officials said.")
    first = claim_at(a, "Some 300", 300, 300, "approximate", noun="defectors")
    second = claim_at(b, "About 310", 310, 310, "approximate", noun="escapees")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


@pytest.mark.parametrize(
    ("first_noun", "second_noun"),
    [("workers", "men"), ("labourers", "men"), ("pupils", "students"), ("residents", "inhabitants")],
)
def test_people_counted_by_one_role_in_rival_words_are_one_figure(article, first_noun, second_noun):
    a = article(f"The builder said 19 {first_noun} were trapped when the quarry wall gave way near Dunmore.")
    b = article(f"Some 60 {second_noun} were trapped when the quarry wall gave way near Dunmore, the union said.")
    first = claim_at(a, "19", 19, 19, "exact", noun=first_noun)
    second = claim_at(b, "Some 60", 60, 60, "approximate", noun=second_noun)
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_the_dead_workers_and_the_missing_men_are_different_quantities(article):
    a = article("The builder said 19 workers were killed when the quarry wall gave way near Dunmore.")
    b = article("Some 19 men were missing after the quarry wall gave way near Dunmore, the union said.")
    first = claim_at(a, "19", 19, 19, "exact", noun="workers")
    second = claim_at(b, "Some 19", 19, 19, "approximate", noun="men")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_fled_and_displaced_are_one_event(article):
    a = article("About 700 people fled the fighting in the border town, aid workers said.")
    b = article("The fighting in the border town displaced some 650 people, the agency said.")
    first = claim_at(a, "About 700", 700, 700, "approximate")
    second = claim_at(b, "some 650", 650, 650, "approximate")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_the_dead_and_the_missing_are_different_quantities(article):
    a = article("About 40 people were killed in the landslide in the hill village, police said.")
    b = article("About 40 people were missing after the landslide in the hill village, police said.")
    first = claim_at(a, "About 40", 40, 40, "approximate")
    second = claim_at(b, "About 40", 40, 40, "approximate")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


RUNNING_TOTALS = [
    # A toll: the dead counted day by day.
    (
        "The landslide in the hill village killed {} people, police said.",
        ("12", 12, 12),
        ("14", 14, 14),
        {},
    ),
    # No verb of dying: the bodies counted are the dead, a toll that grows from day to day.
    (
        "Rescuers recovered {} bodies from the mud in the hill village, police said.",
        ("12", 12, 12),
        ("19", 19, 19),
        {"noun": "bodies", "subject": "bodies recovered", "event": "recovered"},
    ),
    # Those in shelters go home: Monday's count and Tuesday's are two quantities, not a conflict.
    (
        "{} people were in shelters in the delta city, the mayor said.",
        ("About 48,000", 48000, 48000, "approximate"),
        ("About 21,000", 21000, 21000, "approximate"),
        {"subject": "people in shelters"},
    ),
]


STATES_AT_A_MOMENT = [
    (
        "{} lorries were still queued at the Ridgeway crossing, customs officers said.",
        ("Some 740", 740, 740, "approximate"),
        ("Some 410", 410, 410, "approximate"),
        {"unit": "lorry", "noun": "lorries"},
    ),
    (
        "The nurses counted {} patients on trolleys at Westfield General.",
        ("212", 212, 212),
        ("187", 187, 187),
        {"noun": "patients"},
    ),
    (
        "{} callers were waiting for an ambulance in the county, the service said.",
        ("About 90", 90, 90, "approximate"),
        ("About 35", 35, 35, "approximate"),
        {"noun": "callers"},
    ),
    (
        "{} homes in the valley were without power, the grid operator said.",
        ("About 9,000", 9000, 9000, "approximate"),
        ("About 3,500", 3500, 3500, "approximate"),
        {"unit": "home", "noun": "homes"},
    ),
]


# A running total, and a count of a state at a moment (the next day's count replaces it): one figure per day of its
# report.
@pytest.mark.parametrize(
    ("sentence", "monday_count", "tuesday_count", "fields"), [*RUNNING_TOTALS, *STATES_AT_A_MOMENT]
)
def test_a_running_total_or_a_state_at_a_moment_is_one_figure_per_day_of_its_report(
    article, sentence, monday_count, tuesday_count, fields
):
    monday = article(sentence.format(monday_count[0]))
    tuesday = article(sentence.format(tuesday_count[0]), published=DAY + datetime.timedelta(days=1))
    first = claim_at(monday, *monday_count, **fields)
    second = claim_at(tuesday, *tuesday_count, **fields)
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_what_a_still_held_is_no_state_at_a_moment(article):
    # "still" names a thing here (a distillery), not a state that the next day's count replaces.
    monday = article("Officers seized 1,200 litres of rum at the Marsh Lane still, police said.")
    tuesday = article(
        "Police said officers seized 1,150 litres of rum at the Marsh Lane still.",
        published=DAY + datetime.timedelta(days=1),
    )
    first = claim_at(monday, "1,200", 1200, 1200, unit="l", noun="litres")
    second = claim_at(tuesday, "1,150", 1150, 1150, unit="l", noun="litres")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_counts_of_the_kidnapped_and_the_abducted_are_rival_counts_of_one_event(article):
    a = article("Police said gunmen kidnapped 40 pupils in Kaura. The governor said 80 pupils were abducted in Kaura.")
    police = claim_at(a, "40", 40, 40, noun="pupils", event="kidnapped", attribution="Police said")
    governor = claim_at(a, "80", 80, 80, noun="pupils", event="abducted", attribution="The governor said")
    assert suggested_in_one_hard_conflict(police, governor)


def test_a_count_taken_since_a_start_is_a_running_total_one_figure_per_day(article):
    # No word of the dead, the missing or the displaced: "since the spill" says the count grows from day to day.
    monday = article("Volunteers have taken in 118 oiled birds since the spill, the wildlife service said.")
    tuesday = article(
        "Volunteers have taken in 164 oiled birds since the spill, the wildlife service said.",
        published=DAY + datetime.timedelta(days=1),
    )
    first = claim_at(monday, "118", 118, 118, unit="bird", noun="birds")
    second = claim_at(tuesday, "164", 164, 164, unit="bird", noun="birds")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_a_length_cleared_so_far_is_a_running_total_one_figure_per_day(article):
    monday = article("Crews have cleared 40 km of oiled beach so far, the county said.")
    tuesday = article(
        "Crews have cleared 55 km of oiled beach so far, the county said.", published=DAY + datetime.timedelta(days=1)
    )
    first = claim_at(monday, "40 km", 40, 40, unit="km", noun="")
    second = claim_at(tuesday, "55 km", 55, 55, unit="km", noun="")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_those_made_ill_are_a_running_total_one_figure_per_day(article):
    monday = article("Some 300 people fell ill after eating at the town fair, health officials said.")
    tuesday = article(
        "About 410 people have now fallen ill after eating at the town fair, health officials said.",
        published=DAY + datetime.timedelta(days=1),
    )
    first = claim_at(monday, "Some 300", 300, 300, "approximate")
    second = claim_at(tuesday, "About 410", 410, 410, "approximate")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


# Counts that accrue whatever they count: one figure per day of the count, as any running total. Each row is a sentence
# printed on Monday and on Tuesday with that day's count.
ACCRUING_COUNTS = [
    # No event the suggester knows: the clause says the count grew.
    (
        "The area scorched in the national park grew to {} hectares, the fire service said.",
        ("4,200", 4200, 4200),
        ("6,100", 6100, 6100),
        {"unit": "hectare", "noun": "hectares"},
    ),
    # Land a pest has reached spreads from day to day.
    (
        "Locusts have infested {} hectares of farmland in the valley, the ministry said.",
        ("9,000", 9000, 9000),
        ("13,500", 13500, 13500),
        {"unit": "hectare", "noun": "hectares"},
    ),
    # Cases of an outbreak are those it made ill.
    (
        "The clinic in the river district has recorded {} cholera cases, the ministry said.",
        ("140", 140, 140),
        ("190", 190, 190),
        {"unit": "case", "noun": "cases"},
    ),
    # Patients admitted, as those treated, grow from day to day.
    (
        "Hospitals in the capital admitted {} dengue patients, the health directorate said.",
        ("1,870", 1870, 1870),
        ("2,140", 2140, 2140),
        {"noun": "dengue patients"},
    ),
    # What has "now" accrued is the count of the day it was printed.
    (
        "Divers have now brought {} miners out of the flooded shaft, the operator said.",
        ("14", 14, 14),
        ("23", 23, 23),
        {"noun": "miners"},
    ),
    # What the count was by a day is that day's count.
    (
        "Rangers said {} people had left the valley by Monday evening.",
        ("About 2,300", 2300, 2300, "approximate"),
        ("About 3,100", 3100, 3100, "approximate"),
        {},
    ),
]


@pytest.mark.parametrize(("sentence", "monday_count", "tuesday_count", "fields"), ACCRUING_COUNTS)
def test_a_count_that_accrues_is_one_figure_per_day_of_the_count(
    article, sentence, monday_count, tuesday_count, fields
):
    monday = article(sentence.format(monday_count[0]))
    tuesday = article(
        sentence.format(tuesday_count[0]).replace("Monday", "Tuesday"), published=DAY + datetime.timedelta(days=1)
    )
    first = claim_at(monday, *monday_count, **fields)
    second = claim_at(tuesday, *tuesday_count, **fields)
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_what_a_source_now_says_of_a_fixed_quantity_is_no_running_total(article):
    # "now says" gives the source's latest word, not a count that grew: the passengers aboard are one figure.
    monday = article("The port said 2,160 passengers were aboard the cruise ship in the harbour.")
    tuesday = article(
        "The operator now says 2,140 passengers were aboard the cruise ship in the harbour.",
        published=DAY + datetime.timedelta(days=1),
    )
    first = claim_at(monday, "2,160", 2160, 2160, noun="passengers")
    second = claim_at(tuesday, "2,140", 2140, 2140, noun="passengers")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_jobs_a_closure_will_cost_are_one_figure_whatever_day_each_side_gives_them(article):
    # Jobs lost are counted like homes lost, but jobs that "would be lost" are the closure's one quantity, not a count
    # to date: the company's figure and the union's, three days apart, are rival counts of it.
    monday = article("The carmaker said 1,900 jobs would be lost when the gearbox plant closes next year.")
    thursday = article(
        "The metalworkers' union said 2,600 jobs would be lost when the gearbox plant closes next year.",
        published=DAY + datetime.timedelta(days=3),
    )
    company = claim_at(monday, "1,900", 1900, 1900, noun="jobs", attribution="The carmaker said")
    union = claim_at(thursday, "2,600", 2600, 2600, noun="jobs", attribution="The metalworkers' union said")
    assert suggested_in_one_hard_conflict(company, union)


def test_those_made_ill_printed_twice_on_one_day_are_one_figure(article):
    a = article("Some 300 people fell ill after eating at the town fair, health officials said.")
    b = article("The fair's food sickened about 320 people, the regional health agency said.")
    first = claim_at(a, "Some 300", 300, 300, "approximate")
    second = claim_at(b, "about 320", 320, 320, "approximate")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_what_was_approved_is_no_count_of_what_was_built(article):
    a = article("The council approved the tower for 12 floors in 2019, the planning office said.")
    b = article("The tower had 12 floors when it fell, the fire service said.")
    approved = claim_at(a, "12 floors", 12, 12, unit="floor", noun="floors")
    built = claim_at(b, "12 floors", 12, 12, unit="floor", noun="floors")
    suggest_figures()
    assert figure_of(approved) is None and figure_of(built) is None


def test_a_threshold_a_rule_sets_is_no_count_of_the_turnout(article):
    a = article("The election board said turnout in the referendum on the new charter was 54 percent.")
    b = article("The referendum on the new charter needed a turnout threshold of 50 percent, the election board said.")
    turnout = claim_at(a, "54 percent", 54, 54, unit="percent", noun="")
    threshold = claim_at(b, "50 percent", 50, 50, unit="percent", noun="")
    suggest_figures()
    assert figure_of(turnout) is None and figure_of(threshold) is None


def test_floors_built_and_floors_the_building_had_are_one_figure(article):
    a = article("The tower was built to 14 floors, the county engineer said.")
    b = article("The tower had 14 floors when it fell, the fire service said.")
    first = claim_at(a, "14 floors", 14, 14, unit="floor", noun="floors")
    second = claim_at(b, "14 floors", 14, 14, unit="floor", noun="floors")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_toll_of_a_year_long_past_is_one_figure_whichever_day_it_is_printed(article):
    monday = article("The 2010 epidemic killed nearly 10,000 people in Haiti, the ministry recalled.")
    wednesday = article(
        "Some 9,800 people died of cholera in Haiti in 2010, historians say.",
        published=DAY + datetime.timedelta(days=2),
    )
    in_2010 = {
        "period_start": datetime.date(2010, 1, 1),
        "period_end": datetime.date(2010, 12, 31),
        "period_precision": "year",
        "period_text": "in 2010",
    }
    first = claim_at(monday, "nearly 10,000", 10000, 10000, "approximate", subject="people killed", **in_2010)
    second = claim_at(wednesday, "Some 9,800", 9800, 9800, "approximate", subject="people killed", **in_2010)
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_city_and_its_country_are_different_quantities(article):
    a = article("Some 2,000 homes were flooded in the capital, officials said.")
    b = article("Some 2,000 homes were flooded across the country, officials said.")
    first = claim_at(a, "Some 2,000", 2000, 2000, "approximate", unit="home", noun="homes", place="Dhaka")
    second = claim_at(b, "Some 2,000", 2000, 2000, "approximate", unit="home", noun="homes", place="Bangladesh")
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


MARCH = "Organisers said 120,000 people marched through the capital; police counted 35,000."


def test_rival_counts_in_one_sentence_are_one_figure_in_hard_conflict(article):
    document = article(MARCH)
    subject = "people marching through the capital"
    organisers = claim_at(
        document, "120,000", 120000, 120000, subject=subject, attribution="Organisers", event="marched"
    )
    police = claim_at(document, "35,000", 35000, 35000, subject=subject, attribution="police", event="counted")
    [figure] = suggest_figures()
    organisers.refresh_from_db()
    police.refresh_from_db()
    assert organisers.suggested_figure_id == police.suggested_figure_id == figure.pk
    assert figure.conflict == "hard"
    assert organisers.suggested_conflict == police.suggested_conflict == "hard"
    assert organisers.conflict == ""  # no editor has grouped them


@pytest.mark.parametrize(
    ("text", "sources", "grouped"),
    [
        (MARCH, ("Organisers", "police"), True),
        # No source, stored or named in the sentence: two numbers of one sentence are not rival counts.
        ("About 120,000 people marched through the capital; 35,000 stayed at the rally.", ("", ""), False),
    ],
)
def test_rival_counts_without_context_need_two_sources_and_one_event(article, text, sources, grouped):
    document = article(text)
    claim_at(document, "120,000", 120000, 120000, attribution=sources[0])
    claim_at(document, "35,000", 35000, 35000, attribution=sources[1])
    assert (suggest_figures() != []) is grouped


def test_each_clause_names_its_counter_where_one_attribution_was_read_for_the_sentence(article):
    # The extractor gave both numbers the sentence's first attribution; each clause names its own counter.
    document = article("The ferry operator says 12 passengers drowned, the coastguard says 30.")
    said = "The ferry operator says"
    subject = "passengers drowned"
    operator = claim_at(document, "12", 12, 12, subject=subject, attribution=said, event="drowned")
    coastguard = claim_at(document, "30", 30, 30, subject=subject, attribution=said, event="drowned")
    assert suggested_in_one_hard_conflict(operator, coastguard)


def test_possessive_counters_after_each_number_are_rival_counts(article):
    document = article("The vigil drew 80,000 people by the organisers' count and 9,000 by the police's.")
    subject = "people at the vigil"
    organisers = claim_at(document, "80,000", 80000, 80000, subject=subject, event="attended")
    police = claim_at(document, "9,000", 9000, 9000, subject=subject, event="attended")
    assert suggested_in_one_hard_conflict(organisers, police)


def test_a_possessive_owning_what_its_number_counts_names_no_counter(article):
    # "the city's 400 volunteers": the city has the volunteers; it does not count the arrested.
    document = article(
        "Police said 40 people were arrested on Saturday, and the city's 400 volunteers handed out water."
    )
    arrested = claim_at(document, "40", 40, 40, attribution="Police said", event="arrested")
    volunteers = claim_at(document, "400", 400, 400, attribution="Police said", noun="volunteers")
    suggest_figures()
    assert figure_of(arrested) is None or figure_of(arrested) != figure_of(volunteers)


def test_a_days_possessive_names_no_counter(article):
    # "Monday's" and "Tuesday's" date two tolls of one source; they are not two counters' rival counts.
    document = article("The agency said Monday's toll from the flooding was nine and Tuesday's toll was 14.")
    said = "The agency said"
    subject = "people killed in the flooding"
    monday = claim_at(document, "nine", 9, 9, subject=subject, attribution=said, event="killed")
    tuesday = claim_at(document, "14", 14, 14, subject=subject, attribution=said, event="killed")
    suggest_figures()
    assert figure_of(monday) is None or figure_of(monday) != figure_of(tuesday)


def test_rival_counts_far_apart_across_outlets_are_one_figure_when_subjects_agree(article):
    a = article("Organisers said 120,000 people joined the march in the capital on Saturday.")
    b = article("Police said about 20,000 people joined the march in the capital on Saturday.")
    subject = "people joining the march in the capital"
    first = claim_at(a, "120,000", 120000, 120000, subject=subject, attribution="Organisers")
    second = claim_at(b, "about 20,000", 20000, 20000, "approximate", subject=subject, attribution="Police")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None
    assert Figure.objects.get(pk=figure_of(first)).conflict == "hard"


def test_different_subjects_keep_values_far_apart_apart(article):
    a = article("Organisers said 120,000 people joined the march in the capital on Saturday.")
    b = article("Police said about 20,000 officers guarded the march in the capital on Saturday.")
    first = claim_at(a, "120,000", 120000, 120000, subject="people joining the march", attribution="Organisers")
    second = claim_at(
        b, "about 20,000", 20000, 20000, "approximate", subject="police officers guarding the march", noun="officers"
    )
    suggest_figures()
    assert figure_of(first) is None or figure_of(first) != figure_of(second)


def test_a_suggested_figure_is_titled_from_subject_place_and_time(article):
    a = article("As many as 600 North Koreans were sent back by China on Monday, activists said.")
    b = article("Some 600 North Korean escapees were repatriated from China on Monday, officials said.")
    context = {
        "subject": "North Koreans repatriated from China",
        "place": "China",
        "period_start": datetime.date(2023, 10, 9),
        "period_end": datetime.date(2023, 10, 9),
        "period_precision": "day",
    }
    claim_at(a, "As many as 600", None, 600, "at_most", **context)
    claim_at(b, "Some 600", 600, 600, "approximate", **context)
    [figure] = suggest_figures()
    assert figure.title == "North Koreans repatriated from China, 9 October 2023"
    assert (figure.scope, figure.period) == ("North Koreans repatriated from China", "9 October 2023")


def test_a_title_without_context_reads_the_numbers_clause(article):
    a = article("About 120 people were killed by the floods in the valley, officials said.")
    b = article("At least 118 people were killed by the floods in the valley, the governor said.")
    claim_at(a, "About 120", 120, 120, "approximate")
    claim_at(b, "At least 118", 118, None, "at_least")
    [figure] = suggest_figures()
    assert figure.title == "People killed by the floods in the valley, 2 June 2025"


def test_suggested_conflicts_follow_claims_into_and_out_of_suggestions(article):
    a = article("About 200 people were deported overnight from the border camp, officials said.")
    b = article("Some 600 people were deported overnight from the border camp, activists said.")
    low = claim_at(a, "About 200", 200, 200, "approximate")
    high = claim_at(b, "Some 600", 600, 600, "approximate")
    suggest_figures()
    assert Claim.objects.get(pk=low.pk).suggested_conflict == "hard"
    Claim.objects.filter(pk=high.pk).update(status="rejected")
    suggest_figures()
    assert Claim.objects.get(pk=low.pk).suggested_conflict == ""
    # An incremental run stores them too.
    c = article("Nearly 590 people were deported overnight from the border camp, a lawyer said.")
    late = claim_at(c, "Nearly 590", 590, 590, "approximate")
    suggest_figures_for_documents([c.pk])
    assert Claim.objects.get(pk=late.pk).suggested_conflict == "hard"
    assert Claim.objects.get(pk=low.pk).suggested_conflict == "hard"


def test_merging_different_counted_nouns_teaches_later_suggestions(article, editor, make_figure):
    a = article("Some 300 migrants reached the island in the first week of June, the coast guard said.")
    b = article("About 310 arrivals reached the island in the first week of June, volunteers said.")
    first = claim_at(a, "Some 300", 300, 300, "approximate", noun="migrants")
    second = claim_at(b, "About 310", 310, 310, "approximate", noun="arrivals")
    assert suggest_figures() == []
    one, other = make_figure(title="one"), make_figure(title="other")
    Claim.objects.filter(pk=first.pk).update(figure=one)
    Claim.objects.filter(pk=second.pk).update(figure=other)
    reconciliation.merge_figures([one, other], editor=editor)
    [learned] = LearnedEquivalence.objects.all()
    assert (learned.first, learned.second, learned.relation, learned.editor) == ("arrivals", "migrants", "same", editor)
    # Later articles with the two nouns are now suggested together.
    c = article("Some 500 migrants reached the island in the second week of June, the coast guard said.")
    d = article("About 510 arrivals reached the island in the second week of June, volunteers said.")
    third = claim_at(c, "Some 500", 500, 500, "approximate", noun="migrants")
    fourth = claim_at(d, "About 510", 510, 510, "approximate", noun="arrivals")
    suggest_figures()
    assert figure_of(third) == figure_of(fourth) is not None


def test_splitting_a_suggestion_teaches_later_suggestions_to_keep_terms_apart(article, editor):
    a = article("Some 300 defectors reached Seoul in the first half of the year, the ministry said.")
    b = article("About 310 escapees reached Seoul in the first half of the year, officials said.")
    first = claim_at(a, "Some 300", 300, 300, "approximate", noun="defectors")
    claim_at(b, "About 310", 310, 310, "approximate", noun="escapees")
    [figure] = suggest_figures()
    reconciliation.split_figure(figure, [first], editor=editor)
    assert LearnedEquivalence.objects.filter(first="defectors", second="escapees", relation="different").exists()
    Figure.objects.all().delete()
    assert suggest_figures() == []


def test_a_correction_in_one_sentence_shares_the_figure_of_what_it_corrects(article):
    document = article(
        "The toll from the floods in the valley stands at 78, not 79 as reported earlier, officials said."
    )
    corrected = claim_at(document, "78", 78, 78)
    earlier = claim_at(document, "79", 79, 79)
    assert suggested_in_one_hard_conflict(corrected, earlier)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The numbers in words.
        (
            "The agency lowered the toll from the mudslide in the valley to seven, not eight, officials said.",
            "seven",
            "eight",
        ),
        # The correction later in the sentence.
        (
            "The agency put the toll from the mudslide in the valley at eight, later corrected to seven.",
            "eight",
            "seven",
        ),
    ],
)
def test_a_correction_in_words_or_later_in_the_sentence_shares_the_figure(article, text, first, second):
    document = article(text)
    value = {"seven": 7, "eight": 8}
    a = claim_at(document, first, value[first], value[first])
    b = claim_at(document, second, value[second], value[second])
    assert suggested_in_one_hard_conflict(a, b)


@pytest.mark.parametrize(
    ("text", "revised", "old"),
    [
        (
            "The Red Cross raised its count of people treated at the festival to 341, from 318, after late reports.",
            "341",
            "318",
        ),
        (
            "The board now says 74 trucks were stranded on the pass, up from about 60, after a second search.",
            "74",
            "about 60",
        ),
        (
            "The union settled its count of strikers at 24,500, down from its first figure of 28,000.",
            "24,500",
            "28,000",
        ),
        # The old count named as the source's own earlier one, with no "from" before it.
        (
            "The board raised its count of trucks stranded on the pass to 2,400, twice the 1,200 it gave on Monday.",
            "2,400",
            "1,200",
        ),
    ],
)
def test_a_source_revising_its_own_count_in_one_sentence_is_its_own_rival(article, text, revised, old):
    document = article(text)
    number = {quote: quote.removeprefix("about ").replace(",", "") for quote in (revised, old)}
    new = claim_at(document, revised, number[revised], number[revised])
    earlier = claim_at(document, old, number[old], number[old], "approximate" if "about" in old else "exact")
    assert suggested_in_one_hard_conflict(new, earlier)


def test_a_source_revising_its_qualified_first_count_in_one_sentence_is_its_own_rival(article):
    # The first count's quote opens with its qualifier: the revision still names it.
    document = article(
        "The harbour police first said about 40 people were held on the ferry, then 63, late on Tuesday."
    )
    earlier = claim_at(document, "about 40", 40, 40, "approximate")
    revised = claim_at(document, "63", 63, 63)
    assert suggested_in_one_hard_conflict(earlier, revised)


def test_a_count_that_grew_from_day_to_day_is_no_revision(article):
    document = article("The death toll from the floods in the valley rose to 19 on Wednesday from 14, officials said.")
    claim_at(document, "19", 19, 19, subject="people killed")
    claim_at(document, "14", 14, 14, subject="people killed")
    assert suggest_figures() == []


def test_a_correction_at_the_end_of_its_clause_joins_what_it_corrects_across_articles(article):
    first = article("The prisons service said 96 inmates escaped from the jail in the hills on Sunday night.")
    later = article(
        "The prisons service said on Monday that 118 inmates had escaped from the jail in the hills on Sunday, "
        "not 96 as it first announced.",
        published=DAY + datetime.timedelta(days=1),
    )
    announced = claim_at(first, "96", 96, 96, noun="inmates")
    corrected = claim_at(later, "118", 118, 118, noun="inmates")
    replaced = claim_at(later, "96", 96, 96)
    assert suggested_in_one_hard_conflict(announced, corrected, replaced)


def test_a_rival_count_that_names_no_place_is_read_in_the_place_the_article_set(article):
    document = article(
        "Cholera has killed 14 people in the Artibonite valley, the health ministry said on Monday. "
        "The outbreak began nine days ago. An aid group that runs clinics said at least 30 people had been killed."
    )
    ministry = claim_at(document, "14", 14, 14, subject="people killed", attribution="the health ministry said")
    aid_group = claim_at(
        document, "at least 30", 30, None, "at_least", subject="people killed", attribution="An aid group said"
    )
    assert suggested_in_one_hard_conflict(ministry, aid_group)


def test_a_rival_count_in_the_place_the_earlier_counts_context_names_is_no_other_place(article):
    document = article(
        "The health ministry said on Wednesday that 23 people had now died of cholera, in its daily bulletin. "
        "Clinics are full. In the Artibonite, the aid group said, 67 people had been killed by Wednesday."
    )
    ministry = claim_at(
        document,
        "23",
        23,
        23,
        subject="people killed by cholera",
        place="Artibonite department",
        attribution="The health ministry said",
    )
    aid_group = claim_at(
        document, "67", 67, 67, subject="people killed by cholera", place="Artibonite", attribution="the aid group said"
    )
    [figure] = suggest_figures()
    assert figure_of(ministry) == figure_of(aid_group) == figure.pk


def dated(day, text=""):
    """The period fields the extractor stores: the day the text names (``text``), else the day printed."""
    return {"period_start": day, "period_end": day, "period_precision": "day", "period_text": text}


def test_a_count_printed_days_later_without_a_day_is_the_count_it_repeats(article):
    monday = article("Police said 312 workers were detained in the raid on Monday.")
    later = DAY + datetime.timedelta(days=2)
    wednesday = article("The 312 workers detained in the raid face deportation, officials said.", published=later)
    first = claim_at(
        monday, "312", 312, 312, noun="workers", subject="workers detained in the raid", **dated(DAY, "on Monday")
    )
    second = claim_at(
        wednesday, "312", 312, 312, noun="workers", subject="workers detained in the raid", **dated(later)
    )
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_different_toll_printed_later_without_a_day_is_a_later_count(article):
    monday = article("The landslide in the hill village killed 12 people on Monday, police said.")
    later = DAY + datetime.timedelta(days=1)
    tuesday = article("The landslide in the hill village has killed 19 people, police said.", published=later)
    first = claim_at(monday, "12", 12, 12, subject="people killed", event="killed", **dated(DAY, "on Monday"))
    second = claim_at(tuesday, "19", 19, 19, subject="people killed", event="killed", **dated(later))
    suggest_figures()
    assert figure_of(first) is None and figure_of(second) is None


def test_place_names_alone_do_not_part_one_quantity(article):
    # The dateline's city and the province the text names: one count read by two outlets.
    a = article("About 700 people fled the fighting in the border villages, aid workers said.")
    b = article("Some 700 people were displaced by the fighting in the border villages, the agency said.")
    first = claim_at(a, "About 700", 700, 700, "approximate", subject="people fled", place="Ardan; Sarvan province")
    second = claim_at(b, "Some 700", 700, 700, "approximate", subject="people displaced", place="Tel Kasra")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_figure_holding_rival_counts_takes_another_report_of_one_of_them(article):
    first = article("Organisers put the crowd at the march at about 150,000; police said 25,000 took part.")
    later = article(
        "About 150,000 farmers came to the march in the capital, their committee said on Thursday.",
        published=DAY + datetime.timedelta(days=2),
    )
    organisers = claim_at(
        first, "about 150,000", 150000, 150000, "approximate", subject="crowd at the march", attribution="Organisers"
    )
    police = claim_at(first, "25,000", 25000, 25000, noun="", attribution="police said")
    again = claim_at(
        later,
        "About 150,000",
        150000,
        150000,
        "approximate",
        subject="farmers who came to the march",
        attribution="their committee said",
    )
    # Its 25,000 is far from the later 150,000, but the figure already holds both sides: no count against it.
    assert suggested_in_one_hard_conflict(organisers, police, again)


STRIKE = (
    "The union said 90 percent of workers had stayed at home on Tuesday. The ministry put adherence at 38 percent.",
    "Adherence was 90 percent, the union claimed on Tuesday. The ministry said 38 percent, from a survey of firms.",
    "The union says 90 percent stopped work on Tuesday, while the ministry says 38 percent of staff were absent.",
)


def side_by_side(article, texts, first=("90 percent", 90, "the union said"), second=("38 percent", 38, "the ministry")):
    """Store each text's two counts, each with its source; return the claims of the first count and of the second."""
    firsts, seconds = [], []
    for text in texts:
        document = article(text)
        for quote, value, source, found in ((*first, firsts), (*second, seconds)):
            found.append(claim_at(document, quote, value, value, unit="percent", noun="", attribution=source))
    return firsts, seconds


def test_rival_counts_outlets_print_side_by_side_are_one_figure_in_hard_conflict(article):
    # The sentences share no telling word, but three outlets print the union's count beside the ministry's.
    firsts, seconds = side_by_side(article, STRIKE)
    assert suggested_in_one_hard_conflict(*firsts, *seconds)


def test_counts_one_source_gives_side_by_side_are_not_rivals(article):
    firsts, seconds = side_by_side(article, STRIKE, second=("38 percent", 38, "the union said"))
    suggest_figures()
    assert {figure_of(claim) for claim in firsts}.isdisjoint({figure_of(claim) for claim in seconds})


def test_counts_ten_times_apart_side_by_side_are_not_rivals(article):
    texts = [text.replace("38 percent", "3 percent") for text in STRIKE]
    firsts, seconds = side_by_side(article, texts, second=("3 percent", 3, "the ministry"))
    suggest_figures()
    assert {figure_of(claim) for claim in firsts}.isdisjoint({figure_of(claim) for claim in seconds})


def test_rival_counts_side_by_side_in_one_article_only_are_not_joined(article):
    firsts, seconds = side_by_side(article, STRIKE[:1])
    later = [article(text) for text in STRIKE[1:]]
    firsts += [claim_at(later[0], "90 percent", 90, 90, unit="percent", noun="", attribution="the union claimed")]
    seconds += [claim_at(later[1], "38 percent", 38, 38, unit="percent", noun="", attribution="the ministry says")]
    suggest_figures()
    assert {figure_of(claim) for claim in firsts}.isdisjoint({figure_of(claim) for claim in seconds})


def test_one_sources_distinctive_number_printed_by_two_outlets_is_one_figure(article):
    # Each outlet says what was lost in its own words, far from the number; the number and who gave it are the same.
    a = article(
        "Beekeepers and herders in the hills are owed €40 million for honey, hives, goats and sheep lost to the fire,"
        " according to the smallholders' association."
    )
    b = article(
        "The about €40m bill falls mostly on orchards, vineyards and cork oaks in the valley, said the smallholders' group."
    )
    first = claim_at(
        a,
        "€40 million",
        40000000,
        40000000,
        unit="EUR",
        noun="",
        attribution="according to the smallholders' association",
    )
    second = claim_at(
        b,
        "about €40m",
        40000000,
        40000000,
        "approximate",
        unit="EUR",
        noun="",
        attribution="said the smallholders' group",
    )
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_distinctive_number_printed_again_in_one_story_is_one_figure(article):
    # Two sources, few words in common, but both articles keep coming back to Monchique.
    a = article(
        "Nearly 1,500 firefighters, backed by nine water-bombing planes and the army, fought the blaze through Wednesday"
        " night near Monchique, the civil protection office said. The fire in Monchique is out."
    )
    b = article(
        "At the peak there were nearly 1,500 on the lines around the hills, a figure the council repeated on Wednesday"
        " night in Monchique. Residents of Monchique are calm."
    )
    first = claim_at(a, "Nearly 1,500", None, 1500, "at_most", noun="firefighters", attribution="the office said")
    second = claim_at(b, "nearly 1,500", None, 1500, "at_most", noun="", attribution="the council repeated")
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_one_sources_number_for_two_events_is_two_figures(article):
    a = article("The ministry said 25 people died in the floods in Buzi.")
    b = article("The ministry said 25 people are missing after the floods in Buzi.")
    dead = claim_at(a, "25", 25, 25, attribution="The ministry said", event="died")
    missing = claim_at(b, "25", 25, 25, attribution="The ministry said", event="missing")
    suggest_figures()
    assert figure_of(dead) is None or figure_of(dead) != figure_of(missing)


SPEED_REPORTS = (
    "Families in Samalut mourn. The recorder showed {} km/h before the curve. The dead of Samalut were buried.",
    "It is quiet in Samalut. Prosecutors put the speed at {} km/h. Relatives in Samalut wait.",
)


def speed_in_two_articles(article, speed):
    """Store two articles of one story printing one speed in sentences that share no word; return both claims."""
    quote = f"{speed} km/h"
    a, b = (article(text.format(speed)) for text in SPEED_REPORTS)
    first = claim_at(a, quote, speed, speed, unit="km/h", noun="")
    second = claim_at(b, quote, speed, speed, unit="km/h", noun="", attribution="Prosecutors put")
    return first, second


def test_a_distinctive_number_printed_again_in_other_words_is_one_figure(article):
    # The two sentences share no word: the number and the story the articles keep coming back to meet them.
    first, second = speed_in_two_articles(article, 118)
    suggest_figures()
    assert figure_of(first) == figure_of(second) is not None


def test_a_new_article_printing_a_stored_number_again_in_other_words_joins_it(article):
    first, second = speed_in_two_articles(article, 118)
    suggest_figures_for_documents([second.document_id])
    assert figure_of(first) == figure_of(second) is not None


def test_a_small_number_printed_again_in_other_words_is_not_enough(article):
    # "62" recurs by chance across a story's articles: below ``TELLING_FROM`` a number alone meets nothing.
    first, second = speed_in_two_articles(article, 62)
    suggest_figures()
    assert figure_of(first) is None or figure_of(first) != figure_of(second)


def test_a_source_named_by_a_pronoun_is_the_source_named_just_before(article):
    texts = (
        "The ministry surveyed 1,200 firms on Tuesday. It put adherence at 38 percent; the union said 90 percent.",
        "The ministry polled 1,200 firms on Tuesday. It says 38 percent stopped work, while the union says 90 percent.",
    )
    sides = []
    for text in texts:
        document = article(text)
        claim_at(document, "1,200", 1200, 1200, unit="firm", noun="firms", attribution="The ministry surveyed")
        pronoun = claim_at(document, "38 percent", 38, 38, unit="percent", noun="", attribution="It put")
        union = claim_at(document, "90 percent", 90, 90, unit="percent", noun="", attribution="the union said")
        sides += [pronoun, union]
    suggest_figures()
    # "It" is the ministry: its 38 percent and the union's 90 percent are the two sides' counts, in conflict.
    [figure] = {figure_of(claim) for claim in sides}
    assert figure is not None and Figure.objects.get(pk=figure).conflict == "hard"


def test_a_restatement_in_other_units_follows_its_number_but_not_one_in_another_currency(article):
    texts = (
        "Farmers walked 12 km (7.5 miles) to the capital and want 5 billion zlotys (about $1.3 billion) in aid.",
        "The 12 km march ended at parliament, where farmers asked for 5 billion zlotys in aid on Tuesday.",
    )
    a, b = (article(text) for text in texts)
    km = claim_at(a, "12 km", 12, 12, unit="km", noun="")
    miles = claim_at(a, "7.5 miles", 7.5, 7.5, unit="mile", noun="")
    claim_at(b, "12 km", 12, 12, unit="km", noun="")
    zlotys = claim_at(a, "5 billion", 5000000000, 5000000000, unit="PLN", noun="zlotys")
    dollars = claim_at(a, "about $1.3 billion", 1300000000, 1300000000, "approximate", unit="USD", noun="")
    claim_at(b, "5 billion", 5000000000, 5000000000, unit="PLN", noun="zlotys")
    suggest_figures()
    assert figure_of(miles) == figure_of(km) is not None
    assert figure_of(zlotys) is not None and figure_of(dollars) is None


def test_people_treated_for_injuries_are_the_injured(article):
    a = article("About 120 concertgoers were hurt in the crush at the stadium, the organisers said.")
    b = article("More than 600 people were treated for crush injuries at the stadium, the medical association said.")
    hurt = claim_at(
        a,
        "About 120",
        120,
        120,
        "approximate",
        subject="concertgoers hurt in the crush",
        attribution="the organisers said",
    )
    treated = claim_at(
        b,
        "More than 600",
        600,
        None,
        "at_least",
        subject="people treated for crush injuries",
        attribution="the medical association said",
    )
    assert suggested_in_one_hard_conflict(hurt, treated)


def test_an_undated_rival_count_is_of_its_articles_day_not_of_the_earlier_day_it_dates_another(article):
    tuesday = DAY + datetime.timedelta(days=1)
    document = article(
        "The ministry said 15 people died of cholera on Monday. An aid group said 41 people had died of cholera.",
        published=tuesday,
    )
    ministry = claim_at(
        document,
        "15",
        15,
        15,
        subject="people died of cholera",
        attribution="the ministry said",
        **dated(DAY, "on Monday"),
    )
    aid_group = claim_at(
        document, "41", 41, 41, subject="people died of cholera", attribution="an aid group said", **dated(tuesday)
    )
    suggest_figures()
    assert figure_of(ministry) is None and figure_of(aid_group) is None


def test_one_sources_other_number_a_day_later_is_a_later_count_however_it_is_worded(article):
    wednesday = DAY + datetime.timedelta(days=1)
    first = article("Mayor Ana Costa said at least 40 people had been evacuated from the fire.")
    second = article(
        "Mayor Ana Costa put the number of people evacuated from the fire at more than 50.", published=wednesday
    )
    before = claim_at(
        first,
        "at least 40",
        40,
        None,
        "at_least",
        unit="person",
        noun="people",
        subject="people evacuated",
        attribution="Mayor Ana Costa said",
        **dated(DAY),
    )
    after = claim_at(
        second,
        "more than 50",
        50,
        None,
        "at_least",
        unit="person",
        noun="people",
        subject="people evacuated",
        attribution="Mayor Ana Costa put",
        **dated(wednesday),
    )
    suggest_figures()
    assert figure_of(before) is None and figure_of(after) is None


def test_another_sources_count_two_days_after_an_undated_count_is_of_its_own_day(article):
    wednesday = DAY + datetime.timedelta(days=2)
    first = article("More than 70 people were injured in the crush at the stadium, the fire service said.")
    second = article(
        "In all, 124 people have been injured in the crush at the stadium, the ministry said.", published=wednesday
    )
    monday = claim_at(
        first,
        "More than 70",
        70,
        None,
        "at_least",
        subject="people injured in the crush",
        attribution="the fire service said",
        **dated(DAY),
    )
    later = claim_at(
        second,
        "124",
        124,
        124,
        subject="people injured in the crush",
        attribution="the ministry said",
        **dated(wednesday),
    )
    suggest_figures()
    assert figure_of(monday) is None and figure_of(later) is None


@pytest.mark.parametrize(
    ("text", "said", "first", "second"),
    [
        # The sentence's attribution is the first number's; the second's clause names its own counter.
        (
            "According to the relief agency, 3,400 families lost their homes, against the ministry's 2,100.",
            "According to the relief agency",
            "3,400",
            "2,100",
        ),
        # A count after the number names its counter ("in the police count").
        (
            "The hospital said 19 patients had died by the evening, against 14 in the police count.",
            "The hospital said",
            "19",
            "14",
        ),
        # A count before the number, named by its counter without a possessive ("the police estimate of").
        (
            "The union said 40,000 marched through the port, above the police estimate of 9,000.",
            "The union said",
            "40,000",
            "9,000",
        ),
    ],
)
def test_a_counter_one_clause_names_against_the_sentences_attribution_makes_rival_counts(
    article, text, said, first, second
):
    document = article(text)
    subject = "people counted in the port town"
    a, b = (
        claim_at(document, q, int(q.replace(",", "")), int(q.replace(",", "")), subject=subject, attribution=said)
        for q in (first, second)
    )
    assert suggested_in_one_hard_conflict(a, b)


def test_a_count_named_by_which_count_it_is_names_no_counter(article):
    # "the first count": which count, not whose; one source's two numbers of one sentence stay two quantities (not set
    # against each other: "19 by the evening, against 14 in the first count" are one day's counts in conflict).
    document = article("The hospital said 19 patients had died by the evening and 14 in the first count.")
    said = "The hospital said"
    subject = "patients who died in the hospital"
    a = claim_at(document, "19", 19, 19, subject=subject, attribution=said)
    b = claim_at(document, "14", 14, 14, subject=subject, attribution=said)
    suggest_figures()
    assert figure_of(a) is None or figure_of(a) != figure_of(b)
