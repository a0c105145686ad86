"""Figure suggestions: general rules on small articles written for these tests, and the seed corpus."""

import datetime
import gc
import itertools
import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from claims.models import Claim, Figure
from claims.suggestions.scoring import Prepared
from claims.suggestions.suggesting import suggest_figures, suggest_figures_for_documents

FLOOD_A = (
    "Floods swept the river valley on Monday. About 120 people were killed by the floods in the valley, "
    "officials said. Another 40 people were injured."
)
FLOOD_B = (
    "Rescuers kept digging into Monday night. The floods in the river valley killed at least 115 people, "
    "according to the regional government."
)
BUDGET = "The city council approved 12 new buses for the valley on Monday."


def claim_at(document, quote, low, high, qualifier="exact", unit="person", noun="people", **fields):
    start = document.text.index(quote)
    return Claim.objects.create(
        document=document,
        start=start,
        end=start + len(quote),
        quote=quote,
        low=Decimal(low) if low else None,
        high=Decimal(high) if high else None,
        qualifier=qualifier,
        unit=unit,
        noun=noun,
        **fields,
    )


@pytest.fixture
def floods(make_document):
    day = datetime.date(2025, 3, 3)
    a = make_document(text=FLOOD_A, published=day, published_precision="day")
    b = make_document(text=FLOOD_B, published=day, published_precision="day")
    return {
        "killed_a": claim_at(a, "About 120", 120, 120, "approximate"),
        "injured_a": claim_at(a, "40", 40, 40),
        "killed_b": claim_at(b, "at least 115", 115, None, "at_least"),
    }


def test_same_quantity_across_documents_is_suggested_with_a_reason(floods):
    figures = suggest_figures()
    killed_a, killed_b, injured = (Claim.objects.get(pk=floods[k].pk) for k in ("killed_a", "killed_b", "injured_a"))
    assert killed_a.suggested_figure_id is not None
    assert killed_a.suggested_figure_id == killed_b.suggested_figure_id
    assert injured.suggested_figure_id != killed_a.suggested_figure_id
    figure = Figure.objects.get(pk=killed_a.suggested_figure_id)
    assert figure in figures
    assert figure.status == "suggested"
    assert "killed" in figure.suggestion_reason and "2 documents" in figure.suggestion_reason
    assert killed_a.figure_id is None  # nothing is grouped for good without an editor


def test_numbers_in_one_sentence_are_never_one_figure(make_document):
    document = make_document(text="The 54 participating organizations and 60 groups signed the letter.")
    claim_at(document, "54", 54, 54, unit="organization", noun="organizations")
    claim_at(document, "60", 60, 60, unit="organization", noun="groups")
    assert suggest_figures() == []


def test_different_years_named_keep_claims_apart(make_document):
    a = make_document(text="In 2012, some 30 defectors were caught by police near the border.")
    b = make_document(text="In 2023, some 30 defectors were caught by police near the border.")
    claim_at(a, "some 30", 30, 30, "approximate", noun="defectors")
    claim_at(b, "some 30", 30, 30, "approximate", noun="defectors")
    assert suggest_figures() == []


def test_distant_publication_dates_keep_claims_apart(make_document):
    a = dated(make_document, datetime.date(2012, 2, 1), "Some 30 defectors were caught by police near the border.")
    b = dated(make_document, datetime.date(2023, 2, 1), "Some 30 defectors were caught by police near the border!")
    claim_at(a, "Some 30", 30, 30, "approximate", noun="defectors")
    claim_at(b, "Some 30", 30, 30, "approximate", noun="defectors")
    assert suggest_figures() == []


def test_durations_in_different_units_can_be_one_figure(make_document):
    a = make_document(text="The border stayed closed for three years during the pandemic.")
    b = make_document(text="The border stayed closed for 36 months during the pandemic.")
    claim_at(a, "three", 3, 3, unit="year", noun="years")
    claim_at(b, "36", 36, 36, unit="month", noun="months")
    [figure] = suggest_figures()
    assert figure.suggested_claims.count() == 2
    assert "durations compared in one unit" in figure.suggestion_reason


def test_different_counted_nouns_stay_apart(make_document):
    a = make_document(text="Around 200 athletes registered for the games in Hangzhou.")
    b = make_document(text="Around 200 journalists registered for the games in Hangzhou.")
    claim_at(a, "Around 200", 200, 200, "approximate", noun="athletes")
    claim_at(b, "Around 200", 200, 200, "approximate", noun="journalists")
    assert suggest_figures() == []


def test_both_entry_points_leave_the_collector_as_they_found_it(floods, make_document):
    assert gc.isenabled()
    suggest_figures()
    assert gc.isenabled()
    gc.disable()
    try:
        document = make_document(text=FLOOD_B.replace("115", "118"), published=datetime.date(2025, 3, 3))
        claim_at(document, "at least 118", 118, None, "at_least")
        suggest_figures_for_documents([document.pk])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_full_run_frees_its_prepared_claims_without_the_collector(floods):
    gc.collect()
    gc.disable()
    try:
        suggest_figures()
        # type(), not isinstance(): a dead weak proxy among the objects raises ReferenceError when asked its class.
        assert not [thing for thing in gc.get_objects() if type(thing) is Prepared]
    finally:
        gc.enable()


def test_rerun_is_stable_and_an_editors_figure_attracts_new_claims(floods, make_document, make_figure):
    first = {f.pk for f in suggest_figures()}
    assert {f.pk for f in suggest_figures()} == first
    assert Figure.objects.count() == len(first)
    # An editor puts the first article's claim in a figure; a later article's claim is proposed for it.
    figure = make_figure(title="People killed in the valley floods", status="open")
    Claim.objects.filter(pk=floods["killed_a"].pk).update(figure=figure)
    late = make_document(text="The floods in the river valley killed about 118 people, officials said on Friday.")
    new = claim_at(late, "about 118", 118, 118, "approximate")
    suggest_figures_for_documents([late.pk])
    new.refresh_from_db()
    assert new.suggested_figure_id == figure.pk
    assert new.figure_id is None


def test_a_rerun_rewrites_a_kept_suggestion_with_its_history_and_a_new_version(floods, make_document):
    [suggestion] = suggest_figures()
    suggestion.refresh_from_db()
    late_flood_claim(make_document)

    [kept] = suggest_figures()

    kept.refresh_from_db()
    assert kept.pk == suggestion.pk
    assert kept.version == suggestion.version + 1  # an editor's form opened before the run is stale
    assert "3 claims from 3 documents" in kept.suggestion_reason != suggestion.suggestion_reason
    last = kept.history.order_by("-history_id").first()
    assert (last.history_type, last.version, last.suggestion_reason) == ("~", kept.version, kept.suggestion_reason)
    assert (kept.title, kept.unit, kept.scope, kept.period) == (last.title, last.unit, last.scope, last.period)


def test_suggestions_leave_rejected_claims_out(floods):
    Claim.objects.filter(pk=floods["killed_b"].pk).update(status="rejected")
    assert suggest_figures() == []


def test_command_runs_suggestions(floods, capsys):
    call_command("suggest_figures")
    assert "1 figures suggested" in capsys.readouterr().out
    assert Figure.objects.filter(status="suggested").count() == 1


def test_seed_suggestions_group_the_repeated_figures_and_keep_others_apart(seed_corpus):
    from tests.conftest import SEEDS_GOLD

    suggest_figures()
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text().splitlines() if line.strip()]
    claims = list(Claim.objects.select_related("document"))

    def key_of(claim):
        for line in gold:
            if (
                line["article"] == claim.document.source_name
                and line["start"] < claim.end
                and claim.start < line["end"]
            ):
                return line["figure_key"]
        return None

    keys = {claim.pk: key_of(claim) for claim in claims}
    predicted = [
        (a, b)
        for a, b in itertools.combinations(claims, 2)
        if a.suggested_figure_id and a.suggested_figure_id == b.suggested_figure_id
    ]
    right = [(a, b) for a, b in predicted if keys[a.pk] and keys[a.pk] == keys[b.pk]]
    gold_pairs = [(a, b) for a, b in itertools.combinations(claims, 2) if keys[a.pk] and keys[a.pk] == keys[b.pk]]
    # Pairwise F1 (bench/figures.py's measure): most repeated figures found, few claims grouped wrongly. The bar is
    # the learned pair model's (0.76 here: it misses "Dozens" against the letter's 54 organizations and takes 162
    # organizations of another article's reports in), chosen by leave-one-set-out F1 on the figures sets, where the
    # hand-weighted mix it replaced scored 0.88 on these five articles, which it had been tuned on.
    precision, recall = len(right) / len(predicted), len(right) / len(gold_pairs)
    assert precision >= 0.75 and 2 * precision * recall / (precision + recall) >= 0.75
    detained = [c for c in claims if keys[c.pk] == "nk_detained_china_2023"]
    assert len({c.document_id for c in detained}) == 2
    assert len({c.suggested_figure_id for c in detained}) == 1 and detained[0].suggested_figure_id
    closure = [c for c in claims if keys[c.pk] == "nk_border_closure_duration"]
    assert len({c.suggested_figure_id for c in closure}) == 1 and closure[0].suggested_figure_id


def test_describing_a_document_once_matches_describing_each_claim(seed_corpus):
    from claims.conflicts import Value
    from claims.suggestions.features import DocumentText
    from claims.suggestions.storage import claim_input, describe_stored_claims

    claims = list(Claim.objects.select_related("document").order_by("pk"))
    assert claims
    assert describe_stored_claims(claims) == [claim_input(claim, claim.figure_id) for claim in claims]
    text = "Aid reached 3,000 families. Another 40 families, officials said."
    described = DocumentText(text).describe(1, 1, 12, 17, Value.of(3000, 3000))
    assert dict(described.words) == {"aid": 2.0, "reach": 2.0, "famil": 2.0}


def test_the_words_blocking_reads_are_the_words_a_description_weighs(seed_corpus, make_document):
    from claims.suggestions.storage import (
        DocumentTexts,
        describe_stored_claims,
        learned_terms,
        stored_claim_words,
        suggestable_claims,
    )

    # A number inside a word ("COVID-19") and a subject from the context read differently: they must still agree.
    text = "COVID-19 killed 300 people in the valley. Some 40 escapees were caught."
    covid = make_document(text=text)
    claim_at(covid, "19", 19, 19)
    claim_at(covid, "Some 40", 40, 40, "approximate", subject="North Korean escapees detained in China")
    claims = list(suggestable_claims().order_by("pk"))
    terms = learned_terms()

    described = describe_stored_claims(claims, terms=terms)
    words = stored_claim_words(claims, DocumentTexts(), terms)

    assert [(w.claim_id, w.document_id, w.dimension, w.words, w.story) for w in words] == [
        (d.claim_id, d.document_id, d.dimension, set(d.words), d.story) for d in described
    ]
    assert any("defector" in w.words for w in words)


def late_flood_claim(make_document):
    late = dated(
        make_document,
        datetime.date(2025, 3, 3),
        "The floods in the river valley killed about 118 people, officials said late on Monday.",
    )
    return late, claim_at(late, "about 118", 118, 118, "approximate")


def unrelated_documents(make_document, count):
    for n in range(count):
        text = (
            f"The marathon in Harbourtown {n} drew some {200 + n} runners on Sunday. "
            f"About {500 + n} volunteers handed out water along the harbour route."
        )
        document = make_document(text=text, published=datetime.date(2025, 3, 1), published_precision="day")
        claim_at(document, f"some {200 + n}", 200 + n, 200 + n, "approximate", noun="runners")
        claim_at(document, f"About {500 + n}", 500 + n, 500 + n, "approximate", noun="volunteers")


def test_a_new_document_joins_a_suggestion_without_touching_unrelated_claims(floods, make_document):
    unrelated_documents(make_document, 4)
    suggest_figures()
    before = {c.pk: (c.suggested_figure_id, c.updated_at) for c in Claim.objects.all()}
    figures_before = dict(Figure.objects.values_list("pk", "version"))
    late, new = late_flood_claim(make_document)

    touched = suggest_figures_for_documents([late.pk])

    new.refresh_from_db()
    killed = Claim.objects.get(pk=floods["killed_a"].pk)
    assert new.suggested_figure_id == killed.suggested_figure_id is not None
    assert [figure.pk for figure in touched] == [killed.suggested_figure_id]
    after = {c.pk: (c.suggested_figure_id, c.updated_at) for c in Claim.objects.exclude(pk=new.pk)}
    assert after == before  # no older claim was re-saved or re-suggested
    # Only the suggestion the claim joined is re-saved; its new reason makes an editor's open form stale.
    figures_before[killed.suggested_figure_id] += 1
    assert dict(Figure.objects.values_list("pk", "version")) == figures_before


def test_an_incremental_run_groups_as_a_full_run_does(floods, make_document):
    unrelated_documents(make_document, 3)
    suggest_figures()
    late, _ = late_flood_claim(make_document)
    suggest_figures_for_documents([late.pk])

    def partition():
        groups = {}
        for pk, figure in Claim.objects.values_list("pk", "suggested_figure_id"):
            if figure:
                groups.setdefault(figure, set()).add(pk)
        return sorted(sorted(group) for group in groups.values())

    incremental = partition()
    suggest_figures()
    assert partition() == incremental
    assert [floods["killed_a"].pk, floods["killed_b"].pk] in [group[:2] for group in incremental]


def test_a_full_run_costs_the_same_queries_however_many_claims_it_suggests(floods, make_document):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts, suggested = [], []
    for extra in (2, 30):
        unrelated_documents(make_document, extra)
        with CaptureQueriesContext(connection) as queries:
            suggest_figures()
        counts.append(len(queries))
        suggested.append(Claim.objects.filter(suggested_figure__isnull=False).count())
        Claim.objects.update(suggested_figure=None, suggested_conflict="")
        Figure.objects.all().delete()
    assert suggested[1] > suggested[0] + 20
    # One UPDATE per conflict state (none, soft, hard) of figures and of claims: more states, never more claims.
    assert counts[1] <= counts[0] + 4


def test_an_incremental_run_costs_the_same_queries_however_large_the_corpus(floods, make_document):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for extra in (2, 30):
        unrelated_documents(make_document, extra)
        late, _ = late_flood_claim(make_document)
        with CaptureQueriesContext(connection) as queries:
            suggest_figures_for_documents([late.pk])
        counts.append(len(queries))
        Claim.objects.update(suggested_figure=None)
        Figure.objects.all().delete()
    assert counts[0] == counts[1]


def test_a_number_restated_in_other_units_joins_the_number_it_restates(make_document):
    document = make_document(
        text=(
            "The landslide buried the road under rubble about 30 metres (100 feet) deep. "
            "The council released 2 billion pesos ($40 million) for repairs, and 12 crews (40 workers) are on site."
        )
    )
    metres = claim_at(document, "about 30", 30, 30, "approximate", unit="m", noun="metres")
    feet = claim_at(document, "100", 100, 100, "approximate", unit="foot", noun="feet")
    pesos = claim_at(document, "2 billion", 2000000000, 2000000000, unit="PHP", noun="pesos")
    dollars = claim_at(document, "$40 million", 40000000, 40000000, unit="USD", noun="")
    crews = claim_at(document, "12", 12, 12, unit="crew", noun="crews")
    workers = claim_at(document, "40 workers", 40, 40, unit="person", noun="workers")
    suggest_figures()
    metres, feet, pesos, dollars, crews, workers = (
        Claim.objects.get(pk=c.pk) for c in (metres, feet, pesos, dollars, crews, workers)
    )
    assert metres.suggested_figure_id is not None and metres.suggested_figure_id == feet.suggested_figure_id
    # A sum restated in another currency is not: the rate is the writer's, and a figure compares like with like.
    assert pesos.suggested_figure_id is None and dollars.suggested_figure_id is None
    assert crews.suggested_figure_id is None and workers.suggested_figure_id is None  # counts of different things


def test_a_number_restated_after_a_comma_joins_the_number_it_restates(make_document):
    document = make_document(
        text="Fires burned about 4,200 hectares, or roughly 10,400 acres, and 35 homes, 12 barns, were lost."
    )
    hectares = claim_at(document, "about 4,200", 4200, 4200, "approximate", unit="hectare", noun="hectares")
    acres = claim_at(document, "roughly 10,400", 10400, 10400, "approximate", unit="acre", noun="acres")
    homes = claim_at(document, "35", 35, 35, unit="home", noun="homes")
    barns = claim_at(document, "12", 12, 12, unit="barn", noun="barns")
    suggest_figures()
    hectares, acres, homes, barns = (Claim.objects.get(pk=c.pk) for c in (hectares, acres, homes, barns))
    assert hectares.suggested_figure_id is not None and hectares.suggested_figure_id == acres.suggested_figure_id
    assert homes.suggested_figure_id is None and barns.suggested_figure_id is None


def test_one_article_repeating_a_distinctive_number_is_one_figure_but_small_numbers_are_not(make_document):
    document = make_document(
        text=(
            "Harbor Bank posts record profit\n\n"
            "• Quarterly profit of $812 million, up 9%\n\n"
            "Harbor Bank said on Tuesday that it earned $812 million in the three months to June, helped by two "
            "acquisitions. Chief executive Dana Moss said the bank would open two branches."
        )
    )
    headline = claim_at(document, "$812 million", 812000000, 812000000, unit="USD", noun="")
    body_at = document.text.index("$812 million", document.text.index("earned"))
    body = Claim.objects.create(
        document=document,
        start=body_at,
        end=body_at + 12,
        quote="$812 million",
        low=Decimal(812000000),
        high=Decimal(812000000),
        qualifier="exact",
        unit="USD",
    )
    acquisitions = claim_at(document, "two acquisitions", 2, 2, unit="acquisition", noun="acquisitions")
    branches = claim_at(document, "two branches", 2, 2, unit="acquisition", noun="branches")
    suggest_figures()
    headline, body, acquisitions, branches = (
        Claim.objects.get(pk=c.pk) for c in (headline, body, acquisitions, branches)
    )
    assert headline.suggested_figure_id is not None and headline.suggested_figure_id == body.suggested_figure_id
    assert acquisitions.suggested_figure_id is None or acquisitions.suggested_figure_id != branches.suggested_figure_id


def test_a_low_floor_does_not_report_a_far_larger_number(make_document):
    a = make_document(text="At least 4 people were killed when the storm hit the coast of Florida on Wednesday.")
    b = make_document(text="More than 1,000 people were killed when the storm hit the coast of Florida on Wednesday.")
    c = make_document(text="Around 900 people were killed when the storm hit the coast of Florida on Wednesday!")
    claim_at(a, "At least 4", 4, None, "at_least")
    claim_at(b, "More than 1,000", 1000, None, "at_least")
    claim_at(c, "Around 900", 900, 900, "approximate")
    figures = suggest_figures()
    assert len(figures) == 1
    grouped = set(Claim.objects.filter(suggested_figure=figures[0]).values_list("quote", flat=True))
    assert grouped == {"More than 1,000", "Around 900"}


def test_bullets_are_sentences_of_their_own(make_document):
    document = make_document(
        text=(
            "Key updates • More than 3 million homes without power • At least 6 deaths confirmed in Polk County\n"
            "Officials said more than 3 million homes had no power on Thursday."
        )
    )
    bullet = claim_at(document, "More than 3 million", 3000000, None, "at_least", unit="home", noun="homes")
    body = claim_at(document, "more than 3 million", 3000000, None, "at_least", unit="home", noun="homes")
    suggest_figures()
    assert Claim.objects.get(pk=bullet.pk).suggested_figure_id == Claim.objects.get(pk=body.pk).suggested_figure_id
    assert Claim.objects.get(pk=bullet.pk).suggested_figure_id is not None


def test_an_incremental_run_describes_the_new_claims_candidates_not_the_corpus(floods, make_document, monkeypatch):
    from claims.suggestions.features import DocumentText

    described: set[int] = set()
    describe = DocumentText.describe

    def counting_describe(self, claim_id, *args, **kwargs):
        described.add(claim_id)
        return describe(self, claim_id, *args, **kwargs)

    # Thirty documents within reach of the new claim (same unit, same days) that share no word or number with it.
    unrelated_documents(make_document, 30)
    late, new = late_flood_claim(make_document)
    monkeypatch.setattr(DocumentText, "describe", counting_describe)

    suggest_figures_for_documents([late.pk])

    new.refresh_from_db()
    assert new.suggested_figure_id == Claim.objects.get(pk=floods["killed_a"].pk).suggested_figure_id is not None
    assert described == {new.pk, *(claim.pk for claim in floods.values())}


def test_the_units_walked_in_the_index_are_the_distinct_units_stored(make_document):
    from claims.suggestions.storage import stored_units, units_of_dimensions

    assert stored_units() == []
    document = make_document(text="Some 30 people walked 12 km, 12 miles, about 40% of them, 30 people again.")
    for quote, unit in (("30 people", "person"), ("12 km", "km"), ("12 miles", "mile"), ("40%", "percent")):
        claim_at(document, quote, 1, 1, unit=unit)
    claim_at(document, "30 people again", 30, 30, unit="person")
    claim_at(document, "Some", None, None, "vague", unit="")

    distinct = sorted(set(Claim.objects.values_list("unit", flat=True)))
    assert sorted(stored_units()) == distinct == ["", "km", "mile", "percent", "person"]
    assert units_of_dimensions(["length", "person"]) == ["km", "mile", "person"]


def dated(make_document, day: datetime.date, text: str):
    """Return a document printed on ``day`` (a day's precision) with ``text``."""
    return make_document(text=text, published=day, published_precision="day")


def extracted(document):
    """Store the extractor's claims of a document, as ingest stores them."""
    from claims.extraction import extract_claims
    from claims.ingest import claims_from_extracted

    return Claim.objects.bulk_create(
        claims_from_extracted(document, document.text, extract_claims(document.text, document.published))
    )


def test_rival_counts_of_one_march_worded_differently_are_one_figure_apart_from_a_citys_count(make_document):
    day = datetime.date(2025, 5, 4)
    first = dated(
        make_document,
        day,
        "Teachers marched across the country on Saturday. Organisers said 90,000 people took part, "
        "while the interior ministry counted 14,000 nationwide.",
    )
    second = dated(
        make_document,
        day,
        "The teachers' march drew a large crowd on Saturday. The union put the crowd at 90,000. "
        "In Leeds, about 2,500 people marched, police said.",
    )
    extracted(first), extracted(second)
    suggest_figures()
    rivals = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["90,000", "14,000"])}
    assert len(rivals) == 1 and None not in rivals
    assert Claim.objects.get(quote="about 2,500").suggested_figure_id not in rivals
    assert Figure.objects.get(pk=rivals.pop()).conflict == "hard"


def test_a_rival_sources_count_printed_a_day_later_is_that_days_count(make_document):
    raid = dated(
        make_document,
        datetime.date(2025, 5, 5),
        "Police raided the market on Monday. Police detained 212 traders on Monday, the ministry said.",
    )
    follow_up = dated(
        make_document,
        datetime.date(2025, 5, 6),
        "The traders' union said more than 400 traders were detained in the market raid.",
    )
    weeks_later = dated(
        make_document,
        datetime.date(2025, 5, 20),
        "The traders' union said more than 400 traders were detained in a second market raid.",
    )
    extracted(raid), extracted(follow_up), extracted(weeks_later)
    suggest_figures()
    first, rival, later = (
        Claim.objects.get(document=document, quote__in=["212", "more than 400"])
        for document in (raid, follow_up, weeks_later)
    )
    assert first.suggested_figure_id is not None and first.suggested_figure_id == rival.suggested_figure_id
    assert later.suggested_figure_id != first.suggested_figure_id
    assert Figure.objects.get(pk=first.suggested_figure_id).conflict == "hard"


def test_a_count_across_many_cities_is_the_countrys_not_a_towns(make_document):
    day = datetime.date(2025, 5, 4)
    national = dated(
        make_document,
        day,
        "Nurses marched nationwide on Saturday. The union said 80,000 nurses marched across the country.",
    )
    cities = dated(
        make_document,
        day,
        "About 80,000 nurses marched through the streets of several cities on Saturday, the union said.",
    )
    extracted(national), extracted(cities)
    suggest_figures()
    figures = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["80,000", "About 80,000"])}
    assert len(figures) == 1 and None not in figures


def test_a_national_bodys_count_in_a_city_is_the_citys_not_the_countrys(make_document):
    # "National" in the name of the body that counts is no scope: its count in Kumasi is no count of the country.
    article = dated(
        make_document,
        datetime.date(2025, 9, 17),
        "The Ghana National Federation of Traders said it had counted 140 arrests in Kumasi. "
        "Police said 150 people had been arrested nationwide.",
    )
    extracted(article)
    suggest_figures()
    kumasi, nationwide = Claim.objects.get(quote="140"), Claim.objects.get(quote="150")
    assert kumasi.suggested_figure_id is None or kumasi.suggested_figure_id != nationwide.suggested_figure_id


def test_one_articles_count_in_a_city_is_no_rival_of_its_national_count(make_document):
    day = datetime.date(2025, 5, 6)
    article = dated(
        make_document,
        day,
        "By Wednesday, the interior ministry said 340 people had been arrested since the riots began. "
        "Rights groups gave higher counts. In Oran alone, 118 people had been detained, the regional prosecutor said. "
        "In Blida, the regional governor said 96 had been detained.",
    )
    other = dated(
        make_document,
        day,
        "Police in Oran have detained about 120 people since the riots began, the regional prosecutor said.",
    )
    extracted(article), extracted(other)
    suggest_figures()
    national, oran, blida, oran_again = (Claim.objects.get(quote=quote) for quote in ("340", "118", "96", "about 120"))
    assert national.suggested_figure_id != oran.suggested_figure_id or national.suggested_figure_id is None
    assert oran.suggested_figure_id is not None and oran.suggested_figure_id == oran_again.suggested_figure_id
    assert blida.suggested_figure_id != oran.suggested_figure_id


def test_two_named_sources_counts_in_one_sentence_are_rivals_with_nothing_else_said(make_document):
    document = dated(
        make_document,
        datetime.date(2025, 5, 6),
        "Some 300,000 workers marched against the plan on Monday. At the height of the 2019 strikes, the union claimed "
        "2.4 million on the biggest day and the ministry counted 800,000.",
    )
    extracted(document)
    suggest_figures()
    union, ministry = (Claim.objects.get(quote=quote) for quote in ("2.4 million", "800,000"))
    assert union.unit == ministry.unit == "person"
    assert union.suggested_figure_id is not None and union.suggested_figure_id == ministry.suggested_figure_id
    assert Figure.objects.get(pk=union.suggested_figure_id).conflict == "hard"


def test_undated_counts_printed_months_apart_are_not_one_count(make_document):
    def article(day: datetime.date):
        return dated(
            make_document, day, "About 200 people attended the vigil outside the embassy, the organisers said."
        )

    first, days_later, months_later = (
        article(datetime.date(2025, 3, 2)),
        article(datetime.date(2025, 3, 6)),
        article(datetime.date(2025, 6, 20)),
    )
    for document in (first, days_later, months_later):
        extracted(document)
    suggest_figures()
    figure_of = {claim.document_id: claim.suggested_figure_id for claim in Claim.objects.all()}
    assert figure_of[first.pk] is not None and figure_of[first.pk] == figure_of[days_later.pk]
    assert figure_of[months_later.pk] != figure_of[first.pk]


def test_the_trapped_and_the_missing_of_one_day_are_one_figure_apart_from_the_dead(make_document):
    day = datetime.date(2025, 9, 2)
    first = dated(
        make_document,
        day,
        "A tunnel collapsed at the quarry on Monday. Nine workers died and about 25 were trapped, the owner said.",
    )
    second = dated(
        make_document,
        day,
        "Rescuers searched the quarry on Monday. The union said 60 workers were missing and nine were dead.",
    )
    extracted(first), extracted(second)
    suggest_figures()
    trapped, missing = Claim.objects.get(quote="about 25"), Claim.objects.get(quote="60")
    dead = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["Nine", "nine"])}
    assert trapped.suggested_figure_id is not None and trapped.suggested_figure_id == missing.suggested_figure_id
    assert trapped.suggested_figure_id not in dead


def test_a_corrected_count_is_of_the_day_its_correction_names(make_document):
    monday, tuesday = datetime.date(2025, 6, 2), datetime.date(2025, 6, 3)
    first = dated(make_document, monday, "Floods killed 32 people in the valley on Monday, the agency said.")
    second = dated(
        make_document,
        tuesday,
        "The flood toll in the valley rose to 40 on Tuesday, the agency said, after it corrected its count "
        "for Monday to 31, not 32 as it had announced.",
    )
    extracted(first), extracted(second)
    suggest_figures()
    figure_of = {(c.document_id, c.quote): c.suggested_figure_id for c in Claim.objects.all()}
    monday_count = figure_of[(first.pk, "32")]
    assert monday_count is not None
    assert figure_of[(second.pk, "31")] == figure_of[(second.pk, "32")] == monday_count
    assert figure_of[(second.pk, "40")] != monday_count


def test_a_correction_is_of_the_earlier_day_the_count_it_replaces_was_given_for(make_document):
    tuesday, wednesday = datetime.date(2025, 6, 3), datetime.date(2025, 6, 4)
    first = dated(make_document, tuesday, "Police said 52 fans were detained at the cup final in Ostrava.")
    second = dated(
        make_document,
        wednesday,
        "Police said on Wednesday that 57 fans were detained at the cup final in Ostrava, not 52 as reported on Tuesday.",
    )
    extracted(first), extracted(second)
    suggest_figures()
    figure_of = {(c.document_id, c.quote): c.suggested_figure_id for c in Claim.objects.all()}
    tuesday_count = figure_of[(first.pk, "52")]
    assert tuesday_count is not None
    assert figure_of[(second.pk, "57")] == figure_of[(second.pk, "52")] == tuesday_count


def test_what_a_march_drew_is_its_crowd(make_document):
    day = datetime.date(2025, 4, 12)
    first = dated(make_document, day, "The farmers' march on Saturday drew 40,000 people, the organisers said.")
    second = dated(make_document, day, "About 7,000 farmers took part in Saturday's march, police said.")
    extracted(first), extracted(second)
    suggest_figures()
    drew, took_part = Claim.objects.get(quote="40,000"), Claim.objects.get(quote="About 7,000")
    assert drew.suggested_figure_id is not None and drew.suggested_figure_id == took_part.suggested_figure_id
    assert Figure.objects.get(pk=drew.suggested_figure_id).conflict == "hard"


def test_two_sources_counts_of_one_event_in_one_sentence_are_rivals_however_worded(make_document):
    document = dated(
        make_document,
        datetime.date(2025, 10, 4),
        "Mudslides hit the hills on Friday. The agency listed 12 people as missing on Friday, but the Red Cross "
        "said about 30 residents were unaccounted for.",
    )
    extracted(document)
    suggest_figures()
    listed, unaccounted = Claim.objects.get(quote="12"), Claim.objects.get(quote="about 30")
    assert listed.suggested_figure_id is not None and listed.suggested_figure_id == unaccounted.suggested_figure_id
    assert Figure.objects.get(pk=listed.suggested_figure_id).conflict == "hard"


def test_a_standing_figure_printed_again_months_later_in_the_same_story_is_one_figure(make_document):
    march = dated(
        make_document,
        datetime.date(2025, 3, 4),
        "Activists in Seoul said as many as 1,800 Eritreans are held in camps near Kassala. "
        "Officials in Kassala denied it.",
    )
    july = dated(
        make_document,
        datetime.date(2025, 7, 21),
        "About 1,800 Eritreans are held in camps near Kassala, activists in Seoul say. Officials in Kassala were silent.",
    )
    other_story = dated(
        make_document,
        datetime.date(2025, 7, 21),
        "About 1,800 Afghans are held in camps near Peshawar, activists in Geneva say. Officials in Peshawar were silent.",
    )
    for document in (march, july, other_story):
        extracted(document)
    suggest_figures()
    figure_of = {claim.document_id: claim.suggested_figure_id for claim in Claim.objects.all()}
    assert figure_of[march.pk] is not None and figure_of[march.pk] == figure_of[july.pk]
    assert figure_of[other_story.pk] != figure_of[march.pk]


def test_one_template_printed_the_same_day_about_people_of_two_nationalities_is_two_figures(make_document):
    day = datetime.date(2025, 11, 3)
    somalis = dated(
        make_document,
        day,
        "Some 2,300 Somalis are stranded in a transit camp outside Dadaab, aid workers in Nairobi said. "
        "Officials in Dadaab declined to comment.",
    )
    sudanese = dated(
        make_document,
        day,
        "Some 2,300 Sudanese are stranded in a transit camp outside Renk, aid workers in Juba said. "
        "Officials in Renk declined to comment.",
    )
    extracted(somalis), extracted(sudanese)
    suggest_figures()
    figure_of = {claim.document_id: claim.suggested_figure_id for claim in Claim.objects.all()}
    assert figure_of[somalis.pk] is None or figure_of[somalis.pk] != figure_of[sudanese.pk]


def test_a_named_sources_count_that_says_nothing_of_what_it_counts_is_a_rival_of_its_sentences_count(make_document):
    document = dated(
        make_document,
        datetime.date(2025, 9, 10),
        "The refinery says the tank that burst held 18 tonnes of acid; county officials had said about 25 tonnes.",
    )
    extracted(document)
    suggest_figures()
    company, officials = Claim.objects.get(quote="18"), Claim.objects.get(quote="about 25")
    assert company.suggested_figure_id is not None and company.suggested_figure_id == officials.suggested_figure_id
    assert Figure.objects.get(pk=company.suggested_figure_id).conflict == "hard"


def test_articles_weeks_apart_that_name_nothing_in_common_are_other_stories(make_document):
    raid = dated(
        make_document,
        datetime.date(2025, 8, 14),
        "Immigration officers in Johor said 312 workers were taken into custody at a building site. "
        "A rights group in Johor said more than 500 were taken.",
    )
    shelter = dated(
        make_document,
        datetime.date(2025, 9, 8),
        "The governor of Sarvan said the town of Ardan had taken in 1,300 people. Ardan cannot manage, he said.",
    )
    for document in (raid, shelter):
        extracted(document)
    suggest_figures()
    sheltered = Claim.objects.get(document=shelter, quote="1,300")
    assert sheltered.suggested_figure_id is None


def test_an_article_that_sets_two_counts_in_two_places_never_has_them_in_one_figure(make_document):
    day = datetime.date(2025, 10, 8)
    national = dated(
        make_document,
        day,
        "Students marched across the country on Wednesday. In Lima, the union counted 300,000 marchers, "
        "against the city police's 60,000. In Cusco, where the union said 50,000 marched, police counted 12,000.",
    )
    capital = dated(
        make_document,
        day,
        "About 300,000 students marched in Lima on Wednesday, the union said. Police said 60,000 marched.",
    )
    extracted(national), extracted(capital)
    suggest_figures()
    figure_of = {(c.document_id, c.quote): c.suggested_figure_id for c in Claim.objects.all()}
    capital_figure = figure_of[(national.pk, "300,000")]
    assert capital_figure is not None and capital_figure == figure_of[(capital.pk, "About 300,000")]
    assert figure_of[(national.pk, "50,000")] != capital_figure
    assert figure_of[(national.pk, "12,000")] != capital_figure


def test_a_fixed_quantity_is_one_figure_whatever_day_the_next_report_names(make_document):
    sunday = dated(
        make_document,
        datetime.date(2025, 7, 6),
        "A fishing boat sank off Crete. Eighteen passengers were rescued by a ferry, the coast guard said.",
    )
    monday = dated(
        make_document,
        datetime.date(2025, 7, 7),
        "All 18 rescued passengers were flown to Athens on Monday, the coast guard said after the sinking off Crete.",
    )
    extracted(sunday), extracted(monday)
    suggest_figures()
    first, again = Claim.objects.get(quote="Eighteen"), Claim.objects.get(quote="18")
    assert first.suggested_figure_id is not None and first.suggested_figure_id == again.suggested_figure_id


def test_a_fixed_quantity_is_one_figure_whatever_days_its_reports_name_within_a_week(make_document):
    # The day each report names ("said on Monday", "said on Thursday") is the report's, not the abduction's.
    monday = dated(
        make_document,
        datetime.date(2025, 9, 15),
        "Police said on Monday that 64 pupils were abducted from the Kanembe boarding school.",
    )
    thursday = dated(
        make_document,
        datetime.date(2025, 9, 18),
        "Police said on Thursday that none of the 64 pupils abducted from the Kanembe boarding school had been found.",
    )
    extracted(monday), extracted(thursday)
    suggest_figures()
    first, again = (Claim.objects.get(document=document, quote="64") for document in (monday, thursday))
    assert first.suggested_figure_id is not None and first.suggested_figure_id == again.suggested_figure_id


def test_homes_a_fire_has_destroyed_so_far_are_a_running_total_of_each_day(make_document):
    monday, tuesday = datetime.date(2025, 8, 11), datetime.date(2025, 8, 12)
    first = dated(
        make_document,
        monday,
        "The wildfire near Kelowna spread overnight. It has destroyed 15 homes so far, officials said.",
    )
    same_day = dated(make_document, monday, "Officials confirmed 15 homes lost so far to the wildfire near Kelowna.")
    next_day = dated(
        make_document,
        tuesday,
        "The wildfire near Kelowna kept burning. Officials said it had destroyed 32 homes so far.",
    )
    for document in (first, same_day, next_day):
        extracted(document)
    suggest_figures()
    figure_of = {claim.document_id: claim.suggested_figure_id for claim in Claim.objects.filter(unit="home")}
    assert figure_of[first.pk] is not None and figure_of[first.pk] == figure_of[same_day.pk]
    assert figure_of[next_day.pk] != figure_of[first.pk]


def test_houses_a_flood_destroyed_are_one_figure_whatever_day_each_count_is_reported(make_document):
    # What one flood destroyed is a fixed quantity: the officer's first count, his raised count two days on and a
    # group's count are one figure in hard conflict, not counts of three days.
    monday, wednesday = datetime.date(2025, 9, 1), datetime.date(2025, 9, 3)
    first = dated(
        make_document,
        monday,
        "Floodwater swept through the Varden valley on Monday. The district officer said 90 houses were destroyed.",
    )
    raised = dated(
        make_document,
        wednesday,
        "The district officer raised the number of houses destroyed by the Varden valley flood to 130.",
    )
    rival = dated(
        make_document,
        wednesday,
        "A farmers' association said more than 300 houses were destroyed by the Varden valley flood.",
    )
    for document in (first, raised, rival):
        extracted(document)
    suggest_figures()
    figure_of = {claim.document_id: claim.suggested_figure_id for claim in Claim.objects.filter(unit="house")}
    assert figure_of[first.pk] is not None
    assert figure_of[first.pk] == figure_of[raised.pk] == figure_of[rival.pk]
    assert Figure.objects.get(pk=figure_of[first.pk]).conflict == "hard"


def test_a_floor_is_not_a_later_count_printed_again(make_document):
    monday = dated(
        make_document,
        datetime.date(2025, 6, 16),
        "Floods in the valley killed at least 41 people on Monday, officials said.",
    )
    wednesday = dated(
        make_document,
        datetime.date(2025, 6, 18),
        "Nearly 80 people have been killed in the floods in the valley, officials said.",
    )
    extracted(monday), extracted(wednesday)
    suggest_figures()
    first, later = Claim.objects.get(quote="at least 41"), Claim.objects.get(quote="Nearly 80")
    assert first.suggested_figure_id is None or first.suggested_figure_id != later.suggested_figure_id


def test_a_city_an_article_names_after_the_capital_is_another_place(make_document):
    day = datetime.date(2025, 5, 4)
    texts = [
        "In the capital, organisers counted 400,000 marchers against the city police's 90,000. The gap was as wide in"
        " Rosario, where organisers said 60,000 people marched and the provincial police counted 15,000.",
        "In the capital, organisers said 400,000 people marched and the city police counted 90,000. In Rosario,"
        " organisers said 60,000 people marched; the provincial police counted 15,000.",
    ]
    for text in texts:
        extracted(dated(make_document, day, text))
    suggest_figures()
    capital = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["400,000", "90,000"])}
    rosario = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["60,000", "15,000"])}
    assert None not in capital and capital.isdisjoint(rosario)


def test_the_people_medics_treated_are_not_the_people_police_arrested(make_document):
    # Two outlets print the arrests beside the treated, each from a source of its own: not rival counts of one thing.
    day = datetime.date(2025, 5, 4)
    texts = [
        "Police said 16 people were arrested after the rally in the square. The ambulance service said about 45"
        " people had been treated for the effects of tear gas.",
        "A lawyers' group said at least 25 people were arrested at the rally, against the 16 reported by police. The"
        " ambulance service treated 41 people, a spokesman said.",
        "About 45 people were treated for the effects of tear gas after the rally, the ambulance service said.",
    ]
    for text in texts:
        extracted(dated(make_document, day, text))
    suggest_figures()
    arrested = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["16", "at least 25"])}
    treated = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["about 45", "41", "About 45"])}
    assert None not in arrested and None not in treated and arrested.isdisjoint(treated)


def test_a_limit_is_no_rival_count_of_the_speed_it_limits(make_document):
    day = datetime.date(2025, 5, 4)
    texts = [
        "The recorder showed the train was doing 110 km/h, nearly twice the 60 km/h limit on the stretch, the"
        " prosecutor said. The driver told investigators he was doing 70 km/h.",
        "The recorder put the train at 110 km/h, the prosecutor said, against the 60 km/h limit on the stretch. The"
        " driver told investigators he was doing 70 km/h.",
        "The driver said he was doing 70 km/h, while prosecutors said the limit there was 60 km/h.",
    ]
    for text in texts:
        extracted(dated(make_document, day, text))
    suggest_figures()
    limits = {claim.suggested_figure_id for claim in Claim.objects.filter(quote="60 km/h")}
    speeds = {claim.suggested_figure_id for claim in Claim.objects.filter(quote__in=["110 km/h", "70 km/h"])}
    assert None not in limits and limits.isdisjoint(speeds)


MINE_A = (
    "Rescuers brought 14 miners out alive from the flooded Kelso pit on Tuesday, the operator said. "
    "Some 40 miners were underground when the water broke in."
)
MINE_B = (
    "Some 200 relatives waited at the gate of the flooded Kelso pit through Tuesday. "
    '"Fourteen came out alive from the pit," a rescuer said.'
)


@pytest.fixture
def mine(make_document):
    day = datetime.date(2026, 4, 14)
    a = make_document(text=MINE_A, published=day, published_precision="day")
    b = make_document(text=MINE_B, published=day, published_precision="day")
    return {
        "alive_a": claim_at(a, "14", 14, 14, noun="miners", subject="miners brought out alive", event="rescued"),
        "under_a": claim_at(a, "Some 40", 40, 40, "approximate", noun="miners"),
        # The extractor found no counted noun: the number reads its article's unit.
        "alive_b": claim_at(b, "Fourteen", 14, 14, unit="", noun="", subject="came out alive", event="came"),
        "relatives_b": claim_at(b, "Some 200", 200, 200, "approximate", noun="relatives"),
    }


def test_a_number_with_no_unit_follows_the_count_it_reports(mine):
    suggest_figures()
    alive_a, alive_b, under_a = (Claim.objects.get(pk=mine[k].pk) for k in ("alive_a", "alive_b", "under_a"))
    assert alive_a.suggested_figure_id is not None
    assert alive_b.suggested_figure_id == alive_a.suggested_figure_id
    assert under_a.suggested_figure_id != alive_a.suggested_figure_id
    assert Figure.objects.get(pk=alive_a.suggested_figure_id).unit == "person"


def test_a_number_with_no_unit_follows_in_an_incremental_run(mine):
    later = mine["alive_b"].document
    Claim.objects.filter(document=later).update(suggested_figure=None)
    suggest_figures_for_documents([mine["alive_a"].document_id])
    suggest_figures_for_documents([later.pk])
    alive_a, alive_b = (Claim.objects.get(pk=mine[k].pk) for k in ("alive_a", "alive_b"))
    assert alive_a.suggested_figure_id is not None
    assert alive_b.suggested_figure_id == alive_a.suggested_figure_id


def test_a_number_with_no_unit_in_an_article_counting_nothing_stays_alone(make_document):
    day = datetime.date(2026, 4, 14)
    a = make_document(text=MINE_A, published=day, published_precision="day")
    b = make_document(text='"Fourteen came out alive from the Kelso pit," a rescuer said on Tuesday.', published=day)
    claim_at(a, "14", 14, 14, noun="miners", subject="miners brought out alive", event="rescued")
    alone = claim_at(b, "Fourteen", 14, 14, unit="", noun="", subject="came out alive", event="came")
    suggest_figures()
    assert Claim.objects.get(pk=alone.pk).suggested_figure_id is None


DRONES_A = "Police said six drones were seen over the Brackley airfield on Sunday night, and two were seized."
DRONES_B = (
    "About 300 passengers were stranded at Brackley on Monday and 120 passengers slept in the terminal. "
    "Three drones flew over the Brackley airfield on Saturday. "
    '"Six were seen over the airfield on Sunday night," a police superintendent said.'
)


def test_a_number_with_no_unit_may_follow_a_count_of_a_thing_its_article_counts_less(make_document):
    # The bare "Six" reads its article's commonest unit (passengers), but its article counts drones too: it follows
    # the other outlet's six drones, the count it scores best with.
    day = datetime.date(2026, 3, 2)
    a = make_document(text=DRONES_A, published=day, published_precision="day")
    b = make_document(text=DRONES_B, published=day, published_precision="day")
    seen_a = claim_at(
        a, "six", 6, 6, unit="drone", noun="drones", subject="drones seen over the airfield", event="seen"
    )
    claim_at(b, "About 300", 300, 300, "approximate", noun="passengers", subject="passengers stranded")
    claim_at(b, "120", 120, 120, noun="passengers", subject="passengers slept in the terminal")
    claim_at(b, "Three", 3, 3, unit="drone", noun="drones", subject="drones flew over the airfield")
    seen_b = claim_at(b, "Six", 6, 6, unit="", noun="", subject="seen over the airfield", event="seen")
    suggest_figures()
    seen_a, seen_b = (Claim.objects.get(pk=claim.pk) for claim in (seen_a, seen_b))
    assert seen_a.suggested_figure_id is not None
    assert seen_b.suggested_figure_id == seen_a.suggested_figure_id
