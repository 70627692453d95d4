"""Factories of governance's registry part."""

from datetime import date

import factory
from django.utils import timezone

from governance.models import EngagementActivity, LHINEngagementStrategy, Partner, PeerRole
from network.models import LHIN


def lhin(number: int) -> LHIN:
    return LHIN.objects.get(number=number)


class PeerRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PeerRole

    slug = factory.Sequence(lambda n: f"test-role-{n}")
    name = factory.Sequence(lambda n: f"Test role {n}")
    description = "A role for a test."
    in_scope = "Listening\nSharing"
    out_of_scope = "Diagnosing"
    order = 100


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Partner {n}")
    kind = Partner.Kind.PEER_NETWORK
    status = Partner.Status.ACTIVE
    description = "Works with peers."
    website = "https://example.org/"
    agreement_start = date(2020, 1, 1)
    contact_name = "Private Contact"
    contact_email = "private.contact@example.org"

    @factory.post_generation
    def lhins(self, create, extracted, **kwargs):
        if create and extracted:
            self.lhins.set(extracted)


class LHINEngagementStrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LHINEngagementStrategy

    lhin = factory.LazyFunction(lambda: lhin(7))
    strategy = "<p>Meet the LHIN each quarter.</p>"
    strategy_fr = "<p>Rencontrer le RLISS chaque trimestre.</p>"


class EngagementActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EngagementActivity

    lhin = factory.LazyFunction(lambda: lhin(7))
    date = factory.LazyFunction(timezone.localdate)
    kind = EngagementActivity.Kind.OUTREACH
    description = "Outreach at a drop-in."
    people_reached = 10
