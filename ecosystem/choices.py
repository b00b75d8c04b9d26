from django.db import models
from django.utils.translation import gettext_lazy as _


class EcosystemStatus(models.TextChoices):
    DRAFT = "draft", _("Concept")
    PUBLISHED = "published", _("Gepubliceerd")


class ActorKind(models.TextChoices):
    BELANGHEBBENDE = "belanghebbende", _("Bestaande belanghebbende")
    NIEUWE_SPELER = "nieuwe_speler", _("Nieuwe speler")


class FactorKind(models.TextChoices):
    REGELGEVING = "regelgeving", _("Regelgeving")
    FINANCIERING = "financiering", _("Financiering")
    KENNIS = "kennis", _("Kennis")
    CULTUUR = "cultuur", _("Cultuur")
    TECHNOLOGIE = "technologie", _("Technologie")
    MARKT = "markt", _("Markt")
    OVERIG = "overig", _("Anders")


class FactorEffect(models.TextChoices):
    HELPT = "helpt", _("Helpt")
    REMT = "remt", _("Remt")


class RelationKind(models.TextChoices):
    SAMENWERKING = "samenwerking", _("Samenwerking")
    AFHANKELIJKHEID = "afhankelijkheid", _("Afhankelijkheid")
    SPANNING = "spanning", _("Spanning")
