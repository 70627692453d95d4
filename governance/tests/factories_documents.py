"""Factories of governance's documents part."""

import datetime

import factory
from django.utils import timezone

from governance.models import Document, DocumentVersion


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    kind = Document.Kind.POLICY
    title = factory.Sequence(lambda n: f"Policy {n}")
    slug = factory.Sequence(lambda n: f"policy-{n}")


class DocumentVersionFactory(factory.django.DjangoModelFactory):
    """A draft by default; `approved=True` or `superseded=True` fill in the approval."""

    class Meta:
        model = DocumentVersion

    class Params:
        approved = factory.Trait(
            status=DocumentVersion.Status.APPROVED,
            approved_at=factory.LazyFunction(timezone.now),
            effective_date=datetime.date(2026, 1, 15),
        )
        superseded = factory.Trait(
            status=DocumentVersion.Status.SUPERSEDED,
            approved_at=factory.LazyFunction(timezone.now),
            effective_date=datetime.date(2025, 1, 15),
        )

    document = factory.SubFactory(DocumentFactory)
    number = factory.Sequence(lambda n: n + 1)
    status = DocumentVersion.Status.DRAFT
    body = "<p>Members share power and decisions.</p>"
