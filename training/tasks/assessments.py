"""Training's Celery tasks: the assessments part. They take primary keys and call the
service, which claims the self-assessment with a conditional UPDATE: running twice sends
nothing twice."""

from celery import shared_task

from ..selectors.assessments import due_reminders
from ..services.assessments import self_assessment_remind

__all__ = ["remind_due_self_assessments", "remind_self_assessment"]


@shared_task
def remind_self_assessment(assessment_id: int) -> bool:
    return self_assessment_remind(assessment_id=assessment_id)


@shared_task
def remind_due_self_assessments() -> int:
    """Beat, daily: remind each active member a year after their last self-assessment."""
    due = list(due_reminders().values_list("pk", flat=True))
    return sum(self_assessment_remind(assessment_id=pk) for pk in due)
