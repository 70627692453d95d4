"""The private annual self-assessment and the personal learning plan.

A self-assessment belongs to its owner alone: no admin registration, no staff view. The only
way any of it leaves the owner's pages is `SelfAssessmentReport`, a proxy whose one admin page
shows anonymous aggregates of at least five people (`selectors.assessments`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

__all__ = ["LearningPlanItem", "Rating", "SelfAssessment", "SelfAssessmentReport"]

NOTE_MAX_LENGTH = 2000


class SelfAssessment(models.Model):
    """A person's ratings of themself on a framework's competencies for one calendar year
    (America/Toronto): a second one in the same year edits this one."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="self_assessments",
    )
    framework = models.ForeignKey(
        "training.Framework",
        verbose_name=_("framework"),
        on_delete=models.PROTECT,
        related_name="self_assessments",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The yearly reminder, claimed with a conditional UPDATE so it goes once; the next year's
    # self-assessment starts with none.
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    class Meta:
        ordering = ["person", "-year"]
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "framework", "year"], name="one_self_assessment_a_year"
            )
        ]
        indexes = [models.Index(fields=["framework", "year"])]

    def __str__(self) -> str:
        return f"{self.year}"


class SelfAssessmentReport(SelfAssessment):
    """The anonymous aggregates of self-assessments (five people or more), in the admin for
    governance members and network administrators. A proxy so the report has its own view
    permission and admin entry; its admin has no list, change or history page."""

    class Meta:
        proxy = True
        verbose_name = _("self-assessment aggregate")
        verbose_name_plural = _("self-assessment aggregates")
        default_permissions = ("view",)


class Rating(models.Model):
    assessment = models.ForeignKey(
        SelfAssessment,
        verbose_name=_("self-assessment"),
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    competency = models.ForeignKey(
        "training.Competency",
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    level = models.PositiveSmallIntegerField(_("level"))
    note = models.TextField(
        _("private note"),
        max_length=NOTE_MAX_LENGTH,
        blank=True,
        help_text=_("Only you can read it."),
    )

    class Meta:
        ordering = ["assessment", "competency__number"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "competency"], name="one_rating_per_competency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.competency_id}: {self.level}"

    def clean(self) -> None:
        from .frameworks import ScaleLevel

        framework_id = self.assessment.framework_id
        if self.competency.framework_id != framework_id:
            raise ValidationError(
                {"competency": _("This competency is not in the framework of the self-assessment.")}
            )
        if not ScaleLevel.objects.filter(framework_id=framework_id, value=self.level).exists():
            raise ValidationError({"level": _("Choose one of the levels of the scale.")})


class LearningPlanItem(models.Model):
    """A course or a session a person means to take: exactly one of the two."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="learning_plan_items",
    )
    course = models.ForeignKey(
        "training.Course",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    session = models.ForeignKey(
        "training.Session",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    competency = models.ForeignKey(
        "training.Competency",
        verbose_name=_("for the competency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        ordering = ["person", "done_at", "-added_at"]
        verbose_name = _("learning plan item")
        verbose_name_plural = _("learning plan items")
        constraints = [
            models.CheckConstraint(
                condition=Q(course__isnull=False, session__isnull=True)
                | Q(course__isnull=True, session__isnull=False),
                name="learning_plan_course_or_session",
            ),
            models.UniqueConstraint(
                fields=["person", "course"],
                condition=Q(course__isnull=False),
                name="learning_plan_course_once",
            ),
            models.UniqueConstraint(
                fields=["person", "session"],
                condition=Q(session__isnull=False),
                name="learning_plan_session_once",
            ),
        ]

    def __str__(self) -> str:
        return str(self.session or self.course)

    @property
    def the_course(self):
        return self.session.course if self.session_id else self.course
