"""Training services: the assessments part.

A person saves their self-assessment (a second save in the same year edits it), keeps a
learning plan, and is reminded a year after their last self-assessment.

No audit entries are written here: administrators read the audit log, and even the fact that
someone assessed themself, or when, is theirs alone (the issue: "no coordinator, supervisor or
administrator view shows it").
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Membership
from network.services import email_person

from ..models import (
    Competency,
    Course,
    LearningPlanItem,
    Rating,
    ScaleLevel,
    SelfAssessment,
    Session,
)
from ..selectors.assessments import core_framework, current_year


class AssessmentError(ValidationError):
    """A step that cannot be taken now; the message says why (or a dict of field → message)."""


def _check_membership(person) -> None:
    membership = Membership.objects.filter(person=person).first()
    if membership is None or not membership.is_active:
        raise AssessmentError(_("Self-assessment and the learning plan are for active members."))


def self_assessment_save(
    *, person, ratings: dict[int, tuple[int, str]], year: int | None = None
) -> SelfAssessment:
    """Save the person's self-assessment of this year: `ratings` maps each competency id of
    the core framework to (level, private note). A second one in the same year edits the
    first. Every competency must be rated, with a level of the framework's scale."""
    framework = core_framework()
    if framework is None:
        raise AssessmentError(_("The competency framework is not loaded yet."))
    _check_membership(person)
    year = year or current_year()
    competency_ids = set(
        Competency.objects.filter(framework=framework).values_list("pk", flat=True)
    )
    values = set(ScaleLevel.objects.filter(framework=framework).values_list("value", flat=True))
    errors = {}
    if set(ratings) != competency_ids:
        raise AssessmentError(_("Rate yourself on every competency."))
    for competency_id, (level, _note) in ratings.items():
        if level not in values:
            errors[f"level_{competency_id}"] = _("Choose one of the levels of the scale.")
    if errors:
        raise AssessmentError(errors)

    with transaction.atomic():
        assessment, created = SelfAssessment.objects.select_for_update().get_or_create(
            person=person, framework=framework, year=year
        )
        if not created:
            assessment.save(update_fields=["updated_at"])
        existing = {r.competency_id: r for r in assessment.ratings.all()}
        for competency_id, (level, note) in ratings.items():
            rating = existing.get(competency_id) or Rating(
                assessment=assessment, competency_id=competency_id
            )
            rating.level = level
            rating.note = note.strip()
            rating.full_clean(exclude=["assessment", "competency"])
            rating.save()
    return assessment


def learning_plan_add(
    *,
    person,
    course: Course | None = None,
    session: Session | None = None,
    competency: Competency | None = None,
) -> LearningPlanItem:
    """Add a published course or an upcoming session to the person's plan; adding it again
    changes nothing."""
    _check_membership(person)
    if (course is None) == (session is None):
        raise AssessmentError(_("Choose a course or a session."))
    if course is not None and not course.is_published:
        raise AssessmentError(_("This course is not offered."))
    if session is not None and (
        session.status != Session.Status.SCHEDULED or session.starts_at <= timezone.now()
    ):
        raise AssessmentError(_("This session is no longer ahead."))
    with transaction.atomic():
        existing = LearningPlanItem.objects.filter(person=person, course=course, session=session)
        if (item := existing.first()) is not None:
            return item
        item = LearningPlanItem(person=person, course=course, session=session)
        item.competency = competency
        item.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                item.save()
        except IntegrityError:  # added at the same moment in another tab
            return existing.get()
    return item


def _own_item(person, item_id: int) -> LearningPlanItem:
    item = LearningPlanItem.objects.select_for_update().filter(pk=item_id, person=person).first()
    if item is None:
        raise LearningPlanItem.DoesNotExist
    return item


@transaction.atomic
def learning_plan_remove(*, person, item_id: int) -> None:
    _own_item(person, item_id).delete()


@transaction.atomic
def learning_plan_mark_done(*, person, item_id: int, done: bool = True) -> LearningPlanItem:
    item = _own_item(person, item_id)
    item.done_at = timezone.now() if done else None
    item.save(update_fields=["done_at"])
    return item


def self_assessment_remind(*, assessment_id: int) -> bool:
    """Email the person that a year has passed since their last self-assessment, once: the
    assessment is claimed with a conditional UPDATE, so a second run sends nothing. Only to
    active members."""
    from django.urls import reverse

    with transaction.atomic():
        claimed = SelfAssessment.objects.filter(
            pk=assessment_id, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=timezone.now())
        if not claimed:
            return False
        assessment = SelfAssessment.objects.select_related("person").get(pk=assessment_id)
        person = assessment.person
        membership = Membership.objects.filter(person=person).first()
        if not person.is_active or membership is None or not membership.is_active:
            return False  # claimed all the same: a lapsed member is not reminded later
        email_person(
            person=person,
            template="training/assessments/email/reminder",
            context={"year": assessment.year, "path": reverse("training:self_assessment")},
            # Once sent, the email log (which administrators read) keeps no trace of who was
            # reminded: that someone assessed themself is theirs alone.
            erase_recipient=True,
        )
    return True


def self_assessments_erase(*, person) -> None:
    """For account closing: the person's self-assessments, ratings, notes and learning plan."""
    SelfAssessment.objects.filter(person=person).delete()  # ratings go with them (cascade)
    LearningPlanItem.objects.filter(person=person).delete()
