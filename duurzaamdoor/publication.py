"""What publishing means for every content type with a status: it gets its moment.

A lesson or map that becomes published without a publication moment is published now,
whichever way it becomes published: a form, the admin's bulk action, an import, code. The
model's ``save`` asks here; a bulk write that bypasses ``save`` asks per row before it
writes.
"""

from django.utils import timezone


class Publishable:
    """A model with ``status`` and ``published_at``; ``PUBLISHED`` is its published status."""

    PUBLISHED: str

    def stamp_publication(self) -> None:
        """A published row without a publication moment is published now."""
        if self.status == self.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
