"""The speaker's side: their engagements, each engagement's page with accept, decline and
withdraw, and the private debrief. Everything here is the speaker's alone: any other person gets
404, and the host's contact never appears (the network is the go-between)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from governance.tests.factories_honoraria import HonorariumFactory
from network.models import OutboundEmail
from speakers.models import Debrief, Offer, SpeakingRequest

from .factories import (
    DebriefFactory,
    OfferFactory,
    SpeakerFactory,
    SpeakingRequestFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/speakers/me/engagements/"


def page(offer: Offer, action: str = "") -> str:
    return f"{LIST}{offer.pk}/{action + '/' if action else ''}"


@pytest.fixture
def me(full_member):
    """The full member, an active speaker."""
    return SpeakerFactory(person=full_member, approved=True, name="River")


def offer_to(speaker, offer_status="offered", **request_fields) -> Offer:
    """An offer to `speaker` in `offer_status`, for a request (matching unless said)."""
    request_fields.setdefault("status", "matching")
    return OfferFactory(
        speaker=speaker, status=offer_status, request=SpeakingRequestFactory(**request_fields)
    )


def past_engagement(speaker, **fields) -> Offer:
    starts = timezone.now() - timedelta(days=3)
    return offer_to(speaker, "accepted", status="completed", starts_at=starts, **fields)


# --- The lists ---------------------------------------------------------------------------------


def test_the_speaker_sees_offers_waiting_upcoming_engagements_and_past_ones(
    client_for, full_member, me
):
    waiting = offer_to(me, event_title="Waiting forum")
    upcoming = offer_to(me, "accepted", status="confirmed", event_title="Confirmed panel")
    past = past_engagement(me, event_title="Past evening")
    declined = offer_to(me, "declined", event_title="Declined talk")
    offer_to(SpeakerFactory(approved=True), event_title="Someone else's")
    client = client_for(full_member)

    shown = {
        key: client.get(LIST, {"show": key}).content.decode()
        for key in ("waiting", "upcoming", "past")
    }

    assert "Waiting forum" in shown["waiting"]
    assert "Waiting for your answer" in shown["waiting"]
    assert "Confirmed panel" not in shown["waiting"]
    assert "Confirmed panel" in shown["upcoming"]
    assert "Confirmed</strong>" in shown["upcoming"]
    assert "Past evening" in shown["past"]
    assert "You spoke at this event" in shown["past"]
    assert "Declined talk" in shown["past"]
    assert "You declined" in shown["past"]
    assert all("Someone else's" not in html for html in shown.values())
    assert "Waiting for your answer (1)" in shown["waiting"]
    assert "Coming up (1)" in shown["waiting"]
    assert "Past and closed (2)" in shown["waiting"]
    for offer in (waiting, upcoming, past, declined):
        assert offer.request.contact_email not in "".join(shown.values())


def test_a_person_who_is_not_a_speaker_sees_an_empty_list(client_for, outsider):
    response = client_for(outsider).get(LIST)

    assert response.status_code == 200
    assert "No offer is waiting for your answer." in response.content.decode()


def test_the_list_is_paginated(client_for, full_member, me):
    for _ in range(21):
        offer_to(me)
    client = client_for(full_member)

    first = client.get(LIST).content.decode()
    second = client.get(LIST, {"show": "waiting", "page": 2}).content.decode()

    assert "Page 1 of 2" in first
    assert first.count('class="card"') == 20
    assert second.count('class="card"') == 1


def test_the_list_runs_a_pinned_number_of_queries(client_for, full_member, me, assert_page_queries):
    offer_to(me)
    client_for(full_member)
    # The savepoint and its release, the user and their roles, the three counts in one query,
    # the page's count and its rows.
    assert_page_queries(LIST, 7)
    for _ in range(5):
        offer_to(me)
        past_engagement(me)
    assert_page_queries(LIST, 7)
    assert_page_queries(LIST + "?show=past", 7)


# --- One engagement ----------------------------------------------------------------------------


def test_an_offer_shows_the_event_and_the_coordinators_contact_never_the_hosts(
    client_for, full_member, me, coordinator
):
    topic = TopicFactory(name="Harm reduction")
    offer = offer_to(
        me,
        event_title="Stigma forum",
        contact_name="Pat Host",
        contact_phone="416-555-0199",
        media_present=True,
        accessibility="ASL interpretation",
        honorarium_offered="175.00",
        speakers_needed=2,
        topics=[topic],
    )

    html = client_for(full_member).get(page(offer)).content.decode()

    for shown in (
        "Stigma forum",
        "Harm reduction",
        "100 Queen St W, Toronto",
        "Health and social service providers, about 40 people",
        "Panel or conference",
        "Media will be present",
        "ASL interpretation",
        "$175.00 per speaker",
        "A pair: you would speak with another speaker",
        "Toronto Coordinator",
        coordinator.email,
        "Accept",
        "Decline",
    ):
        assert shown in html, shown
    for hidden in ("Pat Host", offer.request.contact_email, "416-555-0199"):
        assert hidden not in html


@pytest.mark.parametrize(
    "role",
    ["outsider", "supporting_member", "coordinator", "speakers_reviewer", "network_admin"],
)
def test_anyone_elses_engagement_pages_are_404(client_for, request, me, role):
    offer = past_engagement(me)
    DebriefFactory(offer=offer)
    client = client_for(request.getfixturevalue(role))

    for url in (page(offer), page(offer, "withdraw"), page(offer, "debrief")):
        assert client.get(url).status_code == 404
    for action in ("accept", "decline", "withdraw", "debrief"):
        assert client.post(page(offer, action), {"feeling": "well"}).status_code == 404
    assert Offer.objects.get(pk=offer.pk).status == "accepted"


def test_the_engagement_page_runs_a_pinned_number_of_queries(
    client_for, full_member, me, coordinator, assert_page_queries
):
    offer = offer_to(me, topics=[TopicFactory()])
    client_for(full_member)
    # The savepoint and its release, the user and their roles, the offer with its request, LHIN,
    # speaker, honorarium and debrief, the topics, the coordinators.
    assert_page_queries(page(offer), 7)
    offer.request.topics.add(*TopicFactory.create_batch(5))
    assert_page_queries(page(offer), 7)


def test_accepting_from_the_page_thanks_the_speaker(client_for, full_member, me):
    offer = offer_to(me)
    client = client_for(full_member)

    response = client.post(page(offer, "accept"), follow=True)

    assert response.redirect_chain == [(page(offer), 302)]
    assert "Thank you: you accepted." in response.content.decode()
    assert Offer.objects.get(pk=offer.pk).status == "accepted"
    assert client.get(page(offer, "accept")).status_code == 405


def test_a_place_filled_meanwhile_is_explained_not_an_error(client_for, full_member, me):
    offer = offer_to(me)
    OfferFactory(request=offer.request, status="accepted")

    response = client_for(full_member).post(page(offer, "accept"))

    assert response.status_code == 409
    assert "the place has just been filled" in response.content.decode()
    assert Offer.objects.get(pk=offer.pk).status == "offered"


def test_declining_asks_no_reason(client_for, full_member, me):
    offer = offer_to(me)

    response = client_for(full_member).post(page(offer, "decline"), follow=True)

    assert "You declined." in response.content.decode()
    assert Offer.objects.get(pk=offer.pk).status == "declined"


def test_withdrawing_after_confirmation_asks_to_confirm_then_reopens_the_request(
    client_for, full_member, me, coordinator
):
    offer = offer_to(me, "accepted", status="confirmed")
    client = client_for(full_member)

    detail = client.get(page(offer)).content.decode()
    confirm = client.get(page(offer, "withdraw"))
    response = client.post(page(offer, "withdraw"), follow=True)

    assert "I can no longer come" in detail
    assert "Withdraw from this engagement?" in confirm.content.decode()
    assert "No reason is needed." in confirm.content.decode()
    assert "You withdrew." in response.content.decode()
    assert Offer.objects.get(pk=offer.pk).status == "withdrawn"
    assert SpeakingRequest.objects.get(pk=offer.request_id).status == "matching"
    assert OutboundEmail.objects.filter(to=[offer.request.contact_email]).exists()


def test_withdrawing_an_offer_not_accepted_is_refused_in_words(client_for, full_member, me):
    offer = offer_to(me)

    response = client_for(full_member).post(page(offer, "withdraw"))

    assert response.status_code == 409
    assert "Only an engagement you accepted can be withdrawn from" in response.content.decode()


def test_the_page_links_the_honorarium_the_speaker_may_decline(client_for, full_member, me):
    offer = past_engagement(me)
    offer.honorarium = HonorariumFactory(person=full_member)
    offer.save()

    html = client_for(full_member).get(page(offer)).content.decode()

    assert "An honorarium of $150.00 is recorded for you: Waiting for approval." in html
    assert 'href="/governance/honoraria/mine/"' in html


# --- The debrief -------------------------------------------------------------------------------


def test_the_debrief_waits_until_after_the_event(client_for, full_member, me):
    offer = offer_to(me, "accepted", status="confirmed")

    response = client_for(full_member).get(page(offer, "debrief"), follow=True)

    assert response.redirect_chain == [(page(offer), 302)]
    assert "You can write your debrief after the event." in response.content.decode()
    assert "Write your debrief" not in response.content.decode()


def test_a_declined_offer_has_no_debrief_page(client_for, full_member, me):
    offer = offer_to(me, "declined", status="completed")

    assert client_for(full_member).get(page(offer, "debrief")).status_code == 404


def test_the_debrief_refuses_bad_input_with_its_message_and_keeps_what_was_typed(
    client_for, full_member, me
):
    offer = past_engagement(me)

    response = client_for(full_member).post(
        page(offer, "debrief"), {"feeling": "ecstatic", "notes": "Kept words", "follow_up": "on"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert "Select a valid choice." in html
    assert "Kept words" in html
    assert re.search(r'<input type="checkbox" name="follow_up"[^>]* checked>', html)
    assert not Debrief.objects.exists()


def test_the_speaker_writes_and_later_changes_their_debrief(client_for, full_member, me):
    offer = past_engagement(me)
    client = client_for(full_member)
    assert "Write your debrief" in client.get(page(offer)).content.decode()

    client.post(page(offer, "debrief"), {"feeling": "well", "notes": "First thoughts"})
    response = client.post(
        page(offer, "debrief"), {"feeling": "mixed", "notes": "Second thoughts"}, follow=True
    )

    debrief = Debrief.objects.get()
    assert (debrief.feeling, debrief.notes) == ("mixed", "Second thoughts")
    assert "Saved. Only you can read it." in response.content.decode()
    assert "Read or change your debrief" in response.content.decode()
    assert "Second thoughts" in client.get(page(offer, "debrief")).content.decode()


def test_the_debrief_page_runs_a_pinned_number_of_queries(
    client_for, full_member, me, assert_page_queries
):
    offer = past_engagement(me)
    client_for(full_member)
    # The savepoint and its release, the user and their roles, the offer with its debrief.
    assert_page_queries(page(offer, "debrief"), 5)
    DebriefFactory(offer=offer)
    assert_page_queries(page(offer, "debrief"), 5)


@pytest.mark.parametrize("role", ["coordinator", "network_admin"])
def test_the_debrief_is_never_shown_to_coordinators_or_in_the_admin(client_for, request, me, role):
    offer = past_engagement(me)
    DebriefFactory(offer=offer, follow_up=True)
    client = client_for(request.getfixturevalue(role))

    change = client.get(f"/admin/speakers/speakingrequest/{offer.request_id}/change/")

    assert change.status_code == 200
    assert "DEBRIEF-PRIVATE" not in change.content.decode()
    assert client.get("/admin/speakers/debrief/").status_code == 404
    assert client.get("/admin/speakers/offer/").status_code == 404
    assert client.get(page(offer, "debrief")).status_code == 404


def test_the_debrief_opens_once_the_event_has_ended_and_is_never_cached(
    client_for, full_member, me
):
    offer = offer_to(me, "accepted", status="confirmed")
    with time_machine.travel(offer.request.ends_at + timedelta(minutes=1)):
        response = client_for(full_member).get(page(offer, "debrief"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
