"""The speakers' bureau's factories, shared by every part's tests (one set, one set of defaults).

`SpeakerFactory` is a draft application; `approved=True` makes an active speaker, listed, with
every field consented. `SpeakingRequestFactory` is a received request for one speaker, a month
from now in Toronto Central (its host's link: `speakers.services.requests.host_link`).
"""

from datetime import timedelta

import factory
from django.utils import timezone

from tests.factories import UserFactory


def _lhin(number: int):
    from network.models import LHIN

    return LHIN.objects.get(number=number)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.Topic"
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"speaking-topic-{n}")
    name = factory.Sequence(lambda n: f"Speaking topic {n}")
    name_fr = factory.Sequence(lambda n: f"Sujet de conférence {n}")


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.Criterion"

    title = factory.Sequence(lambda n: f"Selection criterion {n}")
    title_fr = factory.Sequence(lambda n: f"Critère de sélection {n}")
    guidance = "What meeting it looks like."
    order = factory.Sequence(int)


class BureauPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.BureauPage"
        django_get_or_create = ("kind",)

    kind = "about"
    title = factory.LazyAttribute(lambda page: f"Bureau page {page.kind}")
    title_fr = factory.LazyAttribute(lambda page: f"Page du bureau {page.kind}")
    body = "<p>What the bureau is.</p>"
    body_fr = "<p>Ce qu'est le bureau.</p>"


class SpeakerFactory(factory.django.DjangoModelFactory):
    """A draft application in Toronto Central (LHIN 7) with its public fields filled in."""

    class Meta:
        model = "speakers.Speaker"
        skip_postgeneration_save = True

    class Params:
        approved = factory.Trait(
            status="approved",
            submitted_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=30)),
            decided_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=7)),
            listed=True,
            show_name=True,
            show_bio=True,
            show_topics=True,
            show_formats=True,
            show_audiences=True,
            show_lhins=True,
            show_languages=True,
            show_travel=True,
            show_availability=True,
            show_photo=True,
            show_training=True,
        )
        submitted = factory.Trait(
            status="submitted",
            submitted_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=2)),
        )
        paused = factory.Trait(paused_at=factory.LazyFunction(timezone.now))

    person = factory.SubFactory(UserFactory)
    home_lhin = factory.LazyFunction(lambda: _lhin(7))
    name = factory.Sequence(lambda n: f"Speaker{n}")
    bio = "I share what recovery looked like for me, and what helped."
    formats = factory.LazyFunction(lambda: ["roundtable", "panel"])
    audiences = factory.LazyFunction(lambda: ["providers", "policy"])
    languages = factory.LazyFunction(lambda: ["en"])
    travel = "region"
    availability = "Weekday evenings"
    monthly_limit = 2
    references = "A reference, 555-0100"
    accessibility_needs = "A chair on stage"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create:
            self.topics.set(extracted if extracted is not None else [TopicFactory()])

    @factory.post_generation
    def lhins_served(self, create, extracted, **kwargs):
        if create:
            self.lhins_served.set(extracted if extracted is not None else [self.home_lhin])


class SafetyPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.SafetyPlan"

    speaker = factory.SubFactory(SpeakerFactory)
    will_speak_about = "SAFETY-PLAN-WILL: harm reduction that worked for me"
    wont_speak_about = "SAFETY-PLAN-WONT: my family"
    support_person = "SAFETY-PLAN-SUPPORT: my sponsor, 555-0101"
    after_care = "SAFETY-PLAN-AFTER: a walk and a call"


class SpeakingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.SpeakingRequest"
        skip_postgeneration_save = True

    reference = factory.Sequence(lambda n: f"SR-{n:06d}")
    organization = factory.Sequence(lambda n: f"Host organization {n}")
    contact_name = "Pat Host"
    contact_email = factory.Sequence(lambda n: f"host{n}@example.com")
    event_title = factory.Sequence(lambda n: f"Community forum {n}")
    description = "An evening forum on stigma with front-line staff."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda r: r.starts_at + timedelta(hours=2))
    place = "100 Queen St W, Toronto"
    lhin = factory.LazyFunction(lambda: _lhin(7))
    audience = "providers"
    audience_size = 40
    format = "panel"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create:
            self.topics.set(extracted if extracted is not None else [TopicFactory()])


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "speakers.Offer"

    request = factory.SubFactory(SpeakingRequestFactory)
    speaker = factory.SubFactory(SpeakerFactory, approved=True)


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A reviewer's assessment of one criterion, on an application in review."""

    class Meta:
        model = "speakers.Assessment"

    speaker = factory.SubFactory(SpeakerFactory, submitted=True, status="in_review")
    criterion = factory.SubFactory(CriterionFactory)
    reviewer = factory.SubFactory(UserFactory)
    outcome = "meets"
    notes = "Says so in their own words."


class HostFeedbackFactory(factory.django.DjangoModelFactory):
    """The host's feedback on a completed request (the matching part's journey ends with it)."""

    class Meta:
        model = "speakers.HostFeedback"

    request = factory.SubFactory(SpeakingRequestFactory, status="completed")
    rating = 5
    went_well = "The audience asked thoughtful questions."
    could_improve = "More time for questions."


class DebriefFactory(factory.django.DjangoModelFactory):
    """A speaker's private debrief; its text is a marker tests look for where it must not be."""

    class Meta:
        model = "speakers.Debrief"

    offer = factory.SubFactory(OfferFactory, status="accepted")
    feeling = "mixed"
    notes = "DEBRIEF-PRIVATE: the question about my family was hard"
    follow_up = False
