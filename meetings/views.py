"""Public pages of meetings: the list, a meeting with its statements, voting and the live view."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from cases.models import Case
from duurzaamdoor.caching import cached_value, page_of, public_page
from duurzaamdoor.choices import PartyCode
from duurzaamdoor.links import LinkLists, Part
from duurzaamdoor.public_content import may_preview, shown_or_404
from duurzaamdoor.ratelimit import rate_limited, refused_as_invalid, with_retry_after
from lessons import participants, vote_limits
from lessons.choices import Stance
from lessons.meetings import Meeting
from lessons.models import Lesson, Source
from lessons.positions import (
    ACTIVITY_MINUTES,
    StatementClosed,
    counts_as_new,
    participant_positions,
    position_record,
    positions_per_minute,
    results,
)

PAST_PER_PAGE = 20


class PositionForm(forms.Form):
    value = forms.TypedChoiceField(
        choices=Stance.choices,
        coerce=int,
        error_messages={"required": gettext_lazy("Kies een positie op de schaal.")},
    )
    party = forms.ChoiceField(choices=[("", "—"), *PartyCode.choices], required=False)


def closed_ids(statements: list) -> set[int]:
    return {statement.pk for statement in statements if not statement.is_open}


def _may_preview(request: HttpRequest) -> bool:
    return may_preview(request.user, Meeting)


def _meeting(request: HttpRequest, slug: str) -> Meeting:
    meeting = get_object_or_404(Meeting, slug=slug)
    return shown_or_404(request, meeting, public=meeting.is_published)


@require_safe
@public_page(("page",))
def meeting_list(request: HttpRequest) -> HttpResponse:
    published = Meeting.objects.published()
    past = page_of(Paginator(published.past(), PAST_PER_PAGE), request.GET.get("page"))
    context = {"upcoming": list(published.upcoming()), "page": past}
    return render(request, "lessons/meeting_list.html", context)


MEETING_LINKS = LinkLists(
    lambda meeting: dict(
        lessons=Part(Lesson.objects.published().filter(meetings=meeting), "slug", "title",
                     order=("-published_at", "-pk"), view="lessons:detail"),
        cases=Part(Case.objects.public().filter(meetings=meeting), "slug", "public_title",
                   order=("-submitted_at", "-pk"), view="cases:detail"),
        sources=Part(Source.objects.filter(meetings=meeting), "slug", "title",
                     order=("-date", "title", "pk"), view="lessons:source"),
    )
)  # fmt: skip


def _meeting_with_statements(slug: str) -> tuple[Meeting, list, dict] | None:
    meeting = Meeting.objects.filter(slug=slug).first()
    if meeting is None:
        return None
    return meeting, list(meeting.statements.all()), MEETING_LINKS.of(meeting.pk)


# The page is shared only when nobody's positions are on it and no statement is open (an
# open one has a form with a CSRF token, and such a page is never stored). The results of a
# closed statement cannot change: reopening it makes a new content version.
@never_cache
@require_safe
@public_page(personal_cookies=(participants.COOKIE,))
def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = cached_value("meeting", slug, compute=lambda: _meeting_with_statements(slug))
    if not found:
        raise Http404
    meeting, statements, links = found
    shown_or_404(request, meeting, public=meeting.is_published)
    participant = participants.participant_id(request)
    mine = {}
    if participant and statements:
        mine = participant_positions(statements, participant)
    latest = max(mine.values(), key=lambda p: p.updated_at, default=None)
    # Results of an open statement could sway the room; the secretary sees them anyway.
    all_results = results(statements) if statements else {}
    preview = _may_preview(request)
    shown = {
        pk: result for pk, result in all_results.items() if preview or pk in closed_ids(statements)
    }
    context = {
        "meeting": meeting,
        "links": links,
        "statements": statements,
        "mine": mine,
        "party": latest.party if latest else "",
        "results": shown,
        "stances": Stance.choices,
        "parties": PartyCode.choices,
    }
    return render(request, "lessons/meeting_detail.html", context)


@rate_limited("vote")
@require_POST
def vote(request: HttpRequest, slug: str, statement_id: int) -> HttpResponse:
    meeting = _meeting(request, slug)
    statement = get_object_or_404(meeting.statements, pk=statement_id)
    wants_json = request.accepts("application/json") and not request.accepts("text/html")
    known = participants.participant_id(request)
    participant = known or participants.new_participant_id()
    form = PositionForm(request.POST)
    status, message, retry_after = 200, "", None
    if not form.is_valid():
        status = 400
        message = " ".join(str(e) for errors in form.errors.values() for e in errors)
    elif (
        statement.is_open
        and counts_as_new(statement, known)
        and (refused := vote_limits.refusal(request, statement, new_participant=known is None))
    ):
        status, message, retry_after = 429, refused.message, refused.retry_after
    else:
        try:
            position_record(
                statement=statement,
                participant=participant,
                value=form.cleaned_data["value"],
                party=form.cleaned_data["party"],
            )
            message = _("Je positie is opgeslagen: %(value)s.") % {
                "value": Stance(form.cleaned_data["value"]).label
            }
        except StatementClosed as closed:
            status, message = 409, str(closed)
    if wants_json:
        response = JsonResponse({"ok": status == 200, "message": message}, status=status)
    elif status == 429:
        context = {"meeting": meeting, "statement": statement, "message": message}
        response = render(request, "lessons/vote_refused.html", context, status=429)
    else:
        (messages.success if status == 200 else messages.error)(request, message)
        response = redirect(f"{meeting.get_absolute_url()}#stelling-{statement.pk}")
        if status == 400:
            refused_as_invalid(response)
    if status == 200:
        participants.remember(response, participant)
    if retry_after is not None:
        with_retry_after(response, retry_after)
    return response


def _live_context(meeting: Meeting) -> dict:
    current = meeting.statements.filter(is_open=True).first()
    return {
        "meeting": meeting,
        "current": current,
        "result": results([current])[current.pk] if current else None,
        # New positions per minute: a stuffed vote shows as a spike the room can see.
        "activity": positions_per_minute(current) if current else [],
        "activity_minutes": ACTIVITY_MINUTES,
    }


@never_cache
@require_safe
def meeting_live(request: HttpRequest, slug: str) -> HttpResponse:
    """The projector view; its script reloads the results fragment every few seconds."""
    meeting = _meeting(request, slug)
    if request.GET.get("fragment") == "1":
        return render(request, "lessons/includes/live_results.html", _live_context(meeting))
    return render(request, "lessons/meeting_live.html", _live_context(meeting))
