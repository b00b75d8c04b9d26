"""Forms of the self-service map editor."""

from django import forms
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.forms import PublicFormMixin
from ecosystem.models import Actor, Ecosystem, Factor, Relation

SCALE_5 = [(n, str(n)) for n in range(1, 6)]
SCALE_3 = [(n, str(n)) for n in range(1, 4)]


class EcosystemForm(PublicFormMixin, forms.ModelForm):
    class Meta:
        model = Ecosystem
        fields = ["title", "task", "new_reality"]
        labels = {
            "title": _("Naam van de kaart"),
            "task": _("Transitieopgave"),
            "new_reality": _("De nieuwe werkelijkheid"),
        }
        help_texts = {
            "title": _("Bijvoorbeeld: Circulair bouwen in de regio Zwolle."),
            "task": _("Welke transitieopgave brengen jullie in kaart?"),
            "new_reality": _("Hoe ziet het eruit als de opgave is gelukt?"),
        }
        error_messages = {
            "title": {"required": _("Geef de kaart een naam.")},
            "task": {"required": _("Beschrijf de transitieopgave.")},
        }
        widgets = {
            "task": forms.Textarea(attrs={"rows": 3}),
            "new_reality": forms.Textarea(attrs={"rows": 3}),
        }


class ActorForm(PublicFormMixin, forms.ModelForm):
    influence = forms.TypedChoiceField(
        label=_("Invloed"), choices=SCALE_5, coerce=int, initial=3,
        help_text=_("1 is weinig, 5 is veel invloed op de opgave."),
    )  # fmt: skip
    interest = forms.TypedChoiceField(
        label=_("Belang"), choices=SCALE_5, coerce=int, initial=3,
        help_text=_("1 is weinig, 5 is veel belang bij de opgave."),
    )  # fmt: skip

    class Meta:
        model = Actor
        fields = [
            "name",
            "party",
            "kind",
            "contributes",
            "strengthen",
            "influence",
            "interest",
            "note",
        ]
        labels = {"name": _("Naam van de actor"), "note": _("Toelichting")}
        help_texts = {"name": _("Een organisatie of rol, geen naam van een persoon.")}
        error_messages = {
            "name": {"required": _("Vul de naam van de actor in.")},
            "party": {"required": _("Kies een partij.")},
        }

    def __init__(self, *args, ecosystem: Ecosystem, **kwargs):
        self.ecosystem = ecosystem
        super().__init__(*args, **kwargs)
        self.instance.ecosystem = ecosystem

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        others = self.ecosystem.actors.filter(name__iexact=name).exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Er staat al een actor met deze naam op de kaart."))
        return name


class FactorForm(PublicFormMixin, forms.ModelForm):
    weight = forms.TypedChoiceField(
        label=_("Gewicht"), choices=SCALE_3, coerce=int, initial=2,
        help_text=_("1 is klein, 3 is groot."),
    )  # fmt: skip

    class Meta:
        model = Factor
        fields = ["name", "kind", "effect", "weight", "note"]
        labels = {"name": _("Naam van de factor"), "note": _("Toelichting")}
        error_messages = {
            "name": {"required": _("Vul de naam van de factor in.")},
            "kind": {"required": _("Kies een soort.")},
            "effect": {"required": _("Kies of de factor helpt of remt.")},
        }

    def __init__(self, *args, ecosystem: Ecosystem, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.ecosystem = ecosystem


class RelationForm(PublicFormMixin, forms.ModelForm):
    class Meta:
        model = Relation
        fields = ["source", "kind", "target", "note"]
        labels = {"note": _("Toelichting")}
        error_messages = {
            "source": {"required": _("Kies de eerste actor.")},
            "target": {"required": _("Kies de tweede actor.")},
            "kind": {"required": _("Kies de soort relatie.")},
        }

    def __init__(self, *args, ecosystem: Ecosystem, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.ecosystem = ecosystem
        # Only actors of this map can be chosen.
        for name in ("source", "target"):
            self.fields[name].queryset = Relation.actor_choices(ecosystem.pk)
            self.fields[name].error_messages["invalid_choice"] = Relation.NOT_AN_ACTOR_OF_THIS_MAP
            self.fields[name].empty_label = _("Kies een actor")
