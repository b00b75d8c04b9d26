"""A form renderer that writes the plainest widgets out in Python, with Django's own HTML.

Django renders every widget, and every option of a select, through templates. On a page
with hundreds of fields (the rows of a map in the admin) that is most of the time spent.
For inputs (text, number, hidden, checkbox, …), selects and empty error lists, this renderer
writes the very HTML of Django's templates in Python (a test holds the two side by side). As
soon as one of those templates is overridden (by the project or an app), it renders them as
usual.
"""

from functools import cached_property
from pathlib import Path

import django.forms
from django.forms.renderers import TemplatesSetting
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

WIDGETS = "django/forms/widgets/"
DJANGO_TEMPLATES = Path(django.forms.__file__).parent / "templates"
INCLUDES_INPUT = '{% include "django/forms/widgets/input.html" %}\n'
# What the widgets below are made of: written out here, so they must be Django's own.
PARTS = ["attrs.html", "input.html", "select.html", "select_option.html"]
INPUTS = ["text.html", "number.html", "email.html", "url.html", "password.html", "hidden.html",
          "checkbox.html", "date.html", "time.html", "datetime.html", "search.html",
          "tel.html"]  # fmt: skip
OPTION = f"{WIDGETS}select_option.html"
# Every field of a form row asks for its error list, mostly empty: that is no HTML at all.
ERRORS = "django/forms/errors/list/ul.html"


def _attrs(attrs: dict) -> str:
    # attrs.html: a value of True is a bare attribute, False leaves the attribute out.
    return "".join(
        f" {conditional_escape(name)}"
        + ("" if value is True else f'="{conditional_escape(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


def _text(value) -> str:
    return conditional_escape(localize(value))


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{conditional_escape(widget["value"])}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value}'
        f"{_attrs(widget['attrs'])}>"
    )


def _select(widget: dict) -> str | None:
    html = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            html.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in options:
            if option["template_name"] != OPTION:
                return None
            html.append(
                f'\n  <option value="{conditional_escape(option["value"])}"'
                f"{_attrs(option['attrs'])}>{_text(option['label'])}</option>\n"
            )
        if group_name:
            html.append("\n  </optgroup>")
    html.append("\n</select>")
    return "".join(html)


class PlainWidgetsRenderer(TemplatesSetting):
    """As the project's renderer (TemplatesSetting), with inputs and selects written out."""

    @cached_property
    def writers(self) -> dict:
        def own(name: str) -> bool:
            origin = Path(self.get_template(f"{WIDGETS}{name}").origin.name)
            return origin.is_relative_to(DJANGO_TEMPLATES)

        if not all(own(name) for name in PARTS):
            return {}
        writers = {f"{WIDGETS}select.html": _select}
        for name in INPUTS:
            origin = Path(self.get_template(f"{WIDGETS}{name}").origin.name)
            if own(name) and origin.read_text(encoding="utf-8") == INCLUDES_INPUT:
                writers[f"{WIDGETS}{name}"] = _input
        return writers

    @cached_property
    def own_errors(self) -> bool:
        origin = Path(self.get_template(ERRORS).origin.name)
        return origin.is_relative_to(DJANGO_TEMPLATES)

    def render(self, template_name: str, context: dict, request=None) -> SafeString:
        if template_name == ERRORS and not context["errors"] and self.own_errors:
            return mark_safe("")
        write = self.writers.get(template_name) if request is None else None
        html = write(context["widget"]) if write else None
        if html is None:
            return super().render(template_name, context, request)
        return mark_safe(html)  # noqa: S308 - every value above is escaped


PLAIN_WIDGETS = PlainWidgetsRenderer()
