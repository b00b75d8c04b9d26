"""All content of the knowledge base as one JSON file (see duurzaamdoor/backup.py)."""

import sys

from django.core.management.base import BaseCommand, CommandParser

from duurzaamdoor.backup import export_all


class Command(BaseCommand):
    help = "Exporteert alle inhoud (met thema's; desgewenst met geschiedenis) als JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", "-o", help="bestand (standaard: standaarduitvoer)")
        parser.add_argument(
            "--with-history",
            action="store_true",
            help="ook eerdere versies en de accounts die ze maakten",
        )

    def handle(self, *args, output: str | None, with_history: bool, **options) -> None:
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                count = export_all(stream, with_history=with_history)
        else:
            count = export_all(self.stdout, with_history=with_history)
        sys.stderr.write(f"{count} objecten geëxporteerd.\n")
