"""What the public sees, table by table.

For every table a public page may read, the rows of it that the public can see, as a
queryset built from the apps' own vocabulary (``published()``, ``public()``, …). A write
that touches none of these rows (a draft map, a case that is not public, a vote on an
open statement) changes no public page; a write that does touch one bumps the table's
version (:mod:`duurzaamdoor.table_versions`), and with it every cached page that read it.

A public page that reads a table missing here is never stored in the cache: a new table
cannot make a page stale by being forgotten, only slower.
"""

from django.contrib.auth import get_permission_codename
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest


def public_rows() -> dict[type[Model], QuerySet]:
    from cases.models import Case
    from duurzaamdoor.models import Party, SearchTerm
    from ecosystem.models import Actor, Ecosystem, Factor, Relation
    from lessons.models import (
        Audience,
        Lesson,
        LessonFacet,
        Pioneer,
        Source,
        TaggedLesson,
        ThemeTag,
    )
    from meetings.models import Meeting, Position, Statement

    lessons = Lesson.objects.published()
    cases = Case.objects.public()
    maps = Ecosystem.objects.published()
    meetings = Meeting.objects.published()

    def links(through, field: str, owners: QuerySet) -> tuple[type[Model], QuerySet]:
        return through, through.objects.filter(**{f"{field}__in": owners})

    return dict(
        [
            (Lesson, lessons),
            links(TaggedLesson, "content_object", lessons),
            links(Lesson.audiences.through, "lesson", lessons),
            links(Lesson.parties.through, "lesson", lessons),
            links(Lesson.pioneers.through, "lesson", lessons),
            # Derived from the published lessons only, by triggers of its own.
            (LessonFacet, LessonFacet.objects.all()),
            # Names and descriptions show wherever a filter or a lesson names them.
            (ThemeTag, ThemeTag.objects.all()),
            (Audience, Audience.objects.all()),
            (Source, Source.objects.all()),
            (Party, Party.objects.all()),
            (Pioneer, Pioneer.objects.publishable()),
            (Case, cases),
            links(Case.parties.through, "case", cases),
            links(Case.lessons.through, "case", cases),
            (Ecosystem, maps),
            links(Actor, "ecosystem", maps),
            links(Factor, "ecosystem", maps),
            links(Relation, "ecosystem", maps),
            (Meeting, meetings),
            links(Statement, "meeting", meetings),
            links(Meeting.lessons.through, "meeting", meetings),
            links(Meeting.cases.through, "meeting", meetings),
            links(Meeting.sources.through, "meeting", meetings),
            # Results are public once a statement is closed; votes go to open statements.
            (
                Position,
                Position.objects.filter(statement__is_open=False, statement__meeting__in=meetings),
            ),
            (SearchTerm, SearchTerm.objects.all()),
        ]
    )


def is_public(obj: Model) -> bool:
    """Whether the public sees this object (one of the rows above); unlisted models: no."""
    rows = public_rows().get(type(obj))
    return rows is not None and rows.filter(pk=obj.pk).exists()


def may_preview(user, model: type[Model]) -> bool:
    """Staff with the view permission on a model may preview what of it is not public: a
    draft lesson or map, a case that is not public, a pioneer without consent. The one rule
    of every public page and of the admin's "view on site"."""
    opts = model._meta
    codename = get_permission_codename("view", opts)
    return bool(user.is_staff and user.has_perm(f"{opts.app_label}.{codename}"))


def shown_or_404(request: HttpRequest, obj: Model, *, public: bool) -> Model:
    """``obj`` for its public page: when it is ``public``, or for whoever may preview it
    (:func:`may_preview`); for anyone else the page does not exist (404, not 403, so that
    the address gives nothing away). Every public detail page asks here."""
    if not public and not may_preview(request.user, type(obj)):
        raise Http404
    return obj
