"""Content tasks: the newsletter part. They take primary keys and are safe to run twice, or twice
at once (see content.services.newsletter)."""

from celery import shared_task

from ..services import newsletter as services

__all__ = ["resume_newsletter_sending", "send_newsletter_issue"]

MAX_RETRIES = 5


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def send_newsletter_issue(self, issue_pk: int) -> str:
    """One batch of an issue, then the next batch as a new run until none is waiting."""
    try:
        outcome = services.issue_send_batch(issue_id=issue_pk)
    except services.MailServerDown as error:
        # The rest wait, pending; the beat's resume picks them up if the retries run out.
        raise self.retry(exc=error, countdown=60 * 2**self.request.retries) from error
    if outcome == "more":
        send_newsletter_issue.delay(issue_pk)
    return outcome


@shared_task
def resume_newsletter_sending() -> int:
    """Start again the issues whose sending stalled (beat, every 15 minutes)."""
    stalled = services.issues_stalled()
    for pk in stalled:
        send_newsletter_issue.delay(pk)
    return len(stalled)
