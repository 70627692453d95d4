import pytest

from ..selectors.requests import host_token, request_for_host_token
from .factories import OfferFactory, SafetyPlanFactory, SpeakingRequestFactory

pytestmark = pytest.mark.django_db


def test_a_host_token_opens_its_own_request_and_no_other():
    request, other = SpeakingRequestFactory(), SpeakingRequestFactory()
    token = host_token(request)
    assert request_for_host_token(token) == request
    assert request_for_host_token(token[:-2] + "xx") is None
    assert request_for_host_token(str(other.pk)) is None


def test_an_offer_goes_to_an_active_speaker_with_a_safety_plan_of_their_own():
    offer = OfferFactory()
    SafetyPlanFactory(speaker=offer.speaker)
    assert offer.speaker.is_active
    assert offer.speaker.has_safety_plan
