from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from duurzaamdoor import navigation


def site(request: HttpRequest) -> dict[str, object]:
    """Navigation and language switch for the base template, computed only when shown."""
    return {
        "main_navigation": SimpleLazyObject(lambda: navigation.main_navigation(request)),
        "language_options": SimpleLazyObject(lambda: navigation.language_options(request)),
    }
