"""The whole membership journey through the pages people use: apply, the coordinator of the right
LHIN approves, member pages open, a renewal reminder, a lapse, and renewal in one step."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from members.models import Membership, MembershipApplication, Profile
from members.tasks import lapse_expired_memberships, remind_members_before_expiry
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def test_apply_approve_use_be_reminded_lapse_and_renew(
    client,
    outsider,
    coordinator,
    coordinator_other,
    lhin_toronto,
    django_capture_on_commit_callbacks,
):
    # The person applies, in Toronto Central.
    sign_in(client, outsider)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/members/apply/",
            {
                "action": "submit",
                "display_name": "Outsider",
                "pronouns": "they/them",
                "membership_type": "full",
                "lived_experience_attested": "on",
                "lhin": str(lhin_toronto.pk),
                "languages": ["en", "fr"],
                "accept_terms": "on",
                "accept_privacy": "on",
            },
        )
    assert response.status_code == 302
    application = MembershipApplication.objects.get(applicant=outsider)
    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    assert client.get("/members/").status_code == 302  # not a member yet

    # The coordinator of another LHIN cannot see it; Toronto Central's approves it.
    approve = f"/admin/members/membershipapplication/{application.pk}/approve/"
    assert sign_in(client, coordinator_other).post(approve).status_code == 404
    sign_in(client, coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve).status_code == 302
    assert mail.outbox[-1].to == [outsider.email]

    # The new member reaches the member pages, their private profile and the directory.
    sign_in(client, outsider)
    assert client.get("/members/").status_code == 200
    assert client.get("/members/directory/").status_code == 200
    profile = Profile.objects.get(person=outsider)
    assert profile.languages == ["en", "fr"]
    assert client.get("/members/profile/").status_code == 200

    # Thirty days before the end, a reminder.
    membership = Membership.objects.get(person=outsider)
    Membership.objects.filter(pk=membership.pk).update(
        expires_at=timezone.now() + timedelta(days=20)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_members_before_expiry() == 1
    assert mail.outbox[-1].to == [outsider.email]
    assert "/members/renew/" in mail.outbox[-1].body
    assert "renew" in client.get("/members/").content.decode().lower()

    # At the end, the membership lapses: the account stays, member pages close.
    Membership.objects.filter(pk=membership.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert lapse_expired_memberships() == 1
    assert mail.outbox[-1].to == [outsider.email]
    lapsed = client.get("/members/")
    assert lapsed.status_code == 403
    assert "Your membership has lapsed" in lapsed.content.decode()
    assert client.get("/members/directory/").status_code == 403
    assert client.get("/members/account/").status_code == 200

    # Renewal in one step opens them again, for a year.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/members/renew/").status_code == 302
    membership.refresh_from_db()
    assert membership.status == "active"
    assert 364 <= (membership.expires_at - timezone.now()).days <= 365
    assert client.get("/members/").status_code == 200
    assert mail.outbox[-1].to == [outsider.email]
