from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.secretariat import model_permissions


class LessonsConfig(AppConfig):
    name = "lessons"
    verbose_name = _("Lessen")
    secretariat_permissions = model_permissions(
        "lesson", "audience", "pioneer", "source", "themetag"
    )

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from duurzaamdoor import public_content, searchable
        from lessons import facet_index, public
        from lessons.searchable import LESSON

        post_migrate.connect(facet_index.install, sender=self, dispatch_uid="facet_index")
        public_content.register(public.lesson_rows)
        searchable.register(LESSON)
