"""The editor group with exactly the permissions reviewing claims and reconciling figures needs.

Permissions are normally created by ``post_migrate``, after every migration has run, so on a
new database they do not exist yet when this runs: ``create_permissions`` makes them here
first, for the apps the group needs, from the historical models. The table is this
migration's own frozen copy; ``claims.permissions.EDITOR_PERMISSIONS`` is the current one, and
a test holds the two equal (a change to it needs a migration like this one).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "editor"
EDITOR_PERMISSIONS = {
    "claims": [
        "view_claim",
        "change_claim",
        "view_figure",
        "add_figure",
        "change_figure",
        "view_historicalclaim",
        "view_historicalfigure",
        "view_readingchange",
    ],
    "corpus": ["view_document", "view_outlet", "change_outlet", "view_documentversion"],
}


def make_editor_group(apps, schema_editor):
    """Create the editor group (or bring it to exactly these permissions), creating the permissions first."""
    for label in EDITOR_PERMISSIONS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # historical app configs have none; create_permissions skips those
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(schema_editor.connection.alias).get_or_create(name=EDITOR_GROUP)
    wanted = [
        permission
        for label, codenames in EDITOR_PERMISSIONS.items()
        for permission in Permission.objects.using(schema_editor.connection.alias).filter(
            content_type__app_label=label, codename__in=codenames
        )
    ]
    group.permissions.set(wanted)


def remove_editor_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name=EDITOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_reading_changes"),
        ("corpus", "0004_document_citations_as_text"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_editor_group, remove_editor_group)]
