"""What the public sees of the cases app, table by table (see
:mod:`duurzaamdoor.public_content`)."""

from django.db.models import Model, QuerySet

from cases.models import Case
from duurzaamdoor.public_content import links


def case_rows() -> list[tuple[type[Model], QuerySet]]:
    cases = Case.objects.public()
    return [
        (Case, cases),
        links(Case.parties.through, "case", cases),
        links(Case.lessons.through, "case", cases),
    ]
