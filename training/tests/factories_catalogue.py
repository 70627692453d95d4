"""Factories of training's catalogue part."""

from decimal import Decimal

import factory

from ..models import Competency, Course, CourseCompetency, CourseModule, Depth, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")


class CourseFactory(factory.django.DjangoModelFactory):
    """A published course in English, online and free, building core competency 2."""

    class Meta:
        model = Course
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"course-{n}")
    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for peer workers."
    description = "<p>About the course.</p>"
    format = Course.Format.ONLINE_LIVE
    language = Course.Language.ENGLISH
    duration_hours = Decimal("3")
    cost = Decimal("0")
    audiences = factory.LazyFunction(lambda: ["peer_workers"])
    is_published = True

    @factory.post_generation
    def competencies(self, create, extracted, **kwargs):
        """`competencies={number: depth}` for core competencies; default {2: introduces}."""
        if not create:
            return
        for number, depth in (extracted or {2: Depth.INTRODUCES}).items():
            CourseCompetency.objects.create(
                course=self,
                competency=Competency.objects.get(framework__slug="core", number=number),
                depth=depth,
            )

    @factory.post_generation
    def lhins(self, create, extracted, **kwargs):
        if create and extracted:
            self.lhins.set(extracted)


class CourseModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseModule

    course = factory.SubFactory(CourseFactory)
    order = factory.Sequence(int)
    title = factory.Sequence(lambda n: f"Module {n}")
