"""The content app's factories, shared by every part's tests (one set, one set of defaults).

Everything is published and public unless asked otherwise: `access=Access.MEMBERS`,
`status=Status.DRAFT`. Events start in a week (Toronto Central is LHIN 7, `lhin=None` is
provincial); job postings close in a month; resources were reviewed today.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from content.models import Access, ContentLanguage, Resource, Status


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.Page"

    parent = None
    slug = factory.Sequence(lambda n: f"page-{n}")
    title = factory.Sequence(lambda n: f"Page {n}")
    title_fr = factory.Sequence(lambda n: f"Page {n} en français")
    summary = "What this page is about."
    summary_fr = "Le sujet de cette page."
    body = factory.LazyAttribute(lambda page: f"<p>The text of {page.title}.</p>")
    body_fr = factory.LazyAttribute(lambda page: f"<p>Le texte de {page.title_fr}.</p>")
    access = Access.PUBLIC
    status = Status.PUBLISHED
    order = factory.Sequence(int)


class NewsTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.NewsTopic"
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"news-topic-{n}")
    name = factory.Sequence(lambda n: f"News topic {n}")
    name_fr = factory.Sequence(lambda n: f"Sujet {n}")


class NewsPostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.NewsPost"

    slug = factory.Sequence(lambda n: f"news-{n}")
    title = factory.Sequence(lambda n: f"News post {n}")
    title_fr = factory.Sequence(lambda n: f"Nouvelle {n}")
    summary = "A short summary of the news."
    summary_fr = "Un court résumé de la nouvelle."
    body = factory.LazyAttribute(lambda post: f"<p>The story of {post.title}.</p>")
    body_fr = factory.LazyAttribute(lambda post: f"<p>L'histoire de {post.title_fr}.</p>")
    access = Access.PUBLIC
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.Event"

    slug = factory.Sequence(lambda n: f"event-{n}")
    title = factory.Sequence(lambda n: f"Event {n}")
    title_fr = factory.Sequence(lambda n: f"Événement {n}")
    summary = "A gathering of peers."
    summary_fr = "Une rencontre de pairs."
    description = "<p>What happens at the event.</p>"
    description_fr = "<p>Ce qui se passe à l'événement.</p>"
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    place = "519 Church Street, Toronto"
    audiences = factory.LazyFunction(lambda: ["everyone"])
    access = Access.PUBLIC
    status = Status.PUBLISHED


class ResourceFactory(factory.django.DjangoModelFactory):
    """A published public link (no file), reviewed today."""

    class Meta:
        model = "content.Resource"
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"resource-{n}")
    kind = Resource.Kind.LINK
    title = factory.Sequence(lambda n: f"Resource {n}")
    title_fr = factory.Sequence(lambda n: f"Ressource {n}")
    summary = "Where to find current information."
    summary_fr = "Où trouver de l'information à jour."
    body = "<p>Notes on the resource.</p>"
    url = factory.Sequence(lambda n: f"https://resources.example.org/{n}")
    language = ContentLanguage.ENGLISH
    reviewed_on = factory.LazyFunction(lambda: timezone.localdate())
    access = Access.PUBLIC
    status = Status.PUBLISHED

    @factory.post_generation
    def competencies(self, create, extracted, **kwargs):
        if create and extracted:
            self.competencies.set(extracted)


class JobPostingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.JobPosting"

    slug = factory.Sequence(lambda n: f"job-{n}")
    role = factory.Sequence(lambda n: f"Peer support worker {n}")
    role_fr = factory.Sequence(lambda n: f"Pair aidant {n}")
    organization = "A community health centre"
    pay = "paid"
    description = "<p>What the role involves.</p>"
    how_to_apply = "<p>Send a letter to jobs@example.org.</p>"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    access = Access.PUBLIC
    status = Status.PUBLISHED


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber."""

    class Meta:
        model = "content.Subscriber"

    email = factory.Sequence(lambda n: f"reader{n}@example.net")
    language = "en"
    status = "confirmed"
    confirmed_at = factory.LazyFunction(timezone.now)


class NewsletterIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.NewsletterIssue"

    subject = factory.Sequence(lambda n: f"Network news, issue {n}")
    subject_fr = factory.Sequence(lambda n: f"Nouvelles du réseau, numéro {n}")
    introduction = "<p>What is new in the network.</p>"
    introduction_fr = "<p>Les nouveautés du réseau.</p>"


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.ContactMessage"

    name = "Alex"
    email = factory.Sequence(lambda n: f"writer{n}@example.net")
    topic = "general"
    message = "How do I join?"
    language = "en"


class HomePageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.HomePage"

    headline = "Peer support, by and for people with lived experience"
    headline_fr = "Le soutien par les pairs, par et pour les personnes ayant un vécu"
    introduction = "A provincial network of people with lived experience."
    introduction_fr = "Un réseau provincial de personnes ayant un vécu."
