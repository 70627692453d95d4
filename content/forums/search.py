"""The forums in the site search: posts, filtered by the categories the reader may read.

Only signed-in people who may read a post's category find it, and only a post readers see: visible
(not held for a moderator, not hidden), not deleted, in a thread that is not hidden. Who may read
what comes from the forums' one rule (`Viewer.readable_q`), read once per search (the Viewer is
kept on the user for the few calls one search makes). The text searched is the expression of the
posts' GIN index (`post_search_vector`), so PostgreSQL uses the index.

A post with a content warning, or by a member the reader muted, is listed without its text: the
warning (or the mute) is shown instead, as the thread shows it collapsed.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db.models import Exists, Expression, OuterRef, QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.selectors.search import (
    HEADLINE_OPTIONS,
    ModelSource,
    SearchResult,
    _highlight,
    register,
)

from .models import Category, Mute, Post
from .models.threads import post_search_vector
from .selectors.access import Viewer, viewer_for_user

__all__ = ["PostSource", "search_viewer"]

# Where one search keeps the reader's Viewer: on the user object of the request, which lives
# no longer than the request.
_KEPT = "_forum_search_viewer"


def search_viewer(user) -> Viewer:
    """The reader as the forum rules see them: one query the first time for this user object,
    none after (a search asks three times: to count, to rank and to load)."""
    viewer = getattr(user, _KEPT, None)
    if viewer is None or viewer.pk != user.pk:
        viewer = viewer_for_user(user)
        if user.is_authenticated:
            setattr(user, _KEPT, viewer)
    return viewer


class PostSource(ModelSource):
    kind = "forum"
    label = _("Forum posts")
    noun = _("Forum post")
    model = Post
    excerpt_fields = ("body",)
    rich_text_fields = ()  # Markdown as typed: escaped whole by the excerpt
    when_field = "created_at"
    when_label = _("Written")

    def visible(self, user) -> QuerySet:
        viewer = search_viewer(user)
        if not viewer.is_authenticated:
            return Post.objects.none()
        return Post.objects.filter(
            status=Post.Status.VISIBLE,
            deleted_at__isnull=True,
            thread__is_hidden=False,
            thread__category__in=Category.objects.filter(viewer.readable_q()).values("pk"),
        )

    def vector(self) -> Expression:
        return post_search_vector()

    def headline(self, query: SearchQuery, language: str) -> Expression:
        # One body, written in either language: marked with the reader's language's stemming.
        return SearchHeadline(
            "body",
            query,
            config="french" if language == "fr" else "english",
            **HEADLINE_OPTIONS,
        )

    def rows(self, keys: list[int], user, query: SearchQuery, language: str) -> QuerySet:
        muted = Mute.objects.filter(person_id=user.pk, muted_id=OuterRef("author_id"))
        return (
            self.visible(user)
            .filter(pk__in=keys)
            .select_related("thread")
            .only(
                "pk",
                "number",
                "author_id",
                "content_warning",
                "created_at",
                "thread_id",
                "thread__title",
            )
            .annotate(excerpt=self.headline(query, language), muted=Exists(muted))
        )

    def result(self, row) -> SearchResult:
        excerpt = _highlight(row.excerpt)
        note = ""
        if row.muted:
            excerpt, note = _highlight(""), gettext("From a member you muted")
        elif row.content_warning:
            excerpt = _highlight("")
            note = gettext("Content warning: %(warning)s") % {
                "warning": row.get_content_warning_display()
            }
        return SearchResult(
            kind=self.kind,
            kind_label=str(self.noun),
            title=f"{row.thread.title} #{row.number}",
            url=row.get_absolute_url(),
            excerpt=excerpt,
            when=row.created_at,
            when_label=str(self.when_label),
            note=note,
        )


register(PostSource())
