"""The suggester's view of one claim: how a running total's count is dated, which number a count corrects, whether it
is one of its source's successive counts; the documents' texts kept between runs."""

import datetime

import pytest

from claims import conflicts
from claims.extraction import extract_claims
from claims.suggestions.features import NO_CONTEXT, Context, describe_claim

TUESDAY = datetime.date(2025, 6, 3)


def day_of(text, quote, context=NO_CONTEXT):
    start = text.index(quote)
    value = conflicts.Value.of(int(quote), int(quote), unit="person")
    return describe_claim(1, 1, text, start, start + len(quote), value, published=TUESDAY, context=context).day


def extracted_context(text, quote):
    """Return the context the extractor gives the claim of ``quote``, as the suggester reads it."""
    claim = next(c for c in extract_claims(text, TUESDAY) if c.quote == quote)
    return Context(
        subject=claim.subject,
        period_start=claim.period_start,
        period_end=claim.period_end,
        period_precision=claim.period_precision,
        period_stated=bool(claim.period_text),
    )


def test_a_running_total_printed_with_no_day_is_of_the_day_the_extractor_gives_it():
    # The extractor dates the count a total grew from, and each count of a series, before the day printed
    # (``claims.extraction.changes``); the suggester reads that day, and dates no count on its own.
    text = "The flood toll in the delta went from 14 to 19, 23 and 31, police said."
    for quote, back in (("14", 3), ("19", 2), ("23", 1), ("31", 0)):
        assert day_of(text, quote, extracted_context(text, quote)) == TUESDAY - datetime.timedelta(days=back)


def test_a_count_in_a_clause_that_says_it_grew_is_a_running_total():
    text = "The number of stranded hikers grew to 40, rangers said."
    assert day_of(text, "40") == TUESDAY


def test_a_count_a_source_gives_now_against_its_first_is_no_running_total():
    text = "First they said 12 miners were stranded in the pit, now 19."
    assert day_of(text, "19") is None


@pytest.mark.parametrize(
    ("text", "correction", "corrected"),
    [
        (
            "The burnt area grew to 19,300 hectares on Tuesday (first given as 19,800) and 24,500 on Wednesday.",
            "19,300",
            "19,800",
        ),
        ("The count of homes cut off fell to 8,900 on Thursday (it first said 8,500).", "8,900", "8,500"),
        ("The injured reached 56 on Tuesday, first reported as 58, and 61 on Wednesday.", "56", "58"),
        ('The developer said its block had eight floors, "not eleven as has been claimed."', "eight", "eleven"),
        ("First they said 12 miners were stranded in the pit, now 19.", "19", "12"),
        (
            "The mine's owner first said 2.1 million tonnes had spilled, and then 3.8 million.",
            "3.8 million",
            "2.1 million",
        ),
        (
            "The bank first said on Monday that 118,000 clients were hit, before cutting the figure to 104,000.",
            "104,000",
            "118,000",
        ),
        ("Account numbers were exposed for 210,000 people, up from the 61,000 it gave on Monday.", "210,000", "61,000"),
        ("The festival's promoters first claimed 9,000 visitors and then 14,500.", "14,500", "9,000"),
        ("The port authority counted 640 containers at first, then 910.", "910", "640"),
        ("The league revised its Saturday figure to 31,200, up from 28,400.", "31,200", "28,400"),
    ],
)
def test_a_count_corrects_its_sources_first_count_its_sentence_names(text, correction, corrected):
    # CLAIMS.md: a correction shares the figure of what it corrects, in conflict; the first count is named as the
    # source's own ("first given as", "it first said", "the 61,000 it gave"), not as an earlier day's.
    start = text.index(correction)
    value = conflicts.Value.of(1, 1, unit="person")
    assert describe_claim(1, 1, text, start, start + len(correction), value).corrects == text.index(corrected)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The toll rose to 25 on Tuesday, up from 17 on Monday, police said.", "25"),
        ("The first engine came after 40 minutes, and then 12 more arrived.", "12"),
        ("It first reported the fire on Monday; 40 homes burned, and then 12 more.", "12"),
        ("The directorate counted 276 on Tuesday (it first said 287), then 301 by Wednesday evening.", "301"),
    ],
)
def test_a_count_that_grew_or_follows_a_first_of_something_else_corrects_nothing(text, quote):
    start = text.index(quote)
    value = conflicts.Value.of(1, 1, unit="person")
    assert describe_claim(1, 1, text, start, start + len(quote), value).corrects is None


@pytest.mark.parametrize(
    ("text", "quote", "revision"),
    [
        ("The promoters now put attendance at the festival at 14,500.", "14,500", True),
        ("The league raised its estimate of the crowd to 31,200 on Sunday.", "31,200", True),
        ("The port authority first estimated 640 containers lost.", "640", True),
        ("Police said 9,000 attended; the promoters now put it at 14,500.", "9,000", False),
        ("The league revised its count to 31,200, but the union said 19,000 marched.", "19,000", False),
        ("The toll rose to 25 on Tuesday, police said.", "25", False),
    ],
)
def test_a_count_its_clause_gives_as_its_sources_revised_or_first_is_a_revision(text, quote, revision):
    # A source's successive counts of one quantity are one figure's, wherever each is printed (``rival_groups``).
    start = text.index(quote)
    value = conflicts.Value.of(1, 1, unit="person")
    assert describe_claim(1, 1, text, start, start + len(quote), value).is_revision is revision


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


def test_a_count_its_clause_gives_as_to_come_is_no_running_total_whatever_its_event():
    # Those the storm displaced are a running total; the families a council promises to rehouse are the number its
    # plan names.
    text = "The council said it would rehouse 85 families displaced by the storm."
    assert day_of(text, "85") is None
    assert day_of("The storm displaced 85 families in the valley, the council said.", "85") == TUESDAY


def test_things_an_event_wrecked_are_a_fixed_quantity_an_area_it_wrecked_a_running_total():
    def day_of_unit(text, quote, unit):
        start = text.index(quote)
        value = conflicts.Value.of(int(quote), int(quote), unit=unit)
        return describe_claim(1, 1, text, start, start + len(quote), value, published=TUESDAY).day

    assert day_of_unit("The mudslide destroyed 85 homes in the valley, the council said.", "85", "home") is None
    assert day_of_unit("Officials said 85 boats were damaged in the harbour.", "85", "boat") is None
    assert day_of_unit("The blaze has destroyed 85 hectares of pine, rangers said.", "85", "hectare") == TUESDAY
    # A clause that gives the count as accruing keeps it a count of its day, whatever it counts.
    assert day_of_unit("The mudslide has destroyed 85 homes so far, the council said.", "85", "home") == TUESDAY


def test_those_held_over_one_event_are_its_count_and_those_held_since_a_day_a_running_total():
    # Those held over a named event are that event's count, whatever day a report gives it (CLAIMS.md).
    assert day_of("Police said 46 people were arrested over the cup final riot.", "46") is None
    assert day_of("The ministry said 46 fans had been detained during the cup final.", "46") is None
    assert day_of("Organisers counted 46 arrests at the rally outside the embassy.", "46") is None
    # Counted with no event named, or as accruing, they are counted per day.
    assert day_of("Police said 46 people were arrested in the capital.", "46") == TUESDAY
    assert day_of("Police said 46 people have been detained since the rally at the embassy.", "46") == TUESDAY
    # "at least" and a number after the preposition name no event.
    assert day_of("Police said 46 people were detained at least overnight.", "46") == TUESDAY
    assert day_of("Police put the number detained on Monday at 46.", "46") == TUESDAY


def test_a_sum_paid_for_the_dead_is_no_running_total_unless_its_clause_says_it_accrues():
    def day_of_sum(text, quote, amount):
        start = text.index(quote)
        value = conflicts.Value.of(amount, amount, unit="EUR")
        return describe_claim(1, 1, text, start, start + len(quote), value, published=TUESDAY).day

    paid = "Relatives of each worker killed in the blast have been paid €8,000 by the firm."
    assert day_of_sum(paid, "€8,000", 8000) is None
    assert (
        day_of_sum("Losses from the blast have risen to €2 million, the firm said.", "€2 million", 2000000) == TUESDAY
    )


def test_a_text_read_once_is_kept_and_an_edited_text_is_read_anew(monkeypatch):
    from claims.suggestions import features

    monkeypatch.setattr(features, "_kept_texts", features.OrderedDict())
    first = "Police said 40 people were detained on Monday."
    kept = features.document_text(first)
    assert features.document_text(first) is kept
    # Another version of the document is another text: nothing read of the first is given for it.
    edited = features.document_text(first.replace("40", "45"))
    assert edited is not kept
    value = conflicts.Value.of(45, 45, unit="person")
    assert edited.describe(1, 1, 12, 14, value).span == (12, 14)
    assert edited.text[12:14] == "45"


def test_the_texts_kept_are_the_last_ones_read_and_no_more(monkeypatch):
    from claims.suggestions import features

    monkeypatch.setattr(features, "_kept_texts", features.OrderedDict())
    monkeypatch.setattr(features, "KEPT_DOCUMENT_TEXTS", 2)
    texts = [f"Rescuers found {n} survivors in the rubble." for n in (3, 4, 5)]
    first, second = (features.document_text(text) for text in texts[:2])
    features.document_text(texts[0])  # read again: now the latest
    features.document_text(texts[2])
    assert list(features._kept_texts) == [texts[0], texts[2]]
    assert features.document_text(texts[0]) is first
    assert features.document_text(texts[1]) is not second


def test_texts_read_from_many_threads_at_once_are_kept_within_the_bound(monkeypatch):
    import threading

    from claims.suggestions import features

    monkeypatch.setattr(features, "_kept_texts", features.OrderedDict())
    monkeypatch.setattr(features, "KEPT_DOCUMENT_TEXTS", 8)
    texts = [f"Officials counted {n} displaced families after the storm." for n in range(20)]
    found: list[tuple[str, frozenset[str], tuple[int, int]]] = []

    def read(order: list[str]) -> None:
        for text in order:
            document = features.document_text(text)
            found.append((text, document.story, document.sentence_bounds(18, 20)))

    threads = [threading.Thread(target=read, args=(texts[at:] + texts[:at],)) for at in range(0, 20, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(features._kept_texts) <= 8
    fresh = {text: features.DocumentText(text) for text in texts}
    assert all(
        (story, bounds) == (fresh[text].story, fresh[text].sentence_bounds(18, 20)) for text, story, bounds in found
    )


def test_a_clause_read_from_its_sentences_words_is_the_clause_read_from_its_text():
    from claims.suggestions.features import DocumentText, clause_words

    text = (
        "The floods killed 5 people and injured 20 in Sylhet. Police said 1,200 fled, but organisers counted "
        "3,400 in the capital; about 30 homes (12 of them in Beani-bazar) were lost. Plan B7x said 40mm fell."
    )
    document = DocumentText(text)
    # Every span of one to four characters: numbers, and edges inside words ("B7x", "40mm") and on clause breaks.
    for start in range(len(text)):
        for end in range(start + 1, min(start + 5, len(text) + 1)):
            left, right = document.sentence_bounds(start, end)
            expected = clause_words(text, left, start, end, right)
            assert document.clause_words(left, right, start, end) == expected, (start, end)


def counter_of(text, quote):
    """Return the counter the clause of ``quote`` (its last occurrence) names for it (``clause_counter``)."""
    from claims.suggestions.features import clause_counter

    start = text.rindex(quote)
    return clause_counter(text, 0, start, start + len(quote), len(text))


@pytest.mark.parametrize(
    ("text", "quote", "counter"),
    [
        # A possessive right before a number set against another count names its counter, whatever the number counts.
        ("The union said 3,400 jobs would go, against the company's 2,100 employees.", "2,100", "company"),
        ("The station read 31 degrees, while the organisers' 34 degrees was taken in the sun.", "34", "organisers"),
        # Not one that opens a clause on its own: the city owns its hospitals.
        ("In the capital, the city's 40 hospitals were full.", "40", ""),
        # A number set against the owner's count is not the owner's.
        ("The firm's corrected figure was five against 9.", "9", ""),
        # A counter named in a relative clause is the clause's subject, not the noun the clause hangs on.
        ("It was the fourth day of a strike that the health ministry says has postponed 4,900 operations.", "4,900",
         "the health ministry"),
        ('"The company gave us 52 names, but we keep finding more," he said.', "52", "the company"),
    ],
)  # fmt: skip
def test_a_clause_names_the_counter_of_its_number(text, quote, counter):
    assert counter_of(text, quote) == counter


@pytest.mark.parametrize(
    ("text", "quote", "counter"),
    [
        # A clause whose verb is left out names only its counter, after a clause that gave another counter's number.
        ("The port authority says 40 percent of ferries sailed, the crews' union fewer than 15 percent.", "15",
         "the crews' union"),
        ("The agency says 61.5 percent; the Monitors Network, between 48 and 52 percent.", "48",
         "the monitors network"),
        ("The treasury was putting the weekly cost at 80 million, the Chamber of Trade at 210 million.", "210",
         "the chamber of trade"),
        # A possessive standing for a count, before a verb of change or a copula.
        ("The council's count was 640 and the federation's was 2,900.", "2,900", "federation"),
        ("The Hauliers' Guild's went from 12,000 to 15,000.", "12,000", "guild"),
        # Each number of a list a possessive count opens is its owner's.
        ("The board's count went from 31 on Monday to 40 on Tuesday; the guild's went from 52 to 66.", "40", "board"),
        ("The board's count went from 31 on Monday to 40 on Tuesday; the guild's went from 52 to 66.", "66", "guild"),
        ("The board's count went from 31 to 40 (it first said 41) and 44, the guild's from 52 to 66.", "44", "board"),
        ("The board's count went from 31 to 40 (it first said 41) and 44, the guild's from 52 to 66.", "66", "guild"),
        ("Police say 30 hours, prosecutors 29.", "29", "prosecutors"),
        # "official" names the authorities' count.
        ("Three days after the blast, the official death toll stood at 17.", "17", "official"),
        ("The official toll from Monday's blast at the Varna depot rose to 17.", "17", "official"),
        # A list a body keeps is its count; a count's time may stand between it and its number.
        ("The clinics treated 50 people, while the coastguard's list held 38.", "38", "coastguard"),
        ("In 2019 the club said 90,000 came; a police count that year was 41,000.", "41,000", "police"),
        # No verb left out, a time, or a thing named: no counter.
        ("The storm destroyed 300 homes, the floods 120.", "120", ""),
        ("Police said 30 had died by Monday, Tuesday 38.", "38", ""),
        ("The council counted 300 on Friday, 240 on Saturday.", "240", ""),
    ],
)  # fmt: skip
def test_a_gapped_clause_or_a_possessive_count_names_its_counter(text, quote, counter):
    assert counter_of(text, quote) == counter


def scope_of(text, quote, attribution=""):
    """Return the places and the level the suggester reads for the claim of ``quote`` (unit person)."""
    start = text.index(quote)
    value = conflicts.Value.of(int(quote), int(quote), unit="person")
    item = describe_claim(1, 1, text, start, start + len(quote), value, context=Context(attribution=attribution))
    return item.scope, item.level


@pytest.mark.parametrize(
    ("text", "quote", "attribution"),
    [
        ("A tenants' group in Marovic said 300 homes were flooded.", "300", ""),
        ("Village volunteers said 30 people had died.", "30", "Village volunteers said"),
        (
            "The district relief office in Harlow told reporters 812 families were sheltering.",
            "812",
            "The district relief office in Harlow told reporters",
        ),
    ],
)
def test_the_place_of_who_counts_is_not_where_the_count_is(text, quote, attribution):
    assert scope_of(text, quote, attribution) == (frozenset(), "")


@pytest.mark.parametrize(
    ("text", "quote", "attribution", "scope", "level"),
    [
        (
            "Some 300 homes were flooded in Marovic, a tenants' group said.",
            "300",
            "a tenants' group said",
            "marovic",
            "",
        ),
        ("Police said 45 families were sheltering in the town.", "45", "Police said", "", "town"),
        # A body that counts what it has before it, rather than speaks of it, counts its own place.
        ("Officials in Dunreth counted 45 families in the shelters.", "45", "", "dunreth", ""),
        (
            "Hospitals in Varenka admitted 2140 patients on Monday.",
            "2140",
            "Hospitals in Varenka admitted",
            "varenka",
            "",
        ),
        ("The weather station in Tolvik recorded 312 mm of rain.", "312", "Tolvik recorded", "tolvik", ""),
    ],
)
def test_a_count_keeps_the_place_its_own_clause_names(text, quote, attribution, scope, level):
    assert scope_of(text, quote, attribution) == (frozenset({scope} - {""}), level)


@pytest.mark.parametrize(
    ("text", "quote", "level"),
    [
        # Many places of one level counted are a wider scope than one of them, and than the country.
        ("About 900 schools in 11 districts stayed shut.", "900", "regions"),
        ("Some 400 people fled their homes across five provinces.", "400", "regions"),
        ("In 30 towns, 200 homes lost power.", "200", "towns"),
        ("The virus has killed 65 people in 12 countries.", "65", "countries"),
        # "one of seven regions": the places counted are not the count's scope ("of" is no count of places).
        ("Tarvel was one of 7 regions hit.", "7", ""),
    ],
)
def test_a_count_of_places_of_one_level_scopes_wider_than_one_of_them(text, quote, level):
    assert scope_of(text, quote) == (frozenset(), level)


def test_a_count_over_many_districts_and_one_in_the_district_are_apart():
    from claims.suggestions.scoring import is_place_apart

    text = "About 900 schools in 11 districts stayed shut. Some 300 schools in the district stayed shut."
    items = []
    for quote in ("900", "300"):
        start = text.index(quote)
        value = conflicts.Value.of(int(quote), int(quote), unit="school")
        items.append(describe_claim(1, 1, text, start, start + len(quote), value))
    assert is_place_apart(*items)


def describe_counts(text, *quotes):
    """Return the suggester's view of each quoted count of one invented article."""
    items = []
    for quote in quotes:
        start = text.index(quote)
        value = conflicts.Value.of(int(quote), int(quote), unit="person")
        items.append(describe_claim(1, 1, text, start, start + len(quote), value))
    return items


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 2100 people in the south went hungry.", "2100"),
        ("Southern Tervo has about 8900 people, the office says.", "8900"),
        ("The drought left 640 herders in the north-east without water.", "640"),
    ],
)
def test_a_country_s_part_by_its_compass_point_is_a_level_of_its_own(text, quote):
    assert scope_of(text, quote) == (frozenset(), "part")


def test_a_country_s_count_and_its_southern_part_s_count_are_apart():
    from claims.suggestions.scoring import is_place_apart

    items = describe_counts(
        "About 4200 people went hungry across Tervo. About 1900 people in the south went hungry.", "4200", "1900"
    )
    assert is_place_apart(*items)


def test_a_country_s_part_holds_the_districts_it_names():
    from claims.suggestions.scoring import is_place_apart

    text = "Some 2400 households in 10 southern districts lost crops. About 2500 households in the south lost crops."
    assert not is_place_apart(*describe_counts(text, "2400", "2500"))
