"""The distress workflow: phrases to watch for, and flags raised by a report or a phrase, with
when a moderator first responded (so response times can be seen)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["DistressFlag", "WatchedPhrase"]


class WatchedPhrase(models.Model):
    phrase = models.CharField(_("phrase"), max_length=120)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    is_active = models.BooleanField(_("watched"), default=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["language", "phrase"]
        verbose_name = _("watched phrase")
        verbose_name_plural = _("watched phrases")
        constraints = [
            models.UniqueConstraint(
                models.functions.Lower("phrase"), "language", name="watched_phrase_once"
            ),
        ]

    def __str__(self) -> str:
        return self.phrase


class DistressFlag(models.Model):
    class Source(models.TextChoices):
        REPORT = "report", _("A member's report")
        PHRASE = "phrase", _("A watched phrase")

    post = models.ForeignKey(
        "forums.Post",
        verbose_name=_("post"),
        on_delete=models.CASCADE,
        related_name="distress_flags",
    )
    source = models.CharField(_("raised by"), max_length=8, choices=Source.choices)
    report = models.OneToOneField(
        "forums.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="flag"
    )
    phrase = models.CharField(_("phrase matched"), max_length=120, blank=True)
    created_at = models.DateTimeField(_("raised"), auto_now_add=True)
    notified_at = models.DateTimeField(_("moderators emailed"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    first_responder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("first responder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("distress flag")
        verbose_name_plural = _("distress flags")

    def __str__(self) -> str:
        return f"{self.get_source_display()}: {self.post}"
