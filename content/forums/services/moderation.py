"""Forums services: the moderation part. Reporting a post, and what moderators do: approve a
held post, dismiss a report, hide and show a post, warn a member, suspend their posting, pin,
lock and move a thread, and record that they responded to someone in distress.

Every moderator action checks that the person moderates the category (a moderator of another
category is refused as if the thing did not exist), writes one `ModerationAction` (who, what,
when, note), and, where it touches a post that carries a distress flag, records the first
response on that flag if none is recorded yet.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.http import Http404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.models import User
from network.services import email_person

from .. import signals
from ..models import (
    Category,
    DistressFlag,
    ForumProfile,
    ModerationAction,
    Post,
    Report,
    Thread,
)
from ..selectors.access import Viewer
from .distress import distress_flag_raise, distress_flag_respond

__all__ = [
    "SUSPENSION_DAYS",
    "AlreadyReported",
    "ModerationError",
    "moderation_approve",
    "moderation_dismiss",
    "moderation_hide",
    "moderation_lock",
    "moderation_move",
    "moderation_pin",
    "moderation_respond",
    "moderation_suspend",
    "moderation_unhide",
    "moderation_warn",
    "report_submit",
]

SUSPENSION_DAYS = (1, 7, 30)
Kind = ModerationAction.Kind


class ModerationError(Exception):
    """An action the rules refuse; the message says why, for the person."""


class AlreadyReported(ModerationError):
    """This person has reported this post already."""


def _check_moderates(viewer: Viewer, category: Category) -> None:
    # Another category's moderator learns nothing: the same answer as for a missing object.
    if not viewer.may_moderate(category):
        raise Http404


def _log(
    *,
    moderator: User,
    kind: str,
    category: Category | None = None,
    thread: Thread | None = None,
    post: Post | None = None,
    member_id: int | None = None,
    note: str = "",
) -> ModerationAction:
    thread = thread or (post.thread if post is not None else None)
    return ModerationAction.objects.create(
        category=category or thread.category,
        moderator=moderator,
        kind=kind,
        thread=thread,
        post=post,
        member_id=member_id,
        note=note,
    )


# --- Reporting ---------------------------------------------------------------------------------


def report_submit(
    *, viewer: Viewer, reporter: User, post: Post, reason: str, note: str = ""
) -> Report:
    """Report a post the person may read. Once per person and post (`AlreadyReported`); a report
    of distress raises a distress flag at once."""
    if not viewer.may_read(post.thread.category) or post.deleted_at is not None:
        raise Http404
    report = Report(post=post, reporter=reporter, reason=reason, note=note.strip())
    report.full_clean(exclude=["post", "reporter"], validate_constraints=False)
    try:
        with transaction.atomic():
            report.save()
            if reason == Report.Reason.DISTRESS:
                distress_flag_raise(post=post, source=DistressFlag.Source.REPORT, report=report)
    except IntegrityError as error:  # the unique constraint: a second report, or a double click
        raise AlreadyReported(
            _("You have already reported this post. Thank you: the moderators will look at it.")
        ) from error
    return report


def _close_reports(*, post: Post, moderator: User, status: str) -> int:
    return Report.objects.filter(post=post, status=Report.Status.OPEN).update(
        status=status, handled_at=timezone.now(), handled_by=moderator
    )


# --- Posts -------------------------------------------------------------------------------------


@transaction.atomic
def moderation_approve(*, viewer: Viewer, moderator: User, post: Post, note: str = "") -> Post:
    """A held post becomes visible: counted in its thread, its author's approved posts bumped
    (their later posts need no approval), `post_published` sent (phrases, subscriptions)."""
    post = Post.objects.select_for_update().select_related("thread__category").get(pk=post.pk)
    _check_moderates(viewer, post.thread.category)
    if post.status != Post.Status.HELD:
        raise ModerationError(_("This post is not waiting for approval any more."))
    post.status = Post.Status.VISIBLE
    post.save(update_fields=["status"])
    thread_fields = {"post_count": F("post_count") + 1}
    if post.number == 1:
        thread_fields["is_hidden"] = False
    Thread.objects.filter(pk=post.thread_id).update(**thread_fields)
    Thread.objects.filter(
        Q(last_post_at__lt=post.created_at) | Q(last_post_at__isnull=True), pk=post.thread_id
    ).update(last_post_at=post.created_at)
    if post.author_id is not None:
        profile, _created = ForumProfile.objects.get_or_create(person_id=post.author_id)
        ForumProfile.objects.filter(pk=profile.pk).update(approved_posts=F("approved_posts") + 1)
    _log(moderator=moderator, kind=Kind.APPROVE, post=post, member_id=post.author_id, note=note)
    distress_flag_respond(post=post, moderator=moderator)
    signals.post_published.send(sender=Post, post=post)
    return post


def _set_status(*, viewer, moderator, post, old: str, new: str, kind: str, note: str) -> Post:
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread__category").get(pk=post.pk)
        _check_moderates(viewer, post.thread.category)
        if post.status != old or post.deleted_at is not None:
            raise ModerationError(
                _("This post is already hidden.")
                if new == Post.Status.HIDDEN
                else _("This post is not hidden.")
            )
        post.status = new
        post.save(update_fields=["status"])
        _log(moderator=moderator, kind=kind, post=post, member_id=post.author_id, note=note)
        if new == Post.Status.HIDDEN:
            _close_reports(post=post, moderator=moderator, status=Report.Status.ACTIONED)
        distress_flag_respond(post=post, moderator=moderator)
    return post


def moderation_hide(*, viewer: Viewer, moderator: User, post: Post, note: str = "") -> Post:
    """Hide a post from readers (moderators still see it; its number and place stay); its open
    reports are closed as acted on."""
    return _set_status(
        viewer=viewer,
        moderator=moderator,
        post=post,
        old=Post.Status.VISIBLE,
        new=Post.Status.HIDDEN,
        kind=Kind.HIDE,
        note=note,
    )


def moderation_unhide(*, viewer: Viewer, moderator: User, post: Post, note: str = "") -> Post:
    return _set_status(
        viewer=viewer,
        moderator=moderator,
        post=post,
        old=Post.Status.HIDDEN,
        new=Post.Status.VISIBLE,
        kind=Kind.UNHIDE,
        note=note,
    )


@transaction.atomic
def moderation_dismiss(
    *, viewer: Viewer, moderator: User, report: Report, note: str = ""
) -> Report:
    """The report needs nothing done: closed as dismissed (the post stays as it is)."""
    report = (
        Report.objects.select_for_update()
        .select_related("post__thread__category")
        .get(pk=report.pk)
    )
    _check_moderates(viewer, report.post.thread.category)
    if report.status != Report.Status.OPEN:
        raise ModerationError(_("This report was already handled."))
    report.status = Report.Status.DISMISSED
    report.handled_at = timezone.now()
    report.handled_by = moderator
    report.save(update_fields=["status", "handled_at", "handled_by"])
    _log(
        moderator=moderator,
        kind=Kind.DISMISS,
        post=report.post,
        member_id=report.post.author_id,
        note=note,
    )
    distress_flag_respond(post=report.post, moderator=moderator)
    return report


@transaction.atomic
def moderation_respond(*, viewer: Viewer, moderator: User, flag: DistressFlag, note: str = ""):
    """The moderator has reached out to the person (a reply, a private message): the flag's first
    response is recorded, once."""
    flag = DistressFlag.objects.select_related("post__thread__category").get(pk=flag.pk)
    _check_moderates(viewer, flag.post.thread.category)
    if flag.first_response_at is not None:
        raise ModerationError(_("A moderator has already responded to this flag."))
    distress_flag_respond(post=flag.post, moderator=moderator)
    _log(
        moderator=moderator,
        kind=Kind.RESPOND,
        post=flag.post,
        member_id=flag.post.author_id,
        note=note,
    )
    return flag


# --- Members -----------------------------------------------------------------------------------


def _author_of(post: Post) -> User:
    if post.author_id is None or post.author.closed_at is not None:
        raise ModerationError(_("This post's author has closed their account."))
    return post.author


@transaction.atomic
def moderation_warn(*, viewer: Viewer, moderator: User, post: Post, message: str) -> None:
    """A private message to the post's author, by email, in the moderator's words."""
    post = Post.objects.select_related("thread__category", "author").get(pk=post.pk)
    _check_moderates(viewer, post.thread.category)
    author = _author_of(post)
    email_person(
        person=author,
        template="forums/moderation/email/warning",
        context={
            "message": message,
            "category": post.thread.category,
            "post_url": post.get_absolute_url(),
        },
    )
    _log(moderator=moderator, kind=Kind.WARN, post=post, member_id=author.pk, note=message)
    distress_flag_respond(post=post, moderator=moderator)


@transaction.atomic
def moderation_suspend(
    *, viewer: Viewer, moderator: User, post: Post, days: int, note: str = ""
) -> ForumProfile:
    """Pause the author's posting for `days` (1, 7 or 30): they read as before and write
    nothing (`Viewer.may_write`) until then. A longer suspension already running is kept."""
    if days not in SUSPENSION_DAYS:
        raise ModerationError(_("Choose 1, 7 or 30 days."))
    post = Post.objects.select_related("thread__category", "author").get(pk=post.pk)
    _check_moderates(viewer, post.thread.category)
    author = _author_of(post)
    if author.pk == moderator.pk:
        raise ModerationError(_("You cannot suspend your own posting."))
    until = timezone.now() + timedelta(days=days)
    profile, _created = ForumProfile.objects.select_for_update().get_or_create(person=author)
    if profile.posting_suspended_until is None or profile.posting_suspended_until < until:
        profile.posting_suspended_until = until
        profile.save(update_fields=["posting_suspended_until"])
    email_person(
        person=author,
        template="forums/moderation/email/suspended",
        context={
            "until": formats.date_format(
                timezone.localtime(profile.posting_suspended_until), "DATETIME_FORMAT"
            ),
            "message": note,
        },
    )
    _log(
        moderator=moderator,
        kind=Kind.SUSPEND,
        post=post,
        member_id=author.pk,
        note=(
            ngettext("%(days)d day.", "%(days)d days.", days) % {"days": days} + " " + note
        ).strip(),
    )
    distress_flag_respond(post=post, moderator=moderator)
    return profile


# --- Threads -----------------------------------------------------------------------------------


def _thread_flag(*, viewer, moderator, thread, field: str, value: bool, kind: str) -> Thread:
    with transaction.atomic():
        thread = Thread.objects.select_for_update().select_related("category").get(pk=thread.pk)
        _check_moderates(viewer, thread.category)
        if getattr(thread, field) == value:
            return thread
        setattr(thread, field, value)
        thread.save(update_fields=[field])
        _log(moderator=moderator, kind=kind, thread=thread, note=_("on") if value else _("off"))
    return thread


def moderation_pin(*, viewer: Viewer, moderator: User, thread: Thread, pinned: bool) -> Thread:
    return _thread_flag(
        viewer=viewer,
        moderator=moderator,
        thread=thread,
        field="is_pinned",
        value=pinned,
        kind=Kind.PIN,
    )


def moderation_lock(*, viewer: Viewer, moderator: User, thread: Thread, locked: bool) -> Thread:
    return _thread_flag(
        viewer=viewer,
        moderator=moderator,
        thread=thread,
        field="is_locked",
        value=locked,
        kind=Kind.LOCK,
    )


@transaction.atomic
def moderation_move(
    *, viewer: Viewer, moderator: User, thread: Thread, to: Category, note: str = ""
) -> Thread:
    """Move a thread to another category the moderator moderates; logged in both categories'
    logs (the old one says where it went)."""
    thread = Thread.objects.select_for_update().select_related("category").get(pk=thread.pk)
    source = thread.category
    _check_moderates(viewer, source)
    _check_moderates(viewer, to)
    if to.pk == source.pk:
        raise ModerationError(_("The thread is already in this category."))
    thread.category = to
    thread.save(update_fields=["category"])
    text = _("From “%(source)s” to “%(to)s”.") % {"source": source.name, "to": to.name}
    text = f"{text} {note}".strip()
    _log(moderator=moderator, kind=Kind.MOVE, category=source, thread=thread, note=text)
    _log(moderator=moderator, kind=Kind.MOVE, category=to, thread=thread, note=text)
    return thread


def queue_url(category: Category) -> str:
    return reverse("forums:moderation_category", args=[category.slug])
