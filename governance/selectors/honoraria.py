"""Governance selectors: the honoraria part. Who sees which records, and the published table."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from members.engagement import sees_every_lhin
from network import roles
from network.selectors import lhins_coordinated_by

from ..models import DocumentVersion, Honorarium, HonorariumRate

GUIDELINES_SLUG = "honoraria-guidelines"
# What the treasurer works from: records approved for payment, and those paid (for the books).
TREASURER_STATUSES = (Honorarium.Status.APPROVED, Honorarium.Status.PAID)


def rates_published() -> QuerySet[HonorariumRate]:
    return HonorariumRate.objects.filter(active=True).order_by("order", "activity")


def guidelines_current() -> DocumentVersion | None:
    """The approved version of the honoraria guidelines, if the document exists."""
    return (
        DocumentVersion.objects.select_related("document")
        .filter(document__slug=GUIDELINES_SLUG, status=DocumentVersion.Status.APPROVED)
        .first()
    )


def honoraria_of(person) -> QuerySet[Honorarium]:
    """A person's own records, newest activity first."""
    return Honorarium.objects.filter(person=person).order_by("-activity_date", "-pk")


def is_treasurer(user) -> bool:
    return roles.has_role(user, roles.TREASURER)


def honoraria_visible_to(user) -> QuerySet[Honorarium]:
    """Staff's view of the records: every one for network administrators; those of the LHINs
    they coordinate for coordinators; approved and paid ones, of every LHIN, for the treasurer.
    A person holding several of these roles sees the union."""
    records = Honorarium.objects.all()
    if sees_every_lhin(user):
        return records
    scope = Q(lhin__in=lhins_coordinated_by(user))
    if is_treasurer(user):
        scope |= Q(status__in=TREASURER_STATUSES)
    return records.filter(scope)


def may_decide(user, honorarium: Honorarium) -> bool:
    """Approve or cancel: the coordinators of the record's LHIN, and network administrators.
    The treasurer pays and so does not approve: the one who pays is not the one who decides."""
    return (
        sees_every_lhin(user) or lhins_coordinated_by(user).filter(pk=honorarium.lhin_id).exists()
    )


def may_pay(user) -> bool:
    return sees_every_lhin(user) or is_treasurer(user)


def honoraria_for_export(
    user, *, status: str = "", date_from: date | None = None, date_to: date | None = None
) -> QuerySet[Honorarium]:
    records = honoraria_visible_to(user).select_related("person", "lhin", "rate")
    if status:
        records = records.filter(status=status)
    if date_from is not None:
        records = records.filter(activity_date__gte=date_from)
    if date_to is not None:
        records = records.filter(activity_date__lte=date_to)
    return records.order_by("activity_date", "pk")
