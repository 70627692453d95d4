"""Pages: the tree that makes the site's navigation (who we are, how to get involved, ...).

A page's `access` is its own rule; `effective_access` is the stricter of its own and every
ancestor's, kept by `content.services.pages` on every save so reads never walk the tree.
"""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .access import Access, Status

__all__ = ["Page", "PageRevision", "page_search_vector"]


def page_search_vector() -> SearchVector:
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
        + SearchVector("title_fr", weight="A", config="french")
        + SearchVector("summary_fr", weight="B", config="french")
        + SearchVector("body_fr", weight="C", config="french")
    )


class Page(Bilingual, models.Model):
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a page at the top of the navigation."),
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        help_text=_("The last part of the page's address: lower-case letters, digits, hyphens."),
    )
    path = models.CharField(_("full address"), max_length=400, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    body = RichTextField(_("body"), config_name="with_images")
    body_fr = RichTextField(_("body in French"), config_name="with_images")
    access = models.PositiveSmallIntegerField(
        _("who may see it"),
        choices=Access.choices,
        default=Access.PUBLIC,
        help_text=_("A page under a members-only page is members-only too, whatever is set here."),
    )
    effective_access = models.PositiveSmallIntegerField(
        _("who may see it, with its parents' rules"),
        choices=Access.choices,
        default=Access.PUBLIC,
        editable=False,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish as soon as the status is “Published”."),
    )
    show_in_navigation = models.BooleanField(_("show in the navigation"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["path"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        indexes = [GinIndex(page_search_vector(), name="page_search")]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="page_slug_unique_in_parent"),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(parent__isnull=True), name="page_slug_unique_at_top"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        """Keep this page's own place in the tree (address, depth, inherited rule) in step with its
        parent. Its descendants follow through `content.services.pages`, which saves them too."""
        parent = self.parent
        self.path = f"{parent.path}/{self.slug}" if parent else self.slug
        self.depth = parent.depth + 1 if parent else 0
        self.effective_access = max(self.access, parent.effective_access if parent else 0)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "path",
                "depth",
                "effective_access",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("content:page", args=[self.path])

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_body(self) -> str:
        return self.localized("body")


class PageRevision(models.Model):
    """What a page said after one save: the short history editors read and compare."""

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="revisions"
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    body = models.TextField(_("body"), blank=True)
    body_fr = models.TextField(_("body in French"), blank=True)
    access = models.PositiveSmallIntegerField(_("who may see it"), choices=Access.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("page revision")
        verbose_name_plural = _("page revisions")

    def __str__(self) -> str:
        return f"{self.title} ({self.created_at:%Y-%m-%d %H:%M})"
