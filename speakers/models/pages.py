"""Speakers' bureau: its public pages, edited by coordinators in the admin.

One page per kind: what the bureau is, the selection criteria, the speaker guidelines, the media
guidelines and how to request a speaker. The rules of engagement and the media guidelines are also
what a host receives when a request is confirmed.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

__all__ = ["BureauPage"]


class BureauPage(Bilingual, models.Model):
    class Kind(models.TextChoices):
        ABOUT = "about", _("About the speakers' bureau")
        CRITERIA = "criteria", _("Selection criteria")
        GUIDELINES = "guidelines", _("Speaker guidelines")
        MEDIA = "media", _("Media guidelines")
        REQUESTING = "requesting", _("How to request a speaker")
        ENGAGEMENT = "engagement", _("Rules of engagement for hosts")

    kind = models.CharField(_("page"), max_length=12, choices=Kind.choices, unique=True)
    title = models.CharField(_("title"), max_length=150)
    title_fr = models.CharField(_("title in French"), max_length=150, blank=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown on the bureau's front page."),
    )
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    body = RichTextField(_("body"))
    body_fr = RichTextField(_("body in French"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
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
        ordering = ["order", "kind"]
        verbose_name = _("bureau page")
        verbose_name_plural = _("bureau pages")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("speakers:page", args=[self.kind])

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_body(self) -> str:
        return self.localized("body")
