"""Who may see what: every URL of the project, for four kinds of visitor.

The list of URLs comes from the URL configuration itself. A new page without a line in
SAMPLES below makes this test fail, so that nobody forgets to decide who may see it.
"""

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.factories import (
    ActorFactory,
    CaseFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    SourceFactory,
    StatementFactory,
    UserFactory,
)

ROLES = ["anonymous", "outsider", "secretary", "superuser"]
EVERYONE = dict.fromkeys(ROLES, 200)
STAFF_ONLY = {"anonymous": 404, "outsider": 404, "secretary": 200, "superuser": 200}
NOBODY = dict.fromkeys(ROLES, 404)
NOT_GET = dict.fromkeys(ROLES, 405)
REDIRECT = dict.fromkeys(ROLES, 302)


def public_url_names() -> list[str]:
    """Every named URL outside the admin, as "namespace:name"."""
    names = []

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.append(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns)
    return sorted(set(names))


@pytest.fixture
def world(db):
    """One visible and one hidden example of everything that has its own page."""
    lesson = LessonFactory(title="Zichtbare les")
    draft = LessonFactory(title="Conceptles", status="draft", published_at=None)
    pioneer, shy = (
        PioneerFactory(name="Zichtbaar"),
        PioneerFactory(name="Verborgen", may_publish=False),
    )
    public_case, private_case = PublicCaseFactory(), CaseFactory()
    ecosystem, draft_map = EcosystemFactory(), EcosystemFactory(status="draft")
    actor = ActorFactory(ecosystem=ecosystem)
    # Only self-service maps have an edit link; a published one's link is read-only.
    own_map = EcosystemFactory(status="draft", self_service=True)
    own_actor = ActorFactory(ecosystem=own_map)
    own_published = EcosystemFactory(self_service=True)
    published_actor = ActorFactory(ecosystem=own_published)
    meeting, hidden_meeting = MeetingFactory(), MeetingFactory(is_published=False)
    statement = StatementFactory(meeting=meeting)
    source = SourceFactory()
    return locals()


def map_item(map_name: str, actor_name: str):
    """The kwargs of an actor's page behind a map's edit link."""
    return lambda w: {
        "token": w[map_name].edit_token, "segment": "actor", "pk": w[actor_name].pk,
    }  # fmt: skip


# For each URL: (kwargs or a function of the world giving them, expected status per role).
SAMPLES = {
    "home": [({}, EVERYONE)],
    "search": [({}, EVERYONE)],
    "accessibility": [({}, EVERYONE)],
    "privacy": [({}, EVERYONE)],
    "healthz": [({}, EVERYONE)],
    "robots": [({}, EVERYONE)],
    "sitemap": [({}, EVERYONE)],
    "sitemap-section": [({"section": "lessons"}, EVERYONE), ({"section": "nee"}, NOBODY)],
    "lessons-feed": [({}, EVERYONE)],
    "cases-feed": [({}, EVERYONE)],
    "lessons:list": [({}, EVERYONE)],
    "lessons:detail": [
        (lambda w: {"slug": w["lesson"].slug}, EVERYONE),
        (lambda w: {"slug": w["draft"].slug}, STAFF_ONLY),
        ({"slug": "bestaat-niet"}, NOBODY),
    ],
    "lessons:pioneers": [({}, EVERYONE)],
    "lessons:sources": [({}, EVERYONE)],
    "lessons:pioneer": [
        (lambda w: {"slug": w["pioneer"].slug}, EVERYONE),
        (lambda w: {"slug": w["shy"].slug}, STAFF_ONLY),
    ],
    "lessons:source": [(lambda w: {"slug": w["source"].slug}, EVERYONE), ({"slug": "nee"}, NOBODY)],
    "meetings:list": [({}, EVERYONE)],
    "meetings:detail": [
        (lambda w: {"slug": w["meeting"].slug}, EVERYONE),
        (lambda w: {"slug": w["hidden_meeting"].slug}, STAFF_ONLY),
    ],
    "meetings:live": [
        (lambda w: {"slug": w["meeting"].slug}, EVERYONE),
        (lambda w: {"slug": w["hidden_meeting"].slug}, STAFF_ONLY),
    ],
    "meetings:vote": [
        (lambda w: {"slug": w["meeting"].slug, "statement_id": w["statement"].pk}, NOT_GET),
    ],
    "cases:list": [({}, EVERYONE)],
    "cases:submit": [({}, EVERYONE)],
    "cases:detail": [
        (lambda w: {"slug": w["public_case"].slug}, EVERYONE),
        (lambda w: {"slug": w["private_case"].slug}, STAFF_ONLY),
    ],
    # The private links: the token is the key, for everyone alike; a wrong one shows nothing.
    "cases:status": [
        (lambda w: {"token": w["private_case"].status_token}, EVERYONE),
        ({"token": "raden-lukt-niet"}, NOBODY),
    ],
    "cases:submitted": [
        (lambda w: {"token": w["private_case"].status_token}, EVERYONE),
        ({"token": "raden-lukt-niet"}, NOBODY),
    ],
    "ecosystem:list": [({}, EVERYONE)],
    "ecosystem:new": [({}, EVERYONE)],
    "ecosystem:detail": [
        (lambda w: {"slug": w["ecosystem"].slug}, EVERYONE),
        (lambda w: {"slug": w["draft_map"].slug}, STAFF_ONLY),
    ],
    "ecosystem:export-csv": [
        (lambda w: {"slug": w["ecosystem"].slug}, EVERYONE),
        (lambda w: {"slug": w["draft_map"].slug}, STAFF_ONLY),
    ],
    "ecosystem:export-json": [
        (lambda w: {"slug": w["ecosystem"].slug}, EVERYONE),
        (lambda w: {"slug": w["draft_map"].slug}, STAFF_ONLY),
    ],
    "ecosystem:export-svg": [
        (lambda w: {"slug": w["ecosystem"].slug}, EVERYONE),
        (lambda w: {"slug": w["draft_map"].slug}, STAFF_ONLY),
    ],
    "ecosystem:edit": [
        (lambda w: {"token": w["own_map"].edit_token}, EVERYONE),
        (lambda w: {"token": w["own_published"].edit_token}, EVERYONE),
        ({"token": "raden-lukt-niet"}, NOBODY),
    ],
    "ecosystem:edit-item": [
        (map_item("own_map", "own_actor"), EVERYONE),
        # Published: nothing to change through the link, back to the read-only map.
        (map_item("own_published", "published_actor"), REDIRECT),
        (map_item("own_map", "actor"), NOBODY),
    ],
    "ecosystem:delete-item": [
        (map_item("own_map", "own_actor"), EVERYONE),
        (map_item("own_published", "published_actor"), REDIRECT),
        (lambda w: {"token": "raden-lukt-niet", "segment": "actor", "pk": w["actor"].pk}, NOBODY),
    ],
}


def test_every_url_has_a_decision():
    missing = [name for name in public_url_names() if name not in SAMPLES]
    assert missing == [], "Add these URLs to SAMPLES with who may see them"
    assert [name for name in SAMPLES if name not in public_url_names()] == []


def clients(client, world, secretary, superuser):
    from django.test import Client

    outsider = UserFactory(username="nieuwsgierig")
    by_role = {}
    for role, user in [("anonymous", None), ("outsider", outsider), ("secretary", secretary),
                       ("superuser", superuser)]:  # fmt: skip
        visitor = Client()
        if user:
            visitor.force_login(user)
        by_role[role] = visitor
    return by_role


def test_public_urls_for_every_role(world, secretary, superuser, client):
    visitors = clients(client, world, secretary, superuser)
    failures = []
    for name, variants in SAMPLES.items():
        for kwargs, expected in variants:
            url = reverse(name, kwargs=kwargs(world) if callable(kwargs) else kwargs)
            for role in ROLES:
                status = visitors[role].get(url).status_code
                if status != expected[role]:
                    failures.append(f"{role:10} {url}: {status}, expected {expected[role]}")
    assert failures == []


def test_admin_for_every_role(world, secretary, superuser, client):
    visitors = clients(client, world, secretary, superuser)
    users = {"secretary": secretary, "superuser": superuser}
    failures = []
    urls = [("admin:index", None, None)]
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append((f"{prefix}_changelist", model, "view"))
        urls.append((f"{prefix}_add", model, "add"))
    for name, model, action in urls:
        url = reverse(name)
        for role in ROLES:
            if role in ("anonymous", "outsider"):
                expected = 302  # to the login page
            elif model is None:
                expected = 200
            else:
                user = users[role]
                allowed = user.has_perm(
                    f"{model._meta.app_label}.{action}_{model._meta.model_name}"
                )
                if action == "add" and (
                    model._meta.label == "cases.Case"  # only through the public form
                    or model._meta.label == "ecosystem.Relation"  # only on its map's page
                    or model._meta.app_label == "axes"  # login records are read-only
                ):
                    allowed = False
                expected = 200 if allowed else 403
            response = visitors[role].get(url)
            if response.status_code != expected:
                failures.append(f"{role:10} {url}: {response.status_code}, expected {expected}")
            if expected == 302 and "/admin/login/" not in response.get("Location", ""):
                failures.append(f"{role:10} {url}: not sent to the login page")
    assert failures == []
