"""Governance services: the bodies part (seats and the approval of minutes)."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Membership, MembershipType, User
from network.services import audit_record

from ..models import Meeting, Seat


class BodyError(ValidationError):
    """A change to a body, seat or meeting that its current state does not allow."""


LIVED_EXPERIENCE_REFUSED = _(
    "Only a full member with an active membership may hold a lived-experience seat."
)


def is_full_member(person: User) -> bool:
    """An active full membership: what a lived-experience seat asks of its holder."""
    return Membership.objects.filter(
        person=person,
        membership_type=MembershipType.FULL,
        status=Membership.Status.ACTIVE,
        expires_at__gt=timezone.now(),
    ).exists()


def seat_holder_refusal(*, lived_experience: bool, holder: User | None) -> str | None:
    """Why `holder` may not take a seat (None when they may); the admin form asks it too."""
    if lived_experience and holder is not None and not is_full_member(holder):
        return str(LIVED_EXPERIENCE_REFUSED)
    return None


@transaction.atomic
def seat_assign(
    *,
    seat: Seat,
    holder: User | None,
    actor: User | None,
    term_start=None,
    term_end=None,
) -> Seat:
    """Give `seat` to `holder` (None leaves it vacant), with its term when given."""
    refusal = seat_holder_refusal(lived_experience=seat.lived_experience, holder=holder)
    if refusal:
        raise BodyError({"holder": refusal})
    # From the table: a form may already have put the new holder on the instance.
    previous = Seat.objects.filter(pk=seat.pk).values_list("holder_id", flat=True).first()
    seat.holder = holder
    if term_start is not None:
        seat.term_start = term_start
    if term_end is not None:
        seat.term_end = term_end
    seat.full_clean()
    seat.save()
    if previous != seat.holder_id:
        audit_record(
            actor=actor,
            action="seat.assign" if holder is not None else "seat.vacate",
            target=seat,
            holder=seat.holder_id,
            previous_holder=previous,
        )
    return seat


def seat_vacate(*, seat: Seat, actor: User | None) -> Seat:
    return seat_assign(seat=seat, holder=None, actor=actor)


@transaction.atomic
def meeting_minutes_approve(
    *, meeting: Meeting, actor: User | None, approved_at: datetime | None = None
) -> Meeting:
    """Publish the minutes of a meeting that was held: from now on its viewers read them."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.minutes_approved_at is not None:
        raise BodyError(_("These minutes are already approved."))
    if meeting.status != Meeting.Status.HELD:
        raise BodyError(_("Only the minutes of a meeting that was held can be approved."))
    if not meeting.minutes:
        raise BodyError(_("Write the minutes before approving them."))
    meeting.minutes_approved_at = approved_at or timezone.now()
    meeting.full_clean()
    meeting.save(update_fields=["minutes_approved_at"])
    audit_record(actor=actor, action="meeting.minutes_approve", target=meeting)
    return meeting


@transaction.atomic
def seats_release(*, person: User, actor: User | None = None) -> int:
    """Vacate every seat `person` holds (their account is closing); how many there were.

    Their attendance stays, so the counts in the minutes stay true: the account it points at
    is anonymous from then on and has no profile, so no page ever names them.
    """
    seats = list(Seat.objects.select_for_update().filter(holder=person))
    for seat in seats:
        seat_assign(seat=seat, holder=None, actor=actor)
    return len(seats)
