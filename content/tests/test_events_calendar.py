"""What's on as a month calendar: weeks from Sunday, Toronto days (daylight saving time and
midnight included), today in words, months out of range, who sees what, and its query count."""

from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from content.models import Access
from content.selectors.events import month_calendar
from network.models import LHIN
from network.services import TORONTO
from tests.plugin import sign_in
from training.tests.factories_sessions import SessionFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db

ANYONE = AnonymousUser()


def _local(*args) -> datetime:
    return datetime(*args, tzinfo=TORONTO)


def _month_url(year: int, month: int) -> str:
    return reverse("content:event_calendar_month", args=[year, month])


def _days_of(month, title: str) -> list[date]:
    return [
        day.date for week in month.weeks for day in week if title in {e.title for e in day.entries}
    ]


# --- The grid ----------------------------------------------------------------------------------


def test_a_month_starting_on_sunday_fills_four_full_weeks():
    february = month_calendar(ANYONE, 2026, 2)  # 1 February 2026 is a Sunday

    assert len(february.weeks) == 4
    assert february.weeks[0][0].date == date(2026, 2, 1)
    assert february.weeks[-1][-1].date == date(2026, 2, 28)
    assert all(day.in_month for week in february.weeks for day in week)


def test_a_month_starting_on_saturday_takes_six_weeks_with_the_other_months_days_left_empty():
    august = month_calendar(ANYONE, 2026, 8)  # 1 August 2026 is a Saturday

    assert len(august.weeks) == 6
    assert all(len(week) == 7 for week in august.weeks)
    first_week = august.weeks[0]
    assert [day.in_month for day in first_week] == [False] * 6 + [True]
    assert first_week[-1].date == date(2026, 8, 1)
    assert august.weeks[-1][1].date == date(2026, 8, 31)
    assert [d.weekday() for d in august.weekdays] == [6, 0, 1, 2, 3, 4, 5]  # Sunday first


def test_the_grid_is_a_table_with_a_caption_and_day_names_as_column_headers(client):
    response = client.get(_month_url(2026, 8))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<caption id="calendar-caption">August 2026, in Toronto time</caption>' in page
    assert page.count('<th scope="col">') == 7
    assert page.index('<th scope="col">Sunday</th>') < page.index('<th scope="col">Monday</th>')
    assert page.count('<td class="event-calendar__day event-calendar__day--outside">') == 11


def test_events_are_on_their_toronto_day_across_the_spring_change_of_time():
    # 8 March 2026: clocks go from 2:00 to 3:00 in Toronto.
    EventFactory(
        title="Before", starts_at=_local(2026, 3, 8, 0, 30), ends_at=_local(2026, 3, 8, 1, 30)
    )
    EventFactory(
        title="Across", starts_at=_local(2026, 3, 8, 1, 30), ends_at=_local(2026, 3, 8, 3, 30)
    )
    # 23:30 EDT is 03:30 UTC the next day: still the 8th in Toronto.
    EventFactory(
        title="Late", starts_at=_local(2026, 3, 8, 23, 30), ends_at=_local(2026, 3, 8, 23, 59)
    )
    EventFactory(
        title="Early next", starts_at=_local(2026, 3, 9, 0, 15), ends_at=_local(2026, 3, 9, 2)
    )

    march = month_calendar(ANYONE, 2026, 3)

    assert _days_of(march, "Before") == [date(2026, 3, 8)]
    assert _days_of(march, "Across") == [date(2026, 3, 8)]
    assert _days_of(march, "Late") == [date(2026, 3, 8)]
    assert _days_of(march, "Early next") == [date(2026, 3, 9)]


def test_events_are_on_their_toronto_day_across_the_autumn_change_of_time():
    # 1 November 2026: clocks go back from 2:00 to 1:00; 23:30 EST is 04:30 UTC the next day.
    EventFactory(
        title="Late", starts_at=_local(2026, 11, 1, 23, 30), ends_at=_local(2026, 11, 1, 23, 45)
    )
    EventFactory(
        title="Through the night",
        starts_at=_local(2026, 10, 31, 22, 0),
        ends_at=_local(2026, 11, 1, 3, 0),
    )

    november = month_calendar(ANYONE, 2026, 11)
    october = month_calendar(ANYONE, 2026, 10)

    assert _days_of(november, "Late") == [date(2026, 11, 1)]
    assert _days_of(november, "Through the night") == [date(2026, 11, 1)]
    assert _days_of(october, "Through the night") == [date(2026, 10, 31)]


def test_the_month_reads_its_days_from_toronto_midnight_to_midnight():
    # 20:00 on 31 May in Toronto is 00:00 UTC on 1 June: it belongs to May only.
    EventFactory(
        title="May evening", starts_at=_local(2026, 5, 31, 20), ends_at=_local(2026, 5, 31, 22)
    )

    assert _days_of(month_calendar(ANYONE, 2026, 5), "May evening") == [date(2026, 5, 31)]
    assert _days_of(month_calendar(ANYONE, 2026, 6), "May evening") == []


def test_an_event_across_midnight_is_on_both_days_and_continued_on_the_second(client):
    EventFactory(
        title="Overnight vigil", starts_at=_local(2026, 6, 12, 21), ends_at=_local(2026, 6, 13, 2)
    )
    EventFactory(
        title="Ends at midnight", starts_at=_local(2026, 6, 20, 22), ends_at=_local(2026, 6, 21)
    )

    june = month_calendar(ANYONE, 2026, 6)
    page = client.get(_month_url(2026, 6)).content.decode()

    assert _days_of(june, "Overnight vigil") == [date(2026, 6, 12), date(2026, 6, 13)]
    assert _days_of(june, "Ends at midnight") == [date(2026, 6, 20)]
    assert "21:00</time> Overnight vigil" in page
    assert "continued Overnight vigil" in page


def test_a_conference_over_three_days_fills_each_of_them():
    EventFactory(
        title="Annual conference",
        is_conference=True,
        starts_at=_local(2026, 9, 30, 9),
        ends_at=_local(2026, 10, 2, 16),
    )

    september = month_calendar(ANYONE, 2026, 9)
    october = month_calendar(ANYONE, 2026, 10)

    assert _days_of(september, "Annual conference") == [date(2026, 9, 30)]
    assert _days_of(october, "Annual conference") == [date(2026, 10, 1), date(2026, 10, 2)]


def test_training_sessions_are_on_the_calendar_linked_to_training(client):
    session = SessionFactory(
        course__title="Boundaries workshop",
        starts_at=_local(2026, 4, 14, 9),
        ends_at=_local(2026, 4, 14, 15),
        registration_deadline=_local(2026, 4, 10, 9),
    )

    page = client.get(_month_url(2026, 4)).content.decode()

    assert f'href="{reverse("training:session", args=[session.pk])}"' in page
    assert "Boundaries workshop</a> (training)" in page


def test_cancelled_and_conference_entries_are_named_in_words_not_colour(client):
    EventFactory(
        title="Rained out",
        cancelled=True,
        starts_at=_local(2026, 4, 2, 18),
        ends_at=_local(2026, 4, 2, 20),
    )
    EventFactory(
        title="Big one",
        is_conference=True,
        starts_at=_local(2026, 4, 3, 9),
        ends_at=_local(2026, 4, 3, 17),
    )

    page = client.get(_month_url(2026, 4)).content.decode()

    assert "Rained out</a> <strong>(cancelled)</strong>" in page
    assert "Big one</a> (annual conference)" in page


# --- Today, previous and next ------------------------------------------------------------------


@time_machine.travel(_local(2026, 3, 14, 10), tick=False)
def test_this_month_marks_today_in_words(client):
    response = client.get(reverse("content:event_calendar"))

    page = response.content.decode()
    assert "<h1>What's on in March 2026</h1>" in page
    today = page[page.index('aria-current="date"') :]
    assert today.index('datetime="2026-03-14"') < today.index("Today") < 400
    assert page.count('aria-current="date"') == 1


@time_machine.travel(_local(2026, 3, 14, 10), tick=False)
def test_another_month_marks_no_day_as_today_and_offers_the_way_back(client):
    page = client.get(_month_url(2026, 5)).content.decode()

    assert 'aria-current="date"' not in page
    assert f'href="{reverse("content:event_calendar")}">This month' in page


def test_previous_and_next_cross_the_year():
    december = month_calendar(ANYONE, 2026, 12)
    january = month_calendar(ANYONE, 2027, 1)

    assert december.next == date(2027, 1, 1)
    assert january.previous == date(2026, 12, 1)


def test_the_month_links_lead_to_the_neighbouring_months(client):
    page = client.get(_month_url(2026, 12)).content.decode()

    assert f'href="{_month_url(2026, 11)}" rel="prev">Previous month (November 2026)' in page
    assert f'href="{_month_url(2027, 1)}" rel="next">Next month (January 2027)' in page


@pytest.mark.parametrize(("year", "month"), [(2026, 13), (2026, 0), (1, 1), (1999, 12), (2101, 1)])
def test_a_month_out_of_range_is_not_found(client, year, month):
    assert client.get(_month_url(year, month)).status_code == 404


def test_the_first_and_last_months_have_no_link_beyond_them():
    assert month_calendar(ANYONE, 2000, 1).previous is None
    assert month_calendar(ANYONE, 2100, 12).next is None


# --- Who sees what -----------------------------------------------------------------------------


def test_a_members_only_event_is_on_the_calendar_only_for_those_who_may_see_it(
    client, outsider, supporting_member
):
    EventFactory(
        title="Members gathering",
        access=Access.MEMBERS,
        starts_at=_local(2026, 7, 7, 18),
        ends_at=_local(2026, 7, 7, 20),
    )

    signed_out = client.get(_month_url(2026, 7)).content.decode()
    not_member = sign_in(client, outsider).get(_month_url(2026, 7)).content.decode()
    member = sign_in(client, supporting_member).get(_month_url(2026, 7)).content.decode()

    assert "Members gathering" not in signed_out
    assert "Members gathering" not in not_member
    assert "Members gathering</a> (members only)" in member


# --- Speed -------------------------------------------------------------------------------------


def test_the_calendar_costs_the_same_queries_with_60_events_and_sessions(
    client, assert_page_queries
):
    url = _month_url(2026, 7)
    assert_page_queries(url, 4)
    for day in range(30):
        lhin = LHIN.objects.get(number=day % 14 + 1)
        EventFactory(
            lhin=lhin, starts_at=_local(2026, 7, day + 1, 18), ends_at=_local(2026, 7, day + 1, 20)
        )
        SessionFactory(
            lhin=lhin,
            starts_at=_local(2026, 7, day + 1, 9),
            ends_at=_local(2026, 7, day + 1, 12),
            registration_deadline=_local(2026, 6, 1, 9),
        )

    response = assert_page_queries(url, 4)

    assert sum(len(day.entries) for day in response.context["month"].days_with_entries) == 60


def test_the_calendar_for_a_member_costs_a_pinned_number_of_queries(
    client, full_member, assert_page_queries
):
    for day in range(30):
        EventFactory(
            access=Access.MEMBERS,
            starts_at=_local(2026, 7, day + 1, 18),
            ends_at=_local(2026, 7, day + 1, 20) + timedelta(days=1),
        )
    sign_in(client, full_member)

    assert_page_queries(_month_url(2026, 7), 6)
