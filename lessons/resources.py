"""Bulk import and export of lessons and what they refer to."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, widgets
from import_export.instance_loaders import CachedInstanceLoader

from duurzaamdoor.exports import AllOrNothingResource
from duurzaamdoor.import_widgets import (
    Lookups,
    PartiesWidget,
    SlugOrNameManyWidget,
    SlugOrNameWidget,
)
from duurzaamdoor.tags import comma_splitter
from lessons import facet_index
from lessons.models import Audience, Lesson, Pioneer, Source, ThemeTag


class ThemesWidget(widgets.ManyToManyWidget):
    """Themes as comma-separated names, case-insensitive; unknown themes are created."""

    def __init__(self):
        super().__init__(model=ThemeTag, separator=", ", field="name")
        self.lookups = Lookups(ThemeTag, "name", "name")

    def __deepcopy__(self, memo):
        return type(self)()

    def prime(self, values) -> None:
        self.lookups.prime({name for value in values for name in comma_splitter(str(value or ""))})

    def clean(self, value, row=None, **kwargs):
        themes = []
        for name in comma_splitter(str(value or "")):
            theme = self.lookups.find(name)
            if theme is None:
                theme = self.lookups.found[name] = ThemeTag.objects.create(name=name)
            themes.append(theme)
        return themes

    def render(self, value, obj=None, **kwargs):
        return ", ".join(sorted(theme.name for theme in value.all())) if value is not None else ""


class LessonResource(AllOrNothingResource):
    themes = fields.Field(attribute="themes", widget=ThemesWidget())
    audiences = fields.Field(
        attribute="audiences", widget=SlugOrNameManyWidget(Audience, "name", _("doelgroep"))
    )
    parties = fields.Field(attribute="parties", widget=PartiesWidget())
    pioneers = fields.Field(
        attribute="pioneers", widget=SlugOrNameManyWidget(Pioneer, "name", _("voorloper"))
    )
    source = fields.Field(attribute="source", widget=SlugOrNameWidget(Source, "title", _("bron")))

    class Meta:
        model = Lesson
        import_id_fields = ["slug"]
        fields = [
            "slug", "title", "lead", "body", "status", "published_at", "source", "themes",
            "audiences", "parties", "pioneers",
        ]  # fmt: skip
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        clean_model_instances = True
        # The file's existing lessons in one query, with their links (see get_queryset).
        instance_loader_class = CachedInstanceLoader

    def before_import(self, dataset, **kwargs) -> None:
        super().before_import(dataset, **kwargs)
        facet_index.defer()  # refreshed once for all lessons in after_import

    def after_import(self, dataset, result, **kwargs) -> None:
        super().after_import(dataset, result, **kwargs)
        if self.writes(result):
            facet_index.refresh(self._search_pending.get(Lesson, ()))

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("source")
            .prefetch_related("themes", "audiences", "parties", "pioneers")
        )

    def import_instance(self, instance, row, **kwargs):
        """Check the many-to-many columns too, so that their errors show in the preview."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors.update(error.error_dict)
        for name in ("themes", "audiences", "parties", "pioneers"):
            field = self.fields[name]
            if field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[name] = [ValidationError(str(error))]
        if errors:
            raise ValidationError(errors)


class PioneerResource(AllOrNothingResource):
    class Meta:
        model = Pioneer
        import_id_fields = ["slug"]
        fields = [
            "slug", "name", "role", "organisation", "government_layer", "region", "bio",
            "may_publish",
        ]  # fmt: skip
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        instance_loader_class = CachedInstanceLoader


class SourceResource(AllOrNothingResource):
    class Meta:
        model = Source
        import_id_fields = ["slug"]
        fields = ["slug", "kind", "title", "date", "url", "summary"]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        instance_loader_class = CachedInstanceLoader


class AudienceResource(AllOrNothingResource):
    class Meta:
        model = Audience
        import_id_fields = ["slug"]
        fields = ["slug", "name", "description"]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        instance_loader_class = CachedInstanceLoader
