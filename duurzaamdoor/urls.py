from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import path

from duurzaamdoor import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

# Dutch pages unprefixed, the English interface under /en/ with the same paths.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("zoeken/", views.search, name="search"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    prefix_default_language=False,
)
