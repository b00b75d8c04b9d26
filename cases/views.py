"""Public pages of cases: submitting, following the status, reading published cases."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from cases import services
from cases.cards import card_rows, cards
from cases.choices import STATUS_EXPLANATIONS
from cases.filters import CaseFilter
from cases.forms import CaseSubmissionForm
from cases.models import Case
from duurzaamdoor.caching import page_of, public_page
from duurzaamdoor.crawlers import no_index
from duurzaamdoor.filtering import resolve_filters
from duurzaamdoor.links import LinkLists, Part
from duurzaamdoor.paginators import ListPaginator
from duurzaamdoor.public_content import shown_or_404
from duurzaamdoor.ratelimit import rate_limited
from ecosystem.models import Ecosystem
from lessons.models import Lesson
from lessons.selectors import lessons_sharing_parties, party_links

CASES_PER_PAGE = 20
FORM_TOKEN_SALT = "cases.submission"  # noqa: S105 - a namespace, not a secret
FORM_TOKEN_MAX_AGE = 60 * 60 * 24 * 2  # two days to fill in the form
HONEYPOT = "website"
# The browser that loaded the form: a replayed form token leads back to the status page
# only from there (see _new_form_token).
FORM_BROWSER_COOKIE = "kb_form_browser"


def _browser_digest(browser: str) -> str:
    return hashlib.sha256(f"{FORM_TOKEN_SALT}:{browser}".encode()).hexdigest()[:32]


def _new_form_token(browser: str) -> str:
    """A signed one-time token, bound to the browser that loaded the form.

    Its value (random part and a digest of the browser's cookie) makes the submission
    exactly-once. Sent again, it finds the case already stored; the status link it then
    leads to is a bearer credential, so it is given only to the same browser (a double
    click, a resent form), never to whoever else got hold of the token.
    """
    value = f"{secrets.token_urlsafe(16)}:{_browser_digest(browser)}"
    return signing.TimestampSigner(salt=FORM_TOKEN_SALT).sign(value)


def _valid_form_token(value: str) -> str | None:
    try:
        return signing.TimestampSigner(salt=FORM_TOKEN_SALT).unsign(
            value, max_age=FORM_TOKEN_MAX_AGE
        )
    except signing.BadSignature:
        return None


def _same_browser(request: HttpRequest, token: str) -> bool:
    _random, _sep, digest = token.partition(":")
    browser = request.COOKIES.get(FORM_BROWSER_COOKIE, "")
    return bool(digest and browser) and hmac.compare_digest(digest, _browser_digest(browser))


def _browser(request: HttpRequest) -> str:
    """The cookie value of this browser, or a new one (set by :func:`_remember_browser`)."""
    known = request.COOKIES.get(FORM_BROWSER_COOKIE, "")
    return known if 20 <= len(known) <= 64 else secrets.token_urlsafe(32)


def _remember_browser(response: HttpResponse, browser: str) -> HttpResponse:
    response.set_cookie(
        FORM_BROWSER_COOKIE,
        browser,
        max_age=FORM_TOKEN_MAX_AGE,
        path=reverse("cases:submit"),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Strict",
    )
    return response


@never_cache
@rate_limited("case_submit")
@require_http_methods(["GET", "HEAD", "POST"])
def submit(request: HttpRequest) -> HttpResponse:
    browser = _browser(request)
    if request.method != "POST":
        context = {"form": CaseSubmissionForm(), "form_token": _new_form_token(browser)}
        return _remember_browser(render(request, "cases/submit.html", context), browser)

    if request.POST.get(HONEYPOT):
        # Only robots fill the invisible field. Answer as if all went well; store nothing.
        return render(request, "cases/received.html")

    form = CaseSubmissionForm(request.POST)
    token = _valid_form_token(request.POST.get("form_token", ""))
    if token is None:
        form.is_valid()
        form.add_error(None, _expired_message())
    elif form.is_valid():
        case, created_now = services.case_submit(
            data=form.case_data(),
            parties=form.cleaned_data["parties"],
            submission_token=token,
            ecosystem=form.cleaned_data["ecosystem_link"],
            language=get_language(),
        )
        # Sent again (the same form, or the same case after Back): the status link goes
        # only to the browser that sent it first; a replay elsewhere gets no credential.
        if created_now or _same_browser(request, case.submission_token or ""):
            return redirect("cases:submitted", token=case.status_token)
        return render(request, "cases/already_received.html")
    context = {
        "form": form,
        "form_token": _new_form_token(browser) if token is None else request.POST["form_token"],
    }
    response = render(request, "cases/submit.html", context, status=400 if form.errors else 200)
    return _remember_browser(response, browser)


def _expired_message() -> str:
    return _(
        "Het formulier is verlopen of beschadigd. Je gegevens staan er nog; controleer ze en "
        "verstuur het formulier opnieuw."
    )


@never_cache
@require_safe
def submitted(request: HttpRequest, token: str) -> HttpResponse:
    case = get_object_or_404(Case, status_token=token)
    status_url = request.build_absolute_uri(case.get_status_url())
    return no_index(
        render(request, "cases/submitted.html", {"case": case, "status_url": status_url})
    )


@never_cache
@require_safe
def status(request: HttpRequest, token: str) -> HttpResponse:
    case = get_object_or_404(Case, status_token=token)
    events = case.events.filter(is_internal=False)
    context = {
        "case": case,
        "events": events,
        "explanation": STATUS_EXPLANATIONS[case.status],
        "submitted": CaseSubmissionForm.submitted_texts(case),
        "contact_email": settings.CONTACT_EMAIL,
    }
    return no_index(render(request, "cases/status.html", context))


@require_safe
@public_page(("regio", "partij", "status", "page"))
def case_list(request: HttpRequest) -> HttpResponse:
    filters = resolve_filters(CaseFilter, request, Case.objects.public())
    filterset = filters.filterset
    page = page_of(ListPaginator(card_rows(filterset.qs), CASES_PER_PAGE), request.GET.get("page"))
    page.object_list = cards(page.object_list)
    context = {"page": page, "filter": filterset, "filter_notices": filters.notices}
    return render(request, "cases/case_list.html", context)


@require_safe
@public_page()
def case_detail(request: HttpRequest, slug: str) -> HttpResponse:
    case = get_object_or_404(Case, slug=slug)
    preview = not case.is_public
    shown_or_404(request, case, public=not preview)
    links = CASE_LINKS.of(case.pk)
    links["parties"] = party_links(links["parties"])
    related = lessons_sharing_parties(
        [party.slug for party in links["parties"]],
        exclude=[int(lesson.pk) for lesson in links["lessons"]],
    )
    context = {"case": case, "links": links, "related": related, "preview": preview}
    return render(request, "cases/case_detail.html", context)


CASE_LINKS = LinkLists(
    lambda case: dict(
        parties=Part(Case.parties.through.objects.filter(case=case), "party_id", "party_id",
                     order=("party__position",)),
        maps=Part(Ecosystem.objects.published().filter(case=case), "slug", "title",
                  order=("-published_at", "pk"), view="ecosystem:detail"),
        # Meetings link to cases (Meeting.cases): reached from here by that relation.
        meetings=Part(Case.meetings.field.model.objects.published().filter(cases=case), "slug",
                      "title", order=("-starts_at", "pk"), view="meetings:detail",
                      date="starts_at"),
        lessons=Part(Lesson.objects.published().filter(cases=case), "slug", "title",
                     order=("-published_at", "-pk"), view="lessons:detail"),
    )
)  # fmt: skip
