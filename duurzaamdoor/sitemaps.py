"""/sitemap.xml: an index of sections, each listing public pages in Dutch and English.

A section page holds at most ``LIMIT`` addresses, so no response grows with the content.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from cases.models import Case
from ecosystem.models import Ecosystem
from lessons.models import Lesson, Pioneer, Source
from meetings.models import Meeting

LIMIT = 500


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = LIMIT


class _Dated(_Bilingual):
    """Items with ``updated_at``; the index gets the latest with one query, not a loop."""

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class StaticPagesSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return [
            "home", "lessons:list", "lessons:pioneers", "lessons:sources", "cases:list",
            "cases:submit", "ecosystem:list", "ecosystem:new", "meetings:list", "accessibility",
            "privacy",
        ]  # fmt: skip

    def location(self, item: str) -> str:
        return reverse(item)


class LessonSitemap(_Dated):
    changefreq = "monthly"

    def items(self):
        return Lesson.objects.published().only("slug", "updated_at").order_by("pk")


class PioneerSitemap(_Bilingual):
    def items(self):
        return Pioneer.objects.publishable().only("slug").order_by("pk")


class SourceSitemap(_Bilingual):
    def items(self):
        return Source.objects.only("slug").order_by("pk")


class CaseSitemap(_Dated):
    def items(self):
        return Case.objects.public().only("slug", "updated_at").order_by("pk")


class EcosystemSitemap(_Dated):
    def items(self):
        return Ecosystem.objects.published().only("slug", "updated_at").order_by("pk")


class MeetingSitemap(_Dated):
    def items(self):
        return Meeting.objects.published().only("slug", "updated_at").order_by("pk")


SITEMAPS = {
    "meetings": MeetingSitemap,
    "ecosystems": EcosystemSitemap,
    "cases": CaseSitemap,
    "pages": StaticPagesSitemap,
    "lessons": LessonSitemap,
    "pioneers": PioneerSitemap,
    "sources": SourceSitemap,
}
