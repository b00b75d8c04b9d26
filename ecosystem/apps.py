from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.secretariat import model_permissions


class EcosystemConfig(AppConfig):
    name = "ecosystem"
    verbose_name = _("Ecosystemen")
    secretariat_permissions = model_permissions("ecosystem", "actor", "factor", "relation")

    def ready(self) -> None:
        from duurzaamdoor import public_content, searchable
        from ecosystem.public import map_rows
        from ecosystem.searchable import ECOSYSTEM

        public_content.register(map_rows)
        searchable.register(ECOSYSTEM)
