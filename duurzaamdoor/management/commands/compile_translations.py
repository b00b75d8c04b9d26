"""Compile the interface translations (.po to .mo) without GNU gettext.

Django's own ``compilemessages`` needs the gettext tools, which a fresh machine may not
have; polib is pure Python. Only catalogues whose .mo is missing or older are compiled.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compileert de vertalingen (.po naar .mo) die ontbreken of verouderd zijn."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--force", action="store_true", help="Alles opnieuw compileren.")

    def handle(self, *args, force: bool = False, **options) -> None:
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if (
                    not force
                    and mo_path.exists()
                    and mo_path.stat().st_mtime >= po_path.stat().st_mtime
                ):
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(f"Gecompileerd: {po_path}")
        if not compiled and options["verbosity"] > 1:
            self.stdout.write("Alle vertalingen zijn actueel.")
