"""Membership's periodic work (beat, daily). Each task claims its rows with a conditional
UPDATE before emailing, so a second run, or a second worker, sends nothing twice."""

from collections import defaultdict
from datetime import timedelta

from celery import shared_task
from django.db.models import Q
from django.utils import timezone

from network.models import LHIN
from network.selectors import coordinators_of
from network.services import email_person

from .models import Membership, MembershipApplication
from .services import membership_lapse

WAITING_TOO_LONG = timedelta(days=7)
REMIND_BEFORE_EXPIRY = timedelta(days=30)


@shared_task
def remind_coordinators_of_waiting_applications() -> int:
    """Applications waiting over seven days: tell their LHIN's coordinators, weekly at most."""
    now = timezone.now()
    cutoff = now - WAITING_TOO_LONG
    due = MembershipApplication.objects.filter(
        Q(reminded_at__isnull=True) | Q(reminded_at__lt=cutoff),
        status__in=MembershipApplication.REVIEWABLE_STATUSES,
        submitted_at__lt=cutoff,
    )
    claimed = defaultdict(int)
    for pk, lhin_id, reminded_at in due.values_list("pk", "lhin_id", "reminded_at"):
        if MembershipApplication.objects.filter(pk=pk, reminded_at=reminded_at).update(
            reminded_at=now
        ):
            claimed[lhin_id] += 1
    for lhin in LHIN.objects.filter(pk__in=claimed):
        for coordinator in coordinators_of(lhin):
            email_person(
                person=coordinator,
                template="members/email/applications_waiting",
                context={"lhin": lhin, "count": claimed[lhin.pk]},
            )
    return sum(claimed.values())


@shared_task
def remind_members_before_expiry() -> int:
    """Thirty days before a membership ends, remind the member once."""
    now = timezone.now()
    due = Membership.objects.filter(
        status=Membership.Status.ACTIVE,
        renewal_reminded_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + REMIND_BEFORE_EXPIRY,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        if Membership.objects.filter(pk=pk, renewal_reminded_at__isnull=True).update(
            renewal_reminded_at=now
        ):
            membership = Membership.objects.select_related("person").get(pk=pk)
            email_person(
                person=membership.person,
                template="members/email/renewal_reminder",
                context={"membership": membership},
            )
            sent += 1
    return sent


@shared_task
def lapse_expired_memberships() -> int:
    """On expiry, end member access (the account stays) and tell the person."""
    due = Membership.objects.filter(
        status=Membership.Status.ACTIVE, expires_at__lte=timezone.now()
    ).values_list("pk", flat=True)
    return sum(membership_lapse(membership_id=pk) for pk in list(due))
