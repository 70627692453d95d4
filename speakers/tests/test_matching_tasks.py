"""The hourly reminder, run by a real Celery worker: each accepted speaker of a confirmed request
hears of it two days ahead, once, however often the beat runs."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail

from speakers.models import Offer
from speakers.tasks.matching import remind_speakers_of_upcoming_engagements
from tests.plugin import wait_for

from .factories import OfferFactory, SpeakingRequestFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_beat_runs_the_reminder_every_hour():
    entry = settings.CELERY_BEAT_SCHEDULE["remind-speakers-of-upcoming-engagements"]

    assert entry["task"] == "speakers.tasks.matching.remind_speakers_of_upcoming_engagements"
    assert entry["schedule"].minute == {40}
    assert len(entry["schedule"].hour) == 24


def test_a_real_worker_reminds_each_accepted_speaker_once(reference_data, celery_worker):
    request = SpeakingRequestFactory(status="confirmed")
    offer = OfferFactory(request=request, status="accepted")
    OfferFactory(request=request, status="declined")
    later = OfferFactory(
        status="accepted",
        request=SpeakingRequestFactory(
            status="confirmed", starts_at=request.starts_at + timedelta(days=5)
        ),
    )

    with time_machine.travel(request.starts_at - timedelta(days=2) + timedelta(minutes=40)):
        remind_speakers_of_upcoming_engagements.delay().get(timeout=10)
        assert wait_for(lambda: len(mail.outbox) == 1), mail.outbox
        # The next hour's run (or a second worker) sends nothing more.
        remind_speakers_of_upcoming_engagements.delay().get(timeout=10)
        time.sleep(0.3)

    assert mail.outbox[0].to == [offer.speaker.person.email]
    assert mail.outbox[0].subject == "Reminder: you are speaking soon"
    assert request.event_title in mail.outbox[0].body
    assert Offer.objects.get(pk=offer.pk).reminded_at is not None
    assert Offer.objects.get(pk=later.pk).reminded_at is None
    assert len(mail.outbox) == 1
