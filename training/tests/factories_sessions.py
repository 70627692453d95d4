"""factory_boy factories of training's sessions part."""

from datetime import timedelta

import factory
from django.utils import timezone

from tests.factories import MembershipFactory, UserFactory
from training.models import Course, Registration, Session


class CourseFactory(factory.django.DjangoModelFactory):
    """A published, free, in-person workshop (enough of a course for its sessions)."""

    class Meta:
        model = Course

    slug = factory.Sequence(lambda n: f"session-course-{n}")
    kind = Course.Kind.WORKSHOP
    title = factory.Sequence(lambda n: f"Peer support workshop {n}")
    title_fr = factory.Sequence(lambda n: f"Atelier de soutien par les pairs {n}")
    summary = "A day of practice together."
    format = Course.Format.IN_PERSON
    language = Course.Language.ENGLISH
    duration_hours = 6
    is_published = True


class SessionFactory(factory.django.DjangoModelFactory):
    """A scheduled session in ten days, registration open for a week more, 10 seats."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    course = factory.SubFactory(CourseFactory)
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + timedelta(hours=6))
    registration_deadline = factory.LazyAttribute(lambda s: s.starts_at - timedelta(days=3))
    place = "Community room, 123 Queen Street West, Toronto"
    online_url = ""
    capacity = 10

    @factory.post_generation
    def facilitators(self, create, extracted, **kwargs):
        if create and extracted:
            self.facilitators.set(extracted)


def member(**kwargs):
    """A person with an active membership."""
    return MembershipFactory(person=UserFactory(**kwargs)).person


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    person = factory.LazyFunction(member)
    status = Registration.Status.REGISTERED
    waitlisted_at = factory.LazyAttribute(
        lambda r: timezone.now() if r.status == Registration.Status.WAITLISTED else None
    )
