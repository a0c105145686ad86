"""Accounts for production: the editor group comes from a migration; createeditor makes editor accounts."""

import importlib
import io
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from claims.permissions import EDITOR_GROUP, EDITOR_PERMISSIONS
from tests.conftest import REPO

MIGRATION = "0010_learned_equivalences"  # the latest migration that sets the editor permissions
PASSWORD = "a long editor passphrase"


def granted(group):
    return {(p.content_type.app_label, p.codename) for p in group.permissions.select_related("content_type")}


def wanted():
    return {(app, codename) for app, codenames in EDITOR_PERMISSIONS.items() for codename in codenames}


def test_the_migration_grants_the_current_editor_permissions():
    frozen = importlib.import_module(f"claims.migrations.{MIGRATION}").EDITOR_PERMISSIONS
    assert frozen == EDITOR_PERMISSIONS, "a change to EDITOR_PERMISSIONS needs a data migration"


@pytest.mark.django_db
def test_the_migration_makes_the_permissions_it_needs_before_post_migrate_has_run():
    Group.objects.filter(name=EDITOR_GROUP).delete()
    Permission.objects.all().delete()  # as on a new database, where post_migrate comes after every migration
    state = MigrationLoader(connection).project_state(("claims", MIGRATION))
    importlib.import_module(f"claims.migrations.{MIGRATION}").make_editor_group(state.apps, connection.schema_editor())
    assert granted(Group.objects.get(name=EDITOR_GROUP)) == wanted()


def test_migrate_on_a_new_database_makes_the_editor_group(tmp_path):
    database = tmp_path / "new.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DEBUG": "true"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True, timeout=300)
    script = (
        "from django.contrib.auth.models import Group; "
        f"print(sorted(Group.objects.get(name={EDITOR_GROUP!r}).permissions.values_list('codename', flat=True)))"
    )
    shown = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert str(sorted(codename for _, codename in wanted())) in shown


@pytest.mark.django_db
def test_createeditor_makes_a_staff_editor_who_is_no_superuser(client, monkeypatch):
    monkeypatch.setenv("TALLY_EDITOR_PASSWORD", PASSWORD)
    out = io.StringIO()
    call_command("createeditor", "ada", "--email", "ada@example.org", "--noinput", stdout=out)
    assert "Editor account 'ada' created" in out.getvalue()
    ada = get_user_model().objects.get(username="ada")
    assert ada.is_staff and not ada.is_superuser and ada.groups.filter(name=EDITOR_GROUP).exists()
    assert client.login(username="ada", password=PASSWORD)
    assert client.get("/admin/claims/claim/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


@pytest.mark.django_db
def test_createeditor_asks_the_password_twice(monkeypatch):
    answers = iter([PASSWORD, PASSWORD + " typo"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="do not match"):
        call_command("createeditor", "ada", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="ada").exists()


@pytest.mark.django_db
def test_createeditor_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("TALLY_EDITOR_PASSWORD", "12345")
    with pytest.raises(CommandError, match=r"too short|too common|entirely numeric"):
        call_command("createeditor", "ada", "--noinput", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="ada").exists()


@pytest.mark.django_db
def test_createeditor_makes_an_existing_account_an_editor_keeping_its_password(client):
    get_user_model().objects.create_user("bob", password=PASSWORD)
    out = io.StringIO()
    call_command("createeditor", "bob", "--noinput", stdout=out)
    assert "made an editor" in out.getvalue()
    assert client.login(username="bob", password=PASSWORD)
    assert client.get("/admin/claims/figure/").status_code == 200


@pytest.mark.django_db
def test_setup_demo_makes_only_the_demo_account(tmp_path):
    from claims.management.commands.setup_demo import DEMO_USERNAME

    (tmp_path / "one.txt").write_text("Floods\n\nSome 2,000 people were evacuated.\n", encoding="utf-8")
    call_command("setup_demo", "--corpus", str(tmp_path), stdout=io.StringIO())
    (demo,) = get_user_model().objects.all()
    assert demo.username == DEMO_USERNAME and demo.is_staff and not demo.is_superuser
    assert granted(demo.groups.get()) == wanted()
