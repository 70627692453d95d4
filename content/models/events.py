"""Events ("What's on"): start and end in Toronto time, a place or online, an LHIN or the whole
province, who it is for; the annual conference is marked as such."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .access import Access, Status

__all__ = ["Event", "event_search_vector"]

# Addresses under events/ that are pages of their own (content/urls/events.py).
RESERVED_SLUGS = frozenset({"calendar"})


def event_search_vector() -> SearchVector:
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("description", weight="C", config="english")
        + SearchVector("place", weight="C", config="english")
        + SearchVector("title_fr", weight="A", config="french")
        + SearchVector("summary_fr", weight="B", config="french")
        + SearchVector("description_fr", weight="C", config="french")
    )


class Event(Bilingual, models.Model):
    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        PEERS = "peers", _("People with lived experience")
        FAMILIES = "families", _("Families and allies")
        PROVIDERS = "providers", _("Service providers and organizations")
        MEMBERS = "members", _("Network members")

    slug = models.SlugField(_("address"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    description = RichTextField(_("description"))
    description_fr = RichTextField(_("description in French"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=300, blank=True, help_text=_("Address, for an event in person.")
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to join online. Shown only to those who may see the event."),
    )
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Leave empty for a provincial event."),
    )
    audiences = ArrayField(
        models.CharField(max_length=12, choices=Audience.choices),
        verbose_name=_("for"),
        default=list,
        blank=True,
    )
    is_conference = models.BooleanField(_("annual conference"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    access = models.PositiveSmallIntegerField(
        _("who may see it"), choices=Access.choices, default=Access.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    cancelled = models.BooleanField(_("cancelled"), default=False)
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
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            GinIndex(event_search_vector(), name="event_search"),
            models.Index(fields=["status", "access", "starts_at"], name="event_listed"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="event_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:event", args=[self.slug])

    def clean(self) -> None:
        """What the database's check cannot say in words: each refusal tied to its field, so the
        admin answers a message (400), never an IntegrityError."""
        super().clean()
        errors: dict[str, str] = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is taken by the calendar; please choose another.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        if not self.place.strip() and not self.online_url:
            errors["place"] = _("Give a place, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def audience_labels(self) -> list[str]:
        labels = dict(self.Audience.choices)
        return [str(labels[audience]) for audience in self.audiences if audience in labels]

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_description(self) -> str:
        return self.localized("description")
