"""A person closes their account: their personal data is erased, the consent records stay."""

import time
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from allauth.usersessions.models import UserSession
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.files.storage import default_storage
from django.db import transaction
from django.test import Client
from django.utils import timezone

from members import engagement
from members.models import ConsentRecord, Membership, MembershipApplication, Profile, User
from members.services import (
    MembershipError,
    account_close,
    profile_update,
    user_update_settings,
)
from network.models import AuditEntry, LHINUserObjectPermission, OutboundEmail
from network.selectors import lhins_coordinated_by
from network.services import audit_record
from tests.factories import (
    PASSWORD,
    MembershipApplicationFactory,
    MembershipFactory,
    OutboundEmailFactory,
    ProfileFactory,
    UserFactory,
    picture_file,
)
from tests.plugin import sign_in, wait_for

pytestmark = pytest.mark.django_db

CLOSE = "/members/close/"
OLD_EMAIL = "river@example.net"
OLD_NAME = "River Stone"


def admin_history(admin: User, obj) -> LogEntry:
    """A change made in the admin, recorded as the admin records it."""
    return LogEntry.objects.create(
        user=admin,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        action_flag=CHANGE,
        change_message=f"Changed {obj}",
    )


@pytest.fixture
def other_device(full_member) -> Client:
    """The person signed in on a second device too (a real sign-in, recorded as a session)."""
    device = Client(HTTP_USER_AGENT="Phone browser")
    device.post("/accounts/login/", {"login": full_member.email, "password": PASSWORD})
    assert device.get("/members/account/").status_code == 200
    return device


@pytest.fixture
def person(full_member, other_device, lhin_toronto, network_admin) -> User:
    """A full member with something of every kind: what closing has to erase or keep."""
    user_update_settings(user=full_member, display_name=OLD_NAME, preferred_language="en")
    membership = MembershipFactory(
        person=full_member,
        lhin=lhin_toronto,
        joined_at=timezone.now() - timedelta(days=400),
        expires_at=timezone.now() + timedelta(days=300),
    )
    application = MembershipApplicationFactory(
        applicant=full_member,
        status="approved",
        heard_about="other",
        heard_about_detail="My sponsor told me",
    )
    audit_record(actor=full_member, action="application.submit", target=application)
    audit_record(actor=network_admin, action="application.approve", target=application)
    audit_record(actor=full_member, action="membership.renew", target=membership)
    for document in ("terms", "privacy"):
        ConsentRecord.objects.create(
            person=full_member, document=document, version="2026-01", application=application
        )
    ProfileFactory(person=full_member, bio="I run the Tuesday group.", photo=picture_file())
    EmailAddress.objects.create(user=full_member, email="river.second@example.net")
    TOTP.activate(full_member, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    admin_history(network_admin, full_member)
    OutboundEmailFactory(to=[OLD_EMAIL], subject="Welcome to the network", status="sent")
    OutboundEmailFactory(to=[OLD_EMAIL], subject="Your membership is renewed")
    OutboundEmailFactory(to=["someone.else@example.net"], subject="For someone else")
    full_member.refresh_from_db()
    return full_member


def close_through_the_page(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CLOSE, {"confirm": "on"})
    return response


# --- The confirmation page ---------------------------------------------------------------------


def test_the_page_says_what_closing_does_and_asks_to_tick_a_box(client, person):
    sign_in(client, person)

    response = client.get(CLOSE)

    assert response.status_code == 200
    page = response.content.decode()
    assert "What closing does" in page
    assert "Your membership ends today." in page
    assert "It cannot be undone." in page
    assert 'name="confirm"' in page
    assert "/members/my-data/" in page  # download your data first
    assert 'choose "Only me" for everything on your profile' in page  # or take a break


def test_a_signed_out_visitor_is_asked_to_sign_in(client):
    response = client.get(CLOSE)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/members/close/")


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_session_not_recently_reauthenticated_is_asked_for_the_password_again(
    client, person, method
):
    client.force_login(person)

    response = getattr(client, method)(CLOSE, {"confirm": "on"})

    assert response.status_code == 302
    assert "/accounts/reauthenticate/" in response["Location"]
    assert User.objects.get(pk=person.pk).is_active


def test_the_closing_page_runs_a_pinned_number_of_queries(client, person, assert_page_queries):
    sign_in(client, person)

    # A savepoint and its release, the person, the three kinds of second factor (allauth's
    # check that the session is recently re-authenticated), the membership, the roles (menu).
    assert_page_queries(CLOSE, 8)


def test_closing_without_ticking_the_box_changes_nothing(
    client, person, django_capture_on_commit_callbacks
):
    sign_in(client, person)
    emails_before = OutboundEmail.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CLOSE, {})

    assert response.status_code == 400
    assert "Please tick to confirm" in response.content.decode()
    person.refresh_from_db()
    assert person.is_active
    assert person.email == OLD_EMAIL
    assert person.display_name == OLD_NAME
    assert person.closed_at is None
    assert Profile.objects.filter(person=person).exists()
    assert OutboundEmail.objects.count() == emails_before
    assert mail.outbox == []
    assert client.get("/members/account/").status_code == 200  # still signed in


# --- What closing does -------------------------------------------------------------------------


def test_closing_signs_the_person_out_everywhere_and_erases_their_personal_data(
    client, person, other_device, django_capture_on_commit_callbacks
):
    photo = Profile.objects.get(person=person).photo.name
    assert default_storage.exists(photo)
    assert UserSession.objects.filter(user=person).exists()
    assert Authenticator.objects.filter(user=person).exists()
    sign_in(client, person)

    response = close_through_the_page(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert "Your account is closed" in client.get("/").content.decode()
    assert client.get("/members/account/")["Location"].startswith("/accounts/login/")
    assert other_device.get("/members/account/")["Location"].startswith("/accounts/login/")

    closed = User.objects.get(pk=person.pk)
    assert closed.display_name.startswith("Former member ")
    assert closed.email.endswith("@closed.invalid")
    assert OLD_EMAIL not in closed.email
    assert not closed.has_usable_password()
    assert not closed.is_active
    assert closed.closed_at is not None
    assert closed.preferred_language == ""
    assert closed.last_login is None
    assert not Profile.objects.filter(person=closed).exists()
    assert not default_storage.exists(photo)
    assert not MembershipApplication.objects.filter(applicant=closed).exists()
    assert not EmailAddress.objects.filter(user=closed).exists()
    assert not EmailAddress.objects.filter(email__in=[OLD_EMAIL, "river.second@example.net"])
    assert not Authenticator.objects.filter(user=closed).exists()
    assert not UserSession.objects.filter(user=closed).exists()
    assert not closed.groups.exists()
    assert closed.role_slugs == frozenset()


def test_closing_ends_the_membership_today_and_keeps_the_consent_records(
    client, person, django_capture_on_commit_callbacks
):
    consents = set(ConsentRecord.objects.filter(person=person).values_list("pk", flat=True))
    assert len(consents) == 2
    sign_in(client, person)

    close_through_the_page(client, django_capture_on_commit_callbacks)

    membership = Membership.objects.get(person=person)
    assert membership.status == Membership.Status.LAPSED
    assert membership.expires_at <= timezone.now()
    assert not membership.is_active
    kept = ConsentRecord.objects.filter(pk__in=consents)
    assert kept.count() == 2
    assert {consent.person_id for consent in kept} == {person.pk}
    assert {(consent.document, consent.version) for consent in kept} == {
        ("terms", "2026-01"),
        ("privacy", "2026-01"),
    }
    assert kept.first().person.display_name.startswith("Former member ")


def test_closing_a_coordinators_account_ends_their_lhin_grant(coordinator, lhin_toronto):
    assert list(lhins_coordinated_by(coordinator)) == [lhin_toronto]

    account_close(user=coordinator)

    closed = User.objects.get(pk=coordinator.pk)
    assert not lhins_coordinated_by(closed).exists()
    assert not LHINUserObjectPermission.objects.filter(user=closed).exists()
    assert not closed.groups.exists()
    assert not closed.is_staff


def test_the_old_address_no_longer_signs_in_and_may_make_a_new_account(
    client, person, django_capture_on_commit_callbacks
):
    sign_in(client, person)
    close_through_the_page(client, django_capture_on_commit_callbacks)
    assert not User.objects.filter(email__iexact=OLD_EMAIL).exists()

    response = client.post("/accounts/login/", {"login": OLD_EMAIL, "password": PASSWORD})

    assert response.status_code == 400  # the form again, with its error
    assert "not correct" in response.content.decode()
    assert client.get("/members/account/").status_code == 302

    response = client.post(
        "/accounts/signup/",
        {
            "email": OLD_EMAIL,
            "display_name": OLD_NAME,  # free again as well
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    newcomer = User.objects.get(email=OLD_EMAIL)
    assert newcomer.pk != person.pk
    assert newcomer.display_name == OLD_NAME


# --- The last email ----------------------------------------------------------------------------


def test_one_last_email_goes_to_the_old_address_and_its_address_is_then_erased(
    client, person, django_capture_on_commit_callbacks
):
    sign_in(client, person)

    close_through_the_page(client, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    [farewell] = mail.outbox
    assert farewell.to == [OLD_EMAIL]
    assert farewell.subject == "Your account is closed"
    assert f"Hello {OLD_NAME}," in farewell.body
    record = OutboundEmail.objects.get(subject="Your account is closed")
    assert record.to == []
    assert record.status == OutboundEmail.Status.SENT
    assert record.body_text == ""
    # The earlier emails to the address are gone; other people's stay.
    assert not OutboundEmail.objects.filter(to__contains=[OLD_EMAIL]).exists()
    assert list(OutboundEmail.objects.values_list("subject", flat=True).order_by("subject")) == [
        "For someone else",
        "Your account is closed",
    ]


def test_a_real_worker_sends_the_last_email_and_erases_its_address(reference_data, celery_worker):
    leaving = UserFactory(email="leaving@example.net", display_name="Leaving Soon")
    MembershipFactory(person=leaving)
    OutboundEmailFactory(to=["leaving@example.net"], subject="Welcome", status="sent")

    with transaction.atomic():
        account_close(user=leaving)
        time.sleep(0.3)
        assert mail.outbox == []  # nothing leaves before the commit

    farewell = OutboundEmail.objects.get(subject="Your account is closed")
    assert wait_for(
        lambda: OutboundEmail.objects.get(pk=farewell.pk).status == OutboundEmail.Status.SENT
    ), "the worker did not send the last email"
    farewell.refresh_from_db()
    assert farewell.to == []
    assert farewell.body_text == ""
    assert [message.to for message in mail.outbox] == [["leaving@example.net"]]
    assert not OutboundEmail.objects.filter(to__contains=["leaving@example.net"]).exists()
    assert OutboundEmail.objects.count() == 1


def test_no_email_record_keeps_any_of_the_persons_addresses(client, person):
    # allauth's confirmation of the second address went out through the queue as well.
    OutboundEmailFactory(to=["river.second@example.net"], subject="Confirm your email address")

    account_close(user=person)

    kept = list(
        OutboundEmail.objects.filter(
            to__overlap=[OLD_EMAIL, "river.second@example.net"]
        ).values_list("subject", "to")
    )
    assert kept == [("Your account is closed", [OLD_EMAIL])], (
        f"email records still hold the closed account's addresses: {kept}"
    )


# --- The records that stay ---------------------------------------------------------------------


def test_the_audit_log_and_the_admin_history_no_longer_name_the_person(client, person):
    assert AuditEntry.objects.filter(target_repr__contains=OLD_NAME).exists()
    assert AuditEntry.objects.filter(data__previous="River").exists()
    assert LogEntry.objects.filter(object_repr=OLD_NAME).exists()

    account_close(user=person)

    for name in (OLD_NAME, "River"):
        assert not AuditEntry.objects.filter(target_repr__contains=name).exists(), name
        assert not LogEntry.objects.filter(object_repr__contains=name).exists(), name
        assert not LogEntry.objects.filter(change_message__contains=name).exists(), name
    closed = User.objects.get(pk=person.pk)
    user_type = ContentType.objects.get_for_model(User)
    [entry] = AuditEntry.objects.filter(action="account.close")
    assert (entry.target_type, entry.target_id) == (user_type, str(person.pk))
    assert entry.target_repr == closed.display_name
    assert entry.actor is None
    [renamed] = AuditEntry.objects.filter(action="user.display_name.change")
    assert renamed.data == {}
    assert renamed.target_repr == closed.display_name
    # What happened stays on record, only the name changes.
    assert AuditEntry.objects.filter(action="application.approve").exists()
    assert AuditEntry.objects.filter(action="membership.renew").exists()


def test_audit_entries_about_the_persons_profile_no_longer_name_them(person):
    profile_update(
        person=person, display_name=OLD_NAME, lhin=None, data={"bio": "I run the group."}
    )
    assert AuditEntry.objects.filter(action="profile.update", target_repr__contains=OLD_NAME)

    account_close(user=person)

    still_named = list(
        AuditEntry.objects.filter(target_repr__contains=OLD_NAME).values_list(
            "action", "target_repr"
        )
    )
    assert still_named == [], f"audit entries still name the closed account: {still_named}"


def test_the_admin_history_of_the_persons_membership_no_longer_names_them(person, network_admin):
    admin_history(network_admin, Membership.objects.get(person=person))
    admin_history(network_admin, MembershipApplication.objects.get(applicant=person))

    account_close(user=person)

    still_named = list(
        LogEntry.objects.filter(object_repr__contains=OLD_NAME).values_list(
            "content_type__model", "object_repr"
        )
    )
    assert still_named == [], f"the admin history still names the closed account: {still_named}"


# --- The engagement figures --------------------------------------------------------------------


def test_a_closed_membership_leaves_todays_figures_but_stays_in_the_past_ones(
    person, network_admin, lhin_toronto
):
    now = timezone.now()
    this_year = engagement.current_year(now)

    def active_in_toronto(year: int) -> int:
        figures = engagement.lhin_engagement(user=network_admin, year=year)
        [row] = [row for row in figures.lhins if row.lhin == lhin_toronto]
        return row.figures.active

    assert active_in_toronto(this_year) == 1
    assert active_in_toronto(this_year - 1) == 1
    a_week_ago = now - timedelta(days=7)

    account_close(user=person)

    assert active_in_toronto(this_year) == 0
    assert active_in_toronto(this_year - 1) == 1
    active_a_week_ago = Membership.objects.filter(
        engagement.active_at(a_week_ago, now=timezone.now()), person=person
    )
    assert active_a_week_ago.exists()
    active_now = Membership.objects.filter(
        engagement.active_at(timezone.now(), now=timezone.now()), person=person
    )
    assert not active_now.exists()


# --- Closing twice -----------------------------------------------------------------------------


def test_an_account_cannot_be_closed_twice(person):
    account_close(user=person)
    closed = User.objects.get(pk=person.pk)

    with pytest.raises(MembershipError, match="already closed"):
        account_close(user=closed)
    with pytest.raises(MembershipError):
        account_close(user=person)  # a stale copy of the account as well

    assert User.objects.get(pk=person.pk).display_name == closed.display_name
    assert AuditEntry.objects.filter(action="account.close").count() == 1
