"""/sitemap.xml: every public page, in Dutch and English."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cases.models import Case
from ecosystem.models import Ecosystem
from lessons.models import Lesson, Meeting, Pioneer, Source


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return [
            "home", "lessons:list", "lessons:pioneers", "cases:list", "cases:submit",
            "ecosystem:list", "ecosystem:new", "lessons:meetings", "accessibility", "privacy",
        ]  # fmt: skip

    def location(self, item: str) -> str:
        return reverse(item)


class LessonSitemap(_Bilingual):
    changefreq = "monthly"

    def items(self):
        return Lesson.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Lesson):
        return item.updated_at


class PioneerSitemap(_Bilingual):
    def items(self):
        return Pioneer.objects.publishable().only("slug").order_by("pk")


class SourceSitemap(_Bilingual):
    def items(self):
        return Source.objects.only("slug").order_by("pk")


class CaseSitemap(_Bilingual):
    def items(self):
        return Case.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Case):
        return item.updated_at


class EcosystemSitemap(_Bilingual):
    def items(self):
        return Ecosystem.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Ecosystem):
        return item.updated_at


class MeetingSitemap(_Bilingual):
    def items(self):
        return Meeting.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Meeting):
        return item.updated_at


SITEMAPS = {
    "meetings": MeetingSitemap,
    "ecosystems": EcosystemSitemap,
    "cases": CaseSitemap,
    "pages": StaticPagesSitemap,
    "lessons": LessonSitemap,
    "pioneers": PioneerSitemap,
    "sources": SourceSitemap,
}
