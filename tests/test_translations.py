"""The English interface is complete: every Dutch interface text has a translation."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

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
    target = tmp_path / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(CATALOGUE, target / "django.po")
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_translations", verbosity=0)
    with open(target / "django.mo", "rb") as mo_file:
        translations = gettext.GNUTranslations(mo_file)
    assert translations.gettext("Direct naar de inhoud") == "Skip to content"
