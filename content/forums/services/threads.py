"""Forums services: the threads part. Starting threads, replying, editing and deleting posts,
reactions, mutes and the community guidelines; and, for the moderation part, approving, hiding
and showing posts again.

Every write checks the rules itself (the views only ask): the viewer may write in the category
(`Viewer.may_write`: reads it, satisfies its writing rule, not suspended), the thread is not
locked (its moderators may still post), the guidelines are accepted. A post gets the thread's
next number under a lock on the thread row, so two replies never take the same number and a
post's number (its permalink) never changes. A post that becomes visible sends
`signals.post_published` inside the transaction; the listeners work after the commit.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import User

from .. import markdown, signals
from ..models import (
    Category,
    ModerationAction,
    Mute,
    Post,
    PostRevision,
    Reaction,
    Thread,
)
from ..models.members import ForumProfile
from ..selectors.access import Viewer
from .distress import watched_phrases_check
from .subscriptions import subscription_watch

GUIDELINES_VERSION = "2026-11"

__all__ = [
    "GUIDELINES_VERSION",
    "ForumError",
    "GuidelinesNotAccepted",
    "guidelines_accept",
    "mute_toggle",
    "post_delete",
    "post_edit",
    "post_reply",
    "reaction_toggle",
    "thread_start",
]


class ForumError(Exception):
    """A write the rules refuse; the message says why, for the person."""


class GuidelinesNotAccepted(ForumError):
    """The person has not accepted the community guidelines yet."""


def _check_may_write(viewer: Viewer, category: Category) -> None:
    if viewer.posting_suspended:
        raise ForumError(
            _("Your posting is paused until %(date)s. You can still read the forums.")
            % {"date": timezone.localtime(viewer.suspended_until).strftime("%Y-%m-%d")}
        )
    if not viewer.may_write(category):
        if viewer.lapsed and not viewer.is_member:
            raise ForumError(
                _("Your membership has ended: renew it to post again. You can still read.")
            )
        raise ForumError(_("This category is read-only for you: only some members post here."))
    if not viewer.guidelines_accepted:
        raise GuidelinesNotAccepted(_("Please read and accept the community guidelines first."))


def check_may_reply(viewer: Viewer, thread: Thread) -> None:
    """Raise ForumError unless the viewer may reply in `thread` now."""
    _check_may_write(viewer, thread.category)
    if thread.is_locked and not viewer.may_moderate(thread.category):
        raise ForumError(_("This thread is locked: no new replies can be added."))


def check_may_start(viewer: Viewer, category: Category) -> None:
    _check_may_write(viewer, category)


def _profile(person: User) -> ForumProfile:
    profile, _created = ForumProfile.objects.get_or_create(person=person)
    return profile


def _add_post(
    *,
    viewer: Viewer,
    author: User,
    thread: Thread,
    body: str,
    content_warning: str,
    quote_of: Post | None,
) -> Post:
    """The thread's next post, held for a moderator when it is the author's first and the
    category holds first posts. Runs inside the caller's transaction."""
    thread = Thread.objects.select_for_update().select_related("category").get(pk=thread.pk)
    category = thread.category
    profile = ForumProfile.objects.select_for_update().get_or_create(person=author)[0]
    held = (
        category.hold_first_posts
        and profile.approved_posts == 0
        and not viewer.may_moderate(category)
    )
    post = Post(
        thread=thread,
        number=thread.last_number + 1,
        author=author,
        body=body,
        body_html=markdown.render(body),
        content_warning=content_warning,
        status=Post.Status.HELD if held else Post.Status.VISIBLE,
        quote_of=quote_of,
    )
    post.full_clean(exclude=["thread", "author", "quote_of"])
    post.save()
    subscription_watch(person=author, thread=thread)  # told of the replies to what they wrote
    fields = {"last_number": post.number}
    if not held:
        fields |= {"post_count": F("post_count") + 1, "last_post_at": post.created_at}
    Thread.objects.filter(pk=thread.pk).update(**fields)
    if not held:
        ForumProfile.objects.filter(pk=profile.pk).update(approved_posts=F("approved_posts") + 1)
        signals.post_published.send(sender=Post, post=post)
    else:
        watched_phrases_check(post=post)  # distress never waits in the approval queue
    return post


def thread_start(
    *,
    viewer: Viewer,
    author: User,
    category: Category,
    title: str,
    body: str,
    content_warning: str = "",
) -> Post:
    """Start a thread in `category` with its first post; returns the post (its thread is
    `post.thread`). Held when it is the author's first post and the category holds them."""
    check_may_start(viewer, category)
    with transaction.atomic():
        thread = Thread(category=category, title=title.strip(), author=author)
        thread.full_clean(exclude=["category", "author"])
        thread.save()
        post = _add_post(
            viewer=viewer,
            author=author,
            thread=thread,
            body=body,
            content_warning=content_warning,
            quote_of=None,
        )
        if post.status == Post.Status.HELD:
            # Listed for others once a moderator approves its first post; its author sees it
            # waiting (selectors.threads: a hidden thread with no post yet is its author's).
            Thread.objects.filter(pk=thread.pk).update(is_hidden=True, last_post_at=post.created_at)
    return post


def check_quotable(viewer: Viewer, quoted: Post, thread: Thread) -> None:
    if quoted.thread_id != thread.pk:
        raise ForumError(_("You can only quote a post of this thread."))
    if quoted.deleted_at is not None:
        raise ForumError(_("That post was deleted by its author, so it cannot be quoted."))
    if quoted.status != Post.Status.VISIBLE and not viewer.may_moderate(thread.category):
        raise ForumError(_("That post is not shown at the moment, so it cannot be quoted."))


def post_reply(
    *,
    viewer: Viewer,
    author: User,
    thread: Thread,
    body: str,
    content_warning: str = "",
    quote_of: Post | None = None,
) -> Post:
    check_may_reply(viewer, thread)
    if quote_of is not None:
        check_quotable(viewer, quote_of, thread)
    with transaction.atomic():
        return _add_post(
            viewer=viewer,
            author=author,
            thread=thread,
            body=body,
            content_warning=content_warning,
            quote_of=quote_of,
        )


def may_edit(viewer: Viewer, post: Post) -> bool:
    if post.deleted_at is not None:
        return False
    if viewer.may_moderate(post.thread.category):
        return True
    return post.author_id == viewer.pk and not viewer.posting_suspended


def post_edit(
    *, viewer: Viewer, editor: User, post: Post, body: str, content_warning: str = ""
) -> Post:
    """Change a post's text, keeping the old text as a revision (moderators read the history).
    A moderator editing someone else's post is logged in the moderation log."""
    if not may_edit(viewer, post):
        raise ForumError(_("You can only edit your own posts."))
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        if post.deleted_at is not None:
            raise ForumError(_("This post was deleted."))
        if post.body != body or post.content_warning != content_warning:
            PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
            post.body = body
            post.body_html = markdown.render(body)
            post.content_warning = content_warning
            post.edited_at = timezone.now()
            post.full_clean(exclude=["thread", "author", "quote_of"])
            post.save(update_fields=["body", "body_html", "content_warning", "edited_at"])
            if post.author_id != editor.pk:
                ModerationAction.objects.create(
                    category_id=post.thread.category_id,
                    moderator=editor,
                    kind=ModerationAction.Kind.EDIT,
                    thread_id=post.thread_id,
                    post=post,
                    member_id=post.author_id,
                )
    return post


def post_delete(*, viewer: Viewer, person: User, post: Post) -> Post:
    """The author deletes their post: the row stays (so later numbers and permalinks stay put)
    with its text blanked; readers see that it was deleted. Revisions go with the text."""
    if post.author_id != person.pk:
        raise ForumError(_("You can only delete your own posts."))
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.deleted_at is None:
            post.body = ""
            post.body_html = ""
            post.content_warning = ""
            post.deleted_at = timezone.now()
            post.save(update_fields=["body", "body_html", "content_warning", "deleted_at"])
            post.revisions.all().delete()
    return post


def reaction_toggle(*, viewer: Viewer, person: User, post: Post, kind: str) -> bool:
    """Add the reaction, or take it back if it was there; True when it is now given."""
    if kind not in Reaction.Kind.values:
        raise ForumError(_("Choose one of the reactions offered."))
    if post.deleted_at is not None or post.status != Post.Status.VISIBLE:
        raise ForumError(_("This post cannot take reactions."))
    if not viewer.may_read(post.thread.category):
        raise ForumError(_("This post cannot take reactions."))
    deleted, _kinds = Reaction.objects.filter(post=post, person=person, kind=kind).delete()
    if deleted:
        return False
    try:
        with transaction.atomic():
            Reaction.objects.create(post=post, person=person, kind=kind)
    except IntegrityError:  # the same click twice at once
        pass
    return True


def mute_toggle(*, person: User, muted: User) -> bool:
    """Mute or unmute `muted` for `person`; True when now muted."""
    if person.pk == muted.pk:
        raise ForumError(_("You cannot mute yourself."))
    deleted, _kinds = Mute.objects.filter(person=person, muted=muted).delete()
    if deleted:
        return False
    Mute.objects.get_or_create(person=person, muted=muted)
    return True


def guidelines_accept(*, person: User) -> ForumProfile:
    profile = _profile(person)
    profile.guidelines_accepted_at = timezone.now()
    profile.guidelines_version = GUIDELINES_VERSION
    profile.save(update_fields=["guidelines_accepted_at", "guidelines_version"])
    return profile
