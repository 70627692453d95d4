"""Training demo data: the records part: external training and peer-support hours of the
demo full member (full.member@example.org). Attended sessions come from the sessions part."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from members.models import User

from ..models import Competency, ExternalTraining, PeerSupportHours
from ..reference import CORE_FRAMEWORK

MEMBER = "full.member@example.org"

# (title, provider, days ago, hours, core competency numbers)
EXTERNAL = [
    ("Naloxone training", "Toronto Public Health", 120, Decimal("2.0"), [3]),
    (
        "Trauma-informed practice",
        "Community Addictions Peer Support Association",
        300,
        Decimal("14.0"),
        [2, 5],
    ),
    ("Mental Health First Aid", "Mental Health Commission of Canada", 500, Decimal("12.0"), [1]),
]
# (days ago, hours, kind, organization)
HOURS = [
    (7, Decimal("3.0"), PeerSupportHours.Kind.ONE_TO_ONE, "Parkdale drop-in"),
    (14, Decimal("2.0"), PeerSupportHours.Kind.GROUP, "Parkdale drop-in"),
    (21, Decimal("1.0"), PeerSupportHours.Kind.SUPERVISION, "Parkdale drop-in"),
    (400, Decimal("4.5"), PeerSupportHours.Kind.ONE_TO_ONE, "Street outreach program"),
]


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    person = User.objects.filter(email=MEMBER).first()
    if person is None:
        return
    today = timezone.localdate()
    core = {
        competency.number: competency
        for competency in Competency.objects.filter(framework__slug=CORE_FRAMEWORK["slug"])
    }
    for title, provider, days_ago, hours, numbers in EXTERNAL:
        training, _ = ExternalTraining.objects.update_or_create(
            person=person,
            title=title,
            defaults={
                "provider": provider,
                "completed_on": today - timedelta(days=days_ago),
                "hours": hours,
            },
        )
        training.competencies.set([core[n] for n in numbers if n in core])
    for days_ago, hours, kind, organization in HOURS:
        PeerSupportHours.objects.update_or_create(
            person=person,
            date=today - timedelta(days=days_ago),
            kind=kind,
            defaults={"hours": hours, "organization": organization},
        )
