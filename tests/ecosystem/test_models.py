"""Choices and ranges are enforced by the database; relations stay within one map."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ecosystem.models import Relation
from tests.factories import ActorFactory, EcosystemFactory, FactorFactory


@pytest.mark.parametrize(
    ("field", "value"),
    [("influence", 0), ("influence", 6), ("interest", 0), ("interest", 6), ("party", "gemeente"),
     ("kind", "vriend")],
)  # fmt: skip
def test_actor_values_outside_the_choices_are_refused_by_the_database(db, field, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorFactory(**{field: value})


@pytest.mark.parametrize(("field", "value"), [("weight", 0), ("weight", 4), ("effect", "neutraal")])
def test_factor_values_outside_the_choices_are_refused_by_the_database(db, field, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        FactorFactory(**{field: value})


def test_relation_across_maps_is_refused(db):
    here, there = EcosystemFactory(), EcosystemFactory()
    relation = Relation(
        ecosystem=here,
        source=ActorFactory(ecosystem=here),
        target=ActorFactory(ecosystem=there),
        kind="samenwerking",
    )
    with pytest.raises(ValidationError, match="andere kaart"):
        relation.full_clean()


def test_relation_of_an_actor_with_itself_is_refused(db):
    actor = ActorFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Relation.objects.create(
            ecosystem=actor.ecosystem, source=actor, target=actor, kind="samenwerking"
        )


def test_edit_tokens_are_long_and_unique(db):
    tokens = {EcosystemFactory(self_service=True).edit_token for _ in range(5)}
    assert len(tokens) == 5
    assert all(len(token) >= 43 for token in tokens)  # 256 bits
