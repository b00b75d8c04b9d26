from ecosystem.models import Ecosystem


def map_contents(ecosystem: Ecosystem) -> tuple[list, list, list]:
    """Actors, factors and relations of a map in three queries; relations reuse the actors."""
    actors = list(ecosystem.actors.all())
    factors = list(ecosystem.factors.all())
    by_id = {actor.pk: actor for actor in actors}
    relations = list(ecosystem.relations.all())
    for relation in relations:
        relation.source = by_id[relation.source_id]
        relation.target = by_id[relation.target_id]
    return actors, factors, relations
