"""Site-wide navigation and language switching, in one place for every template."""

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation import gettext_lazy as _

# (url name, label). Only pages that exist belong here.
MAIN_NAVIGATION: list[tuple[str, str]] = [
    ("home", _("Startpagina")),
    ("lessons:list", _("Lessen")),
    ("lessons:pioneers", _("Voorlopers")),
    ("lessons:sources", _("Bronnen")),
    ("cases:list", _("Praktijkcases")),
    ("ecosystem:list", _("Ecosystemen")),
    ("meetings:list", _("Bijeenkomsten")),
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
    current: bool
    request: HttpRequest = field(repr=False, compare=False)

    @property
    def absolute_url(self) -> str:
        """For the alternates in the page head only: it needs a valid Host header, which an
        error page (a 400 for a disallowed host) does not have."""
        return self.request.build_absolute_uri(self.url)


@functools.cache
def _navigation_urls(language: str, script_prefix: str) -> list[tuple[str, str]]:
    return [(name, reverse(name)) for name, _label in MAIN_NAVIGATION]


def main_navigation(request: HttpRequest) -> list[NavItem]:
    items = []
    urls = _navigation_urls(get_language(), get_script_prefix())
    for (name, url), (_name, label) in zip(urls, MAIN_NAVIGATION, strict=True):
        # The home page is current only on itself; a section also on its sub-pages.
        current = request.path == url if name == "home" else request.path.startswith(url)
        items.append(NavItem(url=url, label=str(label), current=current))
    return items


def _prefix(code: str) -> str:
    """The path prefix of an interface language: none for the default one."""
    return "" if code == settings.LANGUAGE_CODE else f"/{code}"


def url_in_language(request: HttpRequest, code: str) -> str:
    """The current page in another interface language, or that language's home page.

    Every page has the same path in every language, behind the language's prefix (see
    the root URLs), so this is a matter of swapping prefixes, not of resolving the path.
    """
    match = getattr(request, "resolver_match", None)
    current = _prefix(get_language())
    path = request.path_info
    if match is None or not path.startswith(current + "/"):
        with override(code):
            return reverse("home")
    url = f"{get_script_prefix().rstrip('/')}{_prefix(code)}{path[len(current) :]}"
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
                current=code == current,
                request=request,
            )
        )
    return options
