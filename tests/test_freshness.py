"""No visitor ever gets a stale page, whatever wrote the change; and writes nobody sees
leave every cached page in place.

The oracle: after a write, what an anonymous visitor is served (from the cache where it can
be) is exactly what a fresh render with an empty cache gives.
"""

import datetime
import functools
import io
import re

import pytest
from django.contrib import admin
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import timezone, translation

from cases.models import Case
from duurzaamdoor import table_versions
from duurzaamdoor.models import TableVersion
from ecosystem.models import Actor, Ecosystem, Factor
from lessons.models import Lesson, Source, ThemeTag
from meetings.models import Position, Statement
from meetings.services import position_record
from tests.factories import (
    ActorFactory,
    AudienceFactory,
    EcosystemFactory,
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

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    """Something of every public type, linked both ways, plus things nobody may see."""
    source = SourceFactory(title="Versnellen in Transitie")
    pioneer = PioneerFactory(name="Sanne Voorloper", may_publish=True)
    audience = AudienceFactory(name="Inkopers", slug="inkopers")
    lesson = LessonFactory(
        title="Begin bij de inkoopkalender", themes=["bouw", "inkoop"], audiences=[audience],
        parties=["rijk"], pioneers=[pioneer], source=source,
    )  # fmt: skip
    LessonFactory(title="Verwante bouwles", themes=["bouw"], source=source)
    draft = LessonFactory(title="Nog geheime les", status="draft", published_at=None)
    case = PublicCaseFactory(title="Vastgelopen beton", parties=["decentraal"])
    PublicCaseFactory(title="Nog een openbare case")  # the cases feed is never empty
    case.lessons.add(lesson)
    ecosystem = EcosystemFactory(title="Betonketen", case=case)
    first, second = ActorFactory(ecosystem=ecosystem), ActorFactory(ecosystem=ecosystem)
    relation = RelationFactory(ecosystem=ecosystem, source=first, target=second)
    FactorFactory(ecosystem=ecosystem, name="Afvalstatus")
    meeting = MeetingFactory(title="Ronde Tafel beton")
    meeting.lessons.add(lesson)
    meeting.cases.add(case)
    statement = StatementFactory(meeting=meeting, text="Beton is een grondstof.", is_open=True)
    position_record(statement=statement, participant="p1", value=4, party="rijk")
    statement.is_open = False
    statement.save()
    hidden_map = EcosystemFactory(title="Zelfgemaakte kaart", status="draft", self_service=True)
    return {
        "lesson": lesson, "draft": draft, "case": case, "ecosystem": ecosystem,
        "actor": first, "meeting": meeting, "statement": statement, "source": source,
        "pioneer": pioneer, "audience": audience, "hidden_map": hidden_map,
        "relation": relation,
    }  # fmt: skip


def public_pages(world) -> list[str]:
    with translation.override("nl"):
        return _public_pages(world)


def _public_pages(world) -> list[str]:
    return [
        "/", "/lessen/", "/lessen/?thema=bouw", "/lessen/?q=inkoopkalender",
        world["lesson"].get_absolute_url(), "/voorlopers/", world["pioneer"].get_absolute_url(),
        "/bronnen/", world["source"].get_absolute_url(), "/praktijkcases/",
        world["case"].get_absolute_url(),
        "/ecosystemen/", world["ecosystem"].get_absolute_url(), "/bijeenkomsten/",
        world["meeting"].get_absolute_url(), "/zoeken/?q=beton", "/feeds/lessen/",
        "/feeds/praktijkcases/", "/sitemap.xml", "/sitemap-lessons.xml", "/en/lessen/",
    ]  # fmt: skip


CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def visit(pages: list[str]) -> dict[str, tuple[int, bytes, str]]:
    """Status, content (a form's one-time token left out) and cache status of each page."""
    visitor = Client()
    seen = {}
    for page in pages:
        response = visitor.get(page)
        content = CSRF_TOKEN.sub(b'name="csrfmiddlewaretoken"', response.content)
        seen[page] = (response.status_code, content, response.get("X-Cache", ""))
    return seen


def served_against_fresh(pages: list[str]) -> tuple[dict, dict]:
    served = visit(pages)
    cache.clear()
    fresh = visit(pages)
    return served, fresh


# --- submitting admin forms as a browser would -----------------------------------------


def change_form(client: Client, url: str, **changes) -> dict:
    model = url.strip("/").split("/")[2]
    data = form_fields(client.get(url).content.decode(), f"{model}_form")
    data.update(
        {name: value if isinstance(value, list) else [value] for name, value in changes.items()}
    )
    return data


def save(client: Client, obj, **changes) -> None:
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    response = client.post(url, change_form(client, url, **changes))
    assert response.status_code == 302, response.context and response.context["adminform"].errors


def action(client: Client, obj, name: str, **extra) -> None:
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/"
    data = {"action": name, "_selected_action": [obj.pk], **extra}
    response = client.post(url, data)
    assert response.status_code in (200, 302)


# --- every way the secretary writes ---------------------------------------------------


def _import(client, model: str, csv: str) -> None:
    """An import through the admin: upload, preview, confirm."""
    upload = io.BytesIO(csv.encode())
    upload.name = f"{model}.csv"
    base = f"/admin/{model}/"
    preview = client.post(f"{base}import/", {"format": "0", "import_file": upload, "resource": "0"})
    confirm = preview.context["confirm_form"]
    client.post(f"{base}process_import/", {**confirm.initial, "resource": "0"})


def _import_lesson(client, world):
    _import(client, "lessons/lesson",
            "slug,title,lead,body,status,published_at,source,themes,audiences,parties,pioneers\n"
            "geimporteerd,Geïmporteerde bouwles,Uit een bestand.,Tekst.,published,"
            "2026-05-01 09:00:00,,bouw,,,\n")  # fmt: skip
    assert Lesson.objects.filter(slug="geimporteerd").exists()


def _import_actor(client, world):
    header = "kaart,name,party,kind,contributes,strengthen,influence,interest,note"
    row = f"{world['ecosystem'].slug},Geïmporteerde actor,burgers,nieuwe_speler,1,0,4,4,"
    _import(client, "ecosystem/actor", f"{header}\n{row}\n")
    assert Actor.objects.filter(name="Geïmporteerde actor").exists()


def _merge_themes(client, world):
    themes = ThemeTag.objects.filter(name__in=["bouw", "inkoop"])
    target = themes.get(name="bouw")
    client.post("/admin/lessons/themetag/", {
        "action": "merge", "_selected_action": [t.pk for t in themes], "apply": "1",
        "target": target.pk,
    })  # fmt: skip
    assert not ThemeTag.objects.filter(name="inkoop").exists()


def _delete(model_of: str):
    def run(client, world):
        obj = world.get(model_of)
        if model_of == "factor":
            obj = Factor.objects.get(name="Afvalstatus")
        if model_of == "theme":
            obj = ThemeTag.objects.get(name="inkoop")
        action(client, obj, "delete_selected", post="yes")
        assert not type(obj).objects.filter(pk=obj.pk).exists()

    return run


def _transition(client, world, *, status: str):
    action(client, world["case"], f"to_{status}", apply="1", public_message="Er is nieuws.")
    world["case"].refresh_from_db()
    assert world["case"].status == status


def _void_positions(client, world):
    """The secretary voids the positions taken around now (the world's one position)."""
    now = timezone.localtime()
    window = {
        "start": (now - datetime.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M"),
        "end": (now + datetime.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M"),
    }
    action(client, world["statement"], "void_positions", apply="void", **window)
    assert not Position.objects.counted().filter(statement=world["statement"]).exists()


# Where a write needs a state the world does not start in (set up before the first visit).
PREVIOUS_STATUS = {
    "in_behandeling": "ingediend", "in_onderzoek": "in_behandeling",
    "inzichten_gedeeld": "in_onderzoek", "afgerond": "inzichten_gedeeld",
    "afgewezen": "ingediend",
}  # fmt: skip


def _set_status(world, *, status: str) -> None:
    Case.objects.filter(pk=world["case"].pk).update(status=status)


PREPARE = {
    **{
        ("cases.Case", f"to_{status}"): functools.partial(_set_status, status=previous)
        for status, previous in PREVIOUS_STATUS.items()
    },
    ("meetings.Statement", "close_statements"): lambda w: Statement.objects.filter(
        pk=w["statement"].pk
    ).update(is_open=True),
}


WRITES = {
    # (model label, action or form): what the secretary does
    ("lessons.Lesson", "change form"): lambda c, w: save(c, w["lesson"], title="Nieuwe titel"),
    ("lessons.Lesson", "publish"): lambda c, w: action(c, w["draft"], "publish"),
    ("lessons.Lesson", "unpublish"): lambda c, w: action(c, w["lesson"], "unpublish"),
    ("lessons.Lesson", "delete_selected"): _delete("lesson"),
    ("lessons.Lesson", "import"): _import_lesson,
    ("lessons.Pioneer", "change form"): lambda c, w: save(c, w["pioneer"], name="Sanne Nieuw"),
    ("lessons.Pioneer", "delete_selected"): _delete("pioneer"),
    ("lessons.Source", "change form"): lambda c, w: save(c, w["source"], title="Nieuwe bron"),
    ("lessons.Source", "delete_selected"): _delete("source"),
    ("lessons.Audience", "change form"): lambda c, w: save(c, w["audience"], name="Kopers"),
    ("lessons.Audience", "delete_selected"): _delete("audience"),
    ("lessons.ThemeTag", "change form"): lambda c, w: save(
        c, ThemeTag.objects.get(name="bouw"), name="bouwen"
    ),
    ("lessons.ThemeTag", "merge"): _merge_themes,
    ("lessons.ThemeTag", "delete_selected"): _delete("theme"),
    ("meetings.Meeting", "change form"): lambda c, w: save(c, w["meeting"], title="Nieuwe tafel"),
    ("meetings.Meeting", "unpublish"): lambda c, w: save(c, w["meeting"], is_published=[]),
    ("meetings.Meeting", "delete_selected"): _delete("meeting"),
    ("meetings.Meeting", "export_positions"): lambda c, w: action(
        c, w["meeting"], "export_positions"
    ),
    ("meetings.Meeting", "export_positions_xlsx"): lambda c, w: action(
        c, w["meeting"], "export_positions_xlsx"
    ),
    ("meetings.Statement", "open_statements"): lambda c, w: action(
        c, w["statement"], "open_statements"
    ),
    ("meetings.Statement", "close_statements"): lambda c, w: action(
        c, w["statement"], "close_statements"
    ),
    ("meetings.Statement", "delete_selected"): _delete("statement"),
    ("meetings.Statement", "void_positions"): _void_positions,
    ("cases.Case", "change form"): lambda c, w: save(
        c, w["case"], public_summary="Een nieuwe samenvatting over beton."
    ),
    ("cases.Case", "unpublish"): lambda c, w: save(c, w["case"], is_public=[]),
    **{
        ("cases.Case", f"to_{status}"): functools.partial(_transition, status=status)
        for status in (
            "in_behandeling",
            "in_onderzoek",
            "inzichten_gedeeld",
            "afgerond",
            "afgewezen",
        )
    },
    ("cases.Case", "remove_personal_data"): lambda c, w: action(
        c, w["case"], "remove_personal_data", apply="1"
    ),
    ("cases.Case", "delete_selected"): _delete("case"),
    ("ecosystem.Ecosystem", "change form"): lambda c, w: save(
        c, w["ecosystem"], title="Nieuwe keten"
    ),
    ("ecosystem.Ecosystem", "publish"): lambda c, w: action(c, w["hidden_map"], "publish"),
    ("ecosystem.Ecosystem", "unpublish"): lambda c, w: action(c, w["ecosystem"], "unpublish"),
    ("ecosystem.Ecosystem", "delete_selected"): _delete("ecosystem"),
    ("ecosystem.Actor", "change form"): lambda c, w: save(c, w["actor"], name="Andere actor"),
    ("ecosystem.Actor", "import"): _import_actor,
    ("ecosystem.Actor", "delete_selected"): _delete("actor"),
    ("ecosystem.Factor", "delete_selected"): _delete("factor"),
    ("ecosystem.Relation", "change form"): lambda c, w: save(c, w["relation"], kind="spanning"),
    ("ecosystem.Relation", "delete_selected"): _delete("relation"),
}


def test_every_admin_action_on_public_content_is_tried_here(superuser):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    watched = table_versions.watched()
    actions = {
        (model._meta.label, name)
        for model, model_admin in admin.site._registry.items()
        if model._meta.db_table in watched
        for name in model_admin.get_actions(request)
    }
    assert actions - set(WRITES) == set()


@pytest.mark.parametrize("write", list(WRITES), ids=[f"{m}:{a}" for m, a in WRITES])
def test_after_every_admin_write_visitors_get_what_a_fresh_render_gives(world, superuser, write):
    if write in PREPARE:
        PREPARE[write](world)
    pages = public_pages(world)
    before = visit(pages)
    # Pages with a form (an open statement) are rendered for each visitor; the rest is shared.
    assert visit(pages) == {
        page: (*seen[:2], "miss" if b"csrfmiddlewaretoken" in seen[1] else "hit")
        for page, seen in before.items()
    }
    secretary = Client()
    secretary.force_login(superuser)
    WRITES[write](secretary, world)
    served, fresh = served_against_fresh(pages)
    stale = [page for page in pages if served[page][:2] != fresh[page][:2]]
    assert stale == []
    if write[1] not in ("export_positions", "export_positions_xlsx"):  # reads: nothing changes
        changed = [page for page in pages if fresh[page][:2] != before[page][:2]]
        assert changed, "the write changed no page; it does not test anything"


# --- writes in code, none of which remembers anything -------------------------------------


def _update(world):
    Lesson.objects.filter(pk=world["lesson"].pk).update(title="Bijgewerkt via update()")


def _bulk_update(world):
    lesson = world["lesson"]
    lesson.title = "Bijgewerkt via bulk_update()"
    Lesson.objects.bulk_update([lesson], ["title"])


def _bulk_create(world):
    Lesson.objects.bulk_create([Lesson(
        title="Nieuw via bulk_create()", slug="bulk-nieuw", lead="Nieuw.", status="published",
        published_at=world["lesson"].published_at,
    )])  # fmt: skip


def _through_bulk_create(world):
    through = Lesson.audiences.through
    through.objects.bulk_create(
        [through(lesson=world["lesson"], audience=AudienceFactory(name="Bestuurders"))]
    )


def _raw_sql(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE ecosystem_actor SET name = %s WHERE id = %s", ["Ruwe SQL", world["actor"].pk]
        )


def _queryset_delete(world):
    Source.objects.filter(pk=world["source"].pk).delete()


@pytest.mark.parametrize(
    "write", [_update, _bulk_update, _bulk_create, _through_bulk_create, _raw_sql, _queryset_delete]
)
def test_writes_that_send_no_signals_still_show_at_once(world, write):
    pages = public_pages(world)
    before = visit(pages)
    write(world)
    served, fresh = served_against_fresh(pages)
    assert [page for page in pages if served[page][:2] != fresh[page][:2]] == []
    assert any(fresh[page][:2] != before[page][:2] for page in pages)


# --- writes nobody sees -----------------------------------------------------------------


def test_drafts_submissions_and_votes_leave_every_public_page_in_the_cache(world):
    open_statement = StatementFactory(meeting=MeetingFactory(title="Volgende tafel"), is_open=True)
    pages = public_pages(world)
    visit(pages)
    versions = dict(TableVersion.objects.values_list("name", "version"))

    team = Client()
    created = team.post("/ecosystemen/nieuw/", {"title": "Onze kaart", "task": "Textiel."})
    edit_url = created["Location"]
    team.post(edit_url, {
        "form": "actor", "actor-name": "Kringloop", "actor-party": "ondernemers",
        "actor-kind": "belanghebbende", "actor-influence": "3", "actor-interest": "4",
        "actor-note": "",
    })  # fmt: skip
    team.post(edit_url, {
        "form": "factor", "factor-name": "Subsidie", "factor-kind": "financiering",
        "factor-effect": "helpt", "factor-weight": "2", "factor-note": "",
    })  # fmt: skip
    submitter = Client()
    token = submitter.get("/praktijkcases/indienen/").context["form_token"]
    submitted = submitter.post("/praktijkcases/indienen/", {
        "form_token": token, "title": "Geheime case", "transition_task": "Textiel",
        "region": "utrecht", "organisation": "Gemeente Utrecht", "bottleneck": "Vast.",
        "help_wanted": "Hulp.", "parties": ["burgers"], "contact_name": "Iemand Anders",
        "contact_email": "iemand@example.org", "consent": "on", "website": "",
        "ecosystem_link": f"https://kennisbank.example.nl{edit_url}",
    })  # fmt: skip
    assert submitted.status_code == 302
    voter = Client()
    meeting = open_statement.meeting
    voter.post(
        f"/bijeenkomsten/{meeting.slug}/stellingen/{open_statement.pk}/positie/",
        {"value": 5, "party": "burgers"},
    )
    assert open_statement.positions.count() == 1
    ecosystem = Ecosystem.objects.get(title="Onze kaart")
    assert ecosystem.actors.count() == 1 and ecosystem.case.title == "Geheime case"

    assert dict(TableVersion.objects.values_list("name", "version")) == versions
    again = visit(pages)
    assert {page: seen[2] for page, seen in again.items()} == {page: "hit" for page in pages}


def test_the_admin_counts_a_new_submission_at_once(world, superuser, client):
    client.force_login(superuser)
    assert "2 praktijkcases" in client.get("/admin/cases/case/").content.decode()
    PublicCaseFactory(is_public=False, status="ingediend")
    assert "3 praktijkcases" in client.get("/admin/cases/case/").content.decode()
