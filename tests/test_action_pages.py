"""Admin actions with a page of their own: a refused attempt loses nothing.

Rejecting cases, merging themes and voiding positions each ask for more on a page of their
own. When what was filled in is refused, the same page comes back: the same selection,
what was typed, and one Dutch error next to the field; sending it again, corrected, works.
"""

import datetime
import re

import pytest
from django.utils import timezone

from cases.models import Case
from lessons.models import ThemeTag
from meetings.models import Position
from tests.factories import CaseFactory, LessonFactory, StatementFactory
from tests.forms import admin_action_form as action_form


def errors(html: str) -> list[str]:
    """The error lines on the page: field errors and the admin's messages."""
    field_errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    lines = [re.sub(r"<[^>]+>", "", item).strip() for block in field_errors for item in
             re.findall(r"<li>(.*?)</li>", block, re.S)]  # fmt: skip
    lines += re.findall(r'<li class="error">(.*?)</li>', html, re.S)
    return lines


def test_rejecting_without_a_reason_keeps_the_selection_and_says_so_once(client, secretary):
    cases = [CaseFactory(title=f"Vraag {n}") for n in range(3)]
    CaseFactory(title="Niet gekozen")
    client.force_login(secretary)
    chosen = {"action": "to_afgewezen", "_selected_action": [case.pk for case in cases]}
    page = client.post("/admin/cases/case/", chosen).content.decode()
    assert "Reden voor de indiener (verplicht)" in page

    sent = {**action_form(page), "public_message": ["   "]}
    response = client.post("/admin/cases/case/", sent)

    assert response.status_code == 200  # the page again, not the list
    html = response.content.decode()
    assert errors(html) == ["Geef een reden; de indiener ziet die."]
    again = action_form(html)
    assert sorted(again["_selected_action"]) == sorted(str(case.pk) for case in cases)
    assert again["action"] == ["to_afgewezen"]
    assert set(Case.objects.values_list("status", flat=True)) == {"ingediend"}

    # Corrected on the page that came back, it goes through for the three cases chosen.
    again["public_message"] = ["De tafel heeft dit jaar geen ruimte."]
    response = client.post("/admin/cases/case/", again, follow=True)
    assert "3 cases gewijzigd." in response.content.decode()
    assert sorted(Case.objects.filter(status="afgewezen").values_list("title", flat=True)) == [
        "Vraag 0", "Vraag 1", "Vraag 2",
    ]  # fmt: skip
    assert Case.objects.get(title="Niet gekozen").status == "ingediend"


def test_merging_without_a_theme_that_stays_keeps_the_themes_chosen(client, secretary):
    LessonFactory(themes=["bouw", "inkoop"])
    LessonFactory(themes=["bouw"])
    LessonFactory(themes=["textiel"])
    themes = ThemeTag.objects.filter(name__in=["bouw", "inkoop"])
    client.force_login(secretary)
    chosen = {"action": "merge", "_selected_action": [theme.pk for theme in themes]}
    page = client.post("/admin/lessons/themetag/", chosen).content.decode()
    assert "bouw (2 lessen)" in page and "inkoop (1 les)" in page

    # A theme that is not among the chosen ones (here: the third) is refused, as is none.
    textiel = ThemeTag.objects.get(name="textiel")
    for target in ([str(textiel.pk)], []):
        sent = {**action_form(page), "target": target}
        response = client.post("/admin/lessons/themetag/", sent)
        assert response.status_code == 200
        html = response.content.decode()
        assert len(errors(html)) == 1
        assert errors(html)[0].startswith("Kies het thema dat overblijft")
        assert sorted(action_form(html)["_selected_action"]) == sorted(
            str(theme.pk) for theme in themes
        )
    assert ThemeTag.objects.count() == 3

    inkoop = themes.get(name="inkoop")
    response = client.post(
        "/admin/lessons/themetag/", {**action_form(html), "target": [inkoop.pk]}, follow=True
    )
    assert "Samengevoegd in “inkoop”; 2 lessen verhuisd." in response.content.decode()
    assert sorted(ThemeTag.objects.values_list("name", flat=True)) == ["inkoop", "textiel"]


@pytest.fixture
def statement(db):
    statement = StatementFactory(is_open=True)
    taken = timezone.now() - datetime.timedelta(minutes=5)
    for number in range(3):
        position = Position.objects.create(
            statement=statement, participant=f"{number:032d}", value=3
        )
        Position.objects.filter(pk=position.pk).update(created_at=taken, updated_at=taken)
    return statement


def test_voiding_without_an_end_keeps_the_start_that_was_typed(client, secretary, statement):
    client.force_login(secretary)
    chosen = {"action": "void_positions", "_selected_action": [statement.pk]}
    page = client.post("/admin/meetings/statement/", chosen).content.decode()
    start = timezone.localtime(timezone.now() - datetime.timedelta(minutes=6))
    typed = start.strftime("%Y-%m-%dT%H:%M")
    sent = {**action_form(page), "start": [typed], "end": [""], "apply": ["void"]}

    response = client.post("/admin/meetings/statement/", sent)

    assert response.status_code == 200
    html = response.content.decode()
    assert errors(html) == ["Kies de laatste minuut van het tijdvak."]
    again = action_form(html)
    assert again["start"] == [typed]
    assert again["_selected_action"] == [str(statement.pk)]
    assert not Position.objects.filter(voided_at__isnull=False).exists()

    again["end"] = [timezone.localtime(timezone.now()).strftime("%Y-%m-%dT%H:%M")]
    response = client.post("/admin/meetings/statement/", {**again, "apply": ["void"]})
    assert response.status_code == 302
    assert Position.objects.filter(voided_at__isnull=False).count() == 3
