"""The forums' Celery tasks: the moderation part. Thin: primary keys in, a service does the work
(idempotent, so a retried or repeated task emails nobody twice)."""

from celery import shared_task

__all__ = ["distress_flag_notify_task"]


@shared_task
def distress_flag_notify_task(flag_id: int) -> int:
    from ..services.distress import distress_flag_notify

    return distress_flag_notify(flag_id=flag_id)
