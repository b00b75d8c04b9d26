"""What needs the secretary's attention, for the admin's start page (a fixed number of queries)."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Model, Q
from django.urls import reverse
from django.utils import timezone

from cases import querysets as case_rows
from cases.models import Case
from duurzaamdoor.secretariat import notification_status
from ecosystem.choices import EcosystemStatus
from ecosystem.models import Ecosystem
from ecosystem.querysets import AWAITING_REVIEW
from lessons.choices import LessonStatus
from lessons.models import Lesson
from meetings.models import Meeting

LIST_LENGTH = 5
DRAFT_LESSONS = {"status": LessonStatus.DRAFT}


def changelist_url(model: type[Model], lookups: dict) -> str:
    """The admin's list of ``model`` filtered as ``lookups`` say (the same lookups that
    count the rows here), so that the link shows what the number counts."""
    opts = model._meta
    query = {
        f"{name}__exact": int(value) if isinstance(value, bool) else value
        for name, value in lookups.items()
    }
    return f"{reverse(f'admin:{opts.app_label}_{opts.model_name}_changelist')}?{urlencode(query)}"


@dataclass
class Dashboard:
    new_cases: list = field(default_factory=list)
    new_case_count: int = 0
    new_cases_url: str = ""
    stale_days: int = case_rows.STALE_AFTER.days
    stale_cases: list = field(default_factory=list)
    stale_case_count: int = 0
    draft_lesson_count: int = 0
    draft_lessons_url: str = ""
    waiting_maps: list = field(default_factory=list)
    waiting_map_count: int = 0
    waiting_maps_url: str = ""
    next_meeting: Meeting | None = None
    open_statements: list = field(default_factory=list)
    totals: dict = field(default_factory=dict)
    # Nobody would be told of a new case: no active member of the secretariat has an
    # address. Whether this user is a member decides what the warning asks of them.
    nobody_notified: bool = False
    user_is_member: bool = False


def dashboard(user) -> Dashboard:
    """Only the parts this user may see. At most ten queries."""
    board = Dashboard()
    now = timezone.now()
    if user.has_perm("cases.view_case"):
        counts = Case.objects.aggregate(
            new=Count("pk", filter=Q(**case_rows.NEW)),
            stale=Count("pk", filter=case_rows.stale(now)),
            public=Count("pk", filter=Q(is_public=True)),
        )
        board.new_case_count, board.stale_case_count = counts["new"], counts["stale"]
        board.totals["public_cases"] = counts["public"]
        board.new_cases_url = changelist_url(Case, case_rows.NEW)
        board.new_cases = list(Case.objects.new().order_by("submitted_at")[:LIST_LENGTH])
        board.stale_cases = list(
            Case.objects.stale(now).order_by("status_changed_at")[:LIST_LENGTH]
        )
        anyone_notified, board.user_is_member = notification_status(user)
        board.nobody_notified = not anyone_notified
    if user.has_perm("lessons.view_lesson"):
        counts = Lesson.objects.aggregate(
            drafts=Count("pk", filter=Q(**DRAFT_LESSONS)),
            published=Count("pk", filter=Q(status=LessonStatus.PUBLISHED)),
        )
        board.draft_lesson_count = counts["drafts"]
        board.draft_lessons_url = changelist_url(Lesson, DRAFT_LESSONS)
        board.totals["published_lessons"] = counts["published"]
    if user.has_perm("ecosystem.view_ecosystem"):
        counts = Ecosystem.objects.aggregate(
            waiting=Count("pk", filter=Q(**AWAITING_REVIEW)),
            published=Count("pk", filter=Q(status=EcosystemStatus.PUBLISHED)),
        )
        board.waiting_map_count = counts["waiting"]
        board.totals["published_maps"] = counts["published"]
        board.waiting_maps_url = changelist_url(Ecosystem, AWAITING_REVIEW)
        board.waiting_maps = list(
            Ecosystem.objects.awaiting_review().order_by("-updated_at")[:LIST_LENGTH]
        )
    if user.has_perm("meetings.view_meeting"):
        board.next_meeting = Meeting.objects.upcoming().first()
        if board.next_meeting:
            board.open_statements = list(board.next_meeting.statements.filter(is_open=True))
        board.totals["meetings"] = Meeting.objects.published().count()
    return board
