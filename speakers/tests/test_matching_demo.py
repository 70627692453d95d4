"""The matching part's demo: what the demo speaker and the coordinators find, the same after a
second run."""

import pytest

from governance.models import Honorarium
from members.models import User
from network.demo import seed_demo
from speakers.demo.matching import seed
from speakers.models import Debrief, HostFeedback, Offer, RequestStatusChange, SpeakingRequest
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            SpeakingRequest,
            Offer,
            RequestStatusChange,
            HostFeedback,
            Debrief,
            Honorarium,
        )
    }


def test_the_demo_seeds_twice_and_gives_the_speaker_and_coordinators_something_to_see(client):
    seed_demo()
    first = _counts()
    seed()

    assert _counts() == first
    morgan = Offer.objects.filter(speaker__person__email="speaker@example.org")
    assert morgan.filter(status="offered", request__status="matching").count() == 1
    pair = SpeakingRequest.objects.get(status="confirmed", speakers_needed=2)
    assert pair.offers.filter(status="accepted").count() == 2
    completed = SpeakingRequest.objects.get(status="completed")
    assert completed.feedback.rating == 5
    offer = completed.offers.get(status="accepted")
    assert offer.debrief.feeling == "mixed"
    assert offer.honorarium.person.email == "speaker@example.org"
    assert list(completed.changes.values_list("to_status", flat=True)) == [
        "received",
        "matching",
        "confirmed",
        "completed",
    ]

    sign_in(client, User.objects.get(email="speaker@example.org"))
    waiting = client.get("/speakers/me/engagements/").content.decode()
    assert "Waiting for your answer (1)" in waiting
    sign_in(client, User.objects.get(email="coordinator@example.org"))
    overview = client.get("/admin/speakers/speakingrequest/overview/").content.decode()
    assert "Toronto Central" in overview
