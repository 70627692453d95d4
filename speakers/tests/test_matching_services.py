"""The request journey through the matching services: a request is matched, offered, accepted by
a pair, confirmed, completed, given feedback and turned into honoraria, with the emails each step
sends; and every refusal on the way, with the words the person reads."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from governance.models import Honorarium
from governance.services.honoraria import honorarium_decline
from governance.tests.factories_honoraria import HonorariumRateFactory
from network.models import LHIN, AuditEntry, OutboundEmail
from speakers.models import Debrief, Offer, RequestStatusChange, SpeakingRequest
from speakers.services import matching as services
from speakers.services.matching import MatchingError

from .factories import (
    HostFeedbackFactory,
    OfferFactory,
    SpeakerFactory,
    SpeakingRequestFactory,
)

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
# A fixed "now" for the tests that count engagements by month.
MAY_FIRST = datetime(2026, 5, 1, 9, 0, tzinfo=TORONTO)


def emails_to(address: str) -> list[OutboundEmail]:
    return list(OutboundEmail.objects.filter(to=[address]).order_by("pk"))


def subjects_to(address: str) -> list[str]:
    return [email.subject for email in emails_to(address)]


def matching(**fields) -> SpeakingRequest:
    return SpeakingRequestFactory(status="matching", **fields)


def speaker(**fields):
    return SpeakerFactory(approved=True, **fields)


def accepted(request, **speaker_fields) -> Offer:
    return OfferFactory(request=request, speaker=speaker(**speaker_fields), status="accepted")


# --- The journey -------------------------------------------------------------------------------


def test_a_request_goes_from_received_to_honoraria_with_every_email(coordinator):
    rate = HonorariumRateFactory(activity="Speaking engagement", unit="event", amount="150.00")
    request = SpeakingRequestFactory(speakers_needed=2, event_title="Stigma at work")
    river = speaker(name="River", honorarium_preference="accept")
    sam = speaker(name="Sam", honorarium_preference="volunteer")

    services.request_matching_start(request_id=request.pk, actor=coordinator)
    offers = [
        services.offer_make(request_id=request.pk, speaker_id=s.pk, actor=coordinator)
        for s in (river, sam)
    ]
    request.refresh_from_db()
    assert request.status == "matching"
    # The offer's subject tells nothing of the event; its body links to the speaker's page.
    new = emails_to(river.person.email)[0]
    assert new.subject == "A speaking engagement is offered to you"
    assert f"/speakers/me/engagements/{offers[0].pk}/" in new.body_text
    assert "Stigma at work" not in new.subject

    services.offer_accept(offer_id=offers[0].pk, person=river.person)
    services.offer_accept(offer_id=offers[1].pk, person=sam.person)
    told = emails_to(coordinator.email)
    assert [e.subject for e in told] == [f"A speaker accepted an offer ({request.reference})"] * 2
    assert "Every place is now filled" not in told[0].body_text
    assert "Every place is now filled" in told[1].body_text

    services.request_confirm(request_id=request.pk, actor=coordinator)
    request.refresh_from_db()
    assert request.status == "confirmed"
    assert request.confirmed_at is not None
    assert subjects_to(request.contact_email) == [
        f"Your speaker request is confirmed ({request.reference})"
    ]
    host_email = emails_to(request.contact_email)[0].body_text
    assert "- River" in host_email
    assert "- Sam" in host_email
    assert river.person.email not in host_email
    for person in (river.person, sam.person):
        assert "Your speaking engagement is confirmed" in subjects_to(person.email)
        # The speakers never get the host's contact: the network is the go-between.
        assert all(request.contact_email not in e.body_text for e in emails_to(person.email))

    with time_machine.travel(request.ends_at + timedelta(hours=1)):
        completion = services.request_complete(request_id=request.pk, actor=coordinator)
    request.refresh_from_db()
    assert request.status == "completed"
    assert request.feedback_invited_at is not None
    assert subjects_to(request.contact_email)[-1] == "How did “Stigma at work” go?"
    for person in (river.person, sam.person):
        assert subjects_to(person.email)[-1] == "How are you after your talk?"
    invitation = emails_to(river.person.email)[-1].body_text
    assert f"/speakers/me/engagements/{offers[0].pk}/debrief/" in invitation
    assert "An honorarium of $150.00 is recorded for you." in invitation
    assert "/governance/honoraria/mine/" in invitation
    assert "honorarium" not in emails_to(sam.person.email)[-1].body_text
    # River accepts honoraria: one record at the rate, in the request's LHIN (no membership);
    # Sam speaks as a volunteer: none, and the coordinator is told why.
    honorarium = Honorarium.objects.get()
    assert completion.honoraria == [honorarium]
    assert honorarium.person == river.person
    assert (honorarium.amount, honorarium.rate, honorarium.lhin) == (
        Decimal("150.00"),
        rate,
        request.lhin,
    )
    assert honorarium.activity == "Spoke at “Stigma at work”"
    assert honorarium.activity_date == timezone.localdate(request.starts_at)
    assert Offer.objects.get(pk=offers[0].pk).honorarium == honorarium
    assert completion.notes == ["Sam speaks as a volunteer: no honorarium is recorded."]

    feedback = HostFeedbackFactory(request=request, rating=4)
    assert request.feedback == feedback
    # The speaker may decline it, as any honorarium.
    honorarium_decline(honorarium_id=honorarium.pk, person=river.person)
    assert Honorarium.objects.get().status == "declined"
    steps = list(request.changes.values_list("to_status", "actor"))
    assert steps == [
        ("matching", coordinator.pk),
        ("confirmed", coordinator.pk),
        ("completed", coordinator.pk),
    ]


def test_completing_twice_creates_nothing_twice(coordinator):
    HonorariumRateFactory(unit="event")
    request = SpeakingRequestFactory(status="confirmed")
    accepted(request)
    with time_machine.travel(request.ends_at + timedelta(minutes=1)):
        services.request_complete(request_id=request.pk, actor=coordinator)
        emails = OutboundEmail.objects.count()

        with pytest.raises(MatchingError, match="already marked completed"):
            services.request_complete(request_id=request.pk, actor=coordinator)

    assert Honorarium.objects.count() == 1
    assert OutboundEmail.objects.count() == emails
    assert request.changes.filter(to_status="completed").count() == 1


def test_the_honorarium_is_what_the_host_offered_before_the_rate(coordinator):
    HonorariumRateFactory(unit="event", amount="150.00")
    request = SpeakingRequestFactory(status="confirmed", honorarium_offered=Decimal("225.00"))
    accepted(request)
    with time_machine.travel(request.ends_at + timedelta(minutes=1)):
        services.request_complete(request_id=request.pk, actor=coordinator)

    honorarium = Honorarium.objects.get()
    assert (honorarium.amount, honorarium.rate) == (Decimal("225.00"), None)


def test_without_an_offer_or_a_rate_per_event_no_honorarium_is_made_and_the_coordinator_is_told(
    coordinator,
):
    HonorariumRateFactory(unit="hour")  # a rate, but not per event
    HonorariumRateFactory(unit="event", active=False)
    request = SpeakingRequestFactory(status="confirmed")
    offer = accepted(request, name="Robin")
    with time_machine.travel(request.ends_at + timedelta(minutes=1)):
        completion = services.request_complete(request_id=request.pk, actor=coordinator)

    assert not Honorarium.objects.exists()
    assert completion.notes == [
        "No honorarium was recorded for Robin: the host offered none and no rate per event is "
        "active. Record it under Honoraria if one is due."
    ]
    assert Offer.objects.get(pk=offer.pk).honorarium is None
    assert SpeakingRequest.objects.get(pk=request.pk).status == "completed"


def test_a_request_cannot_be_marked_completed_before_its_event_ends(coordinator):
    request = SpeakingRequestFactory(status="confirmed")
    accepted(request)

    with (
        time_machine.travel(request.starts_at + timedelta(minutes=30)),
        pytest.raises(MatchingError, match="has not ended yet"),
    ):
        services.request_complete(request_id=request.pk, actor=coordinator)

    assert SpeakingRequest.objects.get(pk=request.pk).status == "confirmed"
    assert not OutboundEmail.objects.exists()


# --- Offering: every refusal has its reason ----------------------------------------------------


@pytest.mark.parametrize(
    ("speaker_fields", "reason"),
    [
        ({"approved": True, "paused": True, "name": "Ash"}, "Ash has paused"),
        ({"submitted": True, "name": "Ash"}, "Ash is not an approved speaker."),
    ],
)
def test_a_paused_or_not_approved_speaker_cannot_be_offered_a_request(
    coordinator, speaker_fields, reason
):
    request = matching()
    refused = SpeakerFactory(**speaker_fields)

    with pytest.raises(MatchingError, match=reason):
        services.offer_make(request_id=request.pk, speaker_id=refused.pk, actor=coordinator)

    assert not Offer.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_speaker_already_offered_the_request_is_not_offered_it_twice(coordinator):
    request = matching()
    offered = speaker(name="Ash")
    services.offer_make(request_id=request.pk, speaker_id=offered.pk, actor=coordinator)

    with pytest.raises(MatchingError, match=r"Ash has already been offered this request\."):
        services.offer_make(request_id=request.pk, speaker_id=offered.pk, actor=coordinator)

    assert Offer.objects.count() == 1


def test_a_speaker_who_declined_is_not_asked_again_but_a_cancelled_offer_may_be_renewed(
    coordinator,
):
    request = matching()
    declined = OfferFactory(request=request, status="declined", speaker=speaker(name="Ash"))
    taken_back = OfferFactory(request=request, status="cancelled", speaker=speaker(name="Bo"))

    with pytest.raises(MatchingError, match="Ash has already answered this request"):
        services.offer_make(
            request_id=request.pk, speaker_id=declined.speaker_id, actor=coordinator
        )
    renewed = services.offer_make(
        request_id=request.pk, speaker_id=taken_back.speaker_id, actor=coordinator
    )

    assert renewed.status == "offered"


@time_machine.travel(MAY_FIRST)
def test_a_speaker_at_their_own_monthly_limit_is_refused_with_the_month_named(coordinator):
    busy = speaker(name="Ash", monthly_limit=2)
    # Two accepted engagements in May in Toronto: one on the 31st at 23:30, which is already
    # June in UTC.
    for starts in (
        datetime(2026, 5, 12, 18, 0, tzinfo=TORONTO),
        datetime(2026, 5, 31, 23, 30, tzinfo=TORONTO),
    ):
        OfferFactory(
            speaker=busy,
            status="accepted",
            request=SpeakingRequestFactory(status="confirmed", starts_at=starts),
        )
    # Neither counts: a cancelled request in May, and an engagement in June.
    OfferFactory(
        speaker=busy,
        status="accepted",
        request=SpeakingRequestFactory(
            status="cancelled", starts_at=datetime(2026, 5, 20, 18, 0, tzinfo=TORONTO)
        ),
    )
    OfferFactory(
        speaker=busy,
        status="accepted",
        request=SpeakingRequestFactory(
            status="confirmed", starts_at=datetime(2026, 6, 1, 0, 30, tzinfo=TORONTO)
        ),
    )
    may = matching(starts_at=datetime(2026, 5, 26, 18, 0, tzinfo=TORONTO))
    june = matching(starts_at=datetime(2026, 6, 16, 18, 0, tzinfo=TORONTO))

    with pytest.raises(MatchingError) as refused:
        services.offer_make(request_id=may.pk, speaker_id=busy.pk, actor=coordinator)
    offered = services.offer_make(request_id=june.pk, speaker_id=busy.pk, actor=coordinator)

    assert refused.value.message == (
        "Ash already has 2 engagements in May 2026: their own limit is 2."
    )
    assert offered.request == june


def test_offers_are_made_only_while_matching_and_before_the_event(coordinator):
    received = SpeakingRequestFactory()
    started = matching(starts_at=timezone.now() - timedelta(minutes=5))
    someone = speaker()

    with pytest.raises(MatchingError, match="“Received”: speakers are offered only while"):
        services.offer_make(request_id=received.pk, speaker_id=someone.pk, actor=coordinator)
    with pytest.raises(MatchingError, match="already started"):
        services.offer_make(request_id=started.pk, speaker_id=someone.pk, actor=coordinator)


def test_no_more_offers_once_enough_speakers_have_accepted(coordinator):
    request = matching()
    accepted(request)

    with pytest.raises(MatchingError, match="confirm the request instead"):
        services.offer_make(request_id=request.pk, speaker_id=speaker().pk, actor=coordinator)


def test_matching_starts_once_and_not_for_an_event_already_past(coordinator):
    request = SpeakingRequestFactory()
    past = SpeakingRequestFactory(starts_at=timezone.now() - timedelta(days=1))
    services.request_matching_start(request_id=request.pk, actor=coordinator)

    with pytest.raises(MatchingError, match="Matching has already started"):
        services.request_matching_start(request_id=request.pk, actor=coordinator)
    with pytest.raises(MatchingError, match="already started or passed"):
        services.request_matching_start(request_id=past.pk, actor=coordinator)

    assert RequestStatusChange.objects.filter(request=request).count() == 1


# --- Confirming --------------------------------------------------------------------------------


def test_a_request_in_the_past_cannot_be_confirmed(coordinator):
    request = matching()
    accepted(request)

    with (
        time_machine.travel(request.starts_at + timedelta(minutes=1)),
        pytest.raises(MatchingError, match="date has passed, so it can no longer be confirmed"),
    ):
        services.request_confirm(request_id=request.pk, actor=coordinator)

    assert SpeakingRequest.objects.get(pk=request.pk).status == "matching"
    assert not OutboundEmail.objects.exists()


def test_a_pair_is_confirmed_only_when_both_speakers_have_accepted(coordinator):
    request = matching(speakers_needed=2)
    accepted(request)

    with pytest.raises(MatchingError, match="1 of 2 speakers have accepted so far"):
        services.request_confirm(request_id=request.pk, actor=coordinator)


def test_confirming_twice_tells_the_second_coordinator_and_emails_nobody_twice(
    coordinator, network_admin
):
    request = matching()
    offer = accepted(request)
    services.request_confirm(request_id=request.pk, actor=coordinator)

    with pytest.raises(MatchingError) as second:
        services.request_confirm(request_id=request.pk, actor=network_admin)

    assert second.value.message == "This request is already confirmed: nothing more to do."
    assert len(emails_to(request.contact_email)) == 1
    assert len(emails_to(offer.speaker.person.email)) == 1
    assert request.changes.filter(to_status="confirmed").count() == 1


def test_confirming_closes_the_offers_still_waiting_and_tells_those_speakers(coordinator):
    request = matching()
    accepted(request)
    waiting = OfferFactory(request=request)

    services.request_confirm(request_id=request.pk, actor=coordinator)

    waiting.refresh_from_db()
    assert waiting.status == "cancelled"
    email = emails_to(waiting.speaker.person.email)[-1]
    assert email.subject == "A speaking offer no longer needs your answer"
    assert "are now all found" in email.body_text


# --- Speakers' answers -------------------------------------------------------------------------


def test_the_second_speaker_to_accept_the_last_place_is_told_it_is_filled(coordinator):
    request = matching()
    first, second = OfferFactory(request=request), OfferFactory(request=request)
    services.offer_accept(offer_id=first.pk, person=first.speaker.person)

    with pytest.raises(MatchingError, match="the place has just been filled"):
        services.offer_accept(offer_id=second.pk, person=second.speaker.person)

    assert Offer.objects.get(pk=second.pk).status == "offered"
    assert len(emails_to(coordinator.email)) == 1


@time_machine.travel(MAY_FIRST)
def test_a_speaker_cannot_accept_past_their_own_monthly_limit():
    busy = speaker(monthly_limit=1)
    OfferFactory(
        speaker=busy,
        status="accepted",
        request=SpeakingRequestFactory(
            status="confirmed", starts_at=datetime(2026, 5, 8, 18, 0, tzinfo=TORONTO)
        ),
    )
    offer = OfferFactory(
        speaker=busy, request=matching(starts_at=datetime(2026, 5, 22, 18, 0, tzinfo=TORONTO))
    )

    with pytest.raises(MatchingError) as refused:
        services.offer_accept(offer_id=offer.pk, person=busy.person)

    assert refused.value.message == (
        "You already have 1 engagement in May 2026, your own limit. Decline this one, or raise "
        "your limit in your speaker profile first."
    )
    assert Offer.objects.get(pk=offer.pk).status == "offered"


def test_a_paused_speaker_can_still_accept_decline_and_withdraw(coordinator):
    paused = speaker(paused=True)
    to_accept = OfferFactory(speaker=paused, request=matching())
    to_decline = OfferFactory(speaker=paused, request=matching())

    services.offer_accept(offer_id=to_accept.pk, person=paused.person)
    services.offer_decline(offer_id=to_decline.pk, person=paused.person)
    services.offer_withdraw(offer_id=to_accept.pk, person=paused.person)

    assert Offer.objects.get(pk=to_accept.pk).status == "withdrawn"
    assert Offer.objects.get(pk=to_decline.pk).status == "declined"


def test_declining_needs_no_reason_and_tells_the_coordinators(coordinator):
    request = matching()
    offer = OfferFactory(request=request, speaker=speaker(name="Ash"))

    services.offer_decline(offer_id=offer.pk, person=offer.speaker.person)

    offer.refresh_from_db()
    assert (offer.status, offer.responded_at is not None) == ("declined", True)
    email = emails_to(coordinator.email)[0]
    assert email.subject == f"A speaker declined an offer ({request.reference})"
    assert "Ash declined" in email.body_text


def test_an_offer_is_answered_once(coordinator):
    offer = OfferFactory(request=matching())
    services.offer_decline(offer_id=offer.pk, person=offer.speaker.person)

    with pytest.raises(MatchingError, match=r"You declined this offer\."):
        services.offer_accept(offer_id=offer.pk, person=offer.speaker.person)


def test_nobody_answers_an_offer_that_is_not_theirs(full_member):
    offer = OfferFactory(request=matching())

    with pytest.raises(Offer.DoesNotExist):
        services.offer_accept(offer_id=offer.pk, person=full_member)


def test_withdrawing_after_confirmation_sends_the_request_back_to_matching_and_tells_the_host(
    coordinator,
):
    request = matching(speakers_needed=2)
    staying, leaving = accepted(request), accepted(request, name="Ash")
    services.request_confirm(request_id=request.pk, actor=coordinator)

    services.offer_withdraw(offer_id=leaving.pk, person=leaving.speaker.person)

    request.refresh_from_db()
    assert (request.status, request.confirmed_at) == ("matching", None)
    step = request.changes.last()
    assert (step.from_status, step.to_status, step.actor) == (
        "confirmed",
        "matching",
        leaving.speaker.person,
    )
    assert subjects_to(request.contact_email)[-1] == (
        f"A speaker can no longer attend ({request.reference})"
    )
    assert "Ash" not in emails_to(request.contact_email)[-1].body_text
    told = emails_to(coordinator.email)[-1]
    assert told.subject == f"A speaker withdrew from an engagement ({request.reference})"
    assert "back to matching" in told.body_text
    assert Offer.objects.get(pk=staying.pk).status == "accepted"


def test_withdrawing_before_confirmation_leaves_the_host_alone(coordinator):
    request = matching()
    offer = accepted(request)

    services.offer_withdraw(offer_id=offer.pk, person=offer.speaker.person)

    assert SpeakingRequest.objects.get(pk=request.pk).status == "matching"
    assert emails_to(request.contact_email) == []
    assert "back to matching" not in emails_to(coordinator.email)[-1].body_text


def test_a_coordinator_cancels_an_offer_and_the_speaker_is_told(coordinator):
    offer = OfferFactory(request=matching())

    services.offer_cancel(offer_id=offer.pk, actor=coordinator)

    assert Offer.objects.get(pk=offer.pk).status == "cancelled"
    email = emails_to(offer.speaker.person.email)[-1]
    assert email.subject == "A speaking offer no longer needs your answer"
    with pytest.raises(MatchingError, match="already “Cancelled”"):
        services.offer_cancel(offer_id=offer.pk, actor=coordinator)


def test_cancelling_an_accepted_offer_of_a_confirmed_request_reopens_it_and_tells_both_sides(
    coordinator,
):
    request = matching()
    offer = accepted(request)
    services.request_confirm(request_id=request.pk, actor=coordinator)

    services.offer_cancel(offer_id=offer.pk, actor=coordinator)

    request.refresh_from_db()
    assert (request.status, request.confirmed_at) == ("matching", None)
    assert request.changes.last().actor == coordinator
    assert subjects_to(request.contact_email)[-1] == (
        f"A speaker can no longer attend ({request.reference})"
    )
    told = emails_to(offer.speaker.person.email)[-1]
    assert "taken back the engagement you accepted" in told.body_text
    assert "you are no longer expected there" in told.body_text


def test_the_coordinators_of_an_lhin_without_any_are_the_network_administrators(network_admin):
    request = matching(lhin=LHIN.objects.get(number=1))
    offer = OfferFactory(request=request)

    services.offer_decline(offer_id=offer.pk, person=offer.speaker.person)

    assert len(emails_to(network_admin.email)) == 1


# --- The debrief -------------------------------------------------------------------------------


def test_a_debrief_is_written_after_the_event_only(coordinator):
    request = SpeakingRequestFactory(status="confirmed")
    offer = accepted(request)

    with pytest.raises(MatchingError, match="after the event"):
        services.debrief_save(offer_id=offer.pk, person=offer.speaker.person, feeling="well")
    with time_machine.travel(request.ends_at + timedelta(hours=1)):
        debrief = services.debrief_save(
            offer_id=offer.pk, person=offer.speaker.person, feeling="well"
        )

    assert debrief.offer == offer


def test_asking_for_a_check_in_tells_the_coordinators_who_asked_and_nothing_they_wrote(
    coordinator,
):
    request = SpeakingRequestFactory(
        status="completed", starts_at=timezone.now() - timedelta(days=2)
    )
    offer = accepted(request)
    person = offer.speaker.person

    services.debrief_save(
        offer_id=offer.pk, person=person, feeling="hard", notes="SECRET-NOTES", follow_up=True
    )
    # Changed later: still one debrief, and no second email.
    services.debrief_save(
        offer_id=offer.pk, person=person, feeling="mixed", notes="SECRET-NOTES 2", follow_up=True
    )

    assert Debrief.objects.get().feeling == "mixed"
    emails = emails_to(coordinator.email)
    assert [e.subject for e in emails] == ["A speaker asked for a check-in"]
    assert person.display_name in emails[0].body_text
    assert person.email in emails[0].body_text
    assert "SECRET-NOTES" not in emails[0].body_text
    assert "It was hard" not in emails[0].body_text
    for audit in AuditEntry.objects.filter(action="speaking_offer.debrief", actor=person):
        assert "SECRET" not in str(audit.data) + audit.target_repr


def test_a_declined_offer_has_no_debrief(coordinator):
    request = SpeakingRequestFactory(
        status="completed", starts_at=timezone.now() - timedelta(days=2)
    )
    offer = OfferFactory(request=request, status="declined")

    with pytest.raises(MatchingError, match="an engagement you spoke at"):
        services.debrief_save(offer_id=offer.pk, person=offer.speaker.person, feeling="well")


# --- Reminders ---------------------------------------------------------------------------------


def test_a_speaker_is_reminded_of_a_confirmed_engagement_once():
    soon = SpeakingRequestFactory(status="confirmed", starts_at=timezone.now() + timedelta(days=1))
    offer = accepted(soon)
    later = accepted(SpeakingRequestFactory(status="confirmed"))
    unconfirmed = accepted(matching(starts_at=timezone.now() + timedelta(days=1)))

    from speakers.tasks.matching import remind_speakers_of_upcoming_engagements

    assert remind_speakers_of_upcoming_engagements() == 1
    assert remind_speakers_of_upcoming_engagements() == 0

    assert subjects_to(offer.speaker.person.email) == ["Reminder: you are speaking soon"]
    assert Offer.objects.get(pk=offer.pk).reminded_at is not None
    assert Offer.objects.get(pk=later.pk).reminded_at is None
    assert Offer.objects.get(pk=unconfirmed.pk).reminded_at is None


# --- A speaker who closes their account ----------------------------------------------------------


def test_a_speaker_closing_their_account_frees_their_engagements_and_the_host_is_told():
    from members.services import account_close

    confirmed = SpeakingRequestFactory(status="confirmed", speakers_needed=1)
    engagement = accepted(confirmed, name="Leaving")
    waiting = OfferFactory(request=matching(), speaker=engagement.speaker)
    person = engagement.speaker.person

    account_close(user=person)

    confirmed.refresh_from_db()
    assert confirmed.status == "matching"
    assert confirmed.changes.last().note == "A speaker withdrew"
    assert [e.subject for e in emails_to(confirmed.contact_email)] == [
        f"A speaker can no longer attend ({confirmed.reference})"
    ]
    assert not Offer.objects.filter(pk__in=[engagement.pk, waiting.pk]).exists()
    assert AuditEntry.objects.filter(action="speaking_offer.decline").exists()
