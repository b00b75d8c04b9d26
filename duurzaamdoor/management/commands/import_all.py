"""Load an export_all file into an empty knowledge base, then rebuild the search index."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from duurzaamdoor.backup import import_all, is_empty


class Command(BaseCommand):
    help = "Importeert een export van export_all in een lege kennisbank."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="het JSON-bestand van export_all")

    def handle(self, *args, path: str, **options) -> None:
        if not is_empty():
            raise CommandError(
                "De kennisbank bevat al inhoud. Importeer in een lege database (na migrate)."
            )
        with open(path, encoding="utf-8") as stream:
            count = import_all(stream)
        self.stdout.write(f"{count} objecten geïmporteerd.")
        call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
