"""Content selectors: the news part. Who sees which post goes through content.selectors.access
only: lists, the post, its picture, the feeds and the sitemap all read posts from here.

A post is live when it is published and its publication date has come. A draft or a scheduled
post is not found (404) by anyone but editors, who preview it; a live post above the viewer's
access is a sign-in for the signed-out and a 404 for the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from network.models import LHIN

from ..models import Access, NewsPost, NewsTopic, Status
from .access import access_check, is_editor, live_for

__all__ = [
    "FEED_SIZE",
    "PostView",
    "news_image_or_404",
    "news_post_or_404",
    "news_posts",
    "news_topic_or_404",
    "news_topics",
    "public_news_posts",
]

FEED_SIZE = 20


def _with_tags(posts: QuerySet[NewsPost]) -> QuerySet[NewsPost]:
    return posts.prefetch_related(
        Prefetch("topics", queryset=NewsTopic.objects.order_by("name")),
        Prefetch("lhins", queryset=LHIN.objects.order_by("number")),
    )


def _newest_first(posts: QuerySet[NewsPost]) -> QuerySet[NewsPost]:
    return posts.order_by(F("published_at").desc(nulls_last=True), "-pk")


def news_posts(
    user, *, topic: NewsTopic | None = None, lhin: LHIN | None = None
) -> QuerySet[NewsPost]:
    """The live posts `user` may see, newest first, with their topics and LHINs."""
    posts = live_for(NewsPost.objects.all(), user, scheduled_field="published_at")
    if topic is not None:
        posts = posts.filter(topics=topic)
    if lhin is not None:
        posts = posts.filter(lhins=lhin)
    return _newest_first(_with_tags(posts))


def public_news_posts(*, topic: NewsTopic | None = None) -> QuerySet[NewsPost]:
    """The live public posts, whoever asks: what feeds and the sitemap show (their readers do not
    sign in, and a feed or a map is read again later by anyone it is passed to)."""
    return news_posts(AnonymousUser(), topic=topic)


def news_topics() -> QuerySet[NewsTopic]:
    return NewsTopic.objects.order_by("name")


def news_topic_or_404(slug: str) -> NewsTopic:
    return get_object_or_404(NewsTopic, slug=slug)


def _is_live(post: NewsPost) -> bool:
    return post.status == Status.PUBLISHED and (
        post.published_at is None or post.published_at <= timezone.now()
    )


@dataclass(frozen=True)
class PostView:
    """A post as a viewer may see it: `preview` is set for an editor looking at a draft or a
    scheduled post (the page says so)."""

    post: NewsPost
    live: bool

    @property
    def preview(self) -> bool:
        return not self.live

    @property
    def public(self) -> bool:
        return self.live and self.post.access == Access.PUBLIC


def _seen_by(user, post: NewsPost) -> PostView:
    # Liveness first, so a draft's existence is not given away by a sign-in page.
    live = _is_live(post)
    if not live and not is_editor(user):
        raise Http404
    access_check(user, post.access)
    return PostView(post=post, live=live)


def news_post_or_404(user, slug: str) -> PostView:
    """The post at `slug` if `user` may see it: not live, 404 for all but editors; above their
    access, a sign-in for the signed-out and 404 for the others."""
    return _seen_by(user, get_object_or_404(_with_tags(NewsPost.objects.all()), slug=slug))


def news_image_or_404(user, slug: str) -> PostView:
    """The post whose picture `user` may see, by the same rules as the post; 404 without one."""
    return _seen_by(user, get_object_or_404(NewsPost.objects.exclude(image=""), slug=slug))
