"""The secretary's moderation queue and workplace for cases."""

from django import forms
from django.contrib import admin, messages
from django.db import connection
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, QuerySet, Value, When
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cases import services, workflow
from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from cases.resources import CaseResource, CaseWithContactResource
from duurzaamdoor.admin_actions import action_page, applying
from duurzaamdoor.admin_checkboxes import CheckboxesAdminMixin
from duurzaamdoor.admin_history import HistoryAdmin
from duurzaamdoor.admin_import_export import import_export_admin
from duurzaamdoor.admin_inlines import TabularInline
from duurzaamdoor.admin_links import ReverseLinksAdminMixin, reverse_link_field, reverse_many_field
from duurzaamdoor.admin_lists import CachedCountsAdminMixin
from duurzaamdoor.text import MultiLineFormField
from ecosystem import case_links
from ecosystem.case_links import ConfirmMapMoveMixin
from ecosystem.models import Actor, Ecosystem

NO_CHANGE = ""
WORKFLOW_FIELDS = ["status", "status_changed_at", "transition_to", "public_message", "status_seen"]
SUBMITTED_FIELDS = [
    "submitted_at", "transition_task", "region", "organisation", "bottleneck", "tried",
    "help_wanted", "parties",
]  # fmt: skip
CONTACT_FIELDS = [
    "contact_name", "contact_email", "language", "status_page", "consent_version",
    "consented_at", "personal_data_removed_at",
]  # fmt: skip


class CaseAdminForm(forms.ModelForm):
    ecosystems = reverse_link_field(
        _("ecosysteemkaarten"),
        Ecosystem.objects.select_related("case"),
        Actor._meta.get_field("ecosystem"),
    )
    confirm_map_move = case_links.confirm_field()
    # Meetings link to cases (Meeting.cases).
    meetings = reverse_many_field(_("bijeenkomsten"), Case.meetings)
    transition_to = forms.ChoiceField(
        label=_("Status wijzigen naar"), required=False, choices=[(NO_CHANGE, "—")]
    )
    public_message = MultiLineFormField(
        label=_("Bericht aan de indiener"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Verschijnt op de statuspagina en gaat per e-mail naar de indiener. "
            "Verplicht bij afwijzen."
        ),
    )
    # The status the secretary saw when the page was opened: a step chosen for it is
    # refused once the case has moved on (see services.transition_refusal).
    status_seen = forms.ChoiceField(
        choices=CaseStatus.choices, required=False, widget=forms.HiddenInput
    )

    class Meta:
        model = Case
        fields = [
            "title", "slug", "transition_task", "region", "organisation", "bottleneck", "tried",
            "help_wanted", "parties", "lessons", "contact_name", "contact_email",
            "public_title", "public_summary", "insights", "is_public", "private_notes",
        ]  # fmt: skip
        help_texts = {
            "title": _("Zoals ingediend; alleen het tafelsecretariaat en de indiener zien hem."),
            "slug": _(
                "Het webadres. Tot de case openbaar is, volgt het de publieke titel; daarna "
                "blijft het staan, tenzij je het hier zelf wijzigt."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["status_seen"].initial = self.instance.status
            seen = self.data.get(self.add_prefix("status_seen")) if self.is_bound else None
            self._offer_steps_from(seen if seen in CaseStatus.values else self.instance.status)

    def clean(self):
        cleaned = super().clean()
        # The public address comes from the public title, not from the submitted one; once
        # public it stays put, so that links to it keep working.
        public_title = cleaned.get("public_title", "").strip()
        if public_title and not self.initial.get("is_public") and "slug" not in self.changed_data:
            self.instance.public_title = public_title
            cleaned["slug"] = services.public_slug(self.instance)
        case_links.confirm_moves(self, "ecosystems", cleaned.get("ecosystems", []), self.instance)
        target = cleaned.get("transition_to")
        message = cleaned.get("public_message", "")
        if target and workflow.needs_message(target) and not message.strip():
            self.add_error("public_message", _("Geef een reden; de indiener ziet die."))
        elif target:
            # The row is locked (CaseAdmin.get_object): what is checked here is what the
            # step will find. A refused step saves nothing, not even the other edits.
            refusal = services.transition_refusal(
                case=self.instance,
                to_status=target,
                seen_status=cleaned.get("status_seen") or None,
                public_message=message,
            )
            if refusal:
                self.add_error("transition_to", refusal)
                self._start_again_from(self.instance.status)
        return cleaned

    def _offer_steps_from(self, status: str) -> None:
        self.fields["transition_to"].choices = [(NO_CHANGE, _("— niet wijzigen —"))] + [
            (following, CaseStatus(following).label)
            for following in workflow.allowed_transitions(status)
        ]

    def _start_again_from(self, status: str) -> None:
        """Shown again after a refused step: the steps from the status as it is now."""
        self.data = self.data.copy()
        self.data[self.add_prefix("status_seen")] = status
        self._offer_steps_from(status)


class CaseEventInline(TabularInline):
    model = CaseEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "from_status", "to_status", "actor", "public_message", "is_internal"]
    readonly_fields = fields
    verbose_name_plural = _("Tijdlijn")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each step names who took it.
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class TransitionForm(forms.Form):
    """The message of a status change for several cases at once; a reason when rejecting."""

    public_message = MultiLineFormField(
        label=_("Bericht aan de indiener (niet verplicht, behalve bij afwijzen)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
    )

    def __init__(self, *args, to_status: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.to_status = to_status
        if workflow.needs_message(to_status):
            self.fields["public_message"].label = _("Reden voor de indiener (verplicht)")

    def clean_public_message(self) -> str:
        message = self.cleaned_data["public_message"]
        if workflow.needs_message(self.to_status) and not message.strip():
            raise forms.ValidationError(_("Geef een reden; de indiener ziet die."))
        return message


def _transition_action(to_status: str):
    def action(modeladmin: "CaseAdmin", request: HttpRequest, queryset: QuerySet):
        return modeladmin.transition(request, queryset, to_status)

    action.__name__ = f"to_{to_status}"
    return admin.action(description=workflow.ACTION_LABELS[to_status], permissions=["change"])(
        action
    )


@admin.register(Case)
class CaseAdmin(
    CheckboxesAdminMixin,
    CachedCountsAdminMixin,
    ConfirmMapMoveMixin,
    ReverseLinksAdminMixin,
    import_export_admin(export_only=True),
    HistoryAdmin,
):
    reverse_links = {"ecosystems": "ecosystems", "meetings": "meetings"}
    map_move_field = "ecosystems"
    revertible = False  # status, publication and timeline move only by the workflow's steps
    form = CaseAdminForm
    # Short columns that fit beside the menu and the filters on a laptop screen (1280 px);
    # whether a case is public is one of the filters.
    list_display = ["title", "status", "region", "organisation", "submitted_at"]
    # A date filter, not date_hierarchy: that scans the whole table for its years.
    list_filter = ["status", "submitted_at", "region", "parties", "is_public"]
    search_fields = [
        "title",
        "organisation",
        "transition_task",
        "bottleneck",
        "contact_name",
        "contact_email",
    ]
    autocomplete_fields = ["lessons"]
    checkbox_fields = ("parties",)
    inlines = [CaseEventInline]
    readonly_fields = [
        "status", "status_changed_at", "submitted_at", "status_page", "consent_version",
        "consented_at", "personal_data_removed_at", "language",
    ]  # fmt: skip
    fieldsets = [
        (
            _("Workflow"),
            {"fields": WORKFLOW_FIELDS},
        ),
        (
            _("Publicatie"),
            {"fields": ["is_public", "public_title", "slug", "public_summary", "insights"]},
        ),
        (
            _("Verbonden met"),
            {"fields": ["lessons", "ecosystems", "meetings"]},
        ),
        (_("Intern"), {"fields": ["private_notes"]}),
        (_("Ingediend door het regionale team"), {"fields": ["title", *SUBMITTED_FIELDS]}),
        (_("Contact (persoonsgegevens)"), {"fields": CONTACT_FIELDS}),
    ]
    actions = [
        *(_transition_action(status) for status in workflow.ACTION_LABELS),
        "remove_personal_data",
    ]

    def get_export_resource_classes(self, request: HttpRequest) -> list:
        # Contact data of submitters leaves the system only in a superuser's export.
        return [CaseWithContactResource if request.user.is_superuser else CaseResource]

    def get_ordering(self, request: HttpRequest) -> list:
        # The moderation queue: new cases first, then the most recent.
        new_first = SqlCase(
            When(status=CaseStatus.INGEDIEND, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [new_first.asc(), "-submitted_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Cases come in through the public form, with the submitter's consent.
        return False

    @admin.display(description=_("statuspagina"))
    def status_page(self, case: Case) -> str:
        return format_html(
            '<a href="{}">{}</a>', case.get_status_url(), _("Statuspagina van de indiener")
        )

    def get_object(self, request: HttpRequest, object_id: str, from_field=None) -> Case | None:
        case = super().get_object(request, object_id, from_field)
        if case is not None and request.method == "POST" and connection.in_atomic_block:
            # The admin checks and saves a change form in one transaction: with the row
            # locked from here, a second secretary moving the same case waits, and is then
            # checked against the status the first one left (CaseAdminForm.clean).
            case = Case.objects.select_for_update().get(pk=case.pk)
        return case

    def save_model(self, request, obj: Case, form: CaseAdminForm, change: bool) -> None:
        target = form.cleaned_data.get("transition_to")
        if not target:
            super().save_model(request, obj, form, change)
            return
        # The edits and the step are one change: the step's save stores them together as
        # one version in the history, under the step's name.
        obj.skip_history_when_saving = True
        try:
            super().save_model(request, obj, form, change)
        finally:
            del obj.skip_history_when_saving
        # Checked by the form under the row lock. Should it be refused after all, the error
        # undoes the other edits too: all or nothing.
        services.case_transition(
            case=obj,
            to_status=target,
            actor=request.user,
            public_message=form.cleaned_data.get("public_message", ""),
        )

    def transition(self, request: HttpRequest, queryset: QuerySet, to_status: str):
        cases = list(queryset)
        form = TransitionForm(request.POST if applying(request) else None, to_status=to_status)
        if applying(request) and form.is_valid():
            moved, refused = 0, []
            for case in cases:
                # The status the case had on the confirmation page (see services).
                seen = request.POST.get(f"status_{case.pk}")
                try:
                    services.case_transition(
                        case=case,
                        to_status=to_status,
                        actor=request.user,
                        public_message=form.cleaned_data["public_message"],
                        seen_status=seen if seen in CaseStatus.values else None,
                    )
                    moved += 1
                except services.TransitionError as error:
                    refused.append(str(error))
            if moved:
                self.message_user(
                    request,
                    ngettext("%(count)d case gewijzigd.", "%(count)d cases gewijzigd.", moved)
                    % {"count": moved},
                    messages.SUCCESS,
                )
            for message in refused:
                self.message_user(request, message, messages.ERROR)
            return None
        return action_page(
            self,
            request,
            template="admin/cases/case/transition.html",
            title=workflow.ACTION_LABELS[to_status],
            action=f"to_{to_status}",
            selected=cases,
            form=form,
            rows=[(case, workflow.is_allowed(case.status, to_status)) for case in cases],
            needs_message=workflow.needs_message(to_status),
        )

    @admin.action(description=_("Persoonsgegevens verwijderen"), permissions=["change"])
    def remove_personal_data(self, request: HttpRequest, queryset: QuerySet):
        """Asks first, listing the cases: what is removed cannot be brought back, and the
        submitter of a case still open can no longer be mailed about it. It stays
        possible, for an open case too: a submitter may ask for erasure at any time."""
        cases = list(queryset)
        if not applying(request):
            rows = [(case, not workflow.is_closed(case.status)) for case in cases]
            return action_page(
                self,
                request,
                template="admin/cases/case/remove_personal_data.html",
                title=_("Persoonsgegevens verwijderen"),
                action="remove_personal_data",
                selected=cases,
                rows=rows,
                open_count=sum(still_open for _case, still_open in rows),
            )
        for case in cases:
            services.case_remove_personal_data(case=case)
        self.message_user(
            request,
            ngettext(
                "Persoonsgegevens van %(count)d case verwijderd.",
                "Persoonsgegevens van %(count)d cases verwijderd.",
                len(cases),
            )
            % {"count": len(cases)},
            messages.SUCCESS,
        )
        return None
