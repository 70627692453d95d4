"""What's on in calendar apps: an event's .ics file and the public iCalendar feed (RFC 5545:
CRLF lines of at most 75 octets, folded, escaped, times in UTC), and who gets what."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from content.models import Access, Status
from content.views.events import _safe_filename
from network import icalendar as calendar
from network.services import TORONTO
from tests.plugin import sign_in
from training.tests.factories_sessions import CourseFactory, SessionFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db

FEED = reverse("content:events_feed")


def _ics_url(event) -> str:
    return reverse("content:event_ics", args=[event.slug])


def _lines(body: str) -> list[str]:
    """The content lines, unfolded (RFC 5545 3.1)."""
    assert body.endswith("\r\n")
    return body.replace("\r\n ", "").split("\r\n")[:-1]


def _properties(body: str) -> list[dict[str, str]]:
    """Each VEVENT's properties by name."""
    events, current = [], None
    for line in _lines(body):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def _assert_valid(body: str) -> None:
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")  # only CRLF line endings
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT")


# --- One event's file --------------------------------------------------------------------------


def test_an_event_s_file_is_valid_icalendar_with_utc_times_and_escaped_text(client):
    starts = datetime(2026, 7, 15, 18, 0, tzinfo=TORONTO)
    event = EventFactory(
        slug="peer-circle",
        title="Peer circle, with music; and a long title that needs folding " * 2,
        place="Room 2, 519 Church Street; Toronto",
        summary="Bring a friend\nor two",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )

    response = client.get(_ics_url(event))

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="peer-circle.ics"'
    _assert_valid(body)
    [vevent] = _properties(body)
    assert vevent["DTSTART"] == "20260715T220000Z"
    assert vevent["DTEND"] == "20260716T000000Z"
    assert vevent["SUMMARY"].startswith("Peer circle\\, with music\\; and a long title")
    assert vevent["LOCATION"] == "Room 2\\, 519 Church Street\\; Toronto"
    assert vevent["DESCRIPTION"] == "Bring a friend\\nor two"
    assert vevent["URL"].endswith(event.get_absolute_url())
    assert vevent["UID"].startswith(f"content-event-{event.pk}@")
    assert vevent["STATUS"] == "CONFIRMED"


def test_a_winter_event_s_file_is_in_utc_too(client):
    starts = datetime(2026, 1, 20, 9, 0, tzinfo=TORONTO)  # EST, five hours behind UTC
    event = EventFactory(starts_at=starts, ends_at=starts + timedelta(hours=1))

    [vevent] = _properties(client.get(_ics_url(event)).content.decode())

    assert vevent["DTSTART"] == "20260120T140000Z"


def test_the_conference_is_named_so_in_its_file(client):
    event = EventFactory(title="Gathering", is_conference=True)

    [vevent] = _properties(client.get(_ics_url(event)).content.decode())

    assert vevent["SUMMARY"] == "Gathering (annual conference)"


def test_a_members_only_event_s_file_carries_its_online_link_for_members_only(
    client, full_member, outsider
):
    event = EventFactory(
        access=Access.MEMBERS, place="", online_url="https://meet.example.org/secret-room"
    )

    signed_out = client.get(_ics_url(event))
    not_member = sign_in(client, outsider).get(_ics_url(event))
    member = sign_in(client, full_member).get(_ics_url(event))

    assert signed_out.status_code == 302
    assert not_member.status_code == 404
    assert member.status_code == 200
    assert member["Cache-Control"] == "private, no-store"
    [vevent] = _properties(member.content.decode())
    assert vevent["LOCATION"] == "https://meet.example.org/secret-room"


def test_a_draft_s_file_is_not_found(client):
    event = EventFactory(status=Status.DRAFT)

    assert client.get(_ics_url(event)).status_code == 404


def test_a_cancelled_event_s_file_says_cancelled(client):
    event = EventFactory(cancelled=True)

    [vevent] = _properties(client.get(_ics_url(event)).content.decode())

    assert vevent["STATUS"] == "CANCELLED"


def test_the_file_name_is_safe_whatever_the_address_holds():
    assert _safe_filename('a"b\r\nc') == "a-b-c.ics"
    assert _safe_filename("../..") == "event.ics"


# --- The public feed ---------------------------------------------------------------------------


def test_the_feed_lists_public_events_and_sessions_upcoming_and_of_the_last_30_days(client):
    now = timezone.now().replace(microsecond=0)
    EventFactory(
        title="Coming up",
        starts_at=now + timedelta(days=3),
        ends_at=now + timedelta(days=3, hours=2),
    )
    EventFactory(
        title="Last week",
        starts_at=now - timedelta(days=7),
        ends_at=now - timedelta(days=7) + timedelta(hours=2),
    )
    EventFactory(
        title="Long ago",
        starts_at=now - timedelta(days=40),
        ends_at=now - timedelta(days=40) + timedelta(hours=2),
    )
    EventFactory(title="Members only", access=Access.MEMBERS)
    EventFactory(title="Full members only", access=Access.FULL_MEMBERS)
    EventFactory(title="A draft", status=Status.DRAFT)
    session = SessionFactory(
        course__title="Boundaries workshop", online_url="https://meet.example.org/s"
    )
    SessionFactory(course=CourseFactory(title="Unpublished course", is_published=False))

    response = client.get(FEED)

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    _assert_valid(body)
    summaries = [vevent["SUMMARY"] for vevent in _properties(body)]
    assert summaries == ["Last week", "Coming up", "Boundaries workshop"]
    assert "X-WR-CALNAME:What's on: Ontario Peer Support Network" in _lines(body)
    sessions = [v for v in _properties(body) if v["SUMMARY"] == "Boundaries workshop"]
    assert sessions[0]["UID"] == calendar.session_uid(session.pk)  # the same as training's
    assert "meet.example.org/s" not in body.replace("\r\n ", "")  # for the people registered


def test_the_feed_is_the_same_for_members_it_never_carries_members_only_events(client, full_member):
    EventFactory(title="Members only", access=Access.MEMBERS)

    body = sign_in(client, full_member).get(FEED).content.decode()

    assert "Members only" not in body


def test_the_feed_tells_calendar_apps_of_a_cancellation(client):
    EventFactory(title="Rained out", cancelled=True)

    [vevent] = _properties(client.get(FEED).content.decode())

    assert vevent["STATUS"] == "CANCELLED"


def test_the_feed_costs_the_same_queries_with_60_entries(client, assert_page_queries):
    for day in range(30):
        starts = datetime.now(tz=UTC) + timedelta(days=day + 1)
        EventFactory(starts_at=starts, ends_at=starts + timedelta(hours=1))
        SessionFactory()

    response = assert_page_queries(FEED, 4)

    assert response.content.decode().count("BEGIN:VEVENT") == 60
