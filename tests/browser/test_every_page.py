"""axe on every public page type, in Dutch and in English, on realistic data."""

import pytest

from tests.browser.axe import axe_violations
from tests.site_pages import POSTED, build_site, in_english


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_type_has_no_wcag_violations(page, transactional_db, language):
    found = {}
    for name, path in build_site():
        address = in_english(path) if language == "en" else path
        page.goto(address)
        if name in POSTED:  # the form sent empty: the page with its errors
            page.locator("main form[method=post] button[type=submit]").last.click()
            page.get_by_role("alert").wait_for()
        assert page.locator("html").get_attribute("lang") == language, address
        violations = axe_violations(page)
        if violations:
            found[address] = [
                {"rule": v["id"], "nodes": [node["target"] for node in v["nodes"]][:5]}
                for v in violations
            ]
    assert found == {}, f"axe found WCAG violations: {found}"
