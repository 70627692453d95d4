import hashlib

import pytest

from .factories import OfferFactory, SafetyPlanFactory, SpeakingRequestFactory

pytestmark = pytest.mark.django_db


def test_a_request_factory_keeps_its_token_and_stores_only_its_hash():
    request = SpeakingRequestFactory()
    assert request.token_hash == hashlib.sha256(request.token.encode()).hexdigest()


def test_an_offer_goes_to_an_active_speaker_with_a_safety_plan_of_their_own():
    offer = OfferFactory()
    SafetyPlanFactory(speaker=offer.speaker)
    assert offer.speaker.is_active
    assert offer.speaker.has_safety_plan
