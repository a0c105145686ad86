"""``manage.py createeditor USERNAME``: make an editor account (staff, in the editor group, no superuser rights)."""

import getpass
import os
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.permissions import EDITOR_GROUP, make_editor

PASSWORD_VARIABLE = "TALLY_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create an editor account, or make an existing account an editor: staff, in the editor group, "
        f"not a superuser. Asks for the password, or with --noinput reads it from ${PASSWORD_VARIABLE}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help=f"Ask nothing: the password comes from ${PASSWORD_VARIABLE} (an existing account keeps its own).",
        )

    def handle(self, *args: Any, username: str, email: str, interactive: bool, **options: Any) -> None:
        password = self.ask_password() if interactive else os.environ.get(PASSWORD_VARIABLE) or None
        if password is not None:
            try:
                validate_password(password)
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from error
        _, created = make_editor(username, email=email, password=password)
        if created and password is None:
            hint = f"set {PASSWORD_VARIABLE} or run changepassword {username}"
            self.stderr.write(f"warning: {username} has no usable password yet: {hint}")
        what = "created" if created else "made an editor"
        self.stdout.write(f"Editor account {username!r} {what} (staff, group {EDITOR_GROUP!r}); log in at /admin/")

    def ask_password(self) -> str:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords do not match.")
        if not password:
            raise CommandError("An editor needs a password.")
        return password
