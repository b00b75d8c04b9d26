"""Benchmark: the site search against a plain icontains filter, on a large database.

Seeds volume data with ``seed_bulk`` (reproducible; existing rows are kept), then times 50
different searches both ways inside this process and prints the server time per search.
Words are drawn at random (fixed seed) from the vocabulary of the public content, so the
searches neither favour nor handicap either method; the most common words are timed
separately as the worst case for ranking.
"""

import random
import statistics
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.models import Q
from tqdm import tqdm

from duurzaamdoor.models import SearchTerm
from duurzaamdoor.search import site_search
from duurzaamdoor.search_index import rebuild_vocabulary
from lessons.bulk import create_bulk_lessons
from lessons.models import Lesson


def _icontains(word: str) -> int:
    """What a search without an index does: count and the first page, newest first."""
    matches = Lesson.objects.published().filter(
        Q(title__icontains=word) | Q(lead__icontains=word) | Q(body__icontains=word)
    )
    total = matches.count()
    list(matches.order_by("-published_at")[:20])
    return total


def _fts(word: str) -> int:
    results = site_search(word)
    return results.total


def _timed(function, words: list[str]) -> list[float]:
    times = []
    for word in words:
        start = time.perf_counter()
        function(word)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


class Command(BaseCommand):
    help = "Meet de zoekfunctie tegen een eenvoudige icontains-filter (alleen Postgres)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lessons", type=int, default=100_000)
        parser.add_argument("--searches", type=int, default=50)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, lessons: int, searches: int, seed: int, **options) -> None:
        if connection.vendor != "postgresql":
            raise CommandError(
                "De benchmark meet full-text search en vraagt om Postgres (DATABASE_URL)."
            )
        with tqdm(total=lessons, desc="Lessen", file=self.stderr) as bar:
            create_bulk_lessons(lessons, seed=seed, progress=bar.update)
        rebuild_vocabulary()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        vocabulary = list(SearchTerm.objects.order_by("word").values_list("word", flat=True))
        rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
        words = rng.sample(vocabulary, k=min(searches, len(vocabulary)))
        common = ["circulaire", "grondstoffen", "regio", "samen", "organisatie"][
            : max(1, searches // 10)
        ]
        # Warm up both paths once, so that the first search does not pay for cold caches.
        _fts(words[0])
        _icontains(words[0])
        fts, plain = _timed(_fts, words), _timed(_icontains, words)
        fts_common, plain_common = _timed(_fts, common), _timed(_icontains, common)
        count = Lesson.objects.published().count()
        self.stdout.write(
            f"\nZoeken in {count} gepubliceerde lessen (en de andere soorten), "
            f"{len(words)} zoekwoorden:\n"
        )
        self.stdout.write(f"{'':28}{'mediaan ms':>12}{'p95 ms':>10}")
        for label, times in [("site search (full text)", fts), ("icontains (zonder index)", plain)]:
            self.stdout.write(f"{label:28}{statistics.median(times):12.1f}{_p95(times):10.1f}")
        ratio = statistics.median(plain) / statistics.median(fts)
        self.stdout.write(f"Full text is {ratio:.1f} keer zo snel (mediaan).")
        self.stdout.write(f"\nDe {len(common)} meest voorkomende woorden ({', '.join(common)}):")
        for label, times in [
            ("site search (full text)", fts_common),
            ("icontains (zonder index)", plain_common),
        ]:
            self.stdout.write(f"{label:28}{statistics.median(times):12.1f}{_p95(times):10.1f}")
