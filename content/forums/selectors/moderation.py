"""Forums selectors: the moderation part. What a category's moderators see: open reports, held
posts and distress flags nobody has responded to yet (oldest first), and the log. Each loader
answers 404 to anyone who does not moderate the category (`Viewer.may_moderate`), a moderator of
another category included, so nobody learns what is reported where."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404

from network.middleware import SignInRequired

from ..models import Category, DistressFlag, ModerationAction, Post, Report, Thread
from ..selectors.access import Viewer

__all__ = [
    "QUEUE_LIMIT",
    "Queue",
    "moderated_categories",
    "moderated_category",
    "moderated_flag",
    "moderated_post",
    "moderated_report",
    "moderated_thread",
    "moderation_log",
    "move_targets",
    "queue_of",
    "reportable_post",
]

# Each list of the queue shows its oldest this many; the counts say how many wait in all.
QUEUE_LIMIT = 50


def _signed_in(viewer: Viewer) -> None:
    if not viewer.is_authenticated:
        raise SignInRequired


def moderated_categories_q(viewer: Viewer) -> Q:
    return Q() if viewer.is_admin else Q(pk__in=viewer.moderates)


def _count(model, path: str, **filters) -> Coalesce:
    rows = (
        model.objects.filter(**{path: OuterRef("pk")}, **filters)
        .order_by()
        .values(path)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def moderated_categories(viewer: Viewer) -> QuerySet[Category]:
    """The categories the person moderates, each with how much waits in its queue; 404 for
    anyone who moderates none."""
    _signed_in(viewer)
    if not viewer.is_admin and not viewer.moderates:
        raise Http404
    return Category.objects.filter(moderated_categories_q(viewer)).annotate(
        open_reports=_count(Report, "post__thread__category", status=Report.Status.OPEN),
        held_posts=_count(
            Post, "thread__category", status=Post.Status.HELD, deleted_at__isnull=True
        ),
        open_flags=_count(DistressFlag, "post__thread__category", first_response_at__isnull=True),
    )


def moderated_category(viewer: Viewer, slug: str) -> Category:
    _signed_in(viewer)
    category = get_object_or_404(Category, slug=slug)
    if not viewer.may_moderate(category):
        raise Http404
    return category


def _moderated(viewer: Viewer, queryset: QuerySet, pk: int, category_path: str):
    _signed_in(viewer)
    if not viewer.is_admin:
        queryset = queryset.filter(**{f"{category_path}__in": viewer.moderates})
    return get_object_or_404(queryset, pk=pk)


def moderated_post(viewer: Viewer, pk: int) -> Post:
    posts = Post.objects.select_related("thread__category", "author")
    return _moderated(viewer, posts, pk, "thread__category")


def moderated_report(viewer: Viewer, pk: int) -> Report:
    reports = Report.objects.select_related("post__thread__category")
    return _moderated(viewer, reports, pk, "post__thread__category")


def moderated_flag(viewer: Viewer, pk: int) -> DistressFlag:
    flags = DistressFlag.objects.select_related("post__thread__category")
    return _moderated(viewer, flags, pk, "post__thread__category")


def moderated_thread(viewer: Viewer, pk: int) -> Thread:
    return _moderated(viewer, Thread.objects.select_related("category"), pk, "category")


def reportable_post(viewer: Viewer, pk: int) -> Post:
    """A post the person may read and report: visible (or their moderators' to see), not deleted,
    in a category they read; 404 otherwise, as if it did not exist."""
    _signed_in(viewer)
    post = get_object_or_404(
        Post.objects.select_related("thread__category", "author").filter(
            deleted_at__isnull=True,
            thread__category__in=Category.objects.filter(viewer.readable_q()),
        ),
        pk=pk,
    )
    if post.status != Post.Status.VISIBLE and not viewer.may_moderate(post.thread.category):
        raise Http404
    return post


@dataclass(frozen=True)
class Queue:
    reports: list[Report]
    held: list[Post]
    flags: list[DistressFlag]
    counts: dict[str, int]


def queue_of(category: Category) -> Queue:
    """What waits for the category's moderators, oldest first (four queries, whatever the size)."""
    reports = Report.objects.filter(
        status=Report.Status.OPEN, post__thread__category=category
    ).select_related("post__thread", "post__author", "reporter")
    held = Post.objects.filter(
        status=Post.Status.HELD, deleted_at__isnull=True, thread__category=category
    ).select_related("thread", "author")
    flags = DistressFlag.objects.filter(
        first_response_at__isnull=True, post__thread__category=category
    ).select_related("post__thread", "post__author", "report__reporter")
    counts = (
        Category.objects.filter(pk=category.pk)
        .annotate(
            reports=_count(Report, "post__thread__category", status=Report.Status.OPEN),
            held=_count(Post, "thread__category", status=Post.Status.HELD, deleted_at__isnull=True),
            flags=_count(DistressFlag, "post__thread__category", first_response_at__isnull=True),
        )
        .values("reports", "held", "flags")
        .get()
    )
    return Queue(
        reports=list(reports.order_by("created_at", "pk")[:QUEUE_LIMIT]),
        held=list(held.order_by("created_at", "pk")[:QUEUE_LIMIT]),
        flags=list(flags.order_by("created_at", "pk")[:QUEUE_LIMIT]),
        counts=counts,
    )


def moderation_log(category: Category) -> QuerySet[ModerationAction]:
    return ModerationAction.objects.filter(category=category).select_related(
        "moderator", "member", "thread", "post"
    )


def move_targets(viewer: Viewer, thread: Thread) -> QuerySet[Category]:
    """Where the moderator may move the thread: the other categories they moderate."""
    return Category.objects.filter(moderated_categories_q(viewer)).exclude(pk=thread.category_id)
