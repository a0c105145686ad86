"""Learned equivalences: the counted terms editors taught the suggester; editors may read and change them.

The editor group gains the view, add and change permissions of the new model (this migration's
frozen copy of ``claims.permissions.EDITOR_PERMISSIONS``, made as ``0006_editor_group`` makes them).
"""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

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
        "view_learnedequivalence",
        "add_learnedequivalence",
        "change_learnedequivalence",
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


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_claim_context"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="LearnedEquivalence",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("first", models.CharField(max_length=100)),
                ("second", models.CharField(max_length=100)),
                (
                    "relation",
                    models.CharField(
                        choices=[("same", "count the same thing"), ("different", "count different things")],
                        max_length=9,
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True, help_text="What taught it (the figure, the merge or split).", max_length=300
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "editor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["first", "second"],
                "constraints": [
                    models.UniqueConstraint(fields=("first", "second"), name="learned_equivalence_unique_pair"),
                    models.CheckConstraint(
                        condition=models.Q(("first__lt", models.F("second"))), name="learned_equivalence_ordered"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("relation__in", ["same", "different"])), name="learned_equivalence_valid"
                    ),
                ],
            },
        ),
        migrations.RunPython(make_editor_group, migrations.RunPython.noop),
    ]
