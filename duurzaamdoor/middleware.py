"""Middleware of the site's own: security headers Django has no setting for, static files,
sessions that end when nobody uses them."""

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from whitenoise.middleware import WhiteNoiseMiddleware


def permissions_policy(features: dict[str, list[str]]) -> str:
    """``{"camera": [], "fullscreen": ["self"]}`` -> ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{name}=({' '.join(allowed)})" for name, allowed in features.items())


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy`` (settings.PERMISSIONS_POLICY) with every response.

    First in the chain, so that static files and error pages carry it too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, without the manifest that ``collectstatic`` writes among the files.

    ``staticfiles.json`` lists every static file with its hashed name: of use to the
    app, not to visitors, and a map of the deployment for whoever looks for one.
    """

    def __init__(self, *args, **kwargs):
        from django.contrib.staticfiles.storage import staticfiles_storage

        # Set before WhiteNoise reads the files, in its __init__.
        self.hidden_name = getattr(staticfiles_storage, "manifest_name", "staticfiles.json")
        super().__init__(*args, **kwargs)

    def _hidden(self, url: str) -> bool:
        return url.startswith(self.static_prefix + self.hidden_name)

    def add_file_to_dictionary(self, url, path, stat_cache=None):
        if not self._hidden(url):
            super().add_file_to_dictionary(url, path, stat_cache=stat_cache)

    def find_file(self, url):
        return None if self._hidden(url) else super().find_file(url)


SESSION_SEEN = "kb_seen"  # in the session: when its end was last moved on (epoch seconds)


def stamp_session(session) -> None:
    session[SESSION_SEEN] = int(time.time())


def stamp_session_at_login(sender, request: HttpRequest, user, **kwargs) -> None:
    """Connected to ``user_logged_in``: a new session starts its idle time now."""
    stamp_session(request.session)


class IdleSessionMiddleware:
    """A session ends after ``SESSION_COOKIE_AGE`` seconds without use (two hours for the
    admin); using it moves the end on. Not with a write per request (Django's
    ``SESSION_SAVE_EVERY_REQUEST``): at most once every ``SESSION_REFRESH_SECONDS``, so a
    session ends between that long before and exactly ``SESSION_COOKIE_AGE`` after its
    last use. Inside SessionMiddleware, which saves what this marks."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and not session.is_empty():
            seen = session.get(SESSION_SEEN, 0)
            if time.time() - seen >= settings.SESSION_REFRESH_SECONDS:
                stamp_session(session)  # saved by SessionMiddleware, with a new expiry
        return response
