"""Every table of inline rows in the admin names each of its inputs after its column.

The browser walk (tests/browser/test_admin_pages.py) runs axe on the map's page; this
checks every tabular inline of every admin page, including the ones added later.
"""

from django.apps import apps
from django.contrib import admin
from django.urls import resolve, reverse
from django.utils.text import capfirst


def tabular_inlines(request_factory, user):
    for model in apps.get_models():
        if not admin.site.is_registered(model):
            continue
        model_admin = admin.site.get_model_admin(model)
        opts = model._meta
        request = request_factory.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        request.user = user
        request.resolver_match = resolve(request.path)
        for inline in model_admin.get_inline_instances(request):
            if isinstance(inline, admin.TabularInline):
                yield model, inline, request


def test_every_input_of_a_tabular_inline_has_its_column_as_its_name(rf, superuser):
    checked = []
    for model, inline, request in tabular_inlines(rf, superuser):
        formset = inline.get_formset(request)(instance=model())
        for form in [*formset.forms, formset.empty_form]:
            for field in form.visible_fields():
                name = capfirst(field.label)
                assert f'aria-label="{name}"' in str(field), f"{type(inline).__name__}: {name}"
                checked.append((type(inline).__name__, field.name))
    # The map's actors, factors and relations and the meeting's statements, each with the
    # checkbox that deletes a row.
    assert {inline for inline, _ in checked} >= {
        "ActorInline", "FactorInline", "RelationInline", "StatementInline"
    }  # fmt: skip
    assert ("ActorInline", "DELETE") in checked
