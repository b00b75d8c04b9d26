"""Downloads: the wheel as SVG, and all data as CSV and JSON."""

import csv
import io
import json
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_valid_xml_with_a_group_per_party_and_a_mark_per_actor(client, published_map):
    response = client.get(f"{published_map.get_absolute_url()}kaart.svg")
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == "Circulair bouwen in Gelderland"
    parties = [g for g in root.iter(f"{SVG}g") if g.get("data-party")]
    assert len(parties) == 8
    marks = [g for g in root.iter(f"{SVG}g") if g.get("class") == "kb-wheel__actor"]
    names = sorted(mark.find(f"{SVG}title").text.split(" — ")[0] for mark in marks)
    assert names == ["=SOM(A1:A9)", "Provincie Gelderland", "ROC Rijn IJssel"]
    onderwijs = next(g for g in parties if g.get("data-party") == "onderwijs")
    assert "ROC Rijn IJssel" in ET.tostring(onderwijs, encoding="unicode")


def _csv(client, url: str) -> tuple[str, list[dict]]:
    response = client.get(url)
    assert response.content.startswith("\ufeff".encode())  # so that Excel reads UTF-8
    text = response.content.decode("utf-8-sig")
    return text.splitlines()[0], list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_csv_has_every_row_and_neutralises_formulas(client, published_map):
    response = client.get(f"{published_map.get_absolute_url()}export.csv")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="circulair-bouwen-in-gelderland.csv"'
    )
    _header, rows = _csv(client, f"/ecosystemen/{published_map.slug}/export.csv")
    assert [row["Onderdeel"] for row in rows].count("Actor") == 3
    assert [row["Onderdeel"] for row in rows].count("Factor") == 2
    relation = next(row for row in rows if row["Onderdeel"] == "Relatie")
    assert (relation["Van"], relation["Naar"], relation["Soort"]) == (
        "Provincie Gelderland",
        "ROC Rijn IJssel",
        "Spanning",
    )
    names = {row["Naam"] for row in rows}
    assert "'=SOM(A1:A9)" in names
    assert "=SOM(A1:A9)" not in names


def test_csv_speaks_dutch_with_labels_instead_of_codes(client, published_map):
    header, rows = _csv(client, f"/ecosystemen/{published_map.slug}/export.csv")
    assert header == (
        "Onderdeel;Naam;Partij;Soort;Draagt bij;Versterken;Invloed;Belang;Effect;Gewicht;"
        "Van;Naar;Toelichting"
    )
    school = next(row for row in rows if row["Naam"] == "ROC Rijn IJssel")
    assert (school["Partij"], school["Soort"], school["Draagt bij"], school["Versterken"]) == (
        "Onderwijs",
        "Nieuwe speler",
        "nee",
        "ja",
    )
    province = next(row for row in rows if row["Naam"] == "Provincie Gelderland")
    assert (province["Partij"], province["Draagt bij"]) == ("Decentrale overheden", "ja")
    hub = next(row for row in rows if row["Naam"] == "Regionale hub")
    assert (hub["Effect"], hub["Gewicht"]) == ("Helpt", "1")


def test_csv_speaks_english_under_en(client, published_map):
    header, rows = _csv(client, f"/en/ecosystemen/{published_map.slug}/export.csv")
    assert header.startswith("Part;Name;Party;Kind;Contributes;Strengthen;Influence;")
    school = next(row for row in rows if row["Name"] == "ROC Rijn IJssel")
    assert (school["Party"], school["Kind"], school["Contributes"], school["Strengthen"]) == (
        "Education",
        "New player",
        "no",
        "yes",
    )
    assert [row["Part"] for row in rows].count("Relation") == 1


def test_json_has_every_actor_factor_and_relation(client, published_map):
    data = json.loads(client.get(f"{published_map.get_absolute_url()}export.json").content)
    assert sorted(data) == ["actors", "factors", "map", "relations"]
    assert data["map"]["title"] == "Circulair bouwen in Gelderland"
    assert {a["name"] for a in data["actors"]} == {
        "Provincie Gelderland",
        "ROC Rijn IJssel",
        "=SOM(A1:A9)",
    }
    assert len(data["factors"]) == 2
    ids = {a["name"]: a["id"] for a in data["actors"]}
    assert data["relations"][0]["source"] == ids["Provincie Gelderland"]
    assert sorted(data["actors"][0]) == [
        "contributes", "id", "influence", "interest", "kind", "name", "note", "party", "strengthen",
    ]  # fmt: skip


def _line_style(line) -> tuple:
    return line.get("stroke"), line.get("stroke-width"), line.get("stroke-dasharray")


def test_the_legend_draws_each_kind_of_relation_as_the_wheel_does(client, published_map):
    """The legend of the downloaded wheel is made from the styles the wheel's lines use."""
    from tests.factories import ActorFactory, RelationFactory

    one, other = ActorFactory.create_batch(2, ecosystem=published_map)
    for kind in ("samenwerking", "afhankelijkheid"):  # the map has a "spanning" already
        RelationFactory(ecosystem=published_map, source=one, target=other, kind=kind)
    response = client.get(f"{published_map.get_absolute_url()}kaart.svg")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "kb-wheel__legend")
    labels = [text.text for text in legend.iter(f"{SVG}text") if text.get("x") == "490"]
    shown = [_line_style(line) for line in legend.iter(f"{SVG}line")]
    drawn = {_line_style(line) for line in root.iter(f"{SVG}line") if line.get("stroke-opacity")}
    assert labels == ["samenwerking", "afhankelijkheid", "spanning"]
    assert len(set(shown)) == 3
    assert set(shown) == drawn
