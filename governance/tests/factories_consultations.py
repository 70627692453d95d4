"""factory_boy factories of the consultations part."""

from datetime import timedelta

import factory
from django.utils import timezone

from governance.models import (
    Consultation,
    ConsultationComment,
    ConsultationVote,
    Document,
    DocumentVersion,
)
from tests.factories import UserFactory


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    kind = Document.Kind.POLICY
    slug = factory.Sequence(lambda n: f"policy-{n}")
    title = factory.Sequence(lambda n: f"Policy {n}")


class DocumentVersionFactory(factory.django.DjangoModelFactory):
    """A draft; approved ones get `status="approved"` and an approval time."""

    class Meta:
        model = DocumentVersion

    document = factory.SubFactory(DocumentFactory)
    number = factory.Sequence(lambda n: n + 1)
    status = DocumentVersion.Status.DRAFT
    body = "<p>Members treat one another with respect.</p>"
    approved_at = factory.LazyAttribute(
        lambda version: timezone.now() if version.status in ("approved", "superseded") else None
    )


class ConsultationFactory(factory.django.DjangoModelFactory):
    """An open consultation on a proposal: opened an hour ago, closing in two weeks."""

    class Meta:
        model = Consultation

    title = factory.Sequence(lambda n: f"Consultation {n}")
    summary = "<p>Tell us what you think.</p>"
    proposal = "<p>The network holds its annual meeting online.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationComment

    consultation = factory.SubFactory(ConsultationFactory)
    author = factory.SubFactory(UserFactory)
    body = "I agree with most of it."


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationVote

    consultation = factory.SubFactory(ConsultationFactory)
    voter = factory.SubFactory(UserFactory)
    choice = ConsultationVote.Choice.SUPPORT
