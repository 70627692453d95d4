"""Forums selectors: the subscriptions part. What a person watches, their notifications, who is
told about a new post, and what their digest lists.

Who may read a category is always the Viewer's answer (`selectors.access`): for people other
than the one asking (watchers, people mentioned, digest readers) it is built for each of them,
one query per person, in the background tasks only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from django.conf import settings
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.db.models.functions import Lower
from django.urls import reverse

from members.models import User
from network.oneclick import OneClickLinkError, one_click_token, one_click_value

from ..models import Category, ForumProfile, Mute, Notification, Post, Rule, Subscription, Thread
from .access import Viewer, readable_categories, viewer_of

NOTIFICATIONS_PER_PAGE = 20
# A digest lists at most this many threads (the busiest first): an email, not an archive.
DIGEST_THREADS = 30
# What an email may quote of a post in a category open to all members: its first line, cut.
EXCERPT_CHARS = 200

# `@River`, or `@"Sam Ally"` for a display name with spaces.
MENTION = re.compile(r'(?<![\w@])@(?:"([^"\n]{1,150})"|([\w][\w.\-]{0,149}))')

_UNSUBSCRIBE_SALT = "forums.unsubscribe"


class Unsubscribe:
    """What a one-click link in a forum email stops: the kind of email it came with."""

    REPLIES = "replies"
    MENTIONS = "mentions"
    DIGEST = "digest"
    ALL = (REPLIES, MENTIONS, DIGEST)


def viewer_for(person: User) -> Viewer:
    """The Viewer of someone who is not the one asking (one query)."""
    return viewer_of(SimpleNamespace(user=person))


def visible_posts() -> QuerySet[Post]:
    """Posts readers see: visible, not deleted, in a thread no moderator hid."""
    return Post.objects.filter(
        status=Post.Status.VISIBLE, deleted_at__isnull=True, thread__is_hidden=False
    )


def is_visible(post: Post) -> bool:
    return (
        post.status == Post.Status.VISIBLE and post.deleted_at is None and not post.thread.is_hidden
    )


# --- Watching ----------------------------------------------------------------------------------


def watched_by(person_id: int | None, *, field: str = "thread") -> Exists:
    """For the thread and category pages' own query: annotate `watched=watched_by(viewer.pk)`
    on threads (`field="category"` on categories), read by the watch partials; no query more."""
    return Exists(Subscription.objects.filter(person_id=person_id, **{field: OuterRef("pk")}))


def watches_thread(person, thread: Thread) -> bool:
    return Subscription.objects.filter(person=person, thread=thread).exists()


def watches_category(person, category: Category) -> bool:
    return Subscription.objects.filter(person=person, category=category).exists()


def subscriptions_of(viewer: Viewer) -> list[Subscription]:
    """What the person watches, in the categories they may still read (one query)."""
    readable = viewer.readable_q()
    return list(
        Subscription.objects.filter(person_id=viewer.pk)
        .filter(
            Q(thread__isnull=False, thread__category__in=Category.objects.filter(readable))
            | Q(category__in=Category.objects.filter(readable))
        )
        .select_related("thread", "thread__category", "category")
        .order_by("category__order", "-created_at", "pk")
    )


def mutes_of(person) -> QuerySet[Mute]:
    return Mute.objects.filter(person=person).select_related("muted").order_by("-created_at")


def profile_of(person) -> ForumProfile:
    """The person's forum settings; unsaved defaults for someone who never changed them."""
    return ForumProfile.objects.filter(person=person).first() or ForumProfile(person=person)


# --- Notifications -----------------------------------------------------------------------------


def notifications_of(viewer: Viewer) -> QuerySet[Notification]:
    """The person's notifications, newest first, about posts they may still read."""
    return (
        Notification.objects.filter(person_id=viewer.pk)
        .filter(
            post__in=visible_posts().filter(
                thread__category__in=Category.objects.filter(viewer.readable_q())
            )
        )
        .select_related("post", "post__author", "post__thread", "post__thread__category")
        .order_by("-created_at", "-pk")
    )


def unread_notifications(person) -> int:
    """The count for a badge: notifications not read yet, about posts still visible."""
    if person is None or not person.is_authenticated:
        return 0
    return Notification.objects.filter(
        person=person, read_at__isnull=True, post__in=visible_posts()
    ).count()


def mentioned_names(text: str) -> set[str]:
    """The display names `text` mentions, lower-cased."""
    names = set()
    for quoted, bare in MENTION.findall(text):
        name = (quoted or bare).strip().lower()
        if name:
            names.add(name)
    return names


def _not_muting(author_id: int | None) -> Q:
    if author_id is None:
        return Q()
    return ~Q(Exists(Mute.objects.filter(person=OuterRef("pk"), muted_id=author_id)))


def recipients_of(post: Post) -> dict[int, str]:
    """Who is told about `post`, and why (Notification.Kind): the people it mentions and the
    watchers of its thread or category. Never its author, a closed account, someone who muted
    the author, or someone who may not read the category; a mention outranks a reply."""
    thread = post.thread
    category = thread.category
    candidates = User.objects.filter(is_active=True).exclude(pk=post.author_id)
    candidates = candidates.filter(_not_muting(post.author_id))
    kinds: dict[int, str] = {}
    people: dict[int, User] = {}
    watchers = candidates.filter(
        Exists(
            Subscription.objects.filter(person=OuterRef("pk")).filter(
                Q(thread=thread) | Q(category=category)
            )
        )
    )
    for person in watchers:
        kinds[person.pk], people[person.pk] = Notification.Kind.REPLY, person
    names = mentioned_names(post.body)
    if names:
        mentioned = candidates.annotate(name_lower=Lower("display_name")).filter(
            name_lower__in=sorted(names)
        )
        for person in mentioned:
            kinds[person.pk], people[person.pk] = Notification.Kind.MENTION, person
    return {pk: kind for pk, kind in kinds.items() if viewer_for(people[pk]).may_read(category)}


def notifications_to_email(post_id: int) -> QuerySet[Notification]:
    """The notifications of a post not emailed yet, to people whose settings ask for email."""
    return (
        Notification.objects.filter(post_id=post_id, emailed_at__isnull=True)
        .exclude(kind=Notification.Kind.REPLY, person__forum_profile__email_replies=False)
        .exclude(kind=Notification.Kind.MENTION, person__forum_profile__email_mentions=False)
        .filter(person__is_active=True)
        .order_by("pk")
    )


# --- What emails may say -----------------------------------------------------------------------


def shareable(category: Category) -> bool:
    """Whether an email may name a thread of `category` or quote a line of its posts. Emails are
    read on shared screens and phones: only categories open to all members; never a peer-only,
    LHIN or governance space, where the email gives the category and the link alone."""
    return category.read_rule == Rule.MEMBERS


def excerpt(post: Post) -> str:
    """The first line of a post, cut, for an email; none behind a content warning."""
    if post.content_warning or not shareable(post.thread.category):
        return ""
    for line in post.body.splitlines():
        line = line.strip().lstrip("#>*- ").strip()
        if line:
            return line if len(line) <= EXCERPT_CHARS else line[: EXCERPT_CHARS - 1] + "…"
    return ""


def permalink(post: Post) -> str:
    return settings.SITE_URL + post.get_absolute_url()


# --- One-click unsubscribe ---------------------------------------------------------------------


def unsubscribe_token(person, what: str) -> str:
    return one_click_token([person.pk, what], salt=_UNSUBSCRIBE_SALT)


def unsubscribe_link(person, what: str) -> str:
    return settings.SITE_URL + reverse("forums:unsubscribe", args=[unsubscribe_token(person, what)])


@dataclass(frozen=True)
class UnsubscribeRequest:
    person: User
    what: str


def unsubscribe_request_for(token: str) -> UnsubscribeRequest:
    """Whose link it is and what it stops; OneClickLinkError when altered or for nobody."""
    value = one_click_value(token, salt=_UNSUBSCRIBE_SALT)
    if not (isinstance(value, list) and len(value) == 2 and value[1] in Unsubscribe.ALL):
        raise OneClickLinkError
    pk, what = value
    person = User.objects.filter(pk=pk, is_active=True).first() if isinstance(pk, int) else None
    if person is None:
        raise OneClickLinkError
    return UnsubscribeRequest(person=person, what=what)


# --- Digests -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestThread:
    thread: Thread
    new_posts: int
    first_post: Post  # the first new one, for its permalink


def digest_threads(person: User, *, since: datetime, until: datetime) -> list[DigestThread]:
    """The threads with new posts between `since` and `until` that `person` watches (the thread
    or its category), in categories they may read, by others they have not muted; busiest
    first. Two queries and the Viewer's one."""
    viewer = viewer_for(person)
    posts = (
        visible_posts()
        .filter(
            created_at__gt=since,
            created_at__lte=until,
            thread__category__in=readable_categories(viewer),
        )
        .filter(Q(thread__watchers__person=person) | Q(thread__category__watchers__person=person))
        .exclude(author=person)
        .exclude(author__in=Mute.objects.filter(person=person).values("muted"))
    )
    rows = list(
        posts.values("thread_id")
        .annotate(new_posts=Count("pk", distinct=True), first=Min("number"), last=Max("created_at"))
        .order_by("-new_posts", "-last")[:DIGEST_THREADS]
    )
    if not rows:
        return []
    wanted = Q(
        *(Q(thread_id=row["thread_id"], number=row["first"]) for row in rows), _connector=Q.OR
    )
    firsts = {
        (post.thread_id, post.number): post
        for post in Post.objects.select_related("thread", "thread__category").filter(wanted)
    }
    return [
        DigestThread(
            thread=firsts[(row["thread_id"], row["first"])].thread,
            new_posts=row["new_posts"],
            first_post=firsts[(row["thread_id"], row["first"])],
        )
        for row in rows
        if (row["thread_id"], row["first"]) in firsts
    ]
