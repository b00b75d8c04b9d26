"""Every public page type, in Dutch and in English, is valid HTML for the Nu HTML Checker."""

from tests import html_validator
from tests.site_pages import build_site, fetch, in_english


def test_every_page_type_is_valid_html_in_both_languages(client, db, tmp_path):
    files = []
    for name, path in build_site():
        for language, address in (("nl", path), ("en", in_english(path))):
            response = fetch(client, name, address)
            assert response["Content-Type"].startswith("text/html"), (name, address)
            file = tmp_path / f"{name}.{language}.html"
            file.write_bytes(response.content)
            files.append(file)

    # One run of the checker for all pages: Java takes seconds to start.
    messages = html_validator.validate(files)

    found = html_validator.errors(messages)
    assert found == [], "The HTML checker found errors:\n" + html_validator.describe(found)
