"""Forums selectors: the threads part. The categories a viewer may read, a category's threads,
a thread's page of posts, each read in one query whatever the amount of data: counts, unread
markers, reactions and mutes come as annotations, never a query per row.

Who may see what is `Viewer`'s answer (selectors.access); these functions only apply it. Signed
out: `SignInRequired` (the middleware sends them to sign in). Signed in but not allowed: 404, so
nobody learns that a category, thread or post exists.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from members.models import User
from network.middleware import SignInRequired

from ..models import Category, Post, ReadMarker, Thread
from ..models.threads import POSTS_PER_PAGE
from . import statements
from .access import Viewer
from .subscriptions import watched_by

THREADS_PER_PAGE = 25

__all__ = [
    "POSTS_PER_PAGE",
    "THREADS_PER_PAGE",
    "categories_for",
    "category_or_404",
    "category_threads",
    "first_unread_number",
    "post_annotated",
    "post_or_404",
    "read_marker_advance",
    "thread_or_404",
    "thread_page",
    "thread_posts",
]


def _signed_in(viewer: Viewer) -> None:
    if not viewer.is_authenticated:
        raise SignInRequired


def _marker(viewer: Viewer) -> Subquery:
    """The viewer's last read post number of the outer thread (None: never opened)."""
    return Subquery(
        ReadMarker.objects.filter(thread=OuterRef("pk"), person_id=viewer.pk).values(
            "last_read_number"
        )[:1]
    )


def _listed_threads(viewer: Viewer) -> Q:
    """Threads shown in lists: hidden ones only to the moderators of their category."""
    if viewer.is_admin:
        return Q()
    return (
        Q(is_hidden=False)
        | Q(category_id__in=viewer.moderates)
        | Q(author_id=viewer.pk, post_count=0)  # their new thread, waiting for a moderator
    )


def categories_for(viewer: Viewer) -> QuerySet[Category]:
    """The categories the viewer may read, in the admin's order, each with `thread_count`,
    `last_post` and `has_unread` (a thread with posts past the viewer's marker), in one query."""
    _signed_in(viewer)
    unread = Thread.objects.filter(_listed_threads(viewer), category=OuterRef("pk")).filter(
        last_number__gt=Coalesce(_marker(viewer), 0)
    )
    return (
        Category.objects.filter(viewer.readable_q(), is_active=True)
        .annotate(
            thread_count=Count("threads", filter=Q(threads__is_hidden=False)),
            last_post=Max("threads__last_post_at", filter=Q(threads__is_hidden=False)),
            has_unread=Exists(unread),
        )
        .order_by("order", "name")
    )


def category_or_404(viewer: Viewer, slug: str) -> Category:
    _signed_in(viewer)
    category = (
        Category.objects.filter(slug=slug)
        .annotate(watched=watched_by(viewer.pk, field="category"))
        .first()
    )
    if category is None or not viewer.may_read(category):
        raise Http404
    if not category.is_active and not viewer.may_moderate(category):
        raise Http404
    return category


def category_threads(viewer: Viewer, category: Category, page_number) -> Page:
    """A page of the category's threads, pinned first then by last post, each with its author's
    name and the viewer's read marker (`last_read`: None if never opened)."""
    threads = (
        Thread.objects.filter(category=category)
        .filter(_listed_threads(viewer))
        .select_related("author")
        .only(
            "title",
            "category_id",
            "created_at",
            "last_post_at",
            "post_count",
            "last_number",
            "is_pinned",
            "is_locked",
            "is_hidden",
            "author__display_name",
            "author__closed_at",
        )
        .annotate(last_read=_marker(viewer))
        .order_by("-is_pinned", "-last_post_at", "-pk")
    )
    return Paginator(threads, THREADS_PER_PAGE).get_page(page_number)


def _may_see_thread(viewer: Viewer, thread: Thread) -> bool:
    category = thread.category
    if not viewer.may_read(category):
        return False
    if viewer.may_moderate(category):
        return True
    if not category.is_active:
        return False
    # A thread whose first post waits for a moderator is hidden from all but its author.
    return not thread.is_hidden or (thread.author_id == viewer.pk and thread.post_count == 0)


def thread_or_404(viewer: Viewer, pk: int) -> Thread:
    """The thread with its category, the viewer's read marker (`last_read`) and whether they
    watch it (`watched`), in one query (`statements.THREAD`); 404 unless the viewer may read
    it."""
    _signed_in(viewer)
    thread = statements.thread_row(pk, viewer.pk)
    if thread is None or not _may_see_thread(viewer, thread):
        raise Http404
    return thread


def thread_page(thread: Thread, page_number) -> Page:
    """The page `page_number` of the thread: posts by number (page N holds numbers
    (N-1)*20+1..N*20), so a post's page never changes. Counted from the thread's counter, no
    query. 404 past the end."""
    paginator = Paginator(range(thread.last_number), POSTS_PER_PAGE, allow_empty_first_page=True)
    try:
        return paginator.page(page_number or 1)
    except Exception as error:  # EmptyPage, PageNotAnInteger
        raise Http404 from error


def thread_posts(viewer: Viewer, thread: Thread, page: Page) -> list[Post]:
    """The posts of one page of the thread, in one query (`statements.POSTS`): each with its
    author's name (`author_display_name`, `author_closed_at`), every reaction's kind
    (`reaction_kinds`), the viewer's own (`my_reactions`), whether the viewer muted the author
    (`muted`) and reported the post (`reported`). Held posts are shown to their author and the
    category's moderators only."""
    return statements.posts_of_page(
        thread.pk,
        (page.number - 1) * POSTS_PER_PAGE + 1,
        page.number * POSTS_PER_PAGE,
        viewer_id=viewer.pk,
        all_statuses=viewer.may_moderate(thread.category),
    )


def post_annotated(viewer: Viewer, post: Post) -> Post:
    """One post as the thread page shows it (after a reaction, for htmx)."""
    annotated = statements.post_by_id(post.pk, viewer_id=viewer.pk)
    annotated.thread = post.thread
    return annotated


def read_marker_advance(viewer: Viewer, thread: Thread, number: int) -> bool:
    """Record that the viewer has read `thread` up to post `number`, in ONE statement (an upsert
    that never moves a marker back, safe against two tabs at once). Nothing is written when the
    marker read with the thread is already there."""
    if not viewer.is_authenticated or number <= (thread.last_read or 0):
        return False
    table = ReadMarker._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (person_id, thread_id, last_read_number, updated_at)
            VALUES (%s, %s, %s, now())
            ON CONFLICT (person_id, thread_id) DO UPDATE
            SET last_read_number = GREATEST({table}.last_read_number, EXCLUDED.last_read_number),
                updated_at = EXCLUDED.updated_at
            """,  # noqa: S608 (the table name is ours, the values are parameters)
            [viewer.pk, thread.pk, number],
        )
    return True


def first_unread_number(thread: Thread) -> int:
    """The number of the first post the viewer has not read (the last post if all are read)."""
    return max(1, min((thread.last_read or 0) + 1, thread.last_number))


def post_or_404(viewer: Viewer, pk: int) -> Post:
    """A post the viewer may see, with its thread and category; 404 otherwise."""
    _signed_in(viewer)
    post = Post.objects.select_related("thread__category", "author").filter(pk=pk).first()
    if post is None or not _may_see_thread(viewer, post.thread):
        raise Http404
    if (
        post.status == Post.Status.HELD
        and post.author_id != viewer.pk
        and not viewer.may_moderate(post.thread.category)
    ):
        raise Http404
    return post


def person_or_404(viewer: Viewer, pk: int) -> User:
    """A member to mute: anyone with an account, found by id."""
    _signed_in(viewer)
    person = User.objects.filter(pk=pk).only("pk", "display_name").first()
    if person is None:
        raise Http404
    return person
