"""Registrations racing for the last seats, on the real PostgreSQL: each thread has its own
connection and its own transaction, so only the session's row lock keeps the count right."""

import pytest
from django.db import connection

from tests.concurrency import race
from training.models import Registration
from training.services.sessions import registration_cancel, registration_create

from .factories_sessions import RegistrationFactory, SessionFactory, member

pytestmark = pytest.mark.django_db(transaction=True)


def _counts(session) -> dict[str, int]:
    return {
        status: Registration.objects.filter(session=session, status=status).count()
        for status in Registration.Status.values
    }


def test_twelve_people_racing_for_three_seats_get_three_seats_and_nine_waitlist_places(
    reference_data,
):
    session = SessionFactory(capacity=3)
    people = [member() for _ in range(12)]
    assert connection.vendor == "postgresql"

    errors = race([lambda p=p: registration_create(session=session, person=p) for p in people])

    assert errors == []
    assert _counts(session) == {"registered": 3, "waitlisted": 9, "cancelled": 0}
    waiting = Registration.objects.filter(session=session, status="waitlisted")
    assert all(r.waitlisted_at is not None for r in waiting)


def test_cancellations_racing_registrations_never_exceed_the_capacity(reference_data):
    session = SessionFactory(capacity=4)
    holders = [RegistrationFactory(session=session) for _ in range(4)]
    newcomers = [member() for _ in range(8)]
    jobs = [lambda r=r: registration_cancel(registration=r, actor=r.person) for r in holders[:2]]
    jobs += [lambda p=p: registration_create(session=session, person=p) for p in newcomers]

    errors = race(jobs)

    assert errors == []
    counts = _counts(session)
    assert counts["registered"] == 4  # two freed seats, taken by newcomers or the first waiting
    assert counts["cancelled"] == 2
    assert counts["waitlisted"] == 6


def test_the_same_person_registering_twice_at_once_gets_one_place(reference_data):
    session = SessionFactory(capacity=3)
    person = member()

    errors = race([lambda: registration_create(session=session, person=person)] * 5)

    assert len(errors) == 4
    assert all("already registered" in str(e) for e in errors)
    assert _counts(session)["registered"] == 1
