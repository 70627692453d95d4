"""Content selectors: the events part ("What's on").

The network's events and training's sessions are read together as `Entry`s: one shape for the
list, the month calendar, the feeds and the home page. Events come through `live_for`, so
nobody is shown an event they may not see; sessions are those of published courses, which are
public. Each source costs one query whatever the number of rows (two more for a page's count).
Times are stored in UTC and shown in Toronto time (`network.services.TORONTO`).
"""

import calendar as gregorian
import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import islice

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import LHIN
from network.services import TORONTO
from training.models import Session

from ..models import Access, Event, Status
from .access import access_check, is_editor, live_for

# The calendar's months: wide enough for any real event, narrow enough that "next month" links
# do not lead crawlers through ten thousand empty years.
FIRST_YEAR, LAST_YEAR = 2000, 2100
# Calendar apps read the feed of what is coming and what has just been.
FEED_PAST = timedelta(days=30)
FEED_LIMIT = 500  # per source: a feed is not an archive
# The week starts on Sunday, as on Canadian calendars in English and French.
FIRST_WEEKDAY = gregorian.SUNDAY


class Kind:
    EVENT = "event"
    TRAINING = "training"
    CONFERENCE = "conference"

    CHOICES = [
        (EVENT, _("Events")),
        (TRAINING, _("Training sessions")),
        (CONFERENCE, _("Annual conference")),
    ]


# Who a training course is for, in the words of events' audiences (training names its own:
# peer workers, governance volunteers, supervisors, organizations). A course for nobody in
# particular is for everyone, as an event for everyone is.
TRAINING_AUDIENCES: dict[str, tuple[str, ...]] = {
    Event.Audience.EVERYONE: (),
    Event.Audience.PEERS: ("peer_workers",),
    Event.Audience.FAMILIES: (),
    Event.Audience.PROVIDERS: ("supervisors", "organizations"),
    Event.Audience.MEMBERS: ("governance",),
}


@dataclass(frozen=True)
class Entry:
    """One thing on the calendar: an event of the network or a training session."""

    kind: str
    pk: int
    title: str
    summary: str
    starts_at: datetime
    ends_at: datetime
    place: str
    is_online: bool
    lhin: LHIN | None
    url: str
    cancelled: bool
    access: int = Access.PUBLIC
    # Only an event's own link: a session's is for the people registered (training's rule).
    online_url: str = ""

    @property
    def is_training(self) -> bool:
        return self.kind == Kind.TRAINING

    @property
    def is_conference(self) -> bool:
        return self.kind == Kind.CONFERENCE

    @property
    def is_public(self) -> bool:
        return self.access == Access.PUBLIC

    @property
    def local_start(self) -> datetime:
        return timezone.localtime(self.starts_at, TORONTO)

    def days(self) -> list[date]:
        """The Toronto dates it takes place on; an end at midnight is not a day more."""
        first = self.local_start.date()
        last = timezone.localtime(self.ends_at - timedelta(microseconds=1), TORONTO).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def entry_of_event(event: Event) -> Entry:
    return Entry(
        kind=Kind.CONFERENCE if event.is_conference else Kind.EVENT,
        pk=event.pk,
        title=event.display_title,
        summary=event.display_summary,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        place=event.place,
        is_online=bool(event.online_url),
        lhin=event.lhin,
        url=event.get_absolute_url(),
        cancelled=event.cancelled,
        access=event.access,
        online_url=event.online_url,
    )


def entry_of_session(session: Session) -> Entry:
    return Entry(
        kind=Kind.TRAINING,
        pk=session.pk,
        title=session.course.display_title,
        summary=session.course.display_summary,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        place=session.place,
        is_online=bool(session.online_url),
        lhin=session.lhin,
        url=session.get_absolute_url(),
        cancelled=session.status == Session.Status.CANCELLED,
    )


@dataclass(frozen=True)
class Filters:
    """What the list is narrowed to; empty values narrow nothing."""

    lhin: LHIN | None = None
    provincial: bool = False
    audience: str = ""
    kind: str = ""


NO_FILTERS = Filters()


def events_for(user, filters: Filters = NO_FILTERS) -> QuerySet[Event] | None:
    """The events `user` may see that match (None when the filters leave out every event)."""
    if filters.kind == Kind.TRAINING:
        return None
    events = live_for(Event.objects.select_related("lhin"), user)
    if filters.kind:
        events = events.filter(is_conference=filters.kind == Kind.CONFERENCE)
    if filters.provincial:
        events = events.filter(lhin__isnull=True)
    elif filters.lhin is not None:
        events = events.filter(lhin=filters.lhin)
    if filters.audience:
        events = events.filter(
            Q(audiences__contains=[filters.audience])
            | Q(audiences__contains=[Event.Audience.EVERYONE])
            | Q(audiences=[])
        )
    return events.order_by("starts_at", "pk")


def sessions_for(filters: Filters = NO_FILTERS) -> QuerySet[Session] | None:
    """Sessions of published courses that match (None when the filters leave them all out)."""
    if filters.kind in (Kind.EVENT, Kind.CONFERENCE):
        return None
    sessions = Session.objects.filter(course__is_published=True).select_related("course", "lhin")
    if filters.provincial:
        sessions = sessions.filter(lhin__isnull=True)
    elif filters.lhin is not None:
        sessions = sessions.filter(lhin=filters.lhin)
    if filters.audience:
        for_them = Q(course__audiences=[])
        if TRAINING_AUDIENCES.get(filters.audience):
            for_them |= Q(course__audiences__overlap=list(TRAINING_AUDIENCES[filters.audience]))
        sessions = sessions.filter(for_them)
    return sessions.order_by("starts_at", "pk")


def _merge(events: Iterable[Event], sessions: Iterable[Session]) -> Iterator[Entry]:
    """Both sources, each already in order of start, as one stream in order of start."""
    return heapq.merge(
        map(entry_of_event, events),
        map(entry_of_session, sessions),
        key=lambda entry: (entry.starts_at, entry.is_training, entry.pk),
    )


@dataclass
class EntryList:
    """Entries of the two sources in order of start, for Django's Paginator: the count costs a
    query per source, and a page one more per source (the rows up to the page's end)."""

    events: QuerySet[Event] | None
    sessions: QuerySet[Session] | None
    _count: int | None = field(default=None, init=False)

    def _sources(self) -> list[QuerySet]:
        return [qs for qs in (self.events, self.sessions) if qs is not None]

    def count(self) -> int:
        if self._count is None:
            self._count = sum(qs.count() for qs in self._sources())
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[Entry]:
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("EntryList is read a page (a slice) at a time.")
        start = index.start or 0
        stop = index.stop if index.stop is not None else self.count()
        events = self.events[:stop] if self.events is not None else ()
        sessions = self.sessions[:stop] if self.sessions is not None else ()
        return list(islice(_merge(events, sessions), start, stop))


def _not_over() -> dict:
    return {"ends_at__gt": timezone.now()}


def upcoming_entries(user, filters: Filters = NO_FILTERS) -> EntryList:
    """What is on now or to come, soonest first (what the list pages through)."""
    events = events_for(user, filters)
    sessions = sessions_for(filters)
    return EntryList(
        events=events.filter(**_not_over()) if events is not None else None,
        sessions=sessions.filter(**_not_over()) if sessions is not None else None,
    )


def upcoming(user, *, limit: int) -> list[Entry]:
    """The next `limit` entries `user` may see that still take place (the home page's "what's
    on next": cancelled ones are for the list, where people look for changes)."""
    entries = upcoming_entries(user)
    entries.events = entries.events.filter(cancelled=False)
    entries.sessions = entries.sessions.exclude(status=Session.Status.CANCELLED)
    return entries[:limit]


def entries_between(
    user, start: datetime, end: datetime, filters: Filters = NO_FILTERS
) -> list[Entry]:
    """Everything taking place, even in part, between `start` and `end`: two queries."""
    during = {"starts_at__lt": end, "ends_at__gt": start}
    events = events_for(user, filters)
    sessions = sessions_for(filters)
    return list(
        _merge(
            events.filter(**during) if events is not None else (),
            sessions.filter(**during) if sessions is not None else (),
        )
    )


@dataclass(frozen=True)
class Day:
    date: date
    in_month: bool
    is_today: bool
    entries: list[Entry]


@dataclass(frozen=True)
class Month:
    first: date
    weeks: list[list[Day]]
    previous: date | None
    next: date | None

    @property
    def weekdays(self) -> list[date]:
        """The dates of the first row, to name the columns in the active language."""
        return [day.date for day in self.weeks[0]]

    @property
    def days_with_entries(self) -> list[Day]:
        return [day for week in self.weeks for day in week if day.in_month and day.entries]


def _midnight(day: date) -> datetime:
    """Toronto's midnight of `day` (DST changes at 2:00, so midnight always exists once)."""
    return datetime.combine(day, time(), tzinfo=TORONTO)


def _month_after(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1)


def _month_before(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def month_in_range(year: int, month: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12


def month_calendar(user, year: int, month: int, *, today: date | None = None) -> Month:
    """The month's grid, weeks from Sunday, each day of the month with what takes place on it
    (an entry across midnight is on both days); 404 for a month out of range."""
    if not month_in_range(year, month):
        raise Http404
    today = today or timezone.localdate(timezone=TORONTO)
    first = date(year, month, 1)
    after = _month_after(first)
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries_between(user, _midnight(first), _midnight(after)):
        for day in entry.days():
            if first <= day < after:
                by_day[day].append(entry)
    weeks = [
        [
            Day(
                date=day,
                in_month=day.month == month,
                is_today=day == today,
                entries=by_day.get(day, []) if day.month == month else [],
            )
            for day in week
        ]
        for week in gregorian.Calendar(FIRST_WEEKDAY).monthdatescalendar(year, month)
    ]
    before = _month_before(first)
    return Month(
        first=first,
        weeks=weeks,
        previous=before if month_in_range(before.year, before.month) else None,
        next=after if month_in_range(after.year, after.month) else None,
    )


def event_for_viewer(user, slug: str) -> Event:
    """The event's page: 404 when it does not exist or is a draft (editors preview drafts);
    members-only events send the signed-out to sign in and answer 404 to other people."""
    event = get_object_or_404(Event.objects.select_related("lhin"), slug=slug)
    if event.status != Status.PUBLISHED and not is_editor(user):
        raise Http404
    access_check(user, event.access)
    return event


def feed_entries() -> list[Entry]:
    """The public calendar feed: public events and training sessions, from 30 days ago on
    (cancelled ones too, so calendar apps that subscribed learn of it)."""
    anyone = AnonymousUser()
    since = {"ends_at__gte": timezone.now() - FEED_PAST}
    events = events_for(anyone).filter(**since)[:FEED_LIMIT]
    sessions = sessions_for().filter(**since)[:FEED_LIMIT]
    return list(_merge(events, sessions))
