"""Governance services: the honoraria part.

Every change of a record's status goes through here: requested → approved → paid, or declined
(by the person, at any time before payment) or cancelled (by staff). Each records who and when,
writes an audit entry, and the approval and the payment email the person once the transaction
commits. Who may do what is checked by the caller (see `governance.selectors.honoraria`); the
services check that the record is in a state that allows it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Membership, User
from network.models import LHIN
from network.services import audit_record, email_person

from ..models import Honorarium, HonorariumRate

Status = Honorarium.Status


class HonorariumError(ValidationError):
    """A change the record's state does not allow; its message is shown as it is."""


def _locked(honorarium_id: int) -> Honorarium:
    return Honorarium.objects.select_for_update().select_related("person").get(pk=honorarium_id)


def _email(honorarium: Honorarium, template: str) -> None:
    # The subject never carries the amount: subjects show on lock screens and in shared inboxes.
    email_person(
        person=honorarium.person,
        template=f"governance/honoraria/email/{template}",
        context={"honorarium": honorarium},
    )


def lhin_of(person: User) -> LHIN | None:
    """The LHIN of the person's membership (active or not), if they have one."""
    membership = Membership.objects.select_related("lhin").filter(person=person).first()
    return membership.lhin if membership is not None else None


@transaction.atomic
def honorarium_request(
    *,
    person: User,
    kind: str,
    activity: str,
    activity_date: date,
    amount: Decimal,
    actor: User,
    rate: HonorariumRate | None = None,
    quantity: Decimal = Decimal("1"),
    lhin: LHIN | None = None,
) -> Honorarium:
    """Record an honorarium or reimbursement owed to `person`, waiting for approval.

    The record belongs to the LHIN of the person's membership; `lhin` is used only for someone
    without one (e.g. a guest speaker), so coordinators always find the people of their LHINs.
    """
    if person.closed_at is not None:
        raise HonorariumError(_("This account is closed: no payment can be recorded for it."))
    lhin = lhin_of(person) or lhin
    if lhin is None:
        raise HonorariumError(
            _("This person has no membership: choose the LHIN region the record belongs to.")
        )
    honorarium = Honorarium(
        person=person,
        lhin=lhin,
        kind=kind,
        rate=rate,
        activity=activity,
        activity_date=activity_date,
        quantity=quantity,
        amount=amount,
        status=Status.REQUESTED,
        requested_by=actor,
    )
    honorarium.full_clean()
    honorarium.save()
    audit_record(
        actor=actor,
        action="honorarium.request",
        target=honorarium,
        amount=str(honorarium.amount),
        lhin=lhin.number,
    )
    return honorarium


@transaction.atomic
def honorarium_approve(*, honorarium_id: int, actor: User) -> Honorarium:
    honorarium = _locked(honorarium_id)
    if honorarium.status != Status.REQUESTED:
        raise HonorariumError(
            _("Only a requested record can be approved; this one is “%(status)s”.")
            % {"status": honorarium.get_status_display()}
        )
    honorarium.status = Status.APPROVED
    honorarium.approved_by = actor
    honorarium.approved_at = timezone.now()
    honorarium.full_clean()
    honorarium.save(update_fields=["status", "approved_by", "approved_at"])
    audit_record(actor=actor, action="honorarium.approve", target=honorarium)
    _email(honorarium, "approved")
    return honorarium


@transaction.atomic
def honorarium_mark_paid(*, honorarium_id: int, actor: User, payment_reference: str) -> Honorarium:
    honorarium = _locked(honorarium_id)
    if honorarium.status != Status.APPROVED:
        raise HonorariumError(
            _("Only an approved record can be paid; this one is “%(status)s”.")
            % {"status": honorarium.get_status_display()}
        )
    payment_reference = payment_reference.strip()
    if not payment_reference:
        raise HonorariumError(_("Enter the cheque number or e-transfer reference."))
    honorarium.status = Status.PAID
    honorarium.paid_by = actor
    honorarium.paid_at = timezone.now()
    honorarium.payment_reference = payment_reference
    honorarium.full_clean()
    honorarium.save(update_fields=["status", "paid_by", "paid_at", "payment_reference"])
    audit_record(
        actor=actor,
        action="honorarium.pay",
        target=honorarium,
        payment_reference=payment_reference,
    )
    _email(honorarium, "paid")
    return honorarium


@transaction.atomic
def honorarium_decline(*, honorarium_id: int, person: User) -> Honorarium:
    """The person turns it down: no reason asked, nobody else told (the record shows it)."""
    honorarium = _locked(honorarium_id)
    if honorarium.person_id != person.pk:
        # Callers look the record up among the person's own; this guards against a slip.
        raise Honorarium.DoesNotExist
    if honorarium.status not in Honorarium.DECLINABLE:
        raise HonorariumError(
            {
                Status.PAID: _("This one is already paid, so it can no longer be declined."),
                Status.DECLINED: _("You have already declined this one."),
                Status.CANCELLED: _("The network cancelled this one: there is nothing to decline."),
            }[honorarium.status]
        )
    honorarium.status = Status.DECLINED
    honorarium.declined_at = timezone.now()
    honorarium.full_clean()
    honorarium.save(update_fields=["status", "declined_at"])
    audit_record(actor=person, action="honorarium.decline", target=honorarium)
    return honorarium


@transaction.atomic
def honorarium_cancel(*, honorarium_id: int, actor: User | None, reason: str) -> Honorarium:
    """Staff withdraw a record made in error or for an activity that did not happen."""
    honorarium = _locked(honorarium_id)
    if honorarium.status not in Honorarium.DECLINABLE:
        raise HonorariumError(
            _("Only a record not yet paid can be cancelled; this one is “%(status)s”.")
            % {"status": honorarium.get_status_display()}
        )
    reason = reason.strip()
    if not reason:
        raise HonorariumError(_("Say why it is cancelled, for the books."))
    honorarium.status = Status.CANCELLED
    honorarium.cancelled_by = actor
    honorarium.cancelled_at = timezone.now()
    honorarium.cancel_reason = reason
    honorarium.full_clean()
    honorarium.save(update_fields=["status", "cancelled_by", "cancelled_at", "cancel_reason"])
    audit_record(actor=actor, action="honorarium.cancel", target=honorarium, reason=reason)
    return honorarium


def honoraria_close_account(*, person: User) -> list[int]:
    """For `members.services.account_close` (inside its transaction): the records stay, for the
    books, under the person's new anonymous name; those not yet paid are cancelled, since the
    network can no longer reach the person to pay them. Returns the ids of every record."""
    open_ids = list(
        Honorarium.objects.filter(person=person, status__in=Honorarium.DECLINABLE).values_list(
            "pk", flat=True
        )
    )
    for honorarium_id in open_ids:
        honorarium_cancel(
            honorarium_id=honorarium_id, actor=None, reason="The person closed their account."
        )
    return list(Honorarium.objects.filter(person=person).values_list("pk", flat=True))
