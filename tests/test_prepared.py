"""Queries compiled once: the same rows and instances as their querysets, for every value."""

import pytest

from duurzaamdoor.prepared import Prepared, PreparedModels
from ecosystem.models import Actor
from lessons.models import Lesson
from tests.factories import ActorFactory, EcosystemFactory, LessonFactory

pytestmark = pytest.mark.django_db


def test_rows_follow_each_call_s_values_with_the_queryset_s_order_and_conversions():
    lessons = [LessonFactory(title=f"Les {n}") for n in range(4)]
    titles = Prepared(
        lambda ids: (
            Lesson.objects.filter(pk__any=ids).order_by("-pk").values_list("title", "published_at")
        )
    )
    for ids in ([lessons[0].pk, lessons[2].pk], [lessons[3].pk], []):
        expected = list(
            Lesson.objects.filter(pk__in=ids).order_by("-pk").values_list("title", "published_at")
        )
        assert titles.rows(ids) == expected


def test_model_instances_have_every_field_in_the_queryset_s_order():
    first, second = EcosystemFactory(), EcosystemFactory()
    ActorFactory(ecosystem=first, name="Zeeland Recycling", party="ondernemers", strengthen=True)
    ActorFactory(ecosystem=first, name="Gemeente Assen", party="decentraal")
    ActorFactory(ecosystem=second, name="Elders")
    actors = PreparedModels(lambda pk: Actor.objects.filter(ecosystem=pk))
    for ecosystem in (first, second):
        made = actors.objects(ecosystem.pk)
        expected = list(Actor.objects.filter(ecosystem=ecosystem))
        assert made == expected  # the same rows, in the model's order
        for actor, model in zip(made, expected, strict=True):
            assert actor.__dict__.keys() >= {f.attname for f in Actor._meta.concrete_fields}
            assert actor.get_party_display() == model.get_party_display()
            assert (actor.name, actor.strengthen) == (model.name, model.strengthen)
            assert not actor._state.adding
