"""Events in the admin (content editors and network administrators), the sitemap's events and
the demo's."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from content.demo import events as demo
from content.models import Access, Event, Status
from network.models import LHIN, AuditEntry
from tests.plugin import sign_in

from .factories import EventFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:content_event_add")
CHANGELIST = reverse("admin:content_event_changelist")


def _form(**changes) -> dict:
    starts = timezone.localtime(timezone.now() + timedelta(days=10))
    data = {
        "title": "Peer circle",
        "title_fr": "Cercle de pairs",
        "slug": "peer-circle",
        "summary": "An evening circle.",
        "summary_fr": "Un cercle du soir.",
        "starts_at_0": starts.strftime("%Y-%m-%d"),
        "starts_at_1": "18:00:00",
        "ends_at_0": starts.strftime("%Y-%m-%d"),
        "ends_at_1": "20:00:00",
        "place": "519 Church Street, Toronto",
        "online_url": "",
        "lhin": LHIN.objects.get(number=7).pk,
        "audiences": ["peers", "families"],
        "registration_url": "",
        "description": "<p>Come as you are.</p><script>alert(1)</script>",
        "description_fr": "<p>Venez comme vous êtes.</p>",
        "status": Status.PUBLISHED,
        "access": Access.PUBLIC,
    }
    data.update(changes)
    return data


def test_an_editor_adds_an_event_that_is_saved_cleaned_recorded_and_listed(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(ADD, _form())

    assert response.status_code == 302
    event = Event.objects.get(slug="peer-circle")
    assert event.audiences == ["peers", "families"]
    assert "<script>" not in event.description
    assert event.updated_by == content_editor
    assert timezone.localtime(event.starts_at).hour == 18
    assert AuditEntry.objects.filter(action="content.event.saved", target_id=str(event.pk)).exists()
    assert "Peer circle" in client.get("/events/").content.decode()


def test_an_event_ending_before_it_starts_is_refused_at_the_end_field_keeping_what_was_typed(
    client, content_editor
):
    sign_in(client, content_editor)

    response = client.post(ADD, _form(ends_at_1="17:00:00"))

    page = response.content.decode()
    assert response.status_code == 400
    assert "The event must end after it starts." in page
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["ends_at"]
    assert 'value="Peer circle"' in page
    assert not Event.objects.exists()


def test_an_event_ending_when_it_starts_is_refused_too(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(ADD, _form(ends_at_1="18:00:00"))

    assert response.status_code == 400
    assert "ends_at" in response.context["adminform"].form.errors


def test_an_event_with_neither_a_place_nor_an_online_link_is_refused_at_the_place(
    client, content_editor
):
    sign_in(client, content_editor)

    response = client.post(ADD, _form(place="  "))

    assert response.status_code == 400
    assert response.context["adminform"].form.errors["place"] == [
        "Give a place, an online link, or both."
    ]


def test_an_online_event_needs_no_place(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(ADD, _form(place="", online_url="meet.example.org/circle", lhin=""))

    assert response.status_code == 302
    event = Event.objects.get()
    assert event.online_url == "https://meet.example.org/circle"
    assert event.lhin is None


def test_an_event_cannot_take_the_calendar_s_address(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(ADD, _form(slug="calendar"))

    assert response.status_code == 400
    assert "taken by the calendar" in response.content.decode()


def test_a_network_administrator_edits_events_too(client, network_admin):
    event = EventFactory()
    sign_in(client, network_admin)

    response = client.post(
        reverse("admin:content_event_change", args=[event.pk]),
        _form(title="Renamed", slug=event.slug),
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Renamed"


def test_the_admin_list_marks_cancelled_events_and_costs_few_queries(
    client, content_editor, assert_page_queries
):
    for number in range(30):
        EventFactory(lhin=LHIN.objects.get(number=number % 14 + 1), cancelled=number == 0)
    sign_in(client, content_editor)

    response = assert_page_queries(CHANGELIST, 12)

    page = response.content.decode()
    assert page.count("<strong>Cancelled</strong>") == 1


def test_the_cancel_action_marks_events_cancelled_once_and_keeps_them(client, content_editor):
    first, second = EventFactory(), EventFactory(cancelled=True)
    sign_in(client, content_editor)

    response = client.post(
        CHANGELIST,
        {"action": "cancel_selected", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )

    first.refresh_from_db()
    assert first.cancelled is True
    assert Event.objects.count() == 2
    assert "1 event marked as cancelled" in response.content.decode()
    assert AuditEntry.objects.filter(action="content.event.cancelled").count() == 1


def test_a_coordinator_may_not_edit_events(client, coordinator):
    sign_in(client, coordinator)

    assert client.post(ADD, _form()).status_code == 403
    assert not Event.objects.exists()


# --- Sitemap -----------------------------------------------------------------------------------


def test_the_sitemap_lists_public_published_events_only(client):
    public = EventFactory(slug="open-circle")
    EventFactory(slug="members-circle", access=Access.MEMBERS)
    EventFactory(slug="draft-circle", status=Status.DRAFT)

    body = client.get("/sitemap.xml").content.decode()

    assert public.get_absolute_url() in body
    assert "members-circle" not in body
    assert "draft-circle" not in body


# --- Demo --------------------------------------------------------------------------------------


def test_the_demo_fills_three_months_and_can_run_twice():
    demo.seed()
    demo.seed()

    events = Event.objects.all()
    today = timezone.localdate()
    assert events.count() == 12
    assert events.filter(is_conference=True).count() == 1
    assert events.filter(access=Access.MEMBERS).count() == 1
    assert events.filter(cancelled=True).count() == 1
    assert events.filter(lhin__isnull=True).exists()
    assert events.exclude(lhin__isnull=True).values("lhin").distinct().count() >= 5
    assert events.exclude(online_url="").exists()
    assert events.exclude(place="").exists()
    assert not events.filter(title_fr="").exists()
    assert all(e.ends_at > e.starts_at for e in events)
    conference = events.get(slug=demo.CONFERENCE_SLUG)
    assert (
        timezone.localtime(conference.ends_at).date()
        - timezone.localtime(conference.starts_at).date()
    ).days == 2
    assert min(timezone.localtime(e.starts_at).date() for e in events) <= today + timedelta(days=3)
    assert max(timezone.localtime(e.starts_at).date() for e in events) > today + timedelta(days=45)
    for event in events:
        event.full_clean()
