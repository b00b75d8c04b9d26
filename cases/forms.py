"""The public form through which a regional team submits a stuck case."""

import re

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from cases.models import MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TITLE, Case
from duurzaamdoor.forms import PublicFormMixin
from duurzaamdoor.models import Party
from duurzaamdoor.text import EmailFormField, SingleLineFormField
from ecosystem.models import Ecosystem

EDIT_LINK = re.compile(r"/ecosystemen/bewerken/([A-Za-z0-9_-]+)/?")

# What the status page gives back to the team, in the order of the form.
SUBMITTED_TEXTS = (
    "title", "transition_task", "region", "organisation", "bottleneck", "tried", "help_wanted",
)  # fmt: skip

NO_CITIZEN_DATA = _("Noem geen namen of andere persoonsgegevens van inwoners.")


def _limit(characters: int) -> str:
    return _("Maximaal %(count)s tekens.") % {
        "count": number_format(characters, force_grouping=True)
    }


class CaseSubmissionForm(PublicFormMixin, forms.ModelForm):
    parties = forms.ModelMultipleChoiceField(
        label=_("Welke partijen zijn betrokken?"),
        queryset=Party.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Kies alle partijen die nu een rol spelen of een rol zouden moeten spelen."),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming om mijn naam en e-mailadres te gebruiken voor contact over deze case."  # noqa: E501
        ),
        error_messages={
            "required": _("Geef toestemming, anders kunnen we de case niet in behandeling nemen.")
        },
    )

    ecosystem_link = SingleLineFormField(
        label=_("Link naar jullie ecosysteemkaart"),
        required=False,
        max_length=300,
        help_text=_(
            "Hebben jullie het ecosysteem van de opgave in kaart gebracht via deze site? Plak "
            "dan hier de bewerklink van de kaart."
        ),
    )

    class Meta:
        model = Case
        fields = [
            "title", "transition_task", "region", "organisation", "bottleneck", "tried",
            "help_wanted", "parties", "contact_name", "contact_email",
        ]  # fmt: skip
        field_classes = {"contact_email": EmailFormField}
        labels = {
            "title": _("Titel van je case"),
            "transition_task": _("Aan welke transitieopgave werken jullie?"),
            "region": _("In welke provincie speelt de case?"),
            "organisation": _("Organisatie"),
            "bottleneck": _("Waar loopt het vast?"),
            "tried": _("Wat hebben jullie al geprobeerd?"),
            "help_wanted": _("Welke hulp vragen jullie van de tafel?"),
            "contact_name": _("Je naam"),
            "contact_email": _("Je e-mailadres"),
        }
        error_messages = {
            "title": {"required": _("Geef je case een titel.")},
            "transition_task": {"required": _("Beschrijf de transitieopgave.")},
            "region": {"required": _("Kies de provincie, of Landelijk.")},
            "organisation": {"required": _("Vul de naam van je organisatie in.")},
            "bottleneck": {"required": _("Beschrijf waar het vastloopt.")},
            "help_wanted": {"required": _("Beschrijf welke hulp jullie vragen.")},
            "contact_name": {"required": _("Vul je naam in.")},
            "contact_email": {
                "required": _("Vul je e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals naam@gemeente.nl."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("contact_name", "contact_email"):
            self.fields[name].required = True
        self.fields["region"].choices = [
            ("", _("Kies een provincie")),
            *list(self.fields["region"].choices)[1:],
        ]
        hints = {
            "title": _(
                "Kort en herkenbaar, bijvoorbeeld: Hergebruik van bouwmaterialen stokt op "
                "opslag. %(limit)s"
            ),
            "transition_task": _("Wat willen jullie bereiken, en voor wie? %(limit)s"),
            "organisation": _("Bijvoorbeeld: Gemeente Zwolle of Regio Foodvalley."),
            "bottleneck": _(
                "Wat gaat er mis, sinds wanneer en wie merkt het? Een goed antwoord noemt de "
                "regel, het geld, de rol of de samenwerking waarop het stokt. %(limit)s %(warning)s"
            ),
            "tried": _("Welke stappen hebben jullie gezet en wat leverde dat op? %(limit)s"),
            "help_wanted": _(
                "Bijvoorbeeld: meedenken, contact met een andere regio, een vraag aan het Rijk. "
                "%(limit)s"
            ),
            "contact_name": _("Alleen het tafelsecretariaat ziet je naam."),
            "contact_email": _(
                "Hier sturen we de link naar je statuspagina en berichten naar toe."
            ),
        }
        limits = {
            "transition_task": MAX_SHORT_TEXT, "bottleneck": MAX_LONG_TEXT,
            "tried": MAX_LONG_TEXT, "help_wanted": MAX_SHORT_TEXT, "title": MAX_TITLE,
        }  # fmt: skip
        for name, hint in hints.items():
            limit = _limit(limits[name]) if name in limits else ""
            self.fields[name].help_text = str(hint) % {"limit": limit, "warning": NO_CITIZEN_DATA}
        for name in ("transition_task", "help_wanted"):
            self.fields[name].widget.attrs["rows"] = 4
        for name in ("bottleneck", "tried"):
            self.fields[name].widget.attrs["rows"] = 7
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def clean_ecosystem_link(self):
        text = self.cleaned_data["ecosystem_link"].strip()
        if not text:
            return None
        match = EDIT_LINK.search(text)
        token = match.group(1) if match else text
        ecosystem = Ecosystem.objects.filter(edit_token=token, self_service=True).first()
        if ecosystem is None:
            raise forms.ValidationError(
                _("We vinden geen kaart bij deze link. Kopieer de hele bewerklink van de kaart.")
            )
        if not ecosystem.editable_through_link:
            # Linking would change a published map: only the secretariat does that.
            raise forms.ValidationError(
                _(
                    "Deze kaart is al gepubliceerd; het tafelsecretariaat koppelt hem aan je "
                    "case. Laat dit veld leeg en noem de kaart in je beschrijving."
                )
            )
        return ecosystem

    @classmethod
    def submitted_texts(cls, case: Case) -> list[tuple[str, str, bool]]:
        """(question, answer, written) for what the team filled in about the case, as the
        form asked it: for the status page; ``written`` when the answer is the team's own
        text (Dutch content) rather than a choice in the interface's language. The contact
        data is not among them; once the personal data is removed, the answers are the
        scrubbed ones."""
        answers = {name: getattr(case, name) for name in SUBMITTED_TEXTS}
        answers["region"] = case.get_region_display()
        labels = cls._meta.labels
        return [
            (str(labels[name]), answers[name], name != "region")
            for name in SUBMITTED_TEXTS
            if answers[name]
        ]

    def case_data(self) -> dict:
        """The validated model fields, without the many-to-many parties."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in self._meta.fields and name != "parties"
        }
