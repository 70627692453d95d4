"""Outgoing email: failures are retried, then given up on; beat tasks keep the queue clean."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from network.celery import app
from network.models import OutboundEmail
from network.tasks import (
    MAX_ATTEMPTS,
    purge_old_email_records,
    requeue_stalled_emails,
    send_outbound_email,
)
from tests.factories import OutboundEmailFactory

pytestmark = pytest.mark.django_db


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "network.tests.test_email_tasks.BrokenBackend"


def test_a_failed_send_is_put_back_in_the_queue_with_the_error(mail_server_down):
    message = OutboundEmailFactory()

    with pytest.raises(ConnectionRefusedError):
        send_outbound_email(message.pk)

    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.QUEUED
    assert message.attempts == 1
    assert "the mail server is down" in message.last_error
    assert message.body_text == "Hello."  # kept for the next attempt


def test_an_email_is_given_up_on_after_the_last_attempt(mail_server_down):
    message = OutboundEmailFactory(attempts=MAX_ATTEMPTS - 1)

    assert send_outbound_email(message.pk) == "failed"

    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.FAILED


def test_stalled_emails_are_sent_again_and_fresh_ones_are_left_alone():
    long_ago = timezone.now() - timedelta(minutes=30)
    lost = OutboundEmailFactory(subject="Lost in the broker")
    OutboundEmail.objects.filter(pk=lost.pk).update(created_at=long_ago)
    dead_worker = OutboundEmailFactory(subject="Worker died", status="sending")
    OutboundEmail.objects.filter(pk=dead_worker.pk).update(claimed_at=long_ago)
    OutboundEmailFactory(subject="Just queued")

    assert requeue_stalled_emails() == 2

    assert sorted(m.subject for m in mail.outbox) == ["Lost in the broker", "Worker died"]
    assert OutboundEmail.objects.get(subject="Just queued").status == "queued"


def test_records_of_sent_email_are_kept_for_90_days():
    old = OutboundEmailFactory(status="sent")
    OutboundEmail.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=91))
    recent = OutboundEmailFactory(status="sent")
    waiting = OutboundEmailFactory()
    OutboundEmail.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - timedelta(days=91)
    )

    assert purge_old_email_records() == 1

    assert set(OutboundEmail.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}


def test_every_beat_entry_names_a_registered_task():
    app.loader.import_default_modules()

    for name, entry in app.conf.beat_schedule.items():
        assert entry["task"] in app.tasks, name


def test_celery_is_configured_for_idempotent_json_tasks():
    conf = app.conf
    assert conf.task_serializer == "json"
    assert conf.accept_content == ["json"]
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.task_time_limit
    assert conf.task_soft_time_limit < conf.task_time_limit
    assert conf.broker_transport_options["visibility_timeout"] >= 12 * 60 * 60
