"""The filters of /lessen/: theme, audience, party, source and free text, combinable.

Several values of one filter widen the result (either theme); different filters narrow
it (this theme and that audience).
"""

import django_filters
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.models import Party
from lessons.models import Audience, Lesson, Source, TaggedLesson, ThemeTag

FACETS = ("thema", "doelgroep", "partij", "bron")


class LessonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Zoekterm"), method="filter_text", max_length=200)
    thema = django_filters.ModelMultipleChoiceFilter(
        label=_("Thema"),
        queryset=ThemeTag.objects.all(),
        to_field_name="slug",
        method="filter_themes",
    )
    doelgroep = django_filters.ModelMultipleChoiceFilter(
        label=_("Doelgroep"),
        queryset=Audience.objects.all(),
        to_field_name="slug",
        method="filter_audiences",
    )
    partij = django_filters.ModelMultipleChoiceFilter(
        label=_("Partij"), queryset=Party.objects.all(), method="filter_parties"
    )
    bron = django_filters.ModelMultipleChoiceFilter(
        label=_("Bron"),
        queryset=Source.objects.all(),
        to_field_name="slug",
        method="filter_sources",
    )

    class Meta:
        model = Lesson
        fields = ["q", *FACETS]

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value) if value.strip() else queryset

    def filter_themes(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        tagged = TaggedLesson.objects.filter(content_object=OuterRef("pk"), tag__in=value)
        return queryset.filter(Exists(tagged))

    def filter_audiences(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        through = Lesson.audiences.through.objects
        return queryset.filter(Exists(through.filter(lesson=OuterRef("pk"), audience__in=value)))

    def filter_parties(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        through = Lesson.parties.through.objects
        return queryset.filter(Exists(through.filter(lesson=OuterRef("pk"), party__in=value)))

    def filter_sources(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(source__in=value) if value else queryset

    def queryset_without(self, facet: str) -> QuerySet:
        """The result with every filter applied except ``facet`` (for its option counts)."""
        queryset = self.queryset
        for name, value in self.form.cleaned_data.items():
            if name != facet:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
