"""What's on: the list of events and training sessions, its filters, an event's page, and who
sees what (members-only events, drafts)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from content.models import Access, Event, Status
from content.selectors import events as selectors
from network.models import LHIN
from tests.plugin import sign_in
from training.tests.factories_sessions import CourseFactory, SessionFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db

LIST = reverse("content:event_list")


def _in(days: float, **kwargs) -> dict:
    starts = (timezone.now() + timedelta(days=days)).replace(microsecond=0)
    return {"starts_at": starts, "ends_at": starts + timedelta(hours=2), **kwargs}


def _titles(response) -> list[str]:
    return [entry.title for entry in response.context["page"]]


# --- The list ----------------------------------------------------------------------------------


def test_the_list_merges_events_and_training_sessions_soonest_first(client):
    EventFactory(title="Peer circle", **_in(3))
    SessionFactory(course__title="Boundaries workshop", **_in(2))
    EventFactory(title="Families evening", **_in(1))

    response = client.get(LIST)

    assert response.status_code == 200
    assert _titles(response) == ["Families evening", "Boundaries workshop", "Peer circle"]
    page = response.content.decode()
    assert "Boundaries workshop" in page
    assert "Training" in page


def test_a_training_session_links_to_its_page_in_training(client):
    session = SessionFactory(**_in(2))

    page = client.get(LIST).content.decode()

    assert f'href="{reverse("training:session", args=[session.pk])}"' in page


def test_what_is_over_leaves_the_list_and_what_is_under_way_stays(client):
    EventFactory(title="Over yesterday", **_in(-1))
    under_way = timezone.now() - timedelta(hours=1)
    EventFactory(title="Under way", starts_at=under_way, ends_at=under_way + timedelta(hours=3))

    assert _titles(client.get(LIST)) == ["Under way"]


def test_drafts_and_sessions_of_unpublished_courses_are_not_listed(client):
    EventFactory(title="Still a draft", status=Status.DRAFT, **_in(2))
    SessionFactory(course=CourseFactory(is_published=False), **_in(2))

    assert _titles(client.get(LIST)) == []


def test_a_cancelled_event_stays_listed_marked_cancelled(client):
    EventFactory(title="Rained out", cancelled=True, **_in(2))

    response = client.get(LIST)

    assert _titles(response) == ["Rained out"]
    assert "Cancelled" in response.content.decode()


@pytest.mark.parametrize(
    ("person", "sees_it"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("coordinator", False),
        ("supporting_member", True),
        ("full_member", True),
        ("content_editor", True),
    ],
)
def test_a_members_only_event_is_listed_only_for_those_who_may_see_it(
    client, request, person, sees_it
):
    EventFactory(title="Members meeting", access=Access.MEMBERS, **_in(2))
    EventFactory(title="Full members' vote", access=Access.FULL_MEMBERS, **_in(3))
    sign_in(client, request.getfixturevalue(person))

    response = client.get(LIST)

    assert ("Members meeting" in response.content.decode()) is sees_it
    assert ("Members only" in response.content.decode()) is sees_it


def test_full_members_only_events_are_not_listed_for_supporting_members(
    client, supporting_member, full_member
):
    EventFactory(title="Full members' vote", access=Access.FULL_MEMBERS, **_in(3))

    assert _titles(sign_in(client, supporting_member).get(LIST)) == []
    assert _titles(sign_in(client, full_member).get(LIST)) == ["Full members' vote"]


def test_the_list_is_paginated(client):
    for day in range(25):
        EventFactory(title=f"Gathering {day:02}", **_in(day + 1))

    first = client.get(LIST)
    second = client.get(LIST, {"page": 2})

    assert len(_titles(first)) == 20
    assert _titles(second) == [f"Gathering {day:02}" for day in range(20, 25)]
    assert "25 events and sessions coming up" in first.content.decode()


def test_a_late_page_merges_both_sources_without_losing_or_repeating_entries(client):
    for day in range(30):
        EventFactory(title=f"Event {day:02}", **_in(day + 1))
        SessionFactory(course__title=f"Session {day:02}", **_in(day + 1.5))

    titles = [
        title for number in (1, 2, 3) for title in _titles(client.get(LIST, {"page": number}))
    ]

    assert len(titles) == 60 == len(set(titles))
    assert titles[:4] == ["Event 00", "Session 00", "Event 01", "Session 01"]


# --- Filters -----------------------------------------------------------------------------------


@pytest.fixture
def spread(lhin_toronto, lhin_north_east):
    EventFactory(title="Toronto circle", lhin=lhin_toronto, audiences=["peers"], **_in(1))
    EventFactory(title="Sudbury families", lhin=lhin_north_east, audiences=["families"], **_in(2))
    EventFactory(title="Province-wide drop-in", lhin=None, audiences=["everyone"], **_in(3))
    EventFactory(title="Conference", lhin=None, is_conference=True, audiences=[], **_in(4))
    SessionFactory(
        course__title="Workshop in Toronto",
        course__audiences=["peer_workers"],
        lhin=lhin_toronto,
        **_in(5),
    )
    SessionFactory(
        course__title="Supervision online",
        course__audiences=["supervisors"],
        lhin=None,
        **_in(6),
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"lhin": "toronto-central"}, ["Toronto circle", "Workshop in Toronto"]),
        (
            {"lhin": "provincial"},
            ["Province-wide drop-in", "Conference", "Supervision online"],
        ),
        (
            {"audience": "families"},
            ["Sudbury families", "Province-wide drop-in", "Conference"],
        ),
        (
            {"audience": "peers"},
            ["Toronto circle", "Province-wide drop-in", "Conference", "Workshop in Toronto"],
        ),
        (
            {"audience": "providers"},
            ["Province-wide drop-in", "Conference", "Supervision online"],
        ),
        ({"kind": "event"}, ["Toronto circle", "Sudbury families", "Province-wide drop-in"]),
        ({"kind": "training"}, ["Workshop in Toronto", "Supervision online"]),
        ({"kind": "conference"}, ["Conference"]),
        ({"lhin": "provincial", "kind": "training"}, ["Supervision online"]),
    ],
)
def test_the_filters_narrow_the_list(client, spread, query, expected):
    response = client.get(LIST, query)

    assert response.status_code == 200
    assert _titles(response) == expected


def test_the_lhin_filter_knows_every_region(client, spread):
    assert LHIN.objects.count() == 14
    page = client.get(LIST).content.decode()

    assert 'value="toronto-central"' in page
    assert 'value="provincial"' in page


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"lhin": "atlantis"}, "lhin", "Please choose one of the 14 LHIN regions listed"),
        ({"audience": "robots"}, "audience", "Please choose one of the audiences listed."),
        ({"kind": "party"}, "kind", "Please choose events, training sessions or the annual"),
    ],
)
def test_a_bad_filter_value_answers_400_with_a_message_at_its_field(client, query, field, message):
    response = client.get(LIST, {**query, "page": "1"})

    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert f'href="#id_{field}"' in page  # the summary leads to the field
    assert 'aria-invalid="true"' in page
    assert response.context["page"] is None


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client):
    EventFactory(title="Only one", **_in(1))

    assert _titles(client.get(LIST, {"page": "x"})) == ["Only one"]


def test_the_list_costs_the_same_queries_with_60_entries_as_with_2(client, assert_page_queries):
    EventFactory(**_in(1))
    SessionFactory(**_in(2))
    assert_page_queries(LIST, 7)
    for day in range(30):
        EventFactory(lhin=LHIN.objects.get(number=day % 14 + 1), **_in(day + 1))
        SessionFactory(lhin=LHIN.objects.get(number=day % 14 + 1), **_in(day + 1))

    response = assert_page_queries(f"{LIST}?page=3&kind=&lhin=&audience=", 7)

    assert len(response.context["page"].object_list) == 20


def test_the_list_for_a_member_costs_a_pinned_number_of_queries(
    client, full_member, assert_page_queries
):
    for day in range(30):
        EventFactory(access=Access.MEMBERS, **_in(day + 1))
        SessionFactory(**_in(day + 1))
    sign_in(client, full_member)

    assert_page_queries(LIST, 9)


# --- upcoming(), for the home page ------------------------------------------------------------


def test_upcoming_gives_the_next_entries_the_person_may_see(
    anonymous, full_member, django_assert_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    EventFactory(title="Public", **_in(1))
    EventFactory(title="Members", access=Access.MEMBERS, **_in(2))
    SessionFactory(course__title="Session", **_in(3))
    EventFactory(title="Later", **_in(9))

    with django_assert_num_queries(2):
        public = selectors.upcoming(AnonymousUser(), limit=3)
    members = selectors.upcoming(full_member, limit=3)

    assert [e.title for e in public] == ["Public", "Session", "Later"]
    assert [e.title for e in members] == ["Public", "Members", "Session"]
    assert [e.kind for e in public] == ["event", "training", "event"]


# --- An event's page ---------------------------------------------------------------------------


def test_an_event_page_shows_when_in_toronto_time_where_and_add_to_my_calendar(client):
    event = EventFactory(
        title="Peer circle",
        place="519 Church Street, Toronto",
        starts_at=datetime(2026, 7, 15, 22, 0, tzinfo=UTC),
        ends_at=datetime(2026, 7, 16, 0, 0, tzinfo=UTC),
        audiences=["peers", "families"],
    )

    response = client.get(event.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Peer circle</h1>" in page
    assert "Wednesday 15 July 2026, 18:00" in page
    assert "20:00 (EDT)" in page
    assert "People with lived experience, Families and allies" in page
    assert f'href="{reverse("content:event_ics", args=[event.slug])}"' in page
    assert "Add to my calendar" in page


def test_an_event_over_several_days_shows_both_dates(client):
    starts = datetime(2026, 10, 2, 13, 0, tzinfo=UTC)
    event = EventFactory(starts_at=starts, ends_at=starts + timedelta(days=2, hours=7))

    page = client.get(event.get_absolute_url()).content.decode()

    assert "Friday 2 October 2026, 09:00" in page
    assert "Sunday 4 October 2026, 16:00" in page


def test_the_annual_conference_is_marked_as_such(client):
    event = EventFactory(title="Gathering of the network", is_conference=True, **_in(30))

    page = client.get(event.get_absolute_url()).content.decode()
    listed = client.get(LIST, {"kind": "conference"}).content.decode()

    assert "Annual conference" in page
    assert "Annual conference" in listed


def test_an_event_page_in_french_shows_the_french_text(client):
    event = EventFactory(title="Peer circle", title_fr="Cercle de pairs", **_in(3))
    client.cookies["django_language"] = "fr"

    page = client.get(event.get_absolute_url()).content.decode()

    assert "<h1>Cercle de pairs</h1>" in page
    assert 'lang="fr"' in page


def test_a_cancelled_event_page_says_so(client):
    event = EventFactory(cancelled=True, **_in(3))

    page = client.get(event.get_absolute_url()).content.decode()

    assert "This event has been cancelled." in page


def test_the_online_link_is_shown_to_those_who_may_see_the_event(client, full_member):
    event = EventFactory(
        access=Access.MEMBERS, online_url="https://meet.example.org/members-only", **_in(3)
    )

    signed_out = client.get(event.get_absolute_url())
    member = sign_in(client, full_member).get(event.get_absolute_url())

    assert signed_out.status_code == 302
    assert signed_out["Location"].startswith(reverse("account_login"))
    assert "https://meet.example.org/members-only" in member.content.decode()
    assert member["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("person", ["outsider", "coordinator", "speakers_reviewer"])
def test_a_members_only_event_is_not_found_for_people_who_may_not_see_it(client, request, person):
    event = EventFactory(access=Access.MEMBERS, **_in(3))
    sign_in(client, request.getfixturevalue(person))

    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get(reverse("content:event_ics", args=[event.slug])).status_code == 404


def test_a_draft_is_not_found_by_the_public_and_previewed_by_editors(client, content_editor):
    event = EventFactory(title="Coming soon", status=Status.DRAFT, **_in(3))

    public = client.get(event.get_absolute_url())
    editor = sign_in(client, content_editor).get(event.get_absolute_url())

    assert public.status_code == 404
    assert editor.status_code == 200
    assert "Draft: only editors see this page" in editor.content.decode()


def test_an_event_that_does_not_exist_is_not_found(client):
    assert client.get(reverse("content:event", args=["no-such-event"])).status_code == 404


def test_an_event_page_costs_a_pinned_number_of_queries(client, assert_page_queries):
    event = EventFactory(lhin=LHIN.objects.get(number=7), **_in(3))

    assert_page_queries(event.get_absolute_url(), 3)


def test_no_event_may_take_the_calendar_s_address():
    event = EventFactory.build(slug="calendar", **_in(3))

    with pytest.raises(Exception, match="taken by the calendar"):
        event.full_clean()
    assert Event.objects.count() == 0
