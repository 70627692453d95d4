"""Forums tasks: the subscriptions part. Thin: they take primary keys (and a period's end) and
call the services, which make every run safe to repeat."""

from celery import shared_task
from django.utils.dateparse import parse_datetime

from ..services import subscriptions as services

__all__ = [
    "email_post_notifications",
    "notify_post_readers",
    "send_daily_digests",
    "send_digests_batch",
    "send_weekly_digests",
]


@shared_task(acks_late=True)
def notify_post_readers(post_id: int) -> int:
    """After a post is published: its notifications, then their emails."""
    created = services.notifications_create(post_id=post_id)
    email_post_notifications.delay(post_id)
    return created


@shared_task(acks_late=True)
def email_post_notifications(post_id: int) -> str:
    """One batch of a post's notification emails; the next batch is another run."""
    outcome = services.notifications_email_batch(post_id=post_id)
    if outcome == "more":
        email_post_notifications.delay(post_id)
    return outcome


@shared_task(acks_late=True)
def send_digests_batch(frequency: str, period_end: str) -> str:
    outcome = services.digests_send_batch(
        frequency=frequency, period_end=parse_datetime(period_end)
    )
    if outcome == "more":
        send_digests_batch.delay(frequency, period_end)
    return outcome


def _start(frequency: str) -> str:
    period_end = services.digest_period_end(frequency)
    return send_digests_batch.delay(frequency, period_end.isoformat())


@shared_task
def send_daily_digests() -> None:
    """Beat, every day at 07:00."""
    _start("daily")


@shared_task
def send_weekly_digests() -> None:
    """Beat, Mondays at 07:00."""
    _start("weekly")
