"""Atom feed of published lessons, newest first."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.feeds import SiteFeed
from lessons.models import Lesson
from lessons.querysets import card_themes

FEED_SIZE = 30


class LatestLessonsFeed(SiteFeed):
    title = _("Lessen — Kennisbank Participatietafel Circulaire Economie")
    subtitle = _("Nieuwe lessen van voorlopers in circulaire transitieopgaven.")
    link = reverse_lazy("lessons:list")

    def items(self):
        return Lesson.objects.published().for_listing()[:FEED_SIZE]

    def item_title(self, item: Lesson) -> str:
        return item.title

    def item_description(self, item: Lesson) -> str:
        return item.lead

    def item_pubdate(self, item: Lesson):
        return item.published_at

    def item_updateddate(self, item: Lesson):
        return item.updated_at

    def item_categories(self, item: Lesson) -> list[str]:
        return [theme.name for theme in card_themes(item)]
