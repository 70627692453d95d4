"""Content views: the events part ("What's on"): the list, the month calendar, an event's page,
its iCalendar file and the public feed. Who sees what is the selectors' (content.selectors)."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from network import icalendar as calendar
from network.services import TORONTO

from ..forms.events import EventFilterForm
from ..models import Access, Status
from ..selectors import events as selectors
from ..selectors.access import is_editor

ENTRIES_PER_PAGE = 20


@require_safe
def event_list(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        entries = selectors.upcoming_entries(request.user, form.filters())
        page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "content/events/list.html",
        {"form": form, "page": page},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def event_calendar(
    request: HttpRequest, year: int | None = None, month: int | None = None
) -> HttpResponse:
    today = timezone.localdate(timezone=TORONTO)
    if year is None or month is None:  # events/calendar/: this month
        year, month = today.year, today.month
    grid = selectors.month_calendar(request.user, year, month, today=today)
    return render(request, "content/events/calendar.html", {"month": grid, "today": today})


@require_safe
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_for_viewer(request.user, slug)
    response = render(
        request,
        "content/events/detail.html",
        {
            "event": event,
            "entry": selectors.entry_of_event(event),
            "preview": event.status != Status.PUBLISHED,  # only editors reach a draft
            "can_edit": is_editor(request.user),
        },
    )
    if event.access != Access.PUBLIC:
        response["Cache-Control"] = "private, no-store"
    return response


def _ical_event(entry: selectors.Entry) -> calendar.Event:
    location = entry.place
    if entry.online_url:  # an event's own link, for those who may see the event
        location = f"{location} · {entry.online_url}" if location else entry.online_url
    elif entry.is_online and not location:
        location = _("Online")
    if entry.is_training:
        uid = calendar.session_uid(entry.pk)  # the same as training's, so apps see one session
    else:  # training's form of UID, on the same host, for the network's events
        uid = calendar.session_uid(entry.pk).replace("training-session-", "content-event-", 1)
    summary = entry.title
    if entry.is_conference:
        summary = _("%(title)s (annual conference)") % {"title": summary}
    return calendar.Event(
        uid=uid,
        starts_at=entry.starts_at,
        ends_at=entry.ends_at,
        summary=summary,
        location=location,
        description=entry.summary,
        url=f"{settings.SITE_URL}{entry.url}",
        cancelled=entry.cancelled,
    )


def _ics(body: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _safe_filename(slug: str) -> str:
    """Only letters, digits, dashes and underscores reach the header, whatever the slug holds."""
    return (re.sub(r"[^A-Za-z0-9_-]+", "-", slug).strip("-")[:80] or "event") + ".ics"


@require_safe
def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_for_viewer(request.user, slug)
    response = _ics(
        calendar.calendar([_ical_event(selectors.entry_of_event(event))]),
        _safe_filename(event.slug),
    )
    if event.access != Access.PUBLIC:
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def events_feed(request: HttpRequest) -> HttpResponse:
    entries = selectors.feed_entries()
    body = calendar.calendar(
        map(_ical_event, entries), name=_("What's on: Ontario Peer Support Network")
    )
    return _ics(body, "whats-on.ics")
