"""The widgets written out in Python are exactly what Django's templates make of them."""

import datetime

import pytest
from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.forms.renderers import TemplatesSetting
from django.test import override_settings
from django.utils.translation import gettext_lazy

from duurzaamdoor.settings import TEMPLATES
from duurzaamdoor.widget_html import PlainWidgetsRenderer
from ecosystem.models import Relation
from tests.factories import ActorFactory

HOSTILE = 'Zeg "ja" & <script>alert(1)</script> \'n keer'


class EveryKind(forms.Form):
    text = forms.CharField(max_length=20, widget=forms.TextInput(attrs={"data-x": HOSTILE}))
    empty = forms.CharField(required=False)
    number = forms.IntegerField(min_value=1, max_value=5)
    decimal = forms.DecimalField(decimal_places=2)
    flag = forms.BooleanField(required=False)
    hidden = forms.CharField(widget=forms.HiddenInput)
    secret = forms.CharField(widget=forms.PasswordInput(render_value=True))
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    email = forms.EmailField()
    choice = forms.ChoiceField(choices=[("", "—"), ("a", HOSTILE), (3, gettext_lazy("belang"))])
    grouped = forms.ChoiceField(choices=[("Groep <1>", [("x", "X"), ("y", "Y")]), ("z", "Z")])
    many = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B"), ("c", "C")])
    maybe = forms.NullBooleanField()
    radio = forms.ChoiceField(choices=[("a", "A")], widget=forms.RadioSelect)


VALUES = {
    "text": HOSTILE, "empty": "", "number": 3, "decimal": "1.50", "flag": True,
    "hidden": HOSTILE, "secret": "geheim", "day": datetime.date(2026, 5, 1),
    "email": "a@example.org", "choice": "a", "grouped": "y", "many": ["a", "c"],
    "maybe": None, "radio": "a",
}  # fmt: skip


def rendered(form: forms.BaseForm, renderer) -> list[str]:
    form.renderer = renderer
    return [html for field in form for html in (str(field), field.errors.as_ul())]


@pytest.mark.parametrize(
    "data", [None, {**VALUES, "flag": "on"}, {"number": "9", "text": "x" * 30}]
)
def test_every_widget_is_written_as_djangos_templates_write_it(data):
    plain = PlainWidgetsRenderer()
    assert len(plain.writers) > 10 and plain.own_errors  # the written-out path is in use
    make = (lambda: EveryKind(data)) if data else (lambda: EveryKind(initial=VALUES))
    assert rendered(make(), plain) == rendered(make(), TemplatesSetting())


def test_the_autocomplete_of_a_relation_is_written_as_django_writes_it(db):
    actor = ActorFactory(name=HOSTILE)
    widget = AutocompleteSelect(Relation._meta.get_field("source"), admin.site)
    field = forms.ModelChoiceField(Relation.actor_choices(actor.ecosystem_id), widget=widget)
    Form = type("RelationEnd", (forms.Form,), {"source": field})
    plain = rendered(Form(initial={"source": actor.pk}), PlainWidgetsRenderer())
    assert plain == rendered(Form(initial={"source": actor.pk}), TemplatesSetting())
    assert HOSTILE not in plain[0]  # escaped


def test_an_overridden_widget_template_is_used_as_it_is(tmp_path):
    template = tmp_path / "django" / "forms" / "widgets" / "input.html"
    template.parent.mkdir(parents=True)
    template.write_text('<input class="eigen" name="{{ widget.name }}">')
    overridden = [{**TEMPLATES[0], "DIRS": [tmp_path, *TEMPLATES[0]["DIRS"]]}]
    with override_settings(TEMPLATES=overridden):
        plain = PlainWidgetsRenderer()
        assert plain.writers == {}
        assert rendered(EveryKind(), plain)[0] == '<input class="eigen" name="text">'
