"""Recompute every stored search vector and the vocabulary, e.g. after a bulk import or
when the way words are indexed changed (on SQLite: the stored text of roots)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from cases.models import Case
from duurzaamdoor.search_index import rebuild_vocabulary
from ecosystem.models import Ecosystem
from lessons.models import Lesson
from meetings.models import Meeting

BATCH_SIZE = 1000
TYPES = [
    ("lessen", Lesson),
    ("praktijkcases", Case),
    ("ecosysteemkaarten", Ecosystem),
    ("bijeenkomsten", Meeting),
]


class Command(BaseCommand):
    help = "Bouwt de zoekindex (zoekvectoren en woordenlijst) van alle soorten inhoud opnieuw op."

    def handle(self, *args, **options) -> None:
        counts = []
        for label, model in TYPES:
            ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
            with tqdm(total=len(ids), desc=label.capitalize(), file=self.stderr) as bar:
                for start in range(0, len(ids), BATCH_SIZE):
                    batch = ids[start : start + BATCH_SIZE]
                    model.objects.filter(pk__in=batch).update_search_vector()
                    bar.update(len(batch))
            counts.append(f"{len(ids)} {label}")
        words = rebuild_vocabulary()
        self.stdout.write(f"Zoekindex bijgewerkt: {', '.join(counts)}; {words} zoekwoorden.")
