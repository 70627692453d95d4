"""Speakers' bureau: vetting. The criteria are data coordinators keep in the admin, never code:
the sources warn that rules such as a minimum time in recovery are themselves stigma.

Each reviewer assigned to an application (a django-guardian grant of `review_speaker` on it)
assesses it against each active criterion, with notes that only reviewers and the coordinators
deciding it read. The applicant never sees the notes.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual

from .applications import Speaker

__all__ = ["Assessment", "Criterion"]


class Criterion(Bilingual, models.Model):
    title = models.CharField(_("criterion"), max_length=200)
    title_fr = models.CharField(_("criterion in French"), max_length=200, blank=True)
    guidance = models.TextField(
        _("guidance for reviewers"),
        blank=True,
        help_text=_("What meeting this criterion looks like, and what it does not require."),
    )
    guidance_fr = models.TextField(_("guidance in French"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Retire a criterion instead of deleting it: past assessments keep it."),
    )

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("selection criterion")
        verbose_name_plural = _("selection criteria")

    def __str__(self) -> str:
        return self.title

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_guidance(self) -> str:
        return self.localized("guidance")


class Assessment(models.Model):
    class Outcome(models.TextChoices):
        MEETS = "meets", _("Meets")
        NOT_YET = "not_yet", _("Not yet")
        UNSURE = "unsure", _("Unsure: discuss in the conversation")

    speaker = models.ForeignKey(
        Speaker, verbose_name=_("application"), on_delete=models.CASCADE, related_name="assessments"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.PROTECT, related_name="+"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(_("assessment"), max_length=8, choices=Outcome.choices)
    notes = models.TextField(_("notes (reviewers only)"), max_length=3000, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["criterion__order", "criterion__title", "pk"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "criterion", "reviewer"], name="one_assessment_per_reviewer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.get_outcome_display()}"
