"""Content selectors: the newsletter part.

Links in emails carry the subscriber's id signed with the site's secret key, each salted for its
one use, so nothing secret is stored and an altered link opens nothing. The confirmation link
expires; the unsubscribe link never does (RFC 8058: it must work from any issue, however old).

What goes into an issue is public content only: the list is open to anyone with an email address,
so members-only news or events never reach it, whatever an editor ticked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.db.models import Count, QuerySet
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from network.oneclick import OneClickLinkError, one_click_token, one_click_value
from network.richtext import html_to_lines

from ..models import Delivery, Event, NewsletterIssue, NewsPost, Subscriber
from .access import live_for

_CONFIRM_SALT = "content.newsletter.confirm"
_UNSUBSCRIBE_SALT = "content.newsletter.unsubscribe"
CONFIRMATION_VALID_FOR = timedelta(days=7)
# What "New issue" proposes: the news of the last 30 days and the events of the next 60.
NEWS_SINCE = timedelta(days=30)
EVENTS_AHEAD = timedelta(days=60)


class NewsletterLinkError(Exception):
    """A confirmation or unsubscribe link that opens nothing: altered, cut short, or expired."""

    def __init__(self, *, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


# --- Links -------------------------------------------------------------------------------------


def confirm_token(subscriber: Subscriber) -> str:
    # The address is signed too: a link sent to one address never confirms another.
    return signing.dumps([subscriber.pk, subscriber.email.lower()], salt=_CONFIRM_SALT)


def confirm_link(subscriber: Subscriber) -> str:
    return settings.SITE_URL + reverse(
        "content:newsletter_confirm", args=[confirm_token(subscriber)]
    )


def subscriber_for_confirm_token(token: str) -> Subscriber:
    """The subscriber a confirmation link was sent to; NewsletterLinkError when it is altered,
    expired, or its address is no longer on the list."""
    try:
        pk, email = signing.loads(
            token, salt=_CONFIRM_SALT, max_age=CONFIRMATION_VALID_FOR.total_seconds()
        )
    except signing.SignatureExpired as error:
        raise NewsletterLinkError(expired=True) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise NewsletterLinkError from error
    subscriber = Subscriber.objects.filter(pk=pk, email__iexact=email).first()
    if subscriber is None:
        raise NewsletterLinkError
    return subscriber


def unsubscribe_token(subscriber: Subscriber) -> str:
    return one_click_token(subscriber.pk, salt=_UNSUBSCRIBE_SALT)


def unsubscribe_link(subscriber: Subscriber) -> str:
    return settings.SITE_URL + reverse(
        "content:newsletter_unsubscribe", args=[unsubscribe_token(subscriber)]
    )


def subscriber_for_unsubscribe_token(token: str) -> Subscriber:
    try:
        pk = one_click_value(token, salt=_UNSUBSCRIBE_SALT)
    except OneClickLinkError as error:
        raise NewsletterLinkError from error
    subscriber = Subscriber.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if subscriber is None:
        raise NewsletterLinkError
    return subscriber


# --- Composing an issue ------------------------------------------------------------------------


def _public(queryset: QuerySet, **kwargs) -> QuerySet:
    """What a signed-out visitor may see of `queryset`: the only content fit for the list."""
    return live_for(queryset, AnonymousUser(), **kwargs)


def news_public() -> QuerySet[NewsPost]:
    return _public(NewsPost.objects.all(), scheduled_field="published_at")


def events_public() -> QuerySet[Event]:
    return _public(Event.objects.all()).filter(cancelled=False)


def news_proposed(now: datetime | None = None) -> QuerySet[NewsPost]:
    """The public news of the last 30 days, newest first: what "New issue" ticks."""
    now = now or timezone.now()
    return news_public().filter(published_at__gte=now - NEWS_SINCE).order_by("-published_at")


def events_proposed(now: datetime | None = None) -> QuerySet[Event]:
    """The public events of the next 60 days, soonest first."""
    now = now or timezone.now()
    return events_public().filter(starts_at__gte=now, starts_at__lte=now + EVENTS_AHEAD)


@dataclass(frozen=True)
class IssueContent:
    issue: NewsletterIssue
    news: list[NewsPost]
    events: list[Event]


def issue_content(issue: NewsletterIssue) -> IssueContent:
    """What an issue carries, read once per batch of emails: its news and events that are public
    now (one an editor made members-only after ticking it is left out)."""
    return IssueContent(
        issue=issue,
        news=list(news_public().filter(newsletter_issues=issue).order_by("-published_at")),
        events=list(events_public().filter(newsletter_issues=issue).order_by("starts_at")),
    )


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str
    body_html: str  # the HTML inside <body>, for the preview in the admin


def issue_subject(issue: NewsletterIssue, language: str) -> str:
    if language.startswith("fr") and issue.subject_fr:
        return issue.subject_fr
    return issue.subject


def issue_introduction(issue: NewsletterIssue, language: str) -> str:
    if language.startswith("fr") and issue.introduction_fr:
        return issue.introduction_fr
    return issue.introduction


def issue_render(content: IssueContent, *, language: str, unsubscribe_url: str) -> RenderedEmail:
    """The issue as one subscriber receives it, in their language (the preview shows the same)."""
    with translation.override(language):
        introduction = issue_introduction(content.issue, language)
        context = {
            "subject": issue_subject(content.issue, language),
            "introduction": introduction,
            "introduction_lines": html_to_lines(introduction),
            "news": content.news,
            "events": content.events,
            "unsubscribe_url": unsubscribe_url,
            "site_url": settings.SITE_URL,
            "language": language,
        }
        body_html = render_to_string("content/newsletter/email/_issue_body.html", context)
        return RenderedEmail(
            subject=context["subject"],
            text=render_to_string("content/newsletter/email/issue.txt", context).strip() + "\n",
            html=render_to_string(
                "content/newsletter/email/issue.html", {**context, "body_html": body_html}
            ),
            body_html=body_html,
        )


# --- Sending -----------------------------------------------------------------------------------


def delivery_counts(issue: NewsletterIssue) -> dict[str, int]:
    """How many of the issue's emails are sent, failed and still waiting."""
    counts = dict.fromkeys(Delivery.Status.values, 0)
    rows = issue.deliveries.values("status").annotate(total=Count("pk")).order_by()
    counts.update({row["status"]: row["total"] for row in rows})
    return counts


def subscribers_confirmed() -> QuerySet[Subscriber]:
    return Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)


def subscriptions_of(emails: list[str]) -> list[Subscriber]:
    """The subscriptions of these addresses (any case), for the person's own "My data"."""
    lowered = sorted({email.lower() for email in emails})
    return list(
        Subscriber.objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=lowered)
        .order_by("created_at")
    )
