"""Email goes out through a real Celery worker and the real Redis broker, after the commit."""

import time

import pytest
from django.core import mail
from django.db import transaction

from network.models import OutboundEmail
from network.services import email_enqueue
from network.tasks import send_outbound_email
from tests.plugin import wait_for


def test_an_email_enqueued_in_a_transaction_is_sent_by_the_worker_after_commit(celery_worker):
    with transaction.atomic():
        message = email_enqueue(
            to=["river@example.net"], subject="Welcome", body_text="Welcome to the network."
        )
        # Nothing is on the broker yet: the row may still be rolled back.
        time.sleep(0.5)
        assert mail.outbox == []

    assert wait_for(lambda: len(mail.outbox) == 1), "the worker did not send the email"
    assert mail.outbox[0].to == ["river@example.net"]
    assert mail.outbox[0].subject == "Welcome"
    assert mail.outbox[0].body == "Welcome to the network."
    message.refresh_from_db()
    assert wait_for(lambda: OutboundEmail.objects.get(pk=message.pk).status == "sent")


def test_an_email_rolled_back_with_its_transaction_is_never_sent(celery_worker):
    def failing_request() -> None:
        with transaction.atomic():
            email_enqueue(to=["river@example.net"], subject="Never", body_text="x")
            raise RuntimeError("the request failed")

    with pytest.raises(RuntimeError):
        failing_request()

    time.sleep(1.5)
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


@pytest.mark.django_db
def test_sending_the_same_email_twice_sends_it_once_and_erases_its_body():
    from tests.factories import OutboundEmailFactory

    message = OutboundEmailFactory(body_text="Your sign-in link: https://example.org/x")

    assert send_outbound_email(message.pk) == "sent"
    assert send_outbound_email(message.pk) == "already-claimed"

    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.SENT
    assert message.body_text == ""
    assert message.sent_at is not None
