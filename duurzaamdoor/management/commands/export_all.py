"""All content of the knowledge base as one JSON file (see duurzaamdoor/backup.py)."""

import getpass
import logging
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from duurzaamdoor.backup import export_all

logger = logging.getLogger(__name__)


def confirm_superuser(username: str | None) -> None:
    """Refuse unless ``username`` is an active superuser who types their own password."""
    refused = CommandError(
        "Een export met persoonsgegevens en geheimen vraagt om een actieve superuser: geef "
        "--superuser <gebruikersnaam> en daarna diens wachtwoord. Er is niets geëxporteerd."
    )
    if not username:
        raise refused
    user = get_user_model().objects.filter(username=username).first()
    if user is None or not (user.is_active and user.is_superuser):
        raise refused
    if not user.check_password(getpass.getpass(f"Wachtwoord van {username}: ")):
        raise CommandError("Het wachtwoord klopt niet. Er is niets geëxporteerd.")


class Command(BaseCommand):
    help = (
        "Exporteert alle inhoud (met thema's; desgewenst met geschiedenis) als JSON, zonder "
        "persoonsgegevens en geheimen. Met --with-personal-data en --superuser ook "
        "contactgegevens, tokens, deelnemersnummers en accounts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", "-o", help="bestand (standaard: standaarduitvoer)")
        parser.add_argument(
            "--with-history",
            action="store_true",
            help="ook eerdere versies",
        )
        parser.add_argument(
            "--with-personal-data",
            action="store_true",
            help=(
                "ook persoonsgegevens en geheimen: contactgegevens, status- en bewerktokens, "
                "deelnemersnummers en accounts (met wachtwoordhashes); alleen met --superuser"
            ),
        )
        parser.add_argument(
            "--superuser",
            metavar="GEBRUIKERSNAAM",
            help="een actieve superuser die de export met persoonsgegevens bevestigt "
            "met het eigen wachtwoord (wordt gevraagd)",
        )

    def handle(
        self,
        *args,
        output: str | None,
        with_history: bool,
        with_personal_data: bool,
        superuser: str | None,
        **options,
    ) -> None:
        if with_personal_data:
            confirm_superuser(superuser)
            logger.warning("Export met persoonsgegevens, bevestigd door %s", superuser)
        options = {"with_history": with_history, "personal_data": with_personal_data}
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                count = export_all(stream, **options)
        else:
            count = export_all(self.stdout, **options)
        kind = "met persoonsgegevens" if with_personal_data else "zonder persoonsgegevens"
        sys.stderr.write(f"{count} objecten geëxporteerd ({kind}).\n")
