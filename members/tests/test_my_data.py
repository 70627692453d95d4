"""My data: everything the platform holds about a person, on a page and as a JSON download."""

import json

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from allauth.usersessions.models import UserSession
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from governance.tests.factories_honoraria import HonorariumFactory
from members.models import ConsentRecord, User, Visibility
from network.services import audit_record
from tests.factories import (
    PASSWORD,
    MembershipApplicationFactory,
    MembershipFactory,
    OutboundEmailFactory,
    ProfileFactory,
    UserFactory,
)
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

PAGE = "/members/my-data/"
DOWNLOAD = "/members/my-data/download/"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
SECTIONS = {
    "account",
    "email_addresses",
    "membership",
    "profile",
    "applications",
    "honoraria",
    "consents",
    "sessions",
    "two_factor",
    "emails",
    "newsletter",
    "governance_seats",
    "meeting_attendance",
    "training_sessions",
    "complaints",
    "consultation_comments",
    "consultation_votes",
    "training_attended",
    "training_external",
    "training_hours",
    "self_assessments",
    "learning_plan",
    "speaker",
    "speaker_safety_plan",
    "speaker_steps",
    "speaker_engagements",
    "forum_posts",
    "forum_reactions",
    "forum_reports",
    "forum_mutes",
    "forum_subscriptions",
    "forum_settings",
    "forum_notifications",
    "activity",
}


def add_records(person: User, count: int, start: int = 0) -> None:
    """`count` more past applications, consents, emails, audit entries and honoraria for
    `person`."""
    for n in range(start, start + count):
        application = MembershipApplicationFactory(
            applicant=person,
            status="withdrawn",
            heard_about="other",
            heard_about_detail=f"Heard of it at meeting {n}",
        )
        ConsentRecord.objects.create(
            person=person, document="terms", version=f"2026-{n:02d}", application=application
        )
        OutboundEmailFactory(to=[person.email], subject=f"Network news number {n}")
        audit_record(actor=person, action="application.withdraw", target=application)
        HonorariumFactory(person=person, activity=f"Spoke at meeting {n}")


@pytest.fixture
def person(full_member, lhin_toronto) -> User:
    """The full member with something in every section: what the page and the file must show."""
    # A sign-in from a phone, recorded as a session (before two-factor: then a password alone
    # would not sign in).
    Client(HTTP_USER_AGENT="Phone browser 12.3").post(
        "/accounts/login/", {"login": full_member.email, "password": PASSWORD}
    )
    assert UserSession.objects.filter(user=full_member).count() == 1
    MembershipFactory(person=full_member, lhin=lhin_toronto)
    ProfileFactory(
        person=full_member,
        pronouns="they/them",
        bio="I walk my dog by the lake every morning.",
        bio_visibility=Visibility.MEMBERS,
        pronouns_visibility=Visibility.COORDINATORS,
    )
    TOTP.activate(full_member, TOTP_SECRET)
    add_records(full_member, 1)
    return full_member


@pytest.fixture
def someone_else() -> User:
    """Another person, with their own application, profile, consent and email."""
    other = UserFactory(display_name="Other Person", email="other.person@example.net")
    MembershipApplicationFactory(
        applicant=other, heard_about="other", heard_about_detail="A poster at the other clinic"
    )
    ProfileFactory(person=other, bio="The other person's own story.")
    ConsentRecord.objects.create(person=other, document="privacy", version="1999-01")
    OutboundEmailFactory(to=[other.email], subject="A letter for the other person")
    audit_record(actor=other, action="profile.update", target=other)
    return other


def download(client) -> dict:
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    return json.loads(response.content)


# --- Who may see it ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", [PAGE, DOWNLOAD])
def test_a_signed_out_visitor_is_asked_to_sign_in_first(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(f"/accounts/login/?next={url}")


# --- The page ----------------------------------------------------------------------------------


def test_the_page_lists_every_section_with_the_persons_own_values(client, person):
    sign_in(client, person)

    response = client.get(PAGE)

    assert response.status_code == 200
    page = response.content.decode()
    for section in SECTIONS:
        assert f'id="{section}"' in page, section
    # Account and email addresses
    assert "river@example.net" in page
    assert "River" in page
    assert "Full member" in page  # the role, and the membership's type
    # Membership
    assert "Toronto Central" in page
    assert "Active" in page
    # Profile, with who may see each field
    assert "I walk my dog by the lake every morning." in page
    assert "they/them" in page
    assert "About you: Members of the network" in page
    assert "Pronouns: Coordinators of my LHIN" in page
    assert "Photo: Only me" in page
    # Applications, consents, sessions, two-factor (its kind only), emails, activity
    assert "Heard of it at meeting 0" in page
    assert "Withdrawn" in page
    assert "2026-00" in page
    assert "Terms of membership" in page
    assert "Phone browser 12.3" in page
    assert "TOTP Authenticator" in page
    assert "Network news number 0" in page
    assert "Application withdrawn" in page


def test_the_page_shows_no_secret_and_nothing_of_another_person(client, person, someone_else):
    codes = RecoveryCodes.activate(person).get_unused_codes()
    sign_in(client, person)

    page = client.get(PAGE).content.decode()

    assert_no_secret_or_other_person(page, person, someone_else, codes)


def test_the_page_says_nothing_for_an_empty_section(client, outsider):
    sign_in(client, outsider)

    page = client.get(PAGE).content.decode()

    assert "outsider@example.net" in page
    assert page.count("Nothing.") == 32  # every section but the account and its address


# --- The download ------------------------------------------------------------------------------


def test_the_download_is_a_dated_json_attachment_with_every_section(client, person):
    sign_in(client, person)

    response = client.get(DOWNLOAD)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="my-network-data-{today}.json"'
    )
    document = json.loads(response.content)
    assert set(document) == {"exported_at", *SECTIONS}


def test_the_download_holds_the_persons_values(client, person):
    sign_in(client, person)

    data = download(client)

    [account] = data["account"]
    assert account["email"] == "river@example.net"
    assert account["display_name"] == "River"
    assert account["roles"] == ["Full member"]
    assert data["email_addresses"] == [
        {"email": "river@example.net", "verified": True, "primary": True}
    ]
    [membership] = data["membership"]
    assert membership["membership_type"] == "Full member"
    assert membership["lhin"] == "Toronto Central"
    assert membership["status"] == "Active"
    [profile] = data["profile"]
    assert profile["bio"] == "I walk my dog by the lake every morning."
    assert profile["pronouns"] == "they/them"
    assert profile["visibility"]["bio"] == "Members of the network"
    assert profile["visibility"]["pronouns"] == "Coordinators of my LHIN"
    assert profile["visibility"]["display_name"] == "Only me"
    [application] = data["applications"]
    assert application["heard_about_detail"] == "Heard of it at meeting 0"
    assert application["status"] == "Withdrawn"
    assert application["lhin"] == "Toronto Central"
    assert [(c["document"], c["version"]) for c in data["consents"]] == [
        ("Terms of membership", "2026-00")
    ]
    [session] = data["sessions"]
    assert session["user_agent"] == "Phone browser 12.3"
    assert session["ip"] == "127.0.0.1"
    assert [method["type"] for method in data["two_factor"]] == ["TOTP Authenticator"]
    assert [email["subject"] for email in data["emails"]] == ["Network news number 0"]
    assert [(entry["action"], entry["by_you"]) for entry in data["activity"]] == [
        ("Role given", False),
        ("Application withdrawn", True),
    ]


def test_the_download_holds_no_secret_and_nothing_of_another_person(client, person, someone_else):
    codes = RecoveryCodes.activate(person).get_unused_codes()
    sign_in(client, person)

    response = client.get(DOWNLOAD)

    content = response.content.decode()
    assert_no_secret_or_other_person(content, person, someone_else, codes)
    assert '"password"' not in content
    assert '"session_key"' not in content
    assert '"secret"' not in content
    assert '"seed"' not in content
    assert client.session.session_key not in content  # the session this download came from


def assert_no_secret_or_other_person(content: str, person, other, codes: list[str]) -> None:
    person.refresh_from_db()
    assert person.password.startswith("md5$")
    assert person.password not in content
    assert person.password.split("$")[-1] not in content
    assert TOTP_SECRET not in content
    for authenticator in Authenticator.objects.filter(user=person):
        for value in authenticator.data.values():
            if isinstance(value, str) and len(value) > 8:
                assert value not in content
    for code in codes:
        assert code not in content
    for session in UserSession.objects.filter(user=person):
        assert session.session_key not in content
    assert "river@example.net" in content  # the person's own data is there, theirs alone
    for value in (
        "other.person@example.net",
        "Other Person",
        "A poster at the other clinic",
        "The other person",
        "1999-01",
        "A letter for the other person",
    ):
        assert value not in content, value


# --- Queries and caching -----------------------------------------------------------------------


# Per request: a savepoint and its release (ATOMIC_REQUESTS), the person, their roles, their
# membership, profile, applications, honoraria, LHINs coordinated, email addresses, consents,
# sessions, two-factor methods, emails, newsletter subscriptions, governance seats and meeting
# attendance, complaints, consultation comments and votes, training sessions registered for and
# attended, training taken elsewhere and hours, self-assessment ratings and the learning plan,
# the speakers' bureau application (with its safety plan), the forums' posts, reactions, reports,
# mutes, subscriptions, notifications and settings, and audit entries.
# The page's layout adds none.
QUERIES = 35
# A fresh process first looks up the content types (LHIN grants, the audit entries' targets);
# Django then keeps them in memory.
FIRST_QUERIES = {PAGE: 41, DOWNLOAD: 40}


def add_training_records(person, count: int) -> None:
    from training.tests.factories_records import (
        ExternalTrainingFactory,
        PeerSupportHoursFactory,
        RegistrationFactory,
        core_competency,
    )

    for _ in range(count):
        RegistrationFactory(person=person, attended=True)
        training = ExternalTrainingFactory(person=person)
        training.competencies.set([core_competency(1), core_competency(3)])
        PeerSupportHoursFactory(person=person)


@pytest.mark.parametrize("url", [PAGE, DOWNLOAD])
def test_my_data_runs_a_pinned_number_of_queries_however_many_records_there_are(
    client, person, assert_page_queries, django_assert_num_queries, url
):
    sign_in(client, person)
    ContentType.objects.clear_cache()
    assert_page_queries(url, FIRST_QUERIES[url])
    with django_assert_num_queries(QUERIES):
        assert client.get(url).status_code == 200

    add_records(person, 9, start=1)  # 10 applications, consents, emails and audit entries
    for n in range(9):
        audit_record(actor=person, action="profile.update", target=person, n=n)
    add_training_records(person, 5)

    with django_assert_num_queries(QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert "Heard of it at meeting 9" in response.content.decode()
    assert "Spoke at meeting 9" in response.content.decode()


@pytest.mark.parametrize("url", [PAGE, DOWNLOAD])
def test_my_data_is_never_cached(client, person, url):
    sign_in(client, person)

    response = client.get(url)

    cache_control = response["Cache-Control"]
    for directive in ("no-cache", "no-store", "must-revalidate", "private", "max-age=0"):
        assert directive in cache_control
    assert "Expires" in response


def test_emails_sent_to_any_of_the_persons_addresses_are_listed(client, outsider):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=outsider, email="second@example.net", verified=False)
    OutboundEmailFactory(to=["second@example.net"], subject="Confirm your second address")
    OutboundEmailFactory(to=["stranger@example.net"], subject="Somebody else's email")
    sign_in(client, outsider)

    page = client.get(PAGE).content.decode()

    assert "Confirm your second address" in page
    assert "Somebody else" not in page
