"""Governance's Celery tasks: the consultations part. They take primary keys and call the
service, which claims the consultation with a conditional UPDATE: running twice sends nothing
twice."""

from celery import shared_task
from django.utils import timezone

from ..models import Consultation
from ..services.consultations import consultation_announce

__all__ = ["announce_consultation", "announce_due_consultations"]


@shared_task
def announce_consultation(consultation_id: int) -> int:
    """Email members that the consultation is open (queued when it opens at once)."""
    return consultation_announce(consultation_id=consultation_id)


@shared_task
def announce_due_consultations() -> int:
    """Beat, every 15 minutes: announce the consultations whose opening time has come."""
    now = timezone.now()
    due = Consultation.objects.filter(
        announced_at__isnull=True, opens_at__lte=now, closes_at__gt=now
    ).values_list("pk", flat=True)
    return sum(consultation_announce(consultation_id=pk) for pk in list(due))
