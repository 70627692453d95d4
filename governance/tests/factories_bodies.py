"""factory_boy factories of governance's bodies part."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from governance.models import Attendance, Body, Decision, Meeting, Seat
from tests.factories import UserFactory


class BodyFactory(factory.django.DjangoModelFactory):
    """A public, active working group."""

    class Meta:
        model = Body

    kind = Body.Kind.WORKING_GROUP
    name = factory.Sequence(lambda n: f"Working group {n}")
    name_fr = factory.Sequence(lambda n: f"Groupe de travail {n}")
    slug = factory.Sequence(lambda n: f"working-group-{n}")
    purpose = "<p>Works on something useful.</p>"


class SeatFactory(factory.django.DjangoModelFactory):
    """A vacant member seat."""

    class Meta:
        model = Seat

    body = factory.SubFactory(BodyFactory)
    role = Seat.Role.MEMBER
    term_start = date(2026, 1, 1)
    term_end = date(2027, 12, 31)


class MeetingFactory(factory.django.DjangoModelFactory):
    """A public meeting held a week ago, its minutes not yet approved."""

    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    title = factory.Sequence(lambda n: f"Meeting {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda meeting: meeting.starts_at + timedelta(hours=2))
    status = Meeting.Status.HELD
    place = "Community room"
    agenda = "<ol><li>Welcome</li></ol>"
    minutes = "<p>We met and decided.</p>"


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(UserFactory)
    status = Attendance.Status.PRESENT


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: n + 1)
    motion = "That we do the useful thing."
    outcome = Decision.Outcome.CARRIED
    votes_for = 5
