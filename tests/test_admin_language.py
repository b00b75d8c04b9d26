"""The secretary's admin is Dutch, in the site's "je", on every page type.

Every model of the admin, every page it has for the secretary: the list (also searched
without result), adding (also with errors), changing, deleting, the history and one
version of it, importing (the form, a preview, a preview with errors in every column, a
file without its key column, the confirmed import), exporting (also with nothing chosen),
and every action (its page, and applied). Plus the start page, changing the password and
signing in and out. Each page is checked for the English words and the formal Dutch of
tests/admin_language.py, and for inline styles, which the Content Security Policy refuses.
"""

import io
import re

import pytest
from django.contrib import admin
from django.test import RequestFactory

from cases.services import case_transition
from duurzaamdoor.admin_import_export import ImportExportAdminMixin
from duurzaamdoor.exports import FORMATS
from meetings.models import Position
from tests.admin_language import not_dutch, shown_text
from tests.factories import (
    PASSWORD,
    ActorFactory,
    AudienceFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    RelationFactory,
    SourceFactory,
    StatementFactory,
)
from tests.forms import form_fields


@pytest.fixture
def workplace(db, secretary):
    """One of everything the secretary works on, each with a history of two versions."""
    lesson = LessonFactory(
        title="Begin klein", source=SourceFactory(), audiences=[AudienceFactory()],
        pioneers=[PioneerFactory()], parties=["rijk"], themes=["bouw", "inkoop"],
    )  # fmt: skip
    lesson.title = "Begin klein met inkopen"
    lesson.save()
    case = PublicCaseFactory(status="in_onderzoek")
    case_transition(case=case, to_status="inzichten_gedeeld", actor=secretary)
    relation = RelationFactory()
    FactorFactory(ecosystem=relation.ecosystem)
    ActorFactory(ecosystem=relation.ecosystem)
    relation.ecosystem.title = "Een nieuwe titel"
    relation.ecosystem.save()
    statement = StatementFactory(meeting=MeetingFactory(title="Ronde Tafel"))
    Position.objects.create(statement=statement, participant="p1", value=4, party="rijk")
    statement.meeting.place = "Zwolle"
    statement.meeting.save()


def _secretary_admins(secretary) -> list:
    request = RequestFactory().get("/admin/")
    request.user = secretary
    return [
        model_admin
        for model_admin in admin.site._registry.values()
        if model_admin.has_view_permission(request)
    ]


def _upload(content: bytes | str, name: str = "bestand.csv") -> io.BytesIO:
    upload = io.BytesIO(content.encode() if isinstance(content, str) else content)
    upload.name = name
    return upload


def _import_pages(client, base: str, model_admin) -> dict:
    """The import form, the preview of the secretary's own export, that file confirmed, a
    file with every cell unreadable and a file without its key column."""
    resource = model_admin.get_import_resource_classes(None)[0]
    exported = FORMATS[0]().export_data(resource().export())
    good = client.post(
        f"{base}import/", {"format": "0", "resource": "0", "import_file": _upload(exported)}
    )
    headers = resource().get_export_headers()
    unreadable = ",".join(headers) + "\n" + ",".join("?" for _ in headers) + "\n"
    keyless = ",".join(headers[1:]) + "\n" + ",".join("x" for _ in headers[1:]) + "\n"
    pages = {
        "import": client.get(f"{base}import/"),
        "import preview": good,
        "import confirmed": client.post(
            f"{base}process_import/",
            {**good.context["confirm_form"].initial, "resource": "0"},
            follow=True,
        ),
    }
    for name, content in (("import errors", unreadable), ("import keyless", keyless)):
        pages[name] = client.post(
            f"{base}import/", {"format": "0", "resource": "0", "import_file": _upload(content)}
        )
    return pages


def _pages(client, model_admin, secretary) -> dict:
    opts = model_admin.model._meta
    base = f"/admin/{opts.app_label}/{opts.model_name}/"
    request = RequestFactory().get(base)
    request.user = secretary
    obj = model_admin.model._default_manager.order_by("pk").first()
    pages = {"list": client.get(base), "list, nothing found": client.get(f"{base}?q=xyzzy")}
    if model_admin.has_add_permission(request):
        add = client.get(f"{base}add/")
        pages["add"] = add
        pages["add, with errors"] = client.post(
            f"{base}add/", form_fields(add.content.decode(), f"{opts.model_name}_form")
        )
    pages["change"] = client.get(f"{base}{obj.pk}/change/")
    if model_admin.has_delete_permission(request, obj):
        pages["delete"] = client.get(f"{base}{obj.pk}/delete/")
    if hasattr(obj, "history"):
        pages["history"] = client.get(f"{base}{obj.pk}/history/")
        version = obj.history.earliest()
        pages["version"] = client.get(f"{base}{obj.pk}/history/{version.history_id}/")
    if isinstance(model_admin, ImportExportAdminMixin):
        pages["export"] = client.get(f"{base}export/")
        pages["export, nothing chosen"] = client.post(
            f"{base}export/", {"format": "0", "resource": "0"}
        )
        if getattr(model_admin, "has_import_permission", lambda request: False)(request):
            pages.update(_import_pages(client, base, model_admin))
    for action in model_admin.get_actions(request):
        chosen = {"action": action, "_selected_action": [obj.pk], "index": "0"}
        pages[f"action {action}"] = client.post(base, chosen, follow=True)
        pages[f"action {action}, applied"] = client.post(
            base, {**chosen, "apply": "1"}, follow=True
        )
    pages["action, nothing chosen"] = client.post(
        base, {"action": "delete_selected", "index": "0"}, follow=True
    )
    return pages


# Django's help text for a multiple select, wrong beside tick boxes or an autocomplete.
CTRL_HINT = "Control"
PLAIN_MULTIPLE_SELECT = re.compile(r"<select(?![^>]*admin-autocomplete)[^>]*\bmultiple\b")


def _problems(pages: dict) -> list[str]:
    problems = []
    for name, response in pages.items():
        if not response.get("Content-Type", "").startswith("text/html"):
            continue  # a file (an export, the positions of a meeting)
        html = response.content.decode()
        problems += [f"{name}: {found}" for found in not_dutch(shown_text(html))]
        if ' style="' in html:
            problems.append(f"{name}: an inline style")
        if CTRL_HINT in html and not PLAIN_MULTIPLE_SELECT.search(html):
            problems.append(f"{name}: the Ctrl hint of a multiple select beside tick boxes")
    return problems


def test_every_model_of_the_secretary_is_checked(secretary, workplace):
    names = {model_admin.model.__name__ for model_admin in _secretary_admins(secretary)}
    assert names == {
        "Lesson", "Pioneer", "Source", "Audience", "ThemeTag", "Meeting", "Statement", "Case",
        "Ecosystem", "Actor", "Factor", "Relation",
    }  # fmt: skip


@pytest.mark.parametrize(
    "model_name",
    ["Lesson", "Pioneer", "Source", "Audience", "ThemeTag", "Meeting", "Statement", "Case",
     "Ecosystem", "Actor", "Factor"],
)  # fmt: skip
def test_every_page_of_a_model_is_dutch(client, secretary, workplace, model_name):
    client.force_login(secretary)
    (model_admin,) = [
        model_admin
        for model_admin in _secretary_admins(secretary)
        if model_admin.model.__name__ == model_name
    ]
    pages = _pages(client, model_admin, secretary)
    assert [name for name, response in pages.items() if response.status_code >= 500] == []
    problems = _problems(pages)
    assert problems == [], "\n".join(problems)


def test_the_start_page_password_and_signing_in_and_out_are_dutch(client, secretary, workplace):
    client.force_login(secretary)
    pages = {
        "start page": client.get("/admin/"),
        "password": client.get("/admin/password_change/"),
        "password, with errors": client.post(
            "/admin/password_change/",
            {"old_password": "fout", "new_password1": "1234", "new_password2": "5678"},
        ),
        "password, changed": client.post(
            "/admin/password_change/",
            {"old_password": PASSWORD, "new_password1": "Bermgras-en-maaisel-7",
             "new_password2": "Bermgras-en-maaisel-7"},
            follow=True,
        ),
    }  # fmt: skip
    assert pages["password, changed"].redirect_chain, "the password was not changed"
    pages["signed out"] = client.post("/admin/logout/")
    pages["sign in"] = client.get("/admin/login/")
    pages["sign in, with errors"] = client.post(
        "/admin/login/", {"username": secretary.username, "password": "fout"}
    )
    problems = _problems(pages)
    assert problems == [], "\n".join(problems)


def test_import_export_and_history_say_what_happens(client, secretary, workplace):
    """The sentences the secretary reads at each step, in full."""
    client.force_login(secretary)
    (lessons,) = [
        model_admin
        for model_admin in _secretary_admins(secretary)
        if model_admin.model.__name__ == "Lesson"
    ]
    text = {
        name: shown_text(response.content.decode())
        for name, response in _pages(client, lessons, secretary).items()
        if response.get("Content-Type", "").startswith("text/html")
    }
    assert "Voorbeeld tonen" in text["import"]
    assert (
        "er is nog niets opgeslagen. Klopt het, klik dan op “Import bevestigen”."
        in (text["import preview"])
    )
    assert (
        "Import van lessen klaar: 0 nieuw, 0 gewijzigd, 0 verwijderd en 1 overgeslagen."
        in text["import confirmed"]
    )
    assert "Sommige regels bevatten fouten Er is niets geïmporteerd." in text["import errors"]
    assert (
        "Onbekende datum en tijd “?”; schrijf bijvoorbeeld 01-10-2026 09:00."
        in (text["import errors"])
    )
    assert "ontbreekt in de eerste regel van het bestand" in text["import keyless"]
    assert "Kies de velden die je wilt exporteren: Alles selecteren" in text["export"]
    assert "Gepubliceerd op" in text["export"]
    assert "Kies minstens één veld om te exporteren." in text["export, nothing chosen"]
    history = text["history"]
    assert "Versie Datum/tijd Soort Door Reden Wijzigingen" in history
    assert "Gewijzigd" in history and "Aangemaakt" in history
    assert "Titel: Begin klein → Begin klein met inkopen" in history
    assert "Klik onderaan op “Terugzetten”" in text["version"]
