"""Job postings: paid and volunteer peer roles; a posting leaves the list after its closing date."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .access import Access, Status

__all__ = ["JobPosting", "job_search_vector"]


def job_search_vector() -> SearchVector:
    return (
        SearchVector("role", weight="A", config="english")
        + SearchVector("organization", weight="B", config="english")
        + SearchVector("description", weight="C", config="english")
        + SearchVector("role_fr", weight="A", config="french")
        + SearchVector("description_fr", weight="C", config="french")
    )


class JobPosting(Bilingual, models.Model):
    class Pay(models.TextChoices):
        PAID = "paid", _("Paid")
        VOLUNTEER = "volunteer", _("Volunteer")

    slug = models.SlugField(_("address"), max_length=120, unique=True)
    role = models.CharField(_("role"), max_length=200)
    role_fr = models.CharField(_("role in French"), max_length=200, blank=True)
    organization = models.CharField(_("organization"), max_length=200)
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="job_postings",
        help_text=_("Leave empty for a role open across the province or remote."),
    )
    pay = models.CharField(_("paid or volunteer"), max_length=10, choices=Pay.choices)
    hours = models.CharField(
        _("hours"),
        max_length=100,
        blank=True,
        help_text=_("For example: part-time, 15 hours a week."),
    )
    hours_fr = models.CharField(_("hours in French"), max_length=100, blank=True)
    description = RichTextField(_("description"))
    description_fr = RichTextField(_("description in French"))
    how_to_apply = RichTextField(_("how to apply"))
    how_to_apply_fr = RichTextField(_("how to apply in French"))
    closes_on = models.DateField(
        _("closing date"),
        help_text=_("The last day to apply; the posting leaves the list after it."),
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
        ordering = ["closes_on", "role"]
        verbose_name = _("job posting")
        verbose_name_plural = _("job postings")
        indexes = [
            GinIndex(job_search_vector(), name="job_search"),
            models.Index(fields=["status", "access", "closes_on"], name="job_listed"),
        ]

    def __str__(self) -> str:
        return f"{self.role}, {self.organization}"

    def get_absolute_url(self) -> str:
        return reverse("content:job", args=[self.slug])

    @property
    def display_role(self) -> str:
        return self.localized("role")

    @property
    def display_hours(self) -> str:
        return self.localized("hours")

    @property
    def display_description(self) -> str:
        return self.localized("description")

    @property
    def display_how_to_apply(self) -> str:
        return self.localized("how_to_apply")
