"""Security headers on every kind of page, and guards against unsafe template habits."""

import re
from pathlib import Path

import pytest
from django.conf import settings

PAGES = ["/", "/en/", "/toegankelijkheid/", "/privacy/", "/zoeken/?q=afval", "/bestaat-niet/"]


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_strict_csp(response) -> None:
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_send_a_strict_content_security_policy(client, db, path):
    response = client.get(path)
    assert_strict_csp(response)
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_admin_pages_send_the_same_policy(client, secretary):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_strict_csp(response)
    client.force_login(secretary)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_strict_csp(response)


def test_hsts_is_sent_on_https(client, db):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


TEMPLATE_DIRS = [Path(settings.BASE_DIR) / "templates"] + [
    Path(settings.BASE_DIR) / app / "templates"
    for app in ("lessons", "cases", "ecosystem", "meetings")
]
CODE_DIRS = [
    Path(settings.BASE_DIR) / name
    for name in ("duurzaamdoor", "lessons", "cases", "ecosystem", "meetings")
]


def test_no_template_marks_text_as_safe():
    offenders = [
        f"{path}:{number}"
        for directory in TEMPLATE_DIRS
        for path in directory.rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"\|\s*safe\b|{%\s*autoescape\s+off", line)
    ]
    assert offenders == []


def test_no_view_opts_out_of_csrf_protection():
    offenders = [
        str(path)
        for directory in CODE_DIRS
        for path in directory.rglob("*.py")
        if "csrf_exempt" in path.read_text()
    ]
    assert offenders == []


def test_no_inline_scripts_or_styles_in_templates():
    pattern = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=\"|\son[a-z]+=\"")
    offenders = [
        f"{path}:{number}"
        for directory in TEMPLATE_DIRS
        for path in directory.rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
