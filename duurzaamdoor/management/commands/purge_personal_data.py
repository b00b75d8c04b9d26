"""Daily job: remove personal data that the retention periods no longer allow us to keep."""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cases.services import purge_personal_data
from duurzaamdoor.search_index import rebuild_vocabulary


class Command(BaseCommand):
    help = (
        "Verwijdert contactgegevens van praktijkcases die langer dan CASE_RETENTION_DAYS "
        "geleden zijn afgerond of afgewezen (ook uit de geschiedenis), en IP-adressen van "
        "inlogpogingen ouder dan IP_RETENTION_DAYS. Bouwt daarna de woordenlijst voor "
        "zoeksuggesties opnieuw op uit openbare inhoud."
    )

    def handle(self, *args, **options) -> None:
        days = settings.CASE_RETENTION_DAYS
        result = purge_personal_data(retention_days=days)
        self.stdout.write(
            f"Persoonsgegevens verwijderd bij {len(result.purged)} praktijkcase(s) die langer "
            f"dan {days} dagen gesloten zijn."
        )
        for case in result.purged:
            self.stdout.write(f"- #{case.pk} {case.title}")

        cutoff = timezone.now() - timedelta(days=settings.IP_RETENTION_DAYS)
        removed = sum(
            model.objects.filter(attempt_time__lt=cutoff).delete()[0]
            for model in (AccessAttempt, AccessLog, AccessFailureLog)
        )
        self.stdout.write(
            f"{removed} inlogregistratie(s) met IP-adres ouder dan "
            f"{settings.IP_RETENTION_DAYS} dagen verwijderd."
        )
        # Suggestions come from public content only: whatever left it (purged, unpublished,
        # deleted) is forgotten here at the latest.
        words = rebuild_vocabulary()
        if words:
            self.stdout.write(
                f"Woordenlijst voor zoeksuggesties opnieuw opgebouwd: {words} woorden."
            )
        if result.failed:
            # A non-zero exit, so that cron or the timer reports it.
            failures = "; ".join(f"#{case.pk}: {error}" for case, error in result.failed)
            raise CommandError(
                f"Bij {len(result.failed)} praktijkcase(s) lukte het verwijderen niet; aan die "
                f"cases is niets gewijzigd, de volgende keer probeert de opdracht het opnieuw. "
                f"{failures}"
            )
