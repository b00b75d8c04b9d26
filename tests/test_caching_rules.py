"""What may be shared from the page cache, and under which address: the rules of
duurzaamdoor/caching.py as a visitor (or a view using ``public_page``) meets them."""

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.views.decorators.cache import never_cache

from duurzaamdoor import caching
from tests.factories import LessonFactory

pytestmark = pytest.mark.django_db


def counting_view(response_of=lambda request: HttpResponse("pagina"), params=()):
    """A page under ``public_page``, and the list of requests it really rendered."""
    rendered = []

    @caching.public_page(params)
    def view(request):
        rendered.append(request)
        return response_of(request)

    return view, rendered


def test_an_address_of_at_most_500_characters_is_kept_a_longer_one_is_not(client):
    # "é" is six characters in an address (%C3%A9): "/zoeken/?q=" and 81 of them make 497.
    exact = "é" * 81 + "abc"
    assert len(f"/zoeken/?q={exact}".replace("é", "%C3%A9")) == 500
    client.get("/zoeken/", {"q": exact})
    assert client.get("/zoeken/", {"q": exact})["X-Cache"] == "hit"
    longer = exact + "d"
    assert client.get("/zoeken/", {"q": longer}).status_code == 200
    assert "X-Cache" not in client.get("/zoeken/", {"q": longer})  # rendered, never kept


def test_search_text_is_trimmed_and_its_spaces_collapsed(client):
    LessonFactory(title="Bouwen met afval")
    first = client.get("/lessen/", {"q": "bouwen afval"})
    assert first["X-Cache"] == "miss"
    again = client.get("/lessen/", {"q": "  bouwen \t  afval "})
    assert again["X-Cache"] == "hit"
    assert again.content == first.content


def test_search_text_beyond_200_characters_is_cut(client):
    cut = "a" * 199 + "b"
    client.get("/zoeken/", {"q": cut})
    assert client.get("/zoeken/", {"q": cut + "ccc"})["X-Cache"] == "hit"
    assert client.get("/zoeken/", {"q": cut[:-1]})["X-Cache"] == "miss"


def test_page_two_is_its_own_page_and_page_one_is_the_list(client):
    view, rendered = counting_view(params=("page",))
    factory = RequestFactory()
    for query in ("", "?page=1", "?page=01", "?page=2", "?page=002", "?page=-3", "?page=x"):
        view(factory.get(f"/lijst/{query}"))
    assert [request.GET.urlencode() for request in rendered] == ["", "page=2"]


def test_the_view_sees_only_the_parameters_it_declared(client):
    view, rendered = counting_view(params=("thema", "q"))
    view(RequestFactory().get("/lijst/?thema=b&utm_source=x&thema=a&thema=b&q=+hoi+"))
    (request,) = rendered
    assert list(request.GET.lists()) == [("q", ["hoi"]), ("thema", ["a", "b"])]
    assert request.META["QUERY_STRING"] == "q=hoi&thema=a&thema=b"


def test_a_head_request_is_served_from_the_cache_too(client):
    view, rendered = counting_view()
    factory = RequestFactory()
    view(factory.get("/pagina/"))
    response = view(factory.head("/pagina/"))
    assert response["X-Cache"] == "hit"
    assert len(rendered) == 1


def test_a_post_is_never_answered_from_the_cache(client):
    view, rendered = counting_view()
    factory = RequestFactory()
    view(factory.get("/pagina/"))
    view(factory.post("/pagina/", {"x": "1"}))
    assert len(rendered) == 2


@pytest.mark.parametrize(
    "response_of",
    [
        lambda request: HttpResponse("niet gevonden", status=404),
        lambda request: HttpResponse("gemaakt", status=201),
        lambda request: StreamingHttpResponse(iter([b"stroom"])),
        never_cache(lambda request: HttpResponse("nooit bewaren")),
        lambda request: HttpResponse("privé", headers={"Cache-Control": "private"}),
    ],
    ids=["404", "201", "streaming", "never_cache", "private"],
)
def test_answers_that_are_not_for_everyone_are_never_shared(response_of):
    view, rendered = counting_view(response_of)
    factory = RequestFactory()
    first = view(factory.get("/pagina/"))
    second = view(factory.get("/pagina/"))
    assert len(rendered) == 2
    assert first["X-Cache"] == second["X-Cache"] == "miss"


def test_an_answer_that_sets_a_cookie_is_not_shared():
    def with_cookie(request):
        response = HttpResponse("met koekje")
        response.set_cookie("voorkeur", "1")
        return response

    view, rendered = counting_view(with_cookie)
    view(RequestFactory().get("/pagina/"))
    view(RequestFactory().get("/pagina/"))
    assert len(rendered) == 2


def test_a_shared_copy_keeps_status_headers_and_body():
    view, _rendered = counting_view(
        lambda request: HttpResponse("<p>pagina</p>", headers={"Content-Language": "nl"})
    )
    first = view(RequestFactory().get("/pagina/"))
    copy = view(RequestFactory().get("/pagina/"))
    assert (copy.status_code, copy["Content-Language"], copy.content) == (
        200, "nl", b"<p>pagina</p>",
    )  # fmt: skip
    assert (first["X-Cache"], copy["X-Cache"]) == ("miss", "hit")


def test_a_visitor_with_a_session_gets_a_page_of_their_own(client, secretary):
    LessonFactory()
    client.get("/lessen/")
    assert client.get("/lessen/")["X-Cache"] == "hit"
    client.force_login(secretary)
    assert "X-Cache" not in client.get("/lessen/")
