"""Content selectors: the jobs part.

A posting is open through its closing date, a day in Toronto: it leaves the list, the sitemap and
search the next morning by itself, with no task to run. Who sees it follows `live_for` and
`access_check`, as for every kind of content.
"""

from datetime import date
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from network.models import LHIN

from ..models import JobPosting, Status
from .access import access_check, is_editor, live_for

TORONTO = ZoneInfo("America/Toronto")


def toronto_today() -> date:
    """The date in Ontario, whatever the server's time zone: a posting closes at its end."""
    return timezone.localdate(timezone=TORONTO)


def jobs_open(user) -> QuerySet[JobPosting]:
    """Published postings `user` may see whose closing date is today or later."""
    return live_for(JobPosting.objects.all(), user).filter(closes_on__gte=toronto_today())


def jobs_listed(user, *, lhin: LHIN | None = None, pay: str = "") -> QuerySet[JobPosting]:
    """The open postings for the list, soonest closing first. An LHIN shows its own postings and
    those open across the province (no LHIN)."""
    jobs = jobs_open(user).select_related("lhin")
    if lhin is not None:
        jobs = jobs.filter(Q(lhin=lhin) | Q(lhin__isnull=True))
    if pay:
        jobs = jobs.filter(pay=pay)
    return jobs.order_by("closes_on", "role", "pk")


def job_for_page(slug: str, user) -> JobPosting:
    """The posting at `slug` as `user` may see it: drafts for editors only (a preview), members-
    only postings as `access_check` says. A closed posting still opens (the page says it is
    closed), so a link shared before the closing date does not lead nowhere."""
    job = JobPosting.objects.select_related("lhin").filter(slug=slug).first()
    if job is None or (job.status != Status.PUBLISHED and not is_editor(user)):
        raise Http404
    access_check(user, job.access)
    return job


def job_is_closed(job: JobPosting) -> bool:
    return job.closes_on < toronto_today()
