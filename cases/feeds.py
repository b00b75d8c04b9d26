"""Atom feed of published cases, newest first."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from cases.models import Case
from duurzaamdoor.feeds import SiteFeed

FEED_SIZE = 30


class PublicCasesFeed(SiteFeed):
    title = _("Praktijkcases — Kennisbank Participatietafel Circulaire Economie")
    subtitle = _("Vastgelopen transitieopgaven en wat de tafel ervan leerde.")
    link = reverse_lazy("cases:list")

    def items(self):
        return Case.objects.public().order_by("-submitted_at")[:FEED_SIZE]

    def item_title(self, item: Case) -> str:
        return item.public_title

    def item_description(self, item: Case) -> str:
        return item.public_summary

    def item_pubdate(self, item: Case):
        return item.submitted_at

    def item_updateddate(self, item: Case):
        return item.updated_at
