from django.apps import AppConfig
from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate
from django.utils.translation import gettext_lazy as _


class DuurzaamdoorConfig(AppConfig):
    """The project package is an app too: site-wide pages, commands and the secretariat."""

    name = "duurzaamdoor"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from duurzaamdoor import (
            converters,
            middleware,
            search_index,
            search_receivers,
            searchable,
            table_versions,
        )
        from duurzaamdoor.models import sync_parties
        from duurzaamdoor.secretariat import sync_secretariat_group

        converters.register()
        post_migrate.connect(sync_parties, sender=self, dispatch_uid="sync_parties")
        post_migrate.connect(
            sync_secretariat_group, sender=self, dispatch_uid="sync_secretariat_group"
        )
        # Migrations run without the triggers of the old schema; afterwards they are
        # made anew (last, so that they also see what the receivers above wrote).
        pre_migrate.connect(
            table_versions.remove_triggers, sender=self, dispatch_uid="remove_triggers"
        )
        post_migrate.connect(
            table_versions.install_triggers, sender=self, dispatch_uid="install_triggers"
        )
        connection_created.connect(
            table_versions.observe_connection, dispatch_uid="observe_connection"
        )
        # Whichever app registers a searchable type, its receivers are connected here.
        searchable.on_register(search_receivers.connect)
        user_logged_in.connect(middleware.stamp_session_at_login, dispatch_uid="stamp_session")
        connection_created.connect(search_index.register_functions, dispatch_uid="search_functions")
        for connection in connections.all(initialized_only=True):
            table_versions.observe_connection(connection)
            search_index.register_functions(connection)
