"""Content services: the newsletter part.

Sign-up is double opt-in: an address is written to only once its owner follows the emailed link.
The answer to a sign-up is the same whether the address was new, waiting or already subscribed,
so the form never tells anyone who is on the list. Subscribers' own steps (sign up, confirm,
unsubscribe) are kept on their row, not in the audit log, which would keep the address for good.

An issue goes out in batches, one Celery task run per batch, each run enqueueing the next. Every
address has one Delivery row per issue (unique), created once when sending starts. A worker takes
one pending row at a time (`select_for_update(skip_locked=True)`, so two workers never take the
same one) and marks it sent in its own committed transaction *before* handing the email to the
mail server: a crash may lose the one email in hand, but a resumed or repeated run never sends an
address the issue twice. A send the server refuses is recorded as failed and not tried again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.oneclick import unsubscribe_headers
from network.services import audit_record, email_person

from ..models import Delivery, NewsletterIssue, Subscriber
from ..selectors.newsletter import (
    CONFIRMATION_VALID_FOR,
    confirm_link,
    issue_content,
    issue_render,
    subscribers_confirmed,
    unsubscribe_link,
)

logger = logging.getLogger(__name__)

# A second sign-up this soon sends no second email: nobody can fill an inbox through the form.
RESEND_AFTER = timedelta(minutes=5)
BATCH_SIZE = 100
# This many refusals in a row means the mail server is down, not the addresses: stop the batch
# and let the task try the rest later.
FAILURES_IN_A_ROW = 5


class NewsletterError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class MailServerDown(Exception):
    """The batch stopped: the mail server refused several emails in a row."""


# --- Subscribers -------------------------------------------------------------------------------


def _subscriber_locked(email: str) -> Subscriber | None:
    return (
        Subscriber.objects.select_for_update()
        .annotate(email_lower=Lower("email"))
        .filter(email_lower=email.lower())
        .first()
    )


@transaction.atomic
def subscriber_sign_up(*, email: str, language: str) -> None:
    """Sign `email` up: a new, waiting or unsubscribed address is sent a link to confirm (again);
    a confirmed one is left as it is. Returns nothing, so no caller can tell them apart."""
    email = email.strip()
    subscriber = _subscriber_locked(email)
    if subscriber is None:
        subscriber = Subscriber(email=email, language=language)
        # The unique address is the database's to enforce: two sign-ups may race.
        subscriber.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                subscriber.save()
        except IntegrityError:
            subscriber = _subscriber_locked(email)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return
    now = timezone.now()
    sent = subscriber.confirmation_sent_at
    if (
        sent is not None
        and now - sent < RESEND_AFTER
        and subscriber.status == Subscriber.Status.PENDING
    ):
        return
    subscriber.status = Subscriber.Status.PENDING
    subscriber.language = language
    subscriber.confirmation_sent_at = now
    subscriber.save(update_fields=["status", "language", "confirmation_sent_at"])
    # A subscriber has no account: the language they chose is the one to write in.
    with translation.override(subscriber.language):
        email_person(
            person=subscriber,
            template="content/newsletter/email/confirm",
            context={
                "confirm_url": confirm_link(subscriber),
                "valid_days": CONFIRMATION_VALID_FOR.days,
            },
        )


@transaction.atomic
def subscriber_confirm(*, subscriber_id: int) -> Subscriber:
    """The second opt-in: the address's owner followed the link. Confirming twice is harmless."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber_id)
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        raise NewsletterError(
            _(
                "This address was unsubscribed after the link was sent. To subscribe again, sign "
                "up once more."
            )
        )
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    return subscriber


@transaction.atomic
def subscriber_unsubscribe(*, subscriber_id: int) -> Subscriber:
    """Off the list at once, from any state; doing it twice is harmless. An issue being sent
    skips the address from now on."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber_id)
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
    subscriber.deliveries.filter(status=Delivery.Status.PENDING).delete()
    return subscriber


@transaction.atomic
def subscriptions_erase(*, emails: list[str]) -> int:
    """For `members.services.account_close`: the subscriptions of these addresses, and the record
    of which issues were sent to them, are deleted. The number of subscriptions erased."""
    lowered = sorted({email.lower() for email in emails})
    Delivery.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=lowered).delete()
    deleted, _ = (
        Subscriber.objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=lowered)
        .delete()
    )
    return deleted


# --- Issues ------------------------------------------------------------------------------------


@transaction.atomic
def issue_save(*, issue: NewsletterIssue, editor) -> NewsletterIssue:
    """Save a draft issue (new or changed). Once sending has started, it is the record of what
    was sent, and stays as it is."""
    created = issue.pk is None
    if not created:
        stored = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
        if stored.status != NewsletterIssue.Status.DRAFT:
            raise NewsletterError(_("This issue is already sent, or being sent: it cannot change."))
    else:
        issue.created_by = editor
    issue.status = NewsletterIssue.Status.DRAFT
    issue.full_clean()
    issue.save()
    audit_record(
        actor=editor,
        action="newsletter.issue.add" if created else "newsletter.issue.change",
        target=issue,
    )
    return issue


@transaction.atomic
def issue_delete(*, issue: NewsletterIssue, editor) -> None:
    stored = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
    if stored.status != NewsletterIssue.Status.DRAFT:
        raise NewsletterError(_("A sent issue is kept as the record of what was sent."))
    audit_record(actor=editor, action="newsletter.issue.delete", target=stored)
    stored.delete()


@transaction.atomic
def issue_send(*, issue_id: int, actor) -> NewsletterIssue:
    """Start sending a draft to every confirmed subscriber; the work is done by a worker after
    the commit (`content.tasks.newsletter.send_newsletter_issue`)."""
    from ..tasks.newsletter import send_newsletter_issue

    issue = NewsletterIssue.objects.select_for_update().get(pk=issue_id)
    if issue.status != NewsletterIssue.Status.DRAFT:
        raise NewsletterError(_("This issue is already being sent, or was sent."))
    audience = subscribers_confirmed().count()
    if not audience:
        raise NewsletterError(
            _("Nobody has confirmed a subscription yet: there is no one to send it to.")
        )
    issue.status = NewsletterIssue.Status.SENDING
    issue.send_started_at = timezone.now()
    issue.save(update_fields=["status", "send_started_at"])
    audit_record(actor=actor, action="newsletter.issue.send", target=issue, subscribers=audience)
    transaction.on_commit(lambda: send_newsletter_issue.delay(issue.pk))
    return issue


def _deliveries_create(issue: NewsletterIssue) -> None:
    """One pending Delivery per confirmed subscriber, once: the list as it is when sending
    starts. Two runs at once create each row once (the unique address per issue)."""
    with transaction.atomic():
        Delivery.objects.bulk_create(
            (
                Delivery(issue=issue, subscriber_id=pk, email=email)
                for pk, email in subscribers_confirmed()
                .order_by("pk")
                .values_list("pk", "email")
                .iterator()
            ),
            batch_size=1000,
            ignore_conflicts=True,
        )


def _claim_next(issue: NewsletterIssue) -> Delivery | None:
    """The next pending delivery, marked sent and committed before its email goes. One another
    worker holds is skipped; one whose subscriber left the list meanwhile is dropped."""
    with transaction.atomic():
        while True:
            delivery = (
                Delivery.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("subscriber")
                .filter(issue=issue, status=Delivery.Status.PENDING)
                .order_by("pk")
                .first()
            )
            if delivery is None:
                return None
            subscriber = delivery.subscriber
            if subscriber is None or subscriber.status != Subscriber.Status.CONFIRMED:
                delivery.delete()
                continue
            delivery.status = Delivery.Status.SENT
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["status", "sent_at"])
            return delivery


def _send(delivery: Delivery, content, connection) -> None:
    subscriber = delivery.subscriber
    url = unsubscribe_link(subscriber)
    rendered = issue_render(content, language=subscriber.language, unsubscribe_url=url)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.email],
        headers=unsubscribe_headers(url),
        connection=connection,
    )
    message.attach_alternative(rendered.html, "text/html")
    message.send()


def issue_send_batch(*, issue_id: int, batch_size: int | None = None) -> str:
    """Send the next `batch_size` emails of an issue being sent. "more" when some are still
    waiting (the task runs again), "sent" when the issue is done, "not-sending" otherwise."""
    issue = NewsletterIssue.objects.filter(pk=issue_id).first()
    if issue is None or issue.status != NewsletterIssue.Status.SENDING:
        return "not-sending"
    if not issue.deliveries.exists():
        _deliveries_create(issue)
    content = issue_content(issue)
    connection = get_connection()
    failures_in_a_row = 0
    try:
        for _ in range(batch_size or BATCH_SIZE):
            delivery = _claim_next(issue)
            if delivery is None:
                break
            try:
                _send(delivery, content, connection)
            except Exception as error:
                logger.warning("Newsletter %s to delivery %s failed", issue.pk, delivery.pk)
                Delivery.objects.filter(pk=delivery.pk).update(
                    status=Delivery.Status.FAILED, sent_at=None, error=repr(error)[:300]
                )
                connection.close()  # the next send opens a fresh one
                failures_in_a_row += 1
                if failures_in_a_row >= FAILURES_IN_A_ROW:
                    raise MailServerDown(str(error)) from error
            else:
                failures_in_a_row = 0
    finally:
        connection.close()
    if issue.deliveries.filter(status=Delivery.Status.PENDING).exists():
        return "more"
    NewsletterIssue.objects.filter(pk=issue.pk, status=NewsletterIssue.Status.SENDING).update(
        status=NewsletterIssue.Status.SENT, sent_at=timezone.now()
    )
    return "sent"


STALLED_AFTER = timedelta(minutes=15)


def issues_stalled() -> list[int]:
    """Issues still sending with nothing sent for a while: a lost task or a dead worker."""
    cutoff = timezone.now() - STALLED_AFTER
    return list(
        NewsletterIssue.objects.filter(
            status=NewsletterIssue.Status.SENDING, send_started_at__lt=cutoff
        )
        .exclude(deliveries__sent_at__gte=cutoff)
        .values_list("pk", flat=True)
        .distinct()
    )
