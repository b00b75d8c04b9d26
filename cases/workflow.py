"""The one place that says which status may follow which."""

from django.utils.translation import gettext_lazy as _

from cases.choices import CaseStatus

TRANSITIONS: dict[str, tuple[str, ...]] = {
    CaseStatus.INGEDIEND: (CaseStatus.IN_BEHANDELING, CaseStatus.AFGEWEZEN),
    CaseStatus.IN_BEHANDELING: (CaseStatus.IN_ONDERZOEK, CaseStatus.AFGEWEZEN),
    CaseStatus.IN_ONDERZOEK: (CaseStatus.INZICHTEN_GEDEELD,),
    CaseStatus.INZICHTEN_GEDEELD: (CaseStatus.AFGEROND,),
    CaseStatus.AFGEROND: (),
    CaseStatus.AFGEWEZEN: (),
}


def reachable_from(status: str) -> tuple[str, ...]:
    """``status`` and every status a case can move on to from there, in workflow order."""
    seen, todo = {status}, [status]
    while todo:
        for following in TRANSITIONS[todo.pop()]:
            if following not in seen:
                seen.add(following)
                todo.append(following)
    return tuple(choice for choice in CaseStatus.values if choice in seen)


# The statuses of a case on the public site: the secretariat publishes a case once the
# table has taken it up, for its summary and insights; from there it moves on, never back
# to a submission or a rejection.
PUBLIC_STATUSES = reachable_from(CaseStatus.IN_ONDERZOEK)

# Statuses after which a case is closed; its personal data is purged after retention.
CLOSED = (CaseStatus.AFGEROND, CaseStatus.AFGEWEZEN)


def is_closed(status: str) -> bool:
    """Whether nothing more happens to a case with ``status``: no step, no message."""
    return status in CLOSED


# The admin's names for moving a case to a status.
ACTION_LABELS = {
    CaseStatus.IN_BEHANDELING: _("In behandeling nemen"),
    CaseStatus.IN_ONDERZOEK: _("Naar onderzoek door de tafel"),
    CaseStatus.INZICHTEN_GEDEELD: _("Inzichten gedeeld"),
    CaseStatus.AFGEROND: _("Afronden"),
    CaseStatus.AFGEWEZEN: _("Afwijzen (met reden)"),
}


def allowed_transitions(status: str) -> tuple[str, ...]:
    return TRANSITIONS[status]


def is_allowed(from_status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(from_status, ())


def needs_message(to_status: str) -> bool:
    """A rejection always tells the submitter why."""
    return to_status == CaseStatus.AFGEWEZEN
