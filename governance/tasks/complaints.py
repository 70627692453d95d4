"""Governance's Celery tasks: the complaints part."""

from celery import shared_task

from ..selectors.complaints import cases_to_escalate
from ..services.complaints import case_escalate

__all__ = ["escalate_overdue_cases"]


@shared_task
def escalate_overdue_cases() -> int:
    """Tell the network administrators of each missed deadline (beat, hourly). Safe to run
    twice: each escalation is claimed once per deadline per case by `case_escalate`."""
    return sum(
        case_escalate(case_id=case_id, deadline=deadline)
        for case_id, deadline in cases_to_escalate()
    )
