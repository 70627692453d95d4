"""Factories of the honoraria part."""

from datetime import date
from decimal import Decimal

import factory
from django.utils import timezone

from tests.factories import UserFactory


def _lhin(number: int):
    from network.models import LHIN

    return LHIN.objects.get(number=number)


class HonorariumRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.HonorariumRate"

    activity = factory.Sequence(lambda n: f"Activity {n}")
    activity_fr = factory.Sequence(lambda n: f"Activité {n}")
    unit = "event"
    amount = Decimal("25.00")
    effective_from = date(2026, 4, 1)


class HonorariumFactory(factory.django.DjangoModelFactory):
    """A requested honorarium of $150.00 in Toronto Central (LHIN 7)."""

    class Meta:
        model = "governance.Honorarium"

    person = factory.SubFactory(UserFactory)
    lhin = factory.LazyFunction(lambda: _lhin(7))
    kind = "honorarium"
    activity = factory.Sequence(lambda n: f"Spoke at event {n}")
    activity_date = date(2026, 11, 2)
    amount = Decimal("150.00")
    status = "requested"

    class Params:
        approved = factory.Trait(status="approved", approved_at=factory.LazyFunction(timezone.now))
        paid = factory.Trait(
            status="paid",
            approved_at=factory.LazyFunction(timezone.now),
            paid_at=factory.LazyFunction(timezone.now),
            payment_reference="CHQ 1001",
        )
