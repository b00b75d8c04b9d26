"""Forms of meetings: a participant's position, and the secretary's window of positions."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode
from meetings.choices import Stance


class PositionForm(forms.Form):
    value = forms.TypedChoiceField(
        choices=Stance.choices,
        coerce=int,
        error_messages={"required": _("Kies een positie op de schaal.")},
    )
    party = forms.ChoiceField(choices=[("", "—"), *PartyCode.choices], required=False)


class VoidWindowForm(forms.Form):
    start = forms.DateTimeField(
        label=_("Van"),
        error_messages={"required": _("Kies de eerste minuut van het tijdvak.")},
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("De eerste minuut van het tijdvak (datum en tijd, op de minuut)."),
    )
    end = forms.DateTimeField(
        label=_("Tot en met"),
        error_messages={"required": _("Kies de laatste minuut van het tijdvak.")},
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("De laatste minuut van het tijdvak; die minuut hoort er nog bij."),
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            raise forms.ValidationError(_("Het einde van het tijdvak ligt vóór het begin."))
        return cleaned

    def window(self) -> tuple[datetime.datetime, datetime.datetime]:
        """From the start minute up to, not including, the minute after the end minute."""
        start = self.cleaned_data["start"].replace(second=0, microsecond=0)
        end = self.cleaned_data["end"].replace(second=0, microsecond=0)
        return start, end + datetime.timedelta(minutes=1)
