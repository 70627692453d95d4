"""Forums services: the subscriptions part. Watching threads and categories, notifications of
replies and @mentions, their emails, the daily and weekly digests, and the one-click
unsubscribe.

Never twice: a notification is one row per person and post (unique), created with ON CONFLICT
DO NOTHING, so a signal sent twice or a task run twice adds nothing. An email is claimed before
it goes, with a conditional UPDATE (`emailed_at` still empty; a digest's `digest_sent_until`
still before the period's end), and only the run whose UPDATE changed the row sends it. A crash
between the claim and the send loses that one email; it never doubles one (as the newsletter).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from network.oneclick import unsubscribe_headers

from ..models import ForumProfile, Mute, Notification, Post, Subscription
from ..selectors.subscriptions import (
    Unsubscribe,
    digest_threads,
    excerpt,
    is_visible,
    notifications_to_email,
    permalink,
    recipients_of,
    shareable,
    unsubscribe_link,
)
from ..signals import post_published

logger = logging.getLogger(__name__)

BATCH_SIZE = 100
DIGEST_HOUR = 7  # in the network's time zone: the beat entries' hour
DIGEST_PERIODS = {
    ForumProfile.Digest.DAILY: timedelta(days=1),
    ForumProfile.Digest.WEEKLY: timedelta(days=7),
}


# --- Watching ----------------------------------------------------------------------------------


def subscription_watch(*, person, thread) -> None:
    """Watch `thread` (starting a thread or replying does it); watching twice is harmless."""
    Subscription.objects.bulk_create(
        [Subscription(person=person, thread=thread)], ignore_conflicts=True
    )


@transaction.atomic
def watch_toggle(*, person, thread=None, category=None) -> bool:
    """Watch `thread` or `category`, or stop watching it; True when now watched. The caller has
    checked that the person may read it."""
    target = {"thread": thread} if thread is not None else {"category": category}
    deleted, _ = Subscription.objects.filter(person=person, **target).delete()
    if deleted:
        return False
    Subscription.objects.bulk_create([Subscription(person=person, **target)], ignore_conflicts=True)
    return True


def subscription_stop(*, person, subscription_id: int) -> None:
    """Stop watching, from the settings page; someone else's subscription is left alone."""
    Subscription.objects.filter(person=person, pk=subscription_id).delete()


def mute_remove(*, person, muted_id: int) -> None:
    Mute.objects.filter(person=person, muted_id=muted_id).delete()


@transaction.atomic
def forum_settings_save(
    *, person, digest: str, email_replies: bool, email_mentions: bool
) -> ForumProfile:
    profile, _ = ForumProfile.objects.select_for_update().get_or_create(person=person)
    profile.digest = digest
    profile.email_replies = email_replies
    profile.email_mentions = email_mentions
    profile.full_clean()
    profile.save(update_fields=["digest", "email_replies", "email_mentions"])
    return profile


def notifications_mark_read(*, person, ids: list[int]) -> int:
    return Notification.objects.filter(person=person, pk__in=ids, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def unsubscribe(*, person, what: str) -> None:
    """The one-click link of an email: stop that kind of email. Twice is harmless."""
    profile, _ = ForumProfile.objects.select_for_update().get_or_create(person=person)
    if what == Unsubscribe.REPLIES:
        profile.email_replies = False
    elif what == Unsubscribe.MENTIONS:
        profile.email_mentions = False
    else:
        profile.digest = ForumProfile.Digest.NONE
    profile.save(update_fields=["email_replies", "email_mentions", "digest"])


# --- Notifications and their emails ------------------------------------------------------------


@receiver(post_published, dispatch_uid="forums.subscriptions.post_published")
def _on_post_published(sender, post: Post, **kwargs) -> None:
    from ..tasks.subscriptions import notify_post_readers

    pk = post.pk
    transaction.on_commit(lambda: notify_post_readers.delay(pk))


def notifications_create(*, post_id: int) -> int:
    """One notification per person told about the post (see `recipients_of`); the number new."""
    post = Post.objects.select_related("thread", "thread__category").filter(pk=post_id).first()
    if post is None or not is_visible(post):
        return 0
    kinds = recipients_of(post)
    created = Notification.objects.bulk_create(
        [Notification(person_id=pk, post=post, kind=kind) for pk, kind in sorted(kinds.items())],
        ignore_conflicts=True,
    )
    return len(created)


def _language_of(person) -> str:
    return person.preferred_language or settings.LANGUAGE_CODE


def _send(*, person, template: str, context: dict, unsubscribe: str, connection) -> None:
    url = unsubscribe_link(person, unsubscribe)
    context = {"person": person, "site_url": settings.SITE_URL, "unsubscribe_url": url, **context}
    with translation.override(_language_of(person)):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_message.txt", context).strip()
    EmailMultiAlternatives(
        subject=" ".join(subject.splitlines())[:255],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[person.email],
        headers=unsubscribe_headers(url),
        connection=connection,
    ).send()


def _claim_notification(notification_id: int) -> bool:
    return bool(
        Notification.objects.filter(pk=notification_id, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
    )


def notifications_email_batch(*, post_id: int, batch_size: int | None = None) -> str:
    """Email the next `batch_size` notifications of a post, one email each. "more" while some
    wait (the task runs again), "done" otherwise."""
    post = Post.objects.select_related("thread", "thread__category", "author").get(pk=post_id)
    waiting = list(
        notifications_to_email(post_id).select_related("person")[: batch_size or BATCH_SIZE]
    )
    connection = get_connection()
    try:
        for notification in waiting:
            if not _claim_notification(notification.pk):
                continue  # another run has it
            mention = notification.kind == Notification.Kind.MENTION
            try:
                with translation.override(_language_of(notification.person)):
                    _send(
                        person=notification.person,
                        template="forums/subscriptions/email/notification",
                        context={
                            "post": post,
                            "thread": post.thread,
                            "category": post.thread.category,
                            "mention": mention,
                            "shareable": shareable(post.thread.category),
                            "excerpt": excerpt(post),
                            "post_url": permalink(post),
                            "settings_url": settings.SITE_URL + reverse("forums:settings"),
                        },
                        unsubscribe=Unsubscribe.MENTIONS if mention else Unsubscribe.REPLIES,
                        connection=connection,
                    )
            except Exception:
                logger.warning("Forum notification %s was not emailed", notification.pk)
                connection.close()
    finally:
        connection.close()
    return "more" if notifications_to_email(post_id).exists() else "done"


# --- Digests -----------------------------------------------------------------------------------


def digest_period_end(frequency: str, now: datetime | None = None) -> datetime:
    """The end of the latest period a digest covers: the last 07:00 (daily) or the last Monday
    07:00 (weekly) in the network's time zone, at or before `now`. Every run in one period
    computes the same end, so a second run finds everyone done."""
    local = timezone.localtime(now or timezone.now())
    end = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if end > local:
        end -= timedelta(days=1)
    if frequency == ForumProfile.Digest.WEEKLY:
        end -= timedelta(days=end.weekday())
    return end


def _digest_due(frequency: str, period_end: datetime):
    return ForumProfile.objects.filter(digest=frequency, person__is_active=True).filter(
        Q(digest_sent_until__isnull=True) | Q(digest_sent_until__lt=period_end)
    )


def digests_send_batch(
    *, frequency: str, period_end: datetime, batch_size: int | None = None
) -> str:
    """Send the next `batch_size` digests of the period ending `period_end`. Each profile is
    claimed by moving `digest_sent_until` to the period's end with a conditional UPDATE before
    its email goes; someone with nothing new is skipped (and moved on). "more" or "done"."""
    length = DIGEST_PERIODS[frequency]
    due = list(
        _digest_due(frequency, period_end)
        .select_related("person")
        .order_by("pk")[: batch_size or BATCH_SIZE]
    )
    connection = get_connection()
    try:
        for profile in due:
            claimed = (
                ForumProfile.objects.filter(
                    pk=profile.pk, digest=frequency, digest_sent_until=profile.digest_sent_until
                ).update(digest_sent_until=period_end)
                if profile.digest_sent_until is not None
                else ForumProfile.objects.filter(
                    pk=profile.pk, digest=frequency, digest_sent_until__isnull=True
                ).update(digest_sent_until=period_end)
            )
            if not claimed:
                continue
            # A first digest, or one after a pause, covers one period at most.
            since = max(profile.digest_sent_until or period_end - length, period_end - length)
            person = profile.person
            with translation.override(_language_of(person)):
                threads = digest_threads(person, since=since, until=period_end)
                if not threads:
                    continue
                try:
                    _send(
                        person=person,
                        template="forums/subscriptions/email/digest",
                        context={
                            "threads": [
                                {
                                    "title": row.thread.title
                                    if shareable(row.thread.category)
                                    else "",
                                    "category": row.thread.category.display_name,
                                    "new_posts": row.new_posts,
                                    "url": permalink(row.first_post),
                                }
                                for row in threads
                            ],
                            "weekly": frequency == ForumProfile.Digest.WEEKLY,
                            "settings_url": settings.SITE_URL + reverse("forums:settings"),
                        },
                        unsubscribe=Unsubscribe.DIGEST,
                        connection=connection,
                    )
                except Exception:
                    logger.warning("Forum digest to profile %s was not sent", profile.pk)
                    connection.close()
    finally:
        connection.close()
    return "more" if _digest_due(frequency, period_end).exists() else "done"
