"""The English interface is complete: every Dutch interface text has a translation. The Dutch
of Django and its apps is complete too, and says "je" as the site does."""

import gettext
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import django
import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import trans_real

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_english_catalogue_has_no_untranslated_or_fuzzy_entries():
    catalogue = polib.pofile(str(CATALOGUE))
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is missing")
def test_catalogue_holds_every_text_in_the_code(tmp_path):
    """Extract texts afresh from a copy of the project and compare with the catalogue."""
    root = Path(settings.BASE_DIR)
    for name in (
        "manage.py",
        "duurzaamdoor",
        "lessons",
        "cases",
        "ecosystem",
        "meetings",
        "templates",
        "locale",
    ):
        source = root / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "en",
            "--no-obsolete",
            "--extension",
            "html,txt,py,svg",
        ],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "true"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in fresh if not e.translated()]
    assert missing == [], "Run `make messages` and translate these texts"


def test_compile_translations_builds_a_catalogue_django_can_read(tmp_path, settings):
    """Every catalogue of every language: the English one and the Dutch of Django's."""
    shutil.copytree(Path(settings.BASE_DIR) / "locale", tmp_path, dirs_exist_ok=True)
    for compiled in tmp_path.glob("*/LC_MESSAGES/*.mo"):
        compiled.unlink()
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_translations", verbosity=0)
    with open(tmp_path / "en" / "LC_MESSAGES" / "django.mo", "rb") as mo_file:
        translations = gettext.GNUTranslations(mo_file)
    assert translations.gettext("Direct naar de inhoud") == "Skip to content"
    with open(tmp_path / "nl" / "LC_MESSAGES" / "django.mo", "rb") as mo_file:
        translations = gettext.GNUTranslations(mo_file)
    assert translations.gettext("Confirm import") == "Import bevestigen"
    assert (tmp_path / "nl" / "LC_MESSAGES" / "djangojs.mo").exists()


# --- the Dutch of Django and its apps ---------------------------------------------------

DUTCH = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES"
FORMAL = re.compile(r"(?<![\w-])(u|uw|uzelf|alstublieft|gelieve)(?![\w-])", re.IGNORECASE)


def _dutch(entry: polib.POEntry, domain_gettext=None) -> list[str]:
    """``entry`` as the Dutch interface says it (singular and plural)."""
    with translation.override("nl"):
        if entry.msgid_plural:
            if entry.msgctxt:
                return [
                    translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                    for n in (1, 2)
                ]
            return [translation.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
        if entry.msgctxt:
            return [translation.pgettext(entry.msgctxt, entry.msgid)]
        return [translation.gettext(entry.msgid)]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_dutch_catalogue_is_complete(domain):
    catalogue = polib.pofile(str(DUTCH / f"{domain}.po"))
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [
        e.msgid for e in catalogue if FORMAL.search(" ".join([e.msgstr, *e.msgstr_plural.values()]))
    ] == []


def test_the_dutch_catalogue_translates_only_texts_of_django_and_its_apps():
    """The site's own texts are Dutch already: a Dutch "translation" of one of them would
    change it on the Dutch site only, out of sight of the English catalogue."""
    dutch_sources = {
        e.msgid
        for e in polib.pofile(str(CATALOGUE))
        if (e.msgstr_plural.get(0) if e.msgid_plural else e.msgstr) != e.msgid
    }
    assert [
        e.msgid for e in polib.pofile(str(DUTCH / "django.po")) if e.msgid in dutch_sources
    ] == []


def test_no_text_of_django_or_its_apps_says_u_on_the_dutch_site():
    """Every Dutch text that Django and the installed apps bring, as the site shows it (its
    own catalogue first): in the site's "je"."""
    catalogues = [Path(django.__file__).parent / "conf" / "locale"] + [
        Path(app.path) / "locale" for app in apps.get_app_configs()
    ]
    formal = [
        text
        for directory in catalogues
        if (directory / "nl" / "LC_MESSAGES" / "django.po").exists()
        for entry in polib.pofile(str(directory / "nl" / "LC_MESSAGES" / "django.po"))
        if entry.msgid and not entry.obsolete
        for text in _dutch(entry)
        if FORMAL.search(text)
    ]
    assert formal == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is missing")
@pytest.mark.parametrize("package", ["import_export", "simple_history"])
def test_every_text_of_the_import_and_history_apps_is_dutch(tmp_path, package):
    """Their texts extracted afresh from the installed version: a new text after an upgrade
    that the Dutch catalogues lack fails here, not in front of the secretary."""
    source = Path(importlib.import_module(package).__file__).parent
    copy = tmp_path / package
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__", "locale"))
    (copy / "locale").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "--locale", "nl", "--no-location"],
        cwd=copy,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_DEBUG": "true",
            "PYTHONPATH": str(settings.BASE_DIR),
            "DJANGO_SETTINGS_MODULE": "duurzaamdoor.settings",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    texts = [e for e in polib.pofile(str(copy / "locale/nl/LC_MESSAGES/django.po")) if e.msgid]
    assert len(texts) > 20
    assert [e.msgid for e in texts if e.msgid in _dutch(e)] == []
    assert [text for e in texts for text in _dutch(e) if FORMAL.search(text)] == []


def test_the_admin_scripts_speak_dutch_with_je():
    """The texts of the admin's scripts (its "jsi18n" catalogue): the warning before an
    action with unsaved changes, the time-zone note of a date field."""
    from django.contrib import admin as admin_app

    admin_locale = Path(admin_app.__file__).parent / "locale"
    scripts = trans_real.DjangoTranslation("nl", domain="djangojs", localedirs=[admin_locale])
    catalogue = polib.pofile(str(admin_locale / "nl" / "LC_MESSAGES" / "djangojs.po"))
    said = [
        scripts.ngettext(e.msgid, e.msgid_plural, 2) if e.msgid_plural else scripts.gettext(e.msgid)
        for e in catalogue
        if e.msgid and not e.msgctxt
    ]
    assert [text for text in said if FORMAL.search(text)] == []
    assert (
        scripts.gettext(
            "You have unsaved changes on individual editable fields. If you run an action, "
            "your unsaved changes will be lost."
        )
        == "Je hebt wijzigingen in velden nog niet opgeslagen. Voer je een actie uit, dan "
        "gaan die wijzigingen verloren."
    )
