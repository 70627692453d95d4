"""Speakers' bureau: speaking requests from organizations, and the speakers offered to them.

An organization needs no account: it submits a request and receives a private link, signed with
the site's secret key so every email can carry it again (`speakers.services.requests.host_link`),
to follow the request, cancel it and, afterwards, give feedback.

A request moves received → matching → confirmed → completed, or cancelled; each step is kept
with who and when (`RequestStatusChange`). Coordinators offer speakers (`Offer`); each offered
speaker accepts or declines, no reason asked. A request needs one speaker, or two when a pair is
required; it is confirmed when that many have accepted. A speaker who withdraws after the
confirmation sends it back to matching, and the host is told.

After the event the host gives feedback, each speaker gets a private debrief check-in (theirs
alone), and an honorarium record is made for a speaker who accepts honoraria (they may decline it).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from network.models import LHIN

from .applications import Audience, Format, Speaker, Topic

__all__ = ["Debrief", "HostFeedback", "Offer", "RequestStatusChange", "SpeakingRequest"]


class SpeakingRequest(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        MATCHING = "matching", _("Matching speakers")
        CONFIRMED = "confirmed", _("Confirmed")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    OPEN = (Status.RECEIVED, Status.MATCHING, Status.CONFIRMED)

    reference = models.CharField(_("reference"), max_length=12, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED
    )

    # The host.
    organization = models.CharField(_("organization"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    language = models.CharField(
        _("language for our emails"), max_length=8, choices=settings.LANGUAGES, default="en"
    )

    # The event.
    event_title = models.CharField(_("event"), max_length=200)
    description = models.TextField(
        _("about the event"),
        max_length=4000,
        help_text=_("Its purpose, and what you hope the speaker brings."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    online = models.BooleanField(_("online"), default=False)
    place = models.CharField(
        _("place"), max_length=300, blank=True, help_text=_("Address, or the platform if online.")
    )
    lhin = models.ForeignKey(
        LHIN,
        verbose_name=_("LHIN region"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Where the event is, or where your organization is if it is online."),
    )
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices)
    audience_size = models.PositiveIntegerField(
        _("expected audience size"), validators=[MinValueValidator(1), MaxValueValidator(100000)]
    )
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), related_name="+")
    requested_speaker = models.ForeignKey(
        Speaker,
        verbose_name=_("speaker asked for"),
        null=True,
        blank=True,
        # The request stays if the speaker leaves; coordinators match someone else.
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A speaker from the directory the host asked for; coordinators still match."),
    )
    speakers_needed = models.PositiveSmallIntegerField(
        _("speakers"),
        choices=[(1, _("One speaker")), (2, _("A pair of speakers"))],
        default=1,
        help_text=_("The bureau recommends two people attend together where they can."),
    )
    honorarium_offered = models.DecimalField(
        _("honorarium offered per speaker (CAD)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("5000"))],
    )
    travel_offered = models.BooleanField(_("travel costs covered"), default=False)
    media_present = models.BooleanField(_("media will be present"), default=False)
    accessibility = models.TextField(
        _("accessibility"),
        max_length=2000,
        blank=True,
        help_text=_("Step-free access, interpretation, captioning, quiet room and so on."),
    )

    # Coordinators' side.
    coordinator_note = models.TextField(_("coordinators' notes"), blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    host_reminded_at = models.DateTimeField(_("host reminded"), null=True, blank=True)
    feedback_invited_at = models.DateTimeField(_("feedback invited"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("speaking request")
        verbose_name_plural = _("speaking requests")
        indexes = [models.Index(fields=["status", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="speaking_request_ends_after_start",
                violation_error_message=_("The event must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.event_title}"


class RequestStatusChange(models.Model):
    request = models.ForeignKey(
        SpeakingRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="changes"
    )
    from_status = models.CharField(_("from"), max_length=10, blank=True)
    to_status = models.CharField(_("to"), max_length=10)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("request step")
        verbose_name_plural = _("request steps")

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class Offer(models.Model):
    class Status(models.TextChoices):
        OFFERED = "offered", _("Offered")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn by the speaker")
        CANCELLED = "cancelled", _("Cancelled")

    LIVE = (Status.OFFERED, Status.ACCEPTED)

    request = models.ForeignKey(
        SpeakingRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="offers"
    )
    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="offers"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OFFERED
    )
    offered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("offered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offered_at = models.DateTimeField(_("offered"), auto_now_add=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("speaker reminded"), null=True, blank=True)
    honorarium = models.OneToOneField(
        "governance.Honorarium",
        verbose_name=_("honorarium"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="speaking_offer",
    )

    class Meta:
        ordering = ["offered_at", "pk"]
        verbose_name = _("offer to a speaker")
        verbose_name_plural = _("offers to speakers")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "speaker"],
                condition=Q(status__in=["offered", "accepted"]),
                name="one_live_offer_per_speaker",
            )
        ]

    def __str__(self) -> str:
        return f"{self.request.reference} → {self.speaker}"


class HostFeedback(models.Model):
    class Rating(models.IntegerChoices):
        EXCELLENT = 5, _("Excellent")
        GOOD = 4, _("Good")
        FAIR = 3, _("Fair")
        POOR = 2, _("Poor")
        VERY_POOR = 1, _("Very poor")

    request = models.OneToOneField(
        SpeakingRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    rating = models.PositiveSmallIntegerField(_("overall"), choices=Rating.choices)
    went_well = models.TextField(_("what went well"), max_length=3000, blank=True)
    could_improve = models.TextField(_("what could be better"), max_length=3000, blank=True)
    would_request_again = models.BooleanField(_("we would request a speaker again"), default=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("host feedback")
        verbose_name_plural = _("host feedback")

    def __str__(self) -> str:
        return f"{self.request.reference}: {self.get_rating_display()}"


class Debrief(models.Model):
    """The speaker's private check-in after an engagement. Only the speaker reads it; if they ask
    for a follow-up, the coordinators are told that they asked, never what they wrote."""

    class Feeling(models.TextChoices):
        WELL = "well", _("It went well and I feel fine")
        MIXED = "mixed", _("Mixed: some of it was hard")
        HARD = "hard", _("It was hard; I could use support")

    offer = models.OneToOneField(
        Offer, verbose_name=_("engagement"), on_delete=models.CASCADE, related_name="debrief"
    )
    feeling = models.CharField(
        _("how are you after the talk?"), max_length=8, choices=Feeling.choices
    )
    notes = models.TextField(_("notes for yourself"), max_length=4000, blank=True)
    follow_up = models.BooleanField(_("I would like someone to check in with me"), default=False)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("debrief")
        verbose_name_plural = _("debriefs")

    def __str__(self) -> str:
        return str(_("Debrief"))
