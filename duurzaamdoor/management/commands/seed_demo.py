"""Demo content for a fresh installation. Safe to run again: nothing is duplicated."""

import os
import secrets

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from cases.demo import seed_cases
from duurzaamdoor.search_index import rebuild_vocabulary
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from ecosystem.demo import seed_ecosystems
from lessons.demo import seed_lessons
from meetings.demo import seed_meetings

DEMO_SECRETARY = "secretaris"
DEMO_NAME = {"first_name": "Demo", "last_name": "Tafelsecretaris"}
# New cases are announced to it (with `make run`, in the terminal: mail goes to the console).
DEMO_EMAIL = "secretaris@example.org"


def _demo_password() -> str:
    """DEMO_SECRETARY_PASSWORD, if set and the account is still to be made, checked by the
    password validators of the site."""
    password = os.environ.get("DEMO_SECRETARY_PASSWORD", "")
    if password and not get_user_model().objects.filter(username=DEMO_SECRETARY).exists():
        candidate = get_user_model()(username=DEMO_SECRETARY, email=DEMO_EMAIL, **DEMO_NAME)
        with translation.override("nl"):
            try:
                password_validation.validate_password(password, user=candidate)
            except ValidationError as error:
                # The site's validators, in Dutch (duurzaamdoor.passwords for the length).
                reasons = " ".join(error.messages)
                raise CommandError(
                    f"DEMO_SECRETARY_PASSWORD is geen goed wachtwoord: {reasons} Kies een "
                    "ander; er is niets aangemaakt."
                ) from None
    return password


class Command(BaseCommand):
    help = (
        "Vult de kennisbank met demo-inhoud en maakt eenmalig het demo-account 'secretaris' "
        "aan (wachtwoord uit DEMO_SECRETARY_PASSWORD, dat aan de wachtwoordregels moet "
        "voldoen, of willekeurig). Een bestaand account blijft zoals het is."
    )

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        password = _demo_password()
        created = seed_lessons()
        created["cases"] = seed_cases()
        created["maps"] = seed_ecosystems()
        created["meetings"] = seed_meetings()
        if any(created.values()):
            summary = (
                "Demo-inhoud aangemaakt: {lessons} lessen, {pioneers} voorlopers, "
                "{sources} bronnen, {audiences} doelgroepen, {cases} praktijkcases, "
                "{maps} ecosysteemkaarten, {meetings} bijeenkomsten."
            )
            self.stdout.write(summary.format(**created))
            rebuild_vocabulary()
        else:
            self.stdout.write("Demo-inhoud is al aanwezig.")
        self._ensure_secretary(password)

    def _ensure_secretary(self, password: str) -> None:
        """Create the account once, as staff in the secretariat. Afterwards it is the
        site's own: rights, groups or password taken away or changed stay that way."""
        User = get_user_model()
        if User.objects.filter(username=DEMO_SECRETARY).exists():
            self.stdout.write(
                f"Demo-account '{DEMO_SECRETARY}' bestaat al en blijft zoals het is "
                "(rechten, groepen en wachtwoord; DEMO_SECRETARY_PASSWORD geldt alleen bij "
                "het aanmaken). Nieuw wachtwoord: "
                f".venv/bin/python manage.py changepassword {DEMO_SECRETARY}"
            )
            return
        user = User(username=DEMO_SECRETARY, email=DEMO_EMAIL, is_staff=True, **DEMO_NAME)
        from_environment = bool(password)
        password = password or secrets.token_urlsafe(12)
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
        if from_environment:
            self.stdout.write(
                f"Demo-account '{DEMO_SECRETARY}' aangemaakt met het wachtwoord uit "
                "DEMO_SECRETARY_PASSWORD."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo-account aangemaakt. Log in op /admin/ als '{DEMO_SECRETARY}' "
                    f"met wachtwoord: {password}"
                )
            )
        self.stdout.write(
            f"Nieuwe praktijkcases worden gemeld aan {DEMO_EMAIL} (zonder DJANGO_EMAIL_HOST "
            "verschijnt die e-mail in de terminal); wijzigen kan in het beheer bij Mijn gegevens."
        )
