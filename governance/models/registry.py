"""Governance: the registry part's models.

- The peer roles matrix: the eight peer roles of the governance panel, each with a scope of
  practice (what is in and out of scope) and the core competencies it draws on.
- Strategic partnerships: stakeholders and peer, provincial, national and international
  networks the network works with.
- LHIN engagement: each LHIN's engagement strategy and its log of engagement activities,
  shown beside the LHIN's figures on the engagement dashboard.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, URLValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

__all__ = ["EngagementActivity", "LHINEngagementStrategy", "Partner", "PeerRole"]


def _lines(text: str) -> list[str]:
    return [line.strip().lstrip("-•").strip() for line in text.splitlines() if line.strip()]


class PeerRole(Bilingual, models.Model):
    """One role of the matrix, with its scope of practice. Edited by governance members."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    description = models.TextField(_("description"))
    description_fr = models.TextField(_("description in French"), blank=True)
    in_scope = models.TextField(
        _("in scope"), help_text=_("What the role does: one item per line, shown as a list.")
    )
    in_scope_fr = models.TextField(_("in scope, in French"), blank=True)
    out_of_scope = models.TextField(
        _("out of scope"),
        help_text=_("What the role does not do: one item per line, shown as a list."),
    )
    out_of_scope_fr = models.TextField(_("out of scope, in French"), blank=True)
    competencies = models.ManyToManyField(
        "training.Competency",
        verbose_name=_("related competencies"),
        blank=True,
        related_name="peer_roles",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("peer role")
        verbose_name_plural = _("peer roles")

    def __str__(self) -> str:
        return self.localized("name")

    def get_absolute_url(self) -> str:
        return reverse("governance:peer_role", args=[self.slug])

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_description(self) -> str:
        return self.localized("description")

    @property
    def in_scope_items(self) -> list[str]:
        return _lines(self.localized("in_scope"))

    @property
    def out_of_scope_items(self) -> list[str]:
        return _lines(self.localized("out_of_scope"))


class Partner(Bilingual, models.Model):
    """An organization or network the network partners with.

    General on purpose: the training issue uses partners as course providers too.
    """

    class Kind(models.TextChoices):
        STAKEHOLDER = "stakeholder", _("Stakeholder")
        PEER_NETWORK = "peer_network", _("Peer network")
        PROVINCIAL = "provincial_network", _("Provincial network")
        NATIONAL = "national_network", _("National network")
        INTERNATIONAL = "international_network", _("International network")

    class Status(models.TextChoices):
        PROSPECTIVE = "prospective", _("Prospective")
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    name = models.CharField(_("name"), max_length=200, unique=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    description_fr = models.TextField(_("description in French"), max_length=2000, blank=True)
    website = models.URLField(
        _("website"),
        blank=True,
        # Shown as a plain link; other schemes (javascript:, ftp:) have no place on the page.
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Starts with https:// or http://. Shown as a plain link."),
    )
    lhins = models.ManyToManyField(
        "network.LHIN",
        verbose_name=_("LHINs"),
        blank=True,
        related_name="partners",
        help_text=_("Leave empty for a partner that works across the province."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PROSPECTIVE
    )
    agreement_start = models.DateField(_("agreement starts"), null=True, blank=True)
    agreement_end = models.DateField(_("agreement ends"), null=True, blank=True)
    # Private: for the people who manage the partnership, in the admin only.
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.CheckConstraint(
                condition=Q(agreement_start__isnull=True)
                | Q(agreement_end__isnull=True)
                | Q(agreement_end__gte=F("agreement_start")),
                name="partner_agreement_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return self.localized("name")

    def clean(self) -> None:
        if (
            self.agreement_start
            and self.agreement_end
            and self.agreement_end < self.agreement_start
        ):
            raise ValidationError(
                {"agreement_end": _("The agreement cannot end before it starts.")}
            )

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_description(self) -> str:
        return self.localized("description")


class LHINEngagementStrategy(Bilingual, models.Model):
    """The engagement strategy unique to one LHIN (the governance panel's recommendation)."""

    lhin = models.OneToOneField(
        "network.LHIN",
        verbose_name=_("LHIN"),
        on_delete=models.CASCADE,
        related_name="engagement_strategy",
    )
    strategy = RichTextField(_("strategy"))
    strategy_fr = RichTextField(_("strategy in French"))
    review_by = models.DateField(_("review by"), null=True, blank=True)
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
        ordering = ["lhin__number"]
        verbose_name = _("LHIN engagement strategy")
        verbose_name_plural = _("LHIN engagement strategies")

    def __str__(self) -> str:
        return str(self.lhin)

    @property
    def display_strategy(self) -> str:
        return self.localized("strategy")


class EngagementActivity(models.Model):
    """One entry of an LHIN's engagement log: a meeting, an outreach event, a presentation."""

    # One event reaching more than this is surely a typo (an extra zero or two).
    MAX_PEOPLE_REACHED = 100_000

    class Kind(models.TextChoices):
        LHIN_MEETING = "lhin_meeting", _("Meeting with the LHIN")
        OUTREACH = "outreach", _("Outreach event")
        PRESENTATION = "presentation", _("Presentation")
        PARTNERSHIP = "partnership_meeting", _("Partnership meeting")
        OTHER = "other", _("Other")

    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        on_delete=models.CASCADE,
        related_name="engagement_activities",
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    description = models.TextField(_("description"), max_length=2000)
    people_reached = models.PositiveIntegerField(
        _("people reached"),
        default=0,
        validators=[MaxValueValidator(MAX_PEOPLE_REACHED)],
        help_text=_("About how many people took part or were reached. Zero if unknown."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("engagement activity")
        verbose_name_plural = _("engagement activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(people_reached__gte=0)
                & Q(people_reached__lte=100_000),  # MAX_PEOPLE_REACHED
                name="engagement_activity_people_reached_sane",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.lhin}: {self.get_kind_display()}, {self.date}"

    def clean(self) -> None:
        # A log of what happened: plans belong in the strategy.
        if self.date and self.date > timezone.localdate():
            raise ValidationError(
                {"date": _("The log records what has happened: choose today or an earlier date.")}
            )
