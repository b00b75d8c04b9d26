"""Demo content for a fresh installation. Safe to run again: nothing is duplicated."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from cases.demo import seed_cases
from duurzaamdoor.search_index import rebuild_vocabulary
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from ecosystem.demo import seed_ecosystems
from lessons.demo import seed_lessons
from lessons.demo_meetings import seed_meetings

DEMO_SECRETARY = "secretaris"


class Command(BaseCommand):
    help = "Vult de kennisbank met demo-inhoud en maakt het demo-account 'secretaris' aan."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
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
        self._ensure_secretary()

    def _ensure_secretary(self) -> None:
        User = get_user_model()
        group, _ = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
        password = os.environ.get("DEMO_SECRETARY_PASSWORD", "")
        user, created = User.objects.get_or_create(
            username=DEMO_SECRETARY,
            defaults={"first_name": "Demo", "last_name": "Tafelsecretaris", "is_staff": True},
        )
        user.groups.add(group)
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])

        if password:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(
                f"Demo-account '{DEMO_SECRETARY}': wachtwoord uit DEMO_SECRETARY_PASSWORD."
            )
        elif created:
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo-account aangemaakt. Log in op /admin/ als '{DEMO_SECRETARY}' "
                    f"met wachtwoord: {password}"
                )
            )
        else:
            self.stdout.write(
                f"Demo-account '{DEMO_SECRETARY}' bestaat al; wachtwoord ongewijzigd. "
                f"Nieuw wachtwoord: .venv/bin/python manage.py changepassword {DEMO_SECRETARY}"
            )
