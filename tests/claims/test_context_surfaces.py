"""A claim's context and its suggested conflict on every surface: export, API, downloads, search, claim page, admin."""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

TEXT = (
    "Flood toll rises\n\n"
    "Police said some 2,000 residents were reportedly evacuated from low-lying districts of Jilin on Monday.\n\n"
    "About 300 homes were damaged."
)
SENTENCE = "Police said some 2,000 residents were reportedly evacuated from low-lying districts of Jilin on Monday."


@pytest.fixture
def claims(make_document, make_claim, make_figure):
    """Return a claim with its whole context in a hard conflict on its suggestion, and one with none."""
    document = make_document(text=TEXT, published=datetime.date(2023, 10, 11), published_precision="day")
    suggestion = make_figure(title="Residents evacuated from Jilin, October 2023", status="suggested")
    source = TEXT.index("Police said")
    evacuated = make_claim(
        document=document,
        quote="some 2,000",
        noun="residents",
        suggested_figure=suggestion,
        suggested_conflict="hard",
        sentence=SENTENCE,
        subject="residents evacuated from low-lying districts of Jilin",
        event="evacuated",
        place="Jilin; Changchun",
        period_text="on Monday",
        period_start=datetime.date(2023, 10, 9),
        period_end=datetime.date(2023, 10, 9),
        period_precision="day",
        attribution="Police said",
        attribution_start=source,
        attribution_end=source + len("Police said"),
        hedge="reportedly",
    )
    damaged = make_claim(document=document, quote="About 300", low=Decimal(300), high=Decimal(300), unit="home")
    return evacuated, damaged


CONTEXT_COLUMNS = {
    "subject": "residents evacuated from low-lying districts of Jilin",
    "event": "evacuated",
    "place": "Jilin; Changchun",
    "period_text": "on Monday",
    "period_start": "2023-10-09",
    "period_end": "2023-10-09",
    "period_precision": "day",
    "attribution": "Police said",
    "hedge": "reportedly",
    "suggested_conflict": "hard",
}


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export", *args, stdout=out)
    return out.getvalue()


def test_export_carries_the_context_and_the_suggested_conflict_beside_the_conflict(claims):
    evacuated, damaged = claims
    rows = {row["claim"]: row for row in map(json.loads, export("--format", "jsonl").splitlines())}
    assert {name: rows[evacuated.pk][name] for name in CONTEXT_COLUMNS} == CONTEXT_COLUMNS
    assert rows[evacuated.pk]["conflict"] is None
    assert rows[damaged.pk]["suggested_conflict"] is None and rows[damaged.pk]["period_start"] is None
    assert "sentence" not in rows[evacuated.pk]  # searchable, too long for a list

    header, *lines = csv.reader(io.StringIO(export("--format", "csv")))
    assert header.index("suggested_conflict") == header.index("conflict") + 1
    by_id = {int(line[header.index("claim")]): dict(zip(header, line, strict=True)) for line in lines}
    assert {name: by_id[evacuated.pk][name] for name in CONTEXT_COLUMNS} == CONTEXT_COLUMNS


def test_the_api_carries_the_context_and_filters_by_suggested_conflict(client, claims):
    evacuated, _ = claims
    data = client.get(f"/api/claims/{evacuated.pk}/").json()
    assert {name: data[name] for name in CONTEXT_COLUMNS} == CONTEXT_COLUMNS
    assert "sentence" not in data
    hard = client.get("/api/claims/?suggested_conflict=hard").json()
    assert [row["id"] for row in hard["results"]] == [evacuated.pk]
    assert client.get("/api/claims/?suggested_conflict=soft").json()["count"] == 0
    assert client.get("/api/claims/?suggested_conflict=worst").status_code == 400


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_downloads_filter_by_suggested_conflict_and_carry_the_context(client, claims, fmt):
    evacuated, _ = claims
    body = b"".join(client.get(f"/downloads/claims.{fmt}?suggested_conflict=hard").streaming_content).decode()
    if fmt == "csv":
        rows = list(csv.DictReader(line for line in io.StringIO(body) if not line.startswith("#")))
    else:
        rows = json.loads(body)["rows"]
    assert [int(row["claim"]) for row in rows] == [evacuated.pk]
    assert {name: rows[0][name] for name in CONTEXT_COLUMNS} == CONTEXT_COLUMNS


def test_the_search_page_filters_by_suggested_conflict(client, claims):
    evacuated, damaged = claims
    page = client.get("/search/?suggested_conflict=hard").content.decode()
    assert 'name="suggested_conflict"' in page
    assert evacuated.get_absolute_url() in page and damaged.get_absolute_url() not in page
    assert (
        '<span class="badge conflict-hard" title="among the claims suggested for one figure">hard conflict on its'
        in page
    )


def test_the_claim_page_shows_what_where_when_and_who_with_the_source_marked(client, claims):
    evacuated, _ = claims
    page = client.get(evacuated.get_absolute_url()).content.decode()
    assert (
        '<mark class="source" title="who says it">Police said</mark> <mark>some 2,000</mark> residents were '
        "reportedly evacuated" in page
    )
    assert '<dd class="subject">residents evacuated from low-lying districts of Jilin</dd>' in page
    assert '<dd class="place">Jilin; Changchun</dd>' in page
    assert '“on Monday”: 9 October 2023 <span class="meta">(<time datetime="2023-10-09">2023-10-09</time>)' in page
    assert '<dd class="hedge">reportedly</dd>' in page
    assert '<dd class="event">evacuated</dd>' in page
    suggestion = evacuated.suggested_figure
    assert (
        f'<a href="{suggestion.get_absolute_url()}">{suggestion.title}</a> <span class="badge conflict-hard">' in page
    )


def test_the_claim_page_marks_no_source_whose_span_holds_other_words(client, claims):
    evacuated, _ = claims
    evacuated.attribution_start += 1
    evacuated.attribution_end += 1
    evacuated.save()
    page = client.get(evacuated.get_absolute_url()).content.decode()
    assert 'title="who says it"' not in page
    assert '<dd class="attribution"><mark class="source">Police said</mark></dd>' in page


def test_a_claim_with_no_context_says_so_and_shows_no_empty_rows(client, claims):
    _, damaged = claims
    page = client.get(damaged.get_absolute_url()).content.decode()
    assert "no attribution in the text" in page
    assert 'class="subject"' not in page and 'class="period"' not in page and 'class="hedge"' not in page


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_the_admin_shows_the_context_read_only_and_filters_by_it(editor_client, claims):
    evacuated, damaged = claims
    change = editor_client.get(reverse("admin:claims_claim_change", args=[evacuated.pk])).content.decode()
    for value in ("residents evacuated from low-lying districts of Jilin", "Jilin; Changchun", "on Monday", SENTENCE):
        assert value in change
    assert 'name="subject"' not in change and 'name="place"' not in change  # read-only: the extractor's reading
    changelist = reverse("admin:claims_claim_changelist")
    hard = editor_client.get(changelist + "?suggested_conflict__exact=hard").content.decode()
    assert f"/admin/claims/claim/{evacuated.pk}/change/" in hard
    assert f"/admin/claims/claim/{damaged.pk}/change/" not in hard
    placed = editor_client.get(changelist + "?place__isempty=1").content.decode()
    assert f"/admin/claims/claim/{damaged.pk}/change/" in placed
    assert f"/admin/claims/claim/{evacuated.pk}/change/" not in placed
    found = editor_client.get(changelist + "?q=Changchun").content.decode()
    assert f"/admin/claims/claim/{evacuated.pk}/change/" in found
