"""factory_boy factories for governance's complaints part."""

import factory
from django.utils import timezone

from governance.models import Case, CaseEvent
from governance.services.complaints import case_deadlines, token_hash


class CaseFactory(factory.django.DjangoModelFactory):
    """A case as the public form makes it. Pass `token=` to know its tracking link's token."""

    class Meta:
        model = Case
        exclude = ("token",)

    token = factory.Sequence(lambda n: f"{n:043d}")  # 43 characters, as a real token
    reference = factory.Sequence(lambda n: f"C-2026-{n + 5000:04d}")
    kind = Case.Kind.COMPLAINT
    category = Case.Category.WEBSITE
    what_happened = "The sign-up page timed out twice."
    outcome_hoped = "That it works."
    received_at = factory.LazyFunction(timezone.now)
    acknowledge_by = factory.LazyAttribute(lambda o: case_deadlines(o.received_at).acknowledge_by)
    respond_by = factory.LazyAttribute(lambda o: case_deadlines(o.received_at).respond_by)
    token_hash = factory.LazyAttribute(lambda o: token_hash(o.token))


class CaseEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseEvent

    case = factory.SubFactory(CaseFactory)
    kind = CaseEvent.Kind.NOTE
    at = factory.LazyFunction(timezone.now)
    note = "A note."
