import pytest
from django.utils import translation

from tests.factories import ActorFactory, EcosystemFactory, FactorFactory, RelationFactory


@pytest.fixture(autouse=True)
def dutch():
    """Addresses built in a test are Dutch, whatever language an earlier request (one under
    /en/) left on; and a test under /en/ leaves no English behind."""
    with translation.override("nl"):
        yield


@pytest.fixture
def published_map(db):
    """A small published map: three actors, two factors, one relation."""
    ecosystem = EcosystemFactory(title="Circulair bouwen in Gelderland")
    province = ActorFactory(
        ecosystem=ecosystem, name="Provincie Gelderland", party="decentraal", influence=5,
        interest=5, contributes=True,
    )  # fmt: skip
    school = ActorFactory(
        ecosystem=ecosystem, name="ROC Rijn IJssel", party="onderwijs", kind="nieuwe_speler",
        influence=2, interest=4, strengthen=True,
    )  # fmt: skip
    ActorFactory(ecosystem=ecosystem, name="=SOM(A1:A9)", party="burgers", influence=1, interest=1)
    FactorFactory(ecosystem=ecosystem, name="Afvalstatus", effect="remt", weight=3)
    FactorFactory(ecosystem=ecosystem, name="Regionale hub", effect="helpt", weight=1)
    RelationFactory(ecosystem=ecosystem, source=province, target=school, kind="spanning")
    return ecosystem
