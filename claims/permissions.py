"""The editor group and editor accounts: exactly the rights reviewing claims and reconciling figures needs.

Migration ``claims.0006_editor_group`` creates the group on every database, and
``claims.0010_learned_equivalences`` brings it to these permissions; ``ensure_editor_group`` brings it back (after ``flush``, say) and ``make_editor``
makes an account an editor (``manage.py createeditor``, ``setup_demo``).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission

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


def ensure_editor_group() -> Group:
    """Return the editor group, created or brought to exactly ``EDITOR_PERMISSIONS``."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    wanted = [
        permission
        for app_label, codenames in EDITOR_PERMISSIONS.items()
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    ]
    group.permissions.set(wanted)
    return group


def make_editor(username: str, *, email: str = "", password: str | None = None) -> tuple[AbstractBaseUser, bool]:
    """Make ``username`` an editor: a staff account in the editor group; return it and whether it is new.

    A new account without a password gets an unusable one; an existing account keeps its
    password unless one is given.
    """
    user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
    user.is_staff = True
    if password is not None:
        user.set_password(password)
    elif created:
        user.set_unusable_password()
    user.save()
    user.groups.add(ensure_editor_group())
    return user, created
