"""A map belongs to one case at most: moving it to another case takes the secretary's yes.

A team links its map to the case it submits with it; the secretariat links maps to cases in
the admin, from the case's page ("ecosysteemkaarten") and from the map's ("praktijkcase").
Linking a map that belongs to one case to another takes it away from the first. The admin
asks before it does that, rather than refusing: the move may well be meant (the team chose
the wrong case, or the table took two cases together), and a refusal would send the
secretary to the map's page and back, away from what was just typed on this one. The question comes
with the form, next to the field, naming both cases; a tick box says yes.
"""

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ecosystem.models import Ecosystem

CONFIRM_FIELD = "confirm_map_move"


def confirm_field() -> forms.BooleanField:
    return forms.BooleanField(
        label=_("Ja, verplaats de kaart"),
        required=False,
        help_text=_("De kaart verhuist naar deze case en staat niet meer bij de andere."),
    )


def moving_away(maps: Iterable[Ecosystem], case) -> list[Ecosystem]:
    """The maps that belong to another case than ``case`` now (as stored)."""
    if case is None:
        return []
    return [ecosystem for ecosystem in maps if ecosystem.case_id not in (None, case.pk)]


def confirm_moves(form: forms.Form, field: str, maps: Iterable[Ecosystem], case) -> None:
    """In ``form.clean()``: ask, at ``field``, before maps move to ``case``.

    Sets ``form.maps_moving`` so that the admin shows the tick box (ConfirmMapMoveMixin).
    """
    form.maps_moving = moving_away(maps, case)
    if form.maps_moving and not form.cleaned_data.get(CONFIRM_FIELD):
        moves = [
            gettext(
                "“%(map)s” hoort nu bij de case “%(from)s”; sla je op, dan verhuist de kaart "
                "naar “%(to)s” en staat hij niet meer bij “%(from)s”."
            )
            % {"map": ecosystem.title, "from": ecosystem.case.title, "to": case.title}
            for ecosystem in form.maps_moving
        ]
        ask = gettext("Is dat de bedoeling, vink dan “Ja, verplaats de kaart” aan.")
        form.add_error(field, " ".join([*moves, ask]))


class ConfirmMapMoveMixin:
    """For a ModelAdmin whose form calls :func:`confirm_moves`: shows the tick box right
    after ``map_move_field``, and only when a map would move."""

    map_move_field = ""

    def render_change_form(self, request, context, *args, **kwargs):
        adminform = context.get("adminform")
        if adminform is not None and getattr(adminform.form, "maps_moving", None):
            adminform.fieldsets = [
                (name, {**options, "fields": self._with_confirmation(options["fields"])})
                for name, options in adminform.fieldsets
            ]
        return super().render_change_form(request, context, *args, **kwargs)

    def _with_confirmation(self, fields) -> list:
        shown = []
        for field in fields:
            shown.append(field)
            if field == self.map_move_field:
                shown.append(CONFIRM_FIELD)
        return shown
