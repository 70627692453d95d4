"""Demo data of the content app: the newsletter part (called by content.demo.seed_content_demo,
after the news and events parts, whose public items it carries).

A handful of subscribers at example.org addresses (confirmed in English and French, one waiting
for confirmation, one unsubscribed), last month's issue as sent, and this month's as a draft made
the way "New issue" makes one. Idempotent: rows already there (by address, by subject) stay.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User

from ..models import Delivery, NewsletterIssue, Subscriber
from ..selectors.newsletter import events_proposed, news_proposed

DEMO_SUBSCRIBERS = (
    ("river.reads@example.org", "en", Subscriber.Status.CONFIRMED),
    ("famille.tremblay@example.org", "fr", Subscriber.Status.CONFIRMED),
    ("peer.worker.sudbury@example.org", "en", Subscriber.Status.CONFIRMED),
    ("allie.ottawa@example.org", "fr", Subscriber.Status.CONFIRMED),
    ("harm.reduction.hamilton@example.org", "en", Subscriber.Status.CONFIRMED),
    ("new.reader@example.org", "en", Subscriber.Status.PENDING),
    ("moved.on@example.org", "en", Subscriber.Status.UNSUBSCRIBED),
)

SENT = {
    "subject": "Network news: welcome to the newsletter",
    "subject_fr": "Nouvelles du réseau : bienvenue au bulletin",
    "introduction": (
        "<p>Welcome to the first newsletter of the Ontario Peer Support Network: news from "
        "people with lived experience of substance use, their families and allies, in every "
        "LHIN. Each month: what is new, what is coming up, and roles open to peers.</p>"
    ),
    "introduction_fr": (
        "<p>Bienvenue au premier bulletin du Réseau ontarien de soutien par les pairs : des "
        "nouvelles des personnes ayant un vécu de consommation de substances, de leurs familles "
        "et de leurs alliés, dans chaque RLISS. Chaque mois : les nouveautés, les événements à "
        "venir et les postes ouverts aux pairs.</p>"
    ),
}
DRAFT = {
    "subject": "Network news: this month in peer support",
    "subject_fr": "Nouvelles du réseau : ce mois-ci en soutien par les pairs",
    "introduction": (
        "<p>This month: what members shared at the regional gatherings, the next training on "
        "boundaries and self-care, and how to take part in the annual conference.</p>"
    ),
    "introduction_fr": (
        "<p>Ce mois-ci : ce que les membres ont partagé aux rencontres régionales, la prochaine "
        "formation sur les limites et les soins personnels, et comment participer au congrès "
        "annuel.</p>"
    ),
}


@transaction.atomic
def seed() -> None:
    now = timezone.now()
    for email, language, status in DEMO_SUBSCRIBERS:
        Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "status": status,
                "confirmation_sent_at": now - timedelta(days=40),
                "confirmed_at": None if status == Subscriber.Status.PENDING else now,
                "unsubscribed_at": now if status == Subscriber.Status.UNSUBSCRIBED else None,
            },
        )
    editor = User.objects.filter(email="editor@example.org").first()
    sent, created = NewsletterIssue.objects.get_or_create(
        subject=SENT["subject"],
        defaults={
            **SENT,
            "status": NewsletterIssue.Status.SENT,
            "send_started_at": now - timedelta(days=30),
            "sent_at": now - timedelta(days=30),
            "created_by": editor,
        },
    )
    if created:
        Delivery.objects.bulk_create(
            Delivery(
                issue=sent,
                subscriber=subscriber,
                email=subscriber.email,
                status=Delivery.Status.SENT,
                sent_at=sent.sent_at,
            )
            for subscriber in Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
        )
    draft, created = NewsletterIssue.objects.get_or_create(
        subject=DRAFT["subject"], defaults={**DRAFT, "created_by": editor}
    )
    if created:
        draft.news_posts.set(news_proposed())
        draft.events.set(events_proposed())
