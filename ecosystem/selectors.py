from duurzaamdoor.prepared import PreparedModels
from ecosystem.models import Actor, Ecosystem, Factor, Relation

_ACTORS = PreparedModels(lambda pk: Actor.objects.filter(ecosystem=pk))
_FACTORS = PreparedModels(lambda pk: Factor.objects.filter(ecosystem=pk))
_RELATIONS = PreparedModels(lambda pk: Relation.objects.filter(ecosystem=pk))


def map_contents(ecosystem: Ecosystem) -> tuple[list, list, list]:
    """Actors, factors and relations of a map in three queries (compiled once per process);
    relations reuse the actors."""
    actors = _ACTORS.objects(ecosystem.pk)
    factors = _FACTORS.objects(ecosystem.pk)
    by_id = {actor.pk: actor for actor in actors}
    relations = _RELATIONS.objects(ecosystem.pk)
    for relation in relations:
        relation.source = by_id[relation.source_id]
        relation.target = by_id[relation.target_id]
    return actors, factors, relations
