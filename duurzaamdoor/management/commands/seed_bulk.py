"""Volume data for benchmarks and load tests. Reproducible: the same seed, the same data."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from lessons.bulk import create_bulk_lessons


class Command(BaseCommand):
    help = "Maakt grote hoeveelheden voorbeeldinhoud aan (voor benchmarks)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lessons", type=int, default=0, help="aantal lessen")
        parser.add_argument("--seed", type=int, default=1, help="zelfde seed, zelfde inhoud")

    def handle(self, *args, lessons: int, seed: int, **options) -> None:
        if lessons < 0:
            raise CommandError("--lessons moet 0 of groter zijn.")
        if lessons:
            with tqdm(total=lessons, desc="Lessen", unit=" les", file=self.stderr) as bar:
                created = create_bulk_lessons(lessons, seed=seed, progress=bar.update)
            self.stdout.write(f"{created} lessen aangemaakt ({lessons - created} bestonden al).")
