"""The speakers' bureau's Celery tasks: the requests part. They take primary keys and call the
service, which claims each request with a conditional UPDATE: running twice sends nothing twice."""

from celery import shared_task

from ..selectors.requests import requests_due_for_host_reminder
from ..services.requests import host_remind

__all__ = ["remind_host", "remind_hosts_of_upcoming_requests"]


@shared_task
def remind_host(request_id: int) -> bool:
    """Remind the host of one confirmed request that its speakers are coming."""
    return host_remind(request_id=request_id)


@shared_task
def remind_hosts_of_upcoming_requests() -> int:
    """Beat, every hour: remind the hosts of confirmed requests starting within three days."""
    return sum(host_remind(request_id=pk) for pk in requests_due_for_host_reminder())
