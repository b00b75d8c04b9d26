"""Path converters shared by every app's URLs."""

from django.urls import register_converter


class TokenConverter:
    """A secret token in a URL (``<token:token>``): the alphabet of ``secrets.token_urlsafe``.

    Every private link (status page, "submitted" page, map editor) takes its token through
    this converter, so that a URL with any other character (a NUL byte, a quote, a space)
    matches no URL at all and is an ordinary 404: it never reaches the database, which
    would refuse a NUL byte with an error (a 500) instead of finding nothing. The length
    is that of the token columns.
    """

    regex = "[A-Za-z0-9_-]{1,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def register() -> None:
    """Called once, when the apps are ready and before any URLconf is read."""
    register_converter(TokenConverter, "token")
