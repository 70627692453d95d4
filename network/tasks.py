"""Network-wide background work. Tasks take primary keys and are safe to run twice."""

import logging
from datetime import timedelta

from celery import shared_task
from django.core.mail import EmailMultiAlternatives
from django.db.models import F, Q
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALLED_AFTER = timedelta(minutes=10)
KEEP_RECORDS_FOR = timedelta(days=90)


@shared_task(bind=True, max_retries=MAX_ATTEMPTS, acks_late=True)
def send_outbound_email(self, pk: int) -> str:
    """Send one queued email. A second run, or a second worker, finds it claimed and stops."""
    now = timezone.now()
    claimed = OutboundEmail.objects.filter(pk=pk, status=OutboundEmail.Status.QUEUED).update(
        status=OutboundEmail.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return "already-claimed"
    message = OutboundEmail.objects.get(pk=pk)
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=message.from_email,
        to=message.to,
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    try:
        email.send()
    except Exception as exc:
        failed = message.attempts >= MAX_ATTEMPTS
        OutboundEmail.objects.filter(pk=pk).update(
            status=OutboundEmail.Status.FAILED if failed else OutboundEmail.Status.QUEUED,
            last_error=repr(exc)[:2000],
        )
        if failed:
            logger.error("Giving up on email %s after %s attempts", pk, message.attempts)
            return "failed"
        raise self.retry(exc=exc, countdown=60 * 2**message.attempts) from exc
    # The body may carry a sign-in or reset link: do not keep it once it is delivered.
    erased = {"to": []} if message.erase_recipient else {}
    OutboundEmail.objects.filter(pk=pk).update(
        status=OutboundEmail.Status.SENT,
        sent_at=timezone.now(),
        body_text="",
        body_html="",
        **erased,
    )
    return "sent"


@shared_task
def requeue_stalled_emails() -> int:
    """Enqueue again what a lost message or a dead worker left behind (beat, every 10 minutes)."""
    cutoff = timezone.now() - STALLED_AFTER
    stalled = Q(status=OutboundEmail.Status.QUEUED, created_at__lt=cutoff) | Q(
        status=OutboundEmail.Status.SENDING, claimed_at__lt=cutoff
    )
    pks = list(OutboundEmail.objects.filter(stalled).values_list("pk", flat=True)[:500])
    OutboundEmail.objects.filter(pk__in=pks, status=OutboundEmail.Status.SENDING).update(
        status=OutboundEmail.Status.QUEUED
    )
    for pk in pks:
        send_outbound_email.delay(pk)
    return len(pks)


@shared_task
def purge_old_email_records() -> int:
    """Keep the record of sent email for 90 days only (beat, daily)."""
    deleted, _ = OutboundEmail.objects.filter(
        status__in=[OutboundEmail.Status.SENT, OutboundEmail.Status.FAILED],
        created_at__lt=timezone.now() - KEEP_RECORDS_FOR,
    ).delete()
    return deleted
