from django.contrib.admin.apps import AdminConfig


class KennisbankAdminConfig(AdminConfig):
    """Django's admin, with the knowledge base's own site (and its dashboard)."""

    default_site = "duurzaamdoor.admin_site.KennisbankAdminSite"
