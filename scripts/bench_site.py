"""The site as the benchmark serves it: production settings, plus the floor.

The floor is a plain Django view that returns the static text of the accessibility
statement from memory: every middleware runs, no template and no database. Every page's
time is reported as a multiple of it, measured in the same run.

    DJANGO_SETTINGS_MODULE=bench_site gunicorn --pythonpath scripts duurzaamdoor.wsgi
"""

import os
from pathlib import Path

from duurzaamdoor.settings import *  # noqa: F403

ROOT_URLCONF = "bench_site"
FLOOR_PATH = "/vloer/"
FLOOR_TEXT = Path(os.environ.get("BENCH_FLOOR_FILE", os.devnull)).read_bytes()


def floor(request):
    from django.http import HttpResponse

    return HttpResponse(FLOOR_TEXT)


def _urlpatterns() -> list:
    from django.urls import path

    from duurzaamdoor.urls import urlpatterns

    return [path(FLOOR_PATH.strip("/") + "/", floor), *urlpatterns]


def __getattr__(name: str):
    # Django imports ROOT_URLCONF once settings are loaded; the URLs need the apps.
    if name == "urlpatterns":
        return _urlpatterns()
    raise AttributeError(name)
