"""Site-wide views: home, search, the statement pages and the health check."""

import django_filters
from django.conf import settings
from django.db import Error as DatabaseError
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from cases.models import Case
from duurzaamdoor import search as search_service
from duurzaamdoor import shared_cache
from duurzaamdoor.caching import public_page
from duurzaamdoor.crawlers import no_index
from duurzaamdoor.filtering import ValuesFilterSet, resolve_filters
from duurzaamdoor.privacy import PRIVACY_STATEMENT_VERSION
from duurzaamdoor.ratelimit import search_rate_limited
from duurzaamdoor.search_query import MAX_QUERY_LENGTH
from lessons.cards import card_rows, cards
from lessons.models import Lesson
from lessons.selectors import popular_themes
from meetings.models import Meeting

HOME_LESSONS = 6
HOME_CASES = 3


@require_safe
@public_page()
def home(request: HttpRequest) -> HttpResponse:
    context = {
        "latest_lessons": cards(card_rows(Lesson.objects.published())[:HOME_LESSONS]),
        "popular_themes": popular_themes(),
        "latest_cases": Case.objects.public()[:HOME_CASES],
        "next_meeting": Meeting.objects.published().upcoming().first(),
    }
    return render(request, "home.html", context)


@require_safe
@public_page()
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/accessibility.html", {"contact_email": settings.CONTACT_EMAIL})


@require_safe
@public_page()
def privacy(request: HttpRequest) -> HttpResponse:
    context = {
        "contact_email": settings.CONTACT_EMAIL,
        "privacy_statement_version": PRIVACY_STATEMENT_VERSION,
    }
    return render(request, "pages/privacy.html", context)


class SearchFilter(ValuesFilterSet):
    soort = django_filters.ChoiceFilter(label=_("Soort"), choices=search_service.kind_choices)


@search_rate_limited
@require_safe
@public_page(("q", "soort", "page"))
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    filters = resolve_filters(SearchFilter, request)
    results = None
    if query:
        results = search_service.site_search(
            query, kind=filters.filterset.value("soort"), page=request.GET.get("page", 1)
        )
    context = {
        "search_query": query,
        "results": results,
        "page": results.page if results else None,
        "search_notice": results.notice if results else "",
        "filter_notices": filters.notices,
    }
    # Results pages are endless variants of the pages they lead to: crawlers follow the
    # links, indexes keep the lessons, cases and maps themselves.
    return no_index(render(request, "search.html", context), follow=True)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and uptime checks: can the app serve? Without its database it
    cannot (503). Without the shared cache it can, more slowly: 200 with ``"status":
    "degraded"`` and ``"cache": "down"``, so that monitoring sees it and a load balancer
    keeps sending traffic. ``"cache": "local"``: no shared cache configured."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    cache = shared_cache.status()
    status = "degraded" if cache == "down" else "ok"
    return JsonResponse({"status": status, "database": "ok", "cache": cache})
