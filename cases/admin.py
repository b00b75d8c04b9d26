"""The secretary's moderation queue and workplace for cases."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, QuerySet, Value, When
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from cases import services, workflow
from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from cases.resources import CaseResource, CaseWithContactResource
from duurzaamdoor.admin_links import ReverseLinksAdminMixin, reverse_link_field
from duurzaamdoor.caching import CachedCountsAdminMixin
from duurzaamdoor.exports import import_export_admin
from duurzaamdoor.text import MultiLineFormField
from ecosystem.models import Actor, Ecosystem
from lessons.models import Meeting, Statement

NO_CHANGE = ""
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
        _("ecosysteemkaarten"), Ecosystem.objects.all(), Actor._meta.get_field("ecosystem")
    )
    meetings = reverse_link_field(
        _("bijeenkomsten"), Meeting.objects.all(), Statement._meta.get_field("meeting")
    )
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
            allowed = workflow.allowed_transitions(self.instance.status)
            self.fields["transition_to"].choices = [(NO_CHANGE, _("— niet wijzigen —"))] + [
                (status, CaseStatus(status).label) for status in allowed
            ]
        if "parties" in self.fields:
            self.fields["parties"].widget = forms.CheckboxSelectMultiple(
                choices=self.fields["parties"].choices
            )

    def clean(self):
        cleaned = super().clean()
        # The public address comes from the public title, not from the submitted one; once
        # public it stays put, so that links to it keep working.
        public_title = cleaned.get("public_title", "").strip()
        if public_title and not self.initial.get("is_public") and "slug" not in self.changed_data:
            self.instance.public_title = public_title
            cleaned["slug"] = services.public_slug(self.instance)
        target = cleaned.get("transition_to")
        if (
            target
            and workflow.needs_message(target)
            and not cleaned.get("public_message", "").strip()
        ):
            self.add_error("public_message", _("Geef een reden; de indiener ziet die."))
        return cleaned


class CaseEventInline(admin.TabularInline):
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
    public_message = MultiLineFormField(
        label=_("Bericht aan de indiener (niet verplicht, behalve bij afwijzen)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
    )


def _transition_action(to_status: str):
    def action(modeladmin: "CaseAdmin", request: HttpRequest, queryset: QuerySet):
        return modeladmin.transition(request, queryset, to_status)

    action.__name__ = f"to_{to_status}"
    return admin.action(description=workflow.ACTION_LABELS[to_status], permissions=["change"])(
        action
    )


@admin.register(Case)
class CaseAdmin(
    CachedCountsAdminMixin,
    ReverseLinksAdminMixin,
    import_export_admin(export_only=True),
    SimpleHistoryAdmin,
):
    reverse_links = {"ecosystems": "ecosystems", "meetings": "meetings"}
    form = CaseAdminForm
    list_display = ["title", "status", "region", "organisation", "submitted_at", "is_public"]
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
    inlines = [CaseEventInline]
    readonly_fields = [
        "status", "status_changed_at", "submitted_at", "status_page", "consent_version",
        "consented_at", "personal_data_removed_at", "language",
    ]  # fmt: skip
    fieldsets = [
        (
            _("Workflow"),
            {"fields": ["status", "status_changed_at", "transition_to", "public_message"]},
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

    def save_model(self, request, obj: Case, form: CaseAdminForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        target = form.cleaned_data.get("transition_to")
        if target:
            try:
                services.case_transition(
                    case=obj,
                    to_status=target,
                    actor=request.user,
                    public_message=form.cleaned_data.get("public_message", ""),
                )
            except services.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)

    def transition(self, request: HttpRequest, queryset: QuerySet, to_status: str):
        form = TransitionForm(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            moved, refused = 0, []
            for case in queryset:
                try:
                    services.case_transition(
                        case=case,
                        to_status=to_status,
                        actor=request.user,
                        public_message=form.cleaned_data["public_message"],
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
        context = {
            **self.admin_site.each_context(request),
            "title": workflow.ACTION_LABELS[to_status],
            "rows": [(case, workflow.is_allowed(case.status, to_status)) for case in queryset],
            "form": form,
            "action": f"to_{to_status}",
            "needs_message": workflow.needs_message(to_status),
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/cases/case/transition.html", context)

    @admin.action(description=_("Persoonsgegevens verwijderen"), permissions=["change"])
    def remove_personal_data(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = 0
        for case in queryset:
            services.case_remove_personal_data(case=case)
            count += 1
        self.message_user(
            request,
            ngettext(
                "Persoonsgegevens van %(count)d case verwijderd.",
                "Persoonsgegevens van %(count)d cases verwijderd.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
