"""Speaking requests in the admin: the coordinators of the request's LHIN (and network
administrators) see it, its host, its steps and its offers; they edit only their own notes, and
take each step from its page or button, every refusal shown as a message, never a 500."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from governance.models import Honorarium
from governance.tests.factories_honoraria import HonorariumRateFactory
from network.models import LHIN, OutboundEmail
from speakers.models import Offer, RequestStatusChange, SpeakingRequest

from .factories import (
    OfferFactory,
    SafetyPlanFactory,
    SpeakerFactory,
    SpeakingRequestFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

ADMIN = "/admin/speakers/speakingrequest/"


def url(request: SpeakingRequest, step: str = "change") -> str:
    return f"{ADMIN}{request.pk}/{step}/"


def north_east() -> LHIN:
    return LHIN.objects.get(number=13)


def text(response) -> str:
    return response.content.decode()


# --- Who sees what -----------------------------------------------------------------------------


def test_a_coordinator_lists_the_requests_of_their_lhin_only(client_for, coordinator):
    SpeakingRequestFactory(event_title="Toronto forum")
    SpeakingRequestFactory(event_title="Sudbury forum", lhin=north_east())

    html = text(client_for(coordinator).get(ADMIN))

    assert "Toronto forum" in html
    assert "Sudbury forum" not in html
    assert "Overview: requests and speakers' engagements" in html


def test_the_network_administrator_lists_every_request(client_for, network_admin):
    SpeakingRequestFactory(event_title="Toronto forum")
    SpeakingRequestFactory(event_title="Sudbury forum", lhin=north_east())

    html = text(client_for(network_admin).get(ADMIN))

    assert "Toronto forum" in html
    assert "Sudbury forum" in html


def test_the_list_filters_by_status_lhin_and_date(client_for, network_admin):
    SpeakingRequestFactory(event_title="Upcoming one", status="matching")
    SpeakingRequestFactory(
        event_title="Past one", status="completed", starts_at=timezone.now() - timedelta(days=9)
    )
    SpeakingRequestFactory(event_title="Northern one", lhin=north_east())
    client = client_for(network_admin)

    assert "Past one" not in text(client.get(ADMIN, {"status__exact": "matching"}))
    assert "Upcoming one" not in text(client.get(ADMIN, {"when": "past"}))
    assert "Past one" not in text(client.get(ADMIN, {"when": "upcoming"}))
    northern = text(client.get(ADMIN, {"lhin__id__exact": north_east().pk}))
    assert "Northern one" in northern
    assert "Upcoming one" not in northern


def test_the_coordinator_of_another_lhin_gets_404_for_the_request_and_its_steps(
    client_for, coordinator_other
):
    request = SpeakingRequestFactory(status="matching")
    offer = OfferFactory(request=request)
    client = client_for(coordinator_other)

    for step in ("change", "history", "offer", "cancel", f"offers/{offer.pk}/cancel"):
        assert client.get(url(request, step)).status_code == 404, step
    for step in ("start-matching", "confirm", "complete", "offer", "cancel"):
        assert client.post(url(request, step), {"speaker": 1, "reason": "x"}).status_code == 404
    assert Offer.objects.get(pk=offer.pk).status == "offered"


def test_the_request_page_shows_the_host_the_steps_and_the_offers_never_a_safety_plan(
    client_for, coordinator
):
    request = SpeakingRequestFactory(
        status="matching", contact_name="Pat Host", contact_phone="416-555-0199"
    )
    offer = OfferFactory(request=request, speaker=SpeakerFactory(approved=True, name="Ash"))
    SafetyPlanFactory(speaker=offer.speaker)
    client = client_for(coordinator)
    client.post(url(request, "confirm"))  # refused: nobody has accepted yet

    html = text(client.get(url(request)))

    for shown in ("Pat Host", request.contact_email, "416-555-0199", "Ash", "Offered"):
        assert shown in html, shown
    assert "0 of 1" in html
    assert "Offer to a speaker" in html
    assert "Cancel the offer to Ash" in html
    assert "SAFETY-PLAN" not in html


def test_the_change_page_runs_a_pinned_number_of_queries(
    client_for, coordinator, assert_page_queries
):
    request = SpeakingRequestFactory(status="matching")
    OfferFactory(request=request)
    client_for(coordinator)
    assert_page_queries(url(request), 12)
    for _ in range(5):
        OfferFactory(request=request, offered_by=coordinator)
        RequestStatusChange.objects.create(
            request=request, from_status="received", to_status="matching", actor=coordinator
        )
    assert_page_queries(url(request), 12)


def test_the_list_runs_a_pinned_number_of_queries(client_for, coordinator, assert_page_queries):
    SpeakingRequestFactory()
    client_for(coordinator)
    assert_page_queries(ADMIN, 12)
    for _ in range(5):
        OfferFactory(request=SpeakingRequestFactory(status="matching"))
    assert_page_queries(ADMIN, 12)


# --- The coordinators' notes -------------------------------------------------------------------


def test_a_coordinator_edits_their_notes_and_nothing_the_host_wrote(client_for, coordinator):
    request = SpeakingRequestFactory(event_title="As the host wrote it")

    response = client_for(coordinator).post(
        url(request),
        {
            "coordinator_note": "Called the host: they need a step-free stage.",
            "event_title": "Changed by a coordinator",
            "contact_email": "changed@example.net",
            "offers-TOTAL_FORMS": "0",
            "offers-INITIAL_FORMS": "0",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.coordinator_note == "Called the host: they need a step-free stage."
    assert request.event_title == "As the host wrote it"
    assert request.contact_email != "changed@example.net"


# --- The steps ---------------------------------------------------------------------------------


def test_a_coordinator_starts_matching_with_one_button(client_for, coordinator):
    request = SpeakingRequestFactory()
    client = client_for(coordinator)
    assert "Start matching" in text(client.get(url(request)))

    response = client.post(url(request, "start-matching"), follow=True)

    assert "Matching has started" in text(response)
    request.refresh_from_db()
    assert request.status == "matching"
    assert request.changes.get().actor == coordinator
    assert client.get(url(request, "start-matching")).status_code == 405


def test_the_candidates_show_what_matters_to_the_choice(client_for, coordinator):
    housing, stigma = TopicFactory(name="Housing"), TopicFactory(name="Stigma")
    request = SpeakingRequestFactory(status="matching", topics=[housing, stigma])
    SpeakerFactory(
        approved=True,
        name="Best Fit",
        topics=[housing, stigma],
        formats=["panel"],
        languages=["en", "fr"],
        monthly_limit=2,
    )
    far = SpeakerFactory(
        approved=True,
        name="Far Away",
        home_lhin=north_east(),
        travel="ontario",
        monthly_limit=1,
    )
    OfferFactory(
        speaker=far,
        status="accepted",
        request=SpeakingRequestFactory(status="confirmed", starts_at=request.starts_at),
    )
    SpeakerFactory(approved=True, paused=True, name="Resting")
    SpeakerFactory(submitted=True, name="Applicant")

    html = text(client_for(coordinator).get(url(request, "offer")))

    assert html.index("Best Fit") < html.index("Far Away")
    assert "Housing, Stigma" in html
    assert "Serves this LHIN" in html
    assert "Travels anywhere in Ontario" in html
    assert "Panel or conference" in html
    assert "English, French" in html
    assert "0 of 2" in html
    assert "1 of 1" in html
    assert "Far Away already has 1 engagement in" in html
    assert html.count('name="speaker"') == 1  # only Best Fit can be offered it
    assert "Resting" not in html
    assert "Applicant" not in html


def test_offering_a_speaker_emails_them_and_returns_to_the_request(client_for, coordinator):
    request = SpeakingRequestFactory(status="matching")
    speaker = SpeakerFactory(approved=True, name="Ash")

    response = client_for(coordinator).post(url(request, "offer"), {"speaker": speaker.pk})

    assert response.status_code == 302
    assert response["Location"] == url(request)
    offer = Offer.objects.get()
    assert (offer.speaker, offer.offered_by, offer.status) == (speaker, coordinator, "offered")
    assert OutboundEmail.objects.filter(to=[speaker.person.email]).count() == 1


@pytest.mark.parametrize(
    ("speaker_fields", "reason"),
    [
        ({"approved": True, "paused": True, "name": "Ash"}, "Ash has paused"),
        ({"submitted": True, "name": "Ash"}, "Ash is not an approved speaker."),
    ],
)
def test_offering_a_speaker_who_cannot_be_offered_is_refused_with_the_reason(
    client_for, coordinator, speaker_fields, reason
):
    request = SpeakingRequestFactory(status="matching")
    refused = SpeakerFactory(**speaker_fields)

    response = client_for(coordinator).post(url(request, "offer"), {"speaker": refused.pk})

    assert response.status_code == 400
    assert reason in text(response)
    assert not Offer.objects.exists()


def test_an_unknown_speaker_is_refused_with_a_message(client_for, coordinator):
    request = SpeakingRequestFactory(status="matching")

    response = client_for(coordinator).post(url(request, "offer"), {"speaker": "999999"})

    assert response.status_code == 400
    assert "That speaker is not in the list" in text(response)


def test_the_candidates_page_runs_a_pinned_number_of_queries(
    client_for, coordinator, assert_page_queries
):
    topics = TopicFactory.create_batch(3)
    request = SpeakingRequestFactory(status="matching", topics=topics)
    SpeakerFactory(approved=True, topics=topics)
    client_for(coordinator)
    assert_page_queries(url(request, "offer"), 11)
    for _ in range(5):
        OfferFactory(request=request, speaker=SpeakerFactory(approved=True, topics=topics[:2]))
    assert_page_queries(url(request, "offer"), 11)


def test_confirming_twice_shows_the_second_coordinator_a_message_not_an_error(
    client_for, coordinator, network_admin
):
    request = SpeakingRequestFactory(status="matching")
    OfferFactory(request=request, status="accepted")
    client_for(coordinator).post(url(request, "confirm"))

    response = client_for(network_admin).post(url(request, "confirm"), follow=True)

    assert response.status_code == 200
    assert "This request is already confirmed: nothing more to do." in text(response)
    assert OutboundEmail.objects.filter(to=[request.contact_email]).count() == 1


def test_completing_after_the_event_tells_the_coordinator_what_was_recorded(
    client_for, coordinator
):
    HonorariumRateFactory(unit="event", amount="150.00")
    request = SpeakingRequestFactory(status="confirmed")
    OfferFactory(request=request, status="accepted")
    OfferFactory(
        request=request,
        status="accepted",
        speaker=SpeakerFactory(approved=True, name="Vol", honorarium_preference="volunteer"),
    )
    client = client_for(coordinator)
    assert "Mark completed" not in text(client.get(url(request)))

    with time_machine.travel(request.ends_at + timedelta(minutes=5)):
        assert "Mark completed" in text(client.get(url(request)))
        response = client.post(url(request, "complete"), follow=True)
        again = client.post(url(request, "complete"), follow=True)

    html = text(response)
    assert "Marked completed." in html
    assert "1 honorarium is recorded" in html
    assert "Vol speaks as a volunteer" in html
    assert "already marked completed" in text(again)
    assert Honorarium.objects.count() == 1


def test_cancelling_a_request_needs_a_reason_and_tells_the_host(client_for, coordinator):
    request = SpeakingRequestFactory(status="matching")
    offer = OfferFactory(request=request)
    client = client_for(coordinator)

    empty = client.post(url(request, "cancel"), {"reason": "  "})
    done = client.post(url(request, "cancel"), {"reason": "No speaker is free that week."})

    assert empty.status_code == 400
    assert "Say why the request is cancelled" in text(empty)
    assert done.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.cancel_reason) == ("cancelled", "No speaker is free that week.")
    assert Offer.objects.get(pk=offer.pk).status == "cancelled"
    host = OutboundEmail.objects.get(to=[request.contact_email])
    assert "No speaker is free that week." in host.body_text


def test_a_coordinator_cancels_an_offer_after_confirming_it(client_for, coordinator):
    request = SpeakingRequestFactory(status="matching")
    offer = OfferFactory(request=request, speaker=SpeakerFactory(approved=True, name="Ash"))
    client = client_for(coordinator)

    page = client.get(url(request, f"offers/{offer.pk}/cancel"))
    response = client.post(url(request, f"offers/{offer.pk}/cancel"), follow=True)

    assert "Cancel the offer to Ash" in text(page)
    assert "The offer to Ash is cancelled" in text(response)
    assert Offer.objects.get(pk=offer.pk).status == "cancelled"


# --- The overview ------------------------------------------------------------------------------


def test_the_overview_counts_requests_by_state_for_the_coordinators_lhins(client_for, coordinator):
    for status in ("received", "received", "matching", "confirmed", "cancelled"):
        SpeakingRequestFactory(status=status)
    SpeakingRequestFactory(status="received", lhin=north_east())

    response = client_for(coordinator).get(f"{ADMIN}overview/")

    rows = response.context["rows"]
    assert [row.lhin.number for row in rows] == [7]
    assert rows[0].counts == [2, 1, 1, 0, 1]
    assert rows[0].total == 5
    assert "North East" not in text(response)


def test_the_overview_flags_speakers_at_or_over_their_limit_in_words(client_for, coordinator):
    now = timezone.now()
    at_limit = SpeakerFactory(approved=True, name="Full Month", monthly_limit=1)
    over = SpeakerFactory(approved=True, name="Over Month", monthly_limit=1)
    SpeakerFactory(approved=True, name="Free Month", monthly_limit=2)
    SpeakerFactory(approved=True, name="Elsewhere", home_lhin=north_east())
    for speaker, count in ((at_limit, 1), (over, 2)):
        for _ in range(count):
            OfferFactory(
                speaker=speaker,
                status="accepted",
                request=SpeakingRequestFactory(status="confirmed", starts_at=now),
            )

    html = text(client_for(coordinator).get(f"{ADMIN}overview/"))

    assert "At their limit" in html
    assert "Over their limit" in html
    assert "Room for 2 more" in html
    assert "Elsewhere" not in html
    assert html.index("Over Month") < html.index("Full Month") < html.index("Free Month")


def test_the_overview_runs_a_pinned_number_of_queries(client_for, coordinator, assert_page_queries):
    SpeakingRequestFactory()
    SpeakerFactory(approved=True)
    client_for(coordinator)
    assert_page_queries(f"{ADMIN}overview/", 10)
    for _ in range(5):
        OfferFactory(
            status="accepted",
            request=SpeakingRequestFactory(status="confirmed", starts_at=timezone.now()),
        )
    assert_page_queries(f"{ADMIN}overview/", 10)


def test_other_staff_may_not_open_the_overview(client_for, content_editor, treasurer):
    for person in (content_editor, treasurer):
        assert client_for(person).get(f"{ADMIN}overview/").status_code == 403
