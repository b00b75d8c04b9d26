from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DuurzaamdoorConfig(AppConfig):
    """The project package is an app too: site-wide pages, commands and the secretariat."""

    name = "duurzaamdoor"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from duurzaamdoor.caching import connect_signals
        from duurzaamdoor.models import sync_parties
        from duurzaamdoor.secretariat import sync_secretariat_group

        post_migrate.connect(sync_parties, sender=self, dispatch_uid="sync_parties")
        post_migrate.connect(
            sync_secretariat_group, sender=self, dispatch_uid="sync_secretariat_group"
        )
        connect_signals()
