"""Training records: completed sessions, external training, peer-support hours.

Completed sessions are not stored here: they are the person's registrations marked attended
(`training.Registration.attended`). What a member adds themself is: training taken elsewhere
(with an optional evidence file, kept private) and formal peer-support hours toward
certification. The coverage report's admin entry (`CoverageReport`) lives here too, since it
needs a model of its own for its permission and a migration.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .frameworks import Competency

__all__ = ["CoverageReport", "ExternalTraining", "PeerSupportHours"]

MAX_EXTERNAL_HOURS = 500
MAX_HOURS_PER_ENTRY = 24


def not_in_the_future(day) -> None:
    if day is not None and day > timezone.localdate():
        raise ValidationError(_("This date is in the future. Please give the day it happened."))


def evidence_path(training: "ExternalTraining", filename: str) -> str:
    # A random name, never the sender's: the name tells nothing and cannot be guessed. The
    # storage is not served as public media; only the owner's download view opens it.
    extension = ".pdf" if training.evidence_type == "application/pdf" else ".jpg"
    return f"training-evidence/{uuid.uuid4().hex}{extension}"


class ExternalTraining(models.Model):
    """Training a member took outside the network, recorded by themself."""

    class EvidenceType(models.TextChoices):
        PDF = "application/pdf", "PDF"
        JPEG = "image/jpeg", "JPEG"

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="external_training",
    )
    title = models.CharField(_("title"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200)
    completed_on = models.DateField(_("completed on"), validators=[not_in_the_future])
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(MAX_EXTERNAL_HOURS)],
    )
    competencies = models.ManyToManyField(
        Competency,
        verbose_name=_("competencies it built"),
        blank=True,
        related_name="external_training",
    )
    evidence = models.FileField(_("evidence"), upload_to=evidence_path, blank=True)
    evidence_type = models.CharField(
        _("type of evidence file"), max_length=20, choices=EvidenceType.choices, blank=True
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-completed_on", "-pk"]
        verbose_name = _("external training")
        verbose_name_plural = _("external training")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0, hours__lte=MAX_EXTERNAL_HOURS),
                name="external_training_hours_in_range",
            )
        ]

    def __str__(self) -> str:
        return self.title


class PeerSupportHours(models.Model):
    """Formal peer-support hours a member logs toward certification."""

    class Kind(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one peer support")
        GROUP = "group", _("Group peer support")
        SUPERVISION = "supervision", _("Supervision received")
        OTHER = "other", _("Other formal peer support")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="peer_support_hours",
    )
    date = models.DateField(_("date"), validators=[not_in_the_future])
    hours = models.DecimalField(
        _("hours"),
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(MAX_HOURS_PER_ENTRY)],
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    note = models.TextField(
        _("private note"), blank=True, max_length=2000, help_text=_("Only you see it.")
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("peer-support hours")
        verbose_name_plural = _("peer-support hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0, hours__lte=MAX_HOURS_PER_ENTRY),
                name="peer_support_hours_in_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.date}: {self.hours} h"


class CoverageReport(Competency):
    """The coverage of the competencies by upcoming sessions, per LHIN, in the admin.

    A proxy so the report has its own view permission and admin entry; it edits nothing."""

    class Meta:
        proxy = True
        verbose_name = _("training coverage")
        verbose_name_plural = _("training coverage by competency and LHIN")
        default_permissions = ("view",)
