"""The resource library: the "access to information tool kit with current information" of the
sixth competency. Documents, links, videos and tools, each reviewed at least once a year."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .access import Access, ContentLanguage, Status

__all__ = ["Resource", "resource_file_path", "resource_search_vector"]


def resource_file_path(instance: "Resource", filename: str) -> str:
    # A random name in storage; the person's file name is kept in `file_name` for the download.
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"resources/{uuid.uuid4().hex}{suffix}"


def resource_search_vector() -> SearchVector:
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
        + SearchVector("title_fr", weight="A", config="french")
        + SearchVector("summary_fr", weight="B", config="french")
        + SearchVector("body_fr", weight="C", config="french")
    )


class Resource(Bilingual, models.Model):
    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Document")
        LINK = "link", _("Link")
        VIDEO = "video", _("Video")
        TOOL = "tool", _("Tool")

    class LinkState(models.TextChoices):
        UNCHECKED = "unchecked", _("Not checked yet")
        OK = "ok", _("Working")
        DEAD = "dead", _("Not working")

    slug = models.SlugField(_("address"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    body = RichTextField(
        _("text"), help_text=_("The tool itself, or notes on the document, link or video.")
    )
    body_fr = RichTextField(_("text in French"))
    language = models.CharField(
        _("language"),
        max_length=4,
        choices=ContentLanguage.choices,
        default=ContentLanguage.ENGLISH,
    )
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="resources",
        help_text=_("Leave empty for a provincial resource."),
    )
    competencies = models.ManyToManyField(
        "training.Competency",
        verbose_name=_("competencies it serves"),
        blank=True,
        related_name="resources",
    )
    file = models.FileField(_("file"), upload_to=resource_file_path, blank=True)
    file_name = models.CharField(_("file name"), max_length=200, blank=True, editable=False)
    file_type = models.CharField(_("file type"), max_length=100, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(
        _("file size"), null=True, blank=True, editable=False
    )
    url = models.URLField(_("link"), max_length=500, blank=True)
    link_state = models.CharField(
        _("link"),
        max_length=10,
        choices=LinkState.choices,
        default=LinkState.UNCHECKED,
        editable=False,
    )
    link_checked_at = models.DateTimeField(_("link checked"), null=True, blank=True, editable=False)
    link_error = models.CharField(_("link problem"), max_length=300, blank=True, editable=False)
    reviewed_on = models.DateField(
        _("reviewed on"), help_text=_("When an editor last checked that it is current.")
    )
    access = models.PositiveSmallIntegerField(
        _("who may see it"), choices=Access.choices, default=Access.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
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
        ordering = ["title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            GinIndex(resource_search_vector(), name="resource_search"),
            models.Index(fields=["status", "access", "title"], name="resource_listed"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:resource", args=[self.slug])

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_body(self) -> str:
        return self.localized("body")
