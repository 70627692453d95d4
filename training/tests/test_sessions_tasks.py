"""The hourly reminder, run by a real Celery worker: the people registered hear about a session
two days ahead, once, however often the beat runs."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail

from tests.plugin import wait_for
from training.models import Session
from training.tasks.sessions import remind_upcoming_sessions

from .factories_sessions import RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_beat_runs_the_reminder_every_hour():
    entry = settings.CELERY_BEAT_SCHEDULE["remind-upcoming-training-sessions"]

    assert entry["task"] == "training.tasks.sessions.remind_upcoming_sessions"
    assert entry["schedule"].minute == {20}
    assert len(entry["schedule"].hour) == 24


def test_a_real_worker_reminds_the_people_registered_once(reference_data, celery_worker):
    session = SessionFactory(course__title="Boundaries")
    seated = RegistrationFactory(session=session)
    RegistrationFactory(session=session, status="waitlisted")
    later = SessionFactory(starts_at=session.starts_at + timedelta(days=5))
    RegistrationFactory(session=later)

    with time_machine.travel(session.starts_at - timedelta(days=2) + timedelta(minutes=40)):
        remind_upcoming_sessions.delay().get(timeout=10)
        assert wait_for(lambda: len(mail.outbox) == 1), mail.outbox
        # The next hour's run (or a second worker) sends nothing more.
        remind_upcoming_sessions.delay().get(timeout=10)
        time.sleep(0.3)

    assert mail.outbox[0].to == [seated.person.email]
    assert mail.outbox[0].subject == "Coming soon: Boundaries"
    assert Session.objects.get(pk=session.pk).reminder_sent_at is not None
    assert Session.objects.get(pk=later.pk).reminder_sent_at is None
    assert len(mail.outbox) == 1
