from django.core.management.base import BaseCommand

from governance.models import PeerRole
from governance.peer_roles import load_peer_roles
from network.models import LHIN
from network.reference import load_lhins
from network.roles import sync_roles
from training.models import Competency, Framework, ScaleLevel
from training.reference import load_frameworks


class Command(BaseCommand):
    help = (
        "Load the reference data (the 14 LHINs, the competency frameworks and their scales, "
        "the peer roles) and sync the roles. Safe to run any time."
    )

    def handle(self, *args, **options) -> None:
        load_lhins(LHIN)
        load_frameworks(Framework, Competency, ScaleLevel)
        # Puts back missing peer roles only: governance members' edits stay.
        load_peer_roles(PeerRole, Competency)
        sync_roles()
        self.stdout.write(
            f"Reference data ready: {LHIN.objects.count()} LHINs, "
            f"{Competency.objects.count()} competencies, {PeerRole.objects.count()} peer roles, "
            "roles synced."
        )
