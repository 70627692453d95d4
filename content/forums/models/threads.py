"""Threads and posts. A post's `number` is its place in the thread, fixed when it is written, so
its permalink (the page it is on, and its anchor) never moves. Authors are shown by display
name; a closed account leaves its posts under "former member" (author set to null)."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

__all__ = [
    "ContentWarning",
    "Post",
    "PostRevision",
    "Reaction",
    "ReadMarker",
    "Thread",
    "post_search_vector",
]

POSTS_PER_PAGE = 20


def post_search_vector() -> SearchVector:
    """Posts are written in either language: both stemmings over the one body."""
    return SearchVector("body", weight="B", config="english") + SearchVector(
        "body", weight="B", config="french"
    )


class ContentWarning(models.TextChoices):
    SUBSTANCE_USE = "substance_use", _("Details of substance use")
    RELAPSE = "relapse", _("Relapse")
    GRIEF = "grief", _("Grief and loss")
    SELF_HARM = "self_harm", _("Self-harm or suicide")
    VIOLENCE = "violence", _("Violence or abuse")
    OTHER = "other", _("Other difficult content")


class Thread(models.Model):
    category = models.ForeignKey(
        "forums.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="threads",
    )
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_threads",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    # Kept by the services, so a category page reads no post to list its threads.
    last_post_at = models.DateTimeField(_("last post"), null=True, blank=True, db_index=True)
    post_count = models.PositiveIntegerField(_("posts"), default=0)
    last_number = models.PositiveIntegerField(_("last post number"), default=0)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)

    class Meta:
        ordering = ["-is_pinned", "-last_post_at", "-pk"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [
            models.Index(fields=["category", "-is_pinned", "-last_post_at"], name="thread_listed"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forums:thread", args=[self.pk])


class Post(models.Model):
    class Status(models.TextChoices):
        VISIBLE = "visible", _("Visible")
        HELD = "held", _("Waiting for a moderator")
        HIDDEN = "hidden", _("Hidden by a moderator")

    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="posts"
    )
    number = models.PositiveIntegerField(_("number in the thread"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    body = models.TextField(_("text"), max_length=20000)
    body_html = models.TextField(_("text as shown"), editable=False)
    content_warning = models.CharField(
        _("content warning"), max_length=14, choices=ContentWarning.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.VISIBLE
    )
    quote_of = models.ForeignKey(
        "self",
        verbose_name=_("quotes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quoted_by",
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    class Meta:
        ordering = ["thread", "number"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [GinIndex(post_search_vector(), name="forum_post_search")]
        constraints = [
            models.UniqueConstraint(fields=["thread", "number"], name="post_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.thread} #{self.number}"

    def get_absolute_url(self) -> str:
        url = reverse("forums:thread", args=[self.thread_id])
        page = self.page_number
        return f"{url}?page={page}#post-{self.number}" if page > 1 else f"{url}#post-{self.number}"

    @property
    def page_number(self) -> int:
        return (self.number - 1) // POSTS_PER_PAGE + 1


class PostRevision(models.Model):
    """The text a post had before an edit: the history moderators can read."""

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="revisions"
    )
    body = models.TextField(_("text"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")

    def __str__(self) -> str:
        return f"{self.post} ({self.created_at:%Y-%m-%d %H:%M})"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        SUPPORT = "support", _("Sending support")
        THANKS = "thanks", _("Thank you")
        SAME = "same", _("Me too")
        HUG = "hug", _("Hug")
        STRENGTH = "strength", _("You've got this")

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="reactions"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="forum_reactions",
    )
    kind = models.CharField(_("reaction"), max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [
            models.UniqueConstraint(fields=["post", "person", "kind"], name="reaction_once"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.post}"


class ReadMarker(models.Model):
    """How far a person has read a thread: one row per person and thread, upserted on read."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_read_markers"
    )
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_markers")
    last_read_number = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("read marker")
        verbose_name_plural = _("read markers")
        constraints = [
            models.UniqueConstraint(fields=["person", "thread"], name="read_marker_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.thread} #{self.last_read_number}"
