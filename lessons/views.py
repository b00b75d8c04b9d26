"""Public pages of lessons, pioneers and sources."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from cases.models import Case
from duurzaamdoor.caching import ListPaginator, cached_value, public_page
from duurzaamdoor.filtering import valid_filterset
from lessons.choices import LessonStatus
from lessons.filters import FACETS, LessonFilter
from lessons.models import Lesson, Meeting, Pioneer, Source
from lessons.selectors import active_filters, lesson_facets, related_lessons, theme_counts

LESSONS_PER_PAGE = 20
PIONEERS_PER_PAGE = 30


@require_safe
@public_page(("q", "thema", "doelgroep", "partij", "bron", "page"))
def lesson_list(request: HttpRequest) -> HttpResponse:
    filterset = valid_filterset(LessonFilter, request, Lesson.objects.published())
    query = filterset.form.cleaned_data.get("q", "").strip()
    lessons = filterset.qs.for_listing()
    # Paging through one selection counts it and computes its filter options only once.
    page = ListPaginator(lessons, LESSONS_PER_PAGE).get_page(request.GET.get("page"))
    selection = [(name, sorted(filterset.data.getlist(name))) for name in ("q", *FACETS)]
    facets = cached_value(
        "lesson-facets", get_language(), selection, compute=lambda: lesson_facets(filterset)
    )
    context = {
        "page": page,
        "query": query,
        "facets": facets,
        "active_filters": active_filters(filterset.data, facets),
        "is_filtered": bool(query) or any(filterset.data.getlist(name) for name in FACETS),
    }
    return render(request, "lessons/lesson_list.html", context)


def _may_preview(request: HttpRequest) -> bool:
    return request.user.is_staff and request.user.has_perm("lessons.view_lesson")


@require_safe
@public_page()
def lesson_detail(request: HttpRequest, slug: str) -> HttpResponse:
    lessons = Lesson.objects.select_related("source").prefetch_related(
        "themes",
        "audiences",
        "parties",
        Prefetch("pioneers", queryset=Pioneer.objects.publishable()),
        Prefetch("cases", queryset=Case.objects.public()),
        Prefetch("meetings", queryset=Meeting.objects.published()),
    )
    lesson = get_object_or_404(lessons, slug=slug)
    if not lesson.is_published and not _may_preview(request):
        raise Http404
    context = {
        "lesson": lesson,
        "related": related_lessons(lesson),
        "theme_counts": theme_counts(lesson),
    }
    return render(request, "lessons/lesson_detail.html", context)


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
    page = Paginator(pioneers, PIONEERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "lessons/pioneer_list.html", {"page": page})


@require_safe
@public_page(("page",))
def pioneer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    pioneer = get_object_or_404(Pioneer, slug=slug)
    preview = not pioneer.may_publish
    if preview and not (request.user.is_staff and request.user.has_perm("lessons.view_pioneer")):
        raise Http404
    lessons = pioneer.lessons.published().for_listing()
    page = Paginator(lessons, LESSONS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"pioneer": pioneer, "page": page, "preview": preview}
    return render(request, "lessons/pioneer_detail.html", context)


@require_safe
@public_page(("page",))
def source_detail(request: HttpRequest, slug: str) -> HttpResponse:
    source = get_object_or_404(Source, slug=slug)
    lessons = source.lessons.published().for_listing()
    page = Paginator(lessons, LESSONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "lessons/source_detail.html", {"source": source, "page": page})
