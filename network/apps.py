from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    default = True
    name = "network"
    verbose_name = _("Network")

    def ready(self) -> None:
        from . import roles

        # Roles are defined in code; every migrate brings the groups and their permissions in line.
        post_migrate.connect(roles.sync_roles_after_migrate, sender=self)


class NetworkAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with the network's own site (who may enter is decided by role)."""

    default = False
    default_site = "network.admin_site.NetworkAdminSite"
