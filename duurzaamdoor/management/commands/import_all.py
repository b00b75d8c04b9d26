"""Load an export_all file into an empty knowledge base, then rebuild the search index."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from duurzaamdoor.backup import ImportRefused, import_all, is_empty


class Command(BaseCommand):
    help = (
        "Importeert een export van export_all in een lege kennisbank. Alleen de soorten "
        "inhoud die export_all schrijft; accounts alleen met --with-accounts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="het JSON-bestand van export_all")
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help=(
                "ook de accounts uit het bestand aanmaken (een export met persoonsgegevens), "
                "superusers inbegrepen; bestaande accounts worden nooit overschreven"
            ),
        )

    def handle(self, *args, path: str, with_accounts: bool, **options) -> None:
        if not is_empty():
            raise CommandError(
                "De kennisbank bevat al inhoud. Importeer in een lege database (na migrate)."
            )
        try:
            with open(path, encoding="utf-8") as stream:
                count = import_all(stream, with_accounts=with_accounts)
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(f"{count} objecten geïmporteerd.")
        call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
