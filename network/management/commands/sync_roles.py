from django.core.management.base import BaseCommand

from network.roles import ROLES, sync_roles


class Command(BaseCommand):
    help = "Create or update the role groups so their permissions match network/roles.py."

    def handle(self, *args, **options) -> None:
        sync_roles()
        for role in ROLES:
            self.stdout.write(f"{role.group_name}: {len(role.permissions)} permissions")
