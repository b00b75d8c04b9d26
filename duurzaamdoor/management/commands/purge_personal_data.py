"""Daily job: remove personal data that the retention period no longer allows us to keep."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cases.services import purge_personal_data


class Command(BaseCommand):
    help = (
        "Verwijdert contactgegevens van praktijkcases die langer dan CASE_RETENTION_DAYS "
        "geleden zijn afgerond of afgewezen (ook uit de geschiedenis)."
    )

    def handle(self, *args, **options) -> None:
        days = settings.CASE_RETENTION_DAYS
        purged = purge_personal_data(retention_days=days)
        self.stdout.write(
            f"Persoonsgegevens verwijderd bij {len(purged)} praktijkcase(s) die langer dan "
            f"{days} dagen gesloten zijn."
        )
        for case in purged:
            self.stdout.write(f"- #{case.pk} {case.title}")
