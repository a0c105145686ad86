"""The demo command loads the seed corpus and an editor account that can log in to the admin."""

import io

from django.core.management import call_command

from claims.management.commands.setup_demo import DEMO_PASSWORD, DEMO_USERNAME
from corpus.models import Document


def test_setup_demo_prints_working_credentials(client, db):
    out = io.StringIO()
    call_command("setup_demo", stdout=out)
    assert DEMO_USERNAME in out.getvalue() and DEMO_PASSWORD in out.getvalue()
    assert Document.objects.count() == 5
    assert client.login(username=DEMO_USERNAME, password=DEMO_PASSWORD)
    assert client.get("/admin/claims/claim/").status_code == 200


def test_setup_demo_twice_changes_nothing(db):
    call_command("setup_demo", stdout=io.StringIO())
    call_command("setup_demo", stdout=io.StringIO())
    assert Document.objects.count() == 5
