"""Steps that several browser tests take on the same page."""

import re


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
