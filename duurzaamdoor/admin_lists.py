"""The admin's lists of tables that grow: counted once, rows rendered quickly."""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.utils.html import format_html
from django.utils.translation import gettext as django_gettext

from duurzaamdoor.paginators import CachedCountPaginator


class CachedCountsAdminMixin:
    """For admins of tables that grow: no COUNT(*) of the whole table on every page, and
    rows that render quickly."""

    paginator = CachedCountPaginator
    show_full_result_count = False  # "N of M" would count the whole table again
    list_per_page = 50

    def action_checkbox(self, obj) -> str:
        # The same markup as Django's, without a template render per row; the label is
        # Django's own message, translated by Django's catalogue.
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            format_html(django_gettext("Select this object for an action - {}"), obj),
        )
