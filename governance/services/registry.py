"""Governance services: the registry part.

The admin saves partners, LHIN engagement strategies and activities through these, so each
change is checked, recorded with who made it and audited.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from network.services import audit_record

from ..models import EngagementActivity, LHINEngagementStrategy, Partner
from ..selectors.registry import lhins_managed_by


class RegistryError(ValidationError):
    pass


def _check_lhin(*, actor, lhin_id: int) -> None:
    if not lhins_managed_by(actor).filter(pk=lhin_id).exists():
        raise RegistryError(_("You keep the engagement records of your own LHINs only."))


@transaction.atomic
def partner_save(*, partner: Partner, actor) -> Partner:
    created = partner.pk is None
    partner.full_clean()
    partner.save()
    audit_record(
        actor=actor,
        action="partner.add" if created else "partner.change",
        target=partner,
        status=partner.status,
    )
    return partner


@transaction.atomic
def engagement_strategy_save(*, strategy: LHINEngagementStrategy, actor) -> LHINEngagementStrategy:
    _check_lhin(actor=actor, lhin_id=strategy.lhin_id)
    created = strategy.pk is None
    strategy.updated_by = actor
    strategy.full_clean()
    strategy.save()
    audit_record(
        actor=actor,
        action="lhin_strategy.add" if created else "lhin_strategy.change",
        target=strategy,
        lhin=strategy.lhin.number,
    )
    return strategy


@transaction.atomic
def engagement_activity_save(*, activity: EngagementActivity, actor) -> EngagementActivity:
    _check_lhin(actor=actor, lhin_id=activity.lhin_id)
    created = activity.pk is None
    if created:
        activity.recorded_by = actor
    activity.full_clean()
    activity.save()
    audit_record(
        actor=actor,
        action="engagement_activity.add" if created else "engagement_activity.change",
        target=activity,
        lhin=activity.lhin.number,
        people_reached=activity.people_reached,
    )
    return activity
