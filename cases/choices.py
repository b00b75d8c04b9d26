from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStatus(models.TextChoices):
    INGEDIEND = "ingediend", _("Ingediend")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    IN_ONDERZOEK = "in_onderzoek", _("In onderzoek bij de tafel")
    INZICHTEN_GEDEELD = "inzichten_gedeeld", _("Inzichten gedeeld")
    AFGEROND = "afgerond", _("Afgerond")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


# What a submitter reads on the status page, per status.
STATUS_EXPLANATIONS = {
    CaseStatus.INGEDIEND: _(
        "We hebben je case ontvangen. Het tafelsecretariaat bekijkt haar binnen vijf werkdagen."
    ),
    CaseStatus.IN_BEHANDELING: _(
        "Het tafelsecretariaat bekijkt je case en neemt zo nodig contact met je op voor vragen."
    ),
    CaseStatus.IN_ONDERZOEK: _(
        "De tafel onderzoekt je case samen met ambtenaren die met vergelijkbare opgaven werken."
    ),
    CaseStatus.INZICHTEN_GEDEELD: _(
        "De tafel heeft inzichten uit je case gedeeld. Je vindt ze in de berichten hieronder."
    ),
    CaseStatus.AFGEROND: _("Het onderzoek naar je case is afgerond. Dank voor het delen."),
    CaseStatus.AFGEWEZEN: _(
        "De tafel neemt je case niet in behandeling. De reden staat in de berichten hieronder."
    ),
}
