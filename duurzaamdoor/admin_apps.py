from django.contrib.admin.apps import AdminConfig
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _


def boolean_icon(value: bool | None) -> str:
    """Django's yes/no icon of the admin, with its text in the page's language: Django's
    own says "True", "False" or "None" whatever the language (its alt is the value)."""
    icon, text = {
        True: ("yes", _("ja")), False: ("no", _("nee")), None: ("unknown", _("onbekend"))
    }[value]  # fmt: skip
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)


class KennisbankAdminConfig(AdminConfig):
    """Django's admin, with the knowledge base's own site (and its dashboard)."""

    default_site = "duurzaamdoor.admin_site.KennisbankAdminSite"

    def ready(self) -> None:
        super().ready()
        # Every yes/no of a list or a read-only field goes through this one function;
        # Django imports it where it draws the icon, so replacing it here is enough.
        from django.contrib.admin.templatetags import admin_list

        admin_list._boolean_icon = boolean_icon
