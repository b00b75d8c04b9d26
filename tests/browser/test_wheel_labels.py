"""Long actor names stay inside the drawing of the wheel, as the browser draws them."""

import pytest

from tests.factories import ActorFactory, EcosystemFactory

PARTIES = ["rijk", "decentraal", "onderwijs", "onderzoek", "ondernemers", "burgers",
           "maatschappelijk", "nieuwe-generatie"]  # fmt: skip
LONG_NAMES = [
    "Producentenverantwoordelijkheid",
    "Grondstoffenakkoordondertekenaarsoverleg",  # a 40-letter word
    "WERKGROEP MATERIAALPASPOORTEN WOONWIJKEN",  # capitals are wide
    "Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm",  # so is "m"
]

OUTSIDE = """() => {
  const svg = document.querySelector("svg.kb-wheel");
  const box = svg.viewBox.baseVal;
  return [...svg.querySelectorAll("text.kb-wheel__label")]
    .map((text) => [text.textContent, text.getBBox()])
    .filter(([, b]) => b.x < box.x || b.x + b.width > box.x + box.width
                       || b.y < box.y || b.y + b.height > box.y + box.height)
    .map(([name, b]) => `${name}: ${Math.round(b.x)}..${Math.round(b.x + b.width)}`);
}"""


@pytest.fixture
def long_names_map(transactional_db):
    ecosystem = EcosystemFactory(title="Lange namen")
    for party in PARTIES:
        for name in LONG_NAMES:
            # On the outer ring, which reaches furthest out.
            ActorFactory(ecosystem=ecosystem, party=party, influence=1, name=f"{name} {party}")
    return ecosystem


def test_long_names_stay_inside_the_wheel_and_keep_their_full_name(page, long_names_map):
    page.goto(long_names_map.get_absolute_url())
    assert page.evaluate(OUTSIDE) == []
    labels = page.locator("svg.kb-wheel text.kb-wheel__label").all_text_contents()
    assert len(labels) == 32
    assert all(label.endswith("…") for label in labels)  # cut off, visibly
    # The whole name is in the mark's title (and in the table below the wheel).
    titles = page.locator("svg.kb-wheel g.kb-wheel__actor > title").all_text_contents()
    names = sorted(long_names_map.actors.values_list("name", flat=True))
    assert sorted(title.split(" — ")[0] for title in titles) == names
