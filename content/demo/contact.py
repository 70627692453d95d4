"""Demo data of the content app: the contact part (called by content.demo.seed_content_demo).

Three messages of the kinds the network receives (how to join, a training question in French, a
request for a document in another format), one already handled by the demo administrator.
Idempotent: a message already there (by its sender's address) stays.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User

from ..models import ContactMessage

DEMO_MESSAGES = (
    {
        "name": "Jordan",
        "email": "jordan.asks@example.org",
        "topic": ContactMessage.Topic.MEMBERSHIP,
        "language": "en",
        "message": (
            "Hi, I have been in recovery for two years and volunteer at a drop-in in Barrie. "
            "Can I join the network as a full member, and is there anyone in my LHIN?"
        ),
        "days_ago": 2,
        "handled": False,
    },
    {
        "name": "Mélanie",
        "email": "melanie.formation@example.org",
        "topic": ContactMessage.Topic.TRAINING,
        "language": "fr",
        "message": (
            "Bonjour, la formation sur les limites sera-t-elle offerte en français cet automne? "
            "Je suis paire aidante à Sudbury."
        ),
        "days_ago": 5,
        "handled": False,
    },
    {
        "name": "Pat",
        "email": "pat.large.print@example.org",
        "topic": ContactMessage.Topic.WEBSITE,
        "language": "en",
        "message": (
            "Could I get the boundaries discussion document in large print? My eyesight is not "
            "what it was. Thank you."
        ),
        "days_ago": 9,
        "handled": True,
    },
)


@transaction.atomic
def seed() -> None:
    admin = User.objects.filter(email="admin@example.org").first()
    now = timezone.now()
    for demo in DEMO_MESSAGES:
        message, created = ContactMessage.objects.get_or_create(
            email=demo["email"],
            defaults={
                "name": demo["name"],
                "topic": demo["topic"],
                "language": demo["language"],
                "message": demo["message"],
                "handled_at": now - timedelta(days=demo["days_ago"] - 1)
                if demo["handled"]
                else None,
                "handled_by": admin if demo["handled"] else None,
            },
        )
        if created:
            # created_at is set on insert; the demo dates it in the past.
            ContactMessage.objects.filter(pk=message.pk).update(
                created_at=now - timedelta(days=demo["days_ago"])
            )
