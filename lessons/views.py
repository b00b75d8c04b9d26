"""Public pages of lessons, pioneers and sources."""

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from duurzaamdoor import search_query
from duurzaamdoor.caching import page_of, public_page
from duurzaamdoor.crawlers import no_index
from duurzaamdoor.filtering import resolve_filters
from duurzaamdoor.paginators import ListPaginator
from duurzaamdoor.public_content import shown_or_404
from duurzaamdoor.ratelimit import search_rate_limited
from lessons import facet_index
from lessons.cards import card_rows, cards
from lessons.choices import LessonStatus, SourceKind
from lessons.filters import FACETS, LessonFilter, SourceKindFilter, Vocabulary
from lessons.listing import Selection
from lessons.models import Lesson, Pioneer, Source
from lessons.selectors import active_filters, lesson_listing, lesson_page

LESSONS_PER_PAGE = 20
PIONEERS_PER_PAGE = 30
SOURCES_PER_PAGE = 30


@search_rate_limited  # a text search, limited as /zoeken/ is; filters alone are not
@require_safe
@public_page(("q", *FACETS, "page"))
def lesson_list(request: HttpRequest) -> HttpResponse:
    filters = resolve_filters(
        LessonFilter, request, Lesson.objects.published(), vocabulary=Vocabulary()
    )
    if filters.redirect:
        return filters.redirect
    filterset = filters.filterset
    query = filterset.form.cleaned_data.get("q", "").strip()
    parsed = search_query.parse(query)  # bounded: at most search_query.MAX_TERMS words
    ranked = matches = None
    if query:  # every match, best first, in one query: the rest is the filter index's work
        ranked = list(Lesson.objects.published().search(parsed).values_list("pk", flat=True))
        matches = facet_index.bits_of(ranked)
    listing = lesson_listing(filterset, matches)
    if ranked is not None and listing.count < len(ranked):
        member = facet_index.membership(listing.bits)
        ranked = [pk for pk in ranked if member(pk)]
    lessons = Selection(listing.bits, listing.count, total=listing.total, ranked=ranked,
                        with_text=bool(query))  # fmt: skip
    page = page_of(ListPaginator(lessons, LESSONS_PER_PAGE), request.GET.get("page"))
    context = {
        "page": page,
        "query": query,
        "search_notice": parsed.notice,
        "facets": listing.facets,
        "active_filters": active_filters(filterset.data, listing.facets),
        "is_filtered": bool(query) or any(filterset.data.getlist(name) for name in FACETS),
        "filter_notices": filters.notices,
    }
    response = render(request, "lessons/lesson_list.html", context)
    return no_index(response, follow=True) if query else response  # a results page


def _card_page(request: HttpRequest, lessons) -> Page:
    page = page_of(Paginator(card_rows(lessons), LESSONS_PER_PAGE), request.GET.get("page"))
    page.object_list = cards(page.object_list)
    return page


@require_safe
@public_page()
def lesson_detail(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(Lesson.objects.select_related("source"), slug=slug)
    shown_or_404(request, lesson, public=lesson.is_published)
    return render(
        request, "lessons/lesson_detail.html", {"lesson": lesson, **vars(lesson_page(lesson))}
    )


@require_safe
@public_page(("page",))
def pioneer_list(request: HttpRequest) -> HttpResponse:
    pioneers = (
        Pioneer.objects.publishable()
        .annotate(
            published_lessons=Count("lessons", filter=Q(lessons__status=LessonStatus.PUBLISHED))
        )
        .order_by("name", "pk")
    )  # Meta.ordering does not apply to aggregating queries
    page = page_of(Paginator(pioneers, PIONEERS_PER_PAGE), request.GET.get("page"))
    return render(request, "lessons/pioneer_list.html", {"page": page})


@require_safe
@public_page(("page",))
def pioneer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    pioneer = get_object_or_404(Pioneer, slug=slug)
    preview = not pioneer.may_publish
    shown_or_404(request, pioneer, public=not preview)
    page = _card_page(request, pioneer.lessons.published())
    context = {"pioneer": pioneer, "page": page, "preview": preview}
    return render(request, "lessons/pioneer_detail.html", context)


@require_safe
@public_page(("soort", "page"))
def source_list(request: HttpRequest) -> HttpResponse:
    """Every source that a published lesson comes from, newest first, by kind (``soort``)."""
    filters = resolve_filters(SourceKindFilter, request)
    kind = filters.filterset.value("soort") or ""
    counts = Source.objects.with_published_lessons().kind_counts()
    kinds = [
        {"code": code, "label": label, "count": counts[code], "current": code == kind}
        for code, label in SourceKind.choices
        if counts.get(code)
    ]
    sources = Source.objects.for_index()
    if kind:
        sources = sources.filter(kind=kind)
    page = page_of(Paginator(sources, SOURCES_PER_PAGE), request.GET.get("page"))
    context = {
        "page": page,
        "kinds": kinds,
        "kind": dict(SourceKind.choices).get(kind, ""),
        "total": sum(counts.values()),
        "filter_notices": filters.notices,
    }
    return render(request, "lessons/source_list.html", context)


@require_safe
@public_page(("page",))
def source_detail(request: HttpRequest, slug: str) -> HttpResponse:
    source = get_object_or_404(Source, slug=slug)
    page = _card_page(request, source.lessons.published())
    return render(request, "lessons/source_detail.html", {"source": source, "page": page})
