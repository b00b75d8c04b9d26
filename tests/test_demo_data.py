"""The demo content lives in TOML files a curator edits; a mistake there is named, not a
traceback or a wrong row."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from cases import demo as cases_demo
from duurzaamdoor.demo_data import DemoDataError
from ecosystem import demo as ecosystem_demo
from lessons import demo as lessons_demo
from lessons.models import Lesson

ROOT = Path(settings.BASE_DIR)
SHIPPED = {
    "lessons/demo/audiences.toml",
    "lessons/demo/sources.toml",
    "lessons/demo/pioneers.toml",
    "lessons/demo/lessons.toml",
    "cases/demo/cases.toml",
    "ecosystem/demo/maps.toml",
    "meetings/demo/meetings.toml",
}
LOADERS = {
    "lessons": lessons_demo.demo_lessons,
    "cases": cases_demo.demo_cases,
    "ecosystem": ecosystem_demo.demo_maps,
}


def test_every_shipped_data_file_loads():
    """All of them, and no file beside them that no loader reads (its entries would
    silently never reach the demo)."""
    on_disk = {str(path.relative_to(ROOT)) for path in ROOT.glob("*/demo/*.toml")}
    assert on_disk == SHIPPED
    content = lessons_demo.demo_lessons()
    assert {name: len(rows) for name, rows in content.items()} == {
        "audiences": 10,
        "sources": 9,
        "pioneers": 14,
        "lessons": 49,
    }
    assert len(cases_demo.demo_cases()) == 10
    maps = ecosystem_demo.demo_maps()
    assert [len(row["actors"]) for row in maps] == [21, 21, 22]


def test_markdown_blocks_are_read_as_written():
    """A ''' block keeps its paragraphs and list items; only the surrounding blank lines
    go (the block opens and closes on a line of its own)."""
    lesson = next(
        row
        for row in lessons_demo.demo_lessons()["lessons"]
        if row["slug"] == "begin-bij-de-inkoopkalender-niet-bij-het-beleid"
    )
    assert lesson["body"].startswith("## Wat er misging\n\nIn 2021 schreef de gemeente")
    assert "\n- Vraag de inkoopkalender voor de komende twee jaar op" in lesson["body"]
    assert lesson["body"].endswith("komt pas na vier of acht jaar terug.")
    assert lesson["lead"].endswith("waar echt winst te halen is.")


def broken_copy(tmp_path: Path, app: str, file: str, old: str, new: str) -> Path:
    """A copy of an app's data files with one curator's mistake in ``file``."""
    directory = tmp_path / app
    shutil.copytree(ROOT / app / "demo", directory)
    text = (directory / file).read_text(encoding="utf-8")
    assert old in text
    (directory / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return directory


LESSON_2 = 'slug = "maak-de-afvalstatus-bespreekbaar-voordat-het-project-start"\n'
CASE_1 = 'slug = "hergebruik-bouwmaterialen-stokt-op-opslag"\n'
MISTAKES = {
    "unknown key": (
        "lessons",
        "lessons.toml",
        LESSON_2 + "title =",
        LESSON_2 + "titel =",
        "lessons nr. 2 (maak-de-afvalstatus-bespreekbaar-voordat-het-project-start): "
        "onbekend veld 'titel'",
    ),
    "missing key": (
        "lessons",
        "audiences.toml",
        'slug = "inkopers-en-contractmanagers"\nname = "Inkopers en contractmanagers"\n',
        'slug = "inkopers-en-contractmanagers"\n',
        "audiences nr. 2 (inkopers-en-contractmanagers): het veld 'name' ontbreekt",
    ),
    "text for a date": (
        "lessons",
        "lessons.toml",
        "published_at = 2022-07-12",
        'published_at = "12 juli 2022"',
        "lessons nr. 1 (begin-bij-de-inkoopkalender-niet-bij-het-beleid): 'published_at' "
        'moet een datum (zoals 2025-07-10) zijn, niet "12 juli 2022"',
    ),
    "a date with a time": (
        "lessons",
        "sources.toml",
        "date = 2023-03-14",
        "date = 2023-03-14T10:00:00",
        "sources nr. 1 (whitepaper-versnellen-in-transitie): 'date' moet een datum",
    ),
    "text for yes/no": (
        "lessons",
        "pioneers.toml",
        "may_publish = true",
        'may_publish = "ja"',
        "pioneers nr. 1 (marieke-van-dijk): 'may_publish' moet true of false zijn, niet \"ja\"",
    ),
    "yes/no for a number": (
        "ecosystem",
        "maps.toml",
        "influence = 5",
        "influence = true",
        "maps nr. 1 (circulair-bouwen-in-gelderland), actors nr. 1 (Ministerie van "
        "Infrastructuur en Waterstaat): 'influence' moet een geheel getal zijn, niet true",
    ),
    "unknown party": (
        "cases",
        "cases.toml",
        'parties = ["decentraal", "ondernemers"]',
        'parties = ["decentraal", "gemeente"]',
        "cases nr. 1 (hergebruik-bouwmaterialen-stokt-op-opslag): 'parties' (een waarde in "
        'de lijst) moet een van "rijk", "decentraal"',
    ),
    "text for a list": (
        "lessons",
        "lessons.toml",
        'themes = ["circulair inkopen", "rol van de ambtenaar"]',
        'themes = "circulair inkopen, rol van de ambtenaar"',
        "'themes' moet een lijst van tekst",
    ),
    "unknown key in a timeline step": (
        "cases",
        "cases.toml",
        'to_status = "in_onderzoek"',
        'to_status = "in_onderzoek"\ndatum = 2025-05-06',
        "cases nr. 1 (hergebruik-bouwmaterialen-stokt-op-opslag), events nr. 2: "
        "onbekend veld 'datum'",
    ),
    "unknown status": (
        "cases",
        "cases.toml",
        '\nstatus = "inzichten_gedeeld"',
        '\nstatus = "klaar"',
        "cases nr. 1 (hergebruik-bouwmaterialen-stokt-op-opslag): 'status' moet een van "
        '"ingediend", "in_behandeling", "in_onderzoek", "inzichten_gedeeld", "afgerond", '
        '"afgewezen" zijn, niet "klaar"',
    ),
    "an audience no file defines": (
        "lessons",
        "lessons.toml",
        'audiences = ["inkopers-en-contractmanagers", "beleidsmedewerkers-gemeenten"]',
        'audiences = ["inkopers-en-contractmanagers", "beleidsmedewerkers"]',
        "lessons nr. 1 (begin-bij-de-inkoopkalender-niet-bij-het-beleid): 'audiences' noemt "
        '"beleidsmedewerkers", maar dat staat niet in audiences.toml',
    ),
    "a relation to an actor the map lacks": (
        "ecosystem",
        "maps.toml",
        'target = "Gemeente Arnhem"',
        'target = "Gemeente Arnhemm"',
        "maps nr. 1 (circulair-bouwen-in-gelderland), relations nr. 1: 'target' noemt "
        '"Gemeente Arnhemm", maar dat staat niet in de actors van deze kaart',
    ),
    "not TOML": (
        "ecosystem",
        "maps.toml",
        'slug = "circulair-bouwen-in-gelderland"',
        "slug = circulair-bouwen-in-gelderland",
        "geen geldige TOML: Invalid value (at line",
    ),
    "a table of another name": (
        "lessons",
        "audiences.toml",
        "\n[[audiences]]",
        "\n[[audience]]",
        "verwacht alleen [[audiences]]-blokken, niet audience",
    ),
}


@pytest.mark.parametrize("mistake", MISTAKES, ids=list(MISTAKES))
def test_a_mistake_in_a_data_file_names_the_file_and_the_entry(tmp_path, mistake):
    app, file, old, new, message = MISTAKES[mistake]
    directory = broken_copy(tmp_path, app, file, old, new)
    with pytest.raises(DemoDataError) as error:
        LOADERS[app](directory)
    assert str(error.value).startswith(str(directory / file))
    assert message in str(error.value)


def test_seed_demo_stops_with_the_message_and_saves_nothing(db, tmp_path, monkeypatch):
    """The cases are read after the lessons were written: those go too."""
    directory = broken_copy(
        tmp_path, "cases", "cases.toml", "\nis_public = true", "\nis_public = 1"
    )
    monkeypatch.setattr(cases_demo, "DATA", directory)
    with pytest.raises(CommandError, match=r"cases\.toml, cases nr\. 1 .*'is_public' moet true"):
        call_command("seed_demo", stdout=StringIO())
    assert not Lesson.objects.exists()
    assert not get_user_model().objects.exists()
