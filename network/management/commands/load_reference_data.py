from django.core.management.base import BaseCommand

from network.models import LHIN
from network.reference import load_lhins
from network.roles import sync_roles


class Command(BaseCommand):
    help = "Load the reference data (the 14 LHINs) and sync the roles. Safe to run any time."

    def handle(self, *args, **options) -> None:
        load_lhins(LHIN)
        sync_roles()
        self.stdout.write(f"Reference data ready: {LHIN.objects.count()} LHINs, roles synced.")
