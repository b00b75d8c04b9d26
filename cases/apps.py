from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.secretariat import model_permissions


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = _("Praktijkcases")
    # Cases arrive through the public form, so the secretariat does not add them itself.
    secretariat_permissions = (
        *model_permissions("case", actions=("change", "delete", "view")),
        "view_caseevent",
    )

    def ready(self) -> None:
        from cases.public import case_rows
        from cases.searchable import CASE
        from duurzaamdoor import public_content, searchable

        public_content.register(case_rows)
        searchable.register(CASE)
