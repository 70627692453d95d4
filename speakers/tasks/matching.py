"""The speakers' bureau's Celery tasks: the matching part. They take primary keys and call the
service, which claims each offer with a conditional UPDATE: running twice sends nothing twice."""

from celery import shared_task

from ..selectors.matching import offers_due_for_reminder
from ..services.matching import offer_remind

__all__ = ["remind_speakers_of_upcoming_engagements"]


@shared_task
def remind_speakers_of_upcoming_engagements() -> int:
    """Beat, every hour: remind each accepted speaker of a confirmed request starting within
    two days, once."""
    return sum(offer_remind(offer_id=pk) for pk in offers_due_for_reminder())
