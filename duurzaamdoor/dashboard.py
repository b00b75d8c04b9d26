"""What needs the secretary's attention, for the admin's start page (a fixed number of queries)."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from cases.choices import CaseStatus
from cases.models import Case
from cases.workflow import CLOSED
from duurzaamdoor.secretariat import notification_status
from ecosystem.choices import EcosystemStatus
from ecosystem.models import Ecosystem
from lessons.choices import LessonStatus
from lessons.models import Lesson, Meeting

STALE_AFTER = timedelta(days=30)
LIST_LENGTH = 5


@dataclass
class Dashboard:
    new_cases: list = field(default_factory=list)
    new_case_count: int = 0
    stale_cases: list = field(default_factory=list)
    stale_case_count: int = 0
    draft_lesson_count: int = 0
    waiting_maps: list = field(default_factory=list)
    waiting_map_count: int = 0
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
        stale = Q(status_changed_at__lt=now - STALE_AFTER) & ~Q(status__in=CLOSED)
        counts = Case.objects.aggregate(
            new=Count("pk", filter=Q(status=CaseStatus.INGEDIEND)),
            stale=Count("pk", filter=stale),
            public=Count("pk", filter=Q(is_public=True)),
        )
        board.new_case_count, board.stale_case_count = counts["new"], counts["stale"]
        board.totals["public_cases"] = counts["public"]
        board.new_cases = list(Case.objects.new().order_by("submitted_at")[:LIST_LENGTH])
        board.stale_cases = list(
            Case.objects.filter(stale).order_by("status_changed_at")[:LIST_LENGTH]
        )
        anyone_notified, board.user_is_member = notification_status(user)
        board.nobody_notified = not anyone_notified
    if user.has_perm("lessons.view_lesson"):
        counts = Lesson.objects.aggregate(
            drafts=Count("pk", filter=Q(status=LessonStatus.DRAFT)),
            published=Count("pk", filter=Q(status=LessonStatus.PUBLISHED)),
        )
        board.draft_lesson_count = counts["drafts"]
        board.totals["published_lessons"] = counts["published"]
    if user.has_perm("ecosystem.view_ecosystem"):
        waiting = Q(self_service=True, status=EcosystemStatus.DRAFT)
        counts = Ecosystem.objects.aggregate(
            waiting=Count("pk", filter=waiting),
            published=Count("pk", filter=Q(status=EcosystemStatus.PUBLISHED)),
        )
        board.waiting_map_count = counts["waiting"]
        board.totals["published_maps"] = counts["published"]
        board.waiting_maps = list(
            Ecosystem.objects.filter(waiting).order_by("-updated_at")[:LIST_LENGTH]
        )
    if user.has_perm("lessons.view_meeting"):
        board.next_meeting = Meeting.objects.upcoming().first()
        if board.next_meeting:
            board.open_statements = list(board.next_meeting.statements.filter(is_open=True))
        board.totals["meetings"] = Meeting.objects.published().count()
    return board
