"""What the public sees of the lessons app, table by table (see
:mod:`duurzaamdoor.public_content`)."""

from django.db.models import Model, QuerySet

from duurzaamdoor.public_content import links
from lessons.models import Audience, Lesson, LessonFacet, Pioneer, Source, TaggedLesson, ThemeTag


def lesson_rows() -> list[tuple[type[Model], QuerySet]]:
    lessons = Lesson.objects.published()
    return [
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
        (Pioneer, Pioneer.objects.publishable()),
    ]
