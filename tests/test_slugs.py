"""Addresses made from titles: readable, unique within their table, never a reserved word."""

from duurzaamdoor.slugs import unique_slug
from ecosystem.models import Ecosystem
from ecosystem.services import ecosystem_create
from tests.factories import CaseFactory


def test_the_same_title_twice_gets_a_number(db):
    first = ecosystem_create(title="Textiel in Twente", task="Een taak.")
    second = ecosystem_create(title="Textiel in Twente", task="Een taak.")
    assert (first.slug, second.slug) == ("textiel-in-twente", "textiel-in-twente-2")


def test_a_map_is_never_named_after_a_page_of_its_own_addresses(db):
    """/ecosystemen/nieuw/ starts a map and /ecosystemen/bewerken/… edits one."""
    assert ecosystem_create(title="Nieuw", task="Een taak.").slug == "nieuw-2"
    assert ecosystem_create(title="Bewerken", task="Een taak.").slug == "bewerken-2"


def test_a_title_without_letters_gets_the_fallback(db):
    assert ecosystem_create(title="!!!", task="Een taak.").slug == "kaart"
    assert unique_slug("???", Ecosystem.objects.all(), fallback="kaart") == "kaart-2"


def test_a_row_keeps_its_own_slug_when_it_is_asked_again(db):
    case = CaseFactory(title="Vast op vergunningen", slug="vast-op-vergunningen")
    others = type(case).objects.exclude(pk=case.pk)
    assert unique_slug(case.title, others, fallback="case") == "vast-op-vergunningen"
    assert unique_slug(case.title, type(case).objects.all(), fallback="case") == (
        "vast-op-vergunningen-2"
    )
