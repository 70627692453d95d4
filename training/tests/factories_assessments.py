"""Factories for the assessments part's tests. The catalogue part owns the real catalogue
factories; these are the few fields its models need, so this part's tests stand alone."""

from datetime import timedelta

import factory
from django.utils import timezone

from training.models import (
    Course,
    CourseCompetency,
    Framework,
    ScaleLevel,
    SelfAssessment,
    Session,
)

LEVELS = [
    (1, "Starting out", "I am new to this and would like to learn the basics."),
    (2, "Growing", "I can do this with support and want more practice."),
    (3, "Confident", "I do this well on my own most of the time."),
    (4, "Mentoring", "I could help other peer workers learn this."),
]


def core():
    return Framework.objects.get(slug="core")


def make_scale(framework=None) -> list[ScaleLevel]:
    """The test scale, in place of the one the migration loads (its words are the tests')."""
    framework = framework or core()
    ScaleLevel.objects.filter(framework=framework).delete()
    return [
        ScaleLevelFactory(framework=framework, value=value, label=label, descriptor=descriptor)
        for value, label, descriptor in LEVELS
    ]


class ScaleLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScaleLevel
        django_get_or_create = ("framework", "value")

    framework = factory.LazyFunction(core)
    value = factory.Sequence(lambda n: n + 1)
    label = factory.Sequence(lambda n: f"Level {n + 1}")
    label_fr = factory.LazyAttribute(lambda o: f"Niveau {o.value}")
    descriptor = factory.LazyAttribute(lambda o: f"What level {o.value} looks like.")


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    slug = factory.Sequence(lambda n: f"assessment-course-{n}")
    title = factory.Sequence(lambda n: f"Course {n:03d}")
    summary = "What it covers."
    description = "<p>What it covers.</p>"
    description_fr = ""
    format = Course.Format.ONLINE_LIVE
    language = Course.Language.ENGLISH
    duration_hours = 3
    is_published = True


class CourseCompetencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseCompetency

    course = factory.SubFactory(CourseFactory)
    depth = 1


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    course = factory.SubFactory(CourseFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=20))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=3))
    registration_deadline = factory.LazyAttribute(lambda o: o.starts_at - timedelta(days=2))
    capacity = 20


class SelfAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelfAssessment

    framework = factory.LazyFunction(core)
    year = factory.LazyFunction(lambda: timezone.localdate().year)
