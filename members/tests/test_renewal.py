"""A membership lasts a year: a reminder 30 days before, a lapse on expiry, renewal in one step."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from members import services
from members.models import Membership
from members.tasks import (
    lapse_expired_memberships,
    remind_coordinators_of_waiting_applications,
    remind_members_before_expiry,
)
from network import roles
from network.services import role_grant
from tests.factories import MembershipApplicationFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def member(expires_in: timedelta, **kwargs) -> Membership:
    membership = MembershipFactory(expires_at=timezone.now() + expires_in, **kwargs)
    role_grant(user=membership.person, role=roles.FULL_MEMBER)
    return membership


def test_members_are_reminded_once_thirty_days_before_their_membership_ends(
    django_capture_on_commit_callbacks,
):
    soon = member(timedelta(days=20))
    member(timedelta(days=200))

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_members_before_expiry() == 1
        assert remind_members_before_expiry() == 0

    assert [m.to for m in mail.outbox] == [[soon.person.email]]
    assert "/members/renew/" in mail.outbox[0].body


def test_an_expired_membership_lapses_once_keeping_the_account_and_ending_member_access(
    django_capture_on_commit_callbacks,
):
    expired = member(timedelta(days=-1))
    current = member(timedelta(days=10))

    with django_capture_on_commit_callbacks(execute=True):
        assert lapse_expired_memberships() == 1
        assert lapse_expired_memberships() == 0

    expired.refresh_from_db()
    assert expired.status == "lapsed"
    assert expired.person.is_active
    person = type(expired.person).objects.get(pk=expired.person.pk)
    assert not roles.has_role(person, roles.FULL_MEMBER)
    assert Membership.objects.get(pk=current.pk).status == "active"
    assert [m.to for m in mail.outbox] == [[expired.person.email]]


def test_renewing_a_lapsed_membership_restores_access_for_a_year_from_today():
    expired = member(timedelta(days=-40))
    lapse_expired_memberships()

    renewed = services.membership_renew(person=expired.person)

    assert renewed.status == "active"
    assert (renewed.expires_at - timezone.now()).days in (364, 365)
    person = type(expired.person).objects.get(pk=expired.person.pk)
    assert roles.has_role(person, roles.FULL_MEMBER)


def test_renewing_early_adds_the_year_to_the_current_expiry():
    soon = member(timedelta(days=20))

    renewed = services.membership_renew(person=soon.person)

    assert (renewed.expires_at - timezone.now()).days in (384, 385)
    assert renewed.renewal_reminded_at is None


def test_coordinators_hear_of_applications_waiting_over_a_week_once_a_week(
    coordinator, django_capture_on_commit_callbacks
):
    old = MembershipApplicationFactory(submitted_at=timezone.now() - timedelta(days=8))
    MembershipApplicationFactory(submitted_at=timezone.now() - timedelta(days=2))

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_coordinators_of_waiting_applications() == 1
        assert remind_coordinators_of_waiting_applications() == 0

    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    assert "waited over a week" in mail.outbox[0].subject
    assert f"lhin__id__exact={old.lhin_id}" in mail.outbox[0].body


def test_changing_lhin_moves_the_member_to_the_new_coordinators(coordinator_other, lhin_north_east):
    membership = member(timedelta(days=100))

    services.membership_change_lhin(person=membership.person, lhin=lhin_north_east)

    assert Membership.objects.get(pk=membership.pk).lhin == lhin_north_east
    from network.selectors import lhins_coordinated_by

    assert lhin_north_east in lhins_coordinated_by(coordinator_other)
