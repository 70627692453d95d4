"""Sessions: dated offerings of a course, with seats, a waitlist and attendance."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

__all__ = ["Registration", "Session", "SessionFeed"]


class Session(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    course = models.ForeignKey(
        "training.Course",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_sessions",
        help_text=_("Where it takes place; empty for online sessions open to the province."),
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to people registered for the session."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    registration_deadline = models.DateTimeField(_("registration closes"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_sessions",
    )
    reminder_sent_at = models.DateTimeField(_("reminders sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["status", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(registration_deadline__lte=models.F("starts_at")),
                name="session_registration_closes_before_start",
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="session_has_a_seat"),
        ]

    def __str__(self) -> str:
        return f"{self.course} · {self.starts_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("training:session", args=[self.pk])


class Registration(models.Model):
    """A person's place in a session: a seat, a place on the waitlist, or a cancelled one.

    At most one live (registered or waitlisted) registration per person and session; the
    waitlist is served in order of `waitlisted_at`."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    LIVE = (Status.REGISTERED, Status.WAITLISTED)

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="registrations"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="training_registrations",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    waitlisted_at = models.DateTimeField(_("joined the waitlist"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("given a seat from the waitlist"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendance marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attendance_marked_at = models.DateTimeField(_("attendance marked"), null=True, blank=True)

    class Meta:
        ordering = ["session", "created_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "person"],
                condition=Q(status__in=["registered", "waitlisted"]),
                name="one_live_registration_per_person",
            )
        ]
        indexes = [models.Index(fields=["session", "status", "waitlisted_at"])]

    def __str__(self) -> str:
        return f"{self.person} · {self.session}"


def _feed_token() -> str:
    return secrets.token_urlsafe(24)


class SessionFeed(models.Model):
    """The secret address of a person's calendar feed of their sessions. Calendar apps cannot
    sign in, so the token is the key: the person can replace it, which revokes the old one."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="training_session_feed",
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=_feed_token)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed of sessions")
        verbose_name_plural = _("calendar feeds of sessions")

    def __str__(self) -> str:
        return str(self.person)

    def get_absolute_url(self) -> str:
        return reverse("training:my_sessions_feed", args=[self.token])
