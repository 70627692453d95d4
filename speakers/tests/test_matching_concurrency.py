"""Steps racing each other on the real PostgreSQL: each thread has its own connection and its own
transaction, so only the lock on the request's row keeps them apart. The second is told what
happened; nothing is done, or emailed, twice."""

import pytest

from network.models import OutboundEmail
from speakers.models import Offer, SpeakingRequest
from speakers.services import matching as services
from tests.concurrency import race

from .factories import OfferFactory, SpeakerFactory, SpeakingRequestFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_coordinators_confirming_at_once_confirm_once_and_the_second_is_told(
    reference_data, make_person
):
    first, second = make_person(), make_person()
    request = SpeakingRequestFactory(status="matching")
    offer = OfferFactory(request=request, status="accepted")

    errors = race(
        [
            lambda: services.request_confirm(request_id=request.pk, actor=first),
            lambda: services.request_confirm(request_id=request.pk, actor=second),
        ]
    )

    assert [str(error.message) for error in errors] == [
        "This request is already confirmed: nothing more to do."
    ]
    assert SpeakingRequest.objects.get(pk=request.pk).status == "confirmed"
    assert request.changes.filter(to_status="confirmed").count() == 1
    assert OutboundEmail.objects.filter(to=[request.contact_email]).count() == 1
    assert OutboundEmail.objects.filter(to=[offer.speaker.person.email]).count() == 1


def test_two_speakers_accepting_the_last_place_at_once_one_gets_it(reference_data):
    request = SpeakingRequestFactory(status="matching", speakers_needed=2)
    OfferFactory(request=request, status="accepted")
    racing = [
        OfferFactory(request=request, speaker=SpeakerFactory(approved=True)) for _ in range(2)
    ]

    errors = race(
        [
            lambda o=offer: services.offer_accept(offer_id=o.pk, person=o.speaker.person)
            for offer in racing
        ]
    )

    assert len(errors) == 1
    assert "the place has just been filled" in errors[0].message
    assert request.offers.filter(status=Offer.Status.ACCEPTED).count() == 2
    assert sorted(
        Offer.objects.filter(pk__in=[o.pk for o in racing]).values_list("status", flat=True)
    ) == [
        "accepted",
        "offered",
    ]
