"""Public pages of meetings: the list, a meeting with its statements, voting and the live view."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from duurzaamdoor.caching import cached_value, page_of, public_page
from duurzaamdoor.choices import PartyCode
from duurzaamdoor.public_content import may_preview, shown_or_404
from duurzaamdoor.ratelimit import rate_limited, refused_as_invalid, with_retry_after
from meetings import participants, vote_limits
from meetings.choices import Stance
from meetings.forms import PositionForm
from meetings.models import Meeting
from meetings.selectors import (
    ACTIVITY_MINUTES,
    counts_as_new,
    meeting_with_statements,
    participant_positions,
    positions_per_minute,
    results,
    shown_results,
)
from meetings.services import StatementClosed, position_record

PAST_PER_PAGE = 20


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
    return render(request, "meetings/meeting_list.html", context)


# The page is shared only when nobody's positions are on it and no statement is open (an
# open one has a form with a CSRF token, and such a page is never stored). The results of a
# closed statement cannot change: reopening it makes a new content version.
@never_cache
@require_safe
@public_page(personal_cookies=(participants.COOKIE,))
def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = cached_value("meeting", slug, compute=lambda: meeting_with_statements(slug))
    if not found:
        raise Http404
    meeting, statements, links = found
    shown_or_404(request, meeting, public=meeting.is_published)
    participant = participants.participant_id(request)
    mine = {}
    if participant and statements:
        mine = participant_positions(statements, participant)
    latest = max(mine.values(), key=lambda p: p.updated_at, default=None)
    context = {
        "meeting": meeting,
        "links": links,
        "statements": statements,
        "mine": mine,
        "party": latest.party if latest else "",
        "results": shown_results(statements, preview=_may_preview(request)),
        "stances": Stance.choices,
        "parties": PartyCode.choices,
    }
    return render(request, "meetings/meeting_detail.html", context)


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
        response = render(request, "meetings/vote_refused.html", context, status=429)
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
        return render(request, "meetings/includes/live_results.html", _live_context(meeting))
    return render(request, "meetings/meeting_live.html", _live_context(meeting))


def moved_admin_page(request: HttpRequest) -> HttpResponse:
    """An admin address of meetings, statements or positions from before they had an app
    of their own (``/admin/lessons/meeting/…``): to the same page under
    ``/admin/meetings/``, the rest of the address and the query string kept. A form sent
    to an old address (a page opened before the move) is sent on as it was (308)."""
    admin_root = reverse("admin:index")
    full_path = request.get_full_path()
    moved = f"{admin_root}meetings/{full_path.removeprefix(f'{admin_root}lessons/')}"
    response = HttpResponsePermanentRedirect(moved)
    if request.method not in ("GET", "HEAD"):
        response.status_code = 308
    return response
