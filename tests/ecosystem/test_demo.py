"""The demo maps are rich enough to show every picture on the map page."""

from io import StringIO

from django.core.management import call_command

from duurzaamdoor.choices import PartyCode
from ecosystem.models import Ecosystem


def test_demo_maps(db, client):
    call_command("seed_demo", stdout=StringIO())
    maps = Ecosystem.objects.published()
    assert maps.count() >= 3
    for ecosystem in maps:
        actors = list(ecosystem.actors.all())
        assert len(actors) >= 15
        assert {actor.party for actor in actors} == set(PartyCode.values)
        assert {actor.kind for actor in actors} == {"belanghebbende", "nieuwe_speler"}
        assert any(actor.contributes for actor in actors)
        assert any(actor.strengthen for actor in actors)
        assert {factor.effect for factor in ecosystem.factors.all()} == {"helpt", "remt"}
        assert ecosystem.factors.count() >= 6
        assert ecosystem.relations.count() >= 8
        assert client.get(ecosystem.get_absolute_url()).status_code == 200
    assert maps.filter(case__isnull=False).exists()
