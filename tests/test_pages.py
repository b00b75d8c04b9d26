"""The public site pages: Dutch by default, English under /en/, in a fixed number of queries."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.factories import LessonFactory

# The home page: the versions, the theme counts of the filter index and those themes'
# names, the next meeting, the latest lessons with their source and themes, the latest
# public cases. Counted in the test: the filter index takes one query on each database
# (one facet).
HOME_QUERIES = 7
STATIC_PAGES = [
    ("/", "Samen circulaire transities versnellen", HOME_QUERIES),
    ("/toegankelijkheid/", "Toegankelijkheidsverklaring", 1),  # the versions: it reads no table
    ("/privacy/", "Privacyverklaring", 1),
]
ENGLISH_PAGES = [
    ("/en/", "Speeding up circular transitions together", HOME_QUERIES),
    ("/en/toegankelijkheid/", "Accessibility statement", 1),
    ("/en/privacy/", "Privacy statement", 1),
]


@pytest.mark.parametrize(("path", "heading", "queries"), STATIC_PAGES)
def test_pages_are_dutch_without_prefix(
    client, db, django_assert_num_queries, path, heading, queries
):
    LessonFactory.create_batch(8, themes=["bouw", "water"], parties=["rijk"])
    # A browser asking for English still gets the Dutch site on Dutch URLs.
    with django_assert_num_queries(queries):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert heading in html
    assert "Direct naar de inhoud" in html


@pytest.mark.parametrize(("path", "heading", "queries"), ENGLISH_PAGES)
def test_english_interface_under_en(client, db, django_assert_num_queries, path, heading, queries):
    LessonFactory.create_batch(8, themes=["bouw", "water"], parties=["rijk"])
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert heading in html
    assert "Skip to content" in html
    assert "Direct naar de inhoud" not in html


def test_header_footer_and_navigation(client, db):
    html = client.get("/privacy/").content.decode()
    assert "Kennisbank Participatietafel Circulaire Economie" in html
    assert 'action="/zoeken/"' in html
    assert 'href="/toegankelijkheid/"' in html
    assert 'href="/privacy/"' in html
    assert '<nav class="utrecht-nav-bar kb-nav" aria-label="Hoofdmenu">' in html


def test_current_page_is_marked_in_the_navigation(client, db):
    html = client.get("/").content.decode()
    assert 'href="/" aria-current="page">Startpagina</a>' in html
    html = client.get("/privacy/").content.decode()
    assert 'aria-current="page"' not in html


def test_language_switch_links_to_the_same_page_in_the_other_language(client, db):
    html = client.get("/lessen/?thema=bouw&page=2").content.decode()
    assert 'href="/en/lessen/?page=2&amp;thema=bouw" lang="en" hreflang="en">English</a>' in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/lessen/?page=2&amp;thema=bouw">'
        in html
    )
    # Parameters a page does not know are no part of its address, in any language.
    html = client.get("/toegankelijkheid/?terug=1").content.decode()
    assert 'href="/en/toegankelijkheid/" lang="en" hreflang="en">English</a>' in html

    html = client.get("/en/privacy/").content.decode()
    assert 'href="/privacy/" lang="nl" hreflang="nl">Nederlands</a>' in html
    assert '<span class="kb-lang__current" lang="en" aria-current="true">English</span>' in html


def test_contact_address_and_privacy_version_are_shown(client, db, settings):
    settings.CONTACT_EMAIL = "tafel@voorbeeld.nl"
    assert 'href="mailto:tafel@voorbeeld.nl"' in client.get("/toegankelijkheid/").content.decode()
    html = client.get("/privacy/").content.decode()
    assert 'href="mailto:tafel@voorbeeld.nl"' in html
    assert "Versie 2026-11-28." in html


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/bestaat-niet/", "nl", "Pagina niet gevonden"),
        ("/en/bestaat-niet/", "en", "Page not found"),
    ],
)
def test_not_found_page_in_the_site_look(client, db, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert text in html
    assert 'class="kb-footer__link"' in html


def test_server_error_page_renders_without_a_request_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "Kennisbank Participatietafel Circulaire Economie" in html


def test_search_page_echoes_the_query_escaped(client, db):
    response = client.get("/zoeken/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("path", ["/", "/privacy/", "/toegankelijkheid/", "/zoeken/"])
def test_pages_only_accept_safe_methods(client, db, path):
    assert client.post(path).status_code == 405
    assert client.head(path).status_code == 200
