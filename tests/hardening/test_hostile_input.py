"""Hostile input that is not an injection: control characters, broken tokens, odd hosts.

Every text field keeps out control characters, whichever way the text arrives (a public
form, the map editor, the admin, an import, a service); the outputs that are XML survive
what was stored before that rule; a token URL with a character outside the token alphabet
is not found; a disallowed Host is a bad request; an e-mail subject is always one line.
"""

import email
import xml.etree.ElementTree as ET
from email import policy
from pathlib import Path

import pytest
import tablib
from django import forms
from django.apps import apps
from django.contrib.admin.sites import site as admin_site
from django.contrib.auth.models import Group
from django.db import connection, models
from django.test import RequestFactory
from django.urls import get_resolver

from cases import emails, services
from cases.models import Case
from duurzaamdoor.converters import TokenConverter
from duurzaamdoor.mail import subject_line
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from duurzaamdoor.text import (
    MultiLineField,
    MultiLineFormField,
    SingleLineField,
    SingleLineFormField,
    clean_text,
    xml_safe,
)
from ecosystem.models import Actor
from ecosystem.resources import ActorResource
from lessons.models import Lesson, ThemeTag
from lessons.resources import LessonResource
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    LessonFactory,
    PublicCaseFactory,
    UserFactory,
)
from tests.forms import SUBMIT_URL, form_token, valid_data

ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"


# --- item 8: one rule for every text field ---------------------------------------------


@pytest.mark.parametrize(
    ("raw", "single", "multi"),
    [
        ("Bermgras\x01 blijft", "Bermgras blijft", "Bermgras blijft"),
        ("bel\x07 \x00nul\x1b[31m", "bel nul[31m", "bel nul[31m"),
        ("DEL\x7f en C1\x85\x9b", "DEL en C1", "DEL en C1"),
        ("regel 1\r\nregel 2\n\nregel 3", "regel 1 regel 2 regel 3",
         "regel 1\nregel 2\n\nregel 3"),
        ("oud\rMac-einde", "oud Mac-einde", "oud\nMac-einde"),
        ("tab\there", "tab here", "tab\there"),
        ("scheiding\u2028regel", "scheiding regel", "scheiding\u2028regel"),
        ("kapot \ud800paar\udfff", "kapot paar", "kapot paar"),
        ("geen teken\ufffe\uffff", "geen teken", "geen teken"),
        ("ë, €, 日本, 🙂", "ë, €, 日本, 🙂", "ë, €, 日本, 🙂"),
    ],
)  # fmt: skip
def test_the_rule(raw, single, multi):
    assert clean_text(raw, multiline=False) == single
    assert clean_text(raw, multiline=True) == multi
    # What was stored before keeps its line breaks as they are: XML can carry them.
    assert xml_safe(raw) == (raw if "\r" in raw else multi)
    assert clean_text(None, multiline=False) is None


def _content_models():
    for app in ("cases", "lessons", "ecosystem", "meetings"):
        for model in apps.get_app_config(app).get_models():
            if not model.__name__.startswith("Historical"):
                yield model


def test_every_text_field_of_the_content_models_follows_the_rule():
    plain = [
        f"{model.__name__}.{field.name}"
        for model in _content_models()
        for field in model._meta.concrete_fields
        if type(field) in (models.CharField, models.TextField)
    ]
    # Only identifiers that the system makes (tokens, participant ids) are no text: nobody
    # types them, and a lookup by one must match it exactly (a URL or a cookie brings them).
    assert sorted(plain) == [
        "Case.duplicate_key", "Case.status_token", "Case.submission_token",
        "Ecosystem.edit_token", "Position.participant",
    ]  # fmt: skip
    assert not any(
        model._meta.get_field(name.split(".")[1]).editable
        for model in _content_models()
        for name in plain
        if name.startswith(model.__name__ + ".")
    )
    assert isinstance(Case._meta.get_field("title"), SingleLineField)
    assert isinstance(Case._meta.get_field("bottleneck"), MultiLineField)
    assert isinstance(ThemeTag._meta.get_field("name"), SingleLineField)


def test_every_text_field_of_every_admin_form_follows_the_rule(superuser):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    plain = []
    for model, model_admin in admin_site._registry.items():
        if model._meta.app_label not in ("cases", "lessons", "ecosystem", "meetings"):
            continue
        form = model_admin.get_form(request, None)
        for name, field in form.base_fields.items():
            if type(field) is forms.CharField:
                plain.append(f"{model.__name__}.{name}")
    assert plain == []


def test_the_public_case_form_stores_clean_text(client, db, django_capture_on_commit_callbacks):
    data = valid_data(
        form_token(client),
        title="Bermgras\x01 blijft\r\nliggen\x7f",
        organisation="Provincie\x1b Drenthe",
        bottleneck="Het maaisel\x0b is afval.\r\nEn mag\x00 niet naar de verwerker.",
        contact_name="Pieter\x08 Hoekstra",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT_URL, data)
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.title == "Bermgras blijft liggen"
    assert case.slug == "bermgras-blijft-liggen"
    assert case.organisation == "Provincie Drenthe"
    assert case.bottleneck == "Het maaisel is afval.\nEn mag niet naar de verwerker."
    assert case.contact_name == "Pieter Hoekstra"


def test_a_title_of_only_control_characters_is_no_title(client, db):
    response = client.post(SUBMIT_URL, valid_data(form_token(client), title="\x01\x02\r\n\x7f"))
    assert response.status_code == 400
    assert "Geef je case een titel." in response.content.decode()
    assert not Case.objects.exists()


def test_the_map_editor_stores_clean_text(client, db):
    response = client.post(
        "/ecosystemen/nieuw/",
        {"title": "Textiel\x07 in\nTwente", "task": "Inzamelen\x01.\nEn hergebruiken.",
         "new_reality": ""},
    )  # fmt: skip
    assert response.status_code == 302
    ecosystem = EcosystemFactory._meta.model.objects.get()
    assert (ecosystem.title, ecosystem.task) == (
        "Textiel in Twente",
        "Inzamelen.\nEn hergebruiken.",
    )
    client.post(ecosystem.get_edit_url(), {
        "form": "actor", "actor-name": "Kringloop\x07 Zwolle", "actor-party": "maatschappelijk",
        "actor-kind": "nieuwe_speler", "actor-influence": "2", "actor-interest": "5",
        "actor-note": "uitleg\r\nover\x1f twee regels",
    })  # fmt: skip
    actor = Actor.objects.get()
    assert (actor.name, actor.note) == ("Kringloop Zwolle", "uitleg over twee regels")


def test_the_admin_forms_clean_text(superuser):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    lesson = LessonFactory(title="Les")
    form_class = admin_site._registry[Lesson].get_form(request, lesson)
    data = {
        "title": "Les\x01 over\r\nlef", "slug": lesson.slug, "lead": "Kort\x07.",
        "body": "A\x00\nB",
        "themes": "bouw\x01, circulair\r\ninkopen", "status": "draft", "published_at": "",
    }  # fmt: skip
    form = form_class(data, instance=lesson)
    assert form.is_valid(), form.errors
    saved = form.save()
    saved.refresh_from_db()
    assert (saved.title, saved.lead, saved.body) == ("Les over lef", "Kort.", "A\nB")
    assert sorted(saved.themes.names()) == ["bouw", "circulair inkopen"]
    # Fields that are not model fields follow the rule too.
    case_form = admin_site._registry[Case].get_form(request, PublicCaseFactory())
    assert isinstance(case_form.base_fields["public_message"], MultiLineFormField)


def test_the_import_stores_clean_text(db):
    ecosystem = EcosystemFactory(title="Import")
    data = tablib.Dataset(headers=["kaart", "name", "party", "kind", "influence", "interest"])
    data.append(
        [ecosystem.slug, "Waterschap\x07 Vechtstromen", "decentraal", "belanghebbende", 3, 3]
    )
    result = ActorResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    assert Actor.objects.get().name == "Waterschap Vechtstromen"
    # A name of nothing but control characters is an empty name: the row is refused.
    empty = tablib.Dataset(headers=data.headers)
    empty.append([ecosystem.slug, "\x01\x02", "decentraal", "belanghebbende", 3, 3])
    assert ActorResource().import_data(empty, dry_run=True).has_validation_errors()


def test_the_lesson_import_stores_clean_text_and_themes(db):
    data = tablib.Dataset(headers=["slug", "title", "lead", "body", "status", "themes"])
    data.append(
        ["import-les", "Les\x01\r\ntitel", "Lead\x1b", "Body\x00\ntekst", "draft", "bouw\x07"]
    )
    result = LessonResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    lesson = Lesson.objects.get()
    assert (lesson.title, lesson.lead, lesson.body) == ("Les titel", "Lead", "Body\ntekst")
    assert lesson.themes.names()[0] == "bouw"


def test_every_write_path_of_the_models_cleans(db):
    ecosystem = EcosystemFactory(title="Kaart\x01 met\nbreuk")
    assert ecosystem.title == "Kaart met breuk"
    ecosystem.refresh_from_db()
    assert ecosystem.title == "Kaart met breuk"
    # A lone surrogate cannot even be encoded for the database: it never gets there.
    actor = Actor(ecosystem=ecosystem, name="Half\ud800 paar", party="rijk", kind="belanghebbende")
    actor.save()
    Actor.objects.bulk_create(
        [Actor(ecosystem=ecosystem, name="Bulk\x07", party="rijk", kind="belanghebbende")]
    )
    assert sorted(Actor.objects.values_list("name", flat=True)) == ["Bulk", "Half paar"]
    Actor.objects.filter(name="Bulk").update(note="via\x01 update()")
    assert Actor.objects.get(name="Bulk").note == "via update()"
    assert ThemeTag.objects.create(name="thema\x01\nnaam").name == "thema naam"


def test_form_fields_of_forms_without_a_model_follow_the_rule():
    assert SingleLineFormField().clean(" a\x01\r\nb ") == "a b"
    assert MultiLineFormField(required=False).clean("a\x00\r\nb") == "a\nb"


# --- item 8: outputs survive what was stored before the rule ----------------------------


def _store_raw(model, pk, **values):
    """Text as stored before the rule: raw SQL, past every field (even update() cleans)."""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        for name, value in values.items():
            column = connection.ops.quote_name(model._meta.get_field(name).column)
            cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", [value, pk])  # noqa: S608


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_cases_feed_survives_a_stored_control_character(client, db, prefix):
    case = PublicCaseFactory(public_title="Gewone titel")
    # The feed shows the public title (the submitted one stays with the secretariat).
    _store_raw(
        Case, case.pk, public_title="Titel\x01 met\x0b teken", public_summary="Samen\x1fvatting"
    )
    response = client.get(f"{prefix}/feeds/praktijkcases/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Titel met teken"
    assert entry.find(f"{ATOM}summary").text == "Samenvatting"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_lessons_feed_survives_a_stored_control_character(client, db, prefix):
    lesson = LessonFactory(title="Gewone les", themes=["bouw"])
    _store_raw(Lesson, lesson.pk, title="Les\x01", lead="Lead\x02")
    _store_raw(ThemeTag, ThemeTag.objects.get(name="bouw").pk, name="bouw\x03")
    response = client.get(f"{prefix}/feeds/lessen/")
    assert response.status_code == 200
    entry = ET.fromstring(response.content).find(f"{ATOM}entry")  # noqa: S314
    assert entry.find(f"{ATOM}title").text == "Les"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == ["bouw"]


def test_the_map_svg_survives_a_stored_control_character(client, db):
    ecosystem = EcosystemFactory(title="Kaart")
    actor = ActorFactory(ecosystem=ecosystem, name="Gewone naam", party="rijk")
    _store_raw(Actor, actor.pk, name="Bel\x07 naam")
    _store_raw(type(ecosystem), ecosystem.pk, title="Kaart\x01")
    response = client.get(f"{ecosystem.get_absolute_url()}kaart.svg")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert root.find(f"{SVG}title").text == "Kaart"
    marks = [g for g in root.iter(f"{SVG}g") if g.get("class") == "kb-wheel__actor"]
    assert marks[0].find(f"{SVG}title").text.startswith("Bel naam")


# --- item 9: one converter for every token URL ------------------------------------------

TOKEN_URLS = [
    "/praktijkcases/status/{}/",
    "/praktijkcases/ingediend/{}/",
    "/en/praktijkcases/status/{}/",
    "/ecosystemen/bewerken/{}/",
    "/ecosystemen/bewerken/{}/actor/1/",
    "/ecosystemen/bewerken/{}/actor/1/verwijderen/",
]
BAD_TOKENS = ["%00", "abc%00def", "{token}%00", "%00{token}", "a%20b", "a'b", "%C3%A9", "x" * 65]


def test_every_token_url_takes_its_token_through_the_token_converter():
    def patterns(resolver):
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                yield from patterns(pattern)
            else:
                yield pattern

    tokens = [p for p in patterns(get_resolver()) if "token" in p.pattern.converters]
    assert len(tokens) >= 5
    for pattern in tokens:
        assert isinstance(pattern.pattern.converters["token"], TokenConverter), pattern


@pytest.mark.parametrize("url", TOKEN_URLS)
@pytest.mark.parametrize("bad", BAD_TOKENS)
def test_a_token_outside_the_alphabet_is_not_found(client, db, url, bad):
    case = PublicCaseFactory()
    ecosystem = EcosystemFactory(status="draft", self_service=True)
    token = case.status_token if "praktijkcases" in url else ecosystem.edit_token
    for method in (client.get, client.post):
        response = method(url.format(bad.format(token=token)))
        assert response.status_code == 404, (method, response.status_code)


def test_a_valid_token_still_works(client, db):
    case = PublicCaseFactory()
    ecosystem = EcosystemFactory(status="draft", self_service=True)
    assert client.get(case.get_status_url()).status_code == 200
    assert client.get(f"/praktijkcases/ingediend/{case.status_token}/").status_code == 200
    assert client.get(ecosystem.get_edit_url()).status_code == 200
    segment = f"{ecosystem.get_edit_url()}act%00or/1/"
    assert client.get(segment).status_code == 404


# --- item 10: a disallowed Host is a bad request ----------------------------------------


@pytest.fixture
def production_hosts(settings):
    """As in production: one allowed host, debug off, plain HTTP redirected to HTTPS."""
    settings.ALLOWED_HOSTS = ["kennisbank.example.nl"]
    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    return settings


@pytest.mark.parametrize("host", ["evil.example", "kennisbank.example.nl.evil", "a b", "[::1"])
@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/"), ("get", "/en/lessen/"), ("head", "/feeds/praktijkcases/"),
     ("get", "/bestaat-niet/"), ("get", "/admin/login/"), ("post", "/praktijkcases/indienen/"),
     ("get", "/healthz")],
)  # fmt: skip
@pytest.mark.parametrize("https", [True, False])
def test_a_disallowed_host_is_a_bad_request(
    client, db, production_hosts, host, method, path, https
):
    headers = {"HTTP_HOST": host}
    if https:
        headers["HTTP_X_FORWARDED_PROTO"] = "https"
    response = getattr(client, method)(path, **headers)
    assert response.status_code == 400
    if method != "head":
        html = response.content.decode()
        assert "Ongeldig verzoek" in html or ("Bad request" in html and "/en/" in path)
        assert host not in html


def test_an_allowed_host_still_gets_its_alternates(client, db, production_hosts):
    response = client.get("/", HTTP_HOST="kennisbank.example.nl", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<link rel="alternate" hreflang="en" href="https://kennisbank.example.nl/en/">' in html


# --- item 11: an e-mail subject is always one line --------------------------------------


def _received(server) -> dict[str, object]:
    """Recipient -> the parsed message, and every raw Subject header as it arrived."""
    mails = {}
    for message in server.messages:
        parsed = email.message_from_bytes(message.data, policy=policy.default)
        for recipient in message.recipients:
            mails[recipient] = parsed
    return mails


def _one_line(parsed) -> str:
    subject = str(parsed["Subject"])
    assert "\n" not in subject and "\r" not in subject
    assert len(parsed.get_all("Subject")) == 1
    return subject


def test_a_title_with_line_breaks_still_gets_every_mail_with_a_one_line_subject(
    client, db, smtp, django_capture_on_commit_callbacks
):
    secretary = UserFactory(username="sec", email="sec@example.org", is_staff=True)
    Group.objects.get(name=SECRETARIAT_GROUP).user_set.add(secretary)
    data = valid_data(form_token(client), title="Bermgras\r\nblijft\nliggen\r\nBcc: x@evil")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(SUBMIT_URL, data).status_code == 302
    mails = _received(smtp)
    assert sorted(mails) == ["pieter@example.org", "sec@example.org"]
    subject = "Je praktijkcase is ontvangen: Bermgras blijft liggen Bcc: x@evil"
    assert _one_line(mails["pieter@example.org"]) == subject
    assert _one_line(mails["sec@example.org"]).startswith("Nieuwe praktijkcase: Bermgras")
    assert all(m["Bcc"] is None for m in mails.values())
    assert all(r.recipients != ["x@evil"] for r in smtp.messages)

    # Later status mails arrive too.
    case = Case.objects.get()
    smtp.messages.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_transition(case=case, to_status="in_behandeling", public_message="Ja.")
    subjects = [_one_line(m) for m in _received(smtp).values()]
    assert subjects == ["Nieuws over je praktijkcase: Bermgras blijft liggen Bcc: x@evil"]

    # Also for a case whose title was stored with a line break, before the input rule.
    _store_raw(Case, case.pk, title="Oude\r\ntitel\x01 met breuk")
    smtp.messages.clear()
    emails.send_status_update(Case.objects.get(), case.events.latest("created_at"))
    subjects = [_one_line(m) for m in _received(smtp).values()]
    assert subjects == ["Nieuws over je praktijkcase: Oude titel met breuk"]


@pytest.mark.parametrize(
    ("raw", "subject"),
    [("a\r\nb", "a b"), ("a\nBcc: x@y", "a Bcc: x@y"), ("  a \x01\t b  ", "a b"),
     ("\u2028a\u2029", "a"), ("x" * 500, "x" * 199 + "…")],
)  # fmt: skip
def test_subject_line(raw, subject):
    assert subject_line(raw) == subject


def test_every_mail_of_the_product_goes_through_the_one_sender():
    root = Path(__file__).resolve().parents[2]
    senders = []
    for path in root.glob("*/**/*.py"):
        parts = path.relative_to(root).parts
        if parts[0] in (".venv", "tests", "scripts") or "migrations" in parts:
            continue
        text = path.read_text()
        for needle in ("send_mail(", "EmailMessage(", "send_mass_mail(", "mail_admins("):
            if needle in text and path.name != "mail.py":
                senders.append(f"{path.relative_to(root)}: {needle}")
    assert senders == []


# --- item 16: admin exports and unknown query parameters --------------------------------


def _export_urls() -> list[str]:
    from django.urls import NoReverseMatch, reverse

    urls = []
    for model in admin_site._registry:
        try:
            urls.append(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_export"))
        except NoReverseMatch:
            continue
    return sorted(urls)


UNKNOWN_PARAMETERS = [
    "?foo=1", "?utm_source=nieuwsbrief", "?id__gt=abc", "?pk__in=a,b", "?title__regex=(",
    "?name__iregex=[", "?status__exact=x&onbekend=%00", "?o=99", "?p=x", "?e=1",
    "?_changelist_filters=a%3Db",
]  # fmt: skip


def test_every_export_of_the_admin_is_tested():
    assert len(_export_urls()) >= 7


@pytest.mark.parametrize("url", _export_urls())
def test_an_export_ignores_parameters_that_are_no_filter_of_its_list(client, superuser, url):
    LessonFactory(title="Les")
    EcosystemFactory()
    PublicCaseFactory()
    client.force_login(superuser)
    for query in UNKNOWN_PARAMETERS:
        assert client.get(url + query).status_code == 200, query
        response = client.post(url + query, {"format": "0", "resource": "0"})
        assert response.status_code == 200, query


def test_an_export_still_applies_the_filters_of_its_list(client, superuser):
    LessonFactory(title="Gepubliceerde les")
    LessonFactory(title="Concept", status="draft", published_at=None)
    client.force_login(superuser)
    fields = {"format": "0", "resource": "0", "lessonresource_title": "on"}
    response = client.post("/admin/lessons/lesson/export/?status__exact=draft&foo=1", fields)
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert "Concept" in text and "Gepubliceerde les" not in text
    # With a parameter that is no filter (even one the database would refuse): everything.
    response = client.post("/admin/lessons/lesson/export/?title__regex=(", fields)
    assert "Concept" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/admin/lessons/lesson/export/?audiences__id__exact=abc",
     "/admin/lessons/lesson/export/?published_at__gte=geen-datum",
     "/admin/lessons/source/export/?date__year=abc",
     "/admin/ecosystem/actor/export/?ecosystem__id__exact=abc",
     "/admin/cases/case/export/?submitted_at__lt=morgen"],
)  # fmt: skip
def test_a_filter_of_the_list_with_an_impossible_value_is_a_bad_request(client, superuser, url):
    from tests.factories import AudienceFactory

    AudienceFactory()
    ActorFactory(), ActorFactory()  # two maps: the lists show their filters
    client.force_login(superuser)
    for response in (client.get(url), client.post(url, {"format": "0", "resource": "0"})):
        assert response.status_code == 400
        html = response.content.decode()
        assert "Er is niets geëxporteerd." in html
        assert 'href="/admin/' in html


def test_the_positions_export_of_meetings_is_no_server_error_either(client, superuser):
    from tests.factories import StatementFactory

    meeting = StatementFactory().meeting
    client.force_login(superuser)
    data = {"action": "export_positions", "_selected_action": [meeting.pk]}
    response = client.post("/admin/meetings/meeting/?foo=1", data)
    assert response.status_code == 302  # Django's changelist: to its error page
    response = client.post("/admin/meetings/meeting/", data)
    assert response["Content-Type"].startswith("text/csv")
