from django import template

from cases.models import Case

register = template.Library()


@register.simple_tag
def new_case_count() -> int:
    """Cases waiting for the secretariat, for the admin index."""
    return Case.objects.new().count()
