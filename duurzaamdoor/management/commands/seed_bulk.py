"""Volume data for benchmarks and load tests. Reproducible: the same seed, the same data."""

from functools import partial

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from cases.bulk import create_bulk_cases
from duurzaamdoor.search_index import rebuild_vocabulary
from ecosystem.bulk import create_bulk_maps
from ecosystem.models import MAX_ACTORS, MAX_FACTORS, MAX_RELATIONS
from lessons.bulk import create_bulk_lessons
from meetings.bulk import create_bulk_meetings


class Command(BaseCommand):
    help = "Maakt grote hoeveelheden voorbeeldinhoud aan (voor benchmarks)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lessons", type=int, default=0, help="aantal lessen")
        parser.add_argument("--cases", type=int, default=0, help="aantal praktijkcases")
        parser.add_argument("--maps", type=int, default=0, help="aantal ecosysteemkaarten")
        parser.add_argument("--actors-per-map", type=int, default=30, help="actoren per kaart")
        parser.add_argument(
            "--large-map-actors", type=int, default=0, help="plus één kaart met zoveel actoren"
        )
        parser.add_argument(
            "--full-maps",
            type=int,
            default=0,
            help=f"plus zoveel volle kaarten ({MAX_ACTORS} actoren, {MAX_FACTORS} factoren, "
            f"{MAX_RELATIONS} relaties)",
        )
        parser.add_argument("--meetings", type=int, default=0, help="aantal bijeenkomsten")
        parser.add_argument(
            "--positions", type=int, default=0, help="posities, verdeeld over alle stellingen"
        )
        parser.add_argument("--seed", type=int, default=1, help="zelfde seed, zelfde inhoud")

    def handle(self, *args, seed: int, **options) -> None:
        counts = {key: options[key] for key in ("lessons", "cases", "maps", "meetings", "positions",
                                                "actors_per_map", "large_map_actors",
                                                "full_maps")}  # fmt: skip
        if any(value < 0 for value in counts.values()):
            raise CommandError("Aantallen moeten 0 of groter zijn.")
        seeded = (
            ("lessons", "Lessen", "lessen", partial(create_bulk_lessons, seed=seed)),
            ("cases", "Praktijkcases", "praktijkcases", partial(create_bulk_cases, seed=seed)),
            ("maps", "Kaarten", "kaarten",
             partial(create_bulk_maps, actors_per_map=counts["actors_per_map"], seed=seed)),
            ("large_map_actors", "Grote kaart", "grote kaart",
             lambda n, progress: create_bulk_maps(
                 1, actors_per_map=n, seed=seed, prefix="bulk-groot", progress=progress)),
            ("full_maps", "Volle kaarten", "volle kaarten",
             partial(create_bulk_maps, actors_per_map=MAX_ACTORS, factors_per_map=MAX_FACTORS,
                     relations_per_map=MAX_RELATIONS, seed=seed, prefix="bulk-vol")),
            ("meetings", "Bijeenkomsten", "bijeenkomsten",
             partial(create_bulk_meetings, positions=counts["positions"], seed=seed)),
        )  # fmt: skip
        changed = False
        for key, label, noun, make in seeded:
            if not counts[key]:
                continue
            wanted = 1 if key == "large_map_actors" else counts[key]
            with tqdm(total=wanted, desc=label, file=self.stderr) as bar:
                created = make(counts[key], progress=bar.update)
            changed = changed or bool(created)
            self.stdout.write(f"{created} {noun} aangemaakt ({wanted - created} bestonden al).")
        if changed:
            rebuild_vocabulary()
