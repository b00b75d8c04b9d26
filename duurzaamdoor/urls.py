from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe

from cases.feeds import PublicCasesFeed
from duurzaamdoor import views
from duurzaamdoor.caching import public_page
from duurzaamdoor.sitemaps import SITEMAPS
from lessons.feeds import LatestLessonsFeed
from meetings.views import moved_admin_page

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        require_safe(public_page()(sitemaps.index)),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        require_safe(public_page(("p",))(sitemaps.sitemap)),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    # Meetings had their admin pages under the lessons until they got an app of their own.
    re_path(r"^admin/lessons/(?:meeting|statement|position)/", moved_admin_page),
    path("admin/", admin.site.urls),
]

# Dutch pages unprefixed, the English interface under /en/ with the same paths.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("zoeken/", views.search, name="search"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("feeds/lessen/", public_page()(LatestLessonsFeed()), name="lessons-feed"),
    path("feeds/praktijkcases/", public_page()(PublicCasesFeed()), name="cases-feed"),
    path("", include("lessons.urls")),
    path("", include("cases.urls")),
    path("", include("ecosystem.urls")),
    path("", include("meetings.urls")),
    prefix_default_language=False,
)
