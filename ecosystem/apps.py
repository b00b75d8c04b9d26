from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.secretariat import model_permissions


class EcosystemConfig(AppConfig):
    name = "ecosystem"
    verbose_name = _("Ecosystemen")
    secretariat_permissions = model_permissions("ecosystem", "actor", "factor", "relation")

    def ready(self) -> None:
        from ecosystem import signals  # noqa: F401 - connects the receivers
