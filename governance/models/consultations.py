"""Member consultations: a draft (a document version or a recommendation) open for members'
comments between two dates, with full members' votes, and published results after the close.

Writes go through governance.services.consultations: they check the dates and who may act,
under row locks, and move a document version to "in consultation" with a conditional UPDATE.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

__all__ = ["Consultation", "ConsultationComment", "ConsultationNotice", "ConsultationVote"]

COMMENT_MAX_LENGTH = 5000


class Consultation(Bilingual, models.Model):
    class Phase(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = RichTextField(
        _("summary"), help_text=_("What the consultation is about and what members are asked.")
    )
    summary_fr = RichTextField(_("summary in French"))
    document_version = models.ForeignKey(
        "governance.DocumentVersion",
        verbose_name=_("draft version of a document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consultations",
        help_text=_("A draft of a terms of reference or a policy. Leave empty for a proposal."),
    )
    proposal = RichTextField(
        _("proposal"),
        help_text=_("A recommendation put to members, when the consultation is not on a document."),
    )
    proposal_fr = RichTextField(_("proposal in French"))
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    announced_at = models.DateTimeField(
        _("members emailed"),
        null=True,
        blank=True,
        help_text=_("Set when the email telling members it is open went out."),
    )
    results_summary = RichTextField(_("summary of the results"))
    results_summary_fr = RichTextField(_("summary of the results in French"))
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)
    results_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("results published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-opens_at", "-pk"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="consultation_closes_after_it_opens",
                violation_error_message=_("The close must come after the opening."),
            ),
            # Exactly one subject: a document version or a proposal, never both or neither.
            # (Value(""): RichTextField cannot prepare a plain value for a lookup.)
            models.CheckConstraint(
                condition=(Q(document_version__isnull=False) & Q(proposal=Value("")))
                | (Q(document_version__isnull=True) & ~Q(proposal=Value(""))),
                name="consultation_has_one_subject",
                violation_error_message=_(
                    "Choose a draft version of a document, or write a proposal: one of the two."
                ),
            ),
            models.CheckConstraint(
                condition=Q(results_published_at__isnull=True) | ~Q(results_summary=Value("")),
                name="consultation_results_have_a_summary",
                violation_error_message=_("Published results need a summary."),
            ),
        ]
        indexes = [
            models.Index(fields=["opens_at", "closes_at"]),
            models.Index(fields=["announced_at", "opens_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("governance:consultation", args=[self.pk])

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_proposal(self) -> str:
        return self.localized("proposal")

    @property
    def display_results_summary(self) -> str:
        return self.localized("results_summary")

    def phase_at(self, moment) -> "Consultation.Phase":
        if moment < self.opens_at:
            return self.Phase.UPCOMING
        if moment < self.closes_at:
            return self.Phase.OPEN
        return self.Phase.CLOSED

    @property
    def phase(self) -> "Consultation.Phase":
        return self.phase_at(timezone.now())

    @property
    def is_open(self) -> bool:
        return self.phase == self.Phase.OPEN

    @property
    def has_opened(self) -> bool:
        return self.phase != self.Phase.UPCOMING

    @property
    def is_closed(self) -> bool:
        return self.phase == self.Phase.CLOSED

    @property
    def results_published(self) -> bool:
        return self.results_published_at is not None


class ConsultationComment(models.Model):
    """A member's comment. Plain text (shown with line breaks), never HTML."""

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="consultation_comments",
    )
    # A TextField's max_length only reaches forms: the validator makes full_clean() check it.
    body = models.TextField(
        _("comment"),
        max_length=COMMENT_MAX_LENGTH,
        validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)],
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    is_hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden by a moderator: members no longer see it.")
    )
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("consultation comment")
        verbose_name_plural = _("consultation comments")
        indexes = [models.Index(fields=["consultation", "is_hidden", "created_at"])]

    def __str__(self) -> str:
        return _("Comment %(number)s on %(consultation)s") % {
            "number": self.pk,
            "consultation": self.consultation_id,
        }


class ConsultationVote(models.Model):
    """A full member's vote: one per consultation, changeable until the close. Nobody but the
    voter ever sees their choice; everyone else sees counts."""

    class Choice(models.TextChoices):
        SUPPORT = "support", _("Support")
        OPPOSE = "oppose", _("Oppose")
        ABSTAIN = "abstain", _("Abstain")

    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="votes"
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("voter"),
        on_delete=models.CASCADE,
        related_name="consultation_votes",
    )
    choice = models.CharField(_("your vote"), max_length=10, choices=Choice.choices)
    created_at = models.DateTimeField(_("cast"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("consultation vote")
        verbose_name_plural = _("consultation votes")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "voter"],
                name="one_vote_per_member_and_consultation",
                violation_error_message=_("You have already voted in this consultation."),
            )
        ]

    def __str__(self) -> str:
        return _("Vote in %(consultation)s") % {"consultation": self.consultation_id}


class ConsultationNotice(models.Model):
    """That a person was emailed about a consultation: the unique pair stops a second email."""

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="consultation_notices",
    )
    created_at = models.DateTimeField(_("emailed"), auto_now_add=True)

    class Meta:
        verbose_name = _("consultation notice")
        verbose_name_plural = _("consultation notices")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "person"], name="one_notice_per_person_and_consultation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.consultation_id} → {self.person_id}"
