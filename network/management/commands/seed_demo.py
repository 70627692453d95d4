from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network.demo import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Create the demo accounts (one per role) and demo crisis lines. DEBUG only."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo refuses to run when DEBUG is false: demo accounts share a published "
                "password and must never exist in production."
            )
        people = seed_demo()
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready. Password for every account: {DEMO_PASSWORD}")
        )
        for person in people:
            self.stdout.write(f"  {person.email}")
