"""The table secretariat: the staff group that curates the knowledge base.

The group itself is created by a data migration. Its permissions are declared by each app
next to its models (``secretariat_permissions`` on the AppConfig) and set, exactly, after
every ``migrate`` (and after every test-database flush) by :func:`sync_secretariat_group`.
"""

from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db.models import Count, Q

SECRETARIAT_GROUP = "Tafelsecretariaat"

CRUD = ("add", "change", "delete", "view")


# Who of the group is told of every new case (cases.emails): active, with an address.
NOTIFIED = Q(is_active=True) & ~Q(email="")


def members():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(groups__name=SECRETARIAT_GROUP)


def notified_members():
    return members().filter(NOTIFIED)


def notification_status(user) -> tuple[bool, bool]:
    """Whether anyone is told of a new case, and whether ``user`` is a member: one query."""
    counts = members().aggregate(
        notified=Count("pk", filter=NOTIFIED), member=Count("pk", filter=Q(pk=user.pk))
    )
    return counts["notified"] > 0, counts["member"] > 0


def is_member(user) -> bool:
    return user.groups.filter(name=SECRETARIAT_GROUP).exists()


def model_permissions(*model_names: str, actions: Iterable[str] = CRUD) -> tuple[str, ...]:
    """Codenames such as ``change_lesson`` for the given models and actions."""
    return tuple(f"{action}_{model}" for model in model_names for action in actions)


def declared_permissions() -> set[tuple[str, str]]:
    """(app_label, codename) of every permission the secretariat should have."""
    return {
        (app_config.label, codename)
        for app_config in global_apps.get_app_configs()
        for codename in getattr(app_config, "secretariat_permissions", ())
    }


def sync_secretariat_group(using: str = "default", **kwargs) -> None:
    """Give the group exactly the declared permissions (a post_migrate receiver)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # Permissions of apps later in INSTALLED_APPS may not exist yet at this point.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)

    wanted = declared_permissions()
    permissions = [
        permission
        for permission in Permission.objects.using(using).select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in permissions}
    if missing:
        raise LookupError(f"Unknown permissions for {SECRETARIAT_GROUP}: {sorted(missing)}")
    group, _ = Group.objects.using(using).get_or_create(name=SECRETARIAT_GROUP)
    group.permissions.set(permissions)
