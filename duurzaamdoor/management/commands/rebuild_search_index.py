"""Recompute every stored search vector, e.g. after a bulk import outside the app."""

from django.core.management.base import BaseCommand
from django.db import connection
from tqdm import tqdm

from lessons.models import Lesson

BATCH_SIZE = 1000


class Command(BaseCommand):
    help = "Bouwt de zoekindex (de opgeslagen zoekvectoren) opnieuw op."

    def handle(self, *args, **options) -> None:
        if connection.vendor != "postgresql":
            self.stdout.write(
                "Deze database heeft geen zoekindex nodig: zoeken gebruikt hier een "
                "eenvoudige tekstvergelijking."
            )
            return
        ids = list(Lesson.objects.order_by("pk").values_list("pk", flat=True))
        with tqdm(total=len(ids), desc="Lessen", unit=" les", file=self.stderr) as bar:
            for start in range(0, len(ids), BATCH_SIZE):
                batch = ids[start : start + BATCH_SIZE]
                Lesson.objects.filter(pk__in=batch).update_search_vector()
                bar.update(len(batch))
        self.stdout.write(f"Zoekindex bijgewerkt: {len(ids)} lessen.")
