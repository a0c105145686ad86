"""The editor group: exactly the rights reviewing claims and reconciling figures needs."""
from django.contrib.auth.models import Group, Permission

EDITOR_GROUP = "editor"
EDITOR_PERMISSIONS = {
    "claims": ["view_claim", "change_claim", "view_figure", "add_figure", "change_figure",
               "view_historicalclaim", "view_historicalfigure"],
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
