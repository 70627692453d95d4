"""News posts: image, summary, body, LHIN and topic tags; listed, fed (RSS and Atom) and mapped."""

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .access import Access, Status

__all__ = ["NewsPost", "NewsTopic", "news_image_path", "news_search_vector"]


def news_image_path(instance: "NewsPost", filename: str) -> str:
    # A fresh random name each time: the old address of a replaced picture leads nowhere.
    return f"news/{uuid.uuid4().hex}.jpg"


def news_search_vector() -> SearchVector:
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
        + SearchVector("title_fr", weight="A", config="french")
        + SearchVector("summary_fr", weight="B", config="french")
        + SearchVector("body_fr", weight="C", config="french")
    )


class NewsTopic(Bilingual, models.Model):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_fr = models.CharField(_("name in French"), max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.localized("name")


class NewsPost(Bilingual, models.Model):
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    body = RichTextField(_("body"), config_name="with_images")
    body_fr = RichTextField(_("body in French"), config_name="with_images")
    image = models.ImageField(_("picture"), upload_to=news_image_path, blank=True)
    image_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Required with a picture."
        ),
    )
    image_alt_fr = models.CharField(_("picture description in French"), max_length=250, blank=True)
    lhins = models.ManyToManyField(
        "network.LHIN",
        verbose_name=_("LHINs"),
        blank=True,
        related_name="news_posts",
        help_text=_("Leave empty for news about the whole province."),
    )
    topics = models.ManyToManyField(
        NewsTopic, verbose_name=_("topics"), blank=True, related_name="posts"
    )
    access = models.PositiveSmallIntegerField(
        _("who may see it"), choices=Access.choices, default=Access.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Shown on the post; a date to come schedules it. Empty: now, when published."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        indexes = [
            GinIndex(news_search_vector(), name="news_search"),
            models.Index(fields=["status", "access", "-published_at"], name="news_listed"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:news_post", args=[self.slug])

    def clean(self) -> None:
        # A picture without a description leaves people using screen readers out (WCAG 1.1.1).
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {
                    "image_alt": _(
                        "Please describe the picture for people who cannot see it (in English; "
                        "French is optional)."
                    )
                }
            )

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_body(self) -> str:
        return self.localized("body")

    @property
    def picture_url(self) -> str:
        """The picture's address on this site (access-checked by the view). A replaced picture
        has a new file name, and so a new version here: caches never show the old one."""
        if not self.image:
            return ""
        version = self.image.name.rsplit("/", 1)[-1].split(".", 1)[0]
        return f"{reverse('content:news_image', args=[self.slug])}?v={version}"

    @property
    def display_image_alt(self) -> str:
        return self.localized("image_alt")
