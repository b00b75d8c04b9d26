from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.secretariat import model_permissions


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Bijeenkomsten")
    # Positions are the participants' own: the secretariat sees them, and voids stuffed
    # ones through the statements.
    secretariat_permissions = (*model_permissions("meeting", "statement"), "view_position")

    def ready(self) -> None:
        from duurzaamdoor import public_content, searchable
        from meetings import public
        from meetings.searchable import MEETING

        public_content.register(public.meeting_rows)
        searchable.register(MEETING)
