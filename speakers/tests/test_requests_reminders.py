"""The host's reminder (beat, hourly): the host of a confirmed request starting within three days
hears once, however often the beat runs; no one else does."""

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core import mail

from network.models import OutboundEmail
from speakers.models import SpeakingRequest
from speakers.services.requests import host_remind
from speakers.tasks.requests import remind_host, remind_hosts_of_upcoming_requests
from speakers.tests.factories import OfferFactory, SpeakingRequestFactory
from tests.plugin import wait_for

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2027, 3, 1, 9, 35, tzinfo=TORONTO)


def starting_in(delta: timedelta, **kwargs) -> SpeakingRequest:
    return SpeakingRequestFactory(starts_at=NOW + delta, **kwargs)


def test_the_beat_runs_the_hosts_reminder_every_hour():
    entry = settings.CELERY_BEAT_SCHEDULE["remind-hosts-of-upcoming-speaker-requests"]

    assert entry["task"] == "speakers.tasks.requests.remind_hosts_of_upcoming_requests"
    assert entry["schedule"].minute == {35}
    assert len(entry["schedule"].hour) == 24


@pytest.mark.django_db
def test_only_the_hosts_of_confirmed_requests_starting_within_three_days_are_reminded_once():
    soon = starting_in(timedelta(days=2), status="confirmed", contact_email="soon@example.org")
    OfferFactory(request=soon, speaker__name="Morgan", status="accepted")
    edge = starting_in(timedelta(days=3), status="confirmed", contact_email="edge@example.org")
    later = starting_in(timedelta(days=3, minutes=1), status="confirmed")
    started = starting_in(timedelta(minutes=-5), status="confirmed")
    unconfirmed = [
        starting_in(timedelta(days=1), status=status)
        for status in ("received", "matching", "completed", "cancelled")
    ]
    already = starting_in(timedelta(days=1), status="confirmed", host_reminded_at=NOW)

    with time_machine.travel(NOW, tick=False):
        assert remind_hosts_of_upcoming_requests() == 2
        # The next hour's run sends nothing more.
        assert remind_hosts_of_upcoming_requests() == 0
        assert remind_host(soon.pk) is False

    reminded = OutboundEmail.objects.filter(subject__startswith="Reminder: speakers for")
    assert sorted(email.to[0] for email in reminded) == ["edge@example.org", "soon@example.org"]
    assert "- Morgan" in reminded.get(to=["soon@example.org"]).body_text
    assert SpeakingRequest.objects.get(pk=soon.pk).host_reminded_at == NOW
    assert SpeakingRequest.objects.get(pk=edge.pk).host_reminded_at == NOW
    for request in (later, started, *unconfirmed):
        assert SpeakingRequest.objects.get(pk=request.pk).host_reminded_at is None
    assert SpeakingRequest.objects.get(pk=already.pk).host_reminded_at == NOW
    assert OutboundEmail.objects.count() == 2


@pytest.mark.django_db
def test_a_request_cancelled_before_its_reminder_is_not_reminded():
    request = starting_in(timedelta(days=1), status="cancelled")

    with time_machine.travel(NOW, tick=False):
        assert host_remind(request_id=request.pk) is False

    assert not OutboundEmail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_reminds_the_host_once(reference_data, celery_worker):
    request = SpeakingRequestFactory(
        status="confirmed",
        event_title="Grand rounds",
        contact_email="rounds@example.org",
        starts_at=NOW + timedelta(days=2),
    )
    SpeakingRequestFactory(status="confirmed", starts_at=NOW + timedelta(days=5))

    with time_machine.travel(NOW + timedelta(minutes=1)):
        remind_hosts_of_upcoming_requests.delay().get(timeout=10)
        assert wait_for(lambda: len(mail.outbox) == 1), mail.outbox
        # The next hour's run (or a second worker) sends nothing more.
        remind_hosts_of_upcoming_requests.delay().get(timeout=10)
        time.sleep(0.3)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["rounds@example.org"]
    assert mail.outbox[0].subject == "Reminder: speakers for “Grand rounds”"
    assert SpeakingRequest.objects.get(pk=request.pk).host_reminded_at is not None
