"""Governance: the bodies part's models.

The network's bodies (board, advisory group, steering committee, expert panels, working
groups), each with its own terms of reference, its seats and its meetings. A meeting records
its agenda, its minutes (public only once approved), who attended and what it decided.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

from .documents import Document

__all__ = ["Attendance", "Body", "BodyVisibility", "Decision", "Meeting", "Seat"]

# More votes than this on one motion is a typing mistake, not a meeting.
MAX_VOTES = 10_000


class BodyVisibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")


class Body(Bilingual, models.Model):
    class Kind(models.TextChoices):
        BOARD = "board", _("Board")
        ADVISORY_GROUP = "advisory_group", _("Advisory group")
        STEERING_COMMITTEE = "steering_committee", _("Steering committee")
        EXPERT_PANEL = "expert_panel", _("Expert panel")
        WORKING_GROUP = "working_group", _("Working group")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    purpose = RichTextField(_("purpose"))
    purpose_fr = RichTextField(_("purpose in French"))
    terms_of_reference = models.OneToOneField(
        Document,
        verbose_name=_("terms of reference"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="body",
        limit_choices_to={"kind": Document.Kind.TERMS_OF_REFERENCE},
    )
    visibility = models.CharField(
        _("who can see it"),
        max_length=10,
        choices=BodyVisibility.choices,
        default=BodyVisibility.PUBLIC,
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick when the body is wound up.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("governance:body", args=[self.slug])

    def clean(self) -> None:
        super().clean()
        # limit_choices_to only narrows forms; a service or the shell must meet it too.
        if (
            self.terms_of_reference is not None
            and self.terms_of_reference.kind != Document.Kind.TERMS_OF_REFERENCE
        ):
            raise ValidationError(
                {"terms_of_reference": _("Choose a document of the kind “terms of reference”.")}
            )

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_purpose(self) -> str:
        return self.localized("purpose")

    @property
    def is_members_only(self) -> bool:
        return self.visibility == BodyVisibility.MEMBERS


class Seat(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-chair")
        MEMBER = "member", _("Member")
        SECRETARY = "secretary", _("Secretary")
        TREASURER = "treasurer", _("Treasurer")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="seats"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    lived_experience = models.BooleanField(
        _("lived-experience seat"),
        default=False,
        help_text=_("Reserved for a full member: a person with lived or living experience."),
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("held by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seats",
        help_text=_("Leave empty while the seat is vacant."),
    )
    term_start = models.DateField(_("term starts"), null=True, blank=True)
    term_end = models.DateField(_("term ends"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["body", "order", "pk"]
        verbose_name = _("seat")
        verbose_name_plural = _("seats")
        constraints = [
            models.CheckConstraint(
                condition=Q(term_start__isnull=True)
                | Q(term_end__isnull=True)
                | Q(term_end__gt=F("term_start")),
                name="seat_term_ends_after_it_starts",
                violation_error_message=_("The term must end after it starts."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.body}: {self.get_role_display()}"

    def clean(self) -> None:
        super().clean()
        if self.term_start and self.term_end and self.term_end <= self.term_start:
            raise ValidationError({"term_end": _("The term must end after it starts.")})

    @property
    def is_vacant(self) -> bool:
        return self.holder_id is None


class Meeting(Bilingual, models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="meetings"
    )
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Where it is held, shown to everyone who may see the meeting."),
    )
    online_note = models.CharField(
        _("joining online"),
        max_length=300,
        blank=True,
        help_text=_("How to join online (e.g. a video call link). Shown to active members only."),
    )
    visibility = models.CharField(
        _("who can see it"),
        max_length=10,
        choices=BodyVisibility.choices,
        default=BodyVisibility.PUBLIC,
        help_text=_("A meeting of a members-only body is members-only whatever this says."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    agenda = RichTextField(_("agenda"))
    agenda_fr = RichTextField(_("agenda in French"))
    minutes = RichTextField(_("minutes"))
    minutes_fr = RichTextField(_("minutes in French"))
    minutes_approved_at = models.DateTimeField(
        _("minutes approved"),
        null=True,
        blank=True,
        help_text=_("The minutes are public (to those who may see the meeting) from then on."),
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [models.Index(fields=["body", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="meeting_ends_after_it_starts",
                violation_error_message=_("The meeting must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(minutes_approved_at__isnull=True) | Q(status="held"),
                name="meeting_minutes_approved_only_if_held",
                violation_error_message=_(
                    "Only the minutes of a meeting that was held are approved."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("governance:meeting", args=[self.body.slug, self.pk])

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The meeting must end after it starts.")})

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_agenda(self) -> str:
        return self.localized("agenda")

    @property
    def display_minutes(self) -> str:
        return self.localized("minutes")

    @property
    def is_members_only(self) -> bool:
        return self.visibility == BodyVisibility.MEMBERS or self.body.is_members_only

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_approved_at is not None


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        REGRETS = "regrets", _("Regrets")
        ABSENT = "absent", _("Absent")

    class Capacity(models.TextChoices):
        SEAT = "seat", _("Seat holder")
        GUEST = "guest", _("Guest")
        STAFF = "staff", _("Staff or support")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendance"
    )
    # Kept without the person when their account closes, so the counts in the minutes stay.
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="meeting_attendance",
    )
    status = models.CharField(
        _("attendance"), max_length=10, choices=Status.choices, default=Status.PRESENT
    )
    capacity = models.CharField(
        _("attending as"), max_length=10, choices=Capacity.choices, default=Capacity.SEAT
    )

    class Meta:
        ordering = ["meeting", "status", "pk"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"],
                name="attendance_once_per_meeting",
                violation_error_message=_("This person is already on the attendance list."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_status_display()}"


def _vote_field(label) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(label, default=0, validators=[MaxValueValidator(MAX_VOTES)])


class Decision(Bilingual, models.Model):
    class Outcome(models.TextChoices):
        CARRIED = "carried", _("Carried")
        DEFEATED = "defeated", _("Defeated")
        TABLED = "tabled", _("Tabled")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="decisions"
    )
    number = models.PositiveSmallIntegerField(_("motion number"))
    motion = models.TextField(_("motion"), max_length=3000)
    motion_fr = models.TextField(_("motion in French"), max_length=3000, blank=True)
    # Seats, not people: the minutes say "moved by the chair" without naming anyone.
    moved_by = models.ForeignKey(
        Seat,
        verbose_name=_("moved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seconded_by = models.ForeignKey(
        Seat,
        verbose_name=_("seconded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    votes_for = _vote_field(_("votes for"))
    votes_against = _vote_field(_("votes against"))
    votes_abstain = _vote_field(_("abstentions"))

    class Meta:
        ordering = ["meeting", "number"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"],
                name="decision_number_once_per_meeting",
                violation_error_message=_("This meeting already has a motion with this number."),
            )
        ]

    def __str__(self) -> str:
        return _("Motion %(number)s") % {"number": self.number}

    def clean(self) -> None:
        super().clean()
        errors = {}
        for field in ("moved_by", "seconded_by"):
            seat = getattr(self, field)
            if seat is not None and self.meeting_id and seat.body_id != self.meeting.body_id:
                errors[field] = _("Choose a seat of the body that met.")
        if self.moved_by_id and self.moved_by_id == self.seconded_by_id:
            errors["seconded_by"] = _(
                "A motion is seconded by a seat other than the one that moved it."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def display_motion(self) -> str:
        return self.localized("motion")
