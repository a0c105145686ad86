"""The editors' admin for suggestions: the review queue (hard conflicts first) and the learned equivalences."""

import re

import pytest
from django.urls import reverse

from claims.models import LearnedEquivalence


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_the_review_queue_lists_suggestions_with_a_hard_conflict_first(editor_client, make_figure):
    make_figure(title="A calm suggestion", status="suggested", conflict="")
    make_figure(title="B soft suggestion", status="suggested", conflict="soft")
    make_figure(title="C hard suggestion", status="suggested", conflict="hard")
    make_figure(title="D editors figure", status="open", conflict="hard")
    page = editor_client.get(reverse("admin:claims_figure_changelist"), {"queue": "suggestions"}).content.decode()
    shown = list(dict.fromkeys(re.findall(r"[A-D] (?:calm|soft|hard) suggestion|D editors figure", page)))
    assert shown == ["C hard suggestion", "B soft suggestion", "A calm suggestion"]


def test_editors_list_and_change_learned_equivalences(editor_client, editor):
    learned = LearnedEquivalence.objects.create(first="arrivals", second="migrants", relation="same", editor=editor)
    changelist = reverse("admin:claims_learnedequivalence_changelist")
    assert "arrivals" in editor_client.get(changelist).content.decode()
    response = editor_client.post(
        reverse("admin:claims_learnedequivalence_change", args=[learned.pk]),
        {"first": "migrants", "second": "Arrivals", "relation": "different", "note": "not all arrivals migrate"},
    )
    assert response.status_code == 302
    learned.refresh_from_db()
    assert (learned.first, learned.second, learned.relation) == ("arrivals", "migrants", "different")
    response = editor_client.post(
        reverse("admin:claims_learnedequivalence_add"),
        {"first": "Workers", "second": "labourers", "relation": "same", "note": ""},
    )
    assert response.status_code == 302
    assert LearnedEquivalence.objects.get(first="labourers").second == "workers"
