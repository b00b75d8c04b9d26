"""Site-wide navigation and language switching, in one place for every template."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation import gettext_lazy as _

# (url name, label). Only pages that exist belong here.
MAIN_NAVIGATION: list[tuple[str, str]] = [
    ("home", _("Startpagina")),
    ("lessons:list", _("Lessen")),
    ("lessons:pioneers", _("Voorlopers")),
    ("cases:list", _("Praktijkcases")),
    ("ecosystem:list", _("Ecosystemen")),
    ("lessons:meetings", _("Bijeenkomsten")),
]


@dataclass(frozen=True)
class NavItem:
    url: str
    label: str
    current: bool


@dataclass(frozen=True)
class LanguageOption:
    code: str
    name: str
    url: str
    absolute_url: str
    current: bool


def main_navigation(request: HttpRequest) -> list[NavItem]:
    items = []
    for name, label in MAIN_NAVIGATION:
        url = reverse(name)
        # The home page is current only on itself; a section also on its sub-pages.
        current = request.path == url if name == "home" else request.path.startswith(url)
        items.append(NavItem(url=url, label=str(label), current=current))
    return items


def url_in_language(request: HttpRequest, code: str) -> str:
    """The current page in another interface language, or that language's home page."""
    try:
        match = resolve(request.path_info)
        with override(code):
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except (Resolver404, NoReverseMatch):
        with override(code):
            return reverse("home")
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def language_options(request: HttpRequest) -> list[LanguageOption]:
    current = get_language()
    options = []
    for code, _name in settings.LANGUAGES:
        url = url_in_language(request, code)
        options.append(
            LanguageOption(
                code=code,
                name=get_language_info(code)["name_local"],
                url=url,
                absolute_url=request.build_absolute_uri(url),
                current=code == current,
            )
        )
    return options
