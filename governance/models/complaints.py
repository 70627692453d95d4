"""Complaints and feedback: the cases people send through the public form, and each step taken.

Anyone may send one, anonymously if they like. The person follows their case with a private
tracking link; only a SHA-256 hash of its token is stored, so the database alone never opens a
case's page. Only complaints officers see cases (see `governance.admin.complaints`).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

__all__ = ["Case", "CaseEvent", "CaseReport"]


class Case(models.Model):
    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        FEEDBACK = "feedback", _("Feedback or a suggestion")
        COMPLIMENT = "compliment", _("Compliment")

    class Category(models.TextChoices):
        CONDUCT = "conduct", _("Conduct of a member or volunteer")
        STAFF = "staff", _("Network staff or a coordinator")
        PRIVACY = "privacy", _("Privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility")
        WEBSITE = "website", _("This website")
        TRAINING = "training", _("Training")
        SPEAKERS = "speakers", _("Speakers' bureau")
        GOVERNANCE = "governance", _("Governance")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        UNDER_REVIEW = "under_review", _("Under review")
        RESOLVED = "resolved", _("Resolved")
        CLOSED = "closed", _("Closed")

    class ContactWay(models.TextChoices):
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone")

    # Statuses in which the response is still owed.
    OPEN_STATUSES = (Status.RECEIVED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW)

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    category = models.CharField(_("about"), max_length=16, choices=Category.choices)
    what_happened = models.TextField(_("what happened"))
    outcome_hoped = models.TextField(_("outcome hoped for"), blank=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    preferred_contact = models.CharField(
        _("preferred way to reach them"), max_length=8, choices=ContactWay.choices, blank=True
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="complaint_cases",
        help_text=_("Only when the person chose to attach the case to their account."),
    )
    language = models.CharField(
        _("language of emails"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED
    )
    received_at = models.DateTimeField(_("received"))
    acknowledge_by = models.DateTimeField(_("acknowledge by"))
    respond_by = models.DateTimeField(_("respond by"))
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    response = models.TextField(
        _("response to the person"),
        blank=True,
        help_text=_("Shown on the person's tracking page, and emailed when they gave an address."),
    )
    token_hash = models.CharField(_("tracking token hash"), max_length=64, unique=True)
    # Set once the deadline's escalation went out; claimed with a conditional UPDATE.
    acknowledge_escalated_at = models.DateTimeField(
        _("late acknowledgement escalated"), null=True, blank=True
    )
    respond_escalated_at = models.DateTimeField(_("late response escalated"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("complaint or feedback case")
        verbose_name_plural = _("complaint and feedback cases")
        indexes = [models.Index(fields=["status", "received_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["resolved", "closed"]) | ~Q(response=""),
                name="resolved_case_has_a_response",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def has_contact(self) -> bool:
        return bool(self.email or self.phone)


class CaseEvent(models.Model):
    """One step of a case: a change of status, a note, a message from the person, an escalation.

    Public events are shown to the person on their tracking page; internal ones never are.
    """

    class Kind(models.TextChoices):
        STATUS = "status", _("Status changed")
        NOTE = "note", _("Note")
        MESSAGE = "message", _("Message from the person")
        ESCALATION = "escalation", _("Escalated as overdue")

    case = models.ForeignKey(
        Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    from_status = models.CharField(
        _("from"), max_length=16, choices=Case.Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=16, choices=Case.Status.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for the person themselves and for the system."),
    )
    at = models.DateTimeField(_("when"))
    note = models.TextField(_("note"), blank=True)
    is_public = models.BooleanField(
        _("shown to the person"),
        default=False,
        help_text=_("Internal notes are never shown to the person."),
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("case step")
        verbose_name_plural = _("case steps")

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.at:%Y-%m-%d}"


class CaseReport(Case):
    """The monthly counts of cases, without names or text, in the admin for governance members.

    A proxy so the report has its own view permission and its own entry in the admin's index;
    it opens no case (its admin has no change page).
    """

    class Meta:
        proxy = True
        verbose_name = _("complaint count")
        verbose_name_plural = _("complaint counts by month")
        default_permissions = ("view",)
