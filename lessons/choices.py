from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    WHITEPAPER = "whitepaper", _("Whitepaper")
    LEF_TALK = "lef_talk", _("LEF-Talk")
    RONDE_TAFEL = "ronde_tafel", _("Ronde Tafel-bijeenkomst")
    ARTIKEL = "artikel", _("Artikel")
    INTERVIEW = "interview", _("Interview")
    OVERIG = "overig", _("Anders")


class LessonStatus(models.TextChoices):
    DRAFT = "draft", _("Concept")
    PUBLISHED = "published", _("Gepubliceerd")
