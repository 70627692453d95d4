"""Factories for the records and coverage parts' tests: courses, sessions and registrations
just complete enough to be recorded and counted, and the records themselves."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from tests.factories import UserFactory
from training.models import (
    Competency,
    Course,
    CourseCompetency,
    ExternalTraining,
    PeerSupportHours,
    Registration,
    Session,
)


def core_competency(number: int) -> Competency:
    return Competency.objects.get(framework__slug="core", number=number)


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"record-course-{n}")
    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "What it is about."
    description = "<p>More about it.</p>"
    description_fr = ""
    format = Course.Format.IN_PERSON
    language = Course.Language.ENGLISH
    duration_hours = Decimal("6.0")
    is_published = True

    @factory.post_generation
    def builds(self, create, numbers, **kwargs):
        for number in numbers or []:
            CourseCompetency.objects.create(course=self, competency=core_competency(number))


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    course = factory.SubFactory(CourseFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=6))
    registration_deadline = factory.LazyAttribute(lambda o: o.starts_at - timedelta(days=1))
    capacity = 20
    place = "Community centre"


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    person = factory.SubFactory(UserFactory)
    status = Registration.Status.REGISTERED


class ExternalTrainingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExternalTraining

    person = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Outside training {n}")
    provider = "A college"
    completed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    hours = Decimal("3.0")


class PeerSupportHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PeerSupportHours

    person = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=3))
    hours = Decimal("2.0")
    kind = PeerSupportHours.Kind.ONE_TO_ONE
