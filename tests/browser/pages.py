"""Steps that several browser tests take on the same page."""

import re

from tests.factories import PASSWORD


def fill_in_case_form(page) -> None:
    """Fill in the case submission form as a regional team would (Dutch labels)."""
    page.get_by_label("Titel van je case", exact=True).fill("Maaisel blijft liggen")
    page.get_by_label("Aan welke transitieopgave werken jullie?").fill("Bermgras naar karton.")
    page.get_by_label("In welke provincie speelt de case?").select_option("friesland")
    page.get_by_label("Organisatie", exact=True).fill("Wetterskip Fryslân")
    page.get_by_label("Waar loopt het vast?").fill("Het maaisel is afval.")
    page.get_by_label("Welke hulp vragen jullie van de tafel?").fill("Meedenken.")
    page.get_by_label("Je naam", exact=True).fill("Sietske de Vries")
    page.get_by_label("Je e-mailadres").fill("sietske@example.org")
    page.get_by_role("checkbox", name=re.compile("Ik geef toestemming")).check()


def tab_to(page, locator, limit: int = 80) -> None:
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if locator.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Could not reach {locator} with the Tab key")


def login(page, user) -> None:
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()


# A 42-letter Dutch compound: user text the layout cannot choose to avoid.
LONG_WORD = "Producentenverantwoordelijkheidsregelingen"
